"""Opening a graph reports it once in the run log: the window's empty start document's restore,
still pending when the file opened, used to report the file a second time."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_opening_a_graph_reports_it_once(make_window: Any, demo_copy: Path, qtbot: Any) -> None:
    win = make_window()
    assert win.open_path(demo_copy)
    qtbot.waitUntil(lambda: "opened demo.mvgraph" in win.log.toPlainText(), timeout=30000)
    qtbot.wait(500)  # any second restore has had time to report
    assert win.log.toPlainText().count("opened demo.mvgraph") == 1
