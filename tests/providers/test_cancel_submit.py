"""A user's cancel while a paid POST is on the wire: the job it creates is recorded and
cancelled at the provider (so the next run submits afresh), never left unknown."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from providers import polling
from providers.base import GenerationRequest, JobHandle


class SlowSubmit:
    """Its submit answers after ``submit_s``; records what was created and cancelled."""

    name = "slow"

    def __init__(self, submit_s: float) -> None:
        self.submit_s = submit_s
        self.created: list[str] = []
        self.cancelled: list[str] = []

    async def submit(self, request: GenerationRequest) -> JobHandle:
        await asyncio.sleep(self.submit_s)
        self.created.append("job-1")
        return JobHandle(provider=self.name, model=request.model, job_id="job-1")

    async def poll(self, handle: JobHandle):  # pragma: no cover - cancelled before polling
        await asyncio.sleep(60)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path):  # pragma: no cover
        raise AssertionError("never fetched")

    async def cancel(self, handle: JobHandle) -> None:
        self.cancelled.append(handle.job_id)


def _cancel_during_submit(provider: SlowSubmit, tmp_path: Path) -> list[JobHandle]:
    recorded: list[JobHandle] = []

    async def on_submitted(handle: JobHandle) -> None:
        recorded.append(handle)

    async def main() -> None:
        task = asyncio.ensure_future(polling.run_job(
            provider, GenerationRequest(kind="image", model="m"), dest_dir=tmp_path,
            on_submitted=on_submitted, limits=None))
        await asyncio.sleep(0.05)  # the POST is on the wire
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    return recorded


def test_a_cancel_during_submit_records_the_job_and_cancels_it_at_the_provider(tmp_path):
    provider = SlowSubmit(submit_s=0.3)
    recorded = _cancel_during_submit(provider, tmp_path)
    assert [h.job_id for h in recorded] == ["job-1"]  # the ledger learns the job id
    assert provider.cancelled == ["job-1"]  # and the job does not run on, billed


def test_a_post_slower_than_the_grace_is_left_to_recovery(tmp_path, monkeypatch):
    monkeypatch.setattr(polling, "SUBMIT_GRACE_S", 0.1)
    provider = SlowSubmit(submit_s=1.0)
    recorded = _cancel_during_submit(provider, tmp_path)
    assert recorded == [] and provider.cancelled == []  # the intent stays open: recover()
