"""Validation names the node and param of every problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphkit import make_graph

from nodes.registry import default_registry
from nodes.validate import validate


@pytest.fixture(scope="module")
def registry():
    return default_registry()


def codes(problems):
    return sorted((p.code, p.node_id, p.param or p.port) for p in problems)


def test_valid_graph_has_no_problems(registry, tmp_path):
    song = tmp_path / "song.wav"
    song.write_bytes(b"RIFF")
    g = make_graph({"song": ("input.audio", {"path": "song.wav"}), "beats": ("audio.analyze", {})},
                   ["song.audio->beats.audio"])
    assert validate(g, registry, base_dir=tmp_path) == []


def test_each_kind_of_problem_is_reported(registry, tmp_path):
    g = make_graph({
        "song": ("input.audio", {"path": "missing.wav"}),
        "beats": ("audio.analyze", {}),
        "cuts": ("audio.cut_plan", {"every": 0, "unit": "minute", "bogus": 1}),
        "mystery": ("vendor.thing", {}),
        "render": ("out.render", {}),
        "text": ("input.text", {"text": "x"}),
    }, ["text.text->beats.audio"])
    found = codes(validate(g, registry, base_dir=tmp_path))
    assert ("bad_param", "song", "path") in found
    assert ("bad_param", "cuts", "every") in found
    assert ("bad_param", "cuts", "unit") in found
    assert ("unknown_param", "cuts", "bogus") in found
    assert ("unknown_type", "mystery", None) in found
    assert ("missing_input", "cuts", "beats") in found
    assert ("missing_input", "render", "timeline") in found
    assert ("type_mismatch", "beats", "audio") in found


def test_messages_name_node_and_param(registry, tmp_path):
    g = make_graph({"cuts": ("audio.cut_plan", {"min_shot_s": -3})}, [])
    lines = [str(p) for p in validate(g, registry, base_dir=tmp_path)]
    assert any("node 'cuts', param 'min_shot_s'" in line and "minimum" in line for line in lines)


def test_cycles_are_found(registry):
    g = make_graph({"a": ("text.template", {}), "b": ("text.template", {})},
                   ["a.text->b.text", "b.text->a.text"])
    problems = validate(g, registry, base_dir=Path("."))
    assert any(p.code == "cycle" and "a -> b -> a" in p.message or "b -> a -> b" in p.message
               for p in problems)


def test_list_mapping_types_flow_downstream(registry):
    from nodes.validate import output_types
    g = make_graph({"theme": ("input.text", {}), "song": ("input.audio", {"path": "x"}),
                    "beats": ("audio.analyze", {}), "scenes": ("text.scenes", {}),
                    "img": ("gen.image", {}), "clip": ("comp.kenburns", {})},
                   ["song.audio->beats.audio", "theme.text->scenes.theme",
                    "beats.beats->scenes.beats", "scenes.scenes->img.prompt",
                    "img.image->clip.image"])
    types = output_types(g, registry)
    assert str(types[("img", "image")]) == "List[Image]"
    assert str(types[("clip", "video")]) == "List[Video]"


def test_bad_model_refs_are_caught_at_load(registry, tmp_path):
    g = make_graph({"img": ("gen.image", {"model": "nowhere:some-model"}),
                    "vid": ("gen.video", {"model": ""})}, [])
    found = {(p.node_id, p.param): p.message for p in validate(g, registry, base_dir=tmp_path)}
    assert "nowhere" in found[("img", "model")]
    assert "required" in found[("vid", "model")]
