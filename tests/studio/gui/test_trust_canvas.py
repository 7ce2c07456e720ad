"""Issue 14, bugs 1 and 2: no ghost nodes; one undo history driven by real keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trust_helpers import assert_scene_model_file, focused_canvas, key

from studio.gui.qt import QtCore

Qt = QtCore.Qt


def test_tab_add_delete_undo_leaves_no_ghost(make_window: Any, demo_copy: Path, qtbot: Any,
                                             tmp_path: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    viewer = focused_canvas(win, qtbot)
    assert_scene_model_file(win, tmp_path)
    key(qtbot, viewer, Qt.Key.Key_Tab)
    qtbot.waitUntil(win.search.isVisible, timeout=2000)
    qtbot.keyClicks(win.search.edit, "generate image")
    key(qtbot, win.search.edit, Qt.Key.Key_Return)
    assert "image" in win.doc.graph.nodes
    assert_scene_model_file(win, tmp_path)  # old code: the new node was drawn twice
    viewer.setFocus()
    key(qtbot, viewer, Qt.Key.Key_Delete)
    assert "image" not in win.doc.graph.nodes
    assert_scene_model_file(win, tmp_path)
    key(qtbot, viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "image" in win.doc.graph.nodes
    assert_scene_model_file(win, tmp_path)


def test_palette_add_then_keyboard_undo_redo(make_window: Any, demo_copy: Path, qtbot: Any,
                                             tmp_path: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    viewer = focused_canvas(win, qtbot)
    win.palette_panel.add_requested.emit("gen.image")
    assert_scene_model_file(win, tmp_path)
    viewer.setFocus()
    key(qtbot, viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "image" not in win.doc.graph.nodes  # old code: ambiguous Ctrl+Z did nothing
    assert_scene_model_file(win, tmp_path)
    key(qtbot, viewer, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "image" in win.doc.graph.nodes
    assert_scene_model_file(win, tmp_path)


def _right_click(win: Any, qtbot: Any, scene_xy: tuple[float, float]) -> list[str]:
    """A real context-menu event on the canvas; the texts of the menu it opened."""
    from studio.gui.qt import QtGui, QtWidgets

    viewer = win.canvas.viewer
    local = viewer.mapFromScene(QtCore.QPointF(*scene_xy))
    event = QtGui.QContextMenuEvent(QtGui.QContextMenuEvent.Reason.Mouse, local,
                                    viewer.viewport().mapToGlobal(local))
    QtWidgets.QApplication.sendEvent(viewer.viewport(), event)
    menu = QtWidgets.QApplication.activePopupWidget() or getattr(win, "_menu", None)
    assert menu is not None, "no context menu opened"
    texts = [a.text() for a in menu.actions() if a.text()]
    menu.close()
    return texts


def test_no_second_history_in_menus(make_window: Any, demo_copy: Path, qtbot: Any) -> None:
    from studio.gui.qt import QtGui

    win = make_window()
    win.open_path(demo_copy)
    focused_canvas(win, qtbot)
    undo = QtGui.QKeySequence("Ctrl+Z")
    bound = [a for a in win.findChildren(QtGui.QAction)
             if any(s.matches(undo) == QtGui.QKeySequence.SequenceMatch.ExactMatch
                    for s in a.shortcuts())]
    assert bound == [win.a_undo]  # old code: NodeGraphQt's hidden menu bar bound it too
    texts = _right_click(win, qtbot, (-400.0, -400.0))
    assert not any("Undo" in t for t in texts), texts  # old code: "Undo clear selection"
    assert "Add node here…" in texts
    x, y = win.doc.graph.ui["cuts"]["pos"]
    texts = _right_click(win, qtbot, (x + 20, y + 20))
    for wanted in ("Duplicate", "Rename…", "Delete", "Run up to here", "Open result",
                   "Show file"):
        assert wanted in texts, texts
