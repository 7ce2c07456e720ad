"""Issue 14: "Bypass" in the node context menu; scene == model == saved file, one undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trust_helpers import assert_scene_model_file, focused_canvas, key

from studio.gui.qt import QtCore, QtGui, QtWidgets

Qt = QtCore.Qt


def _node_menu_action(win: Any, nid: str, prefix: str) -> Any:
    """Right-click the node for real; the action of the menu it opened named ``prefix``…"""
    viewer = win.canvas.viewer
    x, y = win.doc.graph.ui[nid]["pos"]
    local = viewer.mapFromScene(QtCore.QPointF(x + 20, y + 20))
    event = QtGui.QContextMenuEvent(QtGui.QContextMenuEvent.Reason.Mouse, local,
                                    viewer.viewport().mapToGlobal(local))
    QtWidgets.QApplication.sendEvent(viewer.viewport(), event)
    menu = QtWidgets.QApplication.activePopupWidget() or getattr(win, "_menu", None)
    assert menu is not None, "no context menu opened"
    found = [a for a in menu.actions() if a.text().startswith(prefix)]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def _bypass_everywhere(win: Any, tmp: Path) -> dict[str, tuple[bool, bool, bool]]:
    """Per node: (model, drawn dimmed, saved file) bypass state."""
    from nodes.document import load, save

    path = tmp / "bypass.mvgraph"
    save(win.doc.graph, path)
    saved = load(path, win.registry).graph
    return {nid: (node.bypassed, win.canvas.views[nid].view.opacity() < 1.0,
                  saved.nodes[nid].bypassed) for nid, node in win.doc.graph.nodes.items()}


def test_bypass_from_the_node_menu_with_undo(make_window: Any, demo_copy: Path, qtbot: Any,
                                             tmp_path: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    viewer = focused_canvas(win, qtbot)
    act = _node_menu_action(win, "vignette", "Bypass")  # fx.effect: Timeline in and out
    assert act.isCheckable() and not act.isChecked()
    act.trigger()
    win._menu.close()
    states = _bypass_everywhere(win, tmp_path)
    assert states["vignette"] == (True, True, True)
    assert all(s == (False, False, False) for n, s in states.items() if n != "vignette")
    assert_scene_model_file(win, tmp_path)
    again = _node_menu_action(win, "vignette", "Un-bypass")
    assert again.isChecked()
    win._menu.close()
    viewer.setFocus()
    key(qtbot, viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step
    assert _bypass_everywhere(win, tmp_path)["vignette"] == (False, False, False)
    key(qtbot, viewer, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _bypass_everywhere(win, tmp_path)["vignette"] == (True, True, True)
    assert_scene_model_file(win, tmp_path)


def test_bypass_refused_with_the_reason(make_window: Any, demo_copy: Path, qtbot: Any,
                                        tmp_path: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    focused_canvas(win, qtbot)
    act = _node_menu_action(win, "cuts", "Bypass")  # audio.cut_plan: BeatMap in, CutPlan out
    assert "output 'plan' (CutPlan) has no input of a compatible type" in act.toolTip()
    undo_count = win.doc.stack.count()
    act.trigger()
    win._menu.close()
    shown = win.statusBar().currentMessage()
    assert "'cuts' cannot be bypassed: output 'plan' (CutPlan)" in shown, shown
    assert _bypass_everywhere(win, tmp_path)["cuts"] == (False, False, False)
    assert win.doc.stack.count() == undo_count  # nothing pushed
    assert_scene_model_file(win, tmp_path)
