"""Render the twenty-seventh held-out real-music beat set ("real-heldout27"), pristine: never tuned on.

Made as real-heldout13-24 and 26 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, the one disjointness scan and the key-word title
check; no earlier set's output is touched), **targeted** and **all undrummed** as real-heldout26:
10 reels and 4 hornpipes (even eighths) in 2/2 on solo instruments, five reels with a light piano
vamp from the tune's chord symbols, 5 slip jigs in 9/8 and 5 double jigs in 6/8 (running even
eighths). Half on MuseScore General, half on the csound bank (no bank of the training renders);
no drums, so no kit. No tempo changes. See
benchmarks/realbeats-heldout27.md.

    nice -n 19 python benchmarks/make_realbeats_heldout27.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout27)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(27)  # its pieces, tunes, (empty) kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
