"""The queue survives crashes: queued jobs run after a restart, a job killed mid-run
resumes, and no provider job is paid twice (loopback provider fakes count creations)."""

from __future__ import annotations

import time
from pathlib import Path

from test_crash_resume import paid_graph  # tests/studio

CHILD_DIR = Path(__file__).resolve().parents[1]


def _wait_for(predicate, timeout_s: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_killed_server_resumes_its_running_job_and_runs_the_queued_ones(start_server,
                                                                          slow_fake):
    server = start_server(slow_fake.env())
    jobs = [server.submit({"graph": paid_graph(), "set": {"img_a.seed": 10 * i + 3,
                                                          "img_b.seed": 10 * i + 4}})
            for i in range(3)]
    # Both of the first job's paid images are at the provider (paid), none finished.
    _wait_for(lambda: sum(slow_fake.state.created.values()) >= 2)
    server.kill()  # SIGKILL: no cleanup, exactly a crash
    assert sum(slow_fake.state.created.values()) == 2

    server = start_server(slow_fake.env())
    ended = [server.wait(job["id"]) for job in jobs]
    assert [job["status"] for job in ended] == ["succeeded"] * 3, ended
    assert sum(slow_fake.state.created.values()) == 6  # 3 jobs x 2 images, none paid twice
    first, *rest = ended
    assert first["attempts"] == 2 and first["resumed"] and len(first["run_ids"]) == 2
    assert all(job["attempts"] == 1 and not job["resumed"] for job in rest)
    assert first["cost_usd"] > 0


def test_a_kill_after_paying_but_before_caching_reuses_the_paid_result(start_server,
                                                                      slow_fake):
    prelude = (f"import sys; sys.path.insert(0, {str(CHILD_DIR)!r})\n"
               "import crash_child; crash_child._kill_before_caching_paid_results()")
    server = start_server(slow_fake.env(), prelude=prelude)
    job = server.submit({"graph": paid_graph()})
    server.proc.wait(60)  # the server kills itself once a paid result is downloaded
    paid = sum(slow_fake.state.created.values())
    downloads = sum(slow_fake.state.downloads.values())
    assert paid >= 1 and downloads >= 1

    server = start_server(slow_fake.env())
    ended = server.wait(job["id"])
    assert ended["status"] == "succeeded" and ended["resumed"]
    assert sum(slow_fake.state.created.values()) == 2  # one per image: nothing paid twice
