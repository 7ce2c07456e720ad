"""How ``studio-running.png`` was made: the studio mid-run on the loopback provider fakes.

A theme feeds eight paid image jobs (fal, on the fakes) and a human review gate;
the screenshot is taken while jobs are still running and one image waits for
review. Run: ``.venv/bin/python docs/screenshots/make_running_shot.py``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def build_graph(folder: Path) -> Path:
    from nodes.document import save
    from nodes.graph import Graph, Link, Node

    g = Graph()
    g.nodes["theme"] = Node("theme", "input.text",
                            params={"text": "a lighthouse keeper who dreams of the aurora"})
    g.ui["theme"] = {"pos": [0, 300]}
    for i in range(8):
        nid = f"shot_{i + 1}"
        g.nodes[nid] = Node(nid, "gen.image", params={
            "model": "fal:fal-ai/flux/schnell", "seed": i, "width": 512, "height": 288})
        g.links.append(Link("theme", "text", nid, "prompt"))
        g.ui[nid] = {"pos": [320 + 260 * (i % 4), 250 * (i // 4) + 60]}
    g.nodes["review"] = Node("review", "gate.review", params={"auto_approve": False})
    g.links.append(Link("shot_1", "image", "review", "media"))
    g.ui["review"] = {"pos": [1400, 120]}
    path = folder / "shots.mvgraph"
    save(g, path)
    return path


async def shoot(win: object, out: Path) -> None:
    from studio.gui.app import take_screenshot

    task = win.run.start(None)  # type: ignore[attr-defined]
    while win.review.list.count() == 0:  # type: ignore[attr-defined]
        await asyncio.sleep(0.05)
    win.props.show_node(win.doc.graph, "shot_2")  # type: ignore[attr-defined]
    await take_screenshot(win, out)  # type: ignore[arg-type]
    win.run.cancel()  # type: ignore[attr-defined]
    await asyncio.gather(task, return_exceptions=True)


def main() -> int:
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState
    from studio.gui.app import scripted_studio

    tmp = Path(tempfile.mkdtemp(prefix="mvstudio-shot-"))
    server = FakeServer(FakeState(polls_to_complete=4)).start()
    os.environ.update(server.env())
    _app, loop, win = scripted_studio(tmp / "home")
    win.open_path(build_graph(tmp))
    win.d_review.raise_()
    with loop:
        loop.run_until_complete(shoot(win, Path(__file__).with_name("studio-running.png")))
    win.run.controller.shutdown()
    server.stop()
    win.doc.stack.setClean()
    return 0


if __name__ == "__main__":
    sys.exit(main())
