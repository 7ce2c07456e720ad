"""Render the twelfth held-out real-music beat set ("real-heldout12"), pristine: never tuned on.

Made by real-heldout11's method and code (make_realbeats_heldout11.py and, through it,
make_realbeats_heldout10/9/8/7/6.py, imported: renderer hooks, bank and kit checks, metadata,
disjointness scan; their output is untouched): 14 band arrangements (a public-domain melody over
script-written drums, bass and chords in a named style at its usual tempo and notation) and 12
folk and classical pieces without drums, chosen for the metrical level: undrummed 2/2 reels and
2/4 polkas, 6/8, 9/8 and 12/8, slow pieces over eighth-note motion, half-time rock,
drum-and-bass, trap on the 3+3+2, fast waltzes, 5/4, ska on the off-beats. Four change tempo.
Every style is an earlier set's pattern (heldout10_band's dispatch, unchanged). Sound: band parts
on TimGM6mb, folk and classical on FluidR3_GM (heldout9 used FluidR3_GM and the csound bank,
heldout10 TimGM6mb and MuseScore General, heldout11 MuseScore General and FluidR3_GM), drums on
12 Hydrogen kits, each style on a kit none of heldout9, 10 and 11 played it on
(heldout12_pieces.KITS). Scores asserted disjoint from every excerpt JSON under
``~/.cache/mvstudio-eval/`` (real-heldout11 and the training sets included), every piece list
and rejected list of the make_realbeats_* / heldout*_* scripts (real-heldout11's included). See
benchmarks/realbeats-heldout12.md.

The disjointness scan is now benchmarks/heldout_scan.py's, shared by real-heldout7 on (it
replaced a chain of scans, each set's wrapping the previous one's).

    nice -n 19 python benchmarks/make_realbeats_heldout12.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout12)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout10_band as band10  # noqa: E402 - sibling scripts
import heldout_scan  # noqa: E402 - the held-out sets' one disjointness scan
import make_realbeats_heldout7 as held7  # noqa: E402 - its renderer; its output is not touched
from heldout12_pieces import KITS, PIECES, REJECTED  # noqa: E402
from heldout12_tunes import TUNES  # noqa: E402

held6 = held7.held6
OUT = held6.held2.CACHE / "realbeats-heldout12"
band = band10.with_kits(KITS)  # heldout10_band's patterns (every earlier set's styles), this set's kits


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """The held-out sets' one scan (heldout_scan), pointed at this set's folder."""
    return heldout_scan.used_titles_and_paths(12, OUT)


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    heldout_scan.assert_disjoint(12, OUT, pieces)


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band parts, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return held7.render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout12.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
