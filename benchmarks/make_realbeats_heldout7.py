"""Render the seventh held-out real-music beat set ("real-heldout7"), pristine: never tuned on.

Made quickly by real-heldout6's method and code (make_realbeats_heldout6.py, imported: its
renderer hooks, bank checks, metadata and disjointness scan; its own output is untouched): 18
band arrangements (a public-domain melody over script-written drums, bass and chords in a named
style at its usual tempo and notation: pop/rock, pop-punk, rock, house, funk, reggae one-drop,
afrobeat, r&b, trap, hip-hop, disco, country train beat, bossa nova, cumbia, a waltz, a 6/8
ballad, a 12/8 blues, a pop ballad) and 12 folk and classical pieces without drums. The metrical
level is the point: several sit at tempi where trackers halve or double. Four change tempo.
Sound: the csound GM bank again (as real-heldout6), drums on four Hydrogen kits no set used
(heldout7_kits). Scores asserted disjoint from every excerpt JSON under
``~/.cache/mvstudio-eval/`` (real-heldout6 and train3 included), every piece list and rejected
list of the make_realbeats_* / heldout*_* scripts. See benchmarks/realbeats-heldout7.md.

The disjointness scan is now benchmarks/heldout_scan.py's, shared by real-heldout7 on (it
replaced a chain of scans, each set's wrapping the previous one's).

    nice -n 19 python benchmarks/make_realbeats_heldout7.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout7)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout7_band as band  # noqa: E402 - sibling scripts
import heldout7_kits as kits  # noqa: E402 - adds its kits to heldout6's sampler table
import heldout_scan  # noqa: E402 - the held-out sets' one disjointness scan
import make_realbeats_heldout6 as held6  # noqa: E402 - hooks and checks; its output is not touched
from heldout7_pieces import PIECES, REJECTED  # noqa: E402
from heldout7_tunes import TUNES  # noqa: E402

OUT = held6.held2.CACHE / "realbeats-heldout7"
_ = kits.NEW_KITS


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """The held-out sets' one scan (heldout_scan), pointed at this set's folder."""
    return heldout_scan.used_titles_and_paths(7, OUT)


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    heldout_scan.assert_disjoint(7, OUT, pieces)


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band module, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def render(argv: list[str], *, pieces: list[dict[str, Any]], out: Path, readme: str) -> int:
    """real-heldout6's renderer (its hooks already pointed at the set) on ``pieces``, into
    ``argv[1]`` or ``out``, the set's README beside the excerpts."""
    sys.path.insert(0, str(held6.dev2.DEV_DIR))
    import make_dev_set  # the dev set's renderer core

    held6.assert_in_bank(pieces)
    held6.install_renderer(make_dev_set)
    make_dev_set.PIECES = pieces
    folder = argv[1] if len(argv) > 1 else str(out)
    rc = int(make_dev_set.main(["make_dev_set", folder, *argv[2:]]))
    (Path(folder) / "README.md").write_text((HERE / readme).read_text())
    return rc


def main(argv: list[str]) -> int:
    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    return render(argv, pieces=PIECES, out=OUT, readme="realbeats-heldout7.md")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
