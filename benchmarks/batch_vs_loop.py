"""The 12-variant batch against a shell loop of 12 ``mvstudio render`` calls.

Same material for both: 3 synthetic songs x 2 themes x 2 presets of the small demo-like
graph (tests/studio/conftest.py), images on the loopback fal fake (paid). Each side
starts from an empty MVSTUDIO_HOME; the loop keeps one home across its 12 calls (as a
user's loop would, so it too reuses cached analysis between calls). Measures wall time
and the paid jobs the fake saw for each; also the loop run two renders at a time
(``xargs -P 2``, separate processes, so no single-flight between them). Prints the time ratio last.

Usage: python benchmarks/batch_vs_loop.py [--seconds 6] [--size 320x180]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "studio"))

from conftest import small_graph  # noqa: E402

THEMES = {"neon": "neon city at night", "forest": "misty forest at dawn"}
PRESETS = {"crf28": 28, "crf34": 34}


def material(folder: Path, seconds: float, size: tuple[int, int]) -> tuple[Path, list[Path]]:
    from audio_sync.testsongs import make_song, write_wav

    songs = [write_wav(folder / f"s{i}.wav", make_song(
        bpm=bpm, duration_s=seconds, seed=i, drumless_breakdown=False)[0])
        for i, bpm in enumerate((120, 100, 132))]
    graph = small_graph(str(songs[0]), size=size)
    for node in graph["nodes"]:
        if node["id"] == "images":
            node["params"]["model"] = "fal:fal-ai/flux/schnell"
    path = folder / "video.mvgraph"
    path.write_text(json.dumps(graph))
    return path, songs


def write_spec(folder: Path, songs: list[Path]) -> Path:
    lines = ['graph = "video.mvgraph"', 'output = "batch-out/{song}-{theme}-{preset}.mp4"',
             "concurrency = 2", "[axes.song]"]
    lines += [f'{s.stem} = ["song.path={s}"]' for s in songs]
    lines += ["[axes.theme]"] + [f'{k} = {json.dumps(["theme.text=" + v])}'
                                 for k, v in THEMES.items()]
    lines += ["[axes.preset]"] + [f'{k} = ["render.crf={v}"]' for k, v in PRESETS.items()]
    spec = folder / "batch.toml"
    spec.write_text("\n".join(lines) + "\n")
    return spec


def mvstudio(argv: list[str], env: dict[str, str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "studio.cli", *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        raise SystemExit(f"mvstudio {' '.join(argv)} failed:\n{proc.stderr[-2000:]}")


def parallel_loop(calls: list[list[str]], env: dict[str, str]) -> int:
    """The loop run two at a time (``xargs -P 2``); returns how many calls failed."""
    failed = 0
    for i in range(0, len(calls), 2):
        procs = [subprocess.Popen([sys.executable, "-m", "studio.cli", *argv], env=env,
                                  cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) for argv in calls[i:i + 2]]
        failed += sum(p.wait(timeout=1800) != 0 for p in procs)
    return failed


def render_calls(graph: Path, songs: list[Path], out: Path) -> list[list[str]]:
    return [["render", str(graph), "--set", f"song.path={song}", "--set",
             f"theme.text={text}", "--set", f"render.crf={crf}", "-o",
             str(out / f"{song.stem}-{theme}-{preset}.mp4")]
            for song in songs for theme, text in THEMES.items()
            for preset, crf in PRESETS.items()]


def paid(server: object) -> int:
    return int(sum(server.state.created.values()))  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--size", default="320x180")
    args = ap.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    server = FakeServer(FakeState(polls_to_complete=1)).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            graph, songs = material(folder, args.seconds, (size[0], size[1]))
            spec = write_spec(folder, songs)
            base = {**os.environ, **server.env(), "PYTHONPATH": str(ROOT)}
            started = time.perf_counter()
            mvstudio(["batch", str(spec)], {**base, "MVSTUDIO_HOME": str(folder / "h-batch")})
            batch_s, batch_paid = time.perf_counter() - started, paid(server)
            with server.state.lock:
                server.state.jobs.clear()  # a fresh provider account for the loop
            env = {**base, "MVSTUDIO_HOME": str(folder / "h-loop")}
            started = time.perf_counter()
            for argv in render_calls(graph, songs, folder / "loop-out"):
                mvstudio(argv, env)
            loop_s, loop_paid = time.perf_counter() - started, paid(server) - batch_paid
            with server.state.lock:
                server.state.jobs.clear()
            env = {**base, "MVSTUDIO_HOME": str(folder / "h-par")}
            started = time.perf_counter()
            par_failed = parallel_loop(render_calls(graph, songs, folder / "par-out"), env)
            par_s = time.perf_counter() - started
            par_paid = paid(server) - batch_paid - loop_paid
    finally:
        server.stop()
    print(f"material: 3 synthetic songs of {args.seconds:.0f} s, {size[0]}x{size[1]}, "
          f"12 variants; load average {os.getloadavg()[0]:.2f}")
    print(f"batch (concurrency 2, process pool): {batch_s:.1f} s, {batch_paid} paid jobs")
    print(f"loop of 12 mvstudio render:        {loop_s:.1f} s, {loop_paid} paid jobs")
    print(f"loop, 2 renders at a time:         {par_s:.1f} s, {par_paid} paid jobs, "
          f"{par_failed} of 12 calls failed")
    print(f"loop/batch wall time ratio: {loop_s / batch_s:.2f}x")


if __name__ == "__main__":
    main()
