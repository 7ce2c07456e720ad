"""Provider webhook endpoints of ``mvstudio serve``: ``POST /webhooks/replicate`` and
``POST /webhooks/fal``.

They need no API token (fal and Replicate cannot send one); the provider's signature is
the authentication, so an endpoint whose keys are not configured answers 404 and a
delivery that fails verification answers 401, is logged (provider, delivery id and
reason only; never a secret or a signature) and changes nothing. A verified delivery
is de-duplicated (providers retry) and handed to the waiting provider job through
:data:`providers.webhooks_inbox.INBOX`.

Configuration (environment): ``MVSTUDIO_PUBLIC_URL`` (the URL providers reach this
server at; without it providers are not asked for webhooks), ``MVSTUDIO_REPLICATE_WEBHOOK_SECRET``
(``whsec_...``, Replicate's ``GET /v1/webhooks/default/secret``; when unset and
``REPLICATE_API_TOKEN`` is, serve asks that endpoint once at start-up) and
``MVSTUDIO_FAL_JWKS`` (a file holding fal's JWKS, e.g. a saved copy of
https://rest.fal.ai/.well-known/jwks.json; fetch it out of band: serve never downloads).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from providers.webhooks import Deduper, verify_fal, verify_replicate
from providers.webhooks_inbox import INBOX, Push, WebhookInbox, fal_push, replicate_push
from studio.serve_http import Request, Response, error, json_response

log = logging.getLogger("mvstudio.serve")


class ProviderHooks:
    def __init__(self, *, replicate_secret: str | None = None,
                 fal_jwks: Mapping[str, Any] | None = None, inbox: WebhookInbox = INBOX,
                 now: Callable[[], float] | None = None) -> None:
        self._replicate_secret = replicate_secret
        self._fal_jwks = fal_jwks
        self.inbox = inbox
        self._now = now
        self._seen = Deduper()

    @classmethod
    def from_environment(cls, env: Mapping[str, str], *, replicate_secret: str | None = None
                         ) -> ProviderHooks | None:
        secret = replicate_secret or env.get("MVSTUDIO_REPLICATE_WEBHOOK_SECRET") or None
        jwks = None
        if env.get("MVSTUDIO_FAL_JWKS"):
            path = Path(env["MVSTUDIO_FAL_JWKS"]).expanduser()
            try:
                jwks = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.warning("fal webhooks off: cannot read the JWKS %s (%s)", path,
                            type(exc).__name__)
        if secret is None and jwks is None:
            return None
        hooks = cls(replicate_secret=secret, fal_jwks=jwks)
        if env.get("MVSTUDIO_PUBLIC_URL"):  # ask only providers whose deliveries verify here
            hooks.inbox.enable(env["MVSTUDIO_PUBLIC_URL"], providers=frozenset(
                name for name, ok in (("replicate", secret), ("fal", jwks)) if ok))
        return hooks

    def _verify(self, provider: str, request: Request) -> bool | None:
        """True/False = signature verdict; None = this provider is not configured."""
        kwargs: dict[str, Any] = {"now": self._now} if self._now is not None else {}
        if provider == "replicate" and self._replicate_secret:
            try:
                return verify_replicate(request.headers, request.body, self._replicate_secret,
                                        **kwargs)
            except (ValueError, IndexError):  # a malformed secret is a config error
                log.error("replicate webhooks: MVSTUDIO_REPLICATE_WEBHOOK_SECRET is malformed")
                return False
        if provider == "fal" and self._fal_jwks is not None:
            return verify_fal(request.headers, request.body, self._fal_jwks, **kwargs)
        return None

    async def handle(self, provider: str, request: Request) -> Response:
        verdict = self._verify(provider, request)
        if verdict is None:
            return error(404, f"{provider} webhooks are not configured on this server")
        delivery = _delivery_id(provider, request.headers)
        if not verdict:
            log.warning("%s webhook rejected: signature did not verify (delivery %s, %d "
                        "bytes)", provider, delivery or "-", len(request.body))
            return error(401, "signature did not verify")
        try:
            push: Push = (replicate_push if provider == "replicate" else fal_push)(request.body)
        except ValueError as exc:
            log.warning("%s webhook rejected: %s", provider, exc)
            return error(400, str(exc))
        if delivery and not self._seen.first_time(f"{provider}:{delivery}"):
            return json_response(200, {"ok": True, "duplicate": True})
        waiting = self.inbox.deliver(push)
        log.info("%s webhook: job %s %s%s", provider, push.job_id, push.state,
                 "" if waiting else " (no poller waiting; kept for it)")
        return json_response(200, {"ok": True, "job": push.job_id, "state": str(push.state)})


async def replicate_secret(env: Mapping[str, str]) -> str | None:
    """The configured Replicate webhook secret, else the account's (asked once, with the
    API key), else None. Only asked when providers can reach us (``MVSTUDIO_PUBLIC_URL``)."""
    if env.get("MVSTUDIO_REPLICATE_WEBHOOK_SECRET"):
        return env["MVSTUDIO_REPLICATE_WEBHOOK_SECRET"]
    if not env.get("MVSTUDIO_PUBLIC_URL") or not env.get("REPLICATE_API_TOKEN"):
        return None
    import httpx

    from providers.errors import ProviderError
    from providers.registry import make_provider

    async with httpx.AsyncClient(timeout=15) as client:
        try:
            provider: Any = make_provider("replicate", client=client, env=env)
            secret: str = await provider.webhook_secret()
            return secret
        except (ProviderError, httpx.HTTPError) as exc:
            log.warning("replicate webhooks off: could not get the webhook secret (%s)",
                        getattr(exc, "kind", type(exc).__name__))
            return None


def _delivery_id(provider: str, headers: Mapping[str, str]) -> str:
    if provider == "replicate":
        return headers.get("webhook-id", "")[:100]
    return headers.get("x-fal-webhook-request-id", "")[:100]
