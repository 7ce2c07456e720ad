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
from providers.polling import run_job
from providers.registry import make_provider

__all__ = [
    "ErrorKind",
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
    "run_job",
]
