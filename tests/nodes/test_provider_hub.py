"""The provider hub: job ids recorded before polling, resumed instead of re-paid; fallbacks."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from graphkit import make_graph

from nodes.provider_hub import ProviderHub
from providers.base import JobHandle, JobResult, JobState, JobStatus, Output
from providers.errors import ErrorKind, ProviderError
from providers.polling import SUBMIT_HOOK


class CountingProvider:
    """A provider whose jobs finish on the third poll; counts submissions (= payments)."""

    def __init__(self, name: str, *, fail_with: ErrorKind | None = None,
                 hang: bool = False, hang_in_submit: bool = False,
                 notes: tuple[str, ...] = ()) -> None:
        self.hang_in_submit = hang_in_submit
        self.notes = notes
        self.name = name
        self.submits = 0
        self.polls: dict[str, int] = {}
        self.fail_with = fail_with
        self.hang = hang

    async def submit(self, request: Any) -> JobHandle:
        self.submits += 1
        if self.hang_in_submit:  # the POST is on the wire when the run dies
            hook = SUBMIT_HOOK.get()
            assert hook is not None
            await hook(True)
            await asyncio.sleep(3600)
        if self.fail_with is not None:
            raise ProviderError(self.fail_with, provider=self.name, message="service down")
        return JobHandle(self.name, request.model, f"job-{self.submits}", {"p": request.prompt})

    async def poll(self, handle: JobHandle) -> JobStatus:
        if self.hang:
            await asyncio.sleep(3600)
        n = self.polls[handle.job_id] = self.polls.get(handle.job_id, 0) + 1
        return JobStatus(JobState.SUCCEEDED if n >= 3 else JobState.RUNNING)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        path = Path(dest_dir) / f"{handle.job_id}.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + handle.job_id.encode())
        return JobResult(outputs=(Output(path, "image/png"),), cost_usd=0.25,
                         provider=self.name, model=handle.model, job_id=handle.job_id,
                         notes=self.notes)

    async def cancel(self, handle: JobHandle) -> None:
        return None


def graph():
    return make_graph({"p": ("input.text", {"text": "a cat"}),
                       "img": ("gen.image", {"model": "fal:m1|replicate:m2"})}, ["p.text->img.prompt"])


def make_executor(engine, providers: dict[str, CountingProvider], **services: Any):
    from nodes.executor import Executor
    from nodes.registry import default_registry

    hub = ProviderHub(runs=engine.runs, env={})
    hub._providers.update(providers)
    return Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                    runs=engine.runs, services={"providers": hub, **services},
                    limits={"provider": 4}), hub


_ABANDONED: list[Any] = []  # loops of "crashed" runs, kept so no finaliser runs their code


def kill_once_recorded(engine, ex) -> None:
    """Start a run and stop executing it (like a crash: no cancel, no cleanup runs) as
    soon as a provider job row exists."""
    loop = asyncio.new_event_loop()

    async def main() -> None:
        task = asyncio.ensure_future(ex.run(graph()))
        _ABANDONED.append(task)
        while not engine.runs.query("SELECT state FROM provider_jobs"):
            assert not task.done(), task.result().error
            await asyncio.sleep(0.01)

    loop.run_until_complete(main())
    _ABANDONED.append(loop)


def cancel_once_recorded(engine, ex) -> None:
    """Start a run and cancel it (Cancel in the studio, Ctrl-C) once its job is submitted."""

    async def main() -> None:
        task = asyncio.ensure_future(ex.run(graph()))
        while engine.runs.query("SELECT state FROM provider_jobs") != [("submitted",)]:
            assert not task.done(), task.result().error
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())


def test_job_id_is_recorded_and_a_crashed_run_resumes_the_same_job(engine):
    hanging = CountingProvider("fal", hang=True)
    ex, _ = make_executor(engine, {"fal": hanging})

    kill_once_recorded(engine, ex)  # the job is submitted and paid, the run is gone
    assert hanging.submits == 1
    rows = engine.runs.query("SELECT job_id, state FROM provider_jobs")
    assert rows == [("job-1", "submitted")]

    healthy = CountingProvider("fal")
    ex, _ = make_executor(engine, {"fal": healthy})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "succeeded", result.error
    assert healthy.submits == 0  # resumed polling job-1; nothing paid twice
    assert healthy.polls == {"job-1": 3}
    assert result.nodes["img"].cost_usd == pytest.approx(0.25)
    assert engine.runs.query("SELECT state FROM provider_jobs") == [("succeeded",)]


def test_a_cancelled_job_is_recorded_cancelled_and_submitted_afresh_next_time(engine):
    hanging = CountingProvider("fal", hang=True)
    ex, _ = make_executor(engine, {"fal": hanging})
    cancel_once_recorded(engine, ex)
    assert engine.runs.query("SELECT job_id, state FROM provider_jobs") == [
        ("job-1", "cancelled")]

    healthy = CountingProvider("fal")
    ex, _ = make_executor(engine, {"fal": healthy})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "succeeded", result.error
    assert healthy.submits == 1  # a new job, not polling the cancelled job-1
    assert list(healthy.polls) == ["job-1"] and healthy.polls["job-1"] == 3
    assert engine.runs.query("SELECT state FROM provider_jobs") == [("succeeded",)]


def test_outage_falls_back_to_the_next_model_and_report_says_which(engine):
    down = CountingProvider("fal", fail_with=ErrorKind.TRANSIENT)
    spare = CountingProvider("replicate")
    ex, _ = make_executor(engine, {"fal": down, "replicate": spare})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "succeeded", result.error
    assert result.report["served_by"] == {"img": "replicate:m2"}
    assert result.outputs["img"]["image"].meta["model"] == "replicate:m2"


def test_permanent_errors_fail_fast_with_the_providers_message(engine):
    refused = CountingProvider("fal", fail_with=ErrorKind.MODERATION)
    spare = CountingProvider("replicate")
    ex, _ = make_executor(engine, {"fal": refused, "replicate": spare})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "failed"
    assert "service down" in str(result.error) and "node 'img'" in str(result.error)
    assert spare.submits == 0


def test_an_interrupted_submission_is_never_resent_unless_the_user_says_so(engine):
    dying = CountingProvider("fal", hang_in_submit=True)
    ex, _ = make_executor(engine, {"fal": dying})

    kill_once_recorded(engine, ex)  # dies while the POST is on the wire
    assert engine.runs.query("SELECT state FROM provider_jobs") == [("submitting",)]

    healthy = CountingProvider("fal")
    ex, _ = make_executor(engine, {"fal": healthy, "replicate": CountingProvider("replicate")})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "failed"
    assert "not re-sent" in str(result.error)
    assert healthy.submits == 0  # no fallback either: the first provider may bill for it

    ex, _ = make_executor(engine, {"fal": healthy}, resubmit={"img"})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "succeeded", result.error
    assert healthy.submits == 1


def test_what_a_result_lacks_reaches_the_report_and_the_progress_line(engine):
    from nodes.events import ListSink, NodeProgress

    lacking = CountingProvider("fal", notes=("recovered from history", "no word timings"))
    sink = ListSink()
    ex, _ = make_executor(engine, {"fal": lacking})
    ex.sink.sinks.append(sink)
    result = asyncio.run(ex.run(graph()))
    assert result.status == "succeeded", result.error
    assert result.report["notes"] == {"img": ["recovered from history", "no word timings"]}
    assert any("no word timings" in e.message for e in sink.of(NodeProgress))


def test_fetched_outputs_are_stored_off_the_event_loop(engine, monkeypatch):
    """Copying a fetched output into the store (hash, copy, fsync) runs in a worker thread,
    so the loop keeps starting other jobs meanwhile; the ledger records it as before."""
    import threading

    from nodes import provider_hub

    threads: list[bool] = []
    real = provider_hub.keep_result

    def keep(result: Any, artifacts: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(result, artifacts)

    monkeypatch.setattr(provider_hub, "keep_result", keep)
    ex, _ = make_executor(engine, {"fal": CountingProvider("fal")})
    result = asyncio.run(ex.run(graph()))
    assert result.status == "succeeded", result.error
    assert threads == [False]  # was the loop's (main) thread
    assert engine.runs.query("SELECT state FROM provider_jobs") == [("succeeded",)]
