"""Render the twenty-eighth held-out real-music beat set ("real-heldout28"), pristine: never tuned on.

Made as real-heldout25 is (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan and the
key-word title check; no earlier set's output is touched), with a freshly seeded **synthesized
drum kit** per piece (benchmarks/synth_kits.py, seeds 2801-2828, named in the piece's
``band["kit"]``). 28 excerpts, all drummed: 14 band arrangements of half-time feels and
breakbeats (half-time rock and trap four each, UK drill and drum-and-bass three each) and 14 of
slow drummed music (pop ballad, slow r&b, hip-hop and funk three each, one-drop reggae twice), all
on the csound bank (real-heldout16's bank order, csound bands / FluidR3_GM folk, by real-heldout25's
README rule; no folk piece, so FluidR3_GM plays nothing) (heldout28_pieces). No tempo changes.
See benchmarks/realbeats-heldout28.md.

    nice -n 19 python benchmarks/make_realbeats_heldout28.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout28)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(28)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
