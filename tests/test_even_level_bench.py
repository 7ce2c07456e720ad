"""benchmarks/even_level.py: the answer classes and the table the record quotes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from even_level import Row, table  # noqa: E402


def _row(true: float, ours: float, score: float, even: float) -> Row:
    return Row("real-modules", "x", true, ours, {1.5: score, 0.75: -score}, {1.5: even, 0.75: -even})


def test_answer_is_the_band_at_the_annotated_tempo() -> None:
    assert _row(125, 83.3, 5, 0.2).answer == "x1.5"
    assert _row(88, 117.4, 5, 0.2).answer == "x0.75"
    assert _row(120, 121, 5, 0.2).answer == "x1"
    assert _row(120, 60, 5, 0.2).answer == "none"
    assert _row(120, 0.0, 5, 0.2).answer == "none"


def test_table_counts_what_qualifies() -> None:
    rows = [_row(125, 83.3, 5, 0.2), _row(125, 83.3, 0.5, 0.2), _row(120, 120, 5, 0.01)]
    lines = table(rows, 1.0, 0.08)
    right = next(t for t in lines if t.startswith("| x1.5 | x1.5 "))
    assert right.split("|")[3:7] == [" 2 ", " 2.75 ", " 0.20 ", " 1 "]
    kept = next(t for t in lines if t.startswith("| x1.5 | x1 "))
    assert kept.split("|")[3] == " 1 " and kept.split("|")[6] == " 0 "


def test_by_corpus_splits_productions_from_renders() -> None:
    from beat_sets import by_corpus

    rows = [_row(125, 83.3, 5, 0.2), Row("real-dev", "y", 120, 120, {}, {}),
            Row("real-modules-heldout5", "z", 120, 120, {}, {})]
    parts = dict(by_corpus(rows))
    assert [r.name for r in parts["productions"]] == ["x", "z"]
    assert [r.name for r in parts["renders"]] == ["y"]
    assert [kind for kind, _ in by_corpus(rows[1:2])] == ["renders"]
