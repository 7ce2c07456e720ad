"""Issue 14: random edit sequences through the real widgets keep scene == model == file.

Each step is what a person does: palette add, Delete / Ctrl+C / Ctrl+V / Ctrl+D / Ctrl+G
/ Ctrl+Z / Ctrl+Shift+Z pressed on the focused canvas, and the (dis)connect gestures the
NodeGraphQt viewer emits at the end of a pipe drag. After every step the drawn nodes and
pipes equal the model, and the model equals what Save writes and Open reads back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trust_helpers import assert_scene_model_file, focused_canvas

from nodes.document import dumps, loads
from nodes.graph import Graph, Link, Node
from studio.gui.files import Document
from studio.gui.qt import QtCore, QtWidgets

Qt = QtCore.Qt
CTRL = Qt.KeyboardModifier.ControlModifier
TYPES = ["input.text", "text.template", "gen.image", "comp.kenburns"]

_idx = st.integers(min_value=0, max_value=50)
OPS = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(TYPES)),
    st.tuples(st.just("delete"), _idx),
    st.tuples(st.just("connect"), _idx, _idx, _idx, _idx),
    st.tuples(st.just("disconnect"), _idx),
    st.tuples(st.just("copy_paste"), _idx),
    st.tuples(st.just("duplicate"), _idx),
    st.tuples(st.just("group"), _idx, _idx),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
)


def _start_graph() -> Graph:
    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "a kite"})
    g.nodes["tpl"] = Node("tpl", "text.template", params={"template": "{text}, dusk"})
    g.nodes["pic"] = Node("pic", "gen.image", params={"model": "local:procedural"})
    g.links += [Link("idea", "text", "tpl", "text"), Link("tpl", "text", "pic", "prompt")]
    g.ui = {"idea": {"pos": [0, 0]}, "tpl": {"pos": [300, 0]}, "pic": {"pos": [600, 0]}}
    return g


def _pick(items: list[Any], i: int) -> Any:
    return items[i % len(items)] if items else None


def _step(win: Any, qtbot: Any, op: tuple[Any, ...]) -> None:
    viewer, canvas, graph = win.canvas.viewer, win.canvas, win.doc.graph
    ids = list(graph.nodes)
    kind = op[0]
    viewer.setFocus()
    if kind == "add":
        win.palette_panel.add_requested.emit(op[1])
    elif kind in ("delete", "copy_paste", "duplicate") and ids:
        canvas.select([_pick(ids, op[1])])
        if kind == "delete":
            qtbot.keyClick(viewer, Qt.Key.Key_Delete)
        elif kind == "duplicate":
            qtbot.keyClick(viewer, Qt.Key.Key_D, CTRL)
        else:
            qtbot.keyClick(viewer, Qt.Key.Key_C, CTRL)
            qtbot.keyClick(viewer, Qt.Key.Key_V, CTRL)
    elif kind == "group" and ids:
        canvas.select(sorted({_pick(ids, op[1]), _pick(ids, op[2])}))
        qtbot.keyClick(viewer, Qt.Key.Key_G, CTRL)
    elif kind == "connect" and ids:
        src, dst = canvas.views[_pick(ids, op[1])], canvas.views[_pick(ids, op[2])]
        outs, ins = list(src.outputs().values()), list(dst.inputs().values())
        if outs and ins:  # what the viewer emits when a pipe drag ends on a port
            viewer.connection_changed.emit([], [(_pick(outs, op[3]).view,
                                                 _pick(ins, op[4]).view)])
    elif kind == "disconnect" and graph.links:
        lk = _pick(list(graph.links), op[1])
        out = canvas.views[lk.src_node].outputs()[lk.src_port].view
        inp = canvas.views[lk.dst_node].inputs()[lk.dst_port].view
        viewer.connection_changed.emit([(out, inp)], [])
    elif kind == "undo":
        qtbot.keyClick(viewer, Qt.Key.Key_Z, CTRL)
    elif kind == "redo":
        qtbot.keyClick(viewer, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def test_random_edits_keep_scene_model_and_file_equal(make_window: Any, qtbot: Any,
                                                      tmp_path: Path) -> None:
    win = make_window()
    focused_canvas(win, qtbot)
    QtWidgets.QApplication.clipboard().clear()

    @settings(max_examples=15, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(st.lists(OPS, min_size=1, max_size=12))
    def run(ops: list[tuple[Any, ...]]) -> None:
        win.doc.stack.setClean()
        start = loads(dumps(_start_graph()), win.registry).graph  # as Open gives it
        win.set_document(Document(start, None, workspace_root=win.ws.root))
        for op in ops:
            _step(win, qtbot, op)
            assert_scene_model_file(win, tmp_path)
            groups = win.doc.graph.extra.get("backdrops", [])
            assert all(n in win.doc.graph.nodes for g in groups for n in g["nodes"])
            assert len(win.canvas._backdrops) == len(groups)  # drawn groups == model

    run()
