"""Render the tenth held-out real-music beat set ("real-heldout10"), pristine: never tuned on.

Made by real-heldout9's method and code (make_realbeats_heldout9.py and, through it,
make_realbeats_heldout8/7/6.py, imported: renderer hooks, bank and kit checks, metadata,
disjointness scan; their output is untouched): 18 band arrangements (a public-domain melody over
script-written drums, bass and chords in a named style at its usual tempo and notation) and 12
folk and classical pieces without drums, chosen for the metrical level and leaning on the hard
traps: undrummed 2/2 reels and hornpipes and 2/4 tunes, 6/8, 9/8 and 12/8, slow ballads, r&b and
one-drop over eighth-note motion, half-time rock, drum-and-bass, drill, trap with triplet hats,
fast waltzes, 5/4, four grooves on the 3+3+2. Four change tempo.
Sound: band parts on the TimGM6mb bank, folk and classical on MuseScore General (heldout9 used
FluidR3_GM and the csound bank), drums on nine Hydrogen kits none of which heldout9 used
(heldout10_band.KITS). Scores asserted disjoint from every excerpt JSON under
``~/.cache/mvstudio-eval/`` (real-heldout9 and real-train4 included), every piece list and
rejected list of the make_realbeats_* / heldout*_* scripts. See benchmarks/realbeats-heldout10.md.

The disjointness scan is now benchmarks/heldout_scan.py's, shared by real-heldout7 on (it
replaced a chain of scans, each set's wrapping the previous one's).

    nice -n 19 python benchmarks/make_realbeats_heldout10.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout10)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout10_band as band  # noqa: E402 - sibling scripts
import heldout_scan  # noqa: E402 - the held-out sets' one disjointness scan
import make_realbeats_heldout7 as held7  # noqa: E402 - its renderer; its output is not touched
from heldout10_pieces import PIECES, REJECTED  # noqa: E402
from heldout10_tunes import TUNES  # noqa: E402

held6 = held7.held6
OUT = held6.held2.CACHE / "realbeats-heldout10"


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """The held-out sets' one scan (heldout_scan), pointed at this set's folder."""
    return heldout_scan.used_titles_and_paths(10, OUT)


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    heldout_scan.assert_disjoint(10, OUT, pieces)


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band module, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return held7.render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout10.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
