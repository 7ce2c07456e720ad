"""Retry policy: exponential backoff with full jitter, honouring server hints.

What is retried (mirrors the official clients, see research/providers.md 0.3):

* responses 408, 409, 429, 500, 502, 503, 504 and connect/read errors, for
  idempotent requests (GET/PUT/DELETE, polls, downloads, cancels);
* for a **submission** (a POST that may create a paid job) only failures that
  prove nothing was accepted: the connection could not be opened
  (``ConnectError``/``ConnectTimeout``) or the server answered 429.  A read
  timeout, a dropped connection or a 5xx after the body was sent leaves the
  outcome unknown, so it is raised (kind ``transient``, ``outcome_unknown``)
  and never blindly re-sent: the caller must not pay twice.

The wait honours ``retry-after-ms``, ``Retry-After`` (seconds or HTTP date) and
``X-RateLimit-Reset`` (seconds, or a unix time) before falling back to
``uniform(0, min(cap, base * 2**attempt))`` (AWS "full jitter").
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
SUBMIT_RETRY_STATUSES = frozenset({429})
_EPOCH_THRESHOLD = 1_000_000_000  # larger X-RateLimit-Reset values are unix times


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times and how long to wait; ``rng`` makes jitter reproducible in tests."""

    max_attempts: int = 6
    base_delay_s: float = 0.25
    max_delay_s: float = 30.0
    max_hint_s: float = 120.0  # never wait longer than this on a server hint
    retry_statuses: frozenset[int] = RETRY_STATUSES
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def backoff_s(self, attempt: int) -> float:
        """Full-jitter delay before retry number ``attempt`` (0-based)."""
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return self.rng.uniform(0.0, ceiling)

    def delay_s(self, attempt: int, headers: Mapping[str, str] | None = None,
                *, now: Callable[[], float] = time.time) -> float:
        """Server hint if present (capped), else full-jitter backoff."""
        hint = retry_after_s(headers or {}, now=now)
        if hint is not None:
            return min(max(hint, 0.0), self.max_hint_s)
        return self.backoff_s(attempt)

    def should_retry_status(self, status_code: int, *, submission: bool) -> bool:
        allowed = SUBMIT_RETRY_STATUSES if submission else self.retry_statuses
        return status_code in allowed


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value.strip() if isinstance(value, str) and value.strip() else None


def retry_after_s(headers: Mapping[str, str], *, now: Callable[[], float] = time.time
                  ) -> float | None:
    """Seconds to wait according to ``retry-after-ms``, ``Retry-After`` or ``X-RateLimit-Reset``."""
    ms = _header(headers, "retry-after-ms")
    if ms is not None:
        try:
            return max(float(ms) / 1000.0, 0.0)
        except ValueError:
            pass
    value = _header(headers, "Retry-After")
    if value is not None:
        try:
            return max(float(value), 0.0)
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed is not None:
                return max(email.utils.mktime_tz(parsed) - now(), 0.0)
    reset = _header(headers, "X-RateLimit-Reset")
    if reset is not None:
        try:
            number = float(reset)
        except ValueError:
            return None
        return max(number - now(), 0.0) if number > _EPOCH_THRESHOLD else max(number, 0.0)
    return None
