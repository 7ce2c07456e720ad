"""Entry point: ``run_studio(graph_path, screenshot=...)`` (called by ``mvstudio studio``).

The Qt event loop is also the asyncio loop (qasync), so the executor's tasks
run between paint events; blocking work is already off-loop in the engine.
With ``screenshot`` the window opens offscreen (when there is no display), lays
out, shows cached results only, waits for their thumbnails, writes the PNG and
exits 0.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from studio.gui.qt import QtCore, QtWidgets

SCREEN_SIZE = (1920, 1080)


def _ensure_platform(screenshot: str | None) -> None:
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if (screenshot or headless) and sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_app() -> QtWidgets.QApplication:
    from studio.gui import theme

    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("mvstudio")
    # Worker threads (analysis, encodes) must hand the GIL back to the GUI thread
    # quickly: 1 ms instead of 5 ms keeps event-loop stalls short (see benchmark).
    sys.setswitchinterval(0.001)
    theme.apply(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


async def take_screenshot(win: QtWidgets.QMainWindow, out: Path) -> int:
    """Lay out, wait for cached thumbnails and the timeline, grab, write atomically."""
    # Sleeping yields to the Qt loop (qasync), which lays out and paints; never call
    # processEvents() from a coroutine: it would re-enter other asyncio tasks.
    await asyncio.sleep(0.2)
    await win.run.settle()  # type: ignore[attr-defined]
    win.canvas.frame_all()  # type: ignore[attr-defined]
    paid = [nid for nid, n in win.doc.graph.nodes.items()  # type: ignore[attr-defined]
            if (spec := win.registry.get(n.type_id)) is not None and spec.paid]
    if paid:  # show a generator's parameters (model picker) in the properties panel
        win.props.show_node(win.doc.graph, paid[-1])  # type: ignore[attr-defined]
    await asyncio.sleep(0.3)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.stem}.tmp{out.suffix or '.png'}")
    if not win.grab().save(str(tmp), "PNG"):
        print(f"mvstudio: could not write the screenshot {out}", file=sys.stderr)
        return 1
    os.replace(tmp, out)
    print(f"screenshot: {out}")
    return 0


def scripted_studio(home: Path) -> tuple[QtWidgets.QApplication, asyncio.AbstractEventLoop, Any]:
    """A studio window on a qasync loop with its own workspace at ``home``, answering "no"
    to every question and computing nothing on open: for benchmarks and screenshot scripts."""
    import qasync

    from nodes.registry import default_registry
    from nodes.workspace import Workspace
    from studio.gui.main_window import MainWindow
    from studio.gui.settings import SecretStore

    app = make_app()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    win = MainWindow(registry=default_registry(), workspace=Workspace.open(home),
                     ask=lambda _t, _q: False, secrets=SecretStore(home, use_keyring=False))
    win.run.allow_compute = False
    win.resize(*SCREEN_SIZE)
    win.show()
    return app, loop, win


def run_studio(graph_path: str | None, *, screenshot: str | None = None) -> int:
    _ensure_platform(screenshot)
    import qasync

    from nodes.registry import default_registry
    from nodes.workspace import Workspace
    from studio.gui.main_window import MainWindow

    app = make_app()
    from concurrent.futures import ThreadPoolExecutor

    loop = qasync.QEventLoop(app)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=8))  # not qasync's QThreads
    asyncio.set_event_loop(loop)
    registry = default_registry()
    ws = Workspace.open()
    win = MainWindow(registry=registry, workspace=ws,
                     ask=(lambda _t, _q: False) if screenshot else None)
    if screenshot:
        win.run.allow_compute = False
    if graph_path and not win.open_path(Path(graph_path)) and screenshot:
        print(f"mvstudio: cannot open {graph_path}", file=sys.stderr)
        return 2
    if not graph_path and not screenshot:
        win.offer_untitled_recovery()
    for err in registry.load_errors:
        win.notify(err, error=True)
    if screenshot:
        win.resize(*SCREEN_SIZE)
        win.show()
        with loop:
            code = loop.run_until_complete(take_screenshot(win, Path(screenshot)))
        win.run.controller.shutdown()
        return code
    win.show()
    from studio.warmup import GUI_MODULES, warm_up

    engine_process = win.run.controller.process
    # With an engine process the heavy engine imports (~140 MB) happen there, not here.
    warm = warm_up(http_client=engine_process is None,
                   modules=GUI_MODULES if engine_process is not None else None)
    win.run.controller.http_client = lambda: warm.http_client  # inline mode
    if engine_process is not None:
        engine_process.start()  # its imports are done before the first Run
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    QtCore.QTimer.singleShot(0, win.canvas.frame_all)
    with loop:
        loop.run_until_complete(closed.wait())
    win.run.controller.shutdown()
    ws.close()
    return 0
