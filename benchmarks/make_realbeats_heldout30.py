"""Render the thirtieth held-out real-music beat set ("real-heldout30"), pristine: never tuned on.

Made as real-heldout25, 28 and 29 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan
and the key-word title check; no earlier set's output is touched), with a freshly seeded
**synthesized drum kit** per piece (benchmarks/synth_kits.py, seeds 3001-3032, named in the
piece's ``band["kit"]``). 32 excerpts, all drummed: 16 band arrangements of breakbeats and
half-time feels (drum-and-bass ten, half-time rock three, UK drill three) and 16 of drummed
music with strong off-beats or a slow beat (hip-hop, funk, ska and slow 6/8 ballad three each,
rocksteady and one-drop reggae two each), all on the csound GM bank (real-heldout18's bank
order, csound bands / TimGM6mb folk; no folk piece, so TimGM6mb plays nothing)
(heldout30_pieces). No tempo changes.
See benchmarks/realbeats-heldout30.md.

    nice -n 19 python benchmarks/make_realbeats_heldout30.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout30)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(30)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
