"""Drive one job through the state machine: submit -> poll -> fetch.

The "never pay twice" rule lives here: ``on_submitted(handle)`` is awaited
right after the provider returns a job id and before the first poll, so the
engine can persist it; ``resume=handle`` polls that recorded job and never
submits.  Submissions are never retried by this module: if ``submit`` fails
after the request may have reached the provider, the error propagates and the
caller decides (the adapters only re-send a POST that provably was not
accepted, see :mod:`providers.retry`).

The one gap left is a hard kill while a paid POST is on the wire: no job id
can have been recorded yet.  ``on_submitting(request, True/False)`` brackets
every paid POST so the engine can record an *intent*; a resumed run that finds
an intent without a handle calls :func:`recover`, which asks the provider (fal,
Replicate and ElevenLabs can list what was created; synchronous answers wait in the
request spool, :mod:`providers.spool`) and either adopts the job,
proves nothing was created (submit normally), or reports the job as
outcome-unknown instead of paying again.

Time is injectable: ``sleep`` (default ``asyncio.sleep``) and the timeout
budget counts requested sleep time plus real time spent in calls, so tests with
a zero-cost sleep still exercise timeouts deterministically.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from pathlib import Path

from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    Provider,
)
from providers.errors import ErrorKind, ProviderError
from providers.limits import ProviderLimits

log = logging.getLogger(__name__)
# Set by run_job while a submission runs; adapters await it around each paid POST.
SUBMIT_HOOK: contextvars.ContextVar[Callable[[bool], Awaitable[None]] | None] = (
    contextvars.ContextVar("mvstudio_submit_hook", default=None))
MAX_POLL_INTERVAL_S = 5.0
POLL_BACKOFF = 1.25
_CANCEL_GRACE_S = 10.0
SUBMIT_GRACE_S = 5.0  # a cancel waits this long for a paid POST on the wire to answer


class _Clock:
    """Elapsed time = real time outside sleeps + requested sleep time."""

    def __init__(self, sleep: Callable[[float], Awaitable[None]]) -> None:
        self._sleep = sleep
        self._start = time.monotonic()
        self._real_sleep_s = 0.0
        self._virtual_sleep_s = 0.0

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self._start - self._real_sleep_s + self._virtual_sleep_s

    async def sleep(self, seconds: float) -> None:
        t0 = time.monotonic()
        try:
            await self._sleep(seconds)
        finally:
            self._real_sleep_s += time.monotonic() - t0
            self._virtual_sleep_s += seconds


async def cancel_quietly(provider: Provider, handle: JobHandle) -> None:
    """Best-effort remote cancel; never raises (used on timeout and task cancellation)."""
    try:
        await asyncio.wait_for(asyncio.shield(provider.cancel(handle)), _CANCEL_GRACE_S)
    except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001 - best effort
        log.warning("could not cancel %s job %s: %s", handle.provider, handle.job_id,
                    type(exc).__name__)


def _failure(handle: JobHandle, status: JobStatus) -> ProviderError:
    if status.error is not None:
        return status.error
    if status.state is JobState.CANCELED:
        return ProviderError(ErrorKind.MODEL_ERROR, provider=handle.provider,
                             message=f"job {handle.job_id} was canceled at the provider "
                                     f"{status.message}".strip())
    return ProviderError(ErrorKind.MODEL_ERROR, provider=handle.provider,
                         message=status.message or f"job {handle.job_id} failed")


async def _poll_until_done(provider: Provider, handle: JobHandle, *, clock: _Clock,
                           timeout_s: float, poll_interval_s: float,
                           on_status: Callable[[JobStatus], None] | None) -> None:
    interval = poll_interval_s
    while True:
        try:
            status = _pushed_success(handle) or await provider.poll(handle)
        except ProviderError as exc:
            if not exc.retryable:
                raise
            status = JobStatus(state=JobState.RUNNING, message=f"poll retry: {exc.message}")
            interval = max(interval, exc.retry_after_s or 0.0)
        if on_status is not None:
            on_status(status)
        if status.state is JobState.SUCCEEDED:
            return
        if status.state in (JobState.FAILED, JobState.CANCELED):
            raise _failure(handle, status)
        if clock.elapsed_s + interval > timeout_s:
            raise ProviderError(ErrorKind.TIMEOUT, provider=handle.provider,
                                message=f"job {handle.job_id} on {handle.model} did not finish "
                                        f"within {timeout_s:g} s; it was canceled. Raise the "
                                        "model timeout or try again later")
        await _sleep_or_push(clock, interval, handle)
        interval = min(max(interval * POLL_BACKOFF, poll_interval_s),
                       max(_max_interval(handle), poll_interval_s))


def _max_interval(handle: JobHandle) -> float:
    """A job whose provider will push its end is polled only as a fallback, rarely."""
    from providers.webhooks_inbox import WEBHOOK_FALLBACK_POLL_S, webhook_url

    return WEBHOOK_FALLBACK_POLL_S if webhook_url(handle.provider) else MAX_POLL_INTERVAL_S


def _pushed_success(handle: JobHandle) -> JobStatus | None:
    """A verified webhook said the job succeeded: no poll needed (see webhooks_inbox)."""
    from providers.webhooks_inbox import INBOX

    push = INBOX.take(handle.provider, handle.job_id) if INBOX.enabled else None
    if push is not None and push.state is JobState.SUCCEEDED:
        return JobStatus(state=JobState.SUCCEEDED, progress=1.0, message="webhook")
    return None  # no push, or a failure: poll, so the adapter names the error


async def _sleep_or_push(clock: _Clock, seconds: float, handle: JobHandle) -> None:
    """Sleep out the poll interval, or less when the job's webhook arrives first."""
    from providers.webhooks_inbox import INBOX

    if not INBOX.enabled:
        await clock.sleep(seconds)
        return
    sleeper = asyncio.ensure_future(clock.sleep(seconds))
    pushed = asyncio.ensure_future(INBOX.wait(handle.provider, handle.job_id))
    try:
        await asyncio.wait({sleeper, pushed}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (sleeper, pushed):
            task.cancel()
        await asyncio.gather(sleeper, pushed, return_exceptions=True)


async def run_job(
    provider: Provider,
    request: GenerationRequest,
    *,
    dest_dir: Path,
    on_submitted: Callable[[JobHandle], Awaitable[None]] | None = None,
    resume: JobHandle | None = None,
    on_status: Callable[[JobStatus], None] | None = None,
    timeout_s: float = 600.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    poll_interval_s: float = 0.5,
    limits: ProviderLimits | None = None,
    on_submitting: Callable[[GenerationRequest, bool], Awaitable[None]] | None = None,
) -> JobResult:
    """Run (or resume) one job to completion and download its outputs into ``dest_dir``.

    Raises :class:`ProviderError` on failure (kind ``timeout`` after
    ``timeout_s``, with the remote job canceled).  Task cancellation cancels the
    remote job (best effort) and re-raises ``CancelledError``.  The job holds a
    slot of ``limits`` (default: the provider's own ``limits``) from submit to fetch.

    ``on_submitting(request, True)`` is awaited when the first byte of a paid POST
    goes on the wire (httpcore's trace hook; the engine records an *intent*), and
    ``on_submitting(request, False)`` when that POST was provably rejected (429:
    clear the intent).  Local providers and transports without trace support
    (``httpx.MockTransport``) never call it.  A run killed while an intent is open knows the outcome is
    unknown and calls :func:`recover` instead of paying again.
    """
    limits = limits if limits is not None else getattr(provider, "limits", None)
    slot = limits.job_slot() if limits is not None else contextlib.nullcontext()
    async with slot:
        clock = _Clock(sleep)
        if resume is not None:
            handle = resume
        else:
            handle = await _submit_through_cancel(provider, request, on_submitting,
                                                  on_submitted)
        try:
            await _poll_until_done(provider, handle, clock=clock, timeout_s=timeout_s,
                                   poll_interval_s=poll_interval_s, on_status=on_status)
            return await provider.fetch(handle, dest_dir=Path(dest_dir))
        except asyncio.CancelledError:
            await cancel_quietly(provider, handle)
            raise
        except ProviderError as exc:
            if exc.kind is ErrorKind.TIMEOUT:
                await cancel_quietly(provider, handle)
            raise


async def _submit_through_cancel(
        provider: Provider, request: GenerationRequest,
        on_submitting: Callable[[GenerationRequest, bool], Awaitable[None]] | None,
        on_submitted: Callable[[JobHandle], Awaitable[None]] | None,
) -> JobHandle:
    """Submit and record the job. A user's cancel while the paid POST is on the wire lets
    the POST finish (at most ``SUBMIT_GRACE_S``), so its job id is recorded and the job is
    cancelled at the provider: the next run then submits afresh instead of holding a job
    whose outcome it cannot know. A slower POST (a synchronous provider, whose request
    spool keeps the answer) is left to the usual recovery."""
    async def submit_and_record() -> JobHandle:
        handle = await _submit_reconciled(provider, request, on_submitting)
        if on_submitted is not None:
            await on_submitted(handle)
        return handle

    task = asyncio.ensure_future(submit_and_record())
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        try:
            handle = await asyncio.wait_for(asyncio.shield(task), SUBMIT_GRACE_S)
        except (Exception, asyncio.CancelledError):  # noqa: BLE001 - the cancel goes on
            task.cancel()
            raise asyncio.CancelledError from None
        await cancel_quietly(provider, handle)
        raise


async def _submit_reconciled(
        provider: Provider, request: GenerationRequest,
        on_submitting: Callable[[GenerationRequest, bool], Awaitable[None]] | None,
) -> JobHandle:
    """Submit; after an ambiguous answer (5xx, dropped reply) ask the provider what exists.

    The job found is adopted; a listing that proves nothing was created re-submits (at
    most ``MAX_RECONCILED_SUBMITS`` times); otherwise the error says why it is held."""
    for attempt in range(MAX_RECONCILED_SUBMITS + 1):
        started = time.time()
        token = SUBMIT_HOOK.set(None if on_submitting is None
                                else functools.partial(on_submitting, request))
        try:
            return await provider.submit(request)
        except ProviderError as exc:
            if not exc.outcome_unknown or attempt == MAX_RECONCILED_SUBMITS:
                raise
            first = exc
        finally:
            SUBMIT_HOOK.reset(token)
        try:
            found = await recover(provider, request, since_unix=started)
        except ProviderError as held_error:
            raise ProviderError(held_error.kind, provider=held_error.provider,
                                outcome_unknown=True, status_code=first.status_code,
                                message=f"{first.message}. Looked up at once: "
                                        + _in_run(held_error.message)) from None
        if found is not None:
            log.info("%s: adopted job %s after an ambiguous answer", found.provider,
                     found.job_id)
            return found
        log.info("%s: the listing proves nothing was created; submitting %s again",
                 getattr(provider, "name", "provider"), request.model)
    raise AssertionError("unreachable")


MAX_RECONCILED_SUBMITS = 3


def _in_run(message: str) -> str:
    """``held()`` speaks of a stopped run; here the run is alive, only the answer was lost."""
    return message.replace("was being submitted when the run stopped and no job id was "
                           "recorded", "got no usable answer")


async def recover(provider: Provider, request: GenerationRequest, *, since_unix: float,
                  claimed: Collection[str] = ()) -> JobHandle | None:
    """Resolve a submission a killed run left open (intent recorded, no handle).

    Asks the provider's ``reconcile`` (see :mod:`providers.reconcile`) when it has
    one.  Returns the job's handle (poll it, never re-send), or ``None`` when the
    provider's listing *proved* that nothing was created: the caller then clears
    the intent and submits normally.  Otherwise raises a ``ProviderError`` with
    ``outcome_unknown=True``: re-submitting is the user's explicit decision.
    ``claimed`` are job ids other jobs of the run already own (never adopted).
    """
    from providers.reconcile import NOT_CREATED, held

    name = getattr(provider, "name", "provider")
    reconcile = getattr(provider, "reconcile", None)
    if reconcile is None:
        raise held(name, request.model, f"{name} offers no documented way to look the job up")
    try:
        found = await reconcile(request, since_unix=since_unix, claimed=frozenset(claimed))
    except ProviderError as exc:
        if exc.outcome_unknown:
            raise
        # A failed lookup proves nothing: never let it count as an outage (no fallback).
        raise held(name, request.model, f"looking it up failed ({exc.kind}: {exc.message})"
                   ) from None
    if found is NOT_CREATED:
        log.info("%s: the listing proves the interrupted %s submission created nothing; "
                 "submitting it normally", name, request.model)
        return None
    if found is None:
        raise held(name, request.model, "it was not found")
    return found
