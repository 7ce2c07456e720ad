"""Runway, Synthesia, a Modal-like HTTP job endpoint, and the upload APIs (fakes).

Strict as the real services document them: Runway needs ``X-Runway-Version:
2024-11-06`` and takes only its listed ``ratio`` values and durations 5 | 10, data URIs
up to 5 MB; Synthesia takes only known avatars and aspect ratios, with the raw key as
``Authorization``; uploads are counted (``state.uploads``) so tests can see a file go
up once.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from providers.fakes import media, rules
from providers.fakes.routes_hosted import _poll, make_files
from providers.fakes.routes_more import parse_multipart
from providers.fakes.server import Request, Response
from providers.fakes.state import FakeFile, FakeJob, FakeState

RUNWAY_VERSION = "2024-11-06"
RUNWAY_RATIOS = {
    "gen4_turbo": ("1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"),
    "gen4_image": ("1920:1080", "1080:1920", "1024:1024", "1360:768", "1080:1080", "1168:880",
                   "1440:1080", "1080:1440", "1808:768", "2112:912", "1280:720", "720:1280",
                   "720:720", "960:720", "720:960", "1680:720")}
RUNWAY_DATA_URI_MAX = 5 * 1024 * 1024
SYNTHESIA_AVATARS = ("anna_costume1_cameraA", "bridget_costume1_cameraA")
SYNTHESIA_RATIOS = ("16:9", "9:16", "1:1", "4:5", "5:4")


# -- uploads --------------------------------------------------------------------------------
def replicate_files(state: FakeState, req: Request) -> Response:
    form = parse_multipart(req)
    if not form or "content" not in form:
        return Response.of_json(422, {"title": "Invalid input", "status": 422,
                                      "detail": "content: file is required"})
    fid = state.add_file(form["content"], "application/octet-stream", expires=False)
    with state.lock:
        state.uploads["replicate"] += 1
    return Response.of_json(201, {"id": fid, "size": len(form["content"]),
                                  "urls": {"get": f"{req.base}/files/{fid}"},
                                  "expires_at": None})


def fal_initiate(state: FakeState, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict) or not body.get("content_type"):
        return Response.of_json(422, {"detail": [{"loc": ["body", "content_type"],
                                                  "msg": "field required"}]})
    token = uuid.uuid4().hex
    return Response.of_json(200, {"upload_url": f"{req.base}/fal-rest/upload/{token}",
                                  "file_url": f"{req.base}/files/{token}"})


def fal_put(state: FakeState, req: Request) -> Response:
    with state.lock:
        state.uploads["fal"] += 1
        state.files[req.match["token"]] = FakeFile(req.body, req.headers.get("Content-Type")
                                                   or "application/octet-stream", None)
    return Response(200, b"")


# -- Runway ---------------------------------------------------------------------------------
def _runway_error(status: int, message: str) -> Response:
    return Response.of_json(status, {"error": message})


def _runway_check(req: Request, body: Any, model_of: str) -> str | None:
    if req.headers.get("X-Runway-Version") != RUNWAY_VERSION:
        return "You must pass the header X-Runway-Version with a valid API version."
    if not isinstance(body, dict) or body.get("model") not in RUNWAY_RATIOS:
        return f"Invalid model; expected one of {sorted(RUNWAY_RATIOS)}"
    if body["model"] != model_of:
        return f"model {body['model']} is not available on this endpoint"
    if body.get("ratio") not in RUNWAY_RATIOS[body["model"]]:
        return f"Invalid ratio {body.get('ratio')!r}; expected one of {RUNWAY_RATIOS[model_of]}"
    return None


def runway_i2v(state: FakeState, req: Request) -> Response:
    body = req.json()
    problem = _runway_check(req, body, "gen4_turbo")
    image = body.get("promptImage") if isinstance(body, dict) else None
    if problem is None and body.get("duration", 10) not in (5, 10):
        problem = "Invalid duration; expected 5 or 10"
    if problem is None and not (isinstance(image, str) and image.startswith(("https://", "data:"))):
        problem = "promptImage must be an HTTPS URL or a data URI"
    if problem is None and image.startswith("data:") and not image.startswith(
            ("data:image/png", "data:image/jpeg", "data:image/webp")):
        problem = "promptImage must be a JPEG, PNG or WebP image"
    if problem is None and any(n > RUNWAY_DATA_URI_MAX for n in rules.data_uri_sizes(image)):
        problem = "promptImage data URI is larger than 5MB"
    if problem is not None:
        return _runway_error(400, problem)
    job = state.new_job("runway", "gen4_turbo-video", body)
    return Response.of_json(200, {"id": job.id})


def runway_t2i(state: FakeState, req: Request) -> Response:
    body = req.json()
    problem = _runway_check(req, body, "gen4_image")
    if problem is None and not str(body.get("promptText", "")).strip():
        problem = "promptText is required"
    if problem is not None:
        return _runway_error(400, problem)
    job = state.new_job("runway", "gen4_image", body)
    return Response.of_json(200, {"id": job.id})


def runway_task(state: FakeState, req: Request) -> Response:
    job = state.job(req.match["id"])
    if job is None or job.provider != "runway":
        return _runway_error(404, "Task not found")
    if req.method == "DELETE":
        with state.lock:
            state.cancels["runway"] += 1
            job.canceled = True
        return Response(204, b"")
    stage = _poll(state, job)
    status = {"queued": "PENDING", "running": "RUNNING", "canceled": "CANCELLED"}.get(
        stage, "SUCCEEDED" if job.outcome == "ok" else "FAILED")
    task: dict[str, Any] = {"id": job.id, "status": status, "createdAt": "2026-11-30T00:00:00Z"}
    if status == "RUNNING":
        task["progress"] = 0.5
    if status == "SUCCEEDED":
        if job.model == "gen4_image":
            w, h = rules.small_dims(rules.aspect_of(job.input["ratio"]))
            with state.lock:
                if not job.files:
                    job.files.append(state.add_file(media.art_png(
                        job.input.get("promptText", ""), 0, w, h), "image/png"))
            task["output"] = [f"{req.base}/files/{job.files[0]}.png"]
        else:
            task["output"] = [u for u, _ in make_files(state, job, req.base)]
    if status == "FAILED":
        task.update(failure="Generation failed", failureCode="INTERNAL.BAD_OUTPUT")
    return Response.of_json(200, task)


# -- Synthesia ------------------------------------------------------------------------------
def synthesia_create(state: FakeState, req: Request) -> Response:
    body = req.json()
    scenes = body.get("input") if isinstance(body, dict) else None
    problem = None
    if not isinstance(scenes, list) or not scenes:
        problem = "input: at least one scene is required"
    elif any(not str(s.get("scriptText", "")).strip() for s in scenes):
        problem = "input.scriptText: required"
    elif any(s.get("avatar") not in SYNTHESIA_AVATARS for s in scenes):
        problem = f"input.avatar: unknown avatar; stock avatars: {SYNTHESIA_AVATARS}"
    elif body.get("aspectRatio", "16:9") not in SYNTHESIA_RATIOS:
        problem = f"aspectRatio: must be one of {SYNTHESIA_RATIOS}"
    if problem is not None:
        return Response.of_json(400, {"context": problem})
    job = state.new_job("synthesia", "avatar-video", body)
    return Response.of_json(201, {"id": job.id, "status": "in_progress",
                                  "createdAt": int(time.time())})


def synthesia_video(state: FakeState, req: Request) -> Response:
    job = state.job(req.match["id"])
    if job is None or job.provider != "synthesia":
        return Response.of_json(404, {"context": "Video not found"})
    if req.method == "DELETE":
        with state.lock:
            state.cancels["synthesia"] += 1
            job.canceled = True
        return Response(204, b"")
    stage = _poll(state, job)
    status = "in_progress" if stage in ("queued", "running") else (
        "complete" if job.outcome == "ok" else "error")
    video: dict[str, Any] = {"id": job.id, "status": status}
    if status == "complete":
        with state.lock:
            if not job.files:
                job.files.append(state.add_file(media.mp4_bytes(1.0), "video/mp4"))
        video.update(download=f"{req.base}/files/{job.files[0]}.mp4", duration="0:00:01.00")
    return Response.of_json(200, video)


# -- a Modal-like job endpoint (the generic httpjob adapter's fake) -------------------------
def httpjob_submit(state: FakeState, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict) or not str(body.get("prompt", "")).strip():
        return Response.of_json(422, {"detail": "prompt is required"})
    job = state.new_job("httpjob", "modal-image", body)
    return Response.of_json(200, {"call_id": job.id})


def httpjob_result(state: FakeState, req: Request) -> Response:
    job: FakeJob | None = state.job(req.match["id"])
    if job is None or job.provider != "httpjob":
        return Response.of_json(404, {"detail": "unknown call"})
    stage = _poll(state, job)
    if stage in ("queued", "running"):
        return Response.of_json(202, {"status": "pending"})
    if job.outcome != "ok":
        return Response.of_json(200, {"status": "failed", "error": "worker crashed"})
    url = make_files(state, job, req.base)[0][0]
    return Response.of_json(200, {"status": "done", "output": {"url": url}})


def routes(state: FakeState) -> Iterator[tuple[str, str, str, str, Any]]:
    def bind(fn: Any) -> Any:
        return lambda req: fn(state, req)

    yield "replicate", "upload", "POST", r"/replicate/v1/files", bind(replicate_files)
    yield "fal", "upload", "POST", r"/fal-rest/storage/upload/initiate", bind(fal_initiate)
    yield "public", "upload", "PUT", r"/fal-rest/upload/(?P<token>[0-9a-f]+)", bind(fal_put)
    yield "runway", "submit", "POST", r"/runway/v1/image_to_video", bind(runway_i2v)
    yield "runway", "submit", "POST", r"/runway/v1/text_to_image", bind(runway_t2i)
    yield "runway", "status", "GET", r"/runway/v1/tasks/(?P<id>[^/]+)", bind(runway_task)
    yield "runway", "cancel", "DELETE", r"/runway/v1/tasks/(?P<id>[^/]+)", bind(runway_task)
    yield "synthesia", "submit", "POST", r"/synthesia/v2/videos", bind(synthesia_create)
    yield ("synthesia", "status", "GET", r"/synthesia/v2/videos/(?P<id>[^/]+)",
           bind(synthesia_video))
    yield ("synthesia", "cancel", "DELETE", r"/synthesia/v2/videos/(?P<id>[^/]+)",
           bind(synthesia_video))
    yield "httpjob", "submit", "POST", r"/httpjob/submit", bind(httpjob_submit)
    yield "httpjob", "status", "GET", r"/httpjob/result/(?P<id>[^/]+)", bind(httpjob_result)


def httpjob_spec(base: str) -> str:
    """The spec JSON that points the httpjob adapter at this fake."""
    return json.dumps({"submit_url": f"{base}/httpjob/submit",
                       "status_url": f"{base}/httpjob/result/{{id}}", "id_path": "call_id",
                       "status_path": "status", "done": ["done"], "failed": ["failed"],
                       "output_path": "output.url", "error_path": "error"})
