"""The completion webhook of ``mvstudio serve``, signed exactly as ``publish.webhook`` signs.

``X-Mvstudio-Signature: sha256=<hex HMAC-SHA256 of the raw body>`` with the secret from
the environment variable ``--webhook-secret-env`` names (default
``MVSTUDIO_WEBHOOK_SECRET``, the publish node's default), so one receiver verifies both.
``Idempotency-Key`` is ``<job id>:<status>``: a retried delivery is recognisable.
Retries on network errors, 408/425/429 and 5xx with doubling delays; the outcome
(``delivered (HTTP 200)`` or why not) is stored on the job, never the secret.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from nodes.builtin.publish import SIGNATURE_HEADER, sign
from studio.serve_queue import Job

log = logging.getLogger("mvstudio.serve")
_RETRY_STATUSES = frozenset({408, 425, 429})


def completion_body(job: Job) -> bytes:
    payload = {"event": "mvstudio.job.finished", "job": job.public()}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()


class CompletionWebhook:
    def __init__(self, secret: str, *, client: Any = None, attempts: int = 4,
                 backoff_s: float = 0.5, timeout_s: float = 10.0) -> None:
        self._secret = secret
        self.client = client
        self.attempts = max(1, attempts)
        self.backoff_s = backoff_s
        self.timeout_s = timeout_s

    def headers(self, job: Job, body: bytes) -> dict[str, str]:
        return {"Content-Type": "application/json", SIGNATURE_HEADER: sign(self._secret, body),
                "Idempotency-Key": f"{job.id}:{job.status}", "User-Agent": "mvstudio-serve"}

    async def deliver(self, url: str, job: Job) -> str:
        import httpx

        body = completion_body(job)
        headers = self.headers(job, body)
        client = self.client or httpx.AsyncClient(follow_redirects=False)
        last = ""
        try:
            for attempt in range(self.attempts):
                try:
                    response = await client.post(url, content=body, headers=headers,
                                                 timeout=self.timeout_s)
                    if response.status_code < 300:
                        return f"delivered (HTTP {response.status_code})"
                    last = f"HTTP {response.status_code}"
                    if response.status_code < 500 and response.status_code not in \
                            _RETRY_STATUSES:
                        break
                except httpx.HTTPError as exc:
                    last = type(exc).__name__
                if attempt + 1 < self.attempts:
                    await asyncio.sleep(self.backoff_s * 2 ** attempt)
        finally:
            if self.client is None:
                await client.aclose()
        log.warning("job %s: completion webhook not delivered (%s)", job.id, last)
        return f"not delivered ({last})"
