"""Crashes are SIGKILLed child processes; a resumed run pays no job twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def paid_graph() -> dict[str, Any]:
    """Two paid images (fal, Replicate), no output node (so every node runs): quick."""
    nodes = [("prompt", "input.text", {"text": "a lighthouse at dusk"}),
             ("img_a", "gen.image", {"model": "fal:fal-ai/flux/schnell", "width": 64,
                                     "height": 64, "seed": 3}),
             ("img_b", "gen.image", {"model": "replicate:black-forest-labs/flux-schnell",
                                     "width": 64, "height": 64, "seed": 4})]
    links = [("prompt.text", "img_a.prompt"), ("prompt.text", "img_b.prompt")]
    return {"format": "mvstudio.graph", "version": 1,
            "nodes": [{"id": i, "type": t, "type_version": 1, "params": p}
                      for i, t, p in nodes],
            "links": [{"from": a.split("."), "to": b.split(".")} for a, b in links], "ui": {}}


def child(graph: Path, home: Path, fake: Any, *, kill_at: str = "",
          report: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, **fake.env(), "MVSTUDIO_HOME": str(home),
           "MVSTUDIO_TEST_KILL_AT": kill_at,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    extra = ["--report", str(report)] if report is not None else []
    return subprocess.Popen([sys.executable, str(CHILD), "render", str(graph), *extra], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[bytes]) -> int:
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode in (0, -signal.SIGKILL), err.decode()
    return proc.returncode


def outputs(report: Path, home: Path) -> dict[str, bytes]:
    """Each paid node's image bytes, read from the store the run used."""
    data = json.loads(report.read_text())
    found = {}
    for nid in ("img_a", "img_b"):
        (key,) = data["nodes"][nid]["artifacts"]
        found[nid] = (home / "cache" / "objects" / key[:2] / key[2:]).read_bytes()
    return found


def write_graph(tmp_path: Path) -> Path:
    graph = tmp_path / "g.mvgraph"
    graph.write_text(json.dumps(paid_graph()))
    return graph


def test_a_kill_after_a_job_is_paid_but_before_its_result_is_cached_pays_nothing_again(
        fake, tmp_path):
    graph, home, report = write_graph(tmp_path), tmp_path / "home", tmp_path / "r.json"
    assert finish(child(graph, home, fake, kill_at="cache_put")) == -signal.SIGKILL
    paid = sum(fake.state.created.values())
    assert paid >= 1  # at least one job was paid for when the process died
    assert finish(child(graph, home, fake, report=report)) == 0
    assert sum(fake.state.created.values()) == 2  # one per node: nothing paid twice
    assert all(data.startswith(b"\x89PNG") for data in outputs(report, home).values())
