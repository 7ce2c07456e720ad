"""The demo graph, rendered as `make demo` does: a cold run, then a fully cached re-run.

Claims (issue 2): `make demo` renders in under 2 minutes on this 2-core machine; a re-run of
an unchanged graph is all cache hits, makes zero provider calls and takes < 10 % of the first.
Each run is a fresh `mvstudio render` process with an empty MVSTUDIO_HOME for the cold run.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GRAPH = ROOT / "assets" / "demo" / "demo.mvgraph"


def render(home: str, out: Path, report: Path) -> tuple[float, float, dict]:
    """(wall s, CPU s of the render process and its children, run report)."""
    env = {**os.environ, "MVSTUDIO_HOME": home}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    vertical = out.with_name(out.stem + "-9x16.mp4")  # the demo's second output
    subprocess.run([sys.executable, "-m", "studio.cli", "render", str(GRAPH),
                    "--set", f"render.path={out}", "--set", f"render_vertical.path={vertical}",
                    "--report", str(report)], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(report.read_text())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out, report = Path(tmp) / "demo.mp4", Path(tmp) / "report.json"
        cold_s, cold_cpu, cold = render(f"{tmp}/home", out, report)
        warm_s, warm_cpu, warm = render(f"{tmp}/home", out, report)
    slow = sorted(cold["nodes"].items(), key=lambda kv: -kv[1]["seconds"])[:4]
    print("cold run, slowest nodes: " + ", ".join(f"{n} {r['seconds']:.1f} s" for n, r in slow))
    hits = sum(r["cache_hit"] for r in warm["nodes"].values())
    calls = sum(r["provider_calls"] for r in warm["nodes"].values())
    print(f"re-run: {hits}/{len(warm['nodes'])} nodes cached, {calls} provider calls")
    print(f"load average {os.getloadavg()[0]:.2f}; CPU time: cold {cold_cpu:.1f} s, "
          f"cached re-run {warm_cpu:.2f} s")
    print(f"demo render (both outputs): cold {cold_s:.1f} s wall (claim < 120 s), cached "
          f"re-run {warm_s:.2f} s "
          f"= {warm_s / cold_s * 100:.1f} % of cold (claim < 10 %)")


if __name__ == "__main__":
    main()
