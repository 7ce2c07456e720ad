"""Render the thirty-third held-out real-music beat set ("real-heldout33"), pristine: never tuned on.

Made as real-heldout25 and 28-31 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan
and the key-word title check; no earlier set's output is touched), with a freshly seeded
**synthesized drum kit** per piece (benchmarks/synth_kits.py, seeds 3301-3324, named in the
piece's ``band["kit"]``). 24 excerpts, all drummed: 12 band arrangements of fast waltzes (3/4,
quarter 168-196) and 12 of drummed music at 80-98 whose kick often falls on the "and" of 2
(hip-hop four times, slow r&b three times, rocksteady and funk twice each, dembow once), all on
MuseScore General (real-heldout15's bank order, MuseScore General bands / csound folk; no folk
piece, so csound plays nothing) (heldout33_pieces).
No tempo changes. See benchmarks/realbeats-heldout33.md.

    nice -n 19 python benchmarks/make_realbeats_heldout33.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout33)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(33)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
