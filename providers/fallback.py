"""Fallback model chains: ``fal:x|replicate:y`` tries ``y`` when ``x`` has an outage.

Only outage-type failures move on (rate limits after retries, transient
errors, timeouts, quota and auth problems at that provider).  Validation and
moderation failures would fail the same way elsewhere, so they stop the
chain.  A submission whose outcome is unknown also stops it: the first
provider may still be running (and billing) the job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from providers.base import GenerationRequest, JobHandle, JobResult, Provider
from providers.catalog import ModelRef
from providers.errors import ProviderError
from providers.polling import run_job


@dataclass(frozen=True, slots=True)
class FallbackOutcome:
    """The result, which ref served it, and why earlier refs were skipped."""

    result: JobResult
    served_by: ModelRef
    skipped: tuple[tuple[str, str], ...]  # (ref, "kind: message")


async def run_with_fallback(refs: Sequence[ModelRef], request: GenerationRequest, *,
                            provider_for: Callable[[str], Provider], dest_dir: Path,
                            resume: JobHandle | None = None, **run_kwargs: Any
                            ) -> FallbackOutcome:
    """Run ``request`` on the first ref that works; ``request.model`` is replaced per ref.

    With ``resume``, the chain restarts at the ref that owns the recorded job.
    """
    start = 0
    if resume is not None:
        start = next((i for i, r in enumerate(refs)
                      if (r.provider, r.model) == (resume.provider, resume.model)), 0)
    skipped: list[tuple[str, str]] = []
    for index in range(start, len(refs)):
        ref = refs[index]
        attempt = dataclasses.replace(request, model=ref.model)
        try:
            result = await run_job(provider_for(ref.provider), attempt, dest_dir=dest_dir,
                                   resume=resume if index == start else None, **run_kwargs)
            return FallbackOutcome(result, ref, tuple(skipped))
        except ProviderError as exc:
            last = index == len(refs) - 1
            if last or not exc.outage or exc.outcome_unknown:
                raise
            skipped.append((str(ref), f"{exc.kind.value}: {exc.message}"))
    raise AssertionError("unreachable: refs must not be empty")
