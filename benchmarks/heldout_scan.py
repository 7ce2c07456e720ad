"""The held-out sets' one disjointness scan (real-heldout7 onwards: make_realbeats_heldout7.py ..).

Before this module each set's ``used_titles_and_paths()`` wrapped the previous set's (heldout12
-> 11 -> 10 -> 9 -> 8 -> 7 -> 6), each link pointing the one below at its own folder and adding
the previous set's lists. Now every set calls :func:`used_titles_and_paths` with its own number
and folder, and gets:

- real-heldout5's scan (make_realbeats_heldout5.py, pointed at ``out``): the title and score of
  every excerpt JSON under ``~/.cache/mvstudio-eval/*/`` but ``out``'s and the madmom cache's
  (so every evaluation and training set rendered here), the dev set, every quoted score path and
  ``title="..."`` of the make_realbeats_* / make_pulse_* scripts, the lists of real-heldout2-4
  and the training scripts' fixed lists;
- the piece, rejected and tune lists of **every other** set whose lists live in
  ``heldoutN_pieces.py`` / ``heldoutN_tunes.py`` (real-heldout5 on, ``LISTED``), earlier and
  later alike: the tune names keyed ``inlineN:name``, the tunes' titles from their ABC.

:func:`taken_tunes` gives every other listed set's tunes (a piece's ``inline:`` tune must be in
none of them). The later sets' lists were not in an earlier set's scan before; each later set
was checked against the earlier ones by the same symmetric rules (score key, title with the
substring rule, tune name), so adding them refuses nothing an earlier set uses
(tests/test_heldout_sets.py runs every set's check on its own pieces).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_realbeats_heldout2 as held2  # noqa: E402 - sibling scripts: key and pools
import make_realbeats_heldout4 as held4  # noqa: E402 - title normalising, random pools
import make_realbeats_heldout5 as held5  # noqa: E402 - the base scan; its output is not touched
import title_words  # noqa: E402 - the key-word check of the titles

# Sets whose piece and rejected lists live in heldoutN_pieces.py and tunes in heldoutN_tunes.py:
# found from the files, so a new set's lists join every scan without an edit here.
LISTED = tuple(sorted(int(p.stem.removeprefix("heldout").removesuffix("_pieces"))
                      for p in Path(__file__).parent.glob("heldout[0-9]*_pieces.py")))


def set_lists(n: int) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """real-heldout``n``'s pieces and rejected pieces, and its transcribed tunes."""
    pieces = importlib.import_module(f"heldout{n}_pieces")
    tunes = importlib.import_module(f"heldout{n}_tunes")
    return pieces.PIECES + pieces.REJECTED, tunes.TUNES


def add_set_lists(titles: set[str], used: set[str], pieces: list[dict[str, Any]], tunes: dict[str, str],
                  inline_tag: str) -> None:
    """Add a set's piece and rejected lists and its transcribed tunes (keyed ``inline_tag:name``,
    titled from their ABC) to a scan's titles and used scores."""
    for p in pieces:
        used.add(held2._key(p["src"]))
        titles.add(held4._norm(p["title"]))
    used |= {held2._key(f"{inline_tag}:{k}") for k in tunes}
    titles |= {held4._norm(t.split("\n")[1][2:]) for t in tunes.values()}


_SCANS: dict[tuple[int, Path], tuple[frozenset[str], frozenset[str]]] = {}


def used_titles_and_paths(own: int, out: Path) -> tuple[set[str], set[str]]:
    """Normalised titles and score keys of everything but real-heldout``own`` (folder ``out``).
    Scanned once per set and folder in a process (~0.5 s each: the refusal tests ask ~10 times a
    set); each caller gets its own copies."""
    if (own, out) not in _SCANS:
        out5, held5.OUT = held5.OUT, out  # heldout5's (and through it heldout4's) scans skip ``OUT``
        try:
            titles, used = held5.used_titles_and_paths()
        finally:
            held5.OUT = out5
        for n in LISTED:
            if n != own:
                add_set_lists(titles, used, *set_lists(n), f"inline{n}")
        _SCANS[own, out] = frozenset(titles), frozenset(used)
    titles, used = _SCANS[own, out]
    return set(titles), set(used)


def taken_tunes(own: int) -> tuple[dict[str, str], ...]:
    """The tunes of every listed set but real-heldout``own``."""
    return tuple(set_lists(n)[1] for n in LISTED if n != own)


def check_disjoint(pieces: list[dict[str, Any]], titles: set[str], used: set[str], *,
                   taken_tunes: tuple[dict[str, str], ...]) -> None:
    """Every piece's score, pool and title new to the scan; no inline tune of ``taken_tunes``;
    no score twice."""
    held5.check_new(pieces, titles, used)
    for p in pieces:
        if p["src"].startswith("inline:"):
            tune = p["src"][7:]
            assert all(tune not in t for t in taken_tunes), f"{p['name']}: tune {tune} is another set's"
    names = [p["src"] for p in pieces]
    assert len(names) == len(set(names)), "a score used twice in this set"


def assert_disjoint(own: int, out: Path, pieces: list[dict[str, Any]]) -> None:
    """real-heldout``own``'s pieces against the scan of every other set."""
    check_disjoint(pieces, *used_titles_and_paths(own, out), taken_tunes=taken_tunes(own))


class HeldoutSet:
    """A held-out set made by real-heldout13's method: its ``heldoutN_pieces`` (KITS, PIECES,
    REJECTED) and ``heldoutN_tunes`` (TUNES), heldout10_band's patterns with its kits, and
    make_realbeats_heldout7's renderer on heldout6's hooks, checked by this module's scan.
    make_realbeats_heldout13.py and later are one of these each (they differed only in N)."""

    def __init__(self, n: int) -> None:
        import heldout10_band

        pieces = importlib.import_module(f"heldout{n}_pieces")
        self.n = n
        self.KITS, self.PIECES, self.REJECTED = pieces.KITS, pieces.PIECES, pieces.REJECTED
        self.REVIEWED_WORDS: dict[str, str] = getattr(pieces, "REVIEWED_WORDS", {})
        self.TUNES = importlib.import_module(f"heldout{n}_tunes").TUNES
        self.held7 = importlib.import_module("make_realbeats_heldout7")  # its renderer; output untouched
        self.held6 = self.held7.held6
        self.OUT = self.held6.held2.CACHE / f"realbeats-heldout{n}"
        self.band = heldout10_band.with_kits(self.KITS)  # every earlier set's styles, this set's kits

    def used_titles_and_paths(self) -> tuple[set[str], set[str]]:
        """The held-out sets' one scan, pointed at this set's folder."""
        return used_titles_and_paths(self.n, self.OUT)

    def assert_disjoint(self, pieces: list[dict[str, Any]]) -> None:
        assert_disjoint(self.n, self.OUT, pieces)

    def assert_every_tune_played(self) -> None:
        """Every transcribed tune is some piece's (so the whole tune list was checked, titles too)."""
        assert {p["src"][len("inline:"):] for p in self.PIECES + self.REJECTED} == set(self.TUNES)

    def point_heldout6_here(self) -> None:
        """Point real-heldout6's hooks at this set's band parts, tunes and folder (in this process)."""
        self.held6.band, self.held6.TUNES, self.held6.OUT = self.band, self.TUNES, self.OUT

    def assert_title_words_reviewed(self) -> None:
        """From real-heldout19 on: every key word a title shares with another set's is reviewed
        (the pieces module's REVIEWED_WORDS; benchmarks/title_words.py)."""
        if self.n >= title_words.FIRST_SET:
            title_words.check_reviewed(self.PIECES, title_words.other_titles(self.n, LISTED), self.REVIEWED_WORDS,
                                       where=f"heldout{self.n}_pieces.REVIEWED_WORDS")

    def main(self, argv: list[str]) -> int:
        self.assert_every_tune_played()
        self.assert_disjoint(self.PIECES + self.REJECTED)
        self.assert_title_words_reviewed()
        self.point_heldout6_here()
        return int(self.held7.render(argv, pieces=self.PIECES, out=self.OUT, readme=f"realbeats-heldout{self.n}.md"))
