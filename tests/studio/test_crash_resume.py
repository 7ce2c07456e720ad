"""Crashes are SIGKILLed child processes; a resumed run pays no job twice."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
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


class ForkServer:
    """crash_child.py --serve: forks warm CLI runs that the test may SIGKILL."""

    def __init__(self) -> None:
        env = {**os.environ,
               "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        self.proc = subprocess.Popen([sys.executable, str(CHILD), "--serve"], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def start(self, argv: list[str], env: dict[str, str], *, log: Path | None = None) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"argv": argv, "env": env,
                                          "log": str(log) if log else ""}) + "\n")
        self.proc.stdin.flush()
        return int(json.loads(self.proc.stdout.readline())["pid"])

    def status(self) -> int:
        assert self.proc.stdout is not None
        return int(json.loads(self.proc.stdout.readline())["status"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def test_twenty_runs_killed_at_random_moments_resume_paying_each_job_once(tmp_path):
    """Each iteration has a fake provider of its own, as a user has one account: a run
    killed mid-submission then finds only its own job when it reconciles."""
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    graph = write_graph(tmp_path)
    server = ForkServer()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "11")))

    def run(fake: Any, home: Path, *, kill_after_s: float | None = None,
            extra: tuple[str, ...] = ()) -> tuple[int, float]:
        env = {**fake.env(), "MVSTUDIO_HOME": str(home), "MVSTUDIO_TEST_KILL_AT": "",
               "MVSTUDIO_TEST_SETTLE_S": "1.0"}
        started = time.perf_counter()
        home.mkdir(parents=True, exist_ok=True)
        pid = server.start(["render", str(graph), "--report", str(home / "r.json"), *extra],
                           env, log=home / "log.txt")
        if kill_after_s is not None:
            time.sleep(kill_after_s)
            with contextlib.suppress(ProcessLookupError):  # it already finished
                os.kill(pid, signal.SIGKILL)
        return server.status(), time.perf_counter() - started

    try:
        with FakeServer(FakeState(polls_to_complete=1)) as fake:
            assert run(fake, tmp_path / "warm-up")[0] == 0  # the first fork is slower
            code, seconds = run(fake, tmp_path / "reference")
            assert code == 0
        reference = outputs(tmp_path / "reference" / "r.json", tmp_path / "reference")
        killed = held = 0
        for i in range(20):
            home = tmp_path / f"home{i}"
            # jobs finish by themselves, as on a real queue, even when the run that
            # submitted them died before polling (so a reconcile can find them)
            with FakeServer(FakeState(polls_to_complete=1, complete_after_s=0.5)) as fake:
                code, _ = run(fake, home, kill_after_s=rng.uniform(0.0, 0.9 * seconds))
                killed += code == -signal.SIGKILL
                assert code in (0, -signal.SIGKILL)
                code = run(fake, home)[0]
                if code != 0 and "It was not re-sent" in (home / "log.txt").read_text():
                    # killed before the POST created a job, on a provider whose listing
                    # cannot prove that: the user resubmits (nothing was created to pay twice)
                    held += 1
                    code = run(fake, home, extra=("--resubmit", "img_a", "--resubmit",
                                                  "img_b"))[0]
                assert code == 0, (f"iteration {i}: the resumed run failed:\n"
                                   + (home / "log.txt").read_text())
                assert sum(fake.state.created.values()) == 2, f"iteration {i}: paid twice"
            assert outputs(home / "r.json", home) == reference, f"iteration {i}"
        assert killed >= 12  # most runs really died part-way
        assert held <= 3  # the held window (before the POST is on the wire) is narrow
    finally:
        server.close()
