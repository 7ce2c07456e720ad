"""Ray backend throughput: the same render-bound batch on 1 and on 2 Ray worker processes.

Material: 2 synthetic songs x 3 render variants of the small demo-like graph
(tests/studio/conftest.py) at 640x360, images from ``local:procedural`` (offline, free).
A warm-up batch (threads) caches the analysis and the images first, so the timed
batches are render-bound: each timed variant differs only in ``render.fade_out_s``
(same encode cost, a fresh cache key), so every timed render really encodes. For each
worker count a local Ray instance is started (``num_cpus`` = workers; its start-up is
not timed), its workers are warmed (imports), then the batch runs with all variants
at once. The batch sizes its tasks as ``mvstudio batch --ray`` does (``fit``): 6 variants
on 1 or 2 CPUs are 1-CPU tasks, so each render runs x264 with one thread and composes on
the encoder's thread (one core; threaded it kept 1.27 cores busy and capped 2 workers at
1.57x on 2 cores). Prints wall time, the tasks' CPU seconds (and the cores they kept busy),
the driver's CPU seconds and the load average for each; the throughput ratio last.

Usage: python benchmarks/ray_scaling.py [--seconds 8] [--size 640x360] [--variants 3]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "studio"))

from conftest import small_graph  # noqa: E402


def material(folder: Path, seconds: float, size: tuple[int, int]) -> tuple[Path, list[Path]]:
    from audio_sync.testsongs import make_song, write_wav

    songs = [write_wav(folder / f"s{i}.wav", make_song(
        bpm=bpm, duration_s=seconds, seed=i, drumless_breakdown=False)[0])
        for i, bpm in enumerate((120, 100))]
    graph = small_graph(str(songs[0]), size=size)
    for node in graph["nodes"]:
        if node["id"] == "render":
            node["params"]["x264_preset"] = "veryfast"
    path = folder / "video.mvgraph"
    path.write_text(json.dumps(graph))
    return path, songs


def write_spec(folder: Path, songs: list[Path], *, tag: str, fades: list[float]) -> Path:
    lines = ['graph = "video.mvgraph"', f'output = "out-{tag}/{{song}}-{{fade}}.mp4"',
             "[axes.song]"]
    lines += [f'{s.stem} = ["song.path={s}"]' for s in songs]
    lines += ["[axes.fade]"] + [f'f{i} = ["render.fade_out_s={f}"]' for i, f in enumerate(fades)]
    spec = folder / f"{tag}.toml"
    spec.write_text("\n".join(lines) + "\n")
    return spec


def run_batch(spec_path: Path, offloader: object | None) -> float:
    from nodes.registry import default_registry
    from studio.batch import load_spec
    from studio.batch_view import BatchProgress
    from studio.cli_batch import plans_for
    from studio.cli_batch import run_batch as batch_plans

    registry = default_registry()
    spec = load_spec(spec_path)
    plans = plans_for(spec, registry)
    started = time.perf_counter()
    outcomes = batch_plans(spec, plans, registry, concurrency=len(plans),
                           progress=BatchProgress(total=len(plans), stream=io.StringIO()),
                           offloader=offloader)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    bad = [o for o in outcomes if o.status != "succeeded"]
    if bad:
        raise SystemExit(f"{bad[0].name}: {bad[0].status}: {bad[0].error}")
    return seconds


def _warm() -> int:
    """Import what a render task uses (a fresh worker pays this once, not per render)."""
    import importlib

    for name in ("av", "numpy", "PIL.Image", "cv2", "nodes.builtin", "render.encode",
                 "render.loudness", "render.text", "render.layers", "render.effects",
                 "render.timeline", "render.metadata"):
        importlib.import_module(name)
    return os.getpid()


def timed(folder: Path, songs: list[Path], workers: int, variants: int) -> dict[str, float]:
    import ray

    from studio.cluster import RayOffloader, start_ray

    started = time.perf_counter()
    start_ray(num_cpus=workers)  # as `mvstudio batch --ray` starts it
    startup = time.perf_counter() - started
    try:
        warm = ray.remote(num_cpus=1)(_warm)
        pids = set(ray.get([warm.remote() for _ in range(workers * 2)]))
        offloader = RayOffloader()
        fades = [round(0.1 * workers + 0.01 * i, 2) for i in range(variants)]  # all fresh
        spec = write_spec(folder, songs, tag=f"w{workers}", fades=fades)
        load_before = os.getloadavg()[0]
        cpu = time.process_time()
        wall = run_batch(spec, offloader)
        driver_cpu = time.process_time() - cpu
        renders = sum(offloader.nodes_used.values())
        task_cpu, task_cpus = offloader.task_cpu_s, offloader.task_cpus
        offloader.close()
    finally:
        ray.shutdown()
    return {"wall": wall, "task_cpu": task_cpu, "driver_cpu": driver_cpu, "renders": renders,
            "startup": startup, "load": max(load_before, os.getloadavg()[0]),
            "warm_pids": len(pids), "task_cpus": task_cpus}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--size", default="640x360")
    ap.add_argument("--variants", type=int, default=3, help="renders per song")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MVSTUDIO_HOME"] = str(folder / "home")
        _graph, songs = material(folder, args.seconds, (w, h))
        run_batch(write_spec(folder, songs, tag="warm", fades=[0.9]), None)  # cache upstream
        one = timed(folder, songs, 1, args.variants)
        two = timed(folder, songs, 2, args.variants)
    print(f"material: 2 synthetic songs of {args.seconds:.0f} s x {args.variants} renders "
          f"at {w}x{h} (veryfast), analysis and images cached; cpu count {os.cpu_count()}")
    for name, r in (("1 worker ", one), ("2 workers", two)):
        print(f"{name}: {r['wall']:.1f} s wall for {r['renders']:.0f} renders "
              f"({r['renders'] / r['wall']:.3f} renders/s), {r['task_cpus']:.0f}-CPU tasks: "
              f"{r['task_cpu']:.1f} CPU-s ({r['task_cpu'] / r['wall']:.2f} cores busy), "
              f"driver {r['driver_cpu']:.1f} CPU-s, Ray start {r['startup']:.1f} s, "
              f"load average {r['load']:.2f}")
    if one["renders"] != two["renders"]:
        raise SystemExit("the two batches rendered different counts: a cache hit slipped in")
    print(f"throughput ratio 2 workers / 1 worker: {one['wall'] / two['wall']:.2f}x")


if __name__ == "__main__":
    main()
