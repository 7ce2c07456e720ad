"""The Ray backend's overhead on a single render: one variant, threads vs a Ray task.

Material: one synthetic song, the small demo-like graph at 640x360 (local images).
Analysis and images are cached first, so each timed run is the one final render.
Three ways alternate, ``--reps`` times each, every run with a fresh render key
(``render.fade_out_s``), medians compared:

- ``threads``: in this process, as ``mvstudio render`` does (x264 picks its threads from
  the machine's cores, mbtree on);
- ``threads-task``: the same with the encoder settings of a Ray task given all the
  machine's CPUs (``MVSTUDIO_TASK_CPUS``: x264's own thread rule on the task's CPUs;
  ``MVSTUDIO_REPRODUCIBLE_ENCODE``: mbtree off, so a retry on any node gives the same bytes);
- ``ray``: the batch's render as a Ray task on a local Ray instance (started and warmed
  before timing; its start-up is printed apart: a batch pays it once). A batch of one
  variant sizes its task to the whole cluster's CPUs (``RayOffloader.fit``).

Prints the task settings' cost (``threads-task`` vs ``threads``), Ray's dispatch cost
(``ray`` vs ``threads-task``) and, last, the Ray render against a default desktop render.

Usage: python benchmarks/ray_overhead.py [--seconds 8] [--size 640x360] [--reps 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ray_scaling import _warm, material, run_batch, write_spec  # noqa: E402


def main() -> None:
    import ray

    from studio.cluster import RayOffloader, start_ray

    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--size", default="640x360")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    ways = ("threads", "threads-task", "ray")
    times: dict[str, list[float]] = {name: [] for name in ways}
    cpu: dict[str, float] = dict.fromkeys(ways, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MVSTUDIO_HOME"] = str(folder / "home")
        _graph, songs = material(folder, args.seconds, (w, h))
        songs = songs[:1]
        run_batch(write_spec(folder, songs, tag="warm", fades=[0.9]), None)
        started = time.perf_counter()
        start_ray(num_cpus=2)  # as `mvstudio batch --ray` starts it
        startup = time.perf_counter() - started
        try:
            ray.get([ray.remote(num_cpus=1)(_warm).remote() for _ in range(4)])
            offloader = RayOffloader()
            for rep in range(args.reps):
                for i, name in enumerate(ways):
                    fade = round(0.1 + 0.01 * (3 * rep + i), 2)
                    spec = write_spec(folder, songs, tag=f"{name}{rep}", fades=[fade])
                    if name == "threads-task":  # what a Ray task of all the CPUs sets
                        os.environ["MVSTUDIO_TASK_CPUS"] = str(os.cpu_count() or 1)
                        os.environ["MVSTUDIO_REPRODUCIBLE_ENCODE"] = "1"
                    before = time.process_time()
                    ray_before = offloader.task_cpu_s
                    times[name].append(run_batch(spec, offloader if name == "ray" else None))
                    cpu[name] += (time.process_time() - before
                                  + offloader.task_cpu_s - ray_before)
                    os.environ.pop("MVSTUDIO_TASK_CPUS", None)
                    os.environ.pop("MVSTUDIO_REPRODUCIBLE_ENCODE", None)
            tasks, task_cpus = sum(offloader.nodes_used.values()), offloader.task_cpus
            offloader.close()
        finally:
            ray.shutdown()
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"material: 1 synthetic song of {args.seconds:.0f} s at {w}x{h}, {args.reps} renders "
          f"per backend (alternating), analysis and images cached; Ray start-up "
          f"{startup:.1f} s (once per batch, not counted); load average "
          f"{os.getloadavg()[0]:.2f}")
    for name in ways:
        print(f"{name:9s}: median {med[name]:.2f} s wall "
              f"({', '.join(f'{t:.2f}' for t in times[name])}), "
              f"{cpu[name] / args.reps:.2f} CPU-s per render")
    if tasks != args.reps:
        raise SystemExit(f"expected {args.reps} Ray render tasks, saw {tasks}")
    print(f"Ray tasks of {task_cpus} CPU(s); load average now {os.getloadavg()[0]:.2f}")
    print(f"task encoder settings vs x264's defaults, both in threads: "
          f"{100 * (med['threads-task'] / med['threads'] - 1):+.1f} % wall, "
          f"{100 * (cpu['threads-task'] / cpu['threads'] - 1):+.1f} % CPU")
    print(f"Ray dispatch (same encoder settings): "
          f"{100 * (med['ray'] / med['threads-task'] - 1):+.1f} % wall, "
          f"{100 * (cpu['ray'] / cpu['threads-task'] - 1):+.1f} % CPU")
    print(f"Ray overhead on a single render vs a default desktop render (target <= 10 %): "
          f"{100 * (med['ray'] / med['threads'] - 1):+.1f} % wall, "
          f"{100 * (cpu['ray'] / cpu['threads'] - 1):+.1f} % CPU")


if __name__ == "__main__":
    main()
