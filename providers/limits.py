"""Per-provider limits: a concurrency cap on jobs and a request-rate limiter.

``ProviderLimits.job_slot()`` bounds how many jobs run at once (fal queues
them anyway, ElevenLabs rejects over-concurrency with 429); ``acquire_request()``
is awaited before every HTTP request and keeps the request rate at or under
``rate_per_s`` with bursts of at most ``burst`` (a token bucket).  Clock and
sleep are injectable so tests run instantly.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field

DEFAULT_LIMITS: dict[str, tuple[int, float]] = {
    # provider: (max concurrent jobs, max requests per second)
    "fal": (8, 10.0),
    "replicate": (8, 10.0),  # create: 600/min documented
    "elevenlabs": (2, 5.0),  # free plan concurrency is 2
    "stability": (4, 10.0),  # 150 requests / 10 s documented
    "openai": (4, 5.0),
    "comfyui": (1, 20.0),  # one local GPU
    "local": (2, 10_000.0),  # CPU-bound: at most 2 local jobs at once (2-core machines)
}


class RateLimiter:
    """Token bucket: at most ``burst`` requests at once, refilled at ``rate_per_s``."""

    def __init__(self, rate_per_s: float, *, burst: int = 1,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        if rate_per_s <= 0 or burst < 1:
            raise ValueError("rate_per_s must be > 0 and burst >= 1")
        self.rate_per_s = rate_per_s
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._updated = clock()
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate_per_s)
        self._updated = now

    async def acquire(self) -> None:
        """Wait until a request may be sent (FIFO via the lock)."""
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:  # asyncio primitives bind to a loop
            self._lock, self._loop = asyncio.Lock(), loop
        async with self._lock:
            self._refill()
            while self._tokens < 1.0 - 1e-9:  # tolerance: float refills can land at 0.999...
                await self._sleep((1.0 - self._tokens) / self.rate_per_s)
                self._refill()
            self._tokens -= 1.0


@dataclass(slots=True)
class ProviderLimits:
    """Concurrency + rate limits for one provider (share one instance per provider)."""

    max_concurrency: int
    rate: RateLimiter | None
    in_flight: int = field(default=0, init=False)
    peak_in_flight: int = field(default=0, init=False)
    _sem: asyncio.Semaphore | None = field(default=None, init=False, repr=False)
    _loop: asyncio.AbstractEventLoop | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_concurrency < 1:
            raise ValueError("max_concurrency must be >= 1")

    @contextlib.asynccontextmanager
    async def job_slot(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if self._sem is None or self._loop is not loop:  # one semaphore per event loop
            self._sem, self._loop = asyncio.Semaphore(self.max_concurrency), loop
        async with self._sem:
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            try:
                yield
            finally:
                self.in_flight -= 1

    async def acquire_request(self) -> None:
        if self.rate is not None:
            await self.rate.acquire()


def make_limits(provider: str, *, settings: Mapping[str, str] | None = None,
                clock: Callable[[], float] = time.monotonic,
                sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> ProviderLimits:
    """Limits for ``provider`` from settings ``<provider>.max_concurrency`` / ``.rate_per_s``."""
    settings = settings or {}
    concurrency, rate = DEFAULT_LIMITS.get(provider, (4, 5.0))
    concurrency = int(settings.get(f"{provider}.max_concurrency", concurrency))
    rate = float(settings.get(f"{provider}.rate_per_s", rate))
    burst = int(settings.get(f"{provider}.burst", max(1, round(rate))))
    return ProviderLimits(concurrency, RateLimiter(rate, burst=burst, clock=clock, sleep=sleep))
