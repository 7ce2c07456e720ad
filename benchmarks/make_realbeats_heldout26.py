"""Render the twenty-sixth held-out real-music beat set ("real-heldout26"), pristine: never tuned on.

Made as real-heldout13-24 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, the one disjointness scan and the key-word title check; no
earlier set's output is touched), but **targeted** and **all undrummed**: 13 reels and 5
hornpipes (even eighths) in 2/2 on solo instruments, six reels with a light piano vamp from the
tune's chord symbols, and 6 slip jigs in 9/8. Half on MuseScore General, half on the csound bank
(no bank of the training renders); no drums, so no kit. No tempo changes. See
benchmarks/realbeats-heldout26.md.

    nice -n 19 python benchmarks/make_realbeats_heldout26.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout26)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(26)  # its pieces, tunes, (empty) kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
