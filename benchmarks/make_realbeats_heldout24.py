"""Render the twenty-fourth held-out real-music beat set ("real-heldout24"), pristine: never tuned on.

Made as real-heldout13-23 are (heldout_scan.HeldoutSet: make_realbeats_heldout7.py's renderer on
make_realbeats_heldout6.py's hooks, heldout10_band's styles with this set's kits, the one
disjointness scan and the key-word title check; no earlier set's output is touched), but
**targeted** at three classes, eight excerpts each: house, disco and ska with off-beat accents
over a kick; undrummed 2/2 reels and a hornpipe on solo instruments; half-time rock, trap, UK
drill and drum-and-bass. Bands on TimGM6mb, reels on the csound bank (real-heldout14's order, the
one used longest ago). One kit per style, each playing its two or three pieces; dnb and drill on a
kit that had played them once before, in real-heldout11 (heldout24_pieces.KITS). No tempo
changes. See benchmarks/realbeats-heldout24.md.

    nice -n 19 python benchmarks/make_realbeats_heldout24.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout24)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(24)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
