"""Render the thirty-second held-out real-music beat set ("real-heldout32"), pristine: never tuned on.

Made as real-heldout25 and 28-31 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, heldout10_band's styles, the one disjointness scan
and the key-word title check; no earlier set's output is touched), with a freshly seeded
**synthesized drum kit** per piece (benchmarks/synth_kits.py, seeds 3201-3232, named in the
piece's ``band["kit"]``). 32 excerpts, all drummed: 12 band arrangements of drum-and-bass
(quarter 160-178), 10 of half-time feels (half-time rock four times, trap and UK drill three
times each) and 10 slow drummed pieces (pop ballad twice, slow r&b three times, one-drop reggae
twice, slow 6/8 ballad three times), all on csound (real-heldout13's bank order, csound bands /
MuseScore General folk; no folk piece, so MuseScore General plays nothing) (heldout32_pieces).
No tempo changes. See benchmarks/realbeats-heldout32.md.

    nice -n 19 python benchmarks/make_realbeats_heldout32.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout32)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(32)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
