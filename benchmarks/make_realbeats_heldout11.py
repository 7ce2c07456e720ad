"""Render the eleventh held-out real-music beat set ("real-heldout11"), pristine: never tuned on.

Made by real-heldout10's method and code (make_realbeats_heldout10.py and, through it,
make_realbeats_heldout9/8/7/6.py, imported: renderer hooks, bank and kit checks, metadata,
disjointness scan; their output is untouched): 18 band arrangements (a public-domain melody over
script-written drums, bass and chords in a named style at its usual tempo and notation) and 12
folk and classical pieces without drums, chosen for the metrical level: undrummed 2/2 reels and
hornpipes and 2/4 tunes, 6/8, 9/8 and 12/8, slow pieces over eighth-note motion, half-time rock,
drum-and-bass, drill, trap, fast waltzes, 5/4, ska on the off-beats, three grooves on the 3+3+2.
Four change tempo. Every style is an earlier set's pattern (heldout10_band's dispatch, unchanged).
Sound: band parts on MuseScore General, folk and classical on FluidR3_GM (heldout9 used FluidR3_GM
and the csound bank, heldout10 TimGM6mb and MuseScore General), drums on 13 Hydrogen kits, each
style on a kit neither heldout9 nor heldout10 played it on (heldout11_pieces.KITS). Scores
asserted disjoint from every excerpt JSON under ``~/.cache/mvstudio-eval/`` (real-heldout10 and
the training sets included), every piece list and rejected list of the make_realbeats_* /
heldout*_* scripts. See benchmarks/realbeats-heldout11.md.

    nice -n 19 python benchmarks/make_realbeats_heldout11.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout11)
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout10_band as band10  # noqa: E402 - sibling scripts
import make_realbeats_heldout10 as held10  # noqa: E402 - its scan and lists; its output is not touched
from heldout11_pieces import KITS, PIECES, REJECTED  # noqa: E402
from heldout11_tunes import TUNES  # noqa: E402

held9 = held10.held9
held8 = held10.held8
held7 = held10.held7
held6 = held10.held6
OUT = held6.held2.CACHE / "realbeats-heldout11"
# heldout10_band's patterns (every earlier set's styles), with this set's kit table.
band = SimpleNamespace(KITS=KITS, _drum_bar=band10._drum_bar, _bass_bar=band10._bass_bar,
                       _chord_bar=band10._chord_bar, drum_part=band10.drum_part,
                       band_notes=band10.band_notes, harmonise=band10.harmonise,
                       swing16_map=band10.swing16_map)


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """real-heldout10's scan (every other set's JSONs, real-heldout10's and the training sets'
    folders included, every make_realbeats_* piece list, the lists of heldout4-9), pointed at
    this set's folder, plus real-heldout10's own piece, rejected and tune lists (they live in
    heldout10_*.py)."""
    out10, held10.OUT = held10.OUT, OUT
    try:
        titles, used = held10.used_titles_and_paths()
    finally:
        held10.OUT = out10
    held7.add_set_lists(titles, used, held10.PIECES + held10.REJECTED, held10.TUNES, "inline10")
    return titles, used


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    held7.check_disjoint(pieces, *used_titles_and_paths(),
                         taken_tunes=(held6.TUNES, held7.TUNES, held8.TUNES, held9.TUNES, held10.TUNES))


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band parts, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return held7.render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout11.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
