"""The Ray backend of ``mvstudio batch --ray [ADDRESS]``: heavy node work as Ray tasks.

The driver (this process) keeps the cache, the run store, the job ledger and every
provider call; the executor hands only deterministic, unpaid work to the offloader
(``nodes.offload``), and that work runs here as Ray tasks with ``max_retries``: a task
whose worker or node is lost runs again on another node, which is safe because it
pays nothing and gives the same bytes.

Files: a task on the driver's node (or on any node when the cluster shares the
driver's cache path, ``shared=True``) reads and writes the driver's paths. A task on
another node gets its inputs from Ray's object store (each file is put once per
batch) and returns the files it wrote as bytes, which the driver writes
(temp-then-rename) where the node asked for them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from nodes.files import atomic_write_bytes
from nodes.offload import (
    CpuTask,
    ProgressRelay,
    call_catching,
    run_remapped,
    size_task,
    unwrap,
)

MAX_RETRIES = 3
FILE_REFS_BYTES = 2 << 30  # input files kept in the object store between tasks (2 GiB)
# Ray starts workers at niceness 15 (protecting its raylet on a dedicated node); a local
# instance on a desktop would then lose every CPU fight to other programs, so a batch on
# Ray there ran renders far slower than ``mvstudio render`` does. Ours run at 0.
LOCAL_CONFIG = {"worker_niceness": 0}


class ClusterError(Exception):
    """Ray is missing or the cluster cannot be reached (exit 2)."""


def _execute(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any],
             reads: Mapping[str, Any], writes: tuple[str, ...], driver_node: str,
             shared: bool, label: str, trace: str | None, cpus: int
             ) -> tuple[Any, dict[str, bytes], str, float]:
    """One task on a Ray worker, given ``cpus``: the result, the bytes written (only when
    away from the driver's files), the node it ran on and the CPU seconds it took."""
    import ray

    cpu = time.process_time()
    size_task(cpus, retryable=True)  # threads follow the task: any node, the same bytes
    node = ray.get_runtime_context().get_node_id()
    if trace:  # tests and benchmarks see where (and how often) each task started
        with open(trace, "a", encoding="utf-8") as log:
            log.write(f"{label}\t{node}\t{os.getpid()}\n")
    if shared or node == driver_node:
        return call_catching(fn, args, kwargs), {}, node, time.process_time() - cpu
    data = dict(zip(reads, ray.get(list(reads.values())), strict=True))
    result, written = run_remapped(fn, args, kwargs, data, writes)
    return result, written, node, time.process_time() - cpu


def check_reachable(address: str) -> None:
    """Fail fast, naming the address, when nothing listens there (``ray.init`` would wait
    minutes for a GCS that is not there)."""
    import socket

    if address == "auto":
        return
    target = address.removeprefix("ray://")
    host, sep, port = target.rpartition(":")
    if not sep or not port.isdigit():
        raise ClusterError(f"--ray {address}: expected auto, HOST:PORT or ray://HOST:PORT")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise ClusterError(f"--ray {address}: no Ray cluster answers there "
                           f"({exc.strerror or exc})") from None


def start_ray(*, address: str | None = None, num_cpus: int | None = None) -> None:
    """``ray.init``: a local instance (``address`` None) with :data:`LOCAL_CONFIG`, or
    joining a cluster (whose own settings apply)."""
    import ray

    local = address is None
    ray.init(address=address, num_cpus=num_cpus if local else None,
             include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING,
             _system_config=LOCAL_CONFIG if local else None)


class FileRefs:
    """Driver files in the object store, each put once while it is among the most recently
    used ``limit_bytes``; older refs are dropped (Ray frees an object once no task holds
    it), so a batch of many large provider videos does not pin them all."""

    def __init__(self, put: Callable[[bytes], Any], *, limit_bytes: int) -> None:
        self._put, self.limit_bytes = put, limit_bytes
        self._refs: OrderedDict[tuple[str, int, int], tuple[Any, int]] = OrderedDict()
        self.bytes = self.puts = 0

    def ref(self, path: Path) -> Any:
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)  # a changed file is a new object
        entry = self._refs.pop(key, None)
        if entry is None:
            entry = (self._put(path.read_bytes()), st.st_size)
            self.bytes += st.st_size
            self.puts += 1
        self._refs[key] = entry
        while self.bytes > self.limit_bytes and len(self._refs) > 1:
            _key, (_ref, size) = self._refs.popitem(last=False)
            self.bytes -= size
        return entry[0]

    def clear(self) -> None:
        self._refs.clear()
        self.bytes = 0


class RayOffloader:
    """Runs :class:`~nodes.offload.CpuTask` s as Ray tasks of ``task_cpus`` CPUs each (1
    unless :meth:`fit` sizes them for a batch).

    ``address`` None starts a local Ray instance (and stops it on :meth:`close`);
    ``"auto"`` or ``ray://host:10001`` / ``host:6379`` joins a cluster. When Ray is
    already initialised in this process (tests, notebooks) that instance is used and
    left running.
    """

    def __init__(self, *, address: str | None = None, num_cpus: int | None = None,
                 shared: bool | None = None, max_retries: int = MAX_RETRIES,
                 trace: Path | None = None) -> None:
        try:
            import ray
        except ImportError:
            raise ClusterError("--ray needs Ray: pip install 'mvstudio[cluster]'") from None
        self._ray = ray
        self._owns = not ray.is_initialized()
        if self._owns:
            if address is not None:
                check_reachable(address)
            try:
                start_ray(address=address, num_cpus=num_cpus)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ClusterError(f"--ray {address or ''}: cannot start or join Ray: "
                                   f"{exc}") from None
        # A local instance we started shares this machine's files; a joined one may not.
        self.shared = shared if shared is not None else (self._owns and address is None)
        # Through Ray Client (ray://) this process is on no node of the cluster: every
        # task is away from its files, whatever node id the client reports.
        client = bool(address and address.startswith("ray://"))
        self.driver_node = "" if client else ray.get_runtime_context().get_node_id()
        self.trace = str(trace) if trace else None
        self.nodes_used: dict[str, int] = {}  # node id -> tasks finished there
        self.task_cpu_s = 0.0  # CPU seconds the finished tasks took on their workers
        self.task_cpus = 1
        self._files = FileRefs(ray.put, limit_bytes=FILE_REFS_BYTES)
        self._remote = ray.remote(num_cpus=1, max_retries=max_retries,
                                  retry_exceptions=False)(_execute)

    def cpus(self) -> int:
        resources: dict[str, float] = self._ray.cluster_resources()  # type: ignore[no-untyped-call]
        return int(resources.get("CPU", 1))

    def fit(self, parallel: int) -> None:
        """Size the tasks for ``parallel`` variants at once: each its share of the
        cluster's CPUs, at least 1 and at most the biggest node's (a task runs on one
        node). The share is fixed before the first task, so a retried task asks for the
        same CPUs and encodes the same bytes on whichever node takes it."""
        nodes = [n for n in self._ray.nodes() if n.get("Alive")]  # type: ignore[no-untyped-call]
        biggest = max((int(n["Resources"].get("CPU", 0)) for n in nodes), default=1)
        self.task_cpus = max(1, min(biggest, self.cpus() // max(1, parallel)))

    async def run(self, task: CpuTask) -> Any:
        from ray.exceptions import RayTaskError

        reads = {} if self.shared else {str(p): self._files.ref(p) for p in task.reads}
        relay = ProgressRelay(task)  # per-frame progress from tasks on the driver's files
        ref = self._remote.options(name=task.label or task.fn.__name__,
                                   num_cpus=self.task_cpus).remote(
            task.fn, task.args, relay.kwargs(task), reads,
            tuple(str(p) for p in task.writes), self.driver_node, self.shared, task.label,
            self.trace, self.task_cpus)
        try:
            async with relay:
                result, written, node, cpu_s = await ref
        except asyncio.CancelledError:
            self._ray.cancel(ref, force=True)
            raise
        except RayTaskError as exc:  # the node's own error (RenderError, ...), not Ray's
            cause = exc.cause
            raise (cause if isinstance(cause, Exception) else exc) from None
        for path, data in written.items():
            await asyncio.to_thread(atomic_write_bytes, Path(path), data)
        self.nodes_used[node] = self.nodes_used.get(node, 0) + 1
        self.task_cpu_s += cpu_s
        return unwrap(result)

    def describe(self) -> str:
        where = "shared paths" if self.shared else "the object store for other nodes"
        return (f"heavy work: {sum(self.nodes_used.values())} Ray task(s) on "
                f"{len(self.nodes_used)} node(s), {self.task_cpus} CPU(s) each, "
                f"{self.task_cpu_s:.1f} CPU-s, files through {where}")

    def close(self) -> None:
        self._files.clear()
        if self._owns:
            self._ray.shutdown()
