"""The one provider protocol and its plain data.

Every provider (hosted or local) is driven through the same four calls:
``submit`` -> ``poll`` (until a terminal :class:`JobState`) -> ``fetch`` (download
outputs into ``dest_dir``) and ``cancel``.  Synchronous providers (ElevenLabs,
OpenAI images, local generators) do their work in ``submit`` or ``fetch`` and
report ``SUCCEEDED`` at the first poll, so callers never special-case them.

A :class:`JobHandle` is JSON-able: the engine persists it before polling so a
crashed run resumes the same remote job instead of paying twice.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from providers.errors import ErrorKind, ProviderError

__all__ = [
    "ErrorKind",
    "GenerationRequest",
    "JobHandle",
    "JobResult",
    "JobState",
    "JobStatus",
    "Output",
    "Provider",
    "ProviderError",
]


class JobState(enum.StrEnum):
    """Normalised job states; the last three are terminal."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"

    @property
    def terminal(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELED)


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """What to generate. ``model`` has no provider prefix ("fal-ai/flux/schnell")."""

    kind: str  # "image", "video", "speech", "text"
    model: str
    prompt: str = ""
    seed: int | None = None
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    image_path: str | None = None  # image-to-video input
    voice: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)  # extra model inputs (JSON-able)
    # The run store's key for this job: names its request-spool files so a resumed run can
    # find a synchronous answer a killed run paid for.  Never sent, not part of equality.
    job_key: str | None = field(default=None, compare=False)


def request_to_dict(request: GenerationRequest) -> dict[str, Any]:
    """JSON-able dict of a request (stored in handles so fetch can price and name outputs)."""
    return {
        "kind": request.kind, "model": request.model, "prompt": request.prompt,
        "seed": request.seed, "width": request.width, "height": request.height,
        "duration_s": request.duration_s, "image_path": request.image_path,
        "voice": request.voice, "params": json.loads(json.dumps(dict(request.params))),
    }


def request_from_dict(raw: Mapping[str, Any]) -> GenerationRequest:
    return GenerationRequest(**{**raw, "params": dict(raw.get("params") or {})})


@dataclass(frozen=True, slots=True)
class JobHandle:
    """A submitted job; ``data`` holds provider URLs/ids needed to poll it (JSON-able)."""

    provider: str
    model: str
    job_id: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {"provider": self.provider, "model": self.model, "job_id": self.job_id,
             "data": dict(self.data)},
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> JobHandle:
        raw = json.loads(text)
        return cls(provider=raw["provider"], model=raw["model"], job_id=raw["job_id"],
                   data=raw.get("data") or {})


@dataclass(frozen=True, slots=True)
class JobStatus:
    """One poll's answer. ``error`` is set when ``state`` is FAILED."""

    state: JobState
    progress: float | None = None
    message: str = ""
    queue_position: int | None = None
    error: ProviderError | None = None


@dataclass(frozen=True, slots=True)
class Output:
    """A downloaded/written local file, e.g. media_type image/png, video/mp4, audio/mpeg."""

    path: Path
    media_type: str


@dataclass(frozen=True, slots=True)
class JobResult:
    """A finished job's local outputs, cost and (for text/speech) text or word timings."""

    outputs: tuple[Output, ...]
    cost_usd: float
    provider: str
    model: str
    job_id: str
    text: str | None = None  # for kind="text"
    words: tuple[tuple[str, float, float], ...] = ()  # (word, start_s, end_s) for speech
    notes: tuple[str, ...] = ()  # what this result lacks or how it was obtained (recovered job)


@runtime_checkable
class Provider(Protocol):
    """The four calls every provider adapter implements.

    Adapters whose provider documents a listing of created jobs also implement
    ``reconcile(request, *, since_unix, claimed)`` (see :mod:`providers.reconcile`),
    used by :func:`providers.polling.recover` after a run died mid-submission.
    """

    name: str

    async def submit(self, request: GenerationRequest) -> JobHandle: ...

    async def poll(self, handle: JobHandle) -> JobStatus: ...

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult: ...

    async def cancel(self, handle: JobHandle) -> None: ...
