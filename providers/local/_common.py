"""Shared plumbing for the offline local providers.

Local jobs are pure functions of their request, so ``submit`` only records the
request in the handle (``data["request"]``) and ``fetch`` does the CPU work in a
worker thread.  A resumed run therefore recomputes the identical output.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from providers.base import (
    GenerationRequest,
    JobHandle,
    JobState,
    JobStatus,
    request_from_dict,
    request_to_dict,
)
from providers.errors import ErrorKind, ProviderError

T = TypeVar("T")


def job_id_for(provider: str, request: GenerationRequest) -> str:
    """Stable id: the same request always names the same job."""
    blob = json.dumps([provider, request_to_dict(request)], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def make_handle(provider: str, request: GenerationRequest) -> JobHandle:
    try:
        data = {"request": request_to_dict(request)}
    except (TypeError, ValueError) as exc:
        raise ProviderError(ErrorKind.VALIDATION, provider=provider,
                            message=f"request params are not JSON-able: {exc}") from exc
    return JobHandle(provider=provider, model=request.model,
                     job_id=job_id_for(provider, request), data=data)


def handle_request(handle: JobHandle) -> GenerationRequest:
    try:
        return request_from_dict(dict(handle.data["request"]))
    except (KeyError, TypeError) as exc:
        raise ProviderError(ErrorKind.NOT_FOUND, provider=handle.provider,
                            message=f"job {handle.job_id} has no recorded request") from exc


def succeeded() -> JobStatus:
    return JobStatus(state=JobState.SUCCEEDED, progress=1.0)


def write_atomic(dest: Path, data: bytes) -> Path:
    """Write bytes to a temp file in the same folder, then rename into place."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


async def in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run CPU work off the event loop."""
    return await asyncio.to_thread(fn, *args, **kwargs)


def stable_seed(*parts: object) -> int:
    """A 64-bit seed from a sha256 of the parts (not Python's salted hash)."""
    blob = "\x1f".join(str(p) for p in parts).encode()
    return int.from_bytes(hashlib.sha256(blob).digest()[:8], "big")
