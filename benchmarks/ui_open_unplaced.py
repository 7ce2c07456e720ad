"""How fast does a 300-node graph written by a script (no ``ui`` block) reach first paint,
auto-layout included? Compared, in the same run, with the same graph with positions.

Two shapes of 300 nodes: a chain, and a fan (30 text inputs, each feeding a chain of
9 templates, with cross links between neighbouring chains). Each is opened 5 times
with and 5 times without positions; the figure is the median time from ``open_path``
to the canvas's first paint (and, separately, until every node is drawn). Offscreen
Qt at 1920x1080, temp workspace. Prints the headline figure last.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nodes.document import save  # noqa: E402
from nodes.graph import Graph, Link, Node  # noqa: E402

REPEAT = 5


def chain(n: int = 300) -> Graph:
    g = Graph()
    g.nodes["n0"] = Node("n0", "input.text", params={"text": "x"})
    for i in range(1, n):
        g.nodes[f"n{i}"] = Node(f"n{i}", "text.template", params={"template": "{text}!"})
        g.links.append(Link(f"n{i - 1}", "text", f"n{i}", "text"))
    return g


def fan(inputs: int = 30, depth: int = 9) -> Graph:
    g = Graph()
    for a in range(inputs):
        g.nodes[f"in{a}"] = Node(f"in{a}", "input.text", params={"text": f"idea {a}"})
        prev = f"in{a}"
        for d in range(depth):
            nid = f"t{a}_{d}"
            g.nodes[nid] = Node(nid, "text.template", params={"template": "{text}."})
            src = prev if (d % 3 or a == 0) else f"t{a - 1}_{d - 1}" if d else prev
            g.links.append(Link(src, "text", nid, "text"))
            prev = nid
    return g


def write(g: Graph, path: Path, *, placed: bool) -> Path:
    from studio.gui.layout import layered_positions

    g.ui = {n: {"pos": list(xy)} for n, xy in layered_positions(g).items()} if placed else {}
    save(g, path)
    if not placed:
        data = json.loads(path.read_text())
        data.pop("ui", None)
        path.write_text(json.dumps(data))
    return path


async def open_once(win: object, path: Path) -> tuple[float, float, int]:
    """On the studio's running loop, as when a person opens a file."""
    import asyncio

    win.doc.stack.setClean()  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    win.open_path(path)  # type: ignore[attr-defined]
    win.canvas.viewer.viewport().repaint()  # type: ignore[attr-defined]
    first = time.perf_counter() - t0
    while win.canvas.building:  # type: ignore[attr-defined]
        await asyncio.sleep(0.001)  # the rest is drawn in slices between events
    await win.run.settle()  # type: ignore[attr-defined]
    placed = sum(1 for v in win.doc.graph.ui.values() if "pos" in v)  # type: ignore[attr-defined]
    return first, time.perf_counter() - t0, placed


def main() -> int:
    from studio.gui.app import scripted_studio
    from studio.gui.layout import layered_positions

    tmp = Path(tempfile.mkdtemp(prefix="mvstudio-bench-"))
    os.environ["MVSTUDIO_HOME"] = str(tmp / "home")
    from concurrent.futures import ThreadPoolExecutor

    _app, loop, win = scripted_studio(tmp / "home")
    pool = ThreadPoolExecutor(max_workers=4)  # not qasync's QThreads (joined below)
    loop.set_default_executor(pool)
    print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    worst_unplaced = 0.0
    loop.__enter__()  # one running-capable loop for every open (closed at exit)
    for name, make in (("chain", chain), ("fan", fan)):
        g = make()
        t = time.perf_counter()
        layered_positions(g)
        layout_ms = (time.perf_counter() - t) * 1000
        rows: dict[bool, list[tuple[float, float, int]]] = {True: [], False: []}
        for i in range(REPEAT):
            for placed in (True, False):
                path = write(make(), tmp / f"{name}-{placed}-{i}.mvgraph", placed=placed)
                rows[placed].append(loop.run_until_complete(open_once(win, path)))
        for placed in (True, False):
            first = statistics.median(r[0] for r in rows[placed]) * 1000
            full = statistics.median(r[1] for r in rows[placed]) * 1000
            label = "with positions" if placed else "no ui block (auto-layout)"
            assert all(r[2] == len(g.nodes) for r in rows[placed])  # every node placed
            print(f"{name} {len(g.nodes)} nodes, {label}: first paint {first:.0f} ms, "
                  f"all drawn {full:.0f} ms (median of {REPEAT})")
            if not placed:
                worst_unplaced = max(worst_unplaced, first)
        print(f"{name}: layered layout alone {layout_ms:.1f} ms")
    win.doc.stack.setClean()
    win.run.controller.shutdown()
    pool.shutdown(wait=True)
    print(f"open a 300-node graph without a ui block to first paint, auto-layout included: "
          f"{worst_unplaced:.0f} ms, worst shape, median of {REPEAT} (target < 1000 ms)")
    return 0 if worst_unplaced < 1000 else 1


if __name__ == "__main__":
    sys.exit(main())
