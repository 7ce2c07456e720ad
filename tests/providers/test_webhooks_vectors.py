"""Webhook verification against published vectors.

Replicate signs with Standard Webhooks: the cases below are the spec repository's own
(standard-webhooks/standard-webhooks, libraries/python/tests/test_webhooks.py: the
signing vector, multiple signatures, prefix-less secrets, missing headers, bad and
stale timestamps). fal publishes no test vector for its Ed25519 scheme; its verifier is
checked with RFC 8032 section 7.1's published key pairs (TEST 1 and TEST 2: the JWKS
``x`` decoding must yield the published public key, which must verify what the
published secret key signs) and the fal-format vector in research/providers.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from providers.webhooks import fal_message, replicate_signature, verify_fal, verify_replicate

SECRET = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
PAYLOAD = b'{"test": 2432232314}'
NOW = 1614265330.0


def _headers(ts: float) -> dict[str, str]:
    stamp = str(int(ts))
    signed = f"{MSG_ID}.{stamp}.".encode() + PAYLOAD
    sig = base64.b64encode(hmac.new(base64.b64decode(SECRET), signed, hashlib.sha256).digest())
    return {"webhook-id": MSG_ID, "webhook-timestamp": stamp,
            "webhook-signature": "v1," + sig.decode()}


def test_standard_webhooks_signing_vector():
    assert replicate_signature("whsec_" + SECRET, MSG_ID, "1614265330", PAYLOAD) == \
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


@pytest.mark.parametrize("secret", [SECRET, "whsec_" + SECRET])
def test_valid_signature_with_and_without_prefix(secret):
    assert verify_replicate(_headers(NOW), PAYLOAD, secret, now=lambda: NOW)


def test_multiple_signatures_any_valid_one_verifies():
    headers = _headers(NOW)
    headers["webhook-signature"] = " ".join([
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
        "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
        headers["webhook-signature"],
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="])
    assert verify_replicate(headers, PAYLOAD, SECRET, now=lambda: NOW)


@pytest.mark.parametrize("change", [
    {"webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA="},  # spec's bad sig
    {"webhook-timestamp": "hello"},
    {"webhook-id": None}, {"webhook-timestamp": None}, {"webhook-signature": None}])
def test_spec_rejections(change):
    headers = {**_headers(NOW), **change}
    headers = {k: v for k, v in headers.items() if v is not None}
    assert not verify_replicate(headers, PAYLOAD, SECRET, now=lambda: NOW)


@pytest.mark.parametrize("offset_s", [-301.0, 301.0])
def test_timestamps_beyond_the_five_minute_tolerance_fail(offset_s):
    assert verify_replicate(_headers(NOW + offset_s), PAYLOAD, SECRET, now=lambda: NOW) is False
    assert verify_replicate(_headers(NOW + offset_s * 0.99), PAYLOAD, SECRET, now=lambda: NOW)


# RFC 8032, section 7.1: (secret key, public key) of TEST 1 and TEST 2, and their signatures
# of the empty message and of the one byte 0x72.
RFC8032 = [
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", b"",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
     "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
    ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", b"\x72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e"
     "458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
]


@pytest.mark.parametrize("secret_hex,public_hex,message,signature_hex", RFC8032)
def test_fal_verifier_with_rfc8032_keys(secret_hex, public_hex, message, signature_hex):
    pytest.importorskip("cryptography")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret_hex))
    assert key.sign(message).hex() == signature_hex  # the published signature
    x = base64.urlsafe_b64encode(bytes.fromhex(public_hex)).decode().rstrip("=")
    jwks = {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "A" * 43},  # another key first
                     {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": "rfc8032"}]}
    body = b'{"request_id":"r-9","status":"OK","payload":{}}'
    headers = {"x-fal-webhook-request-id": "r-9", "x-fal-webhook-user-id": "u-1",
               "x-fal-webhook-timestamp": "1700000000"}
    headers["x-fal-webhook-signature"] = key.sign(
        fal_message("r-9", "u-1", "1700000000", body)).hex()
    now = lambda: 1700000100.0  # noqa: E731
    assert verify_fal(headers, body, jwks, now=now)
    assert not verify_fal(headers, body + b" ", jwks, now=now)
    assert not verify_fal({**headers, "x-fal-webhook-timestamp": "1700000001"}, body, jwks,
                          now=now)
    assert not verify_fal(headers, body, jwks, now=lambda: 1700000301.0)  # stale
    assert not verify_fal({**headers, "x-fal-webhook-signature": "zz"}, body, jwks, now=now)
    assert not verify_fal(headers, body, {"keys": jwks["keys"][:1]}, now=now)
