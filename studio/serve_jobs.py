"""Runs the queued jobs of ``mvstudio serve`` on the same engine as ``mvstudio render``.

:class:`JobRunner` claims jobs from the :class:`~studio.serve_queue.JobQueue` in order
(``max_parallel`` at a time), runs each as a :class:`~nodes.run_request.RunRequest` on an
:class:`~nodes.engine.Engine` (in-process; with ``--ray`` / ``--workers`` its heavy node
work is offloaded, ``studio.serve.engine_for``), stores its events for SSE, and records
the outcome and the files it wrote. A user's cancel is asyncio cancellation (the engine
cancels remote jobs). A server that dies leaves its jobs ``running``; the next start
re-queues them and the re-run reuses every cached node and every paid provider job (the
job ledger).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nodes.engine import Engine
from nodes.errors import NodeEngineError
from nodes.events import Event, RunStarted
from nodes.registry import Registry
from nodes.report import report_data
from nodes.states import RunStatus
from studio.serve_graphs import SubmitError, job_outputs, prepare
from studio.serve_notify import CompletionWebhook
from studio.serve_queue import Job, JobQueue, JobStatus

log = logging.getLogger("mvstudio.serve")
_RUN_TO_JOB = {RunStatus.SUCCEEDED: JobStatus.SUCCEEDED, RunStatus.FAILED: JobStatus.FAILED,
               RunStatus.STOPPED: JobStatus.STOPPED, RunStatus.CANCELLED: JobStatus.CANCELLED}


class Notifier:
    """Wakes SSE streams when any job has new events. ``version`` counts notifications,
    so a stream that read the store at version v never sleeps through a later event."""

    def __init__(self) -> None:
        self.version = 0
        self._event = asyncio.Event()

    async def wait(self, since: int, timeout_s: float) -> bool:
        """True when notified after ``since``; False on timeout."""
        if self.version != since:
            return True
        try:
            await asyncio.wait_for(self._event.wait(), timeout_s)
        except TimeoutError:
            return False
        return True

    def notify(self) -> None:
        self.version += 1
        self._event.set()
        self._event = asyncio.Event()


class JobRunner:
    def __init__(self, queue: JobQueue, *, engine: Engine, registry: Registry, root: Path,
                 jobs_dir: Path, max_parallel: int = 1,
                 webhook: CompletionWebhook | None = None) -> None:
        self.queue = queue
        self.engine = engine
        self.registry = registry
        self.root = root
        self.jobs_dir = jobs_dir
        self.max_parallel = max(1, int(max_parallel))
        self.webhook = webhook
        self.notifier = Notifier()
        self._running: dict[str, asyncio.Task[None]] = {}
        self._user_cancelled: set[str] = set()
        self._background: set[asyncio.Task[None]] = set()
        self._wake = asyncio.Event()

    @property
    def running(self) -> list[str]:
        return list(self._running)

    def job_dir(self, job_id: str) -> Path:
        return self.jobs_dir / job_id

    def wake(self) -> None:
        self._wake.set()
        self.notifier.notify()

    async def run_forever(self) -> None:
        while True:
            while len(self._running) < self.max_parallel:
                job = self.queue.claim_next()
                if job is None:
                    break
                self.notifier.notify()
                task = asyncio.create_task(self._run_job(job))
                task.add_done_callback(functools.partial(self._task_done, job.id))
                self._running[job.id] = task
            self._wake.clear()
            await self._wake.wait()

    def cancel(self, job_id: str) -> Job | None:
        """Cancel a queued or running job (idempotent for ended ones); the job after."""
        job = self.queue.get(job_id)
        if job is None or job.status.terminal:
            return job
        task = self._running.get(job_id)
        if task is not None:
            self._user_cancelled.add(job_id)
            task.cancel()
        else:
            self.queue.finish(job_id, JobStatus.CANCELLED, error="cancelled before it ran",
                              exit_code=130)
            self.notifier.notify()
        return self.queue.get(job_id)

    async def _run_job(self, job: Job) -> None:
        try:
            await self._execute(job)
        except asyncio.CancelledError:
            if job.id not in self._user_cancelled:
                raise  # the server is stopping: the job stays running and resumes next start
            self.queue.finish(job.id, JobStatus.CANCELLED, error="cancelled", exit_code=130)
        except Exception as exc:  # noqa: BLE001 - one job's bug never stops the server
            log.error("job %s: internal error (%s)", job.id, type(exc).__name__)
            log.debug("job error", exc_info=True)
            self.queue.finish(job.id, JobStatus.FAILED, error=f"internal error "
                              f"({type(exc).__name__}); see the server log", exit_code=1)

    def _task_done(self, job_id: str, task: asyncio.Task[None]) -> None:
        """Also runs when a cancel hit the task before its first step (no ``try`` yet)."""
        self._running.pop(job_id, None)
        if job_id in self._user_cancelled:
            self._user_cancelled.discard(job_id)
            self.queue.finish(job_id, JobStatus.CANCELLED, error="cancelled", exit_code=130)
        job = self.queue.get(job_id)
        if job is not None and job.status.terminal:
            webhook = asyncio.get_running_loop().create_task(self._deliver_webhook(job_id))
            self._background.add(webhook)
            webhook.add_done_callback(self._background.discard)
        self.wake()

    def _sink(self, job_id: str) -> Any:
        loop = asyncio.get_running_loop()

        def record(event: Event) -> None:
            data = event.to_dict()
            if isinstance(event, RunStarted):  # the server's path: the client's own name
                data["graph"] = self._graph_name(job_id)
            self.queue.add_event(job_id, str(data.pop("type")), data)
            if isinstance(event, RunStarted):
                self.queue.add_run(job_id, event.run_id)
            self.notifier.notify()

        def sink(event: Event) -> None:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is loop:
                record(event)
            else:  # a worker thread: hand it to the loop
                loop.call_soon_threadsafe(record, event)
        return sink

    def _graph_name(self, job_id: str) -> str:
        job = self.queue.get(job_id)
        path = job.spec.get("graph_path") if job is not None else None
        return str(path) if path else "<request>"

    async def _execute(self, job: Job) -> None:
        job_dir = self.job_dir(job.id)
        job_dir.mkdir(parents=True, exist_ok=True)
        try:
            prepared = prepare(job.spec, registry=self.registry, root=self.root,
                               job_dir=job_dir, job_id=job.id)
        except SubmitError as exc:  # a file changed or vanished since it was accepted
            self.queue.finish(job.id, JobStatus.FAILED, error="\n".join(exc.problems)
                              or exc.message, exit_code=2)
            return
        try:
            result = await self.engine.run(prepared.request, sink=self._sink(job.id))
        except NodeEngineError as exc:
            self.queue.finish(job.id, JobStatus.FAILED, error=str(exc), exit_code=exc.exit_code)
            return
        if result is None:
            self.queue.finish(job.id, JobStatus.FAILED, exit_code=1,
                              error="the engine ended without a result")
            return
        report = report_data(result, prepared.graph_path)
        status = _RUN_TO_JOB.get(RunStatus(result.status), JobStatus.FAILED)
        self.queue.finish(job.id, status, error=str(result.error) if result.error else None,
                          exit_code=result.error.exit_code if result.error else 0,
                          cost_usd=result.cost_usd, outputs=job_outputs(report))

    async def _deliver_webhook(self, job_id: str) -> None:
        job = self.queue.get(job_id)
        url = job.spec.get("webhook_url") if job is not None else None
        if job is None or not url or self.webhook is None or not job.status.terminal:
            return
        outcome = await self.webhook.deliver(str(url), job)
        self.queue.set_webhook(job_id, outcome)
        self.notifier.notify()


def public_job(job: Job, *, base_url: str = "") -> Mapping[str, Any]:
    data = job.public()
    data["links"] = {"self": f"{base_url}/jobs/{job.id}",
                     "events": f"{base_url}/jobs/{job.id}/events",
                     "outputs": [f"{base_url}/jobs/{job.id}/outputs/{n}" for n in data["outputs"]]}
    return data
