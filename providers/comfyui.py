"""ComfyUI server adapter (``comfyui:<workflow name>``) for people with their own GPU.

``POST /prompt {"prompt": <API-format graph>, "client_id"}`` -> ``prompt_id``;
``GET /history/{id}`` is ``{}`` until done, then holds ``status.status_str``
(``success``/``error``) and ``outputs`` with file refs fetched from
``GET /view?filename&subfolder&type``; ``GET /queue`` tells queued vs running.
Cancel: ``POST /queue {"delete": [id]}`` and ``POST /interrupt``.

The workflow is your own API-format file (``comfyui:<name>`` = ``<workflow dir>/<name>.json``,
or ``extra.workflow``: a path or the graph itself); string values ``"{{prompt}}"``,
``"{{seed}}"``, ``"{{width}}"``, ``"{{height}}"``, ``"{{image}}"`` are replaced by the
request's values, and ``extra.bindings`` sets them by path for files without
placeholders.  An input image is uploaded with ``POST /upload/image``.
``comfyui:default`` is a minimal SD text-to-image graph (``extra.checkpoint``).  Any
host: plain http to a LAN machine needs the opt-in ``comfyui.allow_http`` (the key, if
any, would travel in clear).  Free: it is your machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from providers._http import HttpProvider
from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    request_to_dict,
)
from providers.errors import ErrorKind, ProviderError
from providers.uploads import read_input, sniff_mime

_FILE_KEYS = ("images", "gifs", "videos", "audio")


def default_workflow(checkpoint: str) -> dict[str, Any]:
    """Minimal API-format txt2img graph (stock ComfyUI nodes)."""
    return {
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": checkpoint}},
        "5": {"class_type": "EmptyLatentImage",
              "inputs": {"width": "{{width}}", "height": "{{height}}", "batch_size": 1}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}", "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "", "clip": ["4", 1]}},
        "3": {"class_type": "KSampler", "inputs": {
            "seed": "{{seed}}", "steps": 20, "cfg": 7.0, "sampler_name": "euler",
            "scheduler": "normal", "denoise": 1.0, "model": ["4", 0], "positive": ["6", 0],
            "negative": ["7", 0], "latent_image": ["5", 0]}},
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "mvstudio",
                                                    "images": ["8", 0]}},
    }


def fill_workflow(graph: Any, values: dict[str, Any]) -> Any:
    """Replace ``"{{name}}"`` placeholders (exact string values) recursively."""
    if isinstance(graph, dict):
        return {k: fill_workflow(v, values) for k, v in graph.items()}
    if isinstance(graph, list):
        return [fill_workflow(v, values) for v in graph]
    if isinstance(graph, str) and graph.startswith("{{") and graph.endswith("}}"):
        return values.get(graph[2:-2].strip(), graph)
    return graph


def load_workflow(model: str, params: Mapping[str, Any], *, settings: Mapping[str, str],
                  env: Mapping[str, str]) -> dict[str, Any]:
    """The API-format graph for ``comfyui:<model>``.

    ``params["workflow"]``: a graph (dict) or the path of a JSON file; otherwise
    ``<workflow dir>/<model>.json`` (setting ``comfyui.workflow_dir`` or
    ``MVSTUDIO_COMFYUI_WORKFLOW_DIR``); ``comfyui:default`` is the built-in SD graph."""
    given = params.get("workflow")
    if isinstance(given, dict):
        return given
    folder = settings.get("comfyui.workflow_dir") or env.get("MVSTUDIO_COMFYUI_WORKFLOW_DIR")
    if isinstance(given, str) and given:
        path = Path(given).expanduser()
    elif model != "default" and folder:
        path = Path(folder).expanduser() / f"{model}.json"
    elif model == "default":
        return default_workflow(str(params.get("checkpoint", "sd_xl_base_1.0.safetensors")))
    else:
        raise ProviderError(ErrorKind.VALIDATION, provider="comfyui",
                            message=f"no workflow for comfyui:{model}: set the workflow "
                                    "folder (MVSTUDIO_COMFYUI_WORKFLOW_DIR or the setting "
                                    "comfyui.workflow_dir), pass extra.workflow, or use "
                                    "comfyui:default")
    try:
        graph = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProviderError(ErrorKind.VALIDATION, provider="comfyui",
                            message=f"cannot read workflow {path.name}: {exc}") from None
    if isinstance(graph, dict) and isinstance(graph.get("nodes"), list):
        raise ProviderError(ErrorKind.VALIDATION, provider="comfyui",
                            message=f"{path.name} is a UI workflow; export it with "
                                    "'Save (API Format)'")
    if not isinstance(graph, dict):
        raise ProviderError(ErrorKind.VALIDATION, provider="comfyui",
                            message=f"{path.name} is not an API-format JSON object")
    return graph


def bind(graph: dict[str, Any], bindings: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set ``values`` at ``bindings`` paths ("6.inputs.text") for graphs without
    ``{{placeholders}}``; e.g. ``{"prompt": "6.inputs.text", "seed": "3.inputs.seed"}``."""
    for name, where in dict(bindings or {}).items():
        node_id, _, rest = str(where).partition(".inputs.")
        node = graph.get(node_id)
        if name not in values or not rest or not isinstance(node, dict):
            raise ProviderError(ErrorKind.VALIDATION, provider="comfyui",
                                message=f"binding {name!r} -> {where!r}: write "
                                        "'<node id>.inputs.<input>' for prompt, seed, width, "
                                        "height or image")
        node.setdefault("inputs", {})[rest] = values[name]
    return graph


class ComfyUIProvider(HttpProvider):
    """ComfyUI HTTP API adapter."""

    name = "comfyui"

    def __init__(self, **kwargs: Any) -> None:
        self._env: Mapping[str, str] = kwargs.pop("env", os.environ)
        super().__init__(**kwargs)

    def _workflow(self, request: GenerationRequest, image_name: str | None) -> dict[str, Any]:
        graph = load_workflow(request.model, request.params, settings=self.settings,
                              env=self._env)
        values = {"prompt": request.prompt, "seed": request.seed or 0,
                  "width": request.width or 1024, "height": request.height or 576,
                  "image": image_name or ""}
        return bind(fill_workflow(graph, values), request.params.get("bindings"), values)

    async def _upload_image(self, path: str | None) -> str | None:
        """``POST /upload/image`` (multipart ``image``) -> the name LoadImage takes."""
        if not path:
            return None
        data = read_input(path, provider=self.name)
        name = f"mvstudio-{hashlib.sha256(data).hexdigest()[:16]}.png"
        answer = await self.send_json("POST", self.url("/upload/image"),
                                      files={"image": (name, data, sniff_mime(data, path))},
                                      data={"overwrite": "true"})
        sub = str(answer.get("subfolder") or "") if isinstance(answer, dict) else ""
        got = str(answer.get("name") or name) if isinstance(answer, dict) else name
        return f"{sub}/{got}" if sub else got

    async def submit(self, request: GenerationRequest) -> JobHandle:
        image = await self._upload_image(request.image_path)
        body = {"prompt": self._workflow(request, image), "client_id": uuid.uuid4().hex}
        answer = await self.send_json("POST", self.url("/prompt"), json=body, submission=True)
        prompt_id = answer.get("prompt_id") if isinstance(answer, dict) else None
        if not prompt_id:
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message="ComfyUI answer lacks prompt_id; not re-sent")
        stored = request_to_dict(request)
        stored["params"] = {k: v for k, v in stored["params"].items() if k != "workflow"}
        return JobHandle(provider=self.name, model=request.model, job_id=str(prompt_id),
                         data={"request": stored})

    def error_from_response(self, response: Any) -> ProviderError:
        error = super().error_from_response(response)
        try:
            body = response.json()
            err = body.get("error") or {}
            details = "; ".join(
                f"node {node}: {e.get('message', e)}"
                for node, info in (body.get("node_errors") or {}).items()
                for e in info.get("errors", []))
            error.message = " ".join(x for x in (str(err.get("message", "")), details) if x) or \
                error.message
        except (ValueError, AttributeError):
            pass
        return error

    async def poll(self, handle: JobHandle) -> JobStatus:
        history = await self.send_json("GET", self.url(f"/history/{handle.job_id}"))
        entry = history.get(handle.job_id) if isinstance(history, dict) else None
        if isinstance(entry, dict):
            status = entry.get("status") or {}
            if status.get("status_str") == "error":
                message = _error_message(status.get("messages") or [])
                return JobStatus(state=JobState.FAILED, message=message, error=ProviderError(
                    ErrorKind.MODEL_ERROR, provider=self.name, message=message))
            if status.get("completed", True):
                return JobStatus(state=JobState.SUCCEEDED, progress=1.0)
        queue = await self.send_json("GET", self.url("/queue"))
        pending = [item[1] for item in (queue or {}).get("queue_pending", []) if len(item) > 1]
        if handle.job_id in pending:
            return JobStatus(state=JobState.QUEUED, queue_position=pending.index(handle.job_id))
        return JobStatus(state=JobState.RUNNING)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        history = await self.send_json("GET", self.url(f"/history/{handle.job_id}"))
        outputs_by_node = ((history or {}).get(handle.job_id) or {}).get("outputs") or {}
        refs = [ref for node in outputs_by_node.values() for key in _FILE_KEYS
                for ref in (node.get(key) or []) if isinstance(ref, dict) and ref.get("filename")]
        refs = [r for r in refs if r.get("type", "output") == "output"] or refs
        if not refs:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"ComfyUI prompt {handle.job_id} produced no files")
        outputs = []
        for i, ref in enumerate(refs):
            query = {"filename": ref["filename"], "subfolder": ref.get("subfolder", ""),
                     "type": ref.get("type", "output")}
            url = str(self.client.build_request("GET", self.url("/view"), params=query).url)
            outputs.append(await self.download(url, dest_dir, stem=f"comfyui-{handle.job_id}-{i}"))
        return JobResult(outputs=tuple(outputs), cost_usd=0.0, provider=self.name,
                         model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        await self.send("POST", self.url("/queue"), json={"delete": [handle.job_id]})
        await self.send("POST", self.url("/interrupt"), json={"prompt_id": handle.job_id})


def _error_message(messages: list[Any]) -> str:
    for event in messages:
        if isinstance(event, list) and len(event) == 2 and event[0] == "execution_error":
            data = event[1] or {}
            return f"{data.get('node_type', 'node')}: {data.get('exception_message', 'error')}"
    return "ComfyUI execution failed"
