"""Bypass (issue #14): a bypassed node does not run; its outputs pass its inputs through."""

from __future__ import annotations

import pytest
from graphkit import make_graph

from nodes import document
from nodes.commands import SetBypass, UndoStack
from nodes.errors import CommandError
from nodes.validate import validate


def _chain(bypassed: str | None = None):
    g = make_graph({"src": ("t.text", {"value": "hello world"}), "mid": ("t.upper", {}),
                    "end": ("t.split", {})}, ["src.value->mid.text", "mid.text->end.text"])
    if bypassed:
        g.nodes[bypassed].bypassed = True
    return g


def test_bypassed_node_passes_its_input_through_and_is_not_run(engine):
    result = engine.run(_chain("mid"))
    assert result.status == "succeeded"
    assert "mid" not in engine.calls.by_node  # not run
    assert result.outputs["mid"] == {"text": "hello world"}  # not upper-cased
    assert result.outputs["end"] == {"items": ["hello", "world"]}  # downstream got it


def test_bypass_is_not_cached_and_downstream_keys_follow_the_value(engine):
    engine.run(_chain())
    engine.calls.by_node.clear()
    result = engine.run(_chain("mid"))
    # 'end' sees another value ("hello world", not "HELLO WORLD"): a new key, so it runs
    assert engine.calls.by_node == {"end": 1}
    assert result.outputs["end"] == {"items": ["hello", "world"]}
    engine.calls.by_node.clear()
    again = engine.run(_chain("mid"))
    assert engine.calls.by_node == {}  # the passed-through value gives the same key again
    assert again.nodes["end"].cache_hit and not again.nodes["mid"].cache_hit
    assert engine.run(_chain()).outputs["end"] == {"items": ["HELLO", "WORLD"]}


def test_single_value_wraps_into_a_list_output(engine):
    g = make_graph({"src": ("t.text", {"value": "a b"}), "sp": ("t.split", {}),
                    "j": ("t.join", {})}, ["src.value->sp.text", "sp.items->j.items"])
    g.nodes["sp"].bypassed = True
    result = engine.run(g)
    assert result.outputs["sp"] == {"items": ["a b"]}  # List[Text] from the one Text input
    assert result.outputs["j"] == {"text": "a b"}


def test_bypassed_node_maps_per_element(engine):
    g = make_graph({"src": ("t.text", {"value": "x y"}), "sp": ("t.split", {}),
                    "up": ("t.upper", {})}, ["src.value->sp.text", "sp.items->up.text"])
    g.nodes["up"].bypassed = True
    assert engine.run(g).outputs["up"] == {"text": ["x", "y"]}


def test_validate_refuses_output_without_compatible_input(engine):
    g = make_graph({"a": ("t.const", {"value": 1.0}), "sp": ("t.split", {}),
                    "src": ("t.text", {})}, ["src.value->sp.text"])
    g.nodes["a"].bypassed = True
    problems = validate(g, engine.registry)
    assert [(p.node_id, p.code) for p in problems] == [("a", "bad_bypass")]
    assert "output 'value' (Number) has no input of a compatible type" in problems[0].message
    g.nodes["a"].bypassed = False
    assert validate(g, engine.registry) == []


def test_validate_refuses_compatible_input_left_unlinked(engine):
    g = make_graph({"s": ("t.sleep", {"seconds": 0.0})}, [])  # optional Text input, Any out
    g.nodes["s"].bypassed = True
    problems = validate(g, engine.registry)
    assert [(p.node_id, p.code) for p in problems] == [("s", "bad_bypass")]
    assert "needs one of the inputs ['value'] linked" in problems[0].message


def test_document_round_trip_saves_bypassed_only_when_true(engine):
    g = _chain("mid")
    data = document.to_data(g)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["mid"]["bypassed"] is True
    assert "bypassed" not in by_id["src"] and "bypassed" not in by_id["end"]
    back = document.loads(document.dumps(g), engine.registry).graph
    assert {n.id: n.bypassed for n in back.nodes.values()} == {
        "src": False, "mid": True, "end": False}
    assert document.dumps(back) == document.dumps(g)


def test_set_bypass_undo_redo_and_refusal(engine):
    g = _chain()
    events: list[tuple[str, str | None]] = []
    g.subscribe(lambda ev: events.append((ev.what, ev.node_id)))
    stack = UndoStack(g)
    stack.push(SetBypass("mid", True, registry=engine.registry))
    assert g.nodes["mid"].bypassed and events == [("param_changed", "mid")]
    stack.undo()
    assert not g.nodes["mid"].bypassed
    stack.redo()
    assert g.nodes["mid"].bypassed
    with pytest.raises(CommandError, match="'src' cannot be bypassed: output 'value'"):
        stack.push(SetBypass("src", True, registry=engine.registry))
    assert not g.nodes["src"].bypassed


def test_dry_run_prices_through_a_bypassed_node(engine):
    g = make_graph({"p": ("t.paid", {"price": 0.25}), "mid": ("t.add", {}),
                    "end": ("t.add", {})}, ["p.value->mid.a", "mid.value->end.a"])
    g.nodes["mid"].bypassed = True
    result = engine.run(g, dry_run=True)
    assert result.status == "succeeded", result
    assert engine.calls.by_node == {}  # nothing paid, nothing run
    assert result.estimated_cost_usd == pytest.approx(0.25)
