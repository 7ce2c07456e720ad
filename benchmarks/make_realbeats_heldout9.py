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

The disjointness scan is now benchmarks/heldout_scan.py's, shared by real-heldout7 on (it
replaced a chain of scans, each set's wrapping the previous one's).

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
import heldout_scan  # noqa: E402 - the held-out sets' one disjointness scan
import make_realbeats_heldout7 as held7  # noqa: E402 - its renderer; its output is not touched
from heldout9_pieces import PIECES, REJECTED  # noqa: E402
from heldout9_tunes import TUNES  # noqa: E402

held6 = held7.held6
OUT = held6.held2.CACHE / "realbeats-heldout9"
_ = kits.NEW_KITS


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """The held-out sets' one scan (heldout_scan), pointed at this set's folder."""
    return heldout_scan.used_titles_and_paths(9, OUT)


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    heldout_scan.assert_disjoint(9, OUT, pieces)


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band module, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return held7.render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout9.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
