"""The .mvgraph format: round trips, placeholders, schema, atomic save, migration."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from graphkit import make_graph

from nodes import document
from nodes.errors import GraphFileError
from nodes.registry import default_registry

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "demo" / "demo.mvgraph"
SCHEMA = json.loads((ROOT / "docs" / "graph.schema.json").read_text())


@pytest.fixture(scope="module")
def registry():
    return default_registry()


def test_demo_graph_matches_schema_and_round_trips(registry):
    data = json.loads(DEMO.read_text())
    jsonschema.validate(data, SCHEMA)
    loaded = document.load(DEMO, registry)
    again = document.loads(document.dumps(loaded.graph), registry).graph
    assert document.dumps(again) == document.dumps(loaded.graph)
    jsonschema.validate(json.loads(document.dumps(again)), SCHEMA)
    assert list(again.nodes) == list(loaded.graph.nodes)
    assert again.nodes["song"].params["path"] == "song.flac"


def test_unknown_types_are_placeholders_that_save_back_unchanged(registry, tmp_path):
    raw = {"id": "future", "type": "vendor.hologram", "type_version": 7,
           "params": {"depth": [1, 2, {"x": None}], "ünïcode": "✓"}, "pinned": True,
           "extra_field": {"kept": 1}}
    data = {"format": "mvstudio.graph", "version": 1, "nodes": [raw], "links": [],
            "ui": {"future": {"pos": [1, 2]}}, "vendor_top_level": {"a": 1}}
    path = tmp_path / "g.mvgraph"
    path.write_text(json.dumps(data))
    loaded = document.load(path, registry)
    node = loaded.graph.nodes["future"]
    assert node.is_placeholder
    document.save(loaded.graph, path)
    saved = json.loads(path.read_text())
    assert saved["nodes"][0] == raw
    assert json.dumps(saved["nodes"][0], sort_keys=True) == json.dumps(raw, sort_keys=True)
    assert saved["vendor_top_level"] == {"a": 1}
    assert saved["ui"]["future"] == {"pos": [1, 2]}


@pytest.mark.parametrize(("text", "fragment"), [
    ("{not json", "not valid JSON"),
    ('{"format": "other", "version": 1}', "not an mvstudio graph"),
    ('{"format": "mvstudio.graph", "version": 99, "nodes": [], "links": []}', "newer"),
    ('{"format": "mvstudio.graph", "version": 1, "nodes": [{"type": "x"}], "links": []}',
     "nodes[0]"),
    ('{"format": "mvstudio.graph", "version": 1, "nodes": [], "links": [{"from": "a"}]}',
     "links[0]"),
])
def test_malformed_files_get_a_clear_error(registry, tmp_path, text, fragment):
    path = tmp_path / "bad.mvgraph"
    path.write_text(text)
    with pytest.raises(GraphFileError) as info:
        document.load(path, registry)
    assert fragment in str(info.value) and str(path) in str(info.value)


def test_save_is_atomic_and_keeps_one_backup(registry, tmp_path):
    path = tmp_path / "g.mvgraph"
    g = make_graph({"a": ("input.text", {"text": "one"})}, [])
    document.save(g, path)
    first = path.read_bytes()
    g.nodes["a"].params["text"] = "two"
    document.save(g, path)
    assert path.with_name("g.mvgraph.bak").read_bytes() == first
    assert json.loads(path.read_text())["nodes"][0]["params"]["text"] == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.mvgraph", "g.mvgraph.bak"]


def test_save_refuses_secrets_and_leaves_the_file_alone(registry, tmp_path):
    path = tmp_path / "g.mvgraph"
    g = make_graph({"a": ("input.text", {"text": "one"})}, [])
    document.save(g, path)
    before = path.read_bytes()
    g.nodes["a"].params["api_key"] = "sk-secret"
    with pytest.raises(GraphFileError, match="secrets never go into graph files"):
        document.save(g, path)
    assert path.read_bytes() == before


def test_a_param_naming_the_secrets_environment_variable_saves(registry, tmp_path):
    path = tmp_path / "g.mvgraph"
    g = make_graph({"a": ("input.text", {"text": "one"})}, [])
    g.nodes["a"].params["secret_env"] = "HOOK_SECRET"
    document.save(g, path)
    assert json.loads(path.read_text())["nodes"][0]["params"]["secret_env"] == "HOOK_SECRET"
    g.nodes["a"].params["secret_env"] = "whsec_9f8e7d6c5b4a-not/a name"
    with pytest.raises(GraphFileError, match="secrets never go into graph files"):
        document.save(g, path)


def test_migrations_and_renames_run_on_load(registry, monkeypatch):
    monkeypatch.setattr(document, "FORMAT_VERSION", 2)

    def v1_to_v2(data):
        return {**data, "version": 2, "nodes": [
            {**n, "params": {"text": n["params"].pop("old_text")} if "old_text" in n["params"]
             else n["params"]} for n in data["nodes"]]}

    monkeypatch.setitem(document.MIGRATIONS, 1, v1_to_v2)
    monkeypatch.setitem(document.TYPE_RENAMES, "input.words", "input.text")
    monkeypatch.setitem(document.PORT_RENAMES, ("input.text", "out"), "text")
    text = json.dumps({"format": "mvstudio.graph", "version": 1, "nodes": [
        {"id": "t", "type": "input.words", "params": {"old_text": "hi"}},
        {"id": "u", "type": "text.template", "params": {}}],
        "links": [{"from": ["t", "out"], "to": ["u", "text"]}]})
    loaded = document.loads(text, registry)
    assert loaded.migrated_from == 1
    assert loaded.graph.nodes["t"].type_id == "input.text"
    assert loaded.graph.nodes["t"].params["text"] == "hi"
    assert loaded.graph.links[0].src_port == "text"
