"""Offloading CPU-heavy node work: a thread (default), a local process pool, or a cluster.

The seam is :meth:`nodes.context.NodeContext.offload`: a heavy node (analysis, clip
and visualizer encodes, the final render, QC) hands it a module-level function, its
arguments, the files the function reads and the files it writes. With no offloader in
the run's services the function runs in a thread, exactly as ``to_thread`` did; a batch
puts a :class:`ProcessOffloader` (or ``studio.cluster.RayOffloader``) there.

Only nodes that are deterministic and never call a provider get an offloader (the
executor decides), so whatever runs elsewhere may be retried there freely: the driver
keeps the cache, the run store and every provider call.

A task that runs where the driver's files are not (another machine) gets its ``reads``
as bytes and writes its ``writes`` into a scratch folder; :func:`run_remapped` swaps
every occurrence of a driver path in the arguments (strings, paths, inside lists,
dicts and dataclasses) for the local one, and hands the written bytes back.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import dataclasses
import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

LOCAL_ONLY = ("progress", "cancel", "early")  # keyword args that cannot leave the driver's process
TASK_CPUS_ENV = "MVSTUDIO_TASK_CPUS"  # read by render.clipfile.task_cpus
ENCODER_THREADS_ENV = "MVSTUDIO_ENCODER_THREADS"  # render.clipfile's fixed-count override
REPRODUCIBLE_ENV = "MVSTUDIO_REPRODUCIBLE_ENCODE"  # render.clipfile: retryable task's settings


@dataclass(frozen=True, slots=True)
class CpuTask:
    """One call of ``fn`` that may run in another process or on another machine.

    ``fn`` must be importable by name (a module-level function): workers import it.
    ``local`` holds the keyword arguments only a thread in the driver can take (progress
    callbacks, the run's cancel event); other backends leave them out.
    """

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    reads: tuple[Path, ...] = ()
    writes: tuple[Path, ...] = ()
    local: Mapping[str, Any] = field(default_factory=dict)
    label: str = ""

    def call_here(self) -> Any:
        return self.fn(*self.args, **self.kwargs, **self.local)


class Offloader(Protocol):
    """Runs :class:`CpuTask` s somewhere else; ``close`` releases its workers."""

    async def run(self, task: CpuTask) -> Any: ...

    def fit(self, parallel: int) -> None: ...  # size tasks for this many at once

    def describe(self) -> str: ...  # where the work ran, for the batch's summary

    def close(self) -> None: ...


class FileProgress:
    """A picklable stand-in for a node's progress callback (``progress(done, total)``, or
    the analysis's ``progress(stage)``) in a task in another process: the latest call's
    arguments go to a file (JSON, temp then rename; frame counts at most every
    ``interval`` s, and the last frame) that a :class:`ProgressRelay` in the driver
    replays. On a node without the driver's folder the writes fail and are dropped."""

    def __init__(self, path: str, *, interval: float = 0.2) -> None:
        self.path, self.interval, self._last = path, interval, 0.0

    def __call__(self, *args: Any) -> None:
        now = time.monotonic()
        frames = len(args) == 2 and all(isinstance(a, int) for a in args)
        if frames and args[0] < args[1] and now - self._last < self.interval:
            return
        self._last = now
        with contextlib.suppress(OSError, TypeError, ValueError):
            Path(self.path + ".part").write_text(json.dumps(list(args)), encoding="utf-8")
            os.replace(self.path + ".part", self.path)


class ProgressRelay:
    """Hands the progress a task writes through :class:`FileProgress` to the node's own
    callback (``task.local["progress"]``) while the task runs, polling every 0.25 s."""

    def __init__(self, task: CpuTask) -> None:
        self.callback = task.local.get("progress")
        self.folder = tempfile.mkdtemp(prefix="mvstudio-progress-") if self.callback else ""
        self._seen = ""
        self._poll: asyncio.Task[None] | None = None

    def kwargs(self, task: CpuTask) -> dict[str, Any]:
        """The task's keyword arguments, with a :class:`FileProgress` when it reports."""
        extra = {"progress": FileProgress(f"{self.folder}/progress")} if self.callback else {}
        return {**task.kwargs, **extra}

    async def __aenter__(self) -> ProgressRelay:
        if self.callback:
            self._poll = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._poll is not None:
            self._poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poll
            self._read()
        if self.folder:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(0.25)
            self._read()

    def _read(self) -> None:
        try:
            text = Path(self.folder, "progress").read_text(encoding="utf-8")
        except OSError:
            return
        if text != self._seen and self.callback is not None:
            self._seen = text
            self.callback(*json.loads(text))


def remap(value: Any, paths: Mapping[str, str]) -> Any:
    """``value`` with every string or path equal to a key of ``paths`` replaced by its
    value (recursing into lists, tuples, dicts and dataclasses; Paths stay Paths)."""
    if isinstance(value, str):
        return paths.get(value, value)
    if isinstance(value, Path):
        return Path(paths[str(value)]) if str(value) in paths else value
    if isinstance(value, list | tuple):
        items = [remap(v, paths) for v in value]
        return type(value)(items) if not hasattr(value, "_fields") else type(value)(*items)
    if isinstance(value, dict):
        return {k: remap(v, paths) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: remap(getattr(value, f.name), paths)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def run_remapped(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any],
                 reads: Mapping[str, bytes], writes: tuple[str, ...]
                 ) -> tuple[Any, dict[str, bytes]]:
    """Run ``fn`` in a scratch folder holding ``reads`` (driver path -> bytes); return its
    result and the bytes of each of ``writes`` (driver paths) that it wrote."""
    with tempfile.TemporaryDirectory(prefix="mvstudio-task-") as scratch:
        paths: dict[str, str] = {}
        for i, (driver_path, data) in enumerate(reads.items()):
            local = Path(scratch) / f"in{i}{Path(driver_path).suffix}"
            local.write_bytes(data)
            paths[driver_path] = str(local)
        for i, driver_path in enumerate(writes):
            paths[driver_path] = str(Path(scratch) / f"out{i}{Path(driver_path).suffix}")
        result = call_catching(fn, remap(args, paths), remap(dict(kwargs), paths))
        written = {p: Path(paths[p]).read_bytes() for p in writes if Path(paths[p]).is_file()}
    return remap(result, {v: k for k, v in paths.items()}), written


@dataclass(frozen=True, slots=True)
class Raised:
    """A worker's exception carried back as data: pickle replays ``cls(*args)``, which
    fails for errors whose ``__init__`` takes other arguments (``LayerError(node, param,
    reason)``); rebuilt here, the node's own ``except`` clauses still see the real class."""

    cls: type[BaseException]
    args: tuple[Any, ...]
    state: dict[str, Any]

    @classmethod
    def of(cls, exc: BaseException) -> Raised:
        return cls(type(exc), exc.args, dict(getattr(exc, "__dict__", {})))

    def rebuild(self) -> BaseException:
        exc = self.cls.__new__(self.cls)
        exc.args = self.args
        exc.__dict__.update(self.state)
        return exc


def call_catching(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
                  ) -> Any:
    """``fn(*args, **kwargs)`` in a worker; an exception comes back as :class:`Raised`."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:
        return Raised.of(exc)


def unwrap(result: Any) -> Any:
    """The worker's result, or its exception raised here."""
    if isinstance(result, Raised):
        raise result.rebuild()
    return result


def size_task(cpus: int, *, retryable: bool = False) -> None:
    """Tell the work in this worker process how many CPUs its task was given (0: not sized,
    the whole machine, as a desktop render). The render takes its encoder threads from it
    (so the bytes follow the task, not the node) and, given one CPU, runs no helper threads.
    ``retryable``: the task may be run again on another node (Ray), so its encode must be
    reproducible, which costs file size (render.clipfile.x264_options)."""
    os.environ.pop(ENCODER_THREADS_ENV, None)
    if cpus > 0:
        os.environ[TASK_CPUS_ENV] = str(cpus)
    else:
        os.environ.pop(TASK_CPUS_ENV, None)
    if retryable:
        os.environ[REPRODUCIBLE_ENV] = "1"
    else:
        os.environ.pop(REPRODUCIBLE_ENV, None)


def call_sized(cpus: int, fn: Callable[..., Any], args: tuple[Any, ...],
               kwargs: Mapping[str, Any]) -> Any:
    """:func:`call_catching` in a pool worker, sized first (a worker runs one task at once)."""
    size_task(cpus)
    return call_catching(fn, args, kwargs)


def _exit_with_parent() -> None:
    """Pool worker initializer: exit as soon as the process that started the pool is gone,
    however it went (SIGKILL, ``os._exit``: no exit hook runs then). A spawned worker holds
    both ends of its task queue, so it would otherwise wait for a next task forever."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the parent's end of the sentinel pipe closes
        os._exit(0)

    threading.Thread(target=watch, name="mvstudio-parent-watch", daemon=True).start()


_POOLS: dict[int, ProcessPoolExecutor] = {}  # workers -> this process's pool


def _pool(workers: int, *, broken: ProcessPoolExecutor | None = None) -> ProcessPoolExecutor:
    """This process's pool of ``workers`` spawned processes (kept: its workers keep their
    imports warm for the next batch, or the next job of a server); a new one when the
    current one is ``broken`` (every task of a broken pool asks; the first replaces it)."""
    import multiprocessing

    pool = _POOLS.get(workers)
    if pool is None or pool is broken:
        if pool is not None:
            _stop(pool)
        pool = _POOLS[workers] = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_exit_with_parent)
    return pool


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: queued tasks are cancelled, its workers terminated and reaped.

    The pool's manager thread joins the same workers on shutdown. Where it reaps one first, our
    ``join`` returns at once and the exit code lands a moment later (until then the worker still
    reads as alive: 11 stops of 80 here), so wait for every exit code."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + 5.0
    for process in processes:
        process.join(timeout=max(0.0, deadline - time.monotonic()))
        while process.exitcode is None and time.monotonic() < deadline:
            time.sleep(0.005)


def shutdown_pools() -> None:
    """Stop every pool of this process (at exit, and in tests that started one)."""
    while _POOLS:
        _stop(_POOLS.popitem()[1])


atexit.register(shutdown_pools)


class ProcessOffloader:
    """A local process pool (spawned workers, so no fork of a threaded event loop).

    Workers share the driver's file system, so tasks read and write the driver's paths.
    The pool outlives the batch (see :func:`_pool`); a task whose worker died (the pool
    breaks) runs once more on a fresh pool, as on Ray: it pays nothing and gives the same
    bytes. A cancelled task that already started finishes in its worker and is discarded.
    Tasks are unsized (a render uses the machine, as on the desktop) until :meth:`fit`.
    """

    def __init__(self, *, workers: int) -> None:
        self.workers = max(1, workers)
        self.tasks = 0
        self.task_cpus = 0

    def fit(self, parallel: int) -> None:
        """Size the tasks for ``parallel`` variants at once: each its share of the cores."""
        running = max(1, min(parallel, self.workers))
        self.task_cpus = max(1, (os.cpu_count() or 1) // running)

    async def run(self, task: CpuTask) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        relay = ProgressRelay(task)
        cpus, fn, args, kwargs = self.task_cpus, task.fn, task.args, relay.kwargs(task)
        async with relay:
            pool = _pool(self.workers)
            try:
                result = await asyncio.wrap_future(
                    pool.submit(call_sized, cpus, fn, args, kwargs))
            except BrokenProcessPool:
                pool = _pool(self.workers, broken=pool)
                result = await asyncio.wrap_future(
                    pool.submit(call_sized, cpus, fn, args, kwargs))
        self.tasks += 1
        return unwrap(result)

    def describe(self) -> str:
        sized = f", {self.task_cpus} CPU(s) each" if self.task_cpus else ""
        return (f"heavy work: {self.tasks} task(s) on a pool of {self.workers} "
                f"process(es){sized}")

    def close(self) -> None:
        """Nothing to release: the pool is this process's (:func:`shutdown_pools` at exit)."""
