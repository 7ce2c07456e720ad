"""A verified webhook push ends the wait of ``run_job``: success goes straight to fetch,
a failure is confirmed by one poll; without ``enable`` nothing changes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from providers.base import GenerationRequest, JobHandle, JobResult, JobState, JobStatus
from providers.polling import run_job
from providers.webhooks_inbox import (
    INBOX,
    Push,
    fal_push,
    replicate_push,
    webhook_url,
)


class NeverDone:
    """A provider whose polls never finish: only a push can end the job."""

    name = "fal"

    def __init__(self) -> None:
        self.polls = 0
        self.polled = asyncio.Event()

    async def submit(self, request: GenerationRequest) -> JobHandle:
        return JobHandle(provider="fal", model=request.model, job_id="req-7")

    async def poll(self, handle: JobHandle) -> JobStatus:
        self.polls += 1
        self.polled.set()
        return JobStatus(state=JobState.RUNNING)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        return JobResult(outputs=(), cost_usd=0.01, provider="fal", model=handle.model,
                         job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        return None


@pytest.fixture
def inbox():
    INBOX.enable("https://studio.example.com/")
    try:
        yield INBOX
    finally:
        INBOX.disable()
        while INBOX.take("fal", "req-7"):
            pass


def _start(provider: NeverDone, tmp_path: Path) -> asyncio.Task[JobResult]:
    request = GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="x")
    return asyncio.ensure_future(run_job(provider, request, dest_dir=tmp_path,
                                         poll_interval_s=60.0, timeout_s=600.0))


def test_a_pushed_success_ends_the_wait_without_another_poll(inbox, tmp_path):
    async def scenario() -> tuple[JobResult, int]:
        provider = NeverDone()
        task = _start(provider, tmp_path)
        await provider.polled.wait()
        await asyncio.sleep(0.05)  # first poll done; now asleep for 60 s
        assert inbox.deliver(Push("fal", "req-7", JobState.SUCCEEDED))  # a poller waited
        result = await asyncio.wait_for(task, 5)
        return result, provider.polls

    result, polls = asyncio.run(scenario())
    assert result.job_id == "req-7" and polls == 1


def test_a_pushed_failure_is_confirmed_by_a_poll(inbox, tmp_path):
    async def scenario() -> int:
        provider = NeverDone()
        task = _start(provider, tmp_path)
        await provider.polled.wait()
        await asyncio.sleep(0.05)
        provider.polled.clear()
        inbox.deliver(Push("fal", "req-7", JobState.FAILED, "boom"))
        await asyncio.wait_for(provider.polled.wait(), 5)  # woken: polls at once
        await asyncio.sleep(0.05)
        assert not task.done()  # the poll says running: the push alone decides nothing
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return provider.polls

    assert asyncio.run(scenario()) == 2


def test_disabled_inbox_requests_no_webhooks():
    assert not INBOX.enabled and webhook_url("fal") is None
    INBOX.enable("https://studio.example.com/")
    try:
        assert webhook_url("replicate") == "https://studio.example.com/webhooks/replicate"
        assert webhook_url("elevenlabs") is None  # it sends none: its polls stay as they were
        INBOX.enable("https://studio.example.com", providers=frozenset({"fal"}))
        assert webhook_url("replicate") is None  # no secret to verify it: keep polling
    finally:
        INBOX.disable()


def test_delivery_bodies_parse():
    assert replicate_push(b'{"id": "p1", "status": "failed", "error": "x"}') == \
        Push("replicate", "p1", JobState.FAILED, "x")
    assert fal_push(b'{"request_id": "r1", "status": "OK", "payload": {}}').state is \
        JobState.SUCCEEDED
    for bad in (b"[]", b'{"status": "OK"}', b"nope"):
        with pytest.raises(ValueError):
            fal_push(bad)
