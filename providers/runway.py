"""Runway API adapter (``runway:<model>``): image-to-video and text-to-image tasks.

``POST /v1/image_to_video`` (``gen4_turbo``: ``promptImage`` + ``promptText``, ``ratio``
pixel string, ``duration`` 5 | 10) or ``POST /v1/text_to_image`` (``gen4_image``:
``promptText``, ``ratio``) answer ``{"id"}``; ``GET /v1/tasks/{id}`` reports ``status``
``PENDING``/``THROTTLED``/``RUNNING``/``SUCCEEDED``/``FAILED``/``CANCELLED`` with
``output`` (URLs, expiring: downloaded at once), ``progress`` and ``failure``/
``failureCode``; ``DELETE /v1/tasks/{id}`` cancels.  Every request carries
``Authorization: Bearer`` and ``X-Runway-Version: 2024-11-06`` (docs.dev.runwayml.com).
An input image goes as a data URI (documented, up to 5 MB encoded); larger is refused
before anything is paid.  Runway documents no task listing, so a submission whose answer
was lost is held, never re-sent.
"""

from __future__ import annotations

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
)
from providers.errors import ErrorKind, ProviderError
from providers.retry import retry_after_s

API_VERSION = "2024-11-06"
_STATES = {"PENDING": JobState.QUEUED, "THROTTLED": JobState.QUEUED,
           "RUNNING": JobState.RUNNING, "SUCCEEDED": JobState.SUCCEEDED,
           "FAILED": JobState.FAILED, "CANCELLED": JobState.CANCELED}
_MODERATION = ("SAFETY", "moderation", "content")


class RunwayProvider(HttpProvider):
    """Runway tasks adapter."""

    name = "runway"

    def auth_headers(self) -> dict[str, str]:
        headers = {"X-Runway-Version": str(self.settings.get("runway.api_version",
                                                             API_VERSION))}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        body = json_body(response)
        message = str(body.get("error") or body.get("message") or f"HTTP {response.status_code}")
        issues = body.get("issues")
        if isinstance(issues, list) and issues:
            message += ": " + "; ".join(str(i.get("message", i)) if isinstance(i, dict)
                                        else str(i) for i in issues)
        return ProviderError(status_kind(response.status_code), provider=self.name,
                             message=message, status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    async def submit(self, request: GenerationRequest) -> JobHandle:
        body = {"model": request.model, **await self.model_input(request)}
        path = "/v1/image_to_video" if request.kind == "video" else "/v1/text_to_image"
        if request.kind == "video" and "promptImage" not in body:
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message=f"{request.model} makes video from a start image: "
                                        "connect the node's image input")
        return await self.submit_task(request, path, body, noun="task", label="Runway")

    async def _task(self, handle: JobHandle) -> dict[str, Any]:
        return await self.get_object(f"/v1/tasks/{handle.job_id}", noun="task", label="Runway")

    async def poll(self, handle: JobHandle) -> JobStatus:
        task = await self._task(handle)
        state = _STATES.get(str(task.get("status")))
        progress = task.get("progress")
        progress = float(progress) if isinstance(progress, int | float) else None
        if state is None:
            return JobStatus(state=JobState.RUNNING, message=f"unknown status {task.get('status')!r}")
        if state is JobState.FAILED:
            message = str(task.get("failure") or "Runway task failed")
            code = str(task.get("failureCode") or "")
            kind = (ErrorKind.MODERATION if any(w in code for w in _MODERATION)
                    else ErrorKind.MODEL_ERROR)
            return JobStatus(state=state, message=message, error=ProviderError(
                kind, provider=self.name, message=f"{message} ({code})" if code else message))
        return JobStatus(state=state, progress=progress)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        task = await self._task(handle)
        urls = [u for u in task.get("output") or [] if isinstance(u, str)]
        if task.get("status") != "SUCCEEDED" or not urls:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"Runway task {handle.job_id} has no output "
                                        f"(status {task.get('status')!r})")
        outputs = tuple([await self.download(u, dest_dir, stem=f"runway-{handle.job_id}-{i}")
                         for i, u in enumerate(urls)])
        return JobResult(outputs=outputs, cost_usd=self.cost(self.request_of(handle)),
                         provider=self.name, model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        await self.send("DELETE", self.url(f"/v1/tasks/{handle.job_id}"), ok=(404,))
