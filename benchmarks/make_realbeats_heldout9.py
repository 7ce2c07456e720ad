"""Render the ninth held-out real-music beat set ("real-heldout9"), pristine: never tuned on.

Made by real-heldout8's method and code (make_realbeats_heldout8.py and, through it,
make_realbeats_heldout7.py and make_realbeats_heldout6.py, imported: renderer hooks, bank and kit
checks, metadata, disjointness scan; their output is untouched): 18 band arrangements (a
public-domain melody over script-written drums, bass and chords in a named style at its usual
tempo and notation) and 12 folk and classical pieces without drums, chosen for the metrical
level: 2/2 reels and a hornpipe and an undrummed fiddle tune, fast punk and drum-and-bass, trap,
hip-hop, afrobeats and dembow on the 3+3+2, slow r&b, one-drop and a ballad over eighth-note
piano, 6/8, 12/8, fast and slow waltzes, 5/4, a 2/4 polka. Four change tempo.
Sound: band parts on the FluidR3_GM bank, folk and classical on the csound GM bank (heldout8
used MuseScore General and TimGM6mb), drums on the two Hydrogen kits no set used (48 kHz,
resampled: heldout9_kits) and two of real-heldout7's. Scores asserted disjoint from every excerpt
JSON under ``~/.cache/mvstudio-eval/`` (real-heldout8 and real-train4 included), every piece list
and rejected list of the make_realbeats_* / heldout*_* scripts. See benchmarks/realbeats-heldout9.md.

    nice -n 19 python benchmarks/make_realbeats_heldout9.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout9)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout9_band as band  # noqa: E402 - sibling scripts
import heldout9_kits as kits  # noqa: E402 - adds its kits to heldout6's sampler table
import make_realbeats_heldout8 as held8  # noqa: E402 - its scan and lists; its output is not touched
from heldout9_pieces import PIECES, REJECTED  # noqa: E402
from heldout9_tunes import TUNES  # noqa: E402

held7 = held8.held7
held6 = held8.held6
OUT = held6.held2.CACHE / "realbeats-heldout9"
_ = kits.NEW_KITS


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """real-heldout8's scan (every other set's JSONs, real-heldout8's and real-train4's folders
    included, every make_realbeats_* piece list, the lists of heldout4-7), pointed at this set's
    folder, plus real-heldout8's own piece, rejected and tune lists (they live in heldout8_*.py)."""
    out8, held8.OUT = held8.OUT, OUT
    try:
        titles, used = held8.used_titles_and_paths()
    finally:
        held8.OUT = out8
    held7.add_set_lists(titles, used, held8.PIECES + held8.REJECTED, held8.TUNES, "inline8")
    return titles, used


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    held7.check_disjoint(pieces, *used_titles_and_paths(),
                         taken_tunes=(held6.TUNES, held7.TUNES, held8.TUNES))


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band module, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return held7.render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout9.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
