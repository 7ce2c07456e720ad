"""mvstudio providers: one job protocol over hosted and offline generators.

Nodes name a model as ``provider:model`` and call :func:`make_provider` +
:func:`run_job`; they never see a provider's wire format.  Importing this
package is cheap (no numpy/av/librosa at import time).
"""

from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    Output,
    Provider,
)
from providers.catalog import ModelInfo, ModelRef, estimate_cost, lookup, parse_model_ref
from providers.errors import ErrorKind, OutputError, ProviderConfigError, ProviderError
from providers.fallback import FallbackOutcome, run_with_fallback
from providers.polling import recover, run_job
from providers.registry import make_provider

__all__ = [
    "ErrorKind",
    "FallbackOutcome",
    "GenerationRequest",
    "JobHandle",
    "JobResult",
    "JobState",
    "JobStatus",
    "ModelInfo",
    "ModelRef",
    "Output",
    "OutputError",
    "Provider",
    "ProviderConfigError",
    "ProviderError",
    "estimate_cost",
    "lookup",
    "make_provider",
    "parse_model_ref",
    "recover",
    "run_job",
    "run_with_fallback",
]
