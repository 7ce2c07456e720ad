"""fal and Replicate protocol handlers for the fake server (ElevenLabs: routes_speech).

Besides the job protocols: fal's Platform API request history (finished requests
only, as documented) and ElevenLabs' history (every generation), which adapters
use to recover a submission whose answer a killed run never saw.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from typing import Any

from providers.fakes import media, rules, webhooks_out
from providers.fakes.server import Request, Response
from providers.fakes.state import FakeJob, FakeState

VIDEO_WORDS = ("video", "seedance", "kling", "i2v", "wan", "veo", "hailuo")


def output_kind(model: str) -> str:
    low = model.lower()
    return "video" if any(w in low for w in VIDEO_WORDS) else "image"


def make_files(state: FakeState, job: FakeJob, base: str) -> list[tuple[str, str]]:
    """Create (once) the job's output files; returns [(url, content_type)]."""
    with state.lock:
        if not job.files:
            if output_kind(job.model) == "video":
                duration = float(job.input.get("duration") or 1)
                job.files.append(state.add_file(media.mp4_bytes(min(duration, 2.0)),
                                                "video/mp4"))
            else:
                count = int(job.input.get("num_images") or job.input.get("num_outputs") or 1)
                w, h = _image_dims(job)
                seed = int(job.input.get("seed") or 0)
                prompt = str(job.input.get("prompt", ""))
                for i in range(max(1, min(count, 4))):
                    job.files.append(state.add_file(media.art_png(prompt, seed + i, w, h),
                                                    "image/png"))
        ctype = "video/mp4" if output_kind(job.model) == "video" else "image/png"
        ext = ".mp4" if ctype == "video/mp4" else ".png"
        return [(f"{base}/files/{fid}{ext}", ctype) for fid in job.files]


def _image_dims(job: FakeJob) -> tuple[int, int]:
    """Output size as the real model decides it: from the inputs it documents only."""
    size = job.input.get("image_size")
    if job.provider == "replicate" and job.model in rules.REPLICATE_OFFICIAL:
        return rules.small_dims(rules.aspect_of(job.input.get("aspect_ratio") or "1:1"))
    if isinstance(size, str):  # fal's named sizes
        named = {"square_hd": (1, 1), "square": (1, 1), "portrait_4_3": (3, 4),
                 "portrait_16_9": (9, 16), "landscape_4_3": (4, 3), "landscape_16_9": (16, 9)}
        return rules.small_dims(named[size])
    size = size if isinstance(size, dict) else {}
    w = int(size.get("width") or job.input.get("width") or 64)
    h = int(size.get("height") or job.input.get("height") or 64)
    return rules.small_dims((w, h)) if max(w, h) > 96 else (w, h)


def _poll(state: FakeState, job: FakeJob) -> str:
    with state.lock:
        if job.stage not in ("done", "canceled"):
            job.polls += 1
            if job.stage == "done":
                job.finished_unix = time.time()
        return job.stage


# -- fal ------------------------------------------------------------------------------------
def _fal_urls(req: Request, model: str, job_id: str) -> dict[str, str]:
    owner_app = "/".join(model.split("/")[:2])
    root = f"{req.base}/fal/{owner_app}/requests/{job_id}"
    return {"response_url": root, "status_url": f"{root}/status", "cancel_url": f"{root}/cancel"}


def fal_submit(state: FakeState, req: Request) -> Response:
    model = req.match["model"]
    body = req.json()
    if not isinstance(body, dict) or not str(body.get("prompt", "")).strip():
        return Response.of_json(422, {"detail": [{"loc": ["body", "prompt"],
                                                  "msg": "field required",
                                                  "type": "value_error.missing"}]})
    problem = _fal_problem(model, body)
    if problem is not None:
        return Response.of_json(422, {"detail": [problem]})
    job = state.new_job("fal", model, body)
    hook_url = (req.query.get("fal_webhook") or [""])[0]
    if hook_url:
        webhooks_out.schedule(state, job, hook_url, lambda j: _fal_webhook(state, req, j))
    return Response.of_json(200, {"status": "IN_QUEUE", "queue_position": 2,
                                  "request_id": job.id, "gateway_request_id": job.id,
                                  **_fal_urls(req, model, job.id)})


def _fal_problem(model: str, body: dict[str, Any]) -> dict[str, Any] | None:
    """A FastAPI-style validation error for what fal's endpoints refuse, or None."""
    def err(field: str, msg: str) -> dict[str, Any]:
        return {"loc": ["body", field], "msg": msg, "type": "value_error"}

    if model == rules.FAL_LIVE_ENDPOINT:
        problem = rules.enum_problem(rules.FAL_LIVE_ENUMS, body)
        if problem:
            return err(problem.split(":")[0], problem)
    if "kling-video" in model and str(body.get("duration", "5")) not in rules.FAL_KLING_DURATIONS:
        return err("duration", "unexpected value; permitted: '5', '10'")
    if "kling-video" in model and "image-to-video" in model and not body.get("image_url"):
        return err("image_url", "field required")
    size = body.get("image_size")
    if isinstance(size, str) and size not in rules.FAL_IMAGE_SIZES:
        return err("image_size", f"unexpected value; permitted: {rules.FAL_IMAGE_SIZES}")
    if isinstance(size, dict) and not all(isinstance(size.get(k), int) and 0 < size[k] <= 14142
                                          for k in ("width", "height")):
        return err("image_size", "width and height must be integers in 1..14142")
    # fal: base64 only for some models, and small; its storage upload is the way.
    if any(n > rules.FAL_DATA_URI_MAX for n in rules.data_uri_sizes(body)):
        return err("image_url", "data URI too large; upload the file to fal storage")
    return None


def _fal_webhook(state: FakeState, req: Request, job: FakeJob) -> tuple[bytes, dict[str, str]]:
    if job.outcome in ("ok", "nsfw"):
        req.match = re.fullmatch(r"(?P<id>.+)", job.id)  # reuse the result builder
        body = webhooks_out.fal_body(job, json.loads(fal_result(state, req).body), None)
    else:
        body = webhooks_out.fal_body(job, None, "Model crashed: CUDA out of memory")
    return body, webhooks_out.fal_headers(job.id, body, webhooks_out.now_ts())


def _fal_job(state: FakeState, req: Request) -> FakeJob | Response:
    job = state.job(req.match["id"])
    if job is None or job.provider != "fal":
        return Response.of_json(404, {"detail": "Request not found"})
    return job


def fal_status(state: FakeState, req: Request) -> Response:
    job = _fal_job(state, req)
    if isinstance(job, Response):
        return job
    stage = _poll(state, job)
    url = f"{req.base}/fal/{req.match['owner']}/{req.match['app']}/requests/{job.id}"
    if stage == "queued":
        position = max(job.need_polls // 2 - job.polls, 0)
        return Response.of_json(202, {"status": "IN_QUEUE", "queue_position": position,
                                      "response_url": url})
    if stage == "running":
        logs = [{"message": f"step {job.polls}/{job.need_polls}", "level": "INFO",
                 "source": "user", "timestamp": "2026-01-01T00:00:01.000Z"}]
        return Response.of_json(202, {"status": "IN_PROGRESS", "logs": logs, "response_url": url})
    if stage == "canceled":
        return Response.of_json(200, {"status": "CANCELLATION_REQUESTED", "response_url": url})
    done: dict[str, Any] = {"status": "COMPLETED", "logs": None, "metrics": {"inference_time": 1.0},
                            "response_url": url}
    if job.outcome == "fail":
        done.update(error="Model crashed: CUDA out of memory", error_type="runner_server_error")
    elif job.outcome == "moderation":
        done.update(error="Prompt flagged by the content policy",
                    error_type="content_policy_violation")
    return Response.of_json(200, done)


def _fal_output(state: FakeState, job: FakeJob, base: str) -> dict[str, Any]:
    files = make_files(state, job, base)
    nsfw = job.outcome == "nsfw"  # the safety checker blacked the image out
    if output_kind(job.model) == "video":
        url, ctype = files[0]
        return {"video": {"url": url, "content_type": ctype}}
    images = [{"url": u, "content_type": c, "file_name": u.rsplit("/", 1)[-1], "width": 64,
               "height": 64} for u, c in files]
    return {"images": images, "seed": job.input.get("seed", 0),
            "has_nsfw_concepts": [nsfw] * len(images)}


def fal_result(state: FakeState, req: Request) -> Response:
    job = _fal_job(state, req)
    if isinstance(job, Response):
        return job
    if job.stage != "done":
        return Response.of_json(400, {"detail": "Request is still in progress"})
    if job.outcome not in ("ok", "nsfw"):
        return Response.of_json(422, {"detail": "Request failed"},
                                {"X-Fal-Error-Type": "internal_error"})
    return Response.of_json(200, _fal_output(state, job, req.base))


# fal Platform API: https://fal.ai/docs/platform-apis/v1/models/requests/by-endpoint
_FAL_ENDED = {"ok": (200, "success"), "nsfw": (200, "success"), "moderation": (422, "user_error"),
              "fail": (500, "error"), "aborted": (500, "error")}


def _iso(unix: float) -> str:
    return dt.datetime.fromtimestamp(unix, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_iso(text: str) -> float:
    parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)).timestamp()


def _query_error(name: str, msg: str) -> Response:
    return Response.of_json(422, {"detail": [{"loc": ["query", name], "msg": msg,
                                              "type": "value_error"}]})


def fal_requests_by_endpoint(state: FakeState, req: Request) -> Response:
    """Finished requests of the endpoint(s), newest end first, paged by a base64 page cursor.

    ``state.fal_history_path`` says which of the two documented paths answers (the other
    404s), so the adapter's fallback between them is tested."""
    if state.fal_history_path not in req.path:
        return Response.of_json(404, {"detail": "Not Found"})
    q = {k: v[0] for k, v in req.query.items() if v}
    endpoints = {e for v in req.query.get("endpoint_id", []) for e in v.split(",") if e}
    if not endpoints:
        return _query_error("endpoint_id", "field required")
    now = time.time()
    try:
        limit = int(q.get("limit", "50"))
        page = int(base64.b64decode(q.get("cursor", "MQ==")).decode())
        default_days = 90 if "request_id" in q else 1
        start = _from_iso(q["start"]) if "start" in q else now - default_days * 86400
        end = _from_iso(q["end"]) if "end" in q else now + 1
    except (ValueError, UnicodeDecodeError):
        return _query_error("cursor", "invalid limit, cursor, start or end")
    if not 1 <= limit <= 100 or page < 1:
        return _query_error("limit", "ensure 1 <= limit <= 100")
    sort_by = q.get("sort_by", "ended_at")
    if sort_by not in ("ended_at", "duration") or q.get("status", "success") not in (
            "success", "error", "user_error"):
        return _query_error("sort_by", "unexpected value")
    payloads = "payloads" in ",".join(req.query.get("expand", []))
    rows = []
    with state.lock:
        for job in state.jobs.values():
            ended = job.ended_unix if job.provider == "fal" else None
            code, status = _FAL_ENDED[job.outcome]
            if (ended is None or job.model not in endpoints or not start <= ended < end
                    or q.get("status", status) != status
                    or q.get("request_id", job.id) != job.id):
                continue
            item: dict[str, Any] = {
                "request_id": job.id, "endpoint_id": job.model, "sent_at": _iso(job.created_unix),
                "started_at": _iso(job.created_unix), "ended_at": _iso(ended),
                "status_code": code, "duration": round(ended - job.created_unix, 3)}
            if payloads:
                item["json_input"] = job.input
                item["json_output"] = (_fal_output(state, job, req.base) if code == 200 else
                                       {"detail": "Request failed"})
            rows.append((ended if sort_by == "ended_at" else item["duration"], item))
    rows.sort(key=lambda r: r[0], reverse=True)
    chunk = [item for _, item in rows[(page - 1) * limit: page * limit]]
    more = page * limit < len(rows)
    cursor = base64.b64encode(str(page + 1).encode()).decode() if more else None
    return Response.of_json(200, {"items": chunk, "next_cursor": cursor, "has_more": more})


def fal_cancel(state: FakeState, req: Request) -> Response:
    job = _fal_job(state, req)
    if isinstance(job, Response):
        return Response.of_json(404, {"status": "NOT_FOUND"})
    with state.lock:
        state.cancels["fal"] += 1
        if job.stage == "done":
            return Response.of_json(400, {"status": "ALREADY_COMPLETED"})
        job.canceled = True
    return Response.of_json(202, {"status": "CANCELLATION_REQUESTED"})


# -- Replicate ------------------------------------------------------------------------------
_REP_STATUS = {"queued": "starting", "running": "processing", "canceled": "canceled"}


def _prediction(state: FakeState, req: Request, job: FakeJob) -> dict[str, Any]:
    stage = job.stage
    status = _REP_STATUS.get(stage) or {"ok": "succeeded", "aborted": "aborted"}.get(
        job.outcome, "failed")
    output: Any = None
    if status == "succeeded":
        urls = [u for u, _ in make_files(state, job, req.base)]
        output = urls if len(urls) > 1 or "num_outputs" in job.input else urls[0]
    error = None
    if status == "failed":
        error = ("NSFW content detected. Try running it again, or try a different prompt."
                 if job.outcome == "moderation" else "CUDA out of memory")
    root = f"{req.base}/replicate/v1/predictions/{job.id}"
    now = dt.datetime.fromtimestamp(job.created_unix, tz=dt.UTC).isoformat().replace(
        "+00:00", "Z")
    return {"id": job.id, "model": job.model.split(":")[0], "version": job.input.get("_v", ""),
            "input": {k: v for k, v in job.input.items() if k != "_v"}, "logs": "",
            "output": output, "data_removed": False, "error": error, "status": status,
            "source": "api", "created_at": now, "started_at": None, "completed_at": None,
            "metrics": {"predict_time": 1.0} if status == "succeeded" else {},
            "urls": {"get": root, "cancel": f"{root}/cancel", "web": f"{req.base}/p/{job.id}"}}


REPLICATE_WEBHOOK_EVENTS = ("start", "output", "logs", "completed")  # Replicate's API docs


def _replicate_webhook_problem(body: dict[str, Any]) -> str | None:
    """Replicate refuses a webhook that is not an http(s) URL and unknown event names."""
    hook = body.get("webhook")
    if hook is not None and not (isinstance(hook, str)
                                 and hook.startswith(("https://", "http://"))):
        return "webhook: must be a valid URL"
    events = body.get("webhook_events_filter")
    if events is not None and (not isinstance(events, list)
                               or any(e not in REPLICATE_WEBHOOK_EVENTS for e in events)):
        return f"webhook_events_filter: each must be one of {', '.join(REPLICATE_WEBHOOK_EVENTS)}"
    return None


def replicate_create(state: FakeState, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict) or not isinstance(body.get("input"), dict):
        return Response.of_json(422, {"title": "Invalid input", "status": 422,
                                      "detail": "input is required"})
    model_or_error = _replicate_model(req, body)
    if isinstance(model_or_error, Response):
        return model_or_error
    model = model_or_error
    rules_of = rules.REPLICATE_OFFICIAL.get(model.split(":")[0], {})
    problem = rules.enum_problem(rules_of, body["input"])
    if problem is None and any(n > rules.REPLICATE_DATA_URI_MAX
                               for n in rules.data_uri_sizes(body["input"])):
        problem = "data URLs are only accepted for files under 1MB; upload it with /v1/files"
    if problem is None:
        problem = _replicate_webhook_problem(body)
    if problem is not None:
        return Response.of_json(422, {"title": "Input validation failed", "status": 422,
                                      "detail": f"- input: {problem}"})
    job = state.new_job("replicate", model, {**body["input"], "_v": body.get("version", "")})
    prefer = req.headers.get("Prefer") or ""
    if prefer.startswith("wait") and state.polls_to_complete <= 1:
        _poll(state, job)
    if body.get("webhook"):
        def build(j: FakeJob) -> tuple[bytes, dict[str, str]]:
            payload = json.dumps(_prediction(state, req, j)).encode()
            return payload, webhooks_out.replicate_headers(payload, webhooks_out.now_ts())

        webhooks_out.schedule(state, job, str(body["webhook"]), build)
    return Response.of_json(201, _prediction(state, req, job),
                            {"Location": f"{req.base}/replicate/v1/predictions/{job.id}"})


def _replicate_model(req: Request, body: dict[str, Any]) -> str | Response:
    """Model of a create: official models by name; others only by a known version."""
    def not_found(what: str) -> Response:
        return Response.of_json(404, {"title": "Not found", "status": 404, "detail": what})

    named = req.match.groupdict().get("model")
    if named:
        if named in rules.REPLICATE_OFFICIAL or named not in rules.REPLICATE_COMMUNITY:
            return named  # official (or a test's made-up model: the fake cannot know it)
        return not_found(f"{named} is not an official model; create a prediction with "
                         "its version instead")
    version = str(body.get("version") or "")
    if not version:
        return Response.of_json(422, {"title": "Invalid version", "status": 422,
                                      "detail": "- version: version is required"})
    name, _, vid = version.rpartition(":") if ":" in version else ("", "", version)
    for model, known in rules.REPLICATE_COMMUNITY.items():
        if vid == known and name in ("", model):
            return f"{model}:{vid}"
    if name in rules.REPLICATE_OFFICIAL and not vid:
        return name
    return Response.of_json(422, {"title": "Invalid version", "status": 422,
                                  "detail": "- version: Invalid version or not permitted"})


def replicate_model_get(state: FakeState, req: Request) -> Response:
    """``GET /v1/models/{owner}/{name}``: the latest version (community models)."""
    model = req.match["model"]
    vid = rules.REPLICATE_COMMUNITY.get(model)
    if vid is None and model not in rules.REPLICATE_OFFICIAL:
        return Response.of_json(404, {"title": "Not found", "status": 404,
                                      "detail": "Model not found"})
    owner, name = model.split("/")
    return Response.of_json(200, {"owner": owner, "name": name, "visibility": "public",
                                  "latest_version": {"id": vid or "0" * 64,
                                                     "openapi_schema": rules.REPLICATE_OPENAPI}})


def _rep_job(state: FakeState, req: Request) -> FakeJob | Response:
    job = state.job(req.match["id"])
    if job is None or job.provider != "replicate":
        return Response.of_json(404, {"title": "Not found", "status": 404,
                                      "detail": "Prediction not found"})
    return job


def replicate_get(state: FakeState, req: Request) -> Response:
    job = _rep_job(state, req)
    if isinstance(job, Response):
        return job
    _poll(state, job)
    return Response.of_json(200, _prediction(state, req, job))


def replicate_list(state: FakeState, req: Request) -> Response:
    """``GET /v1/predictions``: newest first, 100 per page, ``next`` cursor URL."""
    with state.lock:
        jobs = sorted((j for j in state.jobs.values() if j.provider == "replicate"),
                      key=lambda j: j.created_unix, reverse=True)
    start = int((req.query.get("cursor") or ["0"])[0])
    page = jobs[start:start + 100]
    more = start + 100 < len(jobs)
    root = f"{req.base}/replicate/v1/predictions"
    return Response.of_json(200, {"next": f"{root}?cursor={start + 100}" if more else None,
                                  "previous": None,
                                  "results": [_prediction(state, req, j) for j in page]})


def replicate_cancel(state: FakeState, req: Request) -> Response:
    job = _rep_job(state, req)
    if isinstance(job, Response):
        return job
    with state.lock:
        state.cancels["replicate"] += 1
        if job.stage != "done":
            job.canceled = True
    return Response.of_json(200, _prediction(state, req, job))


def routes(state: FakeState) -> Iterator[tuple[str, str, str, str, Any]]:
    """(provider, op, method, path regex, handler) for the fake app."""
    def bind(fn: Any) -> Any:
        return lambda req: fn(state, req)

    yield ("public", "jwks", "GET", r"/fal/\.well-known/jwks\.json",
           lambda req: Response.of_json(200, webhooks_out.fal_jwks()))
    yield ("replicate", "secret", "GET", r"/replicate/v1/webhooks/default/secret",
           lambda req: Response.of_json(200, {"key": webhooks_out.REPLICATE_SECRET}))

    req_root = r"/fal/(?P<owner>[^/]+)/(?P<app>[^/]+)/requests/(?P<id>[^/]+)"
    yield "fal", "status", "GET", req_root + "/status", bind(fal_status)
    yield "fal", "cancel", "PUT", req_root + "/cancel", bind(fal_cancel)
    yield "fal", "result", "GET", req_root, bind(fal_result)
    yield "fal", "submit", "POST", r"/fal/(?P<model>(?!.*/requests/).+)", bind(fal_submit)
    yield ("replicate", "submit", "POST",
           r"/replicate/v1/models/(?P<model>[^/]+/[^/]+)/predictions", bind(replicate_create))
    yield "replicate", "submit", "POST", r"/replicate/v1/predictions", bind(replicate_create)
    yield ("replicate", "cancel", "POST", r"/replicate/v1/predictions/(?P<id>[^/]+)/cancel",
           bind(replicate_cancel))
    yield "replicate", "status", "GET", r"/replicate/v1/predictions/(?P<id>[^/]+)", bind(
        replicate_get)
    yield "replicate", "list", "GET", r"/replicate/v1/predictions", bind(replicate_list)
    yield ("replicate", "model", "GET", r"/replicate/v1/models/(?P<model>[^/]+/[^/]+)",
           bind(replicate_model_get))
    yield ("fal", "list", "GET", r"/fal-api/v1/(models|serverless)/requests/by-endpoint",
           bind(fal_requests_by_endpoint))
