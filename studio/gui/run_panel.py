"""Running graphs from the GUI: the executor on the Qt event loop (qasync), and the run log.

The executor is asyncio; with ``qasync.QEventLoop`` its tasks run on the Qt
thread between paint events, and its blocking work is already off-loop. Events
arrive on the GUI thread and are re-emitted as a Qt signal. Cancel = cancel the
task. Each run works on a snapshot of the graph, so editing during a run is safe.
"""

from __future__ import annotations

import asyncio
import html
import inspect
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodes import events as ev
from nodes.document import dumps, loads
from nodes.executor import RunResult
from nodes.graph import Graph
from nodes.registry import Registry
from nodes.workspace import Workspace
from studio.gui.qt import QtCore, QtGui, QtWidgets


@dataclass(slots=True)
class RunOptions:
    """What the settings give a run: provider keys/URLs, limits, env for the hub."""

    provider_settings: dict[str, str] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    env: Mapping[str, str] | None = None


class EngineThread:
    """An asyncio loop in its own thread: the *option* to run the executor off the GUI
    thread. With many provider jobs at once, their HTTP bookkeeping then no longer
    competes with painting (see benchmarks/ui_responsiveness.py, run C)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._main, name="mvstudio-engine", daemon=True)
        self.thread.start()

    def _main(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Any) -> asyncio.Future[Any]:
        """Run ``coro`` on the engine loop; the result is awaitable on the caller's loop."""
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


def _on_loop(fn: Callable[..., Any], loop: asyncio.AbstractEventLoop) -> Callable[..., Any]:
    """A coroutine function that runs ``fn`` on ``loop`` (the GUI's) when called elsewhere."""
    async def call(*args: Any, **kwargs: Any) -> Any:
        return await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(fn(*args, **kwargs), loop))
    return call


class RunController(QtCore.QObject):
    """Starts, tracks and cancels one run at a time.

    By default the executor runs on the Qt event loop (qasync). With ``engine``
    (an :class:`EngineThread`) it runs on that thread's loop instead; events still
    arrive on the GUI thread (queued Qt signals) and coroutine services such as
    the review waiter are called back on the GUI loop.
    """

    event = QtCore.Signal(object)
    finished = QtCore.Signal(object)  # RunResult, or None when the run crashed
    crashed = QtCore.Signal(str)

    def __init__(self, ws: Workspace, registry: Registry, *,
                 options: Callable[[], RunOptions],
                 services: Mapping[str, Any] | None = None,
                 engine: EngineThread | None = None) -> None:
        super().__init__()
        self.engine = engine
        self._inner: asyncio.Task[Any] | None = None
        self.ws = ws
        self.registry = registry
        self.options = options
        self.services = dict(services or {})
        self.task: asyncio.Future[RunResult | None] | None = None
        self.started_at: float | None = None
        self.last: RunResult | None = None
        self.http_client: Callable[[], Any] = lambda: None  # shared client once warmed up

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def start(self, graph: Graph, *, graph_path: Path | None, targets: set[str] | None = None,
              budget_usd: float | None = None, dry_run: bool = False,
              no_cache: bool = False) -> asyncio.Future[RunResult | None]:
        if self.running:
            raise RuntimeError("a run is already in progress; cancel it first")
        snapshot = loads(dumps(graph), self.registry).graph
        self.started_at = time.perf_counter()
        services = self.services
        if self.engine is not None:
            gui = asyncio.get_event_loop()
            services = {k: _on_loop(v, gui) if inspect.iscoroutinefunction(v) else v
                        for k, v in services.items()}
        coro = self._run(snapshot, graph_path, targets, budget_usd, dry_run, no_cache,
                         services)
        self.task = (asyncio.ensure_future(coro) if self.engine is None
                     else self.engine.submit(coro))
        return self.task

    def cancel(self) -> None:
        if self.task is None or self.task.done():
            return
        if self.engine is None:
            self.task.cancel()
        elif self._inner is not None:
            self.engine.loop.call_soon_threadsafe(self._inner.cancel)

    def _sink(self, event: ev.Event) -> None:
        self.event.emit(event)

    async def _run(self, graph: Graph, graph_path: Path | None, targets: set[str] | None,
                   budget_usd: float | None, dry_run: bool, no_cache: bool,
                   services: Mapping[str, Any]) -> RunResult | None:
        self._inner = asyncio.current_task()
        opts = self.options()
        executor, hub = self.ws.executor(registry=self.registry, sink=self._sink,
                                         limits=opts.limits,
                                         provider_settings=opts.provider_settings,
                                         env=opts.env, services=services,
                                         http_client=self.http_client())
        result: RunResult | None = None
        try:
            result = await executor.run(graph, graph_path=graph_path, targets=targets,
                                        dry_run=dry_run, budget_usd=budget_usd,
                                        no_cache=no_cache)
            self.last = result
            return result
        except asyncio.CancelledError:
            return None
        except Exception as exc:  # an engine bug must not take the studio down
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
            return None
        finally:
            await hub.aclose()
            self.finished.emit(result)


_STATE_OF = {ev.NodeQueued: "queued", ev.NodeStarted: "running", ev.NodeProgress: "running",
             ev.NodeCached: "cached", ev.NodeFinished: "done"}


@dataclass(slots=True)
class NodeState:
    state: str = ""
    fraction: float | None = None
    message: str = ""
    cost_usd: float = 0.0


class RunTracker:
    """Per-node state and run totals from events (the status bar and badges read it)."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeState] = {}
        self.total = 0
        self.spent_usd = 0.0
        self.estimated_usd: float | None = None
        self.status = ""

    def apply(self, event: ev.Event) -> NodeState | None:
        if isinstance(event, ev.RunStarted):
            self.nodes.clear()
            self.total, self.spent_usd, self.status = event.total_nodes, 0.0, "running"
            return None
        if isinstance(event, ev.RunFinished):
            self.status, self.spent_usd = event.status, event.cost_usd
            return None
        node_id = getattr(event, "node_id", None)
        if node_id is None:
            return None
        st = self.nodes.setdefault(node_id, NodeState())
        if isinstance(event, ev.NodeFailed):
            st.state = {"skipped": "skipped", "cancelled": "cancelled"}.get(event.kind, "failed")
            st.message = event.message
        else:
            st.state = _STATE_OF.get(type(event), st.state)
        if isinstance(event, ev.NodeProgress):
            st.fraction, st.message = event.fraction, event.message
        if isinstance(event, ev.NodeFinished):
            st.cost_usd = event.cost_usd
            self.spent_usd += event.cost_usd
        return st

    @property
    def finished_count(self) -> int:
        return sum(1 for s in self.nodes.values()
                   if s.state in ("done", "cached", "failed", "skipped", "cancelled"))


class RunLog(QtWidgets.QTextBrowser):
    """The run log; node names are links that jump to the node."""

    jump = QtCore.Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.document().setMaximumBlockCount(3000)
        self.anchorClicked.connect(self._clicked)
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(9)
        self.setFont(font)

    def _clicked(self, url: QtCore.QUrl) -> None:
        if url.scheme() == "node":
            self.jump.emit(url.path() or url.toString()[5:])

    def line(self, text: str, *, node_id: str | None = None, colour: str = "#c9ced8") -> None:
        stamp = time.strftime("%H:%M:%S")
        who = (f'<a href="node:{html.escape(node_id)}" style="color:#7fb3ff">'
               f"{html.escape(node_id)}</a> " if node_id else "")
        self.append(f'<span style="color:#6d7480">{stamp}</span> {who}'
                    f'<span style="color:{colour}">{html.escape(text)}</span>')

    def log_event(self, event: ev.Event) -> None:
        """Everything but progress ticks (too many to be useful in a log)."""
        if isinstance(event, ev.RunStarted):
            self.line(f"run {event.run_id} started: {event.total_nodes} nodes", colour="#7fb3ff")
        elif isinstance(event, ev.NodeStarted):
            extra = f" ({event.elements} elements)" if event.elements > 1 else ""
            self.line(f"started{extra}", node_id=event.node_id)
        elif isinstance(event, ev.NodeCached):
            self.line("cached", node_id=event.node_id, colour="#6fcf97")
        elif isinstance(event, ev.NodeFinished):
            cost = f", ${event.cost_usd:.3f}" if event.cost_usd else ""
            self.line(f"done in {event.seconds:.2f}s{cost}", node_id=event.node_id,
                      colour="#6fcf97")
        elif isinstance(event, ev.NodeFailed):
            colour = "#ff6b6b" if event.kind == "error" else "#c7a65a"
            self.line(f"{event.kind}: {event.message}", node_id=event.node_id, colour=colour)
        elif isinstance(event, ev.RunFinished):
            colour = "#6fcf97" if event.status == "succeeded" else "#ff6b6b"
            self.line(f"run {event.status} in {event.seconds:.1f}s, spent ${event.cost_usd:.3f}",
                      colour=colour)
