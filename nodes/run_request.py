"""What a run is (:class:`RunRequest`) and what it runs with (:class:`RunServices`).

The CLI, the engine process and the studio all build these two the same way
(:func:`make_request`, :meth:`RunServices.open`), so a graph behaves the same
wherever it runs: same targets, budget, review policy and job ledger.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from nodes.errors import NodeEngineError
from nodes.graph import Graph
from nodes.ledger import JobLedger
from nodes.provider_hub import ProviderHub
from nodes.runs import RunStore
from nodes.states import RunKind


class ReviewPolicy(StrEnum):
    ASK = "ask"  # a review gate waits for a person (studio panel or `mvstudio review`)
    APPROVE_ALL = "approve_all"  # `render --approve all`


class UnknownTarget(NodeEngineError):
    """A run request names a node the graph does not have (exit 2)."""

    exit_code = 2


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True)
class RunRequest:
    graph: Graph
    graph_path: Path | None = None
    targets: frozenset[str] | None = None  # None: every output node (all nodes if none)
    budget_usd: float | None = None
    dry_run: bool = False
    no_cache: bool = False
    review: ReviewPolicy = ReviewPolicy.ASK
    resubmit: frozenset[str] = frozenset()
    limits: Mapping[str, int] = field(default_factory=lambda: _frozen(None))
    overrides: tuple[tuple[str, str, Any], ...] = ()  # (node, param, value), applied once
    kind: RunKind = RunKind.RENDER

    def check(self) -> None:
        """Raise :class:`UnknownTarget` naming any target or override the graph lacks."""
        named = set(self.targets or ()) | {node for node, _p, _v in self.overrides}
        missing = sorted(named - set(self.graph.nodes))
        if missing:
            raise UnknownTarget(f"no node {', '.join(repr(m) for m in missing)} in the graph "
                                f"(nodes: {', '.join(self.graph.nodes)})")

    @property
    def run_kind(self) -> RunKind:
        return RunKind.ESTIMATE if self.dry_run else self.kind


def make_request(graph: Graph, *, graph_path: Path | None = None,
                 targets: set[str] | frozenset[str] | list[str] | None = None,
                 budget_usd: float | None = None, dry_run: bool = False,
                 no_cache: bool = False, review: ReviewPolicy | str = ReviewPolicy.ASK,
                 resubmit: set[str] | list[str] | frozenset[str] = frozenset(),
                 limits: Mapping[str, int] | None = None,
                 overrides: tuple[tuple[str, str, Any], ...] = (),
                 kind: RunKind | str = RunKind.RENDER) -> RunRequest:
    """A checked request; overrides are applied to ``graph`` here, once."""
    request = RunRequest(graph=graph, graph_path=graph_path,
                         targets=frozenset(targets) if targets is not None else None,
                         budget_usd=None if budget_usd is None else float(budget_usd),
                         dry_run=dry_run, no_cache=no_cache, review=ReviewPolicy(review),
                         resubmit=frozenset(resubmit),
                         limits=_frozen({k: int(v) for k, v in (limits or {}).items()}),
                         overrides=tuple(overrides), kind=RunKind(kind))
    request.check()
    for node, param, value in request.overrides:
        graph.nodes[node].params[param] = value
    return request


ReviewWaiter = Callable[[Any], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class RunServices:
    """The collaborators a run uses; nodes reach them through their context."""

    providers: ProviderHub
    runs: RunStore
    ledger: JobLedger
    http_client: Any = None
    clock: Callable[[], float] = time.time
    review_waiter: ReviewWaiter | None = None
    env: Mapping[str, str] | None = None

    @classmethod
    def open(cls, *, runs: RunStore, provider_settings: Mapping[str, str] | None = None,
             env: Mapping[str, str] | None = None, http_client: Any = None,
             review_waiter: ReviewWaiter | None = None) -> RunServices:
        hub = ProviderHub(runs=runs, settings=provider_settings or {}, env=env,
                          client=http_client)
        return cls(providers=hub, runs=runs, ledger=hub.ledger, http_client=http_client,
                   review_waiter=review_waiter, env=env)

    def for_nodes(self, request: RunRequest) -> dict[str, Any]:
        """The string-keyed view node types written before the typed boundary still read."""
        services: dict[str, Any] = {"providers": self.providers, "runs": self.runs,
                                    "ledger": self.ledger, "resubmit": set(request.resubmit)}
        if self.http_client is not None:
            services["http_client"] = self.http_client
        if self.env is not None:
            services["env"] = self.env
        if self.review_waiter is not None:
            services["review_waiter"] = self.review_waiter
        if request.review is ReviewPolicy.APPROVE_ALL:
            services["review_mode"] = "approve_all"
        return services

    async def aclose(self) -> None:
        await self.providers.aclose()
