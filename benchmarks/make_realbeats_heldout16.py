"""Render the sixteenth held-out real-music beat set ("real-heldout16"), pristine: never tuned on.

Made as real-heldout13-15 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan; no earlier set's output is touched): 14 band arrangements on the csound GM
bank (drum-and-bass twice, trap, half-time rock, a waltz, 6/8 and 12/8 ballads, house, disco,
techno, funk, a pop ballad, ska, 5/4) and 13 undrummed folk and classical pieces on FluidR3_GM
(2/2 reels and hornpipes, 2/4 polkas, slow 6/8 and 12/8, a 6/8 jig, a 9/8 slip jig, a solo waltz
with tempo changes, 5/4), chosen for the metrical level, phase and downbeats. FluidR3_GM is a
bank of the training renders: every bank order without one was taken (heldout16_pieces). Each
style on a kit no held-out set played it on (heldout16_pieces.KITS). See
benchmarks/realbeats-heldout16.md.

    nice -n 19 python benchmarks/make_realbeats_heldout16.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout16)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(16)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
