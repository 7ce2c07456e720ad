"""Render the nineteenth held-out real-music beat set ("real-heldout19"), pristine: never tuned on.

Made as real-heldout13-18 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan; no earlier set's output is touched): 13 band arrangements on the MuseScore
General bank (drum-and-bass three times, trap, drill, a fast waltz with a ritardando, 6/8 and
12/8 ballads, house, disco, funk, ska, 5/4) and 12 undrummed folk and classical pieces on
TimGM6mb (2/2 reels and hornpipes, 2/4 polkas, two 6/8 jigs, a 9/8 slip jig, slow 6/8 and 12/8
airs), chosen for the metrical level, phase and downbeats. Every bank order with at most one
bank of the training renders had been used once, so this set repeats the one used longest ago,
real-heldout8's (MuseScore General bands, TimGM6mb folk; heldout19_pieces). Each style on a kit
no held-out set played it on, no kit twice (heldout19_pieces.KITS). See
benchmarks/realbeats-heldout19.md.

    nice -n 19 python benchmarks/make_realbeats_heldout19.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout19)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(19)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
