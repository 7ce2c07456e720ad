"""Render the eighteenth held-out real-music beat set ("real-heldout18"), pristine: never tuned on.

Made as real-heldout13-17 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan; no earlier set's output is touched): 14 band arrangements on the csound bank
(drum-and-bass twice, trap, drill, half-time rock, a fast waltz, 6/8 and 12/8 ballads, slow r&b,
techno, disco, bossa nova, funk, 5/4) and 13 undrummed folk and classical pieces on TimGM6mb (2/2
reels and hornpipes, 2/4 polkas, slow 6/8 and 12/8, a 6/8 jig, a 9/8 slip jig, a 6/8 march, a
solo waltz with tempo changes), chosen for the metrical level, phase and downbeats. Every bank
order without a bank of the training renders was taken, and of the two orders left (both
unused) this is the one with a single training bank (TimGM6mb, on the undrummed half;
heldout18_pieces). Each style on a kit no held-out set played it on, no kit twice
(heldout18_pieces.KITS). See benchmarks/realbeats-heldout18.md.

    nice -n 19 python benchmarks/make_realbeats_heldout18.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout18)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(18)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
