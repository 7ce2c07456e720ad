"""ComfyUI server adapter (``comfyui:<workflow name>``) for people with their own GPU.

``POST /prompt {"prompt": <API-format graph>, "client_id"}`` -> ``prompt_id``;
``GET /history/{id}`` is ``{}`` until done, then holds ``status.status_str``
(``success``/``error``) and ``outputs`` with file refs fetched from
``GET /view?filename&subfolder&type``; ``GET /queue`` tells queued vs running.
Cancel: ``POST /queue {"delete": [id]}`` and ``POST /interrupt``.

The workflow is ``params["workflow"]`` (API-format dict); string values
``"{{prompt}}"``, ``"{{seed}}"``, ``"{{width}}"``, ``"{{height}}"`` are replaced by the
request's values.  Without one, a minimal SD text-to-image graph is used
(checkpoint ``params["checkpoint"]``).  Free: it is your machine.
"""

from __future__ import annotations

import uuid
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


class ComfyUIProvider(HttpProvider):
    """ComfyUI HTTP API adapter."""

    name = "comfyui"

    def _workflow(self, request: GenerationRequest) -> dict[str, Any]:
        graph = request.params.get("workflow") or default_workflow(
            str(request.params.get("checkpoint", "sd_xl_base_1.0.safetensors")))
        if not isinstance(graph, dict):
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message="params['workflow'] must be an API-format JSON object")
        values = {"prompt": request.prompt, "seed": request.seed or 0,
                  "width": request.width or 1024, "height": request.height or 576}
        return fill_workflow(graph, values)

    async def submit(self, request: GenerationRequest) -> JobHandle:
        body = {"prompt": self._workflow(request), "client_id": uuid.uuid4().hex}
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
