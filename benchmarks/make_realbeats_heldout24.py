"""Render the twenty-fourth held-out real-music beat set ("real-heldout24"), pristine: never tuned on.

Made as real-heldout13-22 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan and the key-word title check; no earlier set's output is touched): 15 band
arrangements on the csound bank (drum-and-bass three times, half-time rock twice, trap, drill, a
fast waltz with a ritardando, 6/8 and 12/8 ballads, house, disco, funk, ska, 5/4) and 11
undrummed folk pieces on MuseScore General (2/2 reels and hornpipes, 2/4 polkas, two 6/8 jigs, a
9/8 slip jig, slow 6/8 and 12/8 airs), chosen for the metrical level, phase and downbeats. Every
bank order with at most one bank of the training renders had been used, real-heldout8's, 9's,
10's and 11's twice, so this set repeats the one used longest ago, real-heldout13's (csound
bands, MuseScore General folk; heldout24_pieces). No kit twice; each style on a kit no held-out
set played it on but six (the waltz, the 6/8 ballad, dnb and the 5/4 had no such kit left; the
12/8 ballad, funk, trap, drill, house and disco had four among them): each on a kit that played
it once, longest ago (heldout24_pieces.KITS). See benchmarks/realbeats-heldout24.md.

    nice -n 19 python benchmarks/make_realbeats_heldout24.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout24)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(24)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
