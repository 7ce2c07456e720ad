"""``mvstudio batch --ray``: heavy node work as tasks on a real local Ray instance.

One Ray instance for the module (``ray.init(num_cpus=2)``, stopped at the end). The
driver keeps the cache, the run store and the provider calls, so the 12 variants pay
each shared job once and analyse each song once, exactly as without Ray.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_batch import node_runs, paid_inputs, songs, write_batch  # noqa: F401 (fixture)
from test_crash_resume import CHILD, ROOT, finish

from studio.cli import main

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[str]:
    """A local Ray instance as `--ray` starts it (``ray.init(num_cpus=2)``, workers at
    normal priority); yields its address (a child process can join it)."""
    from studio.cluster import start_ray

    start_ray(num_cpus=2)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def tasks_line(out: str) -> tuple[int, int]:
    """(Ray tasks, nodes) from the batch's last line."""
    line = next(ln for ln in out.splitlines() if ln.startswith("heavy work:"))
    words = line.split()
    return int(words[2]), int(words[6])


def test_twelve_variants_on_ray_analyse_each_song_once_and_pay_each_job_once(
        local_ray, fake, songs, tmp_path, monkeypatch, capsys):  # noqa: F811
    home = tmp_path / "home"
    monkeypatch.setenv("MVSTUDIO_HOME", str(home))
    spec, report = write_batch(tmp_path, songs), tmp_path / "report.json"
    assert main(["batch", str(spec), "--ray", "--report", str(report)]) == 0
    variants = json.loads(report.read_text())["variants"]
    assert len(variants) == 12 and {v["status"] for v in variants} == {"succeeded"}
    assert sorted(v.split("-")[0] for v in node_runs(home, report, "beats")) == [
        "s0", "s1", "s2"]
    generated = node_runs(home, report, "images")
    assert sorted(v.split("-")[1] for v in generated) == ["forest", "neon"]
    paid = paid_inputs(fake)
    assert len(paid) == len(set(paid)) == sum(fake.state.created.values())
    for v in variants:
        assert Path(v["output"]).read_bytes()[4:8] == b"ftyp"
    out = capsys.readouterr().out
    assert "12 variants: 12 ok, 0 failed" in out
    # 3 analyses + 12 renders ran as Ray tasks; the 12 renders are distinct (crf, theme, song)
    assert tasks_line(out) == (15, 1)


def _kill_env(fake: Any, home: Path) -> dict[str, str]:
    return {**os.environ, **fake.env(), "MVSTUDIO_HOME": str(home),
            "MVSTUDIO_TEST_KILL_AT": "cache_put",
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def count_slowly(n: int, *, progress: Any) -> int:
    import time

    for k in range(1, n + 1):
        time.sleep(0.05)
        progress(k, n)
    return n


def test_a_ray_task_reports_its_progress_while_it_runs(local_ray) -> None:
    """A render's per-frame callback stays in the driver; a Ray task on the driver's
    machine reports through a file the driver polls, while it runs."""
    import asyncio

    from ray import cloudpickle

    from nodes.offload import CpuTask
    from studio.cluster import RayOffloader

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests
    seen: list[tuple[int, int]] = []
    offloader = RayOffloader()
    task = CpuTask(count_slowly, (30,), local={"progress": lambda d, t: seen.append((d, t))})
    try:
        assert asyncio.run(offloader.run(task)) == 30
    finally:
        offloader.close()
    assert seen[-1] == (30, 30) and seen == sorted(seen)
    assert len(seen) >= 3, seen  # 1.5 s of work, polled every 0.25 s


def task_cpus_seen() -> str:
    return os.environ.get("MVSTUDIO_TASK_CPUS", "")


def test_ray_tasks_are_sized_for_the_variants_run_at_once(local_ray) -> None:
    """One render alone gets the whole (2-CPU) instance, six at once one CPU each; the
    worker sees its size (the render takes its encoder threads from it)."""
    import asyncio

    from ray import cloudpickle

    from nodes.offload import CpuTask
    from studio.cluster import RayOffloader

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    offloader = RayOffloader()
    seen = []
    try:
        for parallel in (1, 6):
            offloader.fit(parallel)
            seen.append((offloader.task_cpus,
                         asyncio.run(offloader.run(CpuTask(task_cpus_seen)))))
    finally:
        offloader.close()
    assert seen == [(2, "2"), (1, "1")]


def test_a_killed_batch_on_a_cluster_resumes_without_paying_twice(
        local_ray, fake, songs, tmp_path, monkeypatch, capsys):  # noqa: F811
    """A driver joined to the cluster (``--ray ADDRESS``) is killed after a paid job was
    paid, before its result was cached; the next batch reuses the job and finishes."""
    home = tmp_path / "home"
    monkeypatch.setenv("MVSTUDIO_HOME", str(home))
    spec = write_batch(tmp_path, songs[:1], themes=("neon",))
    proc = subprocess.Popen([sys.executable, str(CHILD), "batch", str(spec), "--ray",
                             local_ray], env=_kill_env(fake, home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert finish(proc) == -signal.SIGKILL
    paid_before = len(paid_inputs(fake))
    assert paid_before >= 1  # paid, then killed before caching
    report = tmp_path / "r.json"
    assert main(["batch", str(spec), "--ray", local_ray, "--report", str(report)]) == 0
    paid = paid_inputs(fake)
    assert len(paid) == len(set(paid))  # the resumed batch paid no job twice
    assert {v["status"] for v in json.loads(report.read_text())["variants"]} == {"succeeded"}
    # The song's analysis (a Ray task of the killed driver) was cached before the images
    # it feeds were paid for: the resumed batch ran only the 2 renders.
    assert tasks_line(capsys.readouterr().out) == (2, 1)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_batch_with_its_own_ray_leaves_no_process_behind(
        fake, songs, tmp_path):  # noqa: F811
    """``--ray`` alone starts a local Ray instance; SIGKILLed mid-batch (after its Ray
    workers ran the analysis), the batch leaves none of its processes: without serve's
    watcher, Ray's agents outlived it by about a minute."""
    import time

    from studio.serve_reaper import descendants

    spec = write_batch(tmp_path, songs[:1], themes=("neon",))
    proc = subprocess.Popen([sys.executable, str(CHILD), "batch", str(spec), "--ray"],
                            env=_kill_env(fake, tmp_path / "home"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    noted: dict[int, str] = {}
    commands: dict[int, str] = {}
    while proc.poll() is None:
        noted.update(descendants(proc.pid))
        # read again each poll: a child seen between fork and exec still shows its parent's line
        commands.update({pid: _cmdline(pid) or commands.get(pid, "") for pid in noted})
        time.sleep(0.1)
    assert proc.returncode == -signal.SIGKILL
    assert any("raylet" in cmd for cmd in commands.values()), commands  # Ray was seen
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _left(noted):
        time.sleep(0.25)
    left = _left(noted)
    for pid in left:  # the old code's leftovers: end them, then fail
        os.kill(pid, signal.SIGKILL)
    assert not left, f"left behind: {[commands[pid] for pid in left]}"


def _cmdline(pid: int) -> str:
    try:
        # whole: a deep checkout's path pushes "raylet" past any fixed cut
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _left(noted: dict[int, str]) -> list[int]:
    """Noted processes still running (same start time; zombies count as gone)."""
    from studio.serve_reaper import _stat

    return [pid for pid, started in noted.items()
            if len(stat := _stat(pid)) > 19 and stat[19] == started and stat[0] != "Z"]
