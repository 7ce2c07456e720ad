"""Fixtures: a loopback fake server per test, zero-cost sleeps, and a runner."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from providers import GenerationRequest, JobResult, make_provider, run_job
from providers.fakes.server import FakeServer
from providers.fakes.state import FakeState


class Sleeps:
    """Records requested sleeps instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    server = FakeServer(FakeState(hang_s=1.2)).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def run(fake: FakeServer, sleeps: Sleeps, tmp_path: Path) -> Callable[..., JobResult]:
    """run(provider_name, request, **run_job_kwargs) against the fake, synchronously."""

    def _run(name: str, request: GenerationRequest, *, env: dict[str, str] | None = None,
             read_timeout_s: float = 5.0, settings: dict[str, str] | None = None,
             **kwargs: Any) -> JobResult:
        async def main() -> JobResult:
            timeout = httpx.Timeout(read_timeout_s, connect=2.0)
            # The models' own read timeouts override the client's: keep the test's.
            merged = {f"read_timeout_s.{name}:{request.model}": str(read_timeout_s),
                      **(settings or {})}
            async with httpx.AsyncClient(timeout=timeout) as client:
                provider = make_provider(name, client=client, env=env or fake.env(),
                                         settings=merged, sleep=sleeps,
                                         spool_dir=tmp_path / "spool")
                return await run_job(provider, request, dest_dir=tmp_path / "out", sleep=sleeps,
                                     **kwargs)

        return asyncio.run(main())

    return _run
