"""Synthesia API adapter (``synthesia:<avatar id>``): avatar presenter videos.

``POST /v2/videos`` with ``Authorization: <API key>`` (no scheme) and
``{"test", "title", "visibility", "aspectRatio", "input": [{"scriptText", "avatar",
"background"}]}`` creates a video (``status: "in_progress"``); ``GET /v2/videos/{id}``
reports ``in_progress``/``complete``/``error``/``rejected`` and, when complete, a
``download`` URL (expiring: downloaded at once); ``DELETE /v2/videos/{id}`` deletes it.
The node's prompt is the script.  ``extra`` may set ``background``, ``test`` (watermarked
free renders), ``title`` and ``visibility`` (docs.synthesia.io/reference/create-video).
Synthesia lists videos (``GET /v2/videos``) but not the script, so a lost answer is held.
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

_STATES = {"in_progress": JobState.RUNNING, "complete": JobState.SUCCEEDED,
           "error": JobState.FAILED, "rejected": JobState.FAILED}
_INPUT_KEYS = ("scriptText", "background")  # per-scene inputs; the rest is video-level


class SynthesiaProvider(HttpProvider):
    """Synthesia v2 videos adapter."""

    name = "synthesia"

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": self._api_key} if self._api_key else {}

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        body = json_body(response)
        message = str(body.get("context") or body.get("message") or body.get("error")
                      or f"HTTP {response.status_code}")
        return ProviderError(status_kind(response.status_code), provider=self.name,
                             message=message, status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    def _body(self, mapped: dict[str, Any], avatar: str) -> dict[str, Any]:
        scene = {"avatar": avatar, "background": "off_white",
                 **{k: mapped.pop(k) for k in _INPUT_KEYS if k in mapped}}
        mapped.pop("prompt", None)
        return {"test": False, "visibility": "private", "title": "mvstudio",
                **mapped, "input": [scene]}

    async def submit(self, request: GenerationRequest) -> JobHandle:
        if not request.prompt.strip():
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message="the presenter's script (prompt) is empty")
        body = self._body(await self.model_input(request), request.model)
        return await self.submit_task(request, "/v2/videos", body, noun="video",
                                      label="Synthesia")

    async def _video(self, handle: JobHandle) -> dict[str, Any]:
        return await self.get_object(f"/v2/videos/{handle.job_id}", noun="video",
                                     label="Synthesia")

    async def poll(self, handle: JobHandle) -> JobStatus:
        video = await self._video(handle)
        status = str(video.get("status"))
        state = _STATES.get(status)
        if state is None:
            return JobStatus(state=JobState.RUNNING, message=f"unknown status {status!r}")
        if state is JobState.FAILED:
            kind = ErrorKind.MODERATION if status == "rejected" else ErrorKind.MODEL_ERROR
            message = f"Synthesia video {handle.job_id} is {status}"
            return JobStatus(state=state, message=message,
                             error=ProviderError(kind, provider=self.name, message=message))
        return JobStatus(state=state)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        video = await self._video(handle)
        url = video.get("download")
        if video.get("status") != "complete" or not isinstance(url, str):
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"Synthesia video {handle.job_id} has no download URL")
        output = await self.download(url, dest_dir, stem=f"synthesia-{handle.job_id}")
        return JobResult(outputs=(output,), cost_usd=self.cost(self.request_of(handle)),
                         provider=self.name, model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        await self.send("DELETE", self.url(f"/v2/videos/{handle.job_id}"), ok=(404,))
