"""``mvstudio serve --ray``: jobs on the same engine, their heavy node work as Ray tasks
on the Ray instance the server starts (and stops, also when the server crashes).

A real server (child process), a real local Ray instance, the loopback provider fakes.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import small_graph  # tests/studio/conftest.py

from studio.cli import main

pytest.importorskip("ray")


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` now (``pgrep -P``, recursively, from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (zombies count as gone)."""
    left = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            left.add(pid)
    return left


def gone_within(pids: set[int], timeout_s: float) -> set[int]:
    deadline = time.monotonic() + timeout_s
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return alive(pids)


def ray_processes(pids: set[int]) -> set[str]:
    names = set()
    for pid in pids:
        try:
            names.add(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return {n for n in names if "raylet" in n or "gcs_server" in n}


def ray_tasks(log: Path) -> list[int]:
    """The Ray task counts the server logged after each job ("heavy work: N Ray task(s)")."""
    text = log.read_text(errors="replace")
    return [int(n) for n in re.findall(r"heavy work: (\d+) Ray task\(s\)", text)]


def paid_twice(fake: Any) -> list[str]:
    with fake.state.lock:
        inputs = [json.dumps(j.input, sort_keys=True) for j in fake.state.jobs.values()]
    return sorted({i for i in inputs if inputs.count(i) > 1})


def graph(song: Path) -> dict[str, Any]:
    doc = small_graph(str(song), size=(64, 64))
    for node in doc["nodes"]:
        if node["id"] == "images":  # paid (loopback fake): the driver's, never Ray's
            node["params"]["model"] = "fal:fal-ai/flux/schnell"
    return doc


def test_serve_ray_runs_heavy_work_on_ray_resumes_after_a_crash_and_stops_ray(
        start_server, slow_fake, short_song, tmp_path):
    server = start_server(slow_fake.env(), args=("--ray",))
    ours = descendants(server.proc.pid)
    assert ray_processes(ours), "the server started no Ray instance of its own"
    job = server.submit({"graph": graph(short_song)})
    deadline = time.monotonic() + 60
    while sum(slow_fake.state.created.values()) < 1:  # a paid image is at the provider
        assert time.monotonic() < deadline
        time.sleep(0.05)
    ours |= descendants(server.proc.pid)
    server.kill()  # SIGKILL: a crash; Ray's processes must not outlive the server
    assert not gone_within(ours, 15), ray_processes(alive(ours))

    server = start_server(slow_fake.env(), args=("--ray",))
    ours = descendants(server.proc.pid)
    ended = server.wait(job["id"], timeout_s=120)
    assert ended["status"] == "succeeded" and ended["resumed"], ended
    assert "render.mp4" in ended["outputs"]
    # The same graph again: every node cached, nothing paid, no Ray task. Then a new song:
    # its analysis and its render are two more Ray tasks.
    again = server.wait(server.submit({"graph": graph(short_song)})["id"], timeout_s=60)
    assert again["status"] == "succeeded" and again["cost_usd"] == 0
    other = server.wait(server.submit({"graph": graph(other_song(tmp_path))})["id"],
                        timeout_s=90)
    assert other["status"] == "succeeded", other
    assert paid_twice(slow_fake) == [] and sum(slow_fake.state.created.values()) >= 2
    ours |= descendants(server.proc.pid)
    assert server.stop() == 0
    counts = ray_tasks(server.home / "serve.log")  # cumulative, logged after each job
    assert len(counts) == 3 and counts[0] >= 1 and counts[1] == counts[0], counts
    assert counts[2] - counts[1] == 2, counts
    assert not gone_within(ours, 15), ray_processes(alive(ours))


def other_song(tmp_path: Path) -> Path:
    from audio_sync.testsongs import make_song, write_wav

    audio, _truth = make_song(bpm=100, duration_s=6.0, seed=11, drumless_breakdown=False)
    return write_wav(tmp_path / "other.wav", audio)


@pytest.mark.parametrize(("argv", "says"), [
    (["--ray"], "pip install 'mvstudio[cluster]'"),
    (["--ray", "127.0.0.1:1"], "--ray 127.0.0.1:1: no Ray cluster answers there"),
    (["--ray", "nowhere"], "expected auto, HOST:PORT or ray://HOST:PORT"),
    (["--ray", "--workers", "2"], "with --ray the cluster's CPUs run the heavy work"),
    (["--workers", "0"], "--workers: expected a whole number >= 1"),
])
def test_serve_ray_missing_or_unreachable_exits_2_before_listening(monkeypatch, capsys,
                                                                    argv, says):
    if argv == ["--ray"]:
        monkeypatch.setitem(sys.modules, "ray", None)  # as when the extra is not installed
    assert main(["serve", "--port", "0", *argv]) == 2
    captured = capsys.readouterr()
    assert says in captured.err and "Traceback" not in captured.err
    assert "listening" not in captured.out


def test_serve_workers_runs_heavy_work_on_a_process_pool_that_dies_with_it(
        start_server, fake, short_song):
    server = start_server(fake.env(), args=("--workers", "2"))
    ended = server.wait(server.submit({"graph": graph(short_song)})["id"], timeout_s=90)
    assert ended["status"] == "succeeded", ended
    text = (server.home / "serve.log").read_text(errors="replace")
    # The analysis and the final encode, each in a pool process.
    assert "heavy work: 2 task(s) on a pool of 2 process(es)" in text, text[-1500:]
    pool = descendants(server.proc.pid)
    assert len(pool) >= 2  # the watcher and at least one pool worker
    server.kill()  # a crash: pool workers would otherwise wait for work forever
    assert not gone_within(pool, 15)
