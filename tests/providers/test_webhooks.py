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
