"""Issue 14, bugs 3 and 7: badges and thumbnails follow the current cache key; list
outputs open in a gallery; audio shows as a waveform."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from trust_helpers import focused_canvas

from nodes.document import save
from nodes.graph import Graph, Link, Node
from nodes.registry import Registry, default_registry
from nodes.spec import NodeSpec, PortSpec
from nodes.types import TEXT, parse_type
from studio.gui.qt import QtCore


def _pic_graph(path: Path, seed: int) -> Path:
    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "a red lighthouse"})
    g.nodes["pic"] = Node("pic", "gen.image", params={
        "model": "local:procedural", "seed": seed, "width": 96, "height": 54})
    g.links.append(Link("idea", "text", "pic", "prompt"))
    g.ui = {"idea": {"pos": [0, 0]}, "pic": {"pos": [300, 0]}}
    save(g, path)
    return path


def _settled(win: Any) -> bool:
    """No thumbnail, probe or timeline work in flight, none about to start."""
    timers = win.run.findChildren(QtCore.QTimer)
    return not win.run.tasks and not any(t.isActive() and t.isSingleShot() for t in timers)


def _run(win: Any, qtbot: Any) -> Any:
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=60000)
    return task.result()


def test_another_version_of_the_file_is_not_shown_as_cached(make_window: Any, qtbot: Any,
                                                            tmp_path: Path) -> None:
    path = _pic_graph(tmp_path / "g.mvgraph", seed=1)
    win = make_window()
    win.open_path(path)
    assert _run(win, qtbot).status == "succeeded"
    _pic_graph(path, seed=99)  # the file now holds a never-run version
    again = make_window()
    again.open_path(path)
    qtbot.waitUntil(lambda: _settled(again), timeout=10000)
    assert again.canvas.badges["idea"].state == "cached"  # its key did not change
    assert again.canvas.badges["pic"].state == ""  # old code: "cached" from the run store
    assert "pic" not in again.canvas.thumbs  # old code: seed 1's picture
    assert "1 of 2 nodes cached" in again.run.l_nodes.text()


def test_edit_makes_stale_undo_makes_cached_rerun_moves_the_preview(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    win = make_window()
    win.open_path(_pic_graph(tmp_path / "g.mvgraph", seed=1))
    assert _run(win, qtbot).status == "succeeded"
    qtbot.waitUntil(lambda: "pic" in win.canvas.thumbs, timeout=10000)
    win.run.open_in_preview("pic")
    qtbot.waitUntil(lambda: win.preview.current is not None, timeout=10000)
    first = win.preview.current.key
    from nodes.commands import SetParam

    win.push(SetParam("pic", "seed", 2))
    assert win.canvas.badges["pic"].state == "stale"  # old code: still "done"
    assert win.canvas.thumbs["pic"].opacity() < 1.0
    qtbot.wait(300)  # the probe starts a moment after the last edit
    qtbot.waitUntil(lambda: _settled(win), timeout=10000)
    assert win.canvas.badges["pic"].state == "stale"
    assert win.canvas.badges["idea"].state == "cached"
    viewer = focused_canvas(win, qtbot)
    qtbot.keyClick(viewer, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert win.doc.graph.nodes["pic"].params["seed"] == 1, win.doc.stack.undoText()
    qtbot.waitUntil(lambda: win.canvas.badges["pic"].state == "cached", timeout=10000)
    assert win.canvas.thumbs["pic"].opacity() == 1.0
    win.push(SetParam("pic", "seed", 3))
    assert _run(win, qtbot).status == "succeeded"
    qtbot.waitUntil(lambda: win.preview.current is not None
                    and win.preview.current.key != first, timeout=10000)  # old: kept seed 1


def test_budget_stop_leaves_nothing_queued(make_window: Any, qtbot: Any, fake: Any,
                                           tmp_path: Path) -> None:
    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "a red lighthouse"})
    for i in range(4):
        g.nodes[f"pic{i}"] = Node(f"pic{i}", "gen.image", params={
            "model": "fal:fal-ai/flux/schnell", "seed": i, "width": 256, "height": 144})
        g.links.append(Link("idea", "text", f"pic{i}", "prompt"))
    save(g, tmp_path / "paid.mvgraph")
    win = make_window()
    win.open_path(tmp_path / "paid.mvgraph")
    win.budget.setValue(0.004)  # room for one job of $0.003
    result = _run(win, qtbot)
    assert result.status != "succeeded"
    states = {nid: b.state for nid, b in win.canvas.badges.items()}
    assert not {"queued", "running"} & set(states.values()), states


def test_failed_run_leaves_nothing_queued_and_skips_below(make_window: Any, qtbot: Any,
                                                         tmp_path: Path) -> None:
    g = Graph()
    g.nodes["song"] = Node("song", "input.audio", params={"path": "missing.wav"})
    g.nodes["beats"] = Node("beats", "audio.analyze")
    g.nodes["cuts"] = Node("cuts", "audio.cut_plan")
    g.links += [Link("song", "audio", "beats", "audio"), Link("beats", "beats", "cuts", "beats")]
    save(g, tmp_path / "bad.mvgraph")
    win = make_window()
    win.open_path(tmp_path / "bad.mvgraph")
    result = _run(win, qtbot)
    assert result.status == "failed"
    states = {nid: b.state for nid, b in win.canvas.badges.items()}
    assert states == {"song": "failed", "beats": "skipped", "cuts": "skipped"}, states


def _list_registry() -> Registry:
    registry = default_registry()

    async def many(ctx: Any, text: str = "") -> dict[str, Any]:
        return {"texts": [f"{text} #{i}" for i in range(5)]}

    registry.register(NodeSpec("test.many", "Many", "text", many,
                               inputs=(PortSpec("text", TEXT),),
                               outputs=(PortSpec("texts", parse_type("List[Text]")),)))
    return registry


def test_list_output_opens_in_a_gallery(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "a kite"})
    g.nodes["many"] = Node("many", "test.many")
    g.nodes["pics"] = Node("pics", "gen.image", params={
        "model": "local:procedural", "seed": 4, "width": 96, "height": 54})
    g.links += [Link("idea", "text", "many", "text"), Link("many", "texts", "pics", "prompt")]
    save(g, tmp_path / "list.mvgraph")
    win = make_window(_list_registry())
    win.open_path(tmp_path / "list.mvgraph")
    assert _run(win, qtbot).status == "succeeded"
    win.run.open_in_preview("pics")
    gallery = win.preview.gallery  # old code: only the first of the five images
    qtbot.waitUntil(lambda: win.preview.current is not None, timeout=10000)
    assert gallery.isVisibleTo(win.preview) and gallery.grid.count() == 5
    assert gallery.count.text().startswith("1 of 5")
    gallery.select(2)
    qtbot.waitUntil(lambda: "[3 of 5]" in win.preview.title.text(), timeout=5000)
    assert win.preview.current.key == win.run.artifacts["pics"][2]


def test_audio_artifact_shows_its_waveform(make_window: Any, qtbot: Any, tmp_path: Path,
                                          demo_copy: Path) -> None:
    g = Graph()
    g.nodes["song"] = Node("song", "input.audio", params={"path": "song.flac"})
    shutil.copy(demo_copy.parent / "song.flac", tmp_path / "song.flac")
    save(g, tmp_path / "song.mvgraph")
    win = make_window()
    win.open_path(tmp_path / "song.mvgraph")
    assert _run(win, qtbot).status == "succeeded"
    win.run.open_in_preview("song")  # old code: audio was never previewed
    qtbot.waitUntil(lambda: bool(win.preview.wave.peaks), timeout=20000)
    assert win.preview.stack.currentWidget() is win.preview.wave
    assert win.preview.wave.duration_s > 1.0


def test_an_edit_during_a_run_is_not_hidden_by_the_runs_done_badges(
        make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from nodes.commands import SetParam

    win = make_window()
    win.open_path(_pic_graph(tmp_path / "g.mvgraph", seed=1))
    task = win.run.start(None)
    assert win.run.controller.running
    win.push(SetParam("pic", "seed", 5))  # while the run works on its seed-1 snapshot
    qtbot.waitUntil(task.done, timeout=60000)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: _settled(win), timeout=10000)
    assert win.canvas.badges["pic"].state == "stale"  # not "done": seed 5 never ran
    assert win.canvas.badges["idea"].state in ("done", "cached")
