"""The offload seam: which nodes may run elsewhere, files moved as bytes, errors intact."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from graphkit import make_graph

from nodes.cache import ArtifactStore, ResultCache
from nodes.executor import Executor
from nodes.offload import CpuTask, ProcessOffloader, Raised, remap, run_remapped, unwrap
from nodes.registry import Registry
from nodes.runs import RunStore
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import NUMBER


def double(value: float) -> float:
    return 2 * value


def copy_upper(src: str, *, dest: Path) -> dict[str, Any]:
    dest.write_bytes(Path(src).read_bytes().upper())
    return {"wrote": str(dest)}


def layer_error() -> None:
    from render.layers import LayerError

    raise LayerError("title", "font_size", "too big")


class Recording:
    """An offloader that runs tasks in a thread and notes which node sent each."""

    def __init__(self) -> None:
        self.labels: list[str] = []

    async def run(self, task: CpuTask) -> Any:
        self.labels.append(task.label)
        return await asyncio.to_thread(task.call_here)

    def fit(self, parallel: int) -> None:
        pass

    def describe(self) -> str:
        return f"{len(self.labels)} tasks"

    def close(self) -> None:
        pass


def registry() -> Registry:
    async def work(ctx: Any) -> dict[str, Any]:
        return {"value": await ctx.offload(double, float(ctx.params["value"]))}

    reg = Registry()
    value = ParamSpec("value", "float", 1.0, min=-100, max=100)
    out = (PortSpec("value", NUMBER),)
    reg.register(NodeSpec("t.cpu", "Cpu", "test", work, params=(value,), outputs=out))
    reg.register(NodeSpec("t.paid_cpu", "Paid", "test", work, params=(value,), outputs=out,
                          paid=True, estimate_cost=lambda p, i: 0.0))
    reg.register(NodeSpec("t.random_cpu", "Random", "test", work, params=(value,),
                          outputs=out, deterministic=False))
    return reg


def test_only_deterministic_unpaid_nodes_get_the_offloader(tmp_path: Path) -> None:
    offloader = Recording()
    artifacts = ArtifactStore(tmp_path / "cache")
    runs = RunStore(tmp_path / "runs.sqlite")
    executor = Executor(registry=registry(), artifacts=artifacts,
                        cache=ResultCache(tmp_path / "cache", artifacts), runs=runs,
                        services={"offload": offloader})
    graph = make_graph({"a": ("t.cpu", {"value": 3}), "b": ("t.paid_cpu", {"value": 4}),
                        "c": ("t.random_cpu", {"value": 5})}, [])
    result = asyncio.run(executor.run(graph))
    runs.close()
    assert result.error is None
    assert {nid: out["value"] for nid, out in result.outputs.items()} == {
        "a": 6.0, "b": 8.0, "c": 10.0}  # the other two ran in threads here
    assert offloader.labels == ["a"]


def test_remap_reaches_into_lists_dicts_and_frozen_dataclasses() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Track:
        source: str
        gain: float = 0.0

    value = {"tracks": (Track("/d/a.wav"), Track("/d/b.wav")), "out": Path("/d/o.mp4"),
             "n": 3}
    got = remap(value, {"/d/a.wav": "/w/in0.wav", "/d/o.mp4": "/w/out0.mp4"})
    assert got == {"tracks": (Track("/w/in0.wav"), Track("/d/b.wav")),
                   "out": Path("/w/out0.mp4"), "n": 3}


def test_a_task_away_from_the_drivers_files_gets_bytes_and_returns_bytes(tmp_path: Path
                                                                         ) -> None:
    src, dest = tmp_path / "song.txt", tmp_path / "result.txt"
    src.write_bytes(b"la la")
    result, written = run_remapped(copy_upper, (str(src),), {"dest": dest},
                                   {str(src): b"driver bytes"}, (str(dest),))
    assert written == {str(dest): b"DRIVER BYTES"}  # read from the bytes it was given
    assert result == {"wrote": str(dest)}  # scratch paths mapped back to the driver's
    assert not dest.exists() and src.read_bytes() == b"la la"  # the driver writes it


def test_worker_errors_come_back_as_their_own_class_with_their_fields() -> None:
    from render.layers import LayerError

    pool = ProcessOffloader(workers=1)
    try:
        with pytest.raises(LayerError) as info:
            asyncio.run(pool.run(CpuTask(layer_error)))
        assert asyncio.run(pool.run(CpuTask(double, (2.5,)))) == 5.0
    finally:
        pool.close()
    assert (info.value.node, info.value.param) == ("title", "font_size")
    assert "too big" in str(info.value)
    with pytest.raises(LayerError):
        unwrap(Raised.of(info.value))


def test_a_cluster_can_fix_the_encoder_thread_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """x264's bytes depend on its thread count; Ray tasks set it so any node encodes the
    same frames to the same file."""
    from render.clipfile import ENCODER_THREADS_ENV, encoder_threads

    monkeypatch.delenv(ENCODER_THREADS_ENV, raising=False)
    assert encoder_threads(0) == 0  # the codec's choice, as before
    monkeypatch.setenv(ENCODER_THREADS_ENV, "1")
    assert (encoder_threads(0), encoder_threads(3)) == (1, 3)


def die_once(marker: str) -> str:
    if not Path(marker).exists():
        Path(marker).write_text("died")
        os._exit(9)  # the worker process is lost mid-task
    return "ran again"


def test_a_task_whose_pool_worker_dies_runs_once_more_on_a_fresh_pool(tmp_path: Path) -> None:
    pool = ProcessOffloader(workers=1)

    async def both() -> list[Any]:
        return list(await asyncio.gather(
            pool.run(CpuTask(die_once, (str(tmp_path / "marker"),))),
            pool.run(CpuTask(double, (4.0,)))))

    assert asyncio.run(both()) == ["ran again", 8.0]
    assert pool.tasks == 2



@pytest.fixture(scope="module", autouse=True)
def _no_pool_outlives_the_module() -> Any:
    from nodes.offload import shutdown_pools

    yield
    shutdown_pools()


# A driver that starts a pool, runs tasks on both workers, prints their pids and dies
# without any exit hook (as under SIGKILL, or crash_child's os._exit).
DYING_DRIVER = """
import asyncio, os
from nodes.offload import CpuTask, ProcessOffloader, _POOLS
pool = ProcessOffloader(workers=2)
async def main():
    return await asyncio.gather(*(pool.run(CpuTask(os.getpid)) for _ in range(4)))
asyncio.run(main())
print(*_POOLS[2]._processes, flush=True)
os._exit(0)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_pool_workers_end_with_the_process_that_started_them_however_it_ends() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", DYING_DRIVER], cwd=root, timeout=120,
                          capture_output=True, text=True, check=True)
    pids = [int(p) for p in done.stdout.split()]
    assert len(pids) == 2 and all(pid > 0 for pid in pids)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in pids if _alive(pid)]
    for pid in left:  # the old code's orphans: end them, then fail
        os.kill(pid, 9)
    assert not left, f"pool workers {left} outlived their driver"


def test_shutdown_pools_ends_the_workers_at_once() -> None:
    from nodes.offload import _POOLS, shutdown_pools

    pool = ProcessOffloader(workers=2)

    async def pids() -> set[int]:
        return set(await asyncio.gather(*(pool.run(CpuTask(os.getpid)) for _ in range(4))))

    ran = asyncio.run(pids())
    workers = list(_POOLS[2]._processes.values())
    assert ran <= {p.pid for p in workers}
    shutdown_pools()
    assert not _POOLS and all(not p.is_alive() for p in workers)


def count_slowly(n: int, *, progress: Any) -> int:
    for k in range(1, n + 1):
        time.sleep(0.05)
        progress(k, n)
    return n


def test_a_pool_task_reports_its_progress_while_it_runs() -> None:
    """The node's per-frame callback cannot leave this process; the task's progress comes
    back through a file the driver polls, while the task runs, not only at its end."""
    seen: list[tuple[int, int]] = []
    pool = ProcessOffloader(workers=1)
    task = CpuTask(count_slowly, (30,), local={"progress": lambda d, t: seen.append((d, t))})
    assert asyncio.run(pool.run(task)) == 30
    assert seen[-1] == (30, 30) and seen == sorted(seen)
    assert len(seen) >= 3, seen  # 1.5 s of work, polled every 0.25 s


def stages(*, progress: Any) -> str:
    for name in ("decode", "onsets", "beats"):
        progress(name)
        time.sleep(0.3)
    return "done"


def test_a_pool_task_reports_analysis_stages_too() -> None:
    """The analysis reports stage names, not frame counts: they come back as they are."""
    seen: list[str] = []
    task = CpuTask(stages, local={"progress": seen.append})
    assert asyncio.run(ProcessOffloader(workers=1).run(task)) == "done"
    assert seen[-1] == "beats" and len(seen) >= 2 and seen == sorted(seen, key=[
        "decode", "onsets", "beats"].index)


def test_pool_tasks_are_sized_only_when_fitted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    pool = ProcessOffloader(workers=4)
    assert pool.task_cpus == 0  # serve or a caller that never fits: the machine, as before
    sizes = []
    for parallel in (1, 2, 4, 12):
        pool.fit(parallel)
        sizes.append(pool.task_cpus)
    assert sizes == [8, 4, 2, 2]  # the cores shared by the workers that run at once
