"""Offline local providers (the embedded default; no keys, no network).

``LocalProvider`` dispatches on the model name: ``procedural`` (images),
``template`` (scene-prompt text), ``motion`` (image-to-video) and ``espeak``
(speech with word timings).  Sub-providers are imported lazily so importing
this package stays cheap.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from providers.base import GenerationRequest, JobHandle, JobResult, JobStatus
from providers.errors import ErrorKind, ProviderError

_MODELS: dict[str, tuple[str, str]] = {
    "procedural": ("providers.local.procedural", "ProceduralProvider"),
    "template": ("providers.local.template", "TemplateProvider"),
    "motion": ("providers.local.motion", "MotionProvider"),
    "espeak": ("providers.local.espeak", "EspeakProvider"),
}
LOCAL_MODELS = tuple(_MODELS)


class LocalProvider:
    """The ``local:`` provider: routes each job to its model's implementation."""

    name = "local"

    def __init__(self) -> None:
        self._impls: dict[str, Any] = {}
        self.limits: Any = None  # a ProviderLimits; run_job holds a slot per job

    def _impl(self, model: str) -> Any:
        if model not in _MODELS:
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message=f"unknown local model {model!r}; choose one of "
                                        f"{', '.join(LOCAL_MODELS)}")
        if model not in self._impls:
            module_name, cls_name = _MODELS[model]
            self._impls[model] = getattr(importlib.import_module(module_name), cls_name)()
        return self._impls[model]

    async def submit(self, request: GenerationRequest) -> JobHandle:
        return await self._impl(request.model).submit(request)

    async def poll(self, handle: JobHandle) -> JobStatus:
        return await self._impl(handle.model).poll(handle)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        return await self._impl(handle.model).fetch(handle, dest_dir=dest_dir)

    async def cancel(self, handle: JobHandle) -> None:
        await self._impl(handle.model).cancel(handle)
