"""Jobs on ``mvstudio serve`` with heavy node work in threads, on a process pool
(``--workers 2``) and on a local Ray instance (``--ray``).

Same material for each: N variants (theme texts) of the small demo-like graph
(tests/studio/conftest.py, 320x180) on a synthetic song, local images (no provider),
all submitted at once, 2 jobs at a time (``--jobs 2``), each server on an empty
MVSTUDIO_HOME; then N more (other themes) on the same server. Wall time start to stop
includes Ray's start-up, the pool's worker imports and shutdown (what a server pays once);
the second round is what a running server pays per batch of jobs. CPU is the children's (the server and what it reaped; Ray workers' own
CPU is the log's "CPU-s" figure). Prints the warm-round wall ratio threads/Ray last.

Usage: python benchmarks/serve_ray.py [--variants 4] [--seconds 6]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "studio" / "serve"))
sys.path.insert(0, str(ROOT / "tests" / "studio"))  # its conftest (small_graph) first

from conftest import small_graph  # noqa: E402
from serve_helpers import Server  # noqa: E402
from serve_vs_render_loop import THEMES, _cpu  # noqa: E402  (same material, same CPU)


def _round(server: Server, graph: Path, n: int, tag: str) -> float:
    t0 = time.perf_counter()
    jobs = [server.submit({"graph_path": graph.name,
                           "set": {"theme.text": f"{THEMES[i % len(THEMES)]} {tag}"}})
            for i in range(n)]
    for job in jobs:
        assert server.wait(job["id"], timeout_s=900)["status"] == "succeeded"
    return time.perf_counter() - t0


def served(folder: Path, graph: Path, n: int, name: str, args: tuple[str, ...]
           ) -> tuple[float, float, float, str]:
    """(wall start to stop, wall of the second round of N jobs (warm), CPU, where)."""
    home = folder / f"home-{name}"
    home.mkdir()
    cpu0, t0 = _cpu(), time.perf_counter()
    server = Server(home, folder, {}, token=None, args=("--jobs", "2", *args))
    try:
        _round(server, graph, n, "first")
        warm = _round(server, graph, n, "second")
    finally:
        server.stop()
    wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
    where = re.findall(r"heavy work: .*", (home / "serve.log").read_text(errors="replace"))
    return wall, warm, cpu, where[-1] if where else "heavy work: threads in the server"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--variants", type=int, default=4)
    p.add_argument("--seconds", type=float, default=6.0, help="song length")
    args = p.parse_args()
    from audio_sync.testsongs import make_song, write_wav

    print(f"load average: {os.getloadavg()[0]:.2f} (1 min)")
    walls = {}
    with tempfile.TemporaryDirectory(prefix="mv-serveray-") as tmp:
        folder = Path(tmp)
        song = write_wav(folder / "song.wav", make_song(bpm=120, duration_s=args.seconds,
                                                        seed=3, drumless_breakdown=False)[0])
        graph = folder / "video.mvgraph"
        graph.write_text(json.dumps(small_graph(str(song), size=(320, 180))))
        for name, extra in (("threads", ()), ("pool", ("--workers", "2")), ("ray", ("--ray",))):
            wall, warm, cpu, where = served(folder, graph, args.variants, name, extra)
            walls[name] = warm
            print(f"2 x {args.variants} jobs, serve {' '.join(extra) or '(threads)'}: wall "
                  f"{wall:.2f} s start to stop, second round (warm) {warm:.2f} s, CPU "
                  f"{cpu:.2f} s; {where}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(f"warm-round wall ratio threads/pool {walls['threads'] / walls['pool']:.2f}")
    print(f"warm-round wall ratio threads/ray {walls['threads'] / walls['ray']:.2f}")


if __name__ == "__main__":
    main()
