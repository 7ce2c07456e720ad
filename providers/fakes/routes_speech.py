"""ElevenLabs protocol handlers for the fake server (TTS with timestamps, history, voices),
plus fal's public OpenAPI documents and a header-capturing "other origin" for redirects.

ElevenLabs' history lists every generation, which adapters use to recover a submission
whose answer a killed run never saw.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from typing import Any

from providers.fakes import media, rules
from providers.fakes.routes_hosted import _query_error
from providers.fakes.server import Request, Response
from providers.fakes.state import FakeJob, FakeState


# -- ElevenLabs -----------------------------------------------------------------------------
def _alignment(text: str, duration_s: float) -> dict[str, list[Any]]:
    step = duration_s / max(len(text), 1)
    starts = [round(i * step, 4) for i in range(len(text))]
    ends = [round((i + 1) * step, 4) for i in range(len(text))]
    if ends:
        ends[-1] = duration_s
    return {"characters": list(text), "character_start_times_seconds": starts,
            "character_end_times_seconds": ends}


def elevenlabs_tts(state: FakeState, req: Request) -> Response:
    body = req.json()
    text = body.get("text") if isinstance(body, dict) else None
    if not isinstance(text, str) or not text:
        return Response.of_json(422, {"detail": [{"loc": ["body", "text"],
                                                  "msg": "field required",
                                                  "type": "value_error.missing"}]})
    if req.match["voice"] not in rules.ELEVENLABS_VOICES:
        return Response.of_json(400, {"detail": {"status": "voice_not_found", "message":
                                                 "A voice with the voice_id "
                                                 f"{req.match['voice']} was not found."}})
    job = state.new_job("elevenlabs", str(body.get("model_id")), body)
    if job.outcome != "ok":
        return Response.of_json(400, {"detail": {"status": "quota_exceeded", "message":
                                                 "This request exceeds your quota."}})
    duration = max(0.5, round(len(text) * 0.06 * 2) / 2)
    audio = media.mp3_bytes(duration)
    payload = {"audio_base64": base64.b64encode(audio).decode(),
               "alignment": _alignment(text, duration),
               "normalized_alignment": _alignment(text, duration)}
    with state.lock:  # every generation lands in the account's history
        job.meta.update(history_item_id=uuid.uuid4().hex[:20], voice_id=req.match["voice"],
                        date_unix=int(job.created_unix), alignment=payload["alignment"],
                        audio_file=state.add_file(audio, "audio/mpeg", expires=False))
    if req.match["ts"]:
        return Response.of_json(200, payload, {"request-id": job.id})
    return Response(200, audio, {"Content-Type": "audio/mpeg", "request-id": job.id})


# ElevenLabs history: https://elevenlabs.io/docs/api-reference/history/get
def _history_item(state: FakeState, job: FakeJob) -> dict[str, Any]:
    meta = job.meta
    item: dict[str, Any] = {
        "history_item_id": meta["history_item_id"], "request_id": job.id,
        "voice_id": meta["voice_id"], "model_id": job.model, "text": job.input.get("text"),
        "date_unix": meta["date_unix"], "content_type": "audio/mpeg", "state": "created",
        "settings": job.input.get("voice_settings") or {}, "feedback": None, "source": "TTS"}
    if state.history_alignments:
        item["alignments"] = {"alignment": meta["alignment"],
                              "normalized_alignment": meta["alignment"]}
    return item


def _history_jobs(state: FakeState) -> list[FakeJob]:
    with state.lock:
        return [j for j in state.jobs.values()
                if j.provider == "elevenlabs" and "history_item_id" in j.meta]


def _history_not_found() -> Response:
    return Response.of_json(404, {"detail": {"status": "history_item_not_found",
                                             "message": "History item not found"}})


def elevenlabs_history(state: FakeState, req: Request) -> Response:
    """``GET /v1/history``: newest first (or ``sort_direction=asc``), paged by item id."""
    q = {k: v[0] for k, v in req.query.items() if v}
    try:
        size = int(q.get("page_size", "100"))
        after = int(q["date_after_unix"]) if "date_after_unix" in q else None
        before = int(q["date_before_unix"]) if "date_before_unix" in q else None
    except ValueError:
        return _query_error("page_size", "value is not a valid integer")
    if not 1 <= size <= 1000:
        return _query_error("page_size", "Can not exceed 1000")
    jobs = [j for j in _history_jobs(state)
            if q.get("voice_id", j.meta["voice_id"]) == j.meta["voice_id"]
            and q.get("model_id", j.model) == j.model
            and (after is None or j.meta["date_unix"] >= after)
            and (before is None or j.meta["date_unix"] < before)
            and q.get("search", "").lower() in str(j.input.get("text", "")).lower()
            and q.get("source", "TTS") == "TTS"]
    jobs.sort(key=lambda j: j.created_unix, reverse=q.get("sort_direction") != "asc")
    start = 0
    if "start_after_history_item_id" in q:
        ids = [j.meta["history_item_id"] for j in jobs]
        if q["start_after_history_item_id"] not in ids:
            return _history_not_found()
        start = ids.index(q["start_after_history_item_id"]) + 1
    chunk = jobs[start:start + size]
    return Response.of_json(200, {
        "history": [_history_item(state, j) for j in chunk],
        "last_history_item_id": chunk[-1].meta["history_item_id"] if chunk else None,
        "has_more": start + size < len(jobs)})


def _history_job(state: FakeState, req: Request) -> FakeJob | None:
    return next((j for j in _history_jobs(state)
                 if j.meta["history_item_id"] == req.match["id"]), None)


def elevenlabs_history_item(state: FakeState, req: Request) -> Response:
    job = _history_job(state, req)
    return _history_not_found() if job is None else Response.of_json(
        200, _history_item(state, job))


def elevenlabs_history_audio(state: FakeState, req: Request) -> Response:
    job = _history_job(state, req)
    if job is None:
        return _history_not_found()
    item = state.files[job.meta["audio_file"]]
    return Response(200, item.data, {"Content-Type": item.content_type})


def elevenlabs_voices(state: FakeState, req: Request) -> Response:
    if state.voices_redirect:
        return Response(302, b"", {"Location": state.voices_redirect})
    return Response.of_json(200, {"voices": [
        {"voice_id": vid, "name": name, "category": "premade"}
        for vid, name in rules.ELEVENLABS_VOICES.items()]})


def fal_openapi(state: FakeState, req: Request) -> Response:
    """fal's per-endpoint OpenAPI document (``?endpoint_id=``)."""
    endpoint = (req.query.get("endpoint_id") or [""])[0]
    if endpoint != rules.FAL_LIVE_ENDPOINT:
        return Response.of_json(404, {"detail": f"endpoint {endpoint} not found"})
    return Response.of_json(200, rules.fal_openapi_doc(endpoint))


def capture(state: FakeState, req: Request) -> Response:
    """Records the headers it got (a stand-in for another origin after a redirect)."""
    with state.lock:
        state.captured.append({k.lower(): v for k, v in req.headers.items()})
    state.voices_redirect = None
    return elevenlabs_voices(state, req)


def routes(state: FakeState) -> Iterator[tuple[str, str, str, str, Any]]:
    def bind(fn: Any) -> Any:
        return lambda req: fn(state, req)

    yield "elevenlabs", "list", "GET", r"/elevenlabs/v1/history", bind(elevenlabs_history)
    yield "elevenlabs", "voices", "GET", r"/elevenlabs/v1/voices", bind(elevenlabs_voices)
    yield "public", "capture", "GET", r"/capture/.*", bind(capture)
    yield "public", "openapi", "GET", r"/fal-openapi/openapi\.json", bind(fal_openapi)
    yield ("elevenlabs", "status", "GET", r"/elevenlabs/v1/history/(?P<id>[^/]+)",
           bind(elevenlabs_history_item))
    yield ("elevenlabs", "file", "GET", r"/elevenlabs/v1/history/(?P<id>[^/]+)/audio",
           bind(elevenlabs_history_audio))
    yield ("elevenlabs", "submit", "POST",
           r"/elevenlabs/v1/text-to-speech/(?P<voice>[^/]+)(?P<ts>/with-timestamps)?",
           bind(elevenlabs_tts))
