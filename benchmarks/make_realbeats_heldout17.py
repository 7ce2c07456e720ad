"""Render the seventeenth held-out real-music beat set ("real-heldout17"), pristine: never tuned on.

Made as real-heldout13-16 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan; no earlier set's output is touched): 14 band arrangements on FluidR3_GM
(drum-and-bass twice, trap, drill, half-time rock, a fast waltz, 6/8 and 12/8 ballads, one-drop,
house, disco, funk, ska, 5/4) and 13 undrummed folk and classical pieces on MuseScore General
(2/2 reels and hornpipes, 2/4 polkas, slow 6/8 and 12/8, a 6/8 jig, a 9/8 slip jig, a solo waltz
with tempo changes, 5/4), chosen for the metrical level, phase and downbeats. Every bank order
without a bank of the training renders was taken; of the three orders left this one puts the
training bank (FluidR3_GM) on the drummed half only (heldout17_pieces). Each style on a kit no
held-out set played it on (heldout17_pieces.KITS). See benchmarks/realbeats-heldout17.md.

    nice -n 19 python benchmarks/make_realbeats_heldout17.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout17)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(17)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
