"""Render the twenty-eighth held-out real-music beat set ("real-heldout25"), pristine: never tuned on.

Made as real-heldout13-24 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan and the
key-word title check; no earlier set's output is touched), with one change: **synthesized drum
kits**, one freshly seeded kit per drummed piece (benchmarks/synth_kits.py, named in the piece's
``band["kit"]``; no Hydrogen kit, no SoundFont drum kit). 32 excerpts: 16 band arrangements of
half-time feels and breakbeats (half-time rock, trap, UK drill, drum-and-bass, four each), 8 of
slow music (pop ballad x3, slow r&b x3, one-drop reggae x2) on MuseScore General, and 8
undrummed pieces on solo instruments on the csound bank (four 4/4 hymn tunes, four 6/8 jigs):
real-heldout15's bank order, by real-heldout24's README rule (heldout25_pieces). No tempo
changes. See benchmarks/realbeats-heldout28.md.

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
