"""Stopping the server (SIGTERM) never cancels a running job's paid provider work: the job
resumes at the next start and nothing is paid twice."""

from __future__ import annotations

import time

from test_crash_resume import paid_graph  # tests/studio


def test_sigterm_leaves_the_running_job_to_resume(start_server, slow_fake):
    server = start_server(slow_fake.env())
    job = server.submit({"graph": paid_graph()})
    deadline = time.monotonic() + 30
    while sum(slow_fake.state.created.values()) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert server.stop() == 0
    assert sum(slow_fake.state.cancels.values()) == 0  # the paid jobs run on at the provider

    server = start_server(slow_fake.env())
    ended = server.wait(job["id"])
    assert ended["status"] == "succeeded" and ended["attempts"] == 2
    assert sum(slow_fake.state.created.values()) == 2


def test_a_second_server_on_the_same_home_refuses_to_start(start_server):
    import pytest

    start_server()
    with pytest.raises(AssertionError, match="another mvstudio serve"):
        start_server()


def test_jobs_option_runs_jobs_side_by_side(start_server, slow_fake):
    server = start_server(slow_fake.env(), args=("--jobs", "2"))
    jobs = [server.submit({"graph": paid_graph(), "set": {"img_a.seed": 50 + i,
                                                          "img_b.seed": 60 + i}})
            for i in range(2)]
    deadline = time.monotonic() + 30
    while len(server.http.get("/health").json()["running"]) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert all(server.wait(j["id"])["status"] == "succeeded" for j in jobs)
    assert sum(slow_fake.state.created.values()) == 4
