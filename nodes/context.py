"""What a running node sees: its params, the stores, and ways to report back.

Node code never imports globals: everything it may use arrives here.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from nodes.budget import Budget
from nodes.cache import Artifact, ArtifactStore
from nodes.document import resolve_path
from nodes.errors import BadNodeInput
from nodes.offload import CpuTask, Offloader

T = TypeVar("T")


@dataclass(slots=True)
class NodeTally:
    """Per-node accounting, summed over mapped elements."""

    cost_usd: float = 0.0
    provider_calls: int = 0


@dataclass(slots=True)
class NodeContext:
    node_id: str
    run_id: str
    params: dict[str, Any]
    cache_key: str
    element: int | None
    element_count: int
    base_dir: Path | None
    artifacts: ArtifactStore
    services: Mapping[str, Any]
    cancel_event: threading.Event
    tally: NodeTally
    report: dict[str, Any]
    emit_progress: Callable[[float | None, str], None]
    lazy_inputs: Mapping[str, Callable[[], Awaitable[Any]]] = field(default_factory=dict)
    regenerators: Mapping[str, Callable[[int], Awaitable[Any]]] = field(default_factory=dict)
    budget: Budget = field(default_factory=Budget)  # the run's; read it, never change it
    graph_json: Callable[[], str] | None = None  # the running graph (embedded in renders)
    offloader: Offloader | None = None  # deterministic unpaid nodes only (the executor's say)
    early: Callable[[], Awaitable[Any]] | None = None  # the spec's ``prepare`` result

    async def prepared(self) -> Any:
        """What the spec's ``prepare`` step made for this run (None without one, in a dry
        run, or when it failed: the node then does the work itself)."""
        return None if self.early is None else await self.early()

    async def to_thread(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run blocking work (librosa, PyAV) off the event loop."""
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def offload(self, fn: Callable[..., T], /, *args: Any, reads: tuple[Path, ...] = (),
                      writes: tuple[Path, ...] = (), local: Mapping[str, Any] | None = None,
                      **kwargs: Any) -> T:
        """Run CPU-heavy ``fn`` (module-level) off the event loop: in a thread, or on the
        batch's process pool or Ray cluster. ``reads``/``writes`` name the files it uses
        (they travel when the worker is on another machine); ``local`` holds keyword args
        only a thread here can take (progress callbacks, the cancel event)."""
        if self.offloader is None:
            return await asyncio.to_thread(fn, *args, **kwargs, **(local or {}))
        self.check_cancelled()
        task = CpuTask(fn, args, kwargs, reads=reads, writes=writes, local=local or {},
                       label=self.node_id if self.element is None
                       else f"{self.node_id}[{self.element}]")
        result: T = await self.offloader.run(task)
        return result

    def progress(self, fraction: float | None, message: str = "") -> None:
        if self.element_count > 1 and fraction is not None:
            fraction = ((self.element or 0) + fraction) / self.element_count
        self.emit_progress(fraction, message)

    def frame_progress(self) -> Callable[[int, int], None]:
        """A per-frame ``(done, total)`` callback for encoders that reports whole percents
        (events per frame would flood the run store and the studio)."""
        last = [-1]

        def report(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if percent != last[0]:
                last[0] = percent
                self.progress(done / max(total, 1), f"frame {done} of {total}")
        return report

    def add_cost(self, usd: float) -> None:
        self.tally.cost_usd += usd

    def count_provider_call(self, n: int = 1) -> None:
        self.tally.provider_calls += n

    async def input(self, name: str) -> Any:
        """Evaluate a lazy input now (routing nodes); raises if it is not connected."""
        try:
            thunk = self.lazy_inputs[name]
        except KeyError:
            raise BadNodeInput(self.node_id, f"lazy input '{name}' is not connected") from None
        return await thunk()

    async def regenerate(self, name: str, attempt: int) -> Any:
        """Re-run the node feeding input ``name`` with its ``seed`` param + ``attempt``.

        Quality gates use this to ask for another take; the new take is cached
        and paid for like any other run of that node.
        """
        try:
            regen = self.regenerators[name]
        except KeyError:
            raise BadNodeInput(self.node_id, f"input '{name}' is not connected") from None
        return await regen(attempt)

    def has_input(self, name: str) -> bool:
        return name in self.lazy_inputs

    def resolve(self, value: str, *, param: str) -> Path:
        """A path param as a real path; relative paths are relative to the graph file."""
        if not value:
            raise BadNodeInput(self.node_id, "no file given", param=param)
        return resolve_path(value, self.base_dir)

    def temp_path(self, suffix: str = "") -> Path:
        return self.artifacts.new_temp_path(suffix)

    def add_artifact(self, src: Path, *, kind: str, media_type: str,
                     meta: dict[str, Any] | None = None, move: bool = True) -> Artifact:
        return self.artifacts.add_file(src, kind=kind, media_type=media_type, meta=meta, move=move)

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise asyncio.CancelledError
