"""ElevenLabs text-to-speech adapter (``elevenlabs:<model_id>``), with word timings.

``POST /v1/text-to-speech/{voice_id}/with-timestamps`` (header ``xi-api-key``)
answers synchronously with ``audio_base64`` and a per-character ``alignment``.
The paid answer is spooled to disk inside ``submit`` (there is no remote job
to poll again), so a crash before ``fetch`` never pays twice.  Characters are
grouped into words on whitespace: start of the first char, end of the last.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from providers._http import HttpProvider, status_kind
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
from providers.retry import retry_after_s

DEFAULT_VOICE = "21m00Tcm4TlvDq8ikWAM"  # "Rachel", a premade voice
_STATUS_KINDS = {
    "quota_exceeded": ErrorKind.QUOTA, "invalid_api_key": ErrorKind.AUTH,
    "too_many_concurrent_requests": ErrorKind.RATE_LIMITED, "system_busy": ErrorKind.RATE_LIMITED,
    "voice_not_found": ErrorKind.NOT_FOUND, "max_character_limit_exceeded": ErrorKind.VALIDATION,
}


def words_from_alignment(alignment: Mapping[str, Any] | None) -> tuple[tuple[str, float, float], ...]:
    """Group character timings into ``(word, start_s, end_s)`` on whitespace."""
    if not alignment:
        return ()
    chars: Sequence[str] = alignment.get("characters") or []
    starts: Sequence[float] = alignment.get("character_start_times_seconds") or []
    ends: Sequence[float] = alignment.get("character_end_times_seconds") or []
    words: list[tuple[str, float, float]] = []
    current, start, end = "", 0.0, 0.0
    for ch, t0, t1 in zip(chars, starts, ends, strict=False):
        if ch.isspace():
            if current:
                words.append((current, start, end))
            current = ""
            continue
        if not current:
            start = float(t0)
        current += ch
        end = float(t1)
    if current:
        words.append((current, start, end))
    return tuple(words)


class ElevenLabsProvider(HttpProvider):
    """ElevenLabs TTS adapter (synchronous; answer spooled until fetch)."""

    name = "elevenlabs"

    def auth_headers(self) -> dict[str, str]:
        return {"xi-api-key": self._api_key} if self._api_key else {}

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = body.get("detail") if isinstance(body, dict) else None
        kind = status_kind(response.status_code)
        if isinstance(detail, dict):
            code = str(detail.get("status", ""))
            message = str(detail.get("message") or code or f"HTTP {response.status_code}")
            kind = _STATUS_KINDS.get(code, kind)
        elif isinstance(detail, list):
            message = "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d)
                                for d in detail)
        else:
            message = str(detail or f"HTTP {response.status_code}")
        return ProviderError(kind, provider=self.name, message=message,
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    async def submit(self, request: GenerationRequest) -> JobHandle:
        if not request.prompt.strip():
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message="speech text (prompt) is empty")
        voice = request.voice or self.settings.get("elevenlabs.voice_id") or DEFAULT_VOICE
        body: dict[str, Any] = {"text": request.prompt, "model_id": request.model}
        if request.seed is not None:
            body["seed"] = request.seed % 4294967296
        body.update(request.params)
        output_format = str(self.settings.get("elevenlabs.output_format", "mp3_44100_128"))
        response = await self.send("POST", self.url(f"/v1/text-to-speech/{voice}/with-timestamps"),
                                   json=body, params={"output_format": output_format},
                                   submission=True)
        try:
            payload = response.json()
            audio_b64 = payload["audio_base64"]
        except (ValueError, KeyError, TypeError):
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="ElevenLabs answer has no audio_base64") from None
        job_id = response.headers.get("request-id") or uuid.uuid4().hex
        spool = self.spool_write({"audio_base64": audio_b64,
                                  "alignment": payload.get("alignment")})
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={"spool": spool, "request": request_to_dict(request)})

    async def poll(self, handle: JobHandle) -> JobStatus:
        return JobStatus(state=JobState.SUCCEEDED, progress=1.0)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        saved = self.spool_read(handle)
        try:
            audio = base64.b64decode(saved["audio_base64"])
        except (KeyError, ValueError, TypeError):
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="ElevenLabs audio_base64 is not valid base64") from None
        output = await save_bytes(audio, dest_dir, provider=self.name, what="speech audio",
                                  stem=f"elevenlabs-{handle.job_id}",
                                  max_bytes=self.max_output_bytes)
        words = words_from_alignment(saved.get("alignment"))
        request = self.request_of(handle)
        return JobResult(outputs=(output,), cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id, words=words,
                         text=request.prompt)

    async def cancel(self, handle: JobHandle) -> None:
        return None  # synchronous: nothing to cancel
