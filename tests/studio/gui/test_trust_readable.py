"""Issue 14, bugs 4, 5 and 8: auto-layout, readable canvas, menus, search, drop a graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trust_helpers import assert_scene_model_file, focused_canvas, key

from nodes.document import save
from nodes.graph import Graph, Link, Node
from studio.gui.qt import QtCore, QtGui, QtWidgets

Qt = QtCore.Qt


def _script_graph(folder: Path, n: int = 12) -> Path:
    """A graph as a script writes it: no ``ui`` block at all."""
    g = Graph()
    g.nodes["t0"] = Node("t0", "input.text", params={"text": "x"})
    for i in range(1, n):
        g.nodes[f"t{i}"] = Node(f"t{i}", "text.template", params={"template": "{text}!"})
        g.links.append(Link(f"t{(i - 1) // 2}", "text", f"t{i}", "text"))  # a binary tree
    path = folder / "script.mvgraph"
    save(g, path)
    data = json.loads(path.read_text())
    del data["ui"]
    path.write_text(json.dumps(data))
    return path


def test_graph_without_ui_is_laid_out_in_layers_and_arrange_undoes(
        make_window: Any, tmp_path: Path, qtbot: Any) -> None:
    win = make_window()
    win.open_path(_script_graph(tmp_path))
    pos = {nid: tuple(v["pos"]) for nid, v in win.doc.graph.ui.items()}
    assert len(set(pos.values())) == len(win.doc.graph.nodes)  # old code: one pile
    for lk in win.doc.graph.links:  # every link runs left to right
        assert pos[lk.src_node][0] < pos[lk.dst_node][0]
    rects = [win.canvas.views[n].view.sceneBoundingRect() for n in win.doc.graph.nodes]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    viewer = focused_canvas(win, qtbot)
    win.canvas.views["t5"].set_pos(2000.0, 2000.0)
    win.canvas.user_moved([win.canvas.views["t5"].id])
    key(qtbot, viewer, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Arrange
    assert win.doc.graph.ui["t5"]["pos"] == list(pos["t5"])
    assert win.doc.stack.undoText() == "Arrange"
    key(qtbot, viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.doc.graph.ui["t5"]["pos"] == [2000.0, 2000.0]
    assert_scene_model_file(win, tmp_path)


def test_node_text_is_readable_and_framing_keeps_it_so(make_window: Any, demo_copy: Path,
                                                       qtbot: Any) -> None:
    win = make_window()
    win.open_path(demo_copy)
    win.resize(1920, 1080)
    focused_canvas(win, qtbot)
    win.canvas.frame_all()
    scale = win.canvas.viewer.transform().m11()
    dpi = max(1.0, QtGui.QGuiApplication.primaryScreen().logicalDotsPerInch() / 96.0)
    item = win.canvas.views["cuts"].view
    texts = [item.text_item, *item._input_items.values(), *item._output_items.values()]
    for text in texts:  # on-screen pixel height of every title and port label
        px = QtGui.QFontMetricsF(text.font()).height() * scale
        assert px >= 11 * dpi, (text.toPlainText(), px)
    badge = win.canvas.badges["cuts"]
    assert QtGui.QFontMetricsF(badge._font).height() * scale >= 11 * dpi


def test_long_badge_text_is_elided_with_the_full_text_in_its_tooltip(
        make_window: Any, demo_copy: Path) -> None:
    win = make_window()
    win.open_path(demo_copy)
    badge = win.canvas.badges["clips"]
    long = "frame 25 of 66, encoding shot 3 of 9 with the veryfast preset at 1280x720"
    badge.set_state("running", long, long, 0.21)
    shown = badge.shown_text()
    assert shown.endswith("…") and len(shown) < len(badge.label())
    assert long in badge.toolTip() and "running 21%" in badge.toolTip()


def test_view_menu_brings_back_a_closed_panel_and_resets(make_window: Any, demo_copy: Path,
                                                        qtbot: Any) -> None:
    win = make_window()
    win.open_path(demo_copy)
    focused_canvas(win, qtbot)
    view = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    props = next(a for a in view.actions() if a.text() == "Properties")
    win.d_props.close()
    assert not win.d_props.isVisible()
    props.trigger()
    assert win.d_props.isVisible()
    win.d_timeline.close()
    win.d_log.setFloating(True)
    next(a for a in view.actions() if a.text() == "Reset panel layout").trigger()
    assert win.d_timeline.isVisible() and not win.d_log.isFloating()
    before = win.canvas.viewer.transform().m11()
    next(a for a in view.actions() if a.text() == "Zoom in").trigger()
    assert win.canvas.viewer.transform().m11() > before
    helps = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    assert "Keyboard shortcuts" in [a.text() for a in helps.actions()]


def test_search_finds_by_synonym_param_and_description(make_window: Any) -> None:
    win = make_window()
    found = {}
    for word in ("crossfade", "voice", "narration", "seed", "bpm", "generator", "lyrics"):
        win.search._filter(word)
        found[word] = [win.search.list.item(i).data(Qt.ItemDataRole.UserRole + 1)
                       for i in range(win.search.list.count())]
    assert "comp.montage" in found["crossfade"]  # old code: nothing
    assert found["voice"][0] == "gen.speech" and found["narration"][0] == "gen.speech"
    assert "gen.image" in found["seed"] and "audio.analyze" in found["bpm"]
    assert found["generator"] and "input.lyrics" in found["lyrics"]
    win.palette_panel.filter.setText("crossfade")
    assert win.palette_panel.tree.topLevelItemCount() >= 1


def test_save_as_starts_in_the_graphs_folder(make_window: Any, demo_copy: Path,
                                             monkeypatch: Any) -> None:
    win = make_window()
    win.open_path(demo_copy)
    seen: list[str] = []

    def fake_dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        seen.append(start)
        return "", ""
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", fake_dialog)
    win.a_save_as.trigger()
    assert Path(seen[0]).parent == demo_copy.parent.resolve()


def test_dropped_graph_opens_and_unknown_files_are_refused(make_window: Any, demo_copy: Path,
                                                           tmp_path: Path) -> None:
    win = make_window()
    other = _script_graph(tmp_path)
    win.files_dropped([str(other)], (0.0, 0.0))
    assert win.doc.path == other.resolve()  # old code: "Not a media file"
    assert set(win.doc.graph.nodes) == {f"t{i}" for i in range(12)}
    junk = tmp_path / "notes.xyz"
    junk.write_text("?")
    before = win.doc.stack.count()
    win.files_dropped([str(junk)], (0.0, 0.0))
    assert "notes.xyz" in win.statusBar().currentMessage()
    assert win.doc.stack.count() == before and win.doc.path == other.resolve()


def _tiny_mp4(path: Path) -> Path:
    import av
    import numpy as np

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 36, "yuv420p"
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.full((36, 64, 3), 40 * i, np.uint8),
                                               format="rgb24")
            frame.pts = i
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def test_a_dropped_render_opens_its_embedded_graph_and_other_videos_become_inputs(
        make_window: Any, tmp_path: Path) -> None:
    from render.metadata import finish_mp4

    script = _script_graph(tmp_path)
    render = tmp_path / "render.mp4"
    finish_mp4(_tiny_mp4(tmp_path / "raw.mp4"), render, graph_json=script.read_text(),
               run_id="r1", poster=False)
    win = make_window()
    win.files_dropped([str(render)], (0.0, 0.0))
    assert win.doc.path == render.with_suffix(".mvgraph").resolve()  # old code: an input node
    assert set(win.doc.graph.nodes) == {f"t{i}" for i in range(12)}
    footage = _tiny_mp4(tmp_path / "footage.mp4")  # no embedded graph: footage for the graph
    win.files_dropped([str(footage)], (0.0, 0.0))
    assert win.doc.path == render.with_suffix(".mvgraph").resolve()
    added = [n for n in win.doc.graph.nodes.values() if n.type_id == "input.video"]
    assert len(added) == 1 and added[0].params["path"] == "footage.mp4"
