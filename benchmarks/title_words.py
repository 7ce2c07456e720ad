"""Key words a new held-out set's titles share with every other set's (issue #15).

The shared scan's title rule (make_realbeats_heldout5.check_new) compares whole normalised
titles, so "Joshua Fit the Battle of Jericho" passed against "Joshua Fought the Battle of
Jericho", and Angelina Baker and Haste to the Wedding passed under other titles; helpers h16-h18
caught such variants with a grep by hand. This check compares every distinctive word of a new
title (4+ letters, neither a musical form nor a function word) with every word of every other
title, spelling variants included (lilliburlero / lillibullero). A hit is not a verdict: the set
lists each hit word in its pieces module's ``REVIEWED_WORDS`` with why its tune is another one,
and an unlisted hit stops the render (heldout_scan.HeldoutSet, from real-heldout19 on: its first
version held The Boys of Ballysadare, real-heldout16's The Boys of Ballisodare, which the
whole-title scan and the helper's grep both let through).
"""

from __future__ import annotations

import difflib
import functools
import importlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The first held-out set whose render requires its hits reviewed.
FIRST_SET = 19
CACHE = Path.home() / ".cache" / "mvstudio-eval"

# Musical forms, tempo words and function words: shared by unrelated titles.
GENERIC = frozenset([
    "waltz", "waltzes", "march", "marche", "marches", "reel", "reels", "hornpipe", "jig",
    "jigs", "polka", "polkas", "dance", "dances", "danse", "song", "songs", "ballad", "blues",
    "theme", "prelude", "minuet", "menuet", "menuetto", "gavotte", "sonata", "suite", "mazurka",
    "polonaise", "galop", "schottische", "strathspey", "lament", "hymn", "carol", "chorale",
    "fantasia", "overture", "rondo", "scherzo", "serenade", "nocturne", "etude", "study",
    "tune", "tunes", "piece", "opus", "movement", "allegro", "andante", "adagio", "presto",
    "largo", "trio", "finale", "variations", "slow", "fast", "rag", "rags", "from", "with",
    "into", "upon", "over", "under", "your", "their", "this", "that", "there", "where", "when",
    "what", "which", "while", "have", "were", "they", "them", "then", "than", "come", "comes",
    "went", "will", "shall", "does", "done", "away", "along",
])
# Words at least this long whose spellings are this alike count as the same word.
VARIANT_MIN_LETTERS = 6
VARIANT_MIN_RATIO = 0.8


def words(title: str) -> set[str]:
    """The distinctive words of a title (lower case, letters only, 4+ letters, not GENERIC)."""
    plain = re.sub(r"'s\b", "", title.lower()).replace("'", "")
    return {w for w in re.findall(r"[a-z]+", plain) if len(w) >= 4 and w not in GENERIC}


@functools.cache  # the same word pairs recur for every set against every other
def same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < VARIANT_MIN_LETTERS:
        return False
    alike = difflib.SequenceMatcher(None, a, b)
    # the two quick ratios bound ratio() from above: only pairs that might pass pay for it
    return (alike.real_quick_ratio() >= VARIANT_MIN_RATIO and alike.quick_ratio() >= VARIANT_MIN_RATIO
            and alike.ratio() >= VARIANT_MIN_RATIO)


def hits(new_titles: Iterable[str], other_titles: Iterable[str]) -> dict[str, list[str]]:
    """Each distinctive word of ``new_titles`` found in some other title -> those titles."""
    others = [(t, words(t)) for t in set(other_titles)]
    found: dict[str, set[str]] = {}
    for title in new_titles:
        for w in words(title):
            found.setdefault(w, set()).update(t for t, ws in others if any(same_word(w, o) for o in ws))
    return {w: sorted(ts) for w, ts in sorted(found.items()) if ts}


def other_titles(own: int, listed: Iterable[int]) -> set[str]:
    """The raw titles of every rendered set's excerpts but real-heldout``own``'s (their JSONs), of
    every other listed held-out set's pieces, rejected pieces and tunes, and of every
    make_realbeats_* script's ``title="..."``."""
    out: set[str] = set()
    for f in CACHE.glob("*/*.json"):
        if f.parent.name not in (f"realbeats-heldout{own}", "madmom-estimates"):
            title = json.loads(f.read_text()).get("title")
            out |= {title} if isinstance(title, str) else set()
    for n in listed:
        if n != own:
            pieces = importlib.import_module(f"heldout{n}_pieces")
            out |= {p["title"] for p in pieces.PIECES + pieces.REJECTED}
            tunes = importlib.import_module(f"heldout{n}_tunes").TUNES
            out |= {m[1] for t in tunes.values() for m in [re.search(r"^T:(.*)$", t, re.M)] if m}
    for script in HERE.glob("make_realbeats_*.py"):
        if script.name != f"make_realbeats_heldout{own}.py":
            out |= set(re.findall(r'title="([^"]+)"', script.read_text()))
    return out


def check_reviewed(pieces: list[dict[str, Any]], others: Iterable[str], reviewed: dict[str, str], *,
                   where: str = "REVIEWED_WORDS") -> None:
    """Every key word the pieces' titles share with another title is in ``reviewed``."""
    unreviewed = {w: t for w, t in hits([p["title"] for p in pieces], others).items() if w not in reviewed}
    assert not unreviewed, (
        f"title words shared with other sets' titles: replace the piece if it is the same tune, else "
        f"add the word to {where} with why it is another tune: "
        + "; ".join(f"{w!r} in {', '.join(map(repr, t[:3]))}" for w, t in sorted(unreviewed.items())))
