"""Provider webhooks complete serve's jobs: fal (Ed25519/JWKS) and Replicate (Standard
Webhooks) deliveries from the loopback fakes are verified and wake the waiting job; a
forged or tampered delivery is refused (401), logged without secrets, and changes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from serve_helpers import free_port
from test_crash_resume import paid_graph  # tests/studio

TOKEN = "serve-token-for-hook-tests-0123456789"


@pytest.fixture
def hook_fake() -> Iterator[Any]:
    """Fakes whose jobs never finish by polling (10 000 polls): only the webhook ends them,
    3 s after submission."""
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    server = FakeServer(FakeState(polls_to_complete=10_000, webhook_delay_s=3.0)).start()
    try:
        yield server
    finally:
        server.stop()


def _hook_env(fake: Any, tmp_path: Any, port: int) -> dict[str, str]:
    from providers.fakes import webhooks_out

    jwks = tmp_path / "fal-jwks.json"
    jwks.write_text(json.dumps(webhooks_out.fal_jwks()))
    # No MVSTUDIO_REPLICATE_WEBHOOK_SECRET: serve asks the (fake) Replicate API for it.
    return {**fake.env(), "MVSTUDIO_PUBLIC_URL": f"http://127.0.0.1:{port}",
            "MVSTUDIO_FAL_JWKS": str(jwks)}


def _forged_replicate(url: str, prediction_id: str) -> list[int]:
    """A 'succeeded' for a running prediction: wrong secret, tampered body, stale stamp."""
    from providers.fakes import webhooks_out

    body = json.dumps({"id": prediction_id, "status": "succeeded", "output": []}).encode()
    now = str(int(time.time()))
    wrong = "whsec_" + base64.b64encode(b"not-the-replicate-secret-32bytes").decode()
    cases = [webhooks_out.replicate_headers(body, now) | {"webhook-signature": "v1,"
             + base64.b64encode(hmac.new(base64.b64decode(wrong[6:]), f"m.{now}.".encode()
                                         + body, hashlib.sha256).digest()).decode(),
                                                          "webhook-id": "m"},
             webhooks_out.replicate_headers(b'{"other": 1}', now),
             webhooks_out.replicate_headers(body, str(int(time.time()) - 3600))]
    codes = []
    for headers in cases:
        codes.append(httpx.post(f"{url}/webhooks/replicate", content=body,
                                headers=headers).status_code)
    return codes


def _forged_fal(url: str, request_id: str) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from providers.webhooks import fal_message

    body = json.dumps({"request_id": request_id, "status": "OK", "payload": {}}).encode()
    now = str(int(time.time()))
    other_key = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
    headers = {"X-Fal-Webhook-Request-Id": request_id, "X-Fal-Webhook-User-Id": "fake-user",
               "X-Fal-Webhook-Timestamp": now,
               "X-Fal-Webhook-Signature": other_key.sign(
                   fal_message(request_id, "fake-user", now, body)).hex()}
    return httpx.post(f"{url}/webhooks/fal", content=body, headers=headers).status_code


def test_provider_webhooks_finish_jobs_and_forgeries_change_nothing(start_server, hook_fake,
                                                                    tmp_path):
    pytest.importorskip("cryptography")
    port = free_port()
    server = start_server(_hook_env(hook_fake, tmp_path, port), token=TOKEN, port=port)
    job = server.submit({"graph": paid_graph()})
    deadline = time.monotonic() + 20
    while len(hook_fake.state.jobs) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    remote = {j.provider: j.id for j in hook_fake.state.jobs.values()}
    # Forgeries while the real deliveries are still 3 s away; no API token needed here.
    assert _forged_replicate(server.url, remote["replicate"]) == [401, 401, 401]
    assert _forged_fal(server.url, remote["fal"]) == 401
    assert server.job(job["id"])["status"] == "running"  # nothing changed

    ended = server.wait(job["id"], timeout_s=30)
    assert ended["status"] == "succeeded", ended
    assert sum(hook_fake.state.created.values()) == 2
    # Whether a poller was asleep when its push came or a poll raced the delivery is
    # timing (the fake marks the job done as it sends); tests/providers/
    # test_webhooks_inbox.py pins the wake-up itself.
    log = (server.home / "serve.log").read_text()
    assert log.count("signature did not verify") == 4
    assert "replicate webhook: job" in log and "fal webhook: job" in log
    from providers.fakes import webhooks_out

    assert webhooks_out.REPLICATE_SECRET not in log and webhooks_out.REPLICATE_SECRET[6:] \
        not in log


def test_hooks_from_environment_enable_only_verifiable_providers():
    from providers.fakes import webhooks_out
    from providers.webhooks_inbox import INBOX, webhook_url
    from studio.serve_hooks import ProviderHooks

    assert ProviderHooks.from_environment({"MVSTUDIO_PUBLIC_URL": "https://mv.example"}) is None
    try:
        hooks = ProviderHooks.from_environment({
            "MVSTUDIO_PUBLIC_URL": "https://mv.example",
            "MVSTUDIO_REPLICATE_WEBHOOK_SECRET": webhooks_out.REPLICATE_SECRET})
        assert hooks is not None and hooks.inbox is INBOX
        assert webhook_url("replicate") == "https://mv.example/webhooks/replicate"
        assert webhook_url("fal") is None  # no JWKS configured: fal is not asked
    finally:
        INBOX.disable()
