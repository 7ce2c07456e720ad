"""A batch's heavy work on threads (the old way) vs the local process pool (the default).

The same render-bound material as ``ray_scaling.py`` (2 synthetic songs x 3 renders at
640x360, analysis and images cached first). Threads and the pool (2 workers, warmed by
one untimed batch) alternate, ``--reps`` times each, every batch with fresh render keys;
median wall times and CPU seconds (this process and its pool workers) are compared.
Prints the pool/threads throughput ratio last.

Usage: python benchmarks/batch_pool.py [--seconds 8] [--size 640x360] [--reps 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ray_scaling import material, run_batch, write_spec  # noqa: E402


def cpu_s() -> float:
    """CPU seconds of this process and of its finished children (the pool's workers are
    counted when they exit, so the pool is measured by its own ProcessOffloader below)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def main() -> None:
    from nodes.offload import ProcessOffloader

    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--size", default="640x360")
    ap.add_argument("--reps", type=int, default=2)
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    walls: dict[str, list[float]] = {"threads": [], "pool": []}
    cpus: dict[str, list[float]] = {"threads": [], "pool": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MVSTUDIO_HOME"] = str(folder / "home")
        _graph, songs = material(folder, args.seconds, (w, h))
        run_batch(write_spec(folder, songs, tag="warm", fades=[0.9]), None)
        pool = ProcessOffloader(workers=2)
        run_batch(write_spec(folder, songs, tag="poolwarm", fades=[0.8]), pool)
        for rep in range(args.reps):
            for name in ("threads", "pool"):
                fades = [round(0.1 + 0.2 * rep + 0.1 * (name == "pool") + 0.01 * i, 2)
                         for i in range(3)]
                spec = write_spec(folder, songs, tag=f"{name}{rep}", fades=fades)
                before = cpu_s()
                walls[name].append(run_batch(spec, pool if name == "pool" else None))
                cpus[name].append(cpu_s() - before)
    med = {k: statistics.median(v) for k, v in walls.items()}
    print(f"material: 2 synthetic songs of {args.seconds:.0f} s x 3 renders at {w}x{h}, "
          f"analysis and images cached, {args.reps} batches per way; load average "
          f"{os.getloadavg()[0]:.2f}, cpu count {os.cpu_count()}")
    print(f"threads: median {med['threads']:.1f} s wall "
          f"({', '.join(f'{t:.1f}' for t in walls['threads'])}), driver CPU "
          f"{statistics.median(cpus['threads']):.1f} s per batch (the renders included)")
    print(f"pool   : median {med['pool']:.1f} s wall "
          f"({', '.join(f'{t:.1f}' for t in walls['pool'])}), driver CPU "
          f"{statistics.median(cpus['pool']):.1f} s per batch (renders in the workers)")
    print(f"process pool / threads throughput: {med['threads'] / med['pool']:.2f}x")


if __name__ == "__main__":
    main()
