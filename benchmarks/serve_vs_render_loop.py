"""A queue of jobs on ``mvstudio serve`` against a shell loop of ``mvstudio render`` calls.

Same material for both: N variants (theme texts) of the small demo-like graph
(tests/studio/conftest.py) on a synthetic song, local images (no provider). Each side
starts from an empty MVSTUDIO_HOME and keeps it (so both reuse the cached analysis after
the first variant). The loop starts one process per variant; serve is one process that
takes all N jobs over HTTP and runs them one after another. Measures wall time and the
children's CPU time (the server's CPU counts when it exits). Prints the wall ratio last.

Usage: python benchmarks/serve_vs_render_loop.py [--variants 4] [--seconds 6]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
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

THEMES = ["neon city at night", "misty forest at dawn", "desert highway", "rain on glass",
          "snowy harbour", "paper lanterns", "coral reef", "old film"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def loop(folder: Path, graph: Path, n: int) -> tuple[float, float]:
    env = {**os.environ, "MVSTUDIO_HOME": str(folder / "home-loop"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    cpu0, t0 = _cpu(), time.perf_counter()
    for i in range(n):
        subprocess.run([sys.executable, "-m", "studio.cli", "render", str(graph), "-o",
                        str(folder / f"loop-{i}.mp4"), "--set",
                        f"theme.text={json.dumps(THEMES[i % len(THEMES)])}"],
                       env=env, check=True, capture_output=True)
    return time.perf_counter() - t0, _cpu() - cpu0


def served(folder: Path, graph: Path, n: int) -> tuple[float, float]:
    home = folder / "home-serve"
    home.mkdir()
    cpu0, t0 = _cpu(), time.perf_counter()
    server = Server(home, folder, {}, token=None)
    try:
        jobs = [server.submit({"graph_path": graph.name,
                               "set": {"theme.text": THEMES[i % len(THEMES)]}})
                for i in range(n)]
        for job in jobs:
            assert server.wait(job["id"], timeout_s=600)["status"] == "succeeded"
    finally:
        server.stop()
    return time.perf_counter() - t0, _cpu() - cpu0


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--variants", type=int, default=4)
    p.add_argument("--seconds", type=float, default=6.0, help="song length")
    args = p.parse_args()
    from audio_sync.testsongs import make_song, write_wav

    print(f"load average: {os.getloadavg()[0]:.2f} (1 min)")
    with tempfile.TemporaryDirectory(prefix="mv-servebench-") as tmp:
        folder = Path(tmp)
        song = write_wav(folder / "song.wav", make_song(bpm=120, duration_s=args.seconds,
                                                        seed=3, drumless_breakdown=False)[0])
        graph = folder / "video.mvgraph"
        graph.write_text(json.dumps(small_graph(str(song), size=(320, 180))))
        loop_wall, loop_cpu = loop(folder, graph, args.variants)
        print(f"loop of {args.variants} `mvstudio render`: wall {loop_wall:.2f} s, "
              f"CPU {loop_cpu:.2f} s")
        serve_wall, serve_cpu = served(folder, graph, args.variants)
        print(f"{args.variants} jobs on one `mvstudio serve` (start to stop): wall "
              f"{serve_wall:.2f} s, CPU {serve_cpu:.2f} s")
    print(f"CPU ratio loop/serve {loop_cpu / serve_cpu:.2f}")
    print(f"wall ratio loop/serve {loop_wall / serve_wall:.2f}")


if __name__ == "__main__":
    main()
