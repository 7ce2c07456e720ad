"""Stability, OpenAI-compatible and ComfyUI protocol handlers for the fake server."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import re
import secrets
from collections.abc import Iterator
from typing import Any

from providers.fakes import media, rules
from providers.fakes.routes_hosted import _poll
from providers.fakes.server import Request, Response
from providers.fakes.state import FakeState


def parse_multipart(req: Request) -> dict[str, bytes] | None:
    """Form fields and files of a multipart/form-data body (None if not multipart)."""
    ctype = req.headers.get("Content-Type") or ""
    if not ctype.startswith("multipart/form-data"):
        return None
    raw = f"Content-Type: {ctype}\r\n\r\n".encode() + req.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    fields: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            fields[str(name)] = part.get_payload(decode=True) or b""
    return fields


# -- Stability ------------------------------------------------------------------------------
def _stab_error(status: int, name: str, error: str) -> Response:
    return Response.of_json(status, {"id": secrets.token_hex(16), "name": name, "errors": [error]})


def stability_generate(state: FakeState, req: Request) -> Response:
    form = parse_multipart(req)
    if form is None:
        return _stab_error(400, "bad_request", "content-type: must be multipart/form-data")
    prompt = form.get("prompt", b"").decode()
    if not prompt.strip():
        return _stab_error(400, "bad_request", "prompt: cannot be empty")
    job = state.new_job("stability", req.match["endpoint"], {"prompt": prompt})
    if job.outcome == "moderation":
        return _stab_error(403, "content_moderation", "Your request was flagged by our content "
                                                      "moderation system.")
    seed = int(form.get("seed", b"0") or 0)
    png = media.art_png(prompt, seed, 128, 72)
    reason = "SUCCESS" if job.outcome == "ok" else "CONTENT_FILTERED"
    if "application/json" in (req.headers.get("Accept") or ""):
        return Response.of_json(200, {"image": base64.b64encode(png).decode(),
                                      "finish_reason": reason, "seed": seed},
                                {"x-request-id": job.id})
    return Response(200, png, {"Content-Type": "image/png", "finish-reason": reason,
                               "seed": str(seed), "x-request-id": job.id})


def stability_i2v(state: FakeState, req: Request) -> Response:
    form = parse_multipart(req)
    if form is None or not form.get("image"):
        return _stab_error(400, "bad_request", "image: required")
    job = state.new_job("stability", "image-to-video", {})
    job.id = secrets.token_hex(32)
    with state.lock:
        state.jobs[job.id] = job
    return Response.of_json(200, {"id": job.id})


def stability_result(state: FakeState, req: Request) -> Response:
    job = state.job(req.match["id"])
    if job is None:
        return _stab_error(404, "not_found", "Generation not found; use the same API key")
    if _poll(state, job) != "done":
        return Response.of_json(202, {"id": job.id, "status": "in-progress"})
    video = media.mp4_bytes(1.0)
    reason = "SUCCESS" if job.outcome == "ok" else "CONTENT_FILTERED"
    if "application/json" in (req.headers.get("Accept") or ""):
        return Response.of_json(200, {"video": base64.b64encode(video).decode(),
                                      "finish_reason": reason, "seed": 0})
    return Response(200, video, {"Content-Type": "video/mp4", "finish-reason": reason})


# -- OpenAI-compatible ----------------------------------------------------------------------
def _oai_error(status: int, code: str, message: str) -> Response:
    return Response.of_json(status, {"error": {"message": message, "type": "invalid_request_error",
                                               "param": None, "code": code}})


def openai_images(state: FakeState, req: Request) -> Response:
    body = req.json()
    if not isinstance(body, dict) or not str(body.get("prompt", "")).strip():
        return _oai_error(400, "invalid_value", "'prompt' is required")
    model = str(body.get("model"))
    allowed = rules.OPENAI_SIZES.get(model)
    size = str(body.get("size") or "1024x1024")
    if allowed is not None and size not in allowed:  # the real API's answer, verbatim shape
        return _oai_error(400, "invalid_value", f"Invalid value: '{size}'. Supported values "
                          f"are: {', '.join(repr(a) for a in allowed)}.")
    if model == "dall-e-3" and int(body.get("n") or 1) != 1:
        return _oai_error(400, "invalid_value", "dall-e-3 only supports n=1.")
    if model.startswith("gpt-image") and "response_format" in body:
        return _oai_error(400, "unknown_parameter", "Unknown parameter: 'response_format'.")
    job = state.new_job("openai", model, body)
    if job.outcome != "ok":
        return _oai_error(400, "content_policy_violation",
                          "Your request was rejected as a result of our safety system.")
    png = media.art_png(str(body["prompt"]), 0, *rules.small_dims(
        rules.aspect_of(size if size != "auto" else "1:1")))
    b64 = body.get("response_format") == "b64_json" or str(body.get("model")).startswith(
        "gpt-image")
    if b64:
        item = {"b64_json": base64.b64encode(png).decode()}
    else:
        item = {"url": f"{req.base}/files/{state.add_file(png, 'image/png')}.png",
                "revised_prompt": body["prompt"]}
    return Response.of_json(200, {"created": 1713833628, "data": [item]})


def openai_chat(state: FakeState, req: Request) -> Response:
    body = req.json()
    messages = body.get("messages") if isinstance(body, dict) else None
    if not isinstance(messages, list) or not messages:
        return _oai_error(400, "invalid_value", "'messages' must be a non-empty array")
    job = state.new_job("openai", str(body.get("model")), {})
    user = str(messages[-1].get("content", ""))
    match = re.search(r"exactly (\d+) strings", user)
    if match:
        count = int(match.group(1))
        about = re.search(r"about: (.*)", user)
        theme = about.group(1).strip() if about else "the song"
        items = [f'"Scene {i + 1}: {theme}, cinematic light, shot {i + 1}"' for i in range(count)]
        content = "```json\n[" + ", ".join(items) + "]\n```"
    else:
        content = f"echo: {user}"
    return Response.of_json(200, {
        "id": f"chatcmpl-{job.id}", "object": "chat.completion", "model": body.get("model"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}})


# -- ComfyUI --------------------------------------------------------------------------------
def comfy_prompt(state: FakeState, req: Request) -> Response:
    body = req.json()
    graph = body.get("prompt") if isinstance(body, dict) else None
    if not isinstance(graph, dict) or not all(isinstance(n, dict) and "class_type" in n
                                              for n in graph.values()):
        return Response.of_json(400, {"error": {
            "type": "invalid_prompt", "details": "",
            "message": "Cannot execute because a node is missing the class_type property."},
            "node_errors": {}})
    node_errors = _comfy_node_errors(state, graph)
    if node_errors:
        return Response.of_json(400, {"error": {
            "type": "prompt_outputs_failed_validation", "details": "",
            "message": "Prompt outputs failed validation"}, "node_errors": node_errors})
    job = state.new_job("comfyui", "workflow", {"graph": graph})
    return Response.of_json(200, {"prompt_id": job.id, "number": len(state.jobs),
                                  "node_errors": {}})


COMFY_CHECKPOINTS = ("sd_xl_base_1.0.safetensors", "dreamshaper_8.safetensors")


def _comfy_node_errors(state: FakeState, graph: dict[str, Any]) -> dict[str, Any]:
    """What ComfyUI's validation refuses: unknown checkpoints, missing input images,
    and inputs left as text where numbers go (an unfilled "{{seed}}")."""
    errors: dict[str, Any] = {}
    for node_id, node in graph.items():
        inputs = node.get("inputs") or {}
        problem = None
        if "ckpt_name" in inputs and inputs["ckpt_name"] not in COMFY_CHECKPOINTS:
            problem = f"Value not in list: ckpt_name: '{inputs['ckpt_name']}'"
        elif node["class_type"] == "LoadImage" and inputs.get("image") not in state.comfy_inputs:
            problem = f"Invalid image file: {inputs.get('image')}"
        elif any(isinstance(v, str) and v.startswith("{{") for v in inputs.values()):
            problem = "Failed to convert an input value to a number"
        if problem:
            errors[node_id] = {"errors": [{"type": "value_not_valid", "message": problem}],
                               "class_type": node["class_type"]}
    return errors


def comfy_upload(state: FakeState, req: Request) -> Response:
    form = parse_multipart(req)
    if not form or "image" not in form:
        return Response(400, b"No image uploaded", {"Content-Type": "text/plain"})
    name = f"upload-{len(state.comfy_inputs)}.png"
    with state.lock:
        state.comfy_inputs.add(name)
        state.uploads["comfyui"] += 1
    return Response.of_json(200, {"name": name, "subfolder": "", "type": "input"})


def comfy_history(state: FakeState, req: Request) -> Response:
    job = state.job(req.match["id"])
    if job is None or _poll(state, job) != "done":
        return Response.of_json(200, {})
    if job.outcome != "ok":
        status = {"status_str": "error", "completed": False, "messages": [
            ["execution_error", {"node_type": "KSampler", "exception_message":
                                 "CUDA out of memory"}]]}
        return Response.of_json(200, {job.id: {"outputs": {}, "status": status}})
    with state.lock:
        if not job.files:
            job.files.append(state.add_file(media.png_bytes(64, 64, 7), "image/png"))
    images = [{"filename": f"{fid}.png", "subfolder": "", "type": "output"} for fid in job.files]
    return Response.of_json(200, {job.id: {
        "outputs": {"9": {"images": images}},
        "status": {"status_str": "success", "completed": True, "messages": []}}})


def comfy_queue(state: FakeState, req: Request) -> Response:
    if req.method == "POST":
        for job_id in (req.json() or {}).get("delete", []):
            job = state.job(str(job_id))
            if job is not None:
                with state.lock:
                    state.cancels["comfyui"] += 1
                    job.canceled = True
        return Response.of_json(200, {})
    with state.lock:
        jobs = [j for j in state.jobs.values() if j.provider == "comfyui"]
        running = [[i, j.id, {}, {}, []] for i, j in enumerate(jobs) if j.stage == "running"]
        pending = [[i, j.id, {}, {}, []] for i, j in enumerate(jobs) if j.stage == "queued"]
    return Response.of_json(200, {"queue_running": running, "queue_pending": pending})


def comfy_view(state: FakeState, req: Request) -> Response:
    name = (req.query.get("filename") or [""])[0]
    item = state.files.get(name.split(".", 1)[0])
    if item is None:
        return Response(404, b"404: Not Found", {"Content-Type": "text/plain"})
    return Response(200, item.data, {"Content-Type": item.content_type})


def routes(state: FakeState) -> Iterator[tuple[str, str, str, str, Any]]:
    def bind(fn: Any) -> Any:
        return lambda req: fn(state, req)

    yield ("stability", "submit", "POST",
           r"/stability/v2beta/stable-image/generate/(?P<endpoint>core|ultra|sd3)",
           bind(stability_generate))
    yield "stability", "submit", "POST", r"/stability/v2beta/image-to-video", bind(stability_i2v)
    yield ("stability", "status", "GET", r"/stability/v2beta/results/(?P<id>[0-9a-f]+)",
           bind(stability_result))
    yield "openai", "submit", "POST", r"/openai/v1/images/generations", bind(openai_images)
    yield "openai", "submit", "POST", r"/openai/v1/chat/completions", bind(openai_chat)
    yield "comfyui", "submit", "POST", r"/comfyui/prompt", bind(comfy_prompt)
    yield "comfyui", "status", "GET", r"/comfyui/history/(?P<id>[^/]+)", bind(comfy_history)
    yield "comfyui", "status", "GET", r"/comfyui/queue", bind(comfy_queue)
    yield "comfyui", "cancel", "POST", r"/comfyui/queue", bind(comfy_queue)
    yield "comfyui", "cancel", "POST", r"/comfyui/interrupt", lambda req: Response.of_json(200, {})
    yield "comfyui", "file", "GET", r"/comfyui/view", bind(comfy_view)
    yield "comfyui", "upload", "POST", r"/comfyui/upload/image", bind(comfy_upload)
