"""Retry hints, full-jitter backoff, rate limiter and concurrency slots."""

from __future__ import annotations

import asyncio
import email.utils
import random

import pytest

from providers.limits import ProviderLimits, RateLimiter, make_limits
from providers.retry import RetryPolicy, retry_after_s


@pytest.mark.parametrize("headers,expected", [
    ({"retry-after-ms": "1500"}, 1.5),
    ({"Retry-After": "3"}, 3.0),
    ({"retry-after": "2", "retry-after-ms": "250"}, 0.25),  # ms wins (ElevenLabs order)
    ({"X-RateLimit-Reset": "7"}, 7.0),  # a delta in seconds
    ({"X-RateLimit-Reset": "1700000010"}, 10.0),  # a unix time
    ({"Retry-After": "soon"}, None),
    ({}, None),
])
def test_retry_after_variants(headers, expected):
    assert retry_after_s(headers, now=lambda: 1_700_000_000.0) == expected


def test_retry_after_http_date():
    date = email.utils.formatdate(1_700_000_030, usegmt=True)
    assert retry_after_s({"Retry-After": date}, now=lambda: 1_700_000_000.0) == 30.0


def test_full_jitter_is_bounded_and_varies():
    policy = RetryPolicy(base_delay_s=0.5, max_delay_s=4.0, rng=random.Random(1))
    delays = [policy.backoff_s(a) for a in range(8) for _ in range(20)]
    assert all(0 <= d <= 4.0 for d in delays) and len(set(delays)) > 100
    assert max(policy.backoff_s(0) for _ in range(50)) <= 0.5


def test_hints_are_capped():
    policy = RetryPolicy(max_hint_s=10.0)
    assert policy.delay_s(0, {"Retry-After": "3600"}) == 10.0


def test_submissions_only_retry_rate_limits():
    policy = RetryPolicy()
    assert policy.should_retry_status(429, submission=True)
    assert not policy.should_retry_status(503, submission=True)
    assert policy.should_retry_status(503, submission=False)
    assert not policy.should_retry_status(400, submission=False)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_rate_limiter_never_exceeds_rate():
    clock = FakeClock()
    limiter = RateLimiter(5.0, burst=2, clock=clock, sleep=clock.sleep)
    stamps: list[float] = []

    async def main() -> None:
        for _ in range(50):
            await limiter.acquire()
            stamps.append(clock.now)

    asyncio.run(main())
    for start in stamps:  # any 1 s window holds at most rate + burst requests
        assert sum(start <= t < start + 1.0 for t in stamps) <= 5 + 2
    assert stamps[-1] == pytest.approx((50 - 2) / 5.0)


def test_job_slots_cap_concurrency():
    limits = ProviderLimits(3, None)

    async def job() -> None:
        async with limits.job_slot():
            await asyncio.sleep(0)
            await asyncio.sleep(0)

    async def main() -> None:
        await asyncio.gather(*(job() for _ in range(20)))

    asyncio.run(main())
    assert limits.peak_in_flight == 3 and limits.in_flight == 0


def test_limits_from_settings():
    limits = make_limits("fal", settings={"fal.max_concurrency": "2", "fal.rate_per_s": "3"})
    assert limits.max_concurrency == 2 and limits.rate.rate_per_s == 3.0
