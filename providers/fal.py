"""fal.ai queue API adapter (``fal:<model id>``).

Wire protocol (research/providers.md section 1): ``POST {queue}/{model_id}``
with ``Authorization: Key <FAL_KEY>`` returns ``request_id`` plus absolute
``status_url``/``response_url``/``cancel_url``, which we follow (never build).
Status ``IN_QUEUE``/``IN_PROGRESS``/``COMPLETED``; ``COMPLETED`` with ``error``
is a failure.  Output files are public CDN URLs, downloaded at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from providers._http import HttpProvider, input_image_data_uri, status_kind
from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    request_to_dict,
)
from providers.errors import ErrorKind, ProviderError
from providers.retry import retry_after_s

_TIMEOUT_TYPES = frozenset({"request_timeout", "startup_timeout"})
_MODERATION_WORDS = ("content policy", "nsfw", "content_policy", "safety", "moderation")


def _detail_text(detail: Any) -> str:
    if isinstance(detail, list):  # FastAPI validation list
        return "; ".join(f"{'.'.join(str(p) for p in d.get('loc', []))}: {d.get('msg', d)}"
                         if isinstance(d, dict) else str(d) for d in detail)
    return str(detail)


def error_kind(status_code: int | None, error_type: str | None, message: str) -> ErrorKind:
    """fal error -> kind, using ``error_type``/``X-Fal-Error-Type`` first."""
    low = message.lower()
    if error_type in _TIMEOUT_TYPES:
        return ErrorKind.TIMEOUT
    if error_type and error_type.startswith("runner_"):
        return ErrorKind.TRANSIENT
    if any(w in low for w in _MODERATION_WORDS) or (error_type or "").startswith("content"):
        return ErrorKind.MODERATION
    if status_code is None:
        return ErrorKind.MODEL_ERROR
    return status_kind(status_code)


def _build_input(request: GenerationRequest) -> dict[str, Any]:
    body: dict[str, Any] = {"prompt": request.prompt}
    if request.seed is not None:
        body["seed"] = request.seed
    if request.width and request.height:
        body["image_size"] = {"width": request.width, "height": request.height}
    if request.duration_s:
        body["duration"] = str(round(request.duration_s))
    image_uri = input_image_data_uri(request.image_path, provider="fal")
    if image_uri:
        body["image_url"] = image_uri
    body.update(request.params)
    return body


def iter_file_urls(payload: Any) -> Iterator[str]:
    """Every ``{"url": ...}`` file reference in a fal result, in document order."""
    if isinstance(payload, dict):
        url = payload.get("url")
        if isinstance(url, str) and (url.startswith(("http://", "https://", "data:"))):
            yield url
            return
        for value in payload.values():
            yield from iter_file_urls(value)
    elif isinstance(payload, list):
        for item in payload:
            yield from iter_file_urls(item)


class FalProvider(HttpProvider):
    """fal queue adapter."""

    name = "fal"

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Key {self._api_key}"} if self._api_key else {}

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        message = _detail_text(body.get("detail") or body.get("error") or body.get("status")
                               or f"HTTP {response.status_code}")
        error_type = body.get("error_type") or response.headers.get("x-fal-error-type")
        return ProviderError(error_kind(response.status_code, error_type, message),
                             provider=self.name, message=message,
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    async def submit(self, request: GenerationRequest) -> JobHandle:
        body = await self.send_json("POST", self.url(request.model), json=_build_input(request),
                                    submission=True)
        try:
            data = {k: str(body[k]) for k in ("status_url", "response_url", "cancel_url")}
            job_id = str(body["request_id"])
        except (KeyError, TypeError):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message="fal submit answer lacks request_id/status_url; the "
                                        "job may exist, it was not re-sent") from None
        stored = request_to_dict(request)
        stored["image_path"] = None if request.image_path is None else str(request.image_path)
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={**data, "request": stored})

    async def poll(self, handle: JobHandle) -> JobStatus:
        body = await self.send_json("GET", str(handle.data["status_url"]),
                                    params={"logs": "1"})
        status = body.get("status") if isinstance(body, dict) else None
        if status == "IN_QUEUE":
            position = body.get("queue_position")
            return JobStatus(state=JobState.QUEUED,
                             queue_position=position if isinstance(position, int) else None)
        if status == "IN_PROGRESS":
            logs = body.get("logs") or []
            last = logs[-1].get("message", "") if logs and isinstance(logs[-1], dict) else ""
            return JobStatus(state=JobState.RUNNING, message=str(last))
        if status == "COMPLETED":
            if body.get("error") or body.get("error_type"):
                message = str(body.get("error") or body.get("error_type"))
                kind = error_kind(None, body.get("error_type"), message)
                return JobStatus(state=JobState.FAILED, message=message,
                                 error=ProviderError(kind, provider=self.name, message=message))
            return JobStatus(state=JobState.SUCCEEDED, progress=1.0)
        # Unknown spelling (e.g. after a cancel): keep polling; the timeout bounds it.
        return JobStatus(state=JobState.RUNNING, message=f"unknown fal status {status!r}")

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        body = await self.send_json("GET", str(handle.data["response_url"]))
        urls = list(iter_file_urls(body))
        if not urls:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"fal job {handle.job_id} finished without output files")
        outputs = tuple([await self.download(u, dest_dir, stem=f"fal-{handle.job_id}-{i}")
                         for i, u in enumerate(urls)])
        request = self.request_of(handle)
        return JobResult(outputs=outputs, cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        # 400 ALREADY_COMPLETED and 404 NOT_FOUND mean there is nothing left to cancel.
        await self.send("PUT", str(handle.data["cancel_url"]), ok=(400, 404))
