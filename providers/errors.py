"""Typed errors of the providers package.

Every failure a provider can report is normalised into one exception type
whose ``kind`` tells callers what to do (retry, fall back, or stop)::

    ProviderError (Exception)           kind: ErrorKind, provider, message, retry_after_s
    ├── ProviderConfigError (+ValueError)  bad model ref, missing key, bad base URL
    └── OutputError                       a downloaded output failed size/type/magic checks

``ErrorKind`` values: auth, validation, moderation, rate_limited, quota,
transient, timeout, not_found, model_error.  ``message`` is the provider's
own text (never an API key: see :func:`scrub`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

_SECRETS: set[str] = set()


class ErrorKind(enum.StrEnum):
    """Normalised failure classes; ``RETRYABLE_KINDS`` may be retried."""

    AUTH = "auth"
    VALIDATION = "validation"
    MODERATION = "moderation"
    RATE_LIMITED = "rate_limited"
    QUOTA = "quota"
    TRANSIENT = "transient"
    TIMEOUT = "timeout"
    NOT_FOUND = "not_found"
    MODEL_ERROR = "model_error"


RETRYABLE_KINDS = frozenset({ErrorKind.RATE_LIMITED, ErrorKind.TRANSIENT})
# Kinds that mean "this provider is unavailable right now": a fallback model may serve.
OUTAGE_KINDS = frozenset(
    {ErrorKind.RATE_LIMITED, ErrorKind.TRANSIENT, ErrorKind.TIMEOUT, ErrorKind.QUOTA, ErrorKind.AUTH}
)


def register_secret(value: str | None) -> None:
    """Remember a secret so :func:`scrub` removes it from any message."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


def scrub(text: str, extra: Iterable[str] = ()) -> str:
    """Return ``text`` with every registered secret (and ``extra``) masked."""
    for secret in (*_SECRETS, *extra):
        if secret and secret in text:
            text = text.replace(secret, "***")
    # Also mask header-like leaks ("Bearer xyz", "Key xyz", "xi-api-key: xyz").
    return re.sub(r"(?i)\b(bearer|key)\s+[A-Za-z0-9_\-:.]{16,}", r"\1 ***", text)


class ProviderError(Exception):
    """A provider call failed; ``kind`` says how, ``message`` is the provider's text."""

    def __init__(
        self,
        kind: ErrorKind,
        *,
        provider: str,
        message: str,
        retry_after_s: float | None = None,
        status_code: int | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        self.kind = ErrorKind(kind)
        self.outcome_unknown = outcome_unknown  # a submission may or may not have been accepted
        self.provider = provider
        self.message = scrub(str(message))
        self.retry_after_s = retry_after_s
        self.status_code = status_code
        super().__init__(f"{provider}: {self.kind.value}: {self.message}")

    @property
    def retryable(self) -> bool:
        """True for rate limits and transient outages (retry with backoff)."""
        return self.kind in RETRYABLE_KINDS

    @property
    def outage(self) -> bool:
        """True when a fallback model at another provider may succeed."""
        return self.kind in OUTAGE_KINDS

    def __reduce__(self) -> tuple:
        """Pickle support (the keyword-only constructor defeats the default)."""
        return (_rebuild, (type(self), dict(self.__dict__), self.args))


def _rebuild(cls: type[ProviderError], state: dict, args: tuple) -> ProviderError:
    obj = cls.__new__(cls)
    Exception.__init__(obj, *args)
    obj.__dict__.update(state)
    return obj


class ProviderConfigError(ProviderError, ValueError):
    """Bad configuration: unparsable model ref, unknown provider, missing key."""

    def __init__(self, message: str, *, provider: str = "config") -> None:
        super().__init__(ErrorKind.VALIDATION, provider=provider, message=message)


class OutputError(ProviderError):
    """A provider's output file could not be downloaded or failed validation."""
