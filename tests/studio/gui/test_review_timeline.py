"""Review panel approve/reject resumes a waiting run; timeline cut edits are undoable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.gui.timeline_view import TimelineData


def _review_graph(folder: Path) -> Path:
    from PIL import Image

    from nodes.document import save
    from nodes.graph import Graph, Link, Node

    Image.new("RGB", (64, 36), (200, 40, 40)).save(folder / "still.png")
    graph = Graph()
    graph.nodes["still"] = Node("still", "input.image", params={"path": "still.png"})
    for gate in ("keep", "drop"):
        graph.nodes[gate] = Node(gate, "gate.review", params={"auto_approve": False})
        graph.links.append(Link("still", "image", gate, "media"))
    save(graph, folder / "review.mvgraph")
    return folder / "review.mvgraph"


@pytest.mark.parametrize("mode", ["process", "inline"])
def test_review_approve_and_reject_resume_the_waiting_run(make_window: Any, qtbot: Any,
                                                          tmp_path: Path, mode: str) -> None:
    win = make_window()
    assert win.run.use_engine(mode) == mode
    win.open_path(_review_graph(tmp_path))
    task = win.run.start(None)
    qtbot.waitUntil(lambda: win.review.list.count() == 2, timeout=20000)
    assert win.canvas.badges["keep"].state == "review"
    assert not task.done()  # the run waits for the human instead of stopping
    assert win.review.media.pixmap() is not None and not win.review.media.pixmap().isNull()
    rows = {win.review.list.item(i).text().split()[0]: i for i in range(2)}
    win.review.list.setCurrentRow(rows["keep"])
    win.review.note.setText("lovely")
    qtbot.mouseClick(win.review.approve, _left())
    win.review.list.setCurrentRow(0)
    win.review.note.setText("off-brand")
    qtbot.mouseClick(win.review.reject, _left())
    qtbot.waitUntil(task.done, timeout=20000)
    result = task.result()
    assert result.nodes["keep"].status == "succeeded"
    assert result.nodes["drop"].status == "failed" and result.status != "succeeded"
    from nodes.review import ReviewStore

    decided = {i.node_id: (i.status, i.note) for i in ReviewStore(win.ws.runs).items()}
    assert decided == {"keep": ("approved", "lovely"), "drop": ("rejected", "off-brand")}
    assert win.review.list.count() == 0


def _left() -> Any:
    from studio.gui.qt import QtCore

    return QtCore.Qt.MouseButton.LeftButton


def _data() -> TimelineData:
    return TimelineData(node_id="cuts", duration_s=10.0, peaks=[0.5] * 100,
                        beats_s=[0.5 * i for i in range(20)], downbeats_s=[2.0 * i for i in
                                                                           range(5)],
                        sections=[(0.0, 4.0, "intro"), (4.0, 10.0, "chorus")],
                        cuts_s=[0.0, 2.0, 4.0, 6.0, 8.0])


def test_timeline_override_math() -> None:
    d = _data()
    assert d.moved(4.0, 4.5) == {"add_cuts_s": [4.5], "remove_cuts_s": [4.0]}
    assert d.added(3.0) == {"add_cuts_s": [3.0]}
    assert d.removed(6.0) == {"remove_cuts_s": [6.0]}
    d.add_cuts_s = [3.0]
    assert d.removed(3.0) == {"add_cuts_s": []}
    assert d.moved(3.0, 3.5) == {"add_cuts_s": [3.5], "remove_cuts_s": []}


def test_timeline_drag_writes_undoable_override(make_window: Any, qtbot: Any,
                                                demo_copy: Path) -> None:
    from studio.gui.qt import QtCore

    win = make_window()
    win.open_path(demo_copy)
    win.show()
    canvas = win.timeline.canvas
    win.timeline.set_data(_data())
    canvas.resize(1008, 150)
    x4, x5 = canvas._x(4.0), canvas._x(5.0)
    qtbot.mousePress(canvas, _left(), pos=QtCore.QPoint(int(x4), 80))
    qtbot.mouseMove(canvas, QtCore.QPoint(int(x5), 80))
    qtbot.mouseRelease(canvas, _left(), pos=QtCore.QPoint(int(x5), 80))
    params = win.doc.graph.nodes["cuts"].params
    assert params["remove_cuts_s"] == [4.0]
    assert abs(params["add_cuts_s"][0] - 5.0) < 0.05
    win.doc.stack.undo()
    assert params["remove_cuts_s"] == [] and params["add_cuts_s"] == []
    with qtbot.waitSignal(win.timeline.seek) as sig:
        qtbot.mouseClick(canvas, _left(), pos=QtCore.QPoint(int(canvas._x(7.0)), 80))
    assert abs(sig.args[0] - 7.0) < 0.05
