"""ElevenLabs text-to-speech adapter (``elevenlabs:<model_id>``), with word timings.

``POST /v1/text-to-speech/{voice_id}/with-timestamps`` (header ``xi-api-key``)
answers synchronously with ``audio_base64`` and a per-character ``alignment``.
The paid answer is spooled to disk inside ``submit`` (there is no remote job
to poll again), so a crash before ``fetch`` never pays twice; the POST itself goes
through the request spool (:mod:`providers.spool`), so a run killed during it finds
the answer there.  Characters are
grouped into words on whitespace: start of the first char, end of the last.

A POST made without the spool (or whose spool daemon died) is recovered from the
account's history:
``GET /v1/history`` (``date_after_unix``, ``voice_id``, ``page_size``,
``start_after_history_item_id``; answer ``{history, has_more,
last_history_item_id}``), ``GET /v1/history/{id}`` and ``GET
/v1/history/{id}/audio``.  Items carry ``request_id``, ``voice_id``, ``model_id``,
``text``, ``date_unix``, ``state`` (created/processing/deleted) and, optionally,
``alignments`` (``alignment`` + ``normalized_alignment``): sources
https://elevenlabs.io/docs/api-reference/history/get and elevenlabs-python
``src/elevenlabs/history/raw_client.py``, ``types/speech_history_item_response.py``.
Every request is recorded unless ``enable_logging=false`` ("history features are
unavailable", enterprise zero retention; never sent here), so the history is
treated as authoritative.  A recovered item without ``alignments`` gives audio
without word timings, and the result's ``notes`` say so (nothing is made up).
"""

from __future__ import annotations

import base64
import logging
import re
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
from providers.reconcile import Listing, NotCreated, decide, held, parse_time, read_pages
from providers.reconcile import window as reconcile_window
from providers.retry import retry_after_s

log = logging.getLogger(__name__)
_HISTORY_PAGES = 10  # x 100 items
DEFAULT_VOICE = "21m00Tcm4TlvDq8ikWAM"  # "Rachel", a premade voice
_VOICE_ID = re.compile(r"[A-Za-z0-9]{20}")  # ElevenLabs voice ids: 20 alphanumerics
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
    _voices: dict[str, str] | None = None  # name (casefolded) -> voice id, read once

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
        voice = await self.voice_id(request)
        body: dict[str, Any] = {"text": request.prompt, "model_id": request.model}
        if request.seed is not None:
            body["seed"] = request.seed % 4294967296
        body.update(request.params)
        output_format = str(self.settings.get("elevenlabs.output_format", "mp3_44100_128"))
        response = await self.send("POST", self.url(f"/v1/text-to-speech/{voice}/with-timestamps"),
                                   json=body, params={"output_format": output_format},
                                   submission=True, spool_key=request.job_key,
                                   timeout=self.timeout(request))
        return self._handle_from(request, response)

    def _handle_from(self, request: GenerationRequest, response: httpx.Response) -> JobHandle:
        """The handle of a 2xx TTS answer (live, or adopted from the request spool)."""
        try:
            payload = response.json()
            audio_b64 = payload["audio_base64"]
        except (ValueError, KeyError, TypeError):
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="ElevenLabs answer has no audio_base64") from None
        job_id = response.headers.get("request-id") or uuid.uuid4().hex
        spool = self.spool_write({"audio_base64": audio_b64,
                                  "alignment": payload.get("alignment")})
        extra = {"spool_key": request.job_key} if request.job_key else {}
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={"spool": spool, "request": request_to_dict(request), **extra})

    def _voice(self, request: GenerationRequest) -> str:
        return request.voice or self.settings.get("elevenlabs.voice_id") or DEFAULT_VOICE

    async def voice_id(self, request: GenerationRequest) -> str:
        """A voice id; a name ("Rachel") is looked up in ``GET /v1/voices`` (once).

        The path takes ids only: a name there answers ``voice_not_found`` after paying
        nothing but failing the node, so an unknown name fails here, listing the voices."""
        voice = self._voice(request)
        if _VOICE_ID.fullmatch(voice):
            return voice
        if self._voices is None:
            listing = await self.send_json("GET", self.url("/v1/voices"))
            items = listing.get("voices") if isinstance(listing, dict) else None
            self._voices = {str(v.get("name", "")).casefold(): str(v["voice_id"])
                            for v in items or [] if isinstance(v, dict) and v.get("voice_id")}
        found = self._voices.get(voice.casefold())
        if found is None:
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message=f"voice_not_found: {voice!r} is neither a voice id nor "
                                        f"one of your voices ({', '.join(sorted(self._voices))})")
        return found

    async def _history_item(self, handle: JobHandle) -> dict[str, Any]:
        item = await self.send_json("GET", self.url(
            f"/v1/history/{handle.data['history_item_id']}"))
        if not isinstance(item, dict):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message="ElevenLabs returned a non-object history item")
        return item

    async def poll(self, handle: JobHandle) -> JobStatus:
        if "history_item_id" not in handle.data:  # answered in submit, spooled
            return JobStatus(state=JobState.SUCCEEDED, progress=1.0)
        state = (await self._history_item(handle)).get("state")
        if state == "processing":
            return JobStatus(state=JobState.RUNNING, message="ElevenLabs: processing")
        if state == "deleted":
            message = f"history item of request {handle.job_id} was deleted; its audio is gone"
            return JobStatus(state=JobState.FAILED, message=message, error=ProviderError(
                ErrorKind.NOT_FOUND, provider=self.name, message=message))
        return JobStatus(state=JobState.SUCCEEDED, progress=1.0)

    async def _fetch_history(self, handle: JobHandle, dest_dir: Path) -> JobResult:
        item = await self._history_item(handle)
        output = await self.download(
            self.url(f"/v1/history/{handle.data['history_item_id']}/audio"), dest_dir,
            stem=f"elevenlabs-{handle.job_id}")
        alignments = item.get("alignments")
        words = words_from_alignment(
            alignments.get("alignment") if isinstance(alignments, dict) else None)
        notes = ["recovered from the ElevenLabs history after the run stopped mid-request"]
        if not words:
            notes.append("the history item has no alignment, so this speech has no word "
                         "timings (captions will be empty)")
            log.warning("elevenlabs request %s: %s", handle.job_id, notes[-1])
        request = self.request_of(handle)
        return JobResult(outputs=(output,), cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id, words=words,
                         text=request.prompt, notes=tuple(notes))

    async def reconcile(self, request: GenerationRequest, *, since_unix: float,
                        claimed: frozenset[str] = frozenset()) -> JobHandle | NotCreated:
        """Find the TTS request a killed run made: in the request spool, else the history.

        Match: same text, voice and model, ``date_unix`` no earlier than the intent minus
        the slack; voice settings and seed are not compared (the history's ``settings``
        map is not documented field by field).
        """
        if request.job_key:  # the request spool knows at once, when the POST went through it
            try:
                found = await self.spool_reconcile(request)
            except ProviderError as exc:
                if not exc.outcome_unknown:
                    raise
                log.info("elevenlabs: the request spool cannot tell (%s); reading the history",
                         exc.message)
            else:
                return found if isinstance(found, NotCreated) else self._handle_from(request,
                                                                                     found)
        voice = await self.voice_id(request)
        slack_s, settle_s = reconcile_window(self.settings, self.name)
        earliest = since_unix - slack_s

        async def scan() -> Listing:
            return await read_pages(
                lambda params: self.send_json("GET", self.url("/v1/history"), params=params),
                {"page_size": "100", "date_after_unix": str(int(earliest)), "voice_id": voice},
                items_key="history", cursor_key="last_history_item_id",
                cursor_param="start_after_history_item_id", max_pages=_HISTORY_PAGES,
                on_item=lambda item, listing: self._scan_item(item, request, voice, earliest,
                                                              claimed, listing),
                bad_page=held(self.name, request.model,
                              "the history answered without a history list"))

        return await decide(scan, provider=self.name, model=request.model,
                            since_unix=since_unix, settle_s=settle_s, authoritative=True,
                            sleep=self.sleep, not_listed="")

    def _scan_item(self, item: Any, request: GenerationRequest, voice: str, earliest: float,
                   claimed: frozenset[str], listing: Listing) -> None:
        if not isinstance(item, dict) or item.get("source") not in (None, "TTS"):
            return
        when = parse_time(item.get("date_unix"))
        if when is not None and when < earliest:
            return
        text, item_voice, item_model = item.get("text"), item.get("voice_id"), item.get("model_id")
        if text is not None and text != request.prompt:
            return
        if item_voice not in (None, voice) or item_model not in (None, request.model):
            return
        history_id = item.get("history_item_id")
        job_id = str(item.get("request_id") or history_id or "")
        if {job_id, str(history_id)} & claimed:
            return
        if (None in (text, item_voice, item_model, when, history_id)
                or item.get("state") == "deleted"):
            listing.doubtful += 1  # might be ours, but cannot be shown to be, or is gone
            return
        listing.exact.append(JobHandle(
            provider=self.name, model=request.model, job_id=job_id,
            data={"history_item_id": str(history_id), "request": request_to_dict(request)}))

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        if "history_item_id" in handle.data:
            return await self._fetch_history(handle, dest_dir)
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
        self.spool_forget(handle)  # the handle (recorded before fetch) now holds the answer
        request = self.request_of(handle)
        return JobResult(outputs=(output,), cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id, words=words,
                         text=request.prompt)

    async def cancel(self, handle: JobHandle) -> None:
        return None  # synchronous: nothing to cancel
