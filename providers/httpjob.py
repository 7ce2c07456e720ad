"""Generic HTTP job adapter (``httpjob:<spec name>``) for self-hosted GPU endpoints.

A Modal web endpoint, a RunPod/Replicate-style worker or your own FastAPI app: anything
that takes a JSON job on one URL and reports it on another.  A small JSON spec
describes it, ``<spec dir>/<name>.json`` (setting ``httpjob.spec_dir`` or
``MVSTUDIO_HTTPJOB_SPEC_DIR``)::

    {"submit_url": "https://me--gen.modal.run/submit",
     "status_url": "https://me--gen.modal.run/result/{id}",
     "id_path": "call_id", "status_path": "status",
     "done": ["done"], "failed": ["failed", "error"],
     "output_path": "output.url", "error_path": "error",
     "inputs": {"negative_prompt": "blurry"}, "allow_http": false}

The job body is the generic mapping (``prompt``, ``seed``, ``width``, ``height``,
``duration``) plus the spec's ``inputs`` and the node's ``extra``.  Paths are dotted
(``output.url``, ``images.0``).  The bearer token is ``HTTPJOB_TOKEN`` (optional) and only
goes to the spec's own origins; plain http to a non-loopback host needs
``"allow_http": true``.  Self-hosted compute is not priced (your own bill).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from providers._http import HttpProvider, _origin
from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    request_to_dict,
)
from providers.errors import ErrorKind, ProviderConfigError, ProviderError

_REQUIRED = ("submit_url", "status_url", "id_path", "status_path", "done", "output_path")


def dig(value: Any, path: str) -> Any:
    """``a.b.0`` into nested dicts/lists (None when absent)."""
    for part in path.split(".") if path else ():
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def load_spec(name: str, *, settings: Mapping[str, str], env: Mapping[str, str]
              ) -> dict[str, Any]:
    """Read and check the spec ``name``; raises ProviderConfigError naming the file."""
    from providers.registry import check_base_url

    folder = settings.get("httpjob.spec_dir") or env.get("MVSTUDIO_HTTPJOB_SPEC_DIR")
    if not folder:
        raise ProviderConfigError("httpjob needs a spec folder: set MVSTUDIO_HTTPJOB_SPEC_DIR "
                                  "or the setting httpjob.spec_dir", provider="httpjob")
    path = Path(folder) / f"{name}.json"
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProviderConfigError(f"httpjob spec {path}: cannot read it ({exc})",
                                  provider="httpjob") from None
    missing = [k for k in _REQUIRED if not spec.get(k)] if isinstance(spec, dict) else _REQUIRED
    if missing:
        raise ProviderConfigError(f"httpjob spec {path}: missing {', '.join(missing)}",
                                  provider="httpjob")
    for key in ("submit_url", "status_url"):
        url = str(spec[key]).replace("{id}", "x")
        if not (spec.get("allow_http") and url.startswith("http://")):
            check_base_url("httpjob", url)
    return dict(spec)


class HttpJobProvider(HttpProvider):
    """Submit/poll adapter driven by a JSON spec per model name."""

    name = "httpjob"

    def __init__(self, **kwargs: Any) -> None:
        self._env: Mapping[str, str] = kwargs.pop("env", os.environ)
        super().__init__(**kwargs)
        self._specs: dict[str, dict[str, Any]] = {}

    def spec(self, model: str) -> dict[str, Any]:
        if model not in self._specs:
            spec = load_spec(model, settings=self.settings, env=self._env)
            self._auth_origins |= {_origin(str(spec[k])) for k in ("submit_url", "status_url")}
            self._specs[model] = spec
        return self._specs[model]

    async def submit(self, request: GenerationRequest) -> JobHandle:
        spec = self.spec(request.model)
        body = {**dict(spec.get("inputs") or {}), **await self.model_input(request)}
        answer = await self.send_json("POST", str(spec["submit_url"]), json=body,
                                      submission=True, timeout=self.timeout(request))
        job_id = dig(answer, str(spec["id_path"]))
        if job_id in (None, ""):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message=f"{request.model} answered without {spec['id_path']}; "
                                        "the job may exist, it was not re-sent")
        return JobHandle(provider=self.name, model=request.model, job_id=str(job_id),
                         data={"request": request_to_dict(request)})

    async def _status(self, handle: JobHandle) -> tuple[dict[str, Any], Any]:
        spec = self.spec(handle.model)
        url = str(spec["status_url"]).replace("{id}", handle.job_id)
        answer = await self.send_json("GET", url, ok=(202,))
        return spec, answer

    async def poll(self, handle: JobHandle) -> JobStatus:
        spec, answer = await self._status(handle)
        status = str(dig(answer, str(spec["status_path"])))
        if status in [str(s) for s in spec["done"]]:
            return JobStatus(state=JobState.SUCCEEDED, progress=1.0)
        if status in [str(s) for s in spec.get("failed") or ()]:
            message = str(dig(answer, str(spec.get("error_path") or "")) or f"status {status}")
            return JobStatus(state=JobState.FAILED, message=message, error=ProviderError(
                ErrorKind.MODEL_ERROR, provider=self.name, message=message))
        return JobStatus(state=JobState.RUNNING, message=status)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        spec, answer = await self._status(handle)
        found = dig(answer, str(spec["output_path"]))
        urls = [u for u in (found if isinstance(found, list) else [found]) if isinstance(u, str)]
        if not urls:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"{handle.model}: no output at {spec['output_path']}")
        outputs = tuple([await self.download(u, dest_dir, stem=f"httpjob-{handle.job_id}-{i}")
                         for i, u in enumerate(urls)])
        return JobResult(outputs=outputs, cost_usd=self.cost(self.request_of(handle)),
                         provider=self.name, model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        spec = self.spec(handle.model)
        if spec.get("cancel_url"):
            await self.send("POST", str(spec["cancel_url"]).replace("{id}", handle.job_id),
                            ok=(404,))
