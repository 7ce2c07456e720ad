"""`mvstudio validate` / `render --dry-run`: what a model cannot take exits 2, nothing paid."""

from __future__ import annotations

import json
from pathlib import Path

from studio.cli import main


def _graph(path: Path, params: dict) -> Path:
    data = {"format": "mvstudio.graph", "version": 1, "ui": {},
            "nodes": [{"id": "p", "type": "input.text", "params": {"text": "a boat"}},
                      {"id": "clip", "type": "gen.video", "params": params}],
            "links": [{"from": ["p", "text"], "to": ["clip", "prompt"]}]}
    path.write_text(json.dumps(data))
    return path


def test_unsupported_duration_exits_2_naming_node_param_model_and_values(tmp_path, capsys):
    graph = _graph(tmp_path / "g.mvgraph", {
        "model": "fal:fal-ai/kling-video/v2.1/standard/image-to-video", "duration_s": 12.0,
        "extra": {"cfg_scale": 3}})
    assert main(["validate", str(graph)]) == 2
    err = capsys.readouterr()
    text = err.out + err.err
    assert "'clip'" in text and "duration_s" in text and "allowed: 5, 10 s" in text
    assert "extra.cfg_scale" in text and "maximum 1" in text
    assert "kling-video" in text
    assert main(["render", str(graph), "--dry-run"]) == 2  # refused before anything runs
