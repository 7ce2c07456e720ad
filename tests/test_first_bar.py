"""benchmarks/first_bar.py: where bar 1 starts, with and without the pickup rule, and its
held-out guard (#15)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import first_bar  # noqa: E402

BEATS = np.arange(20) * 0.5
REF = BEATS[[0, 4, 8, 12, 16]]  # 4/4 from the first beat


@pytest.mark.parametrize(("found", "right"), [
    ([0, 4, 8, 12], True),
    ([1, 4, 8, 12], False),   # a 3-beat first bar: bar 1 on the second beat
    ([4, 8, 12, 16], False),  # a whole bar fits before bar 1, and would start on a downbeat
    ([2, 6, 10, 14], False),  # the bars' phase is wrong
])
def test_bar_one_is_judged_on_the_annotated_downbeats(found, right):
    assert first_bar.bar_one_right(REF, BEATS, BEATS[found]) is right


def test_a_pickup_shorter_than_a_bar_holds_no_downbeat_of_the_found_bars():
    """8-beat bars over annotated 4-beat ones starting on beat 4: no whole found bar fits before."""
    beats = np.arange(28) * 0.5
    ref = beats[::4]
    assert first_bar.bar_one_right(ref, beats, beats[[4, 12]]) is False  # needs three downbeats
    assert first_bar.bar_one_right(ref, beats, beats[[4, 12, 20]]) is True
    assert first_bar.bar_one_right(ref, beats, beats[[8, 16, 24]]) is False  # a whole bar fits


def test_the_second_bar_must_hold_no_annotated_downbeat():
    assert first_bar.second_bar_right(REF, BEATS[[0, 4, 8]])
    assert not first_bar.second_bar_right(REF, BEATS[[0, 4, 12]])  # an 8-beat bar over two
    assert not first_bar.second_bar_right(REF, BEATS[[1, 5, 9]])


def test_a_real_excerpt_is_judged_end_to_end():
    """The reel (2/2, found in 4-beat bars): phase right, length not; the rule is restored."""
    from audio_sync import meter

    reel = ROOT / "tests" / "audio_sync" / "data" / "doubled_reel_steeplechase.beats"
    row = first_bar.measure(("test", str(reel)))
    assert row.phase_right and not row.length_right
    if not row.short_first:  # the rule only acts on a short first bar
        assert row.with_rule == row.without_rule
    assert meter.PICKUP_FIRST_BAR is True


def test_the_summary_counts_both_tiers():
    rows = [first_bar.Row("t", "a", True, True, False, True, True),
            first_bar.Row("t", "b", True, False, True, True, False),
            first_bar.Row("t", "c")]
    line = first_bar.summary("t", rows)
    assert "phase right    2: bar 1 right with the rule    2, without    1 (short first bar   1:   1 /   0)" in line
    assert "length right too    1: bar 1 right with the rule    1, without    1" in line
