"""Offscreen Qt, a qasync loop per test, a temp workspace, and a main-window factory."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

REPO = Path(__file__).resolve().parents[3]


def _register_helpers() -> None:
    """``import trust_helpers`` in the GUI tests (--import-mode=importlib puts no test
    folder on sys.path, and adding one would shadow other folders' ``conftest``)."""
    import importlib.util

    path = Path(__file__).resolve().parent / "trust_helpers.py"
    spec = importlib.util.spec_from_file_location("trust_helpers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["trust_helpers"] = module
    spec.loader.exec_module(module)


_register_helpers()
DEMO = REPO / "assets" / "demo" / "demo.mvgraph"


@pytest.fixture
def aloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """asyncio on the Qt loop; qtbot.waitUntil drives both."""
    from concurrent.futures import ThreadPoolExecutor

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    pool = ThreadPoolExecutor(max_workers=4)
    loop.set_default_executor(pool)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        for _ in range(20):
            qapp.processEvents()
        asyncio.events._set_running_loop(None)  # other test areas use asyncio.run()
        asyncio.set_event_loop_policy(None)  # back to a fresh default, as before the test
        pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    monkeypatch.setenv("MVSTUDIO_HOME", str(root))
    return root


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """The demo graph and its song in a temp folder (the repo copy stays untouched)."""
    folder = tmp_path / "proj"
    folder.mkdir()
    for name in ("demo.mvgraph", "song.flac", "demo.lrc"):  # the graph and what it reads
        shutil.copy(DEMO.parent / name, folder / name)
    return folder / "demo.mvgraph"


class Answers:
    """Scripted answers to the window's yes/no questions."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True

    def __call__(self, title: str, question: str) -> bool:
        self.asked.append(title)
        return self.answer


@pytest.fixture
def make_window(qtbot: Any, aloop: Any, home: Path) -> Callable[..., Any]:
    from nodes.registry import default_registry
    from nodes.workspace import Workspace
    from studio.gui.main_window import MainWindow
    from studio.gui.settings import SecretStore

    made: list[Any] = []

    def make(registry: Any = None, *, answers: Answers | None = None) -> Any:
        ws = Workspace.open(home)
        win = MainWindow(registry=registry or default_registry(), workspace=ws,
                         ask=answers or Answers(), secrets=SecretStore(home, use_keyring=False))
        win.run.allow_compute = False  # tests start runs explicitly
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.run.controller.cancel()
        win.run.controller.shutdown()  # the engine process, if one was started
        win.doc.stack.setClean()


@pytest.fixture
def answers_type() -> type[Answers]:
    return Answers


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's interpreter teardown once the GUI tests have reported.

    PySide6 6.12 + NodeGraphQt on Python 3.11 segfault while the interpreter tears
    down Qt objects at exit, after every test has passed and been reported; that
    turned a green run into exit code 139. Exiting here keeps pytest's real status.
    """
    import sys

    status = getattr(config, "_mvstudio_exit_status", None)
    if status is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(status))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config._mvstudio_exit_status = exitstatus  # type: ignore[attr-defined]
