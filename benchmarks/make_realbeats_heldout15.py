"""Render the fifteenth held-out real-music beat set ("real-heldout15"), pristine: never tuned on.

Made by real-heldout14's method and code (imported, not copied: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, bank and kit checks and metadata; the held-out
sets' one disjointness scan, heldout_scan; heldout10_band's style dispatch, unchanged, with this
set's kit table; no earlier set's output is touched): 14 band arrangements (a public-domain
melody over script-written drums, bass and chords in a named style at its usual tempo and
notation) and 12 folk and classical pieces without drums, chosen for the metrical level and
phase: undrummed 2/2 reels and hornpipes on solo instruments, 2/4 polkas, slow 6/8 and 12/8 (a
dotted quarter of 44-52, with and without drums), a 9/8 slip jig, drum-and-bass at 170-176,
half-time trap and drill at 140-144, fast waltzes (band and solo piano), 5/4 twice, deep house,
house, disco and techno with off-beat open hats, ska and one-drop skanks. Four change tempo.
Sound: band parts on MuseScore General, folk and classical on the csound GM bank (real-heldout13's
pair in the other order: every unordered pair of the four GM banks has been used, and this is
the one unused order with no bank of the training renders), drums on 13 Hydrogen kits, each
style on a kit no held-out set played it on (heldout15_pieces.KITS). Scores asserted disjoint
from every excerpt JSON under ``~/.cache/mvstudio-eval/`` (every other held-out set and the
training sets included) and every piece, rejected and tune list of the make_realbeats_* /
heldout*_* scripts (benchmarks/heldout_scan.py). See benchmarks/realbeats-heldout15.md.

    nice -n 19 python benchmarks/make_realbeats_heldout15.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout15)
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
from heldout15_pieces import KITS, PIECES, REJECTED  # noqa: E402
from heldout15_tunes import TUNES  # noqa: E402

held6 = held7.held6
OUT = held6.held2.CACHE / "realbeats-heldout15"
band = band10.with_kits(KITS)  # heldout10_band's patterns (every earlier set's styles), this set's kits


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """The held-out sets' one scan (heldout_scan), pointed at this set's folder."""
    return heldout_scan.used_titles_and_paths(15, OUT)


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    heldout_scan.assert_disjoint(15, OUT, pieces)


def assert_every_tune_played() -> None:
    """Every transcribed tune is some piece's (so the whole tune list was checked, titles too)."""
    assert {p["src"][len("inline:"):] for p in PIECES + REJECTED} == set(TUNES)


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band parts, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    assert_every_tune_played()
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return held7.render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout15.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
