"""Render the twenty-second held-out real-music beat set ("real-heldout22"), pristine: never tuned on.

Made as real-heldout13-21 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan and the key-word title check; no earlier set's output is touched): 15 band
arrangements on the MuseScore General bank (drum-and-bass three times, half-time rock twice,
trap, drill, a fast waltz with a ritardando, 6/8 and 12/8 ballads, house, disco, funk, ska, 5/4)
and 11 undrummed folk pieces on FluidR3_GM (2/2 reels and hornpipes, 2/4 polkas, two 6/8 jigs, a
9/8 slip jig, slow 6/8 and 12/8 airs), chosen for the metrical level, phase and downbeats. Every
bank order with at most one bank of the training renders had been used, real-heldout8's, 9's and
10's twice, so this set repeats the one used longest ago, real-heldout11's (MuseScore General
bands, FluidR3_GM folk; heldout22_pieces). No kit twice; each style on a kit no held-out set
played it on but four (the waltz and the 6/8 ballad had no such kit left; the 12/8 ballad, dnb,
5/4 and funk had two among them): each on a kit that played it once, longest ago
(heldout22_pieces.KITS). See benchmarks/realbeats-heldout22.md.

    nice -n 19 python benchmarks/make_realbeats_heldout22.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout22)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(22)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
