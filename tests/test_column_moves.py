"""benchmarks/column_moves.py reads beat_accuracy.py's own cells: tempo verdicts, change marks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from beat_accuracy import Score, _fmt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _table(rows: list[tuple[str, Score, Score]]) -> str:
    lines = ["| excerpt | true BPM | ours | cand | librosa |", "|---|---|---|---|---|"]
    lines += [f"| {name}  | 120.0 | {_fmt(a)} | {_fmt(b)} | 0.500 0.50/0.50 - 120.0 |" for name, a, b in rows]
    return "\n".join(lines) + "\n"


def test_moves_are_counted_from_the_cells_beat_accuracy_writes(tmp_path: Path) -> None:
    right = Score(1.0, 1.0, 1.0, 1.0, True, True, 120.0)
    half = Score(0.6, 0.0, 1.0, 0.5, False, True, 60.0)                # "~": octave only
    wrong_with_change = Score(0.3, 0.0, 0.0, 0.0, False, False, 80.0,  # "!" then " chg ..."
                              change_ok=0.5, recover_bars=(3.0,))
    table = tmp_path / "t.txt"
    table.write_text("### set\n" + _table([("a", half, right), ("b", right, wrong_with_change),
                                           ("c", right, right)]))
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "column_moves.py"), str(table), "cand"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "n=3 beat F ours 0.8667 cand 0.7667 (-0.1000); acc1 2 -> 2 (+1/-1)" in r.stdout
    assert "to the right tempo: a" in r.stdout and "away from it: b" in r.stdout
    assert "F moved: a 0.600 -> 1.000" in r.stdout and "F moved: b 1.000 -> 0.300" in r.stdout


def test_a_table_without_the_candidate_is_a_usage_error(tmp_path: Path) -> None:
    table = tmp_path / "t.txt"
    right = Score(1.0, 1.0, 1.0, 1.0, True, True, 120.0)
    table.write_text(_table([("a", right, right)]))
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "column_moves.py"), str(table), "nope"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "nope" in r.stderr and "--tracker-column" in r.stderr
