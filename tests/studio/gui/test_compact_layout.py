"""Issue 14, readability: a compact Properties panel and a demo graph that fits at 1080p."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trust_helpers import focused_canvas

from studio.gui import theme
from studio.gui.qt import QtCore, QtGui


def _open_demo(make_window: Any, demo_copy: Path, qtbot: Any) -> Any:
    win = make_window()
    win.open_path(demo_copy)
    win.resize(1920, 1080)
    focused_canvas(win, qtbot)
    return win


def _rows(win: Any, nid: str, qtbot: Any) -> tuple[list[tuple[int, int]], int, int]:
    """(top, bottom) of every param editor in panel coordinates, the editors' text line
    height and the height of the panel's visible area."""
    win.props.show_node(win.doc.graph, nid)
    qtbot.wait(20)
    box = win.props.widget()
    rows = []
    line = max(ed.widget.fontMetrics().height() for ed in win.props.editors.values())
    for ed in win.props.editors.values():
        top = ed.widget.mapTo(box, QtCore.QPoint(0, 0)).y()
        rows.append((top, top + ed.widget.height()))
    return rows, line, win.props.viewport().height()


def test_properties_rows_are_packed_at_the_top(make_window: Any, demo_copy: Path,
                                               qtbot: Any) -> None:
    win = _open_demo(make_window, demo_copy, qtbot)
    for nid in ("cuts", "theme", "images"):  # old code: 6 px gaps in cuts, 100+ in theme
        rows, line, panel = _rows(win, nid, qtbot)
        assert len(rows) >= (8 if nid == "cuts" else 1) and panel > 400
        for (_, bottom), (nxt, _) in zip(rows, rows[1:], strict=False):
            assert nxt - bottom <= 0.3 * line, (nid, rows, line)  # editors are ~1.6 lines
        used = sum(b - t for t, b in rows) + len(rows) * 0.3 * line
        assert rows[-1][1] <= 12 * line + used, (nid, rows, panel)  # header + rows only
        assert rows[-1][1] < 0.8 * panel, (nid, rows, panel)


def test_frame_all_shows_every_demo_node_at_readable_size(make_window: Any, demo_copy: Path,
                                                          qtbot: Any) -> None:
    win = _open_demo(make_window, demo_copy, qtbot)
    win.canvas.frame_all()
    viewer = win.canvas.viewer
    scale = viewer.transform().m11()
    assert scale >= theme.min_canvas_scale() * 0.999
    dpi = max(1.0, QtGui.QGuiApplication.primaryScreen().logicalDotsPerInch() / 96.0)
    area = viewer.viewport().rect()
    for nid, node in win.canvas.views.items():
        on_screen = viewer.mapFromScene(node.view.sceneBoundingRect()).boundingRect()
        assert area.contains(on_screen), (nid, on_screen, area)
        texts = [*node.view._input_items.values(), *node.view._output_items.values()]
        for text in texts:
            assert QtGui.QFontMetricsF(text.font()).height() * scale >= 11 * dpi
