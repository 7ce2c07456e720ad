"""Provider webhooks delivered to the jobs waiting on them (polling stays the fallback).

When ``mvstudio serve`` is reachable from the internet it calls :meth:`WebhookInbox.enable`
with its public URL: the fal and Replicate adapters then ask for a webhook at submit
(:func:`webhook_url`), the server verifies each delivery (:mod:`providers.webhooks`) and
hands it here, and :func:`providers.polling.run_job` wakes at once instead of sleeping
out its poll interval. A pushed success goes straight to ``fetch``; a pushed failure
is confirmed by one poll, so the adapter's own parsing names the error kind. Polls of
jobs that will be pushed back off to ``WEBHOOK_FALLBACK_POLL_S``, not 5 s. Without
``enable`` nothing changes: no webhook is requested and polling runs as before.
Only verified deliveries ever reach :meth:`deliver`.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

from providers.base import JobState

WEBHOOK_PROVIDERS = frozenset({"fal", "replicate"})  # adapters that ask for a webhook
WEBHOOK_FALLBACK_POLL_S = 30.0  # their polls back off to this (polling's own cap is 5 s)
_REPLICATE_STATES = {"starting": JobState.QUEUED, "processing": JobState.RUNNING,
                     "succeeded": JobState.SUCCEEDED, "failed": JobState.FAILED,
                     "canceled": JobState.CANCELED, "aborted": JobState.CANCELED}


@dataclass(frozen=True, slots=True)
class Push:
    provider: str
    job_id: str
    state: JobState
    message: str = ""


class WebhookInbox:
    """Pushed job states by (provider, job id); waiters are woken on their own loop."""

    def __init__(self, capacity: int = 2048) -> None:
        self.capacity = capacity
        self.base_url: str | None = None
        self.providers: frozenset[str] = frozenset()  # whose deliveries can be verified
        self._pushes: OrderedDict[tuple[str, str], Push] = OrderedDict()
        self._waiters: dict[tuple[str, str], list[tuple[asyncio.AbstractEventLoop,
                                                        asyncio.Event]]] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.base_url is not None

    def enable(self, public_base_url: str, *,
               providers: frozenset[str] = WEBHOOK_PROVIDERS) -> None:
        """Ask ``providers`` for webhooks at ``public_base_url``/webhooks/<provider>."""
        self.base_url = public_base_url.rstrip("/")
        self.providers = frozenset(providers) & WEBHOOK_PROVIDERS

    def disable(self) -> None:
        self.base_url = None
        self.providers = frozenset()

    def deliver(self, push: Push) -> bool:
        """Record a verified push and wake its waiter; True if a job was waiting."""
        key = (push.provider, push.job_id)
        with self._lock:
            self._pushes[key] = push
            self._pushes.move_to_end(key)
            while len(self._pushes) > self.capacity:
                self._pushes.popitem(last=False)
            waiters = self._waiters.pop(key, [])
        for loop, event in waiters:
            loop.call_soon_threadsafe(event.set)
        return bool(waiters)

    def take(self, provider: str, job_id: str) -> Push | None:
        with self._lock:
            return self._pushes.pop((provider, job_id), None)

    async def wait(self, provider: str, job_id: str) -> None:
        """Return when a push for this job arrives (or is already here)."""
        key = (provider, job_id)
        event = asyncio.Event()
        with self._lock:
            if key in self._pushes:
                return
            self._waiters.setdefault(key, []).append((asyncio.get_running_loop(), event))
        try:
            await event.wait()
        finally:
            with self._lock:
                left = [w for w in self._waiters.get(key, []) if w[1] is not event]
                if left:
                    self._waiters[key] = left
                else:
                    self._waiters.pop(key, None)


INBOX = WebhookInbox()  # the process's inbox: the server and the pollers share it


def webhook_url(provider: str, inbox: WebhookInbox | None = None) -> str | None:
    """Where ``provider`` should deliver, or None (then it is not asked to)."""
    inbox = inbox or INBOX
    if not inbox.base_url or provider not in inbox.providers:
        return None
    return f"{inbox.base_url}/webhooks/{provider}"


def replicate_push(body: bytes) -> Push:
    """A Replicate delivery (the prediction object) as a push; ValueError if malformed."""
    data = json.loads(body)
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise ValueError("a Replicate webhook body is a prediction with an \"id\"")
    state = _REPLICATE_STATES.get(str(data.get("status")), JobState.RUNNING)
    return Push("replicate", data["id"], state, str(data.get("error") or ""))


def fal_push(body: bytes) -> Push:
    """A fal delivery (``status`` OK or ERROR) as a push; ValueError if malformed."""
    data = json.loads(body)
    if not isinstance(data, dict) or not isinstance(data.get("request_id"), str):
        raise ValueError("a fal webhook body has a \"request_id\"")
    ok = data.get("status") == "OK"
    return Push("fal", data["request_id"], JobState.SUCCEEDED if ok else JobState.FAILED,
                "" if ok else str(data.get("error") or "fal reported an error"))
