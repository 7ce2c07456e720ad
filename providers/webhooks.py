"""Webhook verification and de-duplication (fal Ed25519/JWKS, Replicate Standard Webhooks).

Polling is the default; webhooks are for servers that want pushes.  Both
providers may deliver the same event more than once, so :class:`Deduper`
remembers delivery ids.  Signature schemes (research/providers.md 1.7, 2.6):

* Replicate: ``webhook-signature: v1,<base64 HMAC-SHA256(key, f"{id}.{ts}.{body}")>``,
  key = base64-decoded part after ``whsec_``.
* fal: hex Ed25519 signature over ``f"{request_id}\\n{user_id}\\n{ts}\\n{sha256_hex(body)}"``,
  keys from a JWKS (``OKP``/``Ed25519``, base64url ``x``); any key may match.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

from providers.errors import ProviderConfigError

DEFAULT_TOLERANCE_S = 300.0


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    """HTTP header names are case-insensitive; senders and frameworks disagree on case."""
    return {str(k).lower(): str(v) for k, v in headers.items()}


def _fresh(timestamp: str, tolerance_s: float, now: Callable[[], float]) -> bool:
    try:
        return abs(now() - float(timestamp)) <= tolerance_s
    except ValueError:
        return False


def replicate_signature(secret: str, webhook_id: str, timestamp: str, body: bytes) -> str:
    """``v1,<base64>`` signature for a Replicate (Standard Webhooks) delivery."""
    key = base64.b64decode(secret.removeprefix("whsec_"))  # the prefix is optional (spec)
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def verify_replicate(headers: Mapping[str, str], body: bytes, secret: str, *,
                     tolerance_s: float | None = DEFAULT_TOLERANCE_S,
                     now: Callable[[], float] = time.time) -> bool:
    """True if any ``v1,`` signature in ``webhook-signature`` matches (and is fresh)."""
    headers = _lower(headers)
    webhook_id, ts = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "")
    if not webhook_id or not ts or (tolerance_s is not None and not _fresh(ts, tolerance_s, now)):
        return False
    expected = replicate_signature(secret, webhook_id, ts, body)
    return any(hmac.compare_digest(expected, candidate)
               for candidate in headers.get("webhook-signature", "").split())


def fal_message(request_id: str, user_id: str, timestamp: str, body: bytes) -> bytes:
    return f"{request_id}\n{user_id}\n{timestamp}\n{hashlib.sha256(body).hexdigest()}".encode()


def verify_fal(headers: Mapping[str, str], body: bytes, jwks: Mapping[str, Any], *,
               tolerance_s: float | None = DEFAULT_TOLERANCE_S,
               now: Callable[[], float] = time.time) -> bool:
    """True if the ``X-Fal-Webhook-Signature`` verifies against any Ed25519 key in ``jwks``."""
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError:
        raise ProviderConfigError("verifying fal webhooks needs the 'cryptography' package",
                                  provider="fal") from None
    headers = _lower(headers)
    ts = headers.get("x-fal-webhook-timestamp", "")
    if tolerance_s is not None and not _fresh(ts, tolerance_s, now):
        return False
    try:
        signature = bytes.fromhex(headers.get("x-fal-webhook-signature", ""))
    except ValueError:
        return False
    message = fal_message(headers.get("x-fal-webhook-request-id", ""),
                          headers.get("x-fal-webhook-user-id", ""), ts, body)
    for key in jwks.get("keys", []):
        if key.get("kty") != "OKP" or key.get("crv") != "Ed25519":
            continue
        raw = base64.urlsafe_b64decode(str(key.get("x", "")) + "==")
        try:
            Ed25519PublicKey.from_public_bytes(raw).verify(signature, message)
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


class Deduper:
    """Remembers the last ``capacity`` delivery ids; ``first_time(id)`` is True once per id."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()

    def first_time(self, delivery_id: str) -> bool:
        if delivery_id in self._seen:
            self._seen.move_to_end(delivery_id)
            return False
        self._seen[delivery_id] = None
        if len(self._seen) > self.capacity:
            self._seen.popitem(last=False)
        return True
