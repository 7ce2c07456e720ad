"""Render the thirty-first held-out real-music beat set ("real-heldout31"), pristine: never tuned on.

Made as real-heldout25 and 28-30 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan
and the key-word title check; no earlier set's output is touched), with a freshly seeded
**synthesized drum kit** per piece (benchmarks/synth_kits.py, seeds 3101-3130, named in the
piece's ``band["kit"]``). 30 excerpts, all drummed: 14 band arrangements of drum-and-bass
(quarter 162-178) and 16 of drummed music at 74-96 whose kick often falls off the beat (slow r&b,
funk and hip-hop four each, dembow and rocksteady two each), all on MuseScore General
(real-heldout11's bank order, MuseScore General bands / FluidR3_GM folk; no folk piece, so
FluidR3_GM plays nothing) (heldout31_pieces). No tempo changes.
See benchmarks/realbeats-heldout31.md.

    nice -n 19 python benchmarks/make_realbeats_heldout31.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout31)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(31)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
