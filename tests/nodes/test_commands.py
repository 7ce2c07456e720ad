"""Undoable edit commands: do, undo, redo leave the graph exactly as before."""

from __future__ import annotations

import pytest
from graphkit import make_graph

from nodes import document
from nodes.commands import (
    AddNode,
    Connect,
    Disconnect,
    Macro,
    MoveNode,
    RemoveNode,
    RenameNode,
    SetParam,
    UndoStack,
)
from nodes.errors import CommandError, LinkRefused
from nodes.graph import Link, Node
from nodes.registry import default_registry


@pytest.fixture(scope="module")
def registry():
    return default_registry()


@pytest.fixture
def graph():
    return make_graph({"song": ("input.audio", {"path": "a.wav"}), "beats": ("audio.analyze", {}),
                       "cuts": ("audio.cut_plan", {})},
                      ["song.audio->beats.audio", "beats.beats->cuts.beats"])


def snapshot(graph):
    return document.dumps(graph)


def check_do_undo_redo(graph, command):
    stack = UndoStack(graph)
    before = snapshot(graph)
    stack.push(command)
    after = snapshot(graph)
    assert after != before
    assert stack.undo() and snapshot(graph) == before
    assert stack.redo() and snapshot(graph) == after


def test_add_node(graph):
    check_do_undo_redo(graph, AddNode(Node("theme", "input.text", params={"text": "x"}), (5, 6)))


def test_remove_node_restores_links_order_and_ui(graph):
    graph.ui["beats"] = {"pos": [1, 2]}
    check_do_undo_redo(graph, RemoveNode("beats"))


def test_connect_and_disconnect(graph, registry):
    graph.nodes["theme"] = Node("theme", "input.text")
    graph.nodes["scenes"] = Node("scenes", "text.scenes")
    check_do_undo_redo(graph, Connect(Link("theme", "text", "scenes", "theme"), registry))
    check_do_undo_redo(graph, Disconnect(Link("song", "audio", "beats", "audio")))


def test_connect_replaces_existing_link_and_undo_restores_it(graph, registry):
    graph.nodes["song2"] = Node("song2", "input.audio", params={"path": "b.wav"})
    check_do_undo_redo(graph, Connect(Link("song2", "audio", "beats", "audio"), registry))


@pytest.mark.parametrize(("link", "reason"), [
    (Link("song", "audio", "cuts", "beats"), "Audio cannot feed BeatMap"),
    (Link("cuts", "plan", "song", "nope"), "no input"),
    (Link("cuts", "plan", "cuts", "beats"), "cannot feed itself"),
])
def test_refused_links_say_why(graph, registry, link, reason):
    before = snapshot(graph)
    with pytest.raises(LinkRefused) as info:
        Connect(link, registry).do(graph)
    assert reason in info.value.reason
    assert snapshot(graph) == before


def test_cycle_is_refused(registry):
    g = make_graph({"a": ("text.template", {}), "b": ("text.template", {})}, ["a.text->b.text"])
    with pytest.raises(LinkRefused, match="cycle"):
        Connect(Link("b", "text", "a", "text"), registry).do(g)


def test_set_param_move_rename(graph):
    check_do_undo_redo(graph, SetParam("cuts", "every", 4))
    check_do_undo_redo(graph, MoveNode("cuts", (100.0, 50.0)))
    check_do_undo_redo(graph, RenameNode("beats", "analysis"))
    graph.nodes["x"] = Node("x", "input.text")
    with pytest.raises(CommandError):
        RenameNode("x", "song").do(graph)


def test_macro_is_one_step_and_rolls_back_on_failure(graph):
    before = snapshot(graph)
    bad = Macro([SetParam("cuts", "every", 2), RemoveNode("nope")])
    with pytest.raises(CommandError):
        bad.do(graph)
    assert snapshot(graph) == before
    check_do_undo_redo(graph, Macro([SetParam("cuts", "every", 2), MoveNode("song", (1, 1))]))


def test_listeners_hear_every_change(graph):
    seen = []
    graph.subscribe(lambda e: seen.append((e.what, e.node_id)))
    stack = UndoStack(graph)
    stack.push(SetParam("cuts", "every", 3))
    stack.undo()
    assert seen == [("param_changed", "cuts"), ("param_changed", "cuts")]
