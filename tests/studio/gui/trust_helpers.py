"""Shared checks for the trust tests: the scene equals the model equals the saved file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.gui.qt import QtCore, QtWidgets


def focused_canvas(win: Any, qtbot: Any) -> Any:
    """Show the window for real, give the canvas keyboard focus, return the viewer."""
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    viewer = win.canvas.viewer
    viewer.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is viewer, timeout=2000)
    return viewer


def scene_state(win: Any) -> tuple[list[str], set[Any]]:
    """What is really on screen: node titles (sorted, duplicates kept) and pipes, read
    from the QGraphicsScene itself (not from the canvas's own bookkeeping)."""
    from NodeGraphQt.qgraphics.node_base import NodeItem
    from NodeGraphQt.qgraphics.pipe import LivePipeItem, PipeItem

    from nodes.graph import Link

    names: list[str] = []
    pipes: set[Any] = set()
    for item in win.canvas.viewer.scene().items():
        if isinstance(item, NodeItem):
            names.append(str(item.name))
        elif isinstance(item, PipeItem) and not isinstance(item, LivePipeItem):
            out, inp = item.output_port, item.input_port
            if out is not None and inp is not None:
                pipes.add(Link(str(out.node.name), out.name, str(inp.node.name), inp.name))
    return sorted(names), pipes


def assert_scene_model_file(win: Any, tmp: Path) -> None:
    from nodes.document import load, save

    graph = win.doc.graph
    names, pipes = scene_state(win)
    assert names == sorted(graph.nodes), f"scene {names} != model {sorted(graph.nodes)}"
    assert pipes == set(graph.links)
    path = tmp / "check.mvgraph"
    save(graph, path)
    saved = load(path, win.registry).graph
    assert set(saved.nodes) == set(graph.nodes)
    assert set(saved.links) == set(graph.links)
    assert {n: saved.nodes[n].params for n in saved.nodes} == \
        {n: graph.nodes[n].params for n in graph.nodes}


def key(qtbot: Any, widget: Any, k: Any, mod: Any = None) -> None:
    modifier = mod if mod is not None else QtCore.Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, k, modifier)
