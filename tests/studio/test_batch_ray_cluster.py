"""A worker node of a Ray cluster dies mid-batch: its tasks run again elsewhere, the
outputs are the same, and no paid job is paid twice (paid work never leaves the driver).

The cluster is ``ray.cluster_utils.Cluster`` on this machine: a head without CPUs (the
driver's node: no task runs there, so every task moves its files through the object
store) and two one-CPU worker nodes, one of which is removed as soon as a task starts
on it.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_batch import paid_inputs, songs, write_batch  # noqa: F401 (fixture)

from nodes.offload import Offloader
from nodes.registry import default_registry
from nodes.runs import RunStore
from studio.batch import load_spec
from studio.batch_view import BatchProgress, Outcome
from studio.cli_batch import plans_for
from studio.cli_batch import run_batch as batch_plans

ray = pytest.importorskip("ray")

FAST_FAILURE = {"health_check_initial_delay_ms": 0, "health_check_period_ms": 300,
                "health_check_failure_threshold": 3}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from ray.cluster_utils import Cluster

    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 0,
                                                       "_system_config": FAST_FAILURE})
    for _ in range(2):
        c.add_node(num_cpus=1)
    c.wait_for_nodes()
    ray.init(address=c.address, log_to_driver=False)
    try:
        yield c
    finally:
        ray.shutdown()
        c.shutdown()


def run_batch(spec_path: Path, offloader: Offloader | None) -> list[Outcome]:
    registry, spec = default_registry(), load_spec(spec_path)
    plans = plans_for(spec, registry)
    return batch_plans(spec, plans, registry, concurrency=4, offloader=offloader,
                       progress=BatchProgress(total=len(plans), stream=io.StringIO()))


def rendered(home: Path, outcomes: list[Outcome]) -> dict[str, list[str]]:
    """Each variant's encoded video (artifact key: sha256 of the bytes out.render made)."""
    runs = RunStore(home / "runs.sqlite")
    try:
        return {o.name: next(s["artifacts"] for s in runs.node_states(o.run_id)
                             if s["node_id"] == "render") for o in outcomes}
    finally:
        runs.close()


def _remove_on_first_task(cluster: Any, victim: Any, trace: Path, done: threading.Event,
                          removed: list[float]) -> None:
    while not done.is_set():
        if trace.is_file() and victim.node_id in trace.read_text():
            cluster.remove_node(victim)
            removed.append(time.monotonic())
            return
        time.sleep(0.02)


def test_a_lost_worker_node_mid_batch_changes_no_output_and_pays_nothing_twice(
        cluster, fake, songs, tmp_path, monkeypatch):  # noqa: F811
    from studio.cluster import RayOffloader

    spec = write_batch(tmp_path, songs[:2], themes=("neon",))
    monkeypatch.setenv("MVSTUDIO_HOME", str(tmp_path / "ref"))
    monkeypatch.setenv("MVSTUDIO_TASK_CPUS", "1")  # as a 1-CPU task on any node
    reference = run_batch(spec, None)  # threads on this process: the outputs to match
    monkeypatch.delenv("MVSTUDIO_TASK_CPUS")
    assert {o.status for o in reference} == {"succeeded"}
    paid_alone = len(paid_inputs(fake))

    monkeypatch.setenv("MVSTUDIO_HOME", str(tmp_path / "home"))
    trace, done, removed = tmp_path / "trace.tsv", threading.Event(), []
    victim = sorted(cluster.worker_nodes, key=lambda n: n.node_id)[0]
    watcher = threading.Thread(target=_remove_on_first_task,
                               args=(cluster, victim, trace, done, removed))
    watcher.start()
    offloader = RayOffloader(trace=trace)
    try:
        outcomes = run_batch(spec, offloader)
    finally:
        done.set()
        watcher.join()
        offloader.close()
    assert removed, "no task ever started on the worker node to remove"
    assert {o.status for o in outcomes} == {"succeeded"}, [o.error for o in outcomes]
    starts = [line.split("\t") for line in trace.read_text().splitlines()]
    on_victim = {label for label, node, _ in starts if node == victim.node_id}
    again = {label for label, node, _ in starts if node != victim.node_id} & on_victim
    assert again, f"no task of the lost node ran again elsewhere: {starts}"
    assert not offloader.shared and victim.node_id not in offloader.nodes_used
    videos = rendered(tmp_path / "home", outcomes)
    assert len(videos) == 4 and all(len(keys) == 1 for keys in videos.values())
    assert videos == rendered(tmp_path / "ref", reference)
    paid = paid_inputs(fake)[paid_alone:]  # the cluster batch's own (a fresh home)
    assert len(paid) == len(set(paid)) == paid_alone  # each job once, none twice
