"""The studio's engine process: runs graphs for the GUI, off the GUI's interpreter.

``python -m studio.engine_worker HOME`` is started once by the studio and
reused for every run (its imports, HTTP connections and thread pool stay warm).
Why a process: with 50 provider jobs, an analysis and an encode in flight, the
HTTP bookkeeping, librosa and PyAV hold the GIL for tens of milliseconds at a
time, and every such slice is a frozen window when they share the GUI's
interpreter (benchmarks/ui_responsiveness.py). Here they cannot.

The protocol is in :mod:`studio.engine_protocol`. The worker leaves when its
stdin closes, so a crashed studio never leaves it behind. Anything else that
writes to stdout (a library's print, FFmpeg's log) is sent to stderr, so the
protocol stream stays clean.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

from nodes import events as ev
from nodes.document import loads
from nodes.engine import InProcessEngine
from nodes.registry import Registry, default_registry
from nodes.review import ReviewDecision, ReviewItem
from nodes.run_request import RunRequest, make_request
from nodes.workspace import Workspace
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
    RunMessage,
    decode,
    encode,
    result_to_json,
)
from studio.warmup import warm_up


class Worker:
    def __init__(self, home: Path, out: IO[bytes]) -> None:
        self.ws = Workspace.open(home)
        self.registry = default_registry()
        self.out = out
        self.out_lock = threading.Lock()
        self.runs: dict[str, asyncio.Task[Any]] = {}
        self.reviews: dict[str, asyncio.Future[Any]] = {}
        self.review_ids = itertools.count(1)
        self.http_client: Any = None

    def send(self, message: Message) -> None:
        with self.out_lock:  # the event sink may be called from worker threads
            self.out.write(encode(message))
            self.out.flush()

    def client(self) -> Any:
        if self.http_client is None:
            import httpx

            self.http_client = httpx.AsyncClient(
                timeout=httpx.Timeout(60.0, connect=10.0), follow_redirects=True,
                limits=httpx.Limits(max_connections=100, max_keepalive_connections=20))
        return self.http_client

    async def handle(self, message: Message | ProtocolError) -> bool:
        """Act on one message; False means leave. A bad line is answered, not dropped."""
        if isinstance(message, ProtocolError):
            self.send(CrashedMessage(id=None, message=f"bad message from the studio: {message}"))
        elif isinstance(message, RunMessage):
            run_id = message.id
            task = asyncio.ensure_future(self.run(run_id, message))
            self.runs[run_id] = task
            task.add_done_callback(lambda _t: self.runs.pop(run_id, None))
        elif isinstance(message, CancelMessage):
            running = self.runs.get(message.id)
            if running is not None:
                running.cancel()
        elif isinstance(message, ReviewDecisionMessage):
            fut = self.reviews.pop(message.req, None)
            if fut is not None and not fut.done():
                fut.set_result(message)
        elif isinstance(message, QuitMessage):
            return False
        return True

    async def run(self, run_id: str, msg: RunMessage) -> None:
        def sink(event: ev.Event) -> None:
            self.send(EventMessage(id=run_id, event=event.to_dict()))

        async def review_waiter(item: ReviewItem) -> ReviewDecision | None:
            req = str(next(self.review_ids))
            fut: asyncio.Future[ReviewDecisionMessage] = (
                asyncio.get_running_loop().create_future())
            self.reviews[req] = fut
            self.send(ReviewMessage(id=run_id, req=req, item=item.to_json()))
            answer = await fut
            if answer.approved is None:
                return None
            return ReviewDecision(approved=answer.approved, note=answer.note, who=answer.who)

        try:
            request = request_from_message(msg, self.registry)
        except Exception as exc:  # a bad request must not take the worker down
            self.send(CrashedMessage(id=run_id, message=f"{type(exc).__name__}: {exc}"))
            self.send(FinishedMessage(id=run_id, result=None))
            return
        engine = InProcessEngine(self.ws, self.registry, provider_settings=msg.provider_settings,
                                 env=msg.env, http_client=self.client(),
                                 review_waiter=review_waiter)
        result = None
        try:
            result = await engine.run(request, sink=sink if msg.events else None)
        except asyncio.CancelledError:
            result = None
        except Exception as exc:  # an engine bug: report it, keep serving
            self.send(CrashedMessage(id=run_id, message=f"{type(exc).__name__}: {exc}"))
        self.send(FinishedMessage(id=run_id, result=result_to_json(result)
                                  if result is not None else None))


def request_from_message(msg: RunMessage, registry: Registry) -> RunRequest:
    """A ``run`` message as the same :class:`RunRequest` the CLI builds."""
    graph = loads(msg.graph, registry).graph
    return make_request(
        graph, graph_path=Path(msg.graph_path) if msg.graph_path else None,
        targets=msg.targets, budget_usd=msg.budget_usd, dry_run=msg.dry_run,
        no_cache=msg.no_cache, review=msg.review, resubmit=msg.resubmit, limits=msg.limits,
        kind=msg.kind)


def _protocol_stdout() -> IO[bytes]:
    """A private copy of stdout for the protocol; fd 1 itself now goes to stderr."""
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out


def _read_stdin(loop: asyncio.AbstractEventLoop,
                queue: asyncio.Queue[Message | ProtocolError]) -> None:
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        item: Message | ProtocolError
        try:
            item = decode(line)
        except ProtocolError as exc:
            item = exc
        loop.call_soon_threadsafe(queue.put_nowait, item)
    loop.call_soon_threadsafe(queue.put_nowait, QuitMessage())  # the studio has gone


async def serve(home: Path, out: IO[bytes]) -> None:
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=8))
    worker = Worker(home, out)
    queue: asyncio.Queue[Message | ProtocolError] = asyncio.Queue()
    threading.Thread(target=_read_stdin, args=(loop, queue), daemon=True,
                     name="engine-stdin").start()
    worker.send(ReadyMessage(pid=os.getpid()))
    warm_up(http_client=False)  # the first run should not wait for PyAV and librosa imports
    while await worker.handle(await queue.get()):
        pass
    for task in list(worker.runs.values()):
        task.cancel()
    await asyncio.gather(*worker.runs.values(), return_exceptions=True)
    if worker.http_client is not None:
        await worker.http_client.aclose()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m studio.engine_worker MVSTUDIO_HOME", file=sys.stderr)
        return 2
    out = _protocol_stdout()
    if hasattr(os, "nice"):  # background work yields the CPU to the window being used
        with contextlib.suppress(OSError):
            os.nice(10)
    asyncio.run(serve(Path(args[0]), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
