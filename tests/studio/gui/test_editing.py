"""Open the demo graph; add, connect, delete and undo each; refused links say why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nodes.graph import Link


def test_demo_graph_opens_with_our_ids(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    assert win.open_path(demo_copy)
    graph = win.doc.graph
    assert set(win.canvas.views) == set(graph.nodes)
    drawn = {lk for lk in graph.links
             if win.canvas.views[lk.dst_node].inputs()[lk.dst_port].connected_ports()}
    assert drawn == set(graph.links)
    assert win.windowTitle().startswith("demo.mvgraph")
    assert not win.isWindowModified()


def test_add_then_undo_and_redo(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    before = set(win.doc.graph.nodes)
    nid = win.add_node("gen.image", (100.0, 400.0))
    assert nid == "image" and nid in win.doc.graph.nodes and nid in win.canvas.views
    assert win.doc.dirty
    win.doc.stack.undo()
    assert set(win.doc.graph.nodes) == before and nid not in win.canvas.views
    win.doc.stack.redo()
    assert nid in win.canvas.views and win.doc.graph.ui[nid]["pos"] == [100.0, 400.0]


def _ports(win: Any, lk: Link) -> tuple[Any, Any]:
    out = win.canvas.views[lk.src_node].outputs()[lk.src_port].view
    inp = win.canvas.views[lk.dst_node].inputs()[lk.dst_port].view
    return out, inp


def test_connect_gesture_goes_through_commands_and_undoes(make_window: Any,
                                                          demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    nid = win.add_node("gen.image", (100.0, 400.0))
    lk = Link("theme", "text", nid, "prompt")
    win.canvas.user_rewired([], [_ports(win, lk)])  # what a drag in the view emits
    assert lk in win.doc.graph.links
    assert win.canvas.views[nid].inputs()["prompt"].connected_ports()
    win.doc.stack.undo()
    assert lk not in win.doc.graph.links
    assert not win.canvas.views[nid].inputs()["prompt"].connected_ports()


def test_refused_link_shows_reason_and_leaves_no_pipe(make_window: Any, demo_copy: Path,
                                                     qtbot: Any) -> None:
    win = make_window()
    win.open_path(demo_copy)
    bad = Link("theme", "text", "render", "timeline")
    depth = win.doc.stack.count()
    with qtbot.waitSignal(win.canvas.link_refused) as sig:
        win.canvas.user_rewired([], [_ports(win, bad)])
    assert "Text cannot feed Timeline" in sig.args[0]
    assert "Text cannot feed Timeline" in win.statusBar().currentMessage()
    assert "Text cannot feed Timeline" in win.log.toPlainText()
    assert bad not in win.doc.graph.links and win.doc.stack.count() == depth
    port = win.canvas.views["render"].inputs()["timeline"]
    linked = [lk.src_node for lk in win.doc.graph.links
              if (lk.dst_node, lk.dst_port) == ("render", "timeline")]
    assert [p.node().name() for p in port.connected_ports()] == linked != []


def test_delete_with_links_and_undo(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    links = set(win.doc.graph.links)
    win.canvas.select(["cuts"])
    win.delete_selected()
    assert "cuts" not in win.doc.graph.nodes and "cuts" not in win.canvas.views
    assert all("cuts" not in (lk.src_node, lk.dst_node) for lk in win.doc.graph.links)
    win.doc.stack.undo()
    assert set(win.doc.graph.links) == links and "cuts" in win.canvas.views
    assert win.canvas.views["montage"].inputs()["plan"].connected_ports()


def test_move_rename_copy_paste_duplicate(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    view = win.canvas.views["theme"]
    view.set_pos(10.0, 500.0)
    win.canvas.user_moved([view.id])
    assert win.doc.graph.ui["theme"]["pos"] == [10.0, 500.0]
    win.canvas.user_renamed(view.id, "idea")
    assert "idea" in win.doc.graph.nodes and Link("idea", "text", "scenes", "theme") in \
        win.doc.graph.links
    assert win.canvas.views["idea"] is view
    win.canvas.select(["images", "clips"])
    win.duplicate()
    new = set(win.doc.graph.nodes) - {"images", "clips"} - set(win.canvas.views) ^ set()
    assert {"images_2", "clips_2"} <= set(win.doc.graph.nodes)
    assert Link("images_2", "image", "clips_2", "image") in win.doc.graph.links
    assert not new
    win.doc.stack.undo()
    assert "images_2" not in win.doc.graph.nodes
    for _ in range(2):
        win.doc.stack.undo()
    assert "theme" in win.doc.graph.nodes and win.doc.graph.ui["theme"]["pos"] == [0, 220]


def test_drop_files_creates_matching_input_nodes(make_window: Any, demo_copy: Path,
                                                 tmp_path: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    files = [tmp_path / "proj" / "a.wav", tmp_path / "proj" / "b.png", tmp_path / "c.txt"]
    before = set(win.doc.graph.nodes)
    win.files_dropped([str(f) for f in files], (0.0, 600.0))
    added = {n.type_id: n for n in win.doc.graph.nodes.values()
             if n.id not in before and n.type_id.startswith("input.")}
    assert set(added) == {"input.audio", "input.image"}
    assert added["input.audio"].params["path"] == "a.wav"  # relative to the graph file
    assert "c.txt" in win.statusBar().currentMessage()
    win.doc.stack.undo()
    assert not any(n.type_id == "input.image" for n in win.doc.graph.nodes.values())


def test_properties_panel_edits_are_undoable(make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    win.canvas.select(["cuts"])
    editors = win.props.editors
    assert {"every", "unit", "min_shot_s", "add_cuts_s"} <= set(editors)
    old = win.doc.graph.nodes["cuts"].params["min_shot_s"]
    editors["min_shot_s"].write(2.5)
    editors["min_shot_s"].commit()
    assert win.doc.graph.nodes["cuts"].params["min_shot_s"] == 2.5 != old
    win.doc.stack.undo()
    assert win.doc.graph.nodes["cuts"].params["min_shot_s"] == old
    assert editors["min_shot_s"].read() == old  # the panel follows the model


def test_model_picker_shows_provider_and_price(make_window: Any, demo_copy: Path) -> None:
    from studio.gui.properties import model_choices

    win = make_window()
    win.open_path(demo_copy)
    win.canvas.select(["images"])
    refs = dict(model_choices("image"))
    assert "fal:fal-ai/flux/schnell" in refs and "$0.003/megapixel" in refs[
        "fal:fal-ai/flux/schnell"]
    assert all(not r.startswith("elevenlabs:") for r in refs)
    from studio.gui.qt import QtWidgets

    labels = win.props.editors["model"].widget.findChildren(QtWidgets.QLabel)
    assert any("local · free · takes prompt" in lb.text() for lb in labels)


def test_tab_search_and_palette_add_nodes(make_window: Any, demo_copy: Path,
                                          qtbot: Any) -> None:
    from studio.gui.qt import QtCore

    win = make_window()
    win.open_path(demo_copy)
    win.show_search()
    qtbot.keyClicks(win.search.edit, "ken burns")
    assert win.search.list.count() == 1
    qtbot.keyClick(win.search.edit, QtCore.Qt.Key.Key_Return)
    assert "kenburns" in win.doc.graph.nodes
    before = set(win.doc.graph.nodes)
    win.palette_panel.add_requested.emit("input.lyrics")
    [new] = set(win.doc.graph.nodes) - before
    assert win.doc.graph.nodes[new].type_id == "input.lyrics"
    assert win.canvas.selected_ids() == [new]


def test_big_graph_paints_first_then_fills_in(make_window: Any, qtbot: Any,
                                              tmp_path: Path) -> None:
    from nodes.document import save
    from nodes.graph import Graph, Node

    graph = Graph()
    graph.nodes["n0"] = Node("n0", "input.text", params={"text": "x"})
    for i in range(1, 150):
        graph.nodes[f"n{i}"] = Node(f"n{i}", "text.template", params={"template": "{text}"})
        graph.links.append(Link(f"n{i - 1}", "text", f"n{i}", "text"))
    save(graph, tmp_path / "big.mvgraph")
    win = make_window()
    win.open_path(tmp_path / "big.mvgraph")
    assert win.canvas.building and 0 < len(win.canvas.views) < 150
    qtbot.waitUntil(lambda: not win.canvas.building, timeout=30000)
    assert set(win.canvas.views) == set(win.doc.graph.nodes)
    port = win.canvas.views["n149"].inputs()["text"]
    assert [p.node().name() for p in port.connected_ports()] == ["n148"]


def test_edit_while_big_graph_is_drawing(make_window: Any, tmp_path: Path) -> None:
    from nodes.document import save
    from nodes.graph import Graph, Node

    graph = Graph()
    for i in range(120):
        graph.nodes[f"n{i}"] = Node(f"n{i}", "input.text", params={"text": "x"})
    save(graph, tmp_path / "big.mvgraph")
    win = make_window()
    win.open_path(tmp_path / "big.mvgraph")
    assert win.canvas.building
    win.add_node("text.template", (0.0, -200.0))
    assert not win.canvas.building and len(win.canvas.views) == 121


def test_paid_nodes_show_their_price_and_follow_the_model(make_window: Any,
                                                          demo_copy: Path) -> None:
    from nodes.commands import SetParam

    win = make_window()
    win.open_path(demo_copy)
    badge = win.canvas.badges["images"]
    assert badge.estimated and badge.cost_usd == 0.0  # local:procedural is free
    win.push(SetParam("images", "model", "fal:fal-ai/flux/dev"))
    assert badge.estimated and abs(badge.cost_usd - 0.025) < 1e-9
    win.doc.stack.undo()
    assert badge.cost_usd == 0.0
    assert win.canvas.badges["song"].cost_usd is None  # free node types show no price


def _drop(win: Any, mime: Any, view_pos: tuple[int, int]) -> None:
    """A real drop event delivered to the canvas, as at the end of a drag."""
    from studio.gui.qt import QtCore, QtGui

    event = QtGui.QDropEvent(QtCore.QPointF(*view_pos), QtCore.Qt.DropAction.CopyAction, mime,
                             QtCore.Qt.MouseButton.LeftButton,
                             QtCore.Qt.KeyboardModifier.NoModifier)
    win.canvas.viewer.dropEvent(event)


def test_drag_from_palette_and_files_onto_the_canvas(make_window: Any, demo_copy: Path,
                                                     tmp_path: Path) -> None:
    from studio.gui.palette import TYPE_ROLE
    from studio.gui.qt import QtCore

    win = make_window()
    win.open_path(demo_copy)
    tree = win.palette_panel.tree
    items = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    item = next(it for it in items if it.data(0, TYPE_ROLE) == "comp.montage")
    mime = tree.mimeData([item])  # what the tree hands to the drag
    before = set(win.doc.graph.nodes)
    _drop(win, mime, (300, 200))
    added = [n for nid, n in win.doc.graph.nodes.items() if nid not in before]
    assert [n.type_id for n in added] == ["comp.montage"]
    expected = win.canvas.viewer.mapToScene(QtCore.QPoint(300, 200))
    pos = win.doc.graph.ui[added[0].id]["pos"]
    assert abs(pos[0] - expected.x()) <= 1 and abs(pos[1] - expected.y()) <= 1
    assert win.canvas.selected_ids() == [added[0].id]
    win.doc.stack.undo()
    assert set(win.doc.graph.nodes) == before
    files = QtCore.QMimeData()
    files.setUrls([QtCore.QUrl.fromLocalFile(str(tmp_path / "proj" / "clip.mp4"))])
    _drop(win, files, (100, 100))
    assert any(n.type_id == "input.video" and n.params["path"] == "clip.mp4"
               for n in win.doc.graph.nodes.values())


def test_recent_menu_lists_newest_first_and_reopens(make_window: Any, demo_copy: Path,
                                                    tmp_path: Path) -> None:
    import shutil

    other = demo_copy.with_name("other.mvgraph")
    shutil.copy(demo_copy, other)
    win = make_window()
    win.open_path(demo_copy)
    win.open_path(other)
    win.recent_menu.aboutToShow.emit()
    actions = win.recent_menu.actions()
    assert [a.text() for a in actions[:2]] == [str(other.resolve()), str(demo_copy.resolve())]
    actions[1].trigger()
    assert win.doc.path.resolve() == demo_copy.resolve()
    win.recent_menu.aboutToShow.emit()
    assert win.recent_menu.actions()[0].text() == str(demo_copy.resolve())
    again = make_window()  # the list lives in the studio's home, across sessions
    again.recent_menu.aboutToShow.emit()
    assert again.recent_menu.actions()[0].text() == str(demo_copy.resolve())
