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
import make_realbeats_heldout6 as held6  # noqa: E402 - hooks and checks; its output is not touched
from heldout7_pieces import PIECES, REJECTED  # noqa: E402
from heldout7_tunes import TUNES  # noqa: E402

OUT = held6.held2.CACHE / "realbeats-heldout7"
_ = kits.NEW_KITS


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """real-heldout6's scan (every other set's JSONs, heldout5's lists, every make_realbeats_*
    piece list), pointed at this set's folder, plus real-heldout6's own piece, rejected and
    tune lists (they live in heldout6_*.py, not in its make script)."""
    out6, held6.OUT = held6.OUT, OUT
    try:
        titles, used = held6.used_titles_and_paths()
    finally:
        held6.OUT = out6
    for p in held6.PIECES + held6.REJECTED:
        used.add(held6.held2._key(p["src"]))
        titles.add(held6.held4._norm(p["title"]))
    used |= {held6.held2._key(f"inline6:{k}") for k in held6.TUNES}
    titles |= {held6.held4._norm(t.split("\n")[1][2:]) for t in held6.TUNES.values()}
    return titles, used


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    titles, used = used_titles_and_paths()
    for p in pieces:
        assert held6.held2._key(p["src"]) not in used, f"{p['name']}: {p['src']} is used by another set"
        assert not p["src"].startswith(held6.held4.RANDOM_POOLS), f"{p['name']}: {p['src']} is in another set's pool"
        t = held6.held4._norm(p["title"])
        clash = [o for o in titles if t == o or (min(len(t), len(o)) >= 10 and (t in o or o in t))]
        assert not clash, f"{p['name']}: title {p['title']!r} used elsewhere ({clash[0]})"
        if p["src"].startswith("inline:"):
            assert p["src"][7:] not in held6.TUNES, f"{p['name']}: tune {p['src']} is real-heldout6's"
    names = [p["src"] for p in pieces]
    assert len(names) == len(set(names)), "a score used twice in this set"


def point_heldout6_here() -> None:
    """Point real-heldout6's hooks at this set's band module, tunes and folder (in this process)."""
    held6.band, held6.TUNES, held6.OUT = band, TUNES, OUT


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(held6.dev2.DEV_DIR))
    import make_dev_set  # the dev set's renderer core

    assert_disjoint(PIECES + REJECTED)
    point_heldout6_here()
    held6.assert_in_bank(PIECES)
    held6.install_renderer(make_dev_set)
    make_dev_set.PIECES = PIECES
    out = argv[1] if len(argv) > 1 else str(OUT)
    rc = int(make_dev_set.main(["make_dev_set", out, *argv[2:]]))
    (Path(out) / "README.md").write_text((HERE / "realbeats-heldout7.md").read_text())
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
