"""The studio's side of the engine process (:mod:`studio.engine_worker`).

A ``QProcess`` speaks JSON lines with the worker; its output arrives as a Qt
signal, so reading it never blocks the GUI thread. Each run is an id with an
asyncio future for its result and a callback for its events. When the worker
dies, every open run ends (``None``) and the next run starts a new worker.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import studio
from nodes import events as ev
from nodes.cache import ArtifactStore
from nodes.executor import RunResult
from nodes.run_request import RunRequest
from studio.engine_protocol import (
    CancelMessage,
    CrashedMessage,
    EventMessage,
    FinishedMessage,
    Message,
    ProtocolError,
    QuitMessage,
    ReadyMessage,
    ReviewDecisionMessage,
    ReviewMessage,
    decode,
    encode,
    from_dict,
    result_from_json,
    review_item_from_json,
    run_fields,
)
from studio.gui.qt import QtCore

_PACKAGE_ROOT = str(Path(studio.__file__).resolve().parents[1])
SLICE_S = 0.008  # message handling per event-loop turn


class _Run:
    __slots__ = ("future", "on_event", "reviews")

    def __init__(self, future: asyncio.Future[Any], on_event: Callable[[ev.Event], None] | None
                 ) -> None:
        self.future = future
        self.on_event = on_event
        self.reviews: set[asyncio.Task[Any]] = set()  # waiting for a person, for this run

    def end(self, result: Any) -> None:
        for task in self.reviews:
            task.cancel()  # the run is over: the panel keeps the item, not the wait
        if not self.future.done():
            self.future.set_result(result)


class EngineProcess(QtCore.QObject):
    """One worker process, started on demand, reused for every run."""

    crashed = QtCore.Signal(str)  # the worker died or reported an engine bug

    def __init__(self, home: Path, *,
                 review_waiter: Callable[[Any], Awaitable[Any]] | None = None,
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.review_waiter = review_waiter
        self.proc: Any = None
        self.ready = False
        self.pid: int | None = None
        self._buffer = b""
        self._inbox: collections.deque[bytes] = collections.deque()
        self._runs: dict[str, _Run] = {}
        self._ids = itertools.count(1)
        self._stderr_tail: collections.deque[str] = collections.deque(maxlen=20)

    # -- the process -------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker if it is not running (cheap to call again)."""
        if self.proc is not None:
            return
        proc = QtCore.QProcess(self)
        env = QtCore.QProcessEnvironment.systemEnvironment()
        path = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", _PACKAGE_ROOT + (os.pathsep + path if path else ""))
        proc.setProcessEnvironment(env)
        proc.readyReadStandardOutput.connect(self._read_stdout)
        proc.readyReadStandardError.connect(self._read_stderr)
        proc.finished.connect(lambda *_a, p=proc: self._on_exit(p))
        proc.errorOccurred.connect(lambda err, p=proc: self._on_error(p, err))
        self.proc, self.ready, self._buffer = proc, False, b""
        proc.start(sys.executable, ["-m", "studio.engine_worker", str(self.home)])

    def stop(self, timeout_ms: int = 3000) -> None:
        """Ask the worker to leave (cancels its runs), then make sure it has."""
        proc = self.proc
        if proc is None:
            return
        if proc.state() != QtCore.QProcess.ProcessState.NotRunning:
            proc.write(encode(QuitMessage()))
            proc.closeWriteChannel()
            if not proc.waitForFinished(timeout_ms):
                proc.kill()
                proc.waitForFinished(1000)
        self._on_exit(proc)

    @property
    def running(self) -> bool:
        return self.proc is not None

    def _send(self, message: Message) -> None:
        self.start()
        self.proc.write(encode(message))

    def _read_stdout(self) -> None:
        if self.proc is None:
            return
        self._buffer += bytes(self.proc.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        self._inbox.extend(line for line in lines if line.strip())
        self._drain()

    def _drain(self, *, everything: bool = False) -> None:
        """Handle queued messages for at most one slice, then let Qt paint and come back:
        a run's start sends one event per node at once."""
        deadline = float("inf") if everything else time.perf_counter() + SLICE_S
        while self._inbox:
            line = self._inbox.popleft()
            try:
                message = decode(line)
            except ProtocolError as exc:  # an engine bug: say so, never drop it silently
                self.crashed.emit(f"bad message from the engine process: {exc}")
                continue
            self._dispatch(message)
            if self._inbox and time.perf_counter() > deadline:
                QtCore.QTimer.singleShot(0, self._drain)
                return

    def _read_stderr(self) -> None:
        if self.proc is None:
            return
        text = bytes(self.proc.readAllStandardError()).decode("utf-8", "replace")
        self._stderr_tail.extend(line for line in text.splitlines() if line.strip())

    def _on_error(self, proc: Any, error: Any) -> None:
        if error == QtCore.QProcess.ProcessError.FailedToStart:  # no "finished" will follow
            self._stderr_tail.append(f"cannot start {sys.executable}: {proc.errorString()}")
            self._on_exit(proc)

    def _on_exit(self, proc: Any) -> None:
        if proc is not self.proc:
            return  # an earlier worker, already replaced
        self._read_stdout()
        self._drain(everything=True)  # its last words (a run's result) come first
        self.proc, self.ready = None, False
        proc.deleteLater()
        if not self._runs:
            return
        tail = " | ".join(list(self._stderr_tail)[-3:])
        self.crashed.emit("the engine process stopped" + (f": {tail}" if tail else ""))
        runs, self._runs = self._runs, {}
        for run in runs.values():
            run.end(None)

    # -- messages ----------------------------------------------------------------------
    def _dispatch(self, msg: Message) -> None:
        if isinstance(msg, ReadyMessage):
            self.ready, self.pid = True, msg.pid
        elif isinstance(msg, CrashedMessage):
            self.crashed.emit(msg.message)
        elif isinstance(msg, FinishedMessage):
            done = self._runs.pop(msg.id, None)
            if done is not None:
                done.end(msg.result)
        elif isinstance(msg, EventMessage):
            run = self._runs.get(msg.id)
            if run is not None and run.on_event is not None:
                run.on_event(ev.event_from_dict(msg.event))
        elif isinstance(msg, ReviewMessage) and (run := self._runs.get(msg.id)) is not None:
            task = asyncio.ensure_future(self._review(msg.req, msg.item))
            run.reviews.add(task)
            task.add_done_callback(run.reviews.discard)

    async def _review(self, req: str, item: dict[str, Any]) -> None:
        answer: Any = None
        try:
            if self.review_waiter is not None:
                answer = await self.review_waiter(review_item_from_json(item))
        except Exception as exc:  # a panel bug: the run gets "no decision", not a hang
            self.crashed.emit(f"review panel: {type(exc).__name__}: {exc}")
        if isinstance(answer, bool):
            decision = ReviewDecisionMessage(req=req, approved=answer)
        elif answer is not None:
            decision = ReviewDecisionMessage(req=req, approved=bool(answer.approved),
                                             note=str(answer.note), who=str(answer.who))
        else:
            decision = ReviewDecisionMessage(req=req, approved=None)
        if self.proc is not None:
            self._send(decision)

    # -- runs --------------------------------------------------------------------------
    def run(self, request: dict[str, Any], *,
            on_event: Callable[[ev.Event], None] | None = None
            ) -> tuple[str, asyncio.Future[dict[str, Any] | None]]:
        """Send a run; the future gets its JSON result, or None (cancelled, worker died)."""
        run_id = f"r{next(self._ids)}"
        future: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
        message = from_dict({"op": "run", "id": run_id, "events": on_event is not None,
                             **request})  # a bad request fails here, in the studio
        self._runs[run_id] = _Run(future, on_event)
        self._send(message)
        return run_id, future

    def cancel(self, run_id: str) -> None:
        if run_id in self._runs and self.proc is not None:
            self._send(CancelMessage(id=run_id))


class ProcessEngine:
    """The :class:`nodes.engine.Engine` interface over an :class:`EngineProcess`."""

    def __init__(self, process: EngineProcess, *, artifacts: ArtifactStore,
                 provider_settings: dict[str, str] | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.process = process
        self.artifacts = artifacts
        self.provider_settings = dict(provider_settings or {})
        self.env = env

    async def run(self, request: RunRequest, *, sink: ev.EventSink | None = None
                  ) -> RunResult | None:
        fields = {**run_fields(request), "provider_settings": self.provider_settings,
                  "env": self.env}
        run_id, future = self.process.run(fields, on_event=sink)
        try:
            data = await future
        except asyncio.CancelledError:  # the awaiting task was cancelled: stop the run too
            self.process.cancel(run_id)
            raise
        return result_from_json(data, self.artifacts) if data is not None else None
