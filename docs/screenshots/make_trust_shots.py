"""How ``studio-main.png``, ``studio-timeline.png`` and ``studio-gallery.png`` were made:
the demo graph run in a real 1920x1080 window on an X server, grabbed with ImageMagick.

    apt-get install -y xvfb xdotool imagemagick
    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/make_trust_shots.py

The demo graph runs at 960x540 (to keep the run short; nothing else differs), offline
with local models. Then: the main window after the run; the timeline zoomed to the
chorus with its shot track; the stills of the per-shot image node in the gallery.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
HERE = Path(__file__).resolve().parent


def demo_copy(folder: Path) -> Path:
    for name in ("song.flac", "demo.lrc"):  # the song and the lyrics node's file
        shutil.copy(REPO / "assets" / "demo" / name, folder / name)
    data = json.loads((REPO / "assets" / "demo" / "demo.mvgraph").read_text())
    for node in data["nodes"]:
        params = node["params"]
        tall = params.get("height", 0) > params.get("width", 1)  # the 9:16 render
        if "width" in params:
            params.update(width=304 if tall else 960, height=540)
        if node["type"] == "out.render":  # each render keeps its own file and shape
            params.update(path=f"out/{node['id']}.mp4", preset="custom",
                          width=304 if tall else 960, height=540)
    (folder / "demo.mvgraph").write_text(json.dumps(data, indent=2))
    return folder / "demo.mvgraph"


def grab(out: Path, rect: tuple[int, int, int, int] | None = None) -> None:
    """The X screen (or a rectangle of it) as a PNG, written atomically."""
    tmp = out.with_name(f".{out.stem}.tmp.png")
    cmd = ["import", "-window", "root"]
    if rect is not None:
        x, y, w, h = rect
        cmd += ["-crop", f"{w}x{h}+{x}+{y}", "+repage"]
    subprocess.run([*cmd, str(tmp)], check=True)
    os.replace(tmp, out)
    print(f"screenshot: {out}")


def screen_rect(widget: object) -> tuple[int, int, int, int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())  # type: ignore[attr-defined]
    return top_left.x(), top_left.y(), widget.width(), widget.height()  # type: ignore[attr-defined]


async def shoot(win: object) -> None:
    from studio.gui.qt import QtCore

    await asyncio.sleep(1.0)
    result = await win.run.start(None)  # type: ignore[attr-defined]
    print(f"run: {result.status} in {result.seconds:.1f} s")
    await asyncio.sleep(1.0)
    await win.run.settle()  # type: ignore[attr-defined]
    win.canvas.select(["clips"])  # type: ignore[attr-defined]
    await asyncio.sleep(1.5)
    grab(HERE / "studio-main.png")
    tl = win.timeline  # type: ignore[attr-defined]
    win.d_timeline.raise_()  # type: ignore[attr-defined]
    tl.canvas.set_view(14.0, 14.0)
    tl.set_playhead(19.3)
    await asyncio.sleep(0.8)
    grab(HERE / "studio-timeline.png", screen_rect(win.d_timeline))  # type: ignore[attr-defined]
    win.resizeDocks([win.d_props, win.d_preview], [260, 760],  # type: ignore[attr-defined]
                    QtCore.Qt.Orientation.Vertical)
    win.run.open_in_preview("images")  # type: ignore[attr-defined]
    await win.run.settle()  # type: ignore[attr-defined]
    await asyncio.sleep(2.0)  # the grid's stills are made off the GUI thread
    win.preview.gallery.select(6)  # type: ignore[attr-defined]
    await asyncio.sleep(1.0)
    grab(HERE / "studio-gallery.png", screen_rect(win.d_preview))  # type: ignore[attr-defined]


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("needs an X display (see the docstring)", file=sys.stderr)
        return 2
    from concurrent.futures import ThreadPoolExecutor

    from studio.gui.app import scripted_studio

    tmp = Path(tempfile.mkdtemp(prefix="mvstudio-shots-"))
    os.environ["MVSTUDIO_HOME"] = str(tmp / "home")
    _app, loop, win = scripted_studio(tmp / "home")
    loop.set_default_executor(ThreadPoolExecutor(max_workers=4))
    win.run.allow_compute = True  # the timeline is computed, as in a normal session
    win.run.use_engine("inline")
    win.move(0, 0)
    win.resize(1920, 1080)
    win.open_path(demo_copy(tmp))
    with loop:
        loop.run_until_complete(shoot(win))
    win.run.controller.shutdown()
    win.doc.stack.setClean()
    return 0


if __name__ == "__main__":
    sys.exit(main())
