"""What a run gives back: per-node reports and the run's result (and a dry run's stand-in).

Kept apart from the executor so readers of results (reports, the engine protocol,
the studio) do not depend on scheduling code; :mod:`nodes.executor` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nodes.cache import Artifact
from nodes.errors import NodeEngineError
from nodes.states import NodeStatus, RunStatus


@dataclass(slots=True)
class NodeReport:
    status: NodeStatus = NodeStatus.PENDING
    seconds: float = 0.0
    cache_hit: bool = False
    provider_calls: int = 0
    cost_usd: float = 0.0
    estimated_cost_usd: float = 0.0
    artifacts: list[str] = field(default_factory=list)
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": str(self.status), "seconds": round(self.seconds, 4),
                "cache_hit": self.cache_hit, "provider_calls": self.provider_calls,
                "cost_usd": round(self.cost_usd, 6), "artifacts": self.artifacts,
                **({"error": self.error} if self.error else {}),
                **({"estimated_cost_usd": round(self.estimated_cost_usd, 6)}
                   if self.estimated_cost_usd else {})}


@dataclass(slots=True)
class RunResult:
    run_id: str
    status: RunStatus
    seconds: float
    cost_usd: float
    nodes: dict[str, NodeReport]
    outputs: dict[str, dict[str, Any]]
    report: dict[str, Any]  # extra report fields from nodes (output path, cuts_s)
    error: NodeEngineError | None = None
    estimated_cost_usd: float = 0.0
    estimates: dict[str, float] = field(default_factory=dict)  # dry run: job key -> USD


class _DryValue:
    """Stands for the output of a paid node a dry run did not execute."""


DRY = _DryValue()


def _has_dry(value: Any) -> bool:
    return value is DRY or (isinstance(value, list) and any(_has_dry(v) for v in value))


def _artifact_keys(value: Any) -> list[str]:
    if isinstance(value, Artifact):
        return [value.key]
    if isinstance(value, dict):
        return [k for v in value.values() for k in _artifact_keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in _artifact_keys(v)]
    return []
