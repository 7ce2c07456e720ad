"""A graph on fal, Replicate and ElevenLabs models renders from the CLI against the loopback fakes.

The MVSTUDIO_*_BASE_URL variables point the real adapters at the fakes, exactly as a user
would point them at a proxy; the dry-run estimate must match the recorded costs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import av
import pytest
from conftest import small_graph

from studio.cli import main


def hosted_graph(song: str) -> dict:
    data = small_graph(song)
    nodes = {n["id"]: n for n in data["nodes"]}
    nodes["cuts"]["params"].update(every=2)
    nodes["images"]["params"]["model"] = "fal:fal-ai/flux/schnell"
    nodes["clips"].update(type="gen.video", params={
        "model": "replicate:bytedance/seedance-1-pro", "duration_s": 2.0, "width": 320,
        "height": 180, "seed": 4})
    data["nodes"].append({"id": "words", "type": "input.text",
                          "params": {"text": "Lights on the water, one more night."}})
    data["nodes"].append({"id": "voice", "type": "gen.speech",
                          "params": {"model": "elevenlabs:eleven_turbo_v2_5", "voice": "Rachel"}})
    data["links"] += [{"from": ["words", "text"], "to": ["voice", "text"]},
                      {"from": ["voice", "audio"], "to": ["render", "voice"]},
                      {"from": ["voice", "captions"], "to": ["render", "captions"]}]
    return data


def test_hosted_graph_renders_against_fakes_and_dry_run_matches_cost(fake, short_song,
                                                                     tmp_path, capsys):
    graph = tmp_path / "hosted.mvgraph"
    graph.write_text(json.dumps(hosted_graph(str(short_song))))
    assert main(["render", str(graph), "--dry-run", "--report", str(tmp_path / "dry.json")]) == 0
    estimate = json.loads((tmp_path / "dry.json").read_text())["estimated_cost_usd"]
    assert "total: $" in capsys.readouterr().out
    assert estimate > 0

    out, report = tmp_path / "v.mp4", tmp_path / "r.json"
    assert main(["render", str(graph), "-o", str(out), "--report", str(report)]) == 0
    data = json.loads(report.read_text())
    assert data["cost_usd"] == pytest.approx(estimate)
    served = data["served_by"]
    assert served["voice"] == "elevenlabs:eleven_turbo_v2_5"
    assert served["images[0]"] == "fal:fal-ai/flux/schnell"
    assert served["clips[0]"] == "replicate:bytedance/seedance-1-pro"
    assert data["nodes"]["clips"]["provider_calls"] == data["nodes"]["images"]["provider_calls"]
    with av.open(str(out)) as container:
        assert {s.type for s in container.streams} == {"video", "audio"}

    assert main(["render", str(graph), "-o", str(out), "--report", str(report)]) == 0
    again = json.loads(report.read_text())
    assert again["cost_usd"] == 0
    assert all(n["provider_calls"] == 0 for n in again["nodes"].values())
    secrets = {v for k, v in fake.env().items() if k.endswith(("_KEY", "_TOKEN"))}
    home = Path(os.environ["MVSTUDIO_HOME"])
    stored = [report.read_bytes(), graph.read_bytes(),
              *(p.read_bytes() for p in home.glob("*.sqlite*"))]
    for secret in secrets:
        assert not any(secret.encode() in blob for blob in stored)
