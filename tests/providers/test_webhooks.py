"""Webhook signatures against the test vectors in research/providers.md, and dedupe."""

from __future__ import annotations

import pytest

from providers.webhooks import Deduper, replicate_signature, verify_fal, verify_replicate

REP_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
REP_HEADERS = {"webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330",
               "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}
REP_BODY = b'{"test": 2432232314}'


def test_replicate_vector():
    assert replicate_signature(REP_SECRET, REP_HEADERS["webhook-id"], "1614265330", REP_BODY) \
        == REP_HEADERS["webhook-signature"]
    assert verify_replicate(REP_HEADERS, REP_BODY, REP_SECRET, now=lambda: 1614265330.0)
    assert not verify_replicate(REP_HEADERS, REP_BODY + b" ", REP_SECRET, now=lambda: 1614265330)
    assert not verify_replicate(REP_HEADERS, REP_BODY, REP_SECRET)  # stale timestamp


FAL_JWKS = {"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "test",
                      "x": "A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg"}]}
FAL_BODY = (b'{"request_id":"req-1","gateway_request_id":"req-1","status":"OK",'
            b'"payload":{"images":[]}}')
FAL_HEADERS = {
    "X-Fal-Webhook-Request-Id": "req-1", "X-Fal-Webhook-User-Id": "user-1",
    "X-Fal-Webhook-Timestamp": "1700000000",
    "X-Fal-Webhook-Signature": "43f36802717fd0e4fffa066b226ecaea60ab9f5c53a27a450a733d0c47e04c2075"
                               "824e61e0b2f3d839e5d4d151f900deb359f0a31aff241576d091efce28ca0a"}


def test_fal_vector():
    pytest.importorskip("cryptography")
    now = lambda: 1700000000.0  # noqa: E731
    assert verify_fal(FAL_HEADERS, FAL_BODY, FAL_JWKS, now=now)
    assert not verify_fal(FAL_HEADERS, FAL_BODY.replace(b"OK", b"KO"), FAL_JWKS, now=now)
    assert not verify_fal({**FAL_HEADERS, "X-Fal-Webhook-User-Id": "u2"}, FAL_BODY, FAL_JWKS,
                          now=now)


def test_dedupe_duplicate_deliveries():
    dedupe = Deduper(capacity=2)
    assert dedupe.first_time("a") and not dedupe.first_time("a")
    assert dedupe.first_time("b") and dedupe.first_time("c") and dedupe.first_time("a")


class _Receiver:
    """A tiny webhook endpoint on 127.0.0.1 that records deliveries."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # noqa: ANN002
                return None

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.deliveries.append((dict(self.headers.items()), body))
                outer.arrived.set()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def wait(self, count: int) -> None:
        import time

        deadline = time.monotonic() + 5
        while len(self.deliveries) < count and time.monotonic() < deadline:
            self.arrived.wait(0.05)
        time.sleep(0.1)  # let any extra (duplicate) delivery land too

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("duplicate", [False, True])
def test_fake_replicate_webhook_is_signed_and_deduped(fake, duplicate):
    import httpx

    if duplicate:
        fake.state.add("duplicate", provider="replicate", op="webhook")
    receiver = _Receiver()
    try:
        created = httpx.post(f"{fake.base_url('replicate')}/v1/models/a/b/predictions",
                             json={"input": {"prompt": "x"}, "webhook": receiver.url},
                             headers={"Authorization": f"Bearer {fake.state.api_key}"})
        receiver.wait(2 if duplicate else 1)
        secret = httpx.get(f"{fake.base_url('replicate')}/v1/webhooks/default/secret",
                           headers={"Authorization": f"Bearer {fake.state.api_key}"}
                           ).json()["key"]
    finally:
        receiver.close()
    assert len(receiver.deliveries) == (2 if duplicate else 1)
    dedupe = Deduper()
    fresh = []
    for headers, body in receiver.deliveries:
        assert verify_replicate(headers, body, secret)
        if dedupe.first_time({k.lower(): v for k, v in headers.items()}["webhook-id"]):
            fresh.append(body)
    assert len(fresh) == 1
    import json

    prediction = json.loads(fresh[0])
    assert prediction["id"] == created.json()["id"] and prediction["status"] == "succeeded"


def test_fake_fal_webhook_verifies_against_served_jwks(fake):
    pytest.importorskip("cryptography")
    import httpx

    receiver = _Receiver()
    try:
        submitted = httpx.post(f"{fake.base_url('fal')}/fal-ai/flux/schnell",
                               params={"fal_webhook": receiver.url}, json={"prompt": "x"},
                               headers={"Authorization": f"Key {fake.state.api_key}"})
        receiver.wait(1)
        jwks = httpx.get(f"{fake.base_url('fal')}/.well-known/jwks.json").json()
    finally:
        receiver.close()
    ((headers, body),) = receiver.deliveries
    assert verify_fal(headers, body, jwks)  # header names arrive as urllib spelled them
    import json

    delivered = json.loads(body)
    assert delivered["request_id"] == submitted.json()["request_id"]
    assert delivered["status"] == "OK" and delivered["payload"]["images"]


@pytest.mark.parametrize("extra", [{"webhook": "ftp://example.com/hook"}, {"webhook": 5},
                                   {"webhook": "https://example.com/h",
                                    "webhook_events_filter": ["done"]},
                                   {"webhook": "https://example.com/h",
                                    "webhook_events_filter": "completed"}])
def test_fake_replicate_refuses_what_replicate_refuses_about_webhooks(fake, extra):
    """Replicate's docs: webhook is a URL; webhook_events_filter a list of start, output,
    logs, completed. The fake refuses the rest (422) and creates no job."""
    import httpx

    created = httpx.post(f"{fake.base_url('replicate')}/v1/models/a/b/predictions",
                         json={"input": {"prompt": "x"}, **extra},
                         headers={"Authorization": f"Bearer {fake.state.api_key}"})
    assert created.status_code == 422, created.text
    assert "webhook" in created.json()["detail"]
    assert sum(fake.state.created.values()) == 0
