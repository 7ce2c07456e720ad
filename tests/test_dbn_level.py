"""benchmarks/dbn_level.py: the tempo-ratio classes and the table the record quotes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dbn_level import Row, ratio_table  # noqa: E402


def _row(true: float, ours: float, dbn: float) -> Row:
    return Row("real-modules", "x", "", true, ours, dbn, 0.5, 0.9)


def test_ratio_classes() -> None:
    assert _row(150, 100, 152).ratio == "x3/2"
    assert _row(125, 62.5, 123).ratio == "x2"
    assert _row(120, 120, 60.5).ratio == "x1/2"
    assert _row(120, 120, 121).ratio == "x1"
    assert _row(120, 120, 97).ratio == "other"  # 0.81: no level within 6 %
    assert _row(120, 0.0, 120).ratio == "other"


def test_acc1_is_four_percent() -> None:
    r = _row(150, 155.9, 156.1)
    assert r.ours_acc1 and not r.dbn_acc1


def test_table_counts_each_side_at_the_annotated_tempo() -> None:
    rows = [_row(150, 100, 152), _row(150, 100, 150), _row(112, 112, 170)]
    table = ratio_table(rows)
    line = next(t for t in table if t.startswith("| x3/2 "))
    assert line.split("|")[2:5] == [" 3 ", " 1 ", " 2 "]
