"""Webhook senders of the fakes: fal (Ed25519 + JWKS) and Replicate (Standard Webhooks).

A job submitted with a webhook (fal ``?fal_webhook=<url>``, Replicate body
``"webhook"``) completes after ``state.webhook_delay_s`` in a timer thread and
is POSTed to the URL, signed exactly as the real services sign.  The fault
``duplicate`` (operation ``webhook``) delivers it twice, as real retries do.
fal's signing key is the research test-vector key (seed bytes 0..31), published
at ``/fal/.well-known/jwks.json``; Replicate's secret at
``/replicate/v1/webhooks/default/secret``.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

from providers.fakes.state import FakeJob, FakeState
from providers.webhooks import fal_message, replicate_signature

REPLICATE_SECRET = "whsec_" + base64.b64encode(b"mvstudio-fake-webhook-secret-32b").decode()
FAL_USER_ID = "fake-user"
_FAL_SEED = bytes(range(32))


def fal_jwks() -> dict[str, Any]:
    """The JWKS holding the fake's Ed25519 public key (empty without ``cryptography``)."""
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    except ImportError:
        return {"keys": []}
    public = Ed25519PrivateKey.from_private_bytes(_FAL_SEED).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    x = base64.urlsafe_b64encode(public).decode().rstrip("=")
    return {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": x, "kid": "fake"}]}


def fal_headers(request_id: str, body: bytes, timestamp: str) -> dict[str, str]:
    headers = {"X-Fal-Webhook-Request-Id": request_id, "X-Fal-Webhook-User-Id": FAL_USER_ID,
               "X-Fal-Webhook-Timestamp": timestamp}
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    except ImportError:
        return headers
    key = Ed25519PrivateKey.from_private_bytes(_FAL_SEED)
    signature = key.sign(fal_message(request_id, FAL_USER_ID, timestamp, body)).hex()
    return {**headers, "X-Fal-Webhook-Signature": signature}


def replicate_headers(body: bytes, timestamp: str) -> dict[str, str]:
    msg_id = f"msg_{uuid.uuid4().hex}"
    return {"webhook-id": msg_id, "webhook-timestamp": timestamp,
            "webhook-signature": replicate_signature(REPLICATE_SECRET, msg_id, timestamp, body)}


def _post(url: str, body: bytes, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=5):
            pass
    except OSError:
        pass  # a real sender would retry later; the fake just drops it


def schedule(state: FakeState, job: FakeJob, url: str,
             build: Callable[[FakeJob], tuple[bytes, dict[str, str]]]) -> None:
    """Complete ``job`` after the delay and deliver its webhook (twice on ``duplicate``)."""

    def fire() -> None:
        with state.lock:
            job.polls = max(job.polls, job.need_polls)
        body, headers = build(job)
        copies = 2 if state.pick(job.provider, "webhook") == "duplicate" else 1
        for _ in range(copies):
            _post(url, body, headers)  # the same delivery id each time, as retries are

    timer = threading.Timer(state.webhook_delay_s, fire)
    timer.daemon = True
    timer.start()


def fal_body(job: FakeJob, result: dict[str, Any] | None, error: str | None) -> bytes:
    ok = error is None
    payload: dict[str, Any] = {"request_id": job.id, "gateway_request_id": job.id,
                               "status": "OK" if ok else "ERROR", "payload": result}
    if not ok:
        payload["error"] = error
    return json.dumps(payload).encode()


def now_ts() -> str:
    return str(int(time.time()))
