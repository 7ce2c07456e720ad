"""benchmarks/bar_choice.py: the bars after one or two clicks in the Bars menu, and its held-out
guard (#15)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bar_choice  # noqa: E402

REEL = ROOT / "tests" / "audio_sync" / "data" / "doubled_reel_steeplechase.beats"  # 2/2 at 94


def test_every_menu_choice_is_scored_and_the_best_is_kept() -> None:
    """The reel's bars are two half notes; found in fours, one click on "bars of 2" fixes them."""
    row = bar_choice.measure(("test", str(REEL)))
    assert row.beats_right and row.auto < bar_choice.DOWNBEATS_RIGHT_F
    ann = np.loadtxt(REEL, ndmin=2)
    assert np.all(np.diff(np.flatnonzero(ann[:, 1] == 1)) == 2)  # the annotation: 2 beats a bar
    assert row.choices["bars of 2"] >= 0.95 and row.one_click == row.choices["bars of 2"]
    assert {k for k in row.choices if "," not in k} == {"bars of 2", "bars of 3", "start +1", "start +2",
                                                        "start +3"}
    assert {k for k in row.choices if "," in k} == {"bars of 2, start +1", "bars of 3, start +1",
                                                    "bars of 3, start +2"}
    assert row.auto <= row.one_click <= row.two_clicks == max(row.auto, *row.choices.values())


def test_the_summary_counts_right_bars() -> None:
    rows = [bar_choice.Row("t", "a 4/4", True, 0.5, 1.0, 1.0), bar_choice.Row("t", "b 4/4", True, 0.95, 0.95, 0.95),
            bar_choice.Row("t", "c 4/4", False)]
    line = bar_choice.summary("t", rows)
    assert "n=   3, beats right    2" in line and "auto 0.725, one click 0.975, two clicks 0.975" in line
    assert "auto 1, one click 2, two clicks 2" in line
