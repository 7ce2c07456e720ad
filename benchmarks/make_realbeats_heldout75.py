"""Render the seventy-fifth held-out real-music beat set ("real-heldout75"), pristine: never tuned on.

Made as real-heldout21, 25 and 34-74 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan
and the key-word title check; no earlier set's output is touched), in real-heldout21's mix: 15 band
arrangements (funk, ska, house, disco, 6/8 and 12/8 ballads, drum-and-bass x3, half-time rock x2,
trap, UK drill, fast waltz, 5/4) on MuseScore General, each with a freshly seeded **synthesized
drum kit** (benchmarks/synth_kits.py, seeds from 7501, named in the piece's ``band["kit"]``), and
11 undrummed folk pieces on csound (reels, hornpipes, polkas and jigs x2, a slip jig, a slow air, a
waltz): real-heldout15's bank order, as real-heldout73 played it (heldout75_pieces).
No tempo changes. See benchmarks/realbeats-heldout75.md.

    nice -n 19 python benchmarks/make_realbeats_heldout75.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout75)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(75)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
