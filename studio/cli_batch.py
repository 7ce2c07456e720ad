"""``mvstudio batch SPEC``: every variant of a spec as one job, driven by one process.

Variants run concurrently (``concurrency`` at once) on one :class:`Workspace`, so
they share its result cache; the executor's single-flight (``nodes.singleflight``)
makes concurrent variants that need the same cache key wait on one computation, so
a song is analysed, and a shared paid image generated and paid, once. Finished
variants are recorded in the run store (table ``batch_variants``): a rerun skips a
variant whose graph is unchanged, whose run succeeded and whose output file still
has the bytes that run wrote. Heavy node work goes to a local process pool, or to Ray
tasks with ``--ray`` (``studio.cluster``); paid work and the stores stay here.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nodes import document
from nodes.budget import Budget
from nodes.cache import sha256_file
from nodes.errors import NodeEngineError
from nodes.events import Event, EventSink, NodeFinished
from nodes.graph import Graph
from nodes.offload import Offloader, ProcessOffloader
from nodes.registry import Registry, default_registry
from nodes.run_request import ReviewPolicy, make_request
from nodes.runs import RunStore
from nodes.validate import validate
from nodes.workspace import Workspace
from studio.batch import BatchSpec, SpecError, Variant, check_sets, load_spec
from studio.batch_view import (
    BatchProgress,
    Outcome,
    print_estimates,
    print_summary,
    share_estimates,
)
from studio.cli import EXIT_FAILED, CliError, resolve_cwd

TABLE = ("CREATE TABLE IF NOT EXISTS batch_variants (spec TEXT NOT NULL, variant TEXT NOT "
         "NULL, fingerprint TEXT NOT NULL, run_id TEXT NOT NULL, output TEXT NOT NULL, "
         "sha256 TEXT NOT NULL, PRIMARY KEY (spec, variant))")


@dataclass(slots=True)
class SharedBudget(Budget):
    """One variant's budget that also charges (and is refused by) the whole batch's."""

    parent: Budget | None = None

    def reserve(self, node_id: str, estimate_usd: float) -> None:
        if self.parent is not None:
            self.parent.reserve(node_id, estimate_usd)
        Budget.reserve(self, node_id, estimate_usd)

    def settle(self, estimate_usd: float, cost_usd: float) -> None:
        if self.parent is not None:
            self.parent.settle(estimate_usd, cost_usd)
        Budget.settle(self, estimate_usd, cost_usd)


@dataclass(slots=True)
class Plan:
    variant: Variant
    graph: Graph | None  # None: the variant failed validation (see ``problem``)
    fingerprint: str = ""
    problem: str = ""


def _plan(spec: BatchSpec, variant: Variant, registry: Registry) -> Plan:
    from studio.cli_commands import apply_overrides

    graph = document.load(spec.graph, registry).graph
    renders = [nid for nid, n in graph.nodes.items() if n.type_id == "out.render"]
    if len(renders) != 1:
        raise SpecError(f"{spec.path}: the graph {spec.graph.name} needs exactly one "
                        f"out.render node for the output template (it has {len(renders)})")
    try:
        apply_overrides(graph, list(variant.sets), str(variant.output))
    except CliError as exc:
        raise SpecError(f"{spec.path}: variant '{variant.name}': {exc}") from None
    problems = validate(graph, registry, base_dir=spec.graph.parent)
    if problems:
        return Plan(variant, None, problem="; ".join(str(p) for p in problems))
    return Plan(variant, graph, fingerprint=_fingerprint(graph))


def _fingerprint(graph: Graph) -> str:
    import hashlib

    return hashlib.sha256(document.dumps(graph).encode()).hexdigest()


def plans_for(spec: BatchSpec, registry: Registry) -> list[Plan]:
    """Each variant's graph (overrides and output applied), or why it cannot run."""
    try:
        base = document.load(spec.graph, registry).graph
    except (OSError, ValueError, NodeEngineError) as exc:
        raise SpecError(f"{spec.path}: graph {spec.graph}: {exc}") from None
    check_sets(spec, base, registry)
    return [_plan(spec, v, registry) for v in spec.variants]


def _finished(runs: RunStore, spec: BatchSpec, plan: Plan) -> bool:
    """The variant's recorded run succeeded with this graph and its output is intact."""
    rows = runs.query("SELECT fingerprint, run_id, output, sha256 FROM batch_variants "
                      "WHERE spec=? AND variant=?", (str(spec.path), plan.variant.name))
    if not rows:
        return False
    fingerprint, run_id, output, digest = rows[0]
    run = runs.run(str(run_id))
    out = Path(str(output))
    return (fingerprint == plan.fingerprint and run is not None
            and str(run.status) == "succeeded" and out.is_file()
            and sha256_file(out) == digest)


def _record(runs: RunStore, spec: BatchSpec, plan: Plan, run_id: str, output: Path) -> None:
    runs.execute_count("INSERT OR REPLACE INTO batch_variants VALUES (?,?,?,?,?,?)",
                       (str(spec.path), plan.variant.name, plan.fingerprint, run_id,
                        str(output), sha256_file(output)))


class Batch:
    """Runs a spec's plans on one workspace: bounded concurrency, one budget."""

    def __init__(self, ws: Workspace, registry: Registry, spec: BatchSpec, *,
                 concurrency: int, budget_usd: float | None, dry_run: bool,
                 progress: BatchProgress, offloader: Offloader | None = None) -> None:
        self.ws, self.registry, self.spec = ws, registry, spec
        self.offloader = offloader
        self.concurrency = concurrency
        self.limit = asyncio.Semaphore(concurrency)
        self.budget = Budget(limit_usd=budget_usd)
        self.dry_run = dry_run
        self.progress = progress

    async def run(self, plans: list[Plan]) -> list[Outcome]:
        if self.offloader is not None:  # a task's share of the CPUs: one render alone gets
            todo = sum(p.graph is not None and not _finished(self.ws.runs, self.spec, p)
                       for p in plans)  # them all, a batch of many one each
            self.offloader.fit(min(self.concurrency, max(1, todo)))
        return list(await asyncio.gather(*(self._one(p) for p in plans)))

    async def _one(self, plan: Plan) -> Outcome:
        name = plan.variant.name
        if plan.graph is None:
            return self.progress.finished(Outcome(name, "failed", error=plan.problem))
        if _finished(self.ws.runs, self.spec, plan):
            return self.progress.finished(Outcome(name, "done", output=plan.variant.output))
        async with self.limit:
            self.progress.started(name)
            started = time.perf_counter()
            try:
                outcome = await self._run(plan)
            except Exception as exc:  # one variant's crash must not stop the others
                outcome = Outcome(name, "failed", error=f"{type(exc).__name__}: {exc}")
            outcome.seconds = time.perf_counter() - started
        return self.progress.finished(outcome)

    async def _run(self, plan: Plan) -> Outcome:
        assert plan.graph is not None
        request = make_request(plan.graph, graph_path=self.spec.graph, dry_run=self.dry_run,
                               review=ReviewPolicy.APPROVE_ALL)
        services = self.ws.services()
        executor = self.ws.executor_for(
            services, registry=self.registry, request=request,
            sink=self._sink(), extra={"budget": SharedBudget(parent=self.budget),
                                      **({"offload": self.offloader} if self.offloader else {})})
        try:
            result = await executor.execute(request)
        finally:
            await services.aclose()
        out = Outcome(plan.variant.name, str(result.status), run_id=result.run_id,
                      cost_usd=result.cost_usd, estimated_usd=result.estimated_cost_usd,
                      calls=sum(r.provider_calls for r in result.nodes.values()),
                      error=str(result.error) if result.error else "")
        if self.dry_run:
            out.status = "estimated" if result.error is None else "failed"
            out.estimates = dict(result.estimates)
        elif result.error is None and result.report.get("output"):
            out.output = Path(str(result.report["output"]))
            _record(self.ws.runs, self.spec, plan, result.run_id, out.output)
        elif result.error is None:
            out.status, out.error = "failed", "the run wrote no output file"
        return out

    def _sink(self) -> EventSink:
        def sink(event: Event) -> None:
            if isinstance(event, NodeFinished) and event.cost_usd:
                self.progress.spent(event.cost_usd)
        return sink


def _load(args: argparse.Namespace) -> tuple[BatchSpec, list[Plan], Registry]:
    registry = default_registry()
    try:
        spec = load_spec(resolve_cwd(args.spec))
        return spec, plans_for(spec, registry), registry
    except SpecError as exc:
        raise CliError(str(exc)) from None


def make_offloader(args: argparse.Namespace) -> Offloader | None:
    """Where heavy node work runs: Ray (``--ray``), else a local process pool; a dry run
    computes little, in threads."""
    if args.dry_run:
        return None
    if args.ray is not None:
        from studio.cluster import ClusterError, RayOffloader

        try:
            return RayOffloader(address=None if args.ray == "local" else args.ray,
                                shared=True if args.ray_shared else None)
        except ClusterError as exc:
            raise CliError(str(exc)) from None
    return ProcessOffloader(workers=args.workers or os.cpu_count() or 1)


def _start(args: argparse.Namespace) -> tuple[Offloader | None, Any]:
    """The offloader, and with ``--ray`` serve's watcher: killed (SIGKILL, OOM), a batch
    would leave its local Ray agents for a minute; the watcher ends them. (Pool workers
    end by themselves: nodes.offload.)"""
    from studio import serve_reaper

    watcher = serve_reaper.start() if args.ray is not None and not args.dry_run else None
    try:
        return make_offloader(args), watcher
    except BaseException:
        serve_reaper.stop(watcher)
        raise


def _concurrency(args: argparse.Namespace, spec: BatchSpec, offloader: Offloader | None) -> int:
    """The spec's or --concurrency; on a cluster at least one variant per CPU."""
    if args.concurrency is not None:
        return int(args.concurrency)
    cpus = getattr(offloader, "cpus", None)
    return max(spec.concurrency, int(cpus()) if callable(cpus) else 0)


def _write_report(args: argparse.Namespace, spec: BatchSpec, outcomes: list[Outcome]) -> None:
    from nodes.files import atomic_write_bytes

    data: dict[str, object] = {"spec": str(spec.path),
                               "variants": [o.to_json() for o in outcomes]}
    if args.dry_run:
        data["estimated_total_usd"] = round(share_estimates(outcomes), 6)
        data["variants"] = [o.to_json() for o in outcomes]
    atomic_write_bytes(resolve_cwd(args.report), (json.dumps(data, indent=2) + "\n").encode())


def run_batch(spec: BatchSpec, plans: list[Plan], registry: Registry, *, concurrency: int,
              progress: BatchProgress, offloader: Offloader | None = None,
              budget_usd: float | None = None, dry_run: bool = False) -> list[Outcome]:
    """Run ``plans`` on the workspace of ``$MVSTUDIO_HOME`` (as ``mvstudio batch`` does)."""
    ws = Workspace.open()
    try:
        ws.runs.execute_script(TABLE)
        batch = Batch(ws, registry, spec, concurrency=concurrency, budget_usd=budget_usd,
                      dry_run=dry_run, progress=progress, offloader=offloader)
        return asyncio.run(batch.run(plans))
    finally:
        ws.close()


def cmd_batch(args: argparse.Namespace) -> int:
    for name in ("concurrency", "workers"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            raise CliError(f"--{name}: expected a whole number >= 1")
    from studio import serve_reaper

    spec, plans, registry = _load(args)
    budget = args.budget if args.budget is not None else spec.budget_usd
    offloader, watcher = _start(args)
    progress = BatchProgress(total=len(plans))
    try:
        outcomes = run_batch(spec, plans, registry, concurrency=_concurrency(args, spec, offloader),
                             progress=progress, offloader=offloader, budget_usd=budget,
                             dry_run=args.dry_run)
    finally:
        progress.close()
        if offloader is not None:
            offloader.close()
        serve_reaper.stop(watcher)
    if args.report:
        _write_report(args, spec, outcomes)
    if args.dry_run:
        print_estimates(outcomes)
    else:
        print_summary(outcomes)
    if offloader is not None:
        print(offloader.describe())
    return EXIT_FAILED if any(o.status not in ("succeeded", "done", "estimated")
                              for o in outcomes) else 0
