"""Render the twenty-ninth held-out real-music beat set ("real-heldout29"), pristine: never tuned on.

Made as real-heldout25 and 28 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer
on make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan and the
key-word title check; no earlier set's output is touched), with a freshly seeded **synthesized
drum kit** per piece (benchmarks/synth_kits.py, seeds 2901-2932, named in the piece's
``band["kit"]``). 32 excerpts, all drummed: 16 band arrangements of half-time feels and
breakbeats (half-time rock, trap, UK drill and drum-and-bass four each) and 16 of slow drummed
music (pop ballad three, slow r&b four, one-drop reggae three, hip-hop three, funk three), all
on the MuseScore General bank (real-heldout8's bank order, MuseScore General bands / TimGM6mb
folk; no folk piece, so TimGM6mb plays nothing) (heldout29_pieces). No tempo changes.
See benchmarks/realbeats-heldout29.md.

    nice -n 19 python benchmarks/make_realbeats_heldout29.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout29)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(29)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
