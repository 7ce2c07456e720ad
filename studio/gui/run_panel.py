"""Running graphs from the GUI, and the run log.

Where the executor runs (``RunController.mode``):

* ``process`` (default): in :mod:`studio.engine_worker`, a separate process.
  The GUI thread only turns its events into badges, so 50 provider jobs, an
  analysis and an encode cannot stall painting (they hold the GIL for tens of
  ms at a time when they share our interpreter).
* ``inline``: on the Qt event loop itself (qasync). Used for registries with
  node types the worker would not know (tests register their own).

There is no thread mode: an executor on a thread of the studio shares the GIL
with the GUI and stalled the window more than the engine process
(benchmarks/ui_responsiveness.py, docs/benchmarks.md "Studio").

Events arrive on the GUI thread as the same typed events in every mode and are
re-emitted as a Qt signal. Each run works on a snapshot of the graph, so
editing during a run is safe.
"""

from __future__ import annotations

import asyncio
import html
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodes import events as ev
from nodes.document import dumps, loads
from nodes.engine import Engine, InProcessEngine
from nodes.executor import RunResult
from nodes.graph import Graph
from nodes.registry import Registry, default_registry
from nodes.run_request import RunRequest, make_request
from nodes.states import RunKind
from nodes.workspace import Workspace
from studio.gui.engine_process import EngineProcess, ProcessEngine
from studio.gui.qt import QtCore, QtGui, QtWidgets

MODES = ("process", "inline")


@dataclass(slots=True)
class RunOptions:
    """What the settings give a run: provider keys/URLs, limits, env for the hub."""

    provider_settings: dict[str, str] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    env: Mapping[str, str] | None = None


class RunController(QtCore.QObject):
    """Starts, tracks and cancels one run at a time, in the engine process by default.

    Each run goes through one :class:`nodes.engine.Engine` (:meth:`engine`): a
    ``ProcessEngine`` over the engine process, or inline an ``InProcessEngine`` on
    the Qt event loop (qasync).
    """

    event = QtCore.Signal(object)
    finished = QtCore.Signal(object)  # RunResult, or None when cancelled or crashed
    crashed = QtCore.Signal(str)

    def __init__(self, ws: Workspace, registry: Registry, *,
                 options: Callable[[], RunOptions],
                 services: Mapping[str, Any] | None = None) -> None:
        super().__init__()
        self.process: EngineProcess | None = None
        self.ws = ws
        self.registry = registry
        self.options = options
        self.services = dict(services or {})
        self.task: asyncio.Future[RunResult | None] | None = None
        self.started_at: float | None = None
        self.last: RunResult | None = None
        self.http_client: Callable[[], Any] = lambda: None  # shared client once warmed up

    @property
    def mode(self) -> str:
        return "process" if self.process else "inline"

    def unknown_to_worker(self) -> list[str]:
        """Node types of our registry that the engine process (default registry) lacks."""
        known = {spec.type_id for spec in default_registry()}
        return sorted(spec.type_id for spec in self.registry if spec.type_id not in known)

    def set_mode(self, mode: str) -> None:
        """Switch where runs execute; only between runs."""
        if mode not in MODES:
            raise ValueError(f"engine mode must be one of {', '.join(MODES)}, not {mode!r}")
        if self.running:
            raise RuntimeError("cannot switch while a run is in progress")
        if mode != "process" and self.process is not None:
            self.process.stop()
            self.process = None
        if mode == "process" and self.process is None:
            self.process = EngineProcess(self.ws.root, review_waiter=self.services.get(
                "review_waiter"), parent=self)
            self.process.crashed.connect(self.crashed)

    def shutdown(self) -> None:
        """Stop the engine process (window closing)."""
        if self.process is not None:
            self.process.stop()

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def engine(self) -> Engine:
        """Where the next run executes: the engine process, or this interpreter (inline)."""
        opts = self.options()
        if self.process is not None:
            return ProcessEngine(self.process, artifacts=self.ws.artifacts,
                                 provider_settings=dict(opts.provider_settings),
                                 env=dict(opts.env if opts.env is not None else os.environ))
        return InProcessEngine(self.ws, self.registry, provider_settings=opts.provider_settings,
                               env=opts.env, http_client=self.http_client(),
                               review_waiter=self.services.get("review_waiter"))

    def start(self, graph: Graph, *, graph_path: Path | None, targets: set[str] | None = None,
              budget_usd: float | None = None, dry_run: bool = False,
              no_cache: bool = False) -> asyncio.Future[RunResult | None]:
        if self.running:
            raise RuntimeError("a run is already in progress; cancel it first")
        snapshot = loads(dumps(graph), self.registry).graph
        request = make_request(snapshot, graph_path=graph_path, targets=targets,
                               budget_usd=budget_usd, dry_run=dry_run, no_cache=no_cache,
                               limits=self.options().limits)
        self.started_at = time.perf_counter()
        self.task = asyncio.ensure_future(self._run(request))
        return self.task

    def cancel(self) -> None:
        """Cancel the run; either engine stops its provider jobs and records them cancelled."""
        if self.task is not None and not self.task.done():
            self.task.cancel()

    async def compute(self, graph: Graph, *, graph_path: Path | None,
                      targets: set[str]) -> RunResult | None:
        """Run ``targets`` quietly (no events, no badges): the timeline's data."""
        request = make_request(graph, graph_path=graph_path, targets=targets,
                               limits=self.options().limits, kind=RunKind.PREVIEW)
        return await self.engine().run(request)

    def _sink(self, event: ev.Event) -> None:
        self.event.emit(event)

    async def _run(self, request: RunRequest) -> RunResult | None:
        result: RunResult | None = None
        try:
            result = await self.engine().run(request, sink=self._sink)
            if result is not None:
                self.last = result
            return result
        except asyncio.CancelledError:
            return None
        except Exception as exc:  # an engine bug must not take the studio down
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
            return None
        finally:
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
        # A 50-job run logs hundreds of lines in a few seconds; each append lays the
        # document out again, so run events are appended in batches.
        self._pending: list[str] = []
        self._flush_timer = QtCore.QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(150)
        self._flush_timer.timeout.connect(self.flush)
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(9)
        self.setFont(font)

    def _clicked(self, url: QtCore.QUrl) -> None:
        if url.scheme() == "node":
            self.jump.emit(url.path() or url.toString()[5:])

    def line(self, text: str, *, node_id: str | None = None, colour: str = "#c9ced8",
             batch: bool = False) -> None:
        stamp = time.strftime("%H:%M:%S")
        who = (f'<a href="node:{html.escape(node_id)}" style="color:#7fb3ff">'
               f"{html.escape(node_id)}</a> " if node_id else "")
        self._pending.append(f'<span style="color:#6d7480">{stamp}</span> {who}'
                             f'<span style="color:{colour}">{html.escape(text)}</span>')
        if not batch:
            self.flush()
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Append the lines waiting in a batch (before anything reads the log)."""
        self._flush_timer.stop()
        if self._pending:
            lines, self._pending = self._pending, []
            self.append("<br>".join(lines))

    def toPlainText(self) -> str:  # noqa: N802 - Qt API
        self.flush()
        return super().toPlainText()

    def log_event(self, event: ev.Event) -> None:
        """Everything but progress ticks (too many to be useful in a log), in batches."""
        line = self.line
        if isinstance(event, ev.RunStarted):
            line(f"run {event.run_id} started: {event.total_nodes} nodes", colour="#7fb3ff",
                 batch=True)
        elif isinstance(event, ev.NodeStarted):
            extra = f" ({event.elements} elements)" if event.elements > 1 else ""
            line(f"started{extra}", node_id=event.node_id, batch=True)
        elif isinstance(event, ev.NodeCached):
            line("cached", node_id=event.node_id, colour="#6fcf97", batch=True)
        elif isinstance(event, ev.NodeFinished):
            cost = f", ${event.cost_usd:.3f}" if event.cost_usd else ""
            line(f"done in {event.seconds:.2f}s{cost}", node_id=event.node_id,
                 colour="#6fcf97", batch=True)
        elif isinstance(event, ev.NodeFailed):
            colour = "#ff6b6b" if event.kind == "error" else "#c7a65a"
            line(f"{event.kind}: {event.message}", node_id=event.node_id, colour=colour,
                 batch=True)
        elif isinstance(event, ev.RunFinished):
            colour = "#6fcf97" if event.status == "succeeded" else "#ff6b6b"
            line(f"run {event.status} in {event.seconds:.1f}s, spent ${event.cost_usd:.3f}",
                 colour=colour)
