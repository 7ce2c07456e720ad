"""The held-out sets' key-word title check (benchmarks/title_words.py): the title variants the
whole-title scan let through in sessions 13 and 14 are caught; forms and function words are not
key words; an unreviewed hit stops a set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import title_words  # noqa: E402

# (new title, the other set's title) pairs a helper caught by hand (sessions 13 and 14).
CAUGHT_BY_HAND = [
    ("Joshua Fit the Battle of Jericho", "Joshua Fought the Battle of Jericho"),
    ("Angelina Baker", "Angeline the Baker"),
    ("Haste to the Wedding", "Haste to the Wedding Jig"),
    ("Lilliburlero", "Lillibullero"),
    ("Jenny's Chickens", "Jenny Nettles' Fancy Reel"),
    ("The Stage Hornpipe", "The Pride of the Stage"),
]


@pytest.mark.parametrize(("new", "other"), CAUGHT_BY_HAND)
def test_the_variants_caught_by_hand_are_caught(new: str, other: str) -> None:
    assert title_words.hits([new], [other])


def test_forms_and_function_words_are_not_key_words() -> None:
    assert title_words.words("The Waltz from the Dance Suite") == set()
    assert not title_words.hits(["Blue Danube Waltz"], ["The Rakes of Mallow Waltz", "Minuet in G"])


def test_an_unreviewed_hit_stops_the_set_and_a_reviewed_one_passes() -> None:
    pieces = [{"title": "The Boys of Ballysadare"}]
    others = ["The Humours of Ballisodare"]
    with pytest.raises(AssertionError, match="ballysadare"):
        title_words.check_reviewed(pieces, others, {})
    title_words.check_reviewed(pieces, others, {"ballysadare": "a place name; another tune (reel, not jig)"})


def test_the_scan_reads_every_other_listed_set_but_its_own() -> None:
    from heldout_scan import LISTED, set_lists

    def titles(n: int) -> set[str]:
        return {p["title"] for p in set_lists(n)[0]}

    own, other = sorted(LISTED)[-1], sorted(LISTED)[-2]  # the last two listed (no 25 on the h26 and h27 branches)
    seen = title_words.other_titles(own, LISTED)
    assert titles(other) <= seen
    only_own = titles(own) - set().union(*(titles(n) for n in LISTED if n != own))
    assert only_own and not only_own & seen


def test_every_set_from_the_first_has_its_hits_reviewed() -> None:
    from heldout_scan import LISTED, HeldoutSet

    checked = [n for n in LISTED if n >= title_words.FIRST_SET]
    assert checked
    for n in checked:
        HeldoutSet(n).assert_title_words_reviewed()
