"""Stability AI v2beta adapter (``stability:<model>``).

Images: ``POST /v2beta/stable-image/generate/{core|ultra|sd3}`` as
``multipart/form-data`` with ``Accept: application/json`` -> base64 image and
``finish_reason`` (``CONTENT_FILTERED`` is a moderation failure).  The paid
answer is spooled in ``submit``; the POSTs go through the request spool
(:mod:`providers.spool`), the only way to recover them: the API lists nothing.  Video (model ``image-to-video``):
``POST /v2beta/image-to-video`` returns ``{"id"}``; ``GET /v2beta/results/{id}``
answers 202 while in progress and 200 with the result (kept 24 h).
Errors: ``{"id", "name", "errors": [...]}``; 403 ``content_moderation``.
"""

from __future__ import annotations

import base64
import uuid
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
from providers.download import save_bytes
from providers.errors import ErrorKind, ProviderError
from providers.reconcile import NotCreated
from providers.retry import retry_after_s

ASPECTS = {"16:9": 16 / 9, "1:1": 1.0, "21:9": 21 / 9, "2:3": 2 / 3, "3:2": 3 / 2, "4:5": 0.8,
           "5:4": 1.25, "9:16": 9 / 16, "9:21": 9 / 21}
VIDEO_MODELS = frozenset({"image-to-video", "svd"})


def aspect_ratio(width: int | None, height: int | None) -> str:
    """Nearest supported aspect ratio name."""
    if not width or not height:
        return "16:9"
    target = width / height
    return min(ASPECTS, key=lambda name: abs(ASPECTS[name] - target))


def _endpoint(model: str) -> tuple[str, dict[str, str]]:
    if model in ("core", "ultra"):
        return f"/v2beta/stable-image/generate/{model}", {}
    if model.startswith("sd3"):
        return "/v2beta/stable-image/generate/sd3", {"model": model}
    raise ProviderError(ErrorKind.VALIDATION, provider="stability",
                        message=f"unknown Stability model {model!r}; use core, ultra, "
                                "sd3.5-large, sd3.5-medium or image-to-video")


def _image_file(path: str | None) -> dict[str, Any]:
    if not path:
        return {"none": ("", b"")}  # forces multipart/form-data, as the API requires
    try:
        return {"image": (Path(path).name, Path(path).read_bytes(), "application/octet-stream")}
    except OSError as exc:
        raise ProviderError(ErrorKind.VALIDATION, provider="stability",
                            message=f"cannot read input image {Path(path).name}: "
                                    f"{exc.strerror}") from None


class StabilityProvider(HttpProvider):
    """Stability v2beta adapter (sync images, async image-to-video)."""

    name = "stability"

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        body = json_body(response)
        name = str(body.get("name") or "")
        errors = body.get("errors") or []
        message = "; ".join(map(str, errors)) if isinstance(errors, list) and errors else (
            name or f"HTTP {response.status_code}")
        kind = status_kind(response.status_code)
        if name == "content_moderation":
            kind = ErrorKind.MODERATION
        elif name in ("payment_required", "insufficient_balance"):
            kind = ErrorKind.QUOTA
        return ProviderError(kind, provider=self.name, message=message,
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    def _form(self, request: GenerationRequest) -> dict[str, str]:
        fields = {"prompt": request.prompt, "output_format": "png",
                  "aspect_ratio": aspect_ratio(request.width, request.height)}
        if request.seed is not None:
            fields["seed"] = str(request.seed % 4294967295)
        fields.update({k: str(v) for k, v in request.params.items()})
        return fields

    async def submit(self, request: GenerationRequest) -> JobHandle:
        if request.model in VIDEO_MODELS or request.kind == "video":
            fields = {k: v for k, v in self._form(request).items()
                      if k not in ("aspect_ratio", "output_format", "prompt")}
            response = await self.send("POST", self.url("/v2beta/image-to-video"), data=fields,
                                       files=_image_file(request.image_path), submission=True,
                                       spool_key=request.job_key, timeout=self.timeout(request))
            return self._handle_from(request, response)
        path, extra = _endpoint(request.model)
        response = await self.send("POST", self.url(path), data={**self._form(request), **extra},
                                   files=_image_file(request.image_path),
                                   headers={"Accept": "application/json"}, submission=True,
                                   spool_key=request.job_key, timeout=self.timeout(request))
        return self._handle_from(request, response)

    def _handle_from(self, request: GenerationRequest, response: httpx.Response) -> JobHandle:
        """The handle of a submission's 2xx answer (live, or adopted from the request spool)."""
        stored = request_to_dict(request)
        extra = {"spool_key": request.job_key} if request.job_key else {}
        if request.model in VIDEO_MODELS or request.kind == "video":
            try:
                body = response.json()
            except ValueError:
                body = None
            job_id = str(body.get("id", "")) if isinstance(body, dict) else ""
            if not job_id:
                raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                    message="Stability start answer lacks an id; not re-sent")
            return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                             data={"async": True, "request": stored, **extra})
        payload = self._payload(response)
        job_id = response.headers.get("x-request-id") or uuid.uuid4().hex
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={"spool": self.spool_write(payload), "request": stored, **extra})

    async def reconcile(self, request: GenerationRequest, *, since_unix: float,
                        claimed: frozenset[str] = frozenset()) -> JobHandle | NotCreated:
        """Stability lists nothing; only the request spool can know (see ``spool_reconcile``)."""
        found = await self.spool_reconcile(request)
        return found if isinstance(found, NotCreated) else self._handle_from(request, found)

    def _payload(self, response: httpx.Response) -> dict[str, Any]:
        try:
            payload = response.json()
        except ValueError:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="Stability answer is not JSON") from None
        if not isinstance(payload, dict):
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="Stability answer is not a JSON object")
        return payload

    def _spool_path(self, handle: JobHandle) -> Path:
        return self.spool_dir / f"stability-result-{handle.job_id}.json"

    async def poll(self, handle: JobHandle) -> JobStatus:
        if not handle.data.get("async"):
            return self._finish_status(self.spool_read(handle))
        response = await self.send("GET", self.url(f"/v2beta/results/{handle.job_id}"),
                                   headers={"Accept": "application/json"})
        if response.status_code == 202:
            return JobStatus(state=JobState.RUNNING, message="in-progress")
        payload = self._payload(response)
        status = self._finish_status(payload)
        if status.state is JobState.SUCCEEDED:
            self.spool_dir.mkdir(parents=True, exist_ok=True)
            import json

            self._spool_path(handle).write_text(json.dumps(payload), encoding="utf-8")
        return status

    def _finish_status(self, payload: dict[str, Any]) -> JobStatus:
        reason = str(payload.get("finish_reason") or "SUCCESS")
        if reason == "CONTENT_FILTERED":
            message = "output was filtered by Stability's content moderation (CONTENT_FILTERED)"
            return JobStatus(state=JobState.FAILED, message=message, error=ProviderError(
                ErrorKind.MODERATION, provider=self.name, message=message))
        if reason != "SUCCESS":
            return JobStatus(state=JobState.FAILED, message=reason, error=ProviderError(
                ErrorKind.MODEL_ERROR, provider=self.name, message=f"finish_reason {reason}"))
        return JobStatus(state=JobState.SUCCEEDED, progress=1.0)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        if handle.data.get("async"):
            import json

            try:
                payload = json.loads(self._spool_path(handle).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                response = await self.send("GET", self.url(f"/v2beta/results/{handle.job_id}"),
                                           headers={"Accept": "application/json"})
                payload = self._payload(response)
        else:
            payload = self.spool_read(handle)
        data_b64 = payload.get("image") or payload.get("video") or payload.get("audio")
        try:
            data = base64.b64decode(str(data_b64 or ""), validate=True)
        except ValueError:
            data = b""
        output = await save_bytes(data, dest_dir, provider=self.name, what="Stability output",
                                  stem=f"stability-{handle.job_id}",
                                  max_bytes=self.max_output_bytes)
        self.spool_forget(handle)  # the handle (recorded before fetch) now holds the answer
        request = self.request_of(handle)
        return JobResult(outputs=(output,), cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        return None  # the API has no cancel
