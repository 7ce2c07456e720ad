"""The async executor: demand-driven ready-set scheduling over the DAG.

Each needed node becomes one task that awaits its inputs' tasks, so
independent branches run concurrently and a node starts the moment its last
input is ready. Lazy inputs (routing) are only evaluated when the node asks.
A ``List[T]`` arriving at a ``T`` input runs the node once per element,
concurrently, each element cached on its own. Per-resource semaphores bound
concurrency; blocking work goes to threads; cancellation is asyncio
cancellation plus a ``threading.Event`` for worker threads.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodes import bypass, document
from nodes.budget import Budget
from nodes.cache import ArtifactStore, ResultCache, cache_key, value_key
from nodes.context import NodeContext, NodeTally
from nodes.errors import NodeEngineError, NodeFailed
from nodes.events import (
    EventSink,
    FanOut,
    NodeCached,
    NodeFinished,
    NodeProgress,
    NodeQueued,
    NodeStarted,
    RunFinished,
    RunStarted,
)
from nodes.events import (
    NodeFailed as NodeFailedEvent,
)
from nodes.graph import Graph, Link
from nodes.ledger import JobLedger
from nodes.offload import Offloader
from nodes.registry import Registry
from nodes.results import (  # re-exported: results used to live here
    DRY,
    NodeReport,
    RunResult,
    _artifact_keys,
    _DryValue,
    _has_dry,
)
from nodes.run_request import RunRequest, make_request
from nodes.runs import RunStore
from nodes.singleflight import flights_for
from nodes.spec import NodeSpec
from nodes.states import NodeStatus, RunKind, RunStatus
from nodes.types import PortType, coerce, link_kind
from nodes.validate import output_types

__all__ = ["DEFAULT_LIMITS", "DRY", "Executor", "NodeReport", "RunResult"]

DEFAULT_LIMITS = {"cpu": 2, "render": 1}
DEFAULT_LIMIT = 8
# How long a node's early step waits for the node's other inputs to tell whether its result is
# cached already: a re-run's inputs come from the cache in tens of milliseconds (measured: all
# within 0.1 s for the demo under strace), and a real run starts it at most this much later.
PREPARE_PROBE_S = 0.25


class _Skipped(Exception):
    """An input failed upstream; this node does not run."""


@dataclass(slots=True)
class _Hooks:
    """Per-node callables: lazy inputs (routing) and re-takes of an input (quality gates)."""

    lazy: dict[str, Any] = field(default_factory=dict)
    regenerate: dict[str, Any] = field(default_factory=dict)
    early: asyncio.Task[Any] | None = None  # the spec's ``prepare`` step, started early


async def _end_prepare(task: asyncio.Task[Any]) -> None:
    """Stop a node's ``prepare`` step and close what it made, whatever the node did."""
    task.cancel()  # no-op when done
    value = None
    with contextlib.suppress(asyncio.CancelledError):
        value = await task
    close = getattr(value, "close", None)
    if callable(close):
        close()


def _awaiter(task: asyncio.Task[Any] | None) -> Any:
    if task is None:
        return None

    async def prepared() -> Any:
        return await asyncio.shield(task)  # a cancelled run must not cancel it: it is closed
    return prepared


async def _gather(coros: list[Any]) -> list[Any]:
    """``asyncio.gather`` without a task for the common single-awaitable case."""
    if len(coros) == 1:
        return [await coros[0]]
    return list(await asyncio.gather(*coros))


class Executor:
    """Runs graphs. Every collaborator is injected; tests swap them freely."""

    def __init__(self, *, registry: Registry, artifacts: ArtifactStore, cache: ResultCache,
                 runs: RunStore, sink: EventSink | None = None,
                 limits: Mapping[str, int] | None = None,
                 services: Mapping[str, Any] | None = None) -> None:
        self.registry = registry
        self.artifacts = artifacts
        self.cache = cache
        self.runs = runs
        self.ledger = JobLedger(runs)
        self.sink = FanOut(*(s for s in (sink, runs.record_event) if s is not None))
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self.services = {"runs": runs, **(services or {})}

    async def run(self, graph: Graph, *, graph_path: Path | None = None,
                  targets: set[str] | None = None, no_cache: bool = False,
                  dry_run: bool = False, budget_usd: float | None = None,
                  kind: RunKind = RunKind.RENDER) -> RunResult:
        """Keyword form of :meth:`execute` (raises :class:`UnknownTarget` for a bad target)."""
        return await self.execute(make_request(
            graph, graph_path=graph_path, targets=targets, no_cache=no_cache, dry_run=dry_run,
            budget_usd=budget_usd, kind=kind))

    async def execute(self, request: RunRequest) -> RunResult:
        request.check()
        return await _Run(self, request).execute(set(request.targets or ()) or None)


class _Run:
    def __init__(self, ex: Executor, request: RunRequest) -> None:
        self.ex = ex
        self.request = request
        self.graph = graph = request.graph
        self.graph_path = request.graph_path
        self.base_dir = request.graph_path.parent if request.graph_path else None
        self.no_cache = request.no_cache
        self.dry_run = request.dry_run
        shared = ex.services.get("budget")  # a batch's per-variant share of its budget
        self.budget = shared if isinstance(shared, Budget) else Budget(
            limit_usd=request.budget_usd)
        self.services = {"resubmit": set(request.resubmit), **ex.services}
        self.services.setdefault("budget", self.budget)
        self.dry_skipped: list[str] = []
        self.estimates: dict[str, float] = {}  # dry run: paid job (cache key) -> its price
        self.dry_keys: dict[str, list[str]] = {}  # dry run: node -> keys of what it stands for
        self.price_inputs: set[str] = set()
        self.types = output_types(graph, ex.registry)
        self.links_into: dict[str, list[Link]] = {}
        for lk in graph.links:
            self.links_into.setdefault(lk.dst_node, []).append(lk)
        self.tasks: dict[str, asyncio.Task[dict[str, Any]]] = {}
        self.reports: dict[str, NodeReport] = {}
        self.outputs: dict[str, dict[str, Any]] = {}
        self.extra: dict[str, Any] = {}
        self.semaphores: dict[str, asyncio.Semaphore] = {}
        self.cancel_event = threading.Event()
        self.estimated_usd = 0.0
        self.first_error: NodeEngineError | None = None
        self.run_id = ""

    # -- whole run --------------------------------------------------------------------
    @property
    def spent_usd(self) -> float:
        return self.budget.spent_usd

    def _roots(self, targets: set[str] | None) -> list[str]:
        """The targets; else the output nodes (only work leading to them runs); else, in a
        graph without output nodes, every node (through the nodes nothing consumes)."""
        if targets:
            return sorted(targets)
        outputs = [nid for nid, node in self.graph.nodes.items()
                   if (spec := self.ex.registry.get(node.type_id)) is not None and spec.output]
        if outputs:
            return outputs
        has_consumer = {lk.src_node for lk in self.graph.links}
        return [nid for nid in self.graph.nodes if nid not in has_consumer]

    def _price_inputs(self, roots: list[str]) -> set[str]:
        """Nodes a paid node's price may depend on: the ancestors of paid nodes."""
        needed = self.graph.upstream(set(roots))
        paid = {nid for nid in needed if (spec := self.ex.registry.get(
            self.graph.nodes[nid].type_id)) is not None and spec.paid}
        feeding = {lk.src_node for lk in self.graph.links if lk.dst_node in paid}
        return self.graph.upstream(feeding) & needed

    async def execute(self, targets: set[str] | None) -> RunResult:
        started = time.perf_counter()
        roots = self._roots(targets)
        if self.dry_run:
            self.price_inputs = self._price_inputs(roots)
        self.run_id = self.ex.runs.start_run(str(self.graph_path or "<memory>"),
                                             kind=self.request.run_kind)
        self.ex.sink(RunStarted(self.run_id, graph=str(self.graph_path or ""),
                                total_nodes=len(self.graph.upstream(set(roots)))))
        status = RunStatus.FAILED
        try:
            results = await asyncio.gather(*(self._task(nid) for nid in roots),
                                           return_exceptions=True)
            for res in results:
                if isinstance(res, BaseException) and not isinstance(res, (_Skipped,)):
                    if isinstance(res, NodeEngineError):
                        self.first_error = self.first_error or res
                    elif not isinstance(res, asyncio.CancelledError):
                        raise res
            if not any(isinstance(r, BaseException) for r in results):
                self.first_error = None  # every root succeeded: failures were recovered by routers
            status = RunStatus.SUCCEEDED if self.first_error is None else (
                RunStatus.STOPPED if self.first_error.exit_code == 3 else RunStatus.FAILED)
        except asyncio.CancelledError:
            status = RunStatus.CANCELLED
            self.cancel_event.set()
            for task in self.tasks.values():
                task.cancel()
            await asyncio.gather(*self.tasks.values(), return_exceptions=True)
            raise
        finally:
            seconds = time.perf_counter() - started
            for nid, rep in self.reports.items():
                if rep.status in (NodeStatus.PENDING, NodeStatus.RUNNING):
                    rep.status = (NodeStatus.CANCELLED if status is RunStatus.CANCELLED
                                  else NodeStatus.SKIPPED)
                    self.ex.runs.set_node(self.run_id, nid, status=rep.status)
            self.ex.runs.finish_run(self.run_id, status=status, cost_usd=self.spent_usd,
                                    error=str(self.first_error) if self.first_error else None)
            self.ex.sink(RunFinished(self.run_id, status=status, seconds=seconds,
                                     cost_usd=self.spent_usd))
        if self.dry_skipped:
            self.extra["dry_run_skipped"] = sorted(self.dry_skipped)
        ordered = {nid: self.reports[nid] for nid in self.graph.nodes if nid in self.reports}
        return RunResult(self.run_id, status, seconds, self.spent_usd, ordered, self.outputs,
                         self.extra, self.first_error, self.estimated_usd,
                         estimates=dict(self.estimates))  # a batch counts shared jobs once

    def _task(self, nid: str) -> asyncio.Task[dict[str, Any]]:
        task = self.tasks.get(nid)
        if task is None:
            self.reports[nid] = NodeReport()
            self.ex.sink(NodeQueued(self.run_id, node_id=nid))
            task = asyncio.ensure_future(self._evaluate(nid))
            self.tasks[nid] = task
        return task

    async def _output_of(self, src_node: str, src_port: str) -> Any:
        try:
            outputs = await self._task(src_node)
        except (_Skipped, NodeEngineError):
            raise _Skipped(src_node) from None
        if isinstance(outputs, _DryValue):
            return DRY
        return outputs[src_port]

    # -- one node ---------------------------------------------------------------------
    async def _evaluate(self, nid: str) -> dict[str, Any]:
        node = self.graph.nodes[nid]
        spec = self.ex.registry.get(node.type_id)
        rep = self.reports[nid]
        started = time.perf_counter()
        early = self._start_prepare(nid, spec) if spec is not None else None
        try:
            if spec is None:
                raise NodeFailed(nid, f"unknown node type '{node.type_id}'")
            links, inputs = await self._eager_inputs(nid, spec)
            hooks = _Hooks(
                lazy={p.name: self._lazy(links[p.name]) for p in spec.inputs
                      if p.lazy and p.name in links},
                regenerate={p.name: self._regenerator(links[p.name]) for p in spec.inputs
                            if p.name in links}, early=early)
            outputs = await self._run_node(nid, spec, inputs, hooks, time.perf_counter())
        except _Skipped:
            rep.status = NodeStatus.SKIPPED
            self.ex.sink(NodeFailedEvent(self.run_id, node_id=nid, message="an input failed",
                                         kind="skipped"))
            self.ex.runs.set_node(self.run_id, nid, status=NodeStatus.SKIPPED)
            raise
        except asyncio.CancelledError:
            rep.status = NodeStatus.CANCELLED
            self.ex.sink(NodeFailedEvent(self.run_id, node_id=nid, message="cancelled",
                                         kind="cancelled"))
            raise
        except Exception as exc:
            err = exc if isinstance(exc, NodeEngineError) else NodeFailed(
                nid, f"{type(exc).__name__}: {exc}")
            rep.status, rep.error = NodeStatus.FAILED, str(err)
            rep.seconds = time.perf_counter() - started
            self.first_error = self.first_error or err
            self.ex.sink(NodeFailedEvent(self.run_id, node_id=nid, message=str(err)))
            self.ex.runs.set_node(self.run_id, nid, status=NodeStatus.FAILED, seconds=rep.seconds,
                                  error=str(err), cost_usd=rep.cost_usd,
                                  provider_calls=rep.provider_calls)
            if err is exc:
                raise
            raise err from exc
        finally:
            if early is not None:
                await _end_prepare(early)
        return outputs

    def _start_prepare(self, nid: str, spec: NodeSpec) -> asyncio.Task[Any] | None:
        """The spec's ``prepare`` step as a task that starts once its inputs are ready."""
        if spec.prepare is None or self.dry_run or self.graph.nodes[nid].bypassed:
            return None
        links = {lk.dst_port: lk for lk in self.links_into.get(nid, ())}
        names = [n for n in spec.prepare_inputs if n in links]
        if any(self._link_kind(spec, links[n]) == "map" for n in names):
            return None  # one prepared value per element: not supported, the node does it
        return asyncio.ensure_future(self._prepare(nid, spec, [links[n] for n in names]))

    async def _prepare(self, nid: str, spec: NodeSpec, links: list[Link]) -> Any:
        tasks = [self._task(lk.src_node) for lk in links]
        if tasks:  # asyncio.wait: stopping this step never stops them
            await asyncio.wait(tasks)
        if any(t.cancelled() or t.exception() is not None for t in tasks):
            return None  # the node is skipped too
        values = [DRY if isinstance(t.result(), _DryValue) else t.result()[lk.src_port]
                  for t, lk in zip(tasks, links, strict=True)]
        inputs = {lk.dst_port: coerce(v, self._link_kind(spec, lk))
                  for lk, v in zip(links, values, strict=True)}
        if spec.prepare is None or any(_has_dry(v) for v in inputs.values()):
            return None
        params = {**spec.defaults(), **self.graph.nodes[nid].params}
        if await self._cached_already(nid, spec, params):
            return None
        ctx = self._context(nid, params, "", None, 1, NodeTally(), _Hooks(), spec)
        try:
            return await spec.prepare(ctx, **inputs)
        except Exception:  # the node's own run meets the same problem and reports it
            return None

    async def _cached_already(self, nid: str, spec: NodeSpec, params: dict[str, Any]) -> bool:
        """The node's result is in the cache (a re-run): its early step would be wasted work
        (out.render: a child process). Judged only when every input it waits for is ready
        within PREPARE_PROBE_S; otherwise the early step goes ahead."""
        links = {lk.dst_port: lk for lk in self.links_into.get(nid, ())}
        eager = [links[p.name] for p in spec.inputs if not p.lazy and p.name in links]
        tasks = [self._task(lk.src_node) for lk in eager]
        if tasks:
            await asyncio.wait(tasks, timeout=PREPARE_PROBE_S)
        if any(not t.done() or t.cancelled() or t.exception() is not None for t in tasks):
            return False
        if any(self._link_kind(spec, lk) == "map" for lk in eager):
            return False
        values = [t.result() for t in tasks]
        if any(isinstance(v, _DryValue) for v in values):
            return False
        inputs = {lk.dst_port: coerce(v[lk.src_port], self._link_kind(spec, lk))
                  for lk, v in zip(eager, values, strict=True)}
        return self._lookup(nid, spec, None, self._key(spec, params, inputs)) is not None

    async def _eager_inputs(self, nid: str, spec: NodeSpec
                            ) -> tuple[dict[str, Link], dict[str, Any]]:
        """The node's links by input name, and the values of its non-lazy inputs."""
        links = {lk.dst_port: lk for lk in self.links_into.get(nid, ())}
        eager = [p.name for p in spec.inputs if not p.lazy and p.name in links]
        values = await _gather([self._output_of(links[name].src_node, links[name].src_port)
                                for name in eager])
        values = [coerce(v, self._link_kind(spec, links[name])) for name, v in zip(
            eager, values, strict=True)]  # a single value into a list input: [value]
        return links, dict(zip(eager, values, strict=True))

    def _link_kind(self, spec: NodeSpec, link: Link) -> str | None:
        port, src = spec.input(link.dst_port), self.types.get((link.src_node, link.src_port))
        return link_kind(src, port.type) if port is not None and src is not None else None

    def _regenerator(self, link: Any) -> Any:
        async def regenerate(attempt: int) -> Any:
            nid = link.src_node
            node = self.graph.nodes[nid]
            spec = self.ex.registry.get(node.type_id)
            seed_param = spec.param("seed") if spec is not None else None
            if spec is None or seed_param is None:
                raise NodeFailed(nid, "cannot make another take: this node has no 'seed' param")
            _, inputs = await self._eager_inputs(nid, spec)
            seed = int(node.params.get("seed", seed_param.default or 0)) + attempt
            outputs = await self._run_node(nid, spec, inputs, _Hooks(), time.perf_counter(),
                                           params_override={"seed": seed})
            return outputs[link.src_port]
        return regenerate

    def _lazy(self, link: Any) -> Any:
        async def thunk() -> Any:
            try:
                return await self._output_of(link.src_node, link.src_port)
            except _Skipped:  # hand routers the real upstream error, not "an input failed"
                task = self.tasks[link.src_node]
                exc = task.exception() if task.done() and not task.cancelled() else None
                if isinstance(exc, NodeEngineError):
                    raise exc from None
                raise NodeFailed(link.src_node, "an input of this node failed") from None
        return thunk

    def _mapped_inputs(self, nid: str, spec: NodeSpec) -> list[str]:
        mapped = []
        for lk in self.links_into.get(nid, ()):
            port = spec.input(lk.dst_port)
            src_type: PortType | None = self.types.get((lk.src_node, lk.src_port))
            if port and not port.lazy and src_type is not None and link_kind(
                    src_type, port.type) == "map":
                mapped.append(port.name)
        return mapped

    async def _run_node(self, nid: str, spec: NodeSpec, inputs: dict[str, Any],
                        hooks: _Hooks, started: float,
                        params_override: dict[str, Any] | None = None) -> dict[str, Any]:
        node = self.graph.nodes[nid]
        rep = self.reports[nid]
        params = {**spec.defaults(), **node.params, **(params_override or {})}
        mapped = self._mapped_inputs(nid, spec)
        if mapped:
            lengths = {name: len(inputs[name]) for name in mapped}
            if len(set(lengths.values())) > 1:
                raise NodeFailed(nid, f"mapped inputs have different lengths: {lengths}")
            count = next(iter(lengths.values()))
            elements = [{**inputs, **{m: inputs[m][i] for m in mapped}} for i in range(count)]
        else:
            count, elements = 1, [inputs]
        results = await _gather([
            self._run_element(nid, spec, params, el, hooks, i if mapped else None, count)
            for i, el in enumerate(elements)])
        hits = [hit for _, hit in results]
        if any(out is DRY for out, _ in results):  # a dry run stopped here
            rep.status = (NodeStatus.SKIPPED if nid in self.dry_skipped or not spec.paid
                          else NodeStatus.ESTIMATED)
            if not mapped:
                return DRY  # type: ignore[return-value]
            return {p.name: [DRY if out is DRY else out[p.name] for out, _ in results]
                    for p in spec.outputs}
        if mapped:
            outputs = {p.name: [out[p.name] for out, _ in results] for p in spec.outputs}
        else:
            outputs = results[0][0]
        rep.seconds = time.perf_counter() - started
        rep.cache_hit = all(hits)
        rep.status = NodeStatus.CACHED if rep.cache_hit else NodeStatus.SUCCEEDED
        rep.artifacts = _artifact_keys(outputs)
        self.outputs[nid] = outputs
        self.ex.runs.set_node(self.run_id, nid, status=rep.status, seconds=rep.seconds,
                              cache_hit=rep.cache_hit, cost_usd=rep.cost_usd,
                              provider_calls=rep.provider_calls, artifacts=rep.artifacts)
        if rep.cache_hit:
            self.ex.sink(NodeCached(self.run_id, node_id=nid, artifacts=tuple(rep.artifacts)))
        else:
            self.ex.sink(NodeFinished(self.run_id, node_id=nid, seconds=rep.seconds,
                                      cost_usd=rep.cost_usd, artifacts=tuple(rep.artifacts)))
        return outputs

    def _semaphore(self, resource: str) -> asyncio.Semaphore:
        sem = self.semaphores.get(resource)
        if sem is None:
            limit = self.ex.limits.get(resource, self.ex.limits.get(
                resource.split(":")[0], DEFAULT_LIMIT))
            sem = self.semaphores[resource] = asyncio.Semaphore(max(1, limit))
        return sem

    def _pin_scope(self, nid: str, element: int | None) -> str:
        return f"{self.graph_path}::{nid}::{element}"

    def _context(self, nid: str, params: dict[str, Any], key: str, element: int | None,
                 count: int, tally: NodeTally, hooks: _Hooks,
                 spec: NodeSpec | None = None) -> NodeContext:
        loop = asyncio.get_running_loop()
        loop_thread = threading.get_ident()

        def emit_progress(fraction: float | None, message: str) -> None:
            event = NodeProgress(self.run_id, node_id=nid, fraction=fraction, message=message)
            if threading.get_ident() == loop_thread:
                self.ex.sink(event)
            else:  # progress from a worker thread: hand it to the loop
                loop.call_soon_threadsafe(self.ex.sink, event)

        return NodeContext(node_id=nid, run_id=self.run_id, params=params, cache_key=key,
                           element=element, element_count=count, base_dir=self.base_dir,
                           artifacts=self.ex.artifacts, services=self.services,
                           cancel_event=self.cancel_event, tally=tally, report=self.extra,
                           emit_progress=emit_progress, lazy_inputs=hooks.lazy,
                           regenerators=hooks.regenerate, budget=self.budget,
                           graph_json=lambda: document.dumps(self.graph),
                           offloader=self._offloader(spec), early=_awaiter(hooks.early))

    def _offloader(self, spec: NodeSpec | None) -> Offloader | None:
        """The batch's process pool or cluster, for work that may be retried anywhere:
        deterministic nodes that never call a provider (paid work stays here)."""
        offloader = self.services.get("offload")
        if spec is None or spec.paid or not spec.deterministic or offloader is None:
            return None
        return offloader  # type: ignore[no-any-return]

    async def _run_element(self, nid: str, spec: NodeSpec, params: dict[str, Any],
                           inputs: dict[str, Any], hooks: _Hooks, element: int | None,
                           count: int) -> tuple[Any, bool]:
        if self.graph.nodes[nid].bypassed:  # not run, not cached: inputs pass through
            return await self._pass_through(nid, spec, inputs, hooks), False
        if any(_has_dry(v) for v in inputs.values()):
            return self._estimate_only(nid, spec, params, inputs), False
        key = self._key(spec, params, inputs)
        outputs, hit = await self._cached_or_run(nid, spec, params, inputs, hooks, element,
                                                 count, key)
        if spec.after is not None and outputs is not DRY:
            ctx = self._context(nid, params, key, element, count, NodeTally(), hooks)
            await spec.after(ctx, outputs)
        return outputs, hit

    def _key(self, spec: NodeSpec, params: dict[str, Any], inputs: dict[str, Any]) -> str:
        input_keys = {k: value_key(v) for k, v in sorted(inputs.items())}
        if spec.fingerprint is not None:
            input_keys["$file"] = spec.fingerprint(params, self.base_dir)
        return cache_key(type_id=spec.type_id, version=spec.version,
                         params=spec.key_params(params), input_keys=input_keys)

    async def _pass_through(self, nid: str, spec: NodeSpec, inputs: dict[str, Any],
                            hooks: _Hooks) -> dict[str, Any]:
        linked = {lk.dst_port for lk in self.links_into.get(nid, ())}
        chosen = bypass.plan(spec, linked)
        if isinstance(chosen, str):
            raise NodeFailed(nid, f"is bypassed but {chosen}")
        outputs = {}
        for out, (name, kind) in chosen.items():
            value = inputs[name] if name in inputs else await hooks.lazy[name]()
            outputs[out] = coerce(value, kind)
        return outputs

    def _estimate_only(self, nid: str, spec: NodeSpec, params: dict[str, Any],
                       inputs: dict[str, Any]) -> Any:
        """Dry run downstream of a paid node: price it from what is known, run nothing."""
        links = {lk.dst_port: lk.src_node for lk in self.links_into.get(nid, ())}
        input_keys = {k: "dry:" + "|".join(sorted(self.dry_keys.get(  # unknown: this run's own
                          links.get(k, k), [f"{self.run_id}:{nid}:{k}"])))
                      if _has_dry(v) else value_key(v) for k, v in sorted(inputs.items())}
        key = cache_key(type_id=spec.type_id, version=spec.version,
                        params=spec.key_params(params), input_keys=input_keys)
        self.dry_keys.setdefault(nid, []).append(key)  # what a priced job downstream keys on
        if spec.paid:
            known = {k: (None if _has_dry(v) else v) for k, v in inputs.items()}
            estimate = float(spec.estimate_cost(params, known))
            self.reports[nid].estimated_cost_usd += estimate
            self.estimated_usd += estimate
            self.estimates[key] = self.estimates.get(key, 0.0) + estimate
        return DRY

    def _lookup(self, nid: str, spec: NodeSpec, element: int | None, key: str) -> Any:
        if self.graph.nodes[nid].pinned:
            pinned_key = self.ex.cache.pin_key(self._pin_scope(nid, element))
            hit = self.ex.cache.get(pinned_key) if pinned_key else None
            if hit is not None:
                return hit
        if spec.cacheable and not self.no_cache:
            return self.ex.cache.get(key)
        return None

    async def _cached_or_run(self, nid: str, spec: NodeSpec, params: dict[str, Any],
                             inputs: dict[str, Any], hooks: _Hooks, element: int | None,
                             count: int, key: str) -> tuple[Any, bool]:
        hit = self._lookup(nid, spec, element, key)
        if hit is not None or not spec.cacheable or self.no_cache:
            return (hit, True) if hit is not None else await self._compute(
                nid, spec, params, inputs, hooks, element, count, key)
        async with flights_for(self.ex.cache).hold(key, owner=self):  # another run may
            hit = self._lookup(nid, spec, element, key)
            return (hit, True) if hit is not None else await self._compute(
                nid, spec, params, inputs, hooks, element, count, key)

    async def _compute(self, nid: str, spec: NodeSpec, params: dict[str, Any],
                       inputs: dict[str, Any], hooks: _Hooks, element: int | None,
                       count: int, key: str) -> tuple[Any, bool]:
        rep = self.reports[nid]
        estimate = float(spec.estimate_cost(params, inputs)) if spec.paid else 0.0
        if self.dry_run and (estimate > 0 or spec.output):
            rep.estimated_cost_usd += estimate
            self.estimated_usd += estimate
            self.dry_keys.setdefault(nid, []).append(key)
            if estimate > 0:
                self.estimates[key] = self.estimates.get(key, 0.0) + estimate
            return DRY, False
        if self.dry_run and nid not in self.price_inputs and not any(
                p.lazy for p in spec.inputs):  # no price depends on it: do not compute it
            if nid not in self.dry_skipped:
                self.dry_skipped.append(nid)
            self.dry_keys.setdefault(nid, []).append(key)
            return DRY, False
        self.budget.reserve(nid, estimate)
        tally = NodeTally()
        try:
            async with self._semaphore(spec.resource(params)):
                if rep.status == NodeStatus.PENDING:
                    rep.status = NodeStatus.RUNNING
                    self.ex.sink(NodeStarted(self.run_id, node_id=nid, elements=count))
                ctx = self._context(nid, params, key, element, count, tally, hooks, spec)
                outputs = dict(await spec.run(ctx, **inputs))
        finally:
            self.budget.settle(estimate, tally.cost_usd)
            rep.cost_usd += tally.cost_usd
            rep.provider_calls += tally.provider_calls
        missing = [p.name for p in spec.outputs if p.name not in outputs]
        if missing:
            raise NodeFailed(nid, f"node type '{spec.type_id}' did not produce outputs {missing}")
        if spec.cacheable:
            self.ex.cache.put(key, outputs, info={"node": nid, "type": spec.type_id,
                                                  "cost_usd": tally.cost_usd})
            if self.graph.nodes[nid].pinned:
                self.ex.cache.set_pin(self._pin_scope(nid, element), key)
        if spec.paid:  # after the cache entry: a crash before this reuses the fetched jobs
            self.ex.ledger.settle(key)
        return outputs, False
