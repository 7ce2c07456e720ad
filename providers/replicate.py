"""Replicate predictions adapter (``replicate:<owner>/<name>[:<version>]``).

``owner/name`` uses ``POST /v1/models/{owner}/{name}/predictions``; with a
``:version`` suffix it uses ``POST /v1/predictions`` with ``version``.  Sends
``Prefer: wait=N`` (setting ``replicate.prefer_wait_s``, default 5) so fast
models answer in one round trip; otherwise polls ``urls.get``.  Statuses
``starting``/``processing``/``succeeded``/``failed``/``canceled``; output is a
URL string, a list of them, or nested JSON (all URL strings are downloaded).
Errors are RFC 7807 bodies (``detail``/``title``); model failures are a
``failed`` prediction with an ``error`` string.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from providers._http import HttpProvider, json_body, status_kind
from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    request_to_dict,
)
from providers.errors import ErrorKind, ProviderError, register_secret
from providers.reconcile import Listing, NotCreated, classify, decide, held, parse_time
from providers.reconcile import window as reconcile_window
from providers.retry import retry_after_s
from providers.uploads import DEFAULT_TTL_S
from providers.webhooks_inbox import webhook_url

_STATES = {"starting": JobState.QUEUED, "processing": JobState.RUNNING,
           "succeeded": JobState.SUCCEEDED, "failed": JobState.FAILED,
           "canceled": JobState.CANCELED, "aborted": JobState.CANCELED}  # aborted: terminal
_HEX_VERSION = re.compile(r"[0-9a-f]{64}")
_MODERATION_WORDS = ("nsfw", "content policy", "flagged", "sensitive", "safety")


def iter_output_urls(output: Any) -> Iterator[str]:
    """URL strings in a prediction output (string, list or nested dict)."""
    if isinstance(output, str):
        if output.startswith(("https://", "http://", "data:")):
            yield output
    elif isinstance(output, list):
        for item in output:
            yield from iter_output_urls(item)
    elif isinstance(output, dict):
        for value in output.values():
            yield from iter_output_urls(value)


class ReplicateProvider(HttpProvider):
    """Replicate predictions adapter."""

    name = "replicate"

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        body = json_body(response)
        message = str(body.get("detail") or body.get("title") or f"HTTP {response.status_code}")
        kind = status_kind(response.status_code)
        if response.status_code == 402 or "billing" in message.lower():
            kind = ErrorKind.QUOTA
        return ProviderError(kind, provider=self.name, message=message,
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    async def _create(self, request: GenerationRequest) -> tuple[str, dict[str, Any]]:
        """``owner/name`` -> the models endpoint (official models); ``owner/name:version``
        or a bare 64-hex version -> ``POST /v1/predictions`` with ``version``."""
        model, _, version = request.model.partition(":")
        if model.count("/") != 1 and not _HEX_VERSION.fullmatch(model):
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message=f"replicate model {request.model!r} must be owner/name "
                                        "or owner/name:version")
        body: dict[str, Any] = {"input": await self.model_input(request)}
        hook = webhook_url(self.name)  # only when `mvstudio serve` can receive it
        if hook:
            body.update(webhook=hook, webhook_events_filter=["completed"])
        if not version and model.count("/") == 1:
            return self.url(f"/v1/models/{model}/predictions"), body
        body["version"] = request.model if version else model
        return self.url("/v1/predictions"), body

    async def _latest_version(self, model: str) -> str:
        """A community model's current version (``GET /v1/models/{owner}/{name}``)."""
        info = await self.send_json("GET", self.url(f"/v1/models/{model}"))
        latest = info.get("latest_version") if isinstance(info, dict) else None
        version = str((latest or {}).get("id") or "") if isinstance(latest, dict) else ""
        if not version:
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message=f"replicate model {model} has no published version")
        return version

    async def live_inputs(self, model: str) -> dict[str, dict[str, Any]]:
        """The latest version's input schema (``mvstudio models refresh``)."""
        from providers.model_refresh import replicate_inputs

        return replicate_inputs(await self.send_json("GET", self.url(
            f"/v1/models/{model.partition(':')[0]}")))

    async def upload_file(self, data: bytes, filename: str) -> tuple[str, float]:
        """``POST /v1/files`` (multipart ``content``) -> the file's ``urls.get``."""
        answer = await self.send_json("POST", self.url("/v1/files"),
                                      files={"content": (filename, data,
                                                         "application/octet-stream")})
        try:
            url = str(answer["urls"]["get"])
        except (KeyError, TypeError):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message="replicate file upload answer has no urls.get") from None
        expires = parse_time(answer.get("expires_at")) or time.time() + DEFAULT_TTL_S
        return url, expires

    async def submit(self, request: GenerationRequest) -> JobHandle:
        url, body = await self._create(request)
        wait_s = int(self.settings.get("replicate.prefer_wait_s", 5))
        headers = {"Prefer": f"wait={wait_s}"} if wait_s > 0 else {}
        try:
            prediction = await self.send_json("POST", url, json=body, headers=headers,
                                              submission=True, timeout=self.timeout(request))
        except ProviderError as exc:
            # Only official models run by name; a community model answers 404 (nothing was
            # created) and runs by ``owner/name:version`` on the unified endpoint.
            if exc.kind is not ErrorKind.NOT_FOUND or "version" in body:
                raise
            body["version"] = f"{request.model}:{await self._latest_version(request.model)}"
            url = self.url("/v1/predictions")
            prediction = await self.send_json("POST", url, json=body, headers=headers,
                                              submission=True, timeout=self.timeout(request))
        try:
            job_id = str(prediction["id"])
            urls = prediction.get("urls") or {}
            data: dict[str, Any] = {
                "get": str(urls.get("get") or self.url(f"/v1/predictions/{job_id}")),
                "cancel": str(urls.get("cancel") or self.url(f"/v1/predictions/{job_id}/cancel")),
            }
        except (KeyError, TypeError, AttributeError):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message="replicate create answer lacks an id; the prediction "
                                        "may exist, it was not re-sent") from None
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={**data, "request": request_to_dict(request)})

    async def webhook_secret(self) -> str:
        """The account's webhook signing secret (``whsec_...``), for verifying deliveries."""
        answer = await self.send_json("GET", self.url("/v1/webhooks/default/secret"))
        key = answer.get("key") if isinstance(answer, dict) else None
        if not isinstance(key, str) or not key.startswith("whsec_"):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message="replicate's webhook secret answer has no whsec_ key")
        register_secret(key)
        return key

    async def _get(self, handle: JobHandle) -> dict[str, Any]:
        prediction = await self.send_json("GET", str(handle.data["get"]))
        if not isinstance(prediction, dict):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message="replicate returned a non-object prediction")
        return prediction

    async def poll(self, handle: JobHandle) -> JobStatus:
        prediction = await self._get(handle)
        status = prediction.get("status")
        state = _STATES.get(str(status))
        if state is None:
            return JobStatus(state=JobState.RUNNING, message=f"unknown status {status!r}")
        if status == "aborted":  # terminal: it never ran (e.g. its deadline passed)
            message = str(prediction.get("error") or "the prediction was aborted by Replicate "
                          "before it ran; run the node again")
            return JobStatus(state=state, message=message, error=ProviderError(
                ErrorKind.MODEL_ERROR, provider=self.name, message=message))
        if state is JobState.FAILED:
            message = str(prediction.get("error") or "prediction failed")
            kind = (ErrorKind.MODERATION if any(w in message.lower() for w in _MODERATION_WORDS)
                    else ErrorKind.MODEL_ERROR)
            return JobStatus(state=state, message=message,
                             error=ProviderError(kind, provider=self.name, message=message))
        logs = str(prediction.get("logs") or "").strip().splitlines()
        return JobStatus(state=state, message=logs[-1] if logs else "")

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        prediction = await self._get(handle)
        if prediction.get("status") != "succeeded":
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"prediction {handle.job_id} is "
                                        f"{prediction.get('status')!r}, not succeeded")
        output = prediction.get("output")
        request = self.request_of(handle)
        urls = list(iter_output_urls(output))
        if not urls:
            if isinstance(output, str | list) and request.kind == "text":
                text = output if isinstance(output, str) else "".join(map(str, output))
                return JobResult(outputs=(), cost_usd=self.cost(request), provider=self.name,
                                 model=handle.model, job_id=handle.job_id, text=text)
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"prediction {handle.job_id} has no output files"
                                        + (" (data removed: URLs expired)"
                                           if prediction.get("data_removed") else ""))
        outputs = tuple([await self.download(u, dest_dir, stem=f"replicate-{handle.job_id}-{i}")
                         for i, u in enumerate(urls)])
        return JobResult(outputs=outputs, cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id)

    async def reconcile(self, request: GenerationRequest, *, since_unix: float,
                        claimed: frozenset[str] = frozenset(), max_pages: int = 10
                        ) -> JobHandle | NotCreated:
        """Find the prediction a killed run created, via ``GET /v1/predictions``.

        Documented as every prediction of the account (API and website), newest first,
        100 per page, each with its ``input`` (Replicate HTTP API "List predictions",
        https://replicate.com/docs/reference/http#predictions.list, read in the copy at
        https://8mdkf4f12u.apifox.cn/api-135794484), so once the window has been read to
        its start, no prediction that is or might be ours proves nothing was created.
        Match: same model (or version), ``input`` holding every input we send,
        ``created_at`` no earlier than the intent minus the slack.
        """
        model, _, version = request.model.partition(":")
        sent = await self.model_input(request)
        slack_s, settle_s = reconcile_window(self.settings, self.name)
        earliest = since_unix - slack_s

        async def scan() -> Listing:
            listing = Listing()
            url: str | None = self.url("/v1/predictions")
            for _ in range(max_pages):
                page = await self.send_json("GET", str(url))
                results = page.get("results") if isinstance(page, dict) else None
                if not isinstance(results, list):
                    raise held(self.name, request.model, "the predictions list answered "
                               "without results")
                for item in results:
                    created = parse_time(item.get("created_at")) if isinstance(
                        item, dict) else None
                    if created is None:
                        listing.doubtful += 1  # cannot place it in time: might be ours
                        continue
                    if created < earliest:  # newest first: nothing older can match
                        listing.complete = True
                        return listing
                    if item.get("model") != model and not (version and
                                                           item.get("version") == version):
                        continue
                    match = classify(sent, None if item.get("data_removed")
                                     else item.get("input"))
                    job_id = str(item.get("id") or "")
                    if match == "exact" and job_id and job_id not in claimed:
                        urls = item.get("urls") or {}
                        listing.exact.append(JobHandle(
                            provider=self.name, model=request.model, job_id=job_id,
                            data={"get": str(urls.get("get")
                                             or self.url(f"/v1/predictions/{job_id}")),
                                  "cancel": str(urls.get("cancel") or self.url(
                                      f"/v1/predictions/{job_id}/cancel")),
                                  "request": request_to_dict(request)}))
                    elif match in ("similar", "unknown"):
                        listing.doubtful += 1
                url = page.get("next")
                if not url:
                    listing.complete = True
                    break
            return listing

        return await decide(scan, provider=self.name, model=request.model,
                            since_unix=since_unix, settle_s=settle_s, authoritative=True,
                            sleep=self.sleep, not_listed="")

    async def cancel(self, handle: JobHandle) -> None:
        await self.send("POST", str(handle.data["cancel"]))
