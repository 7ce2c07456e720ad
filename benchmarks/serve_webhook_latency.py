"""Provider webhooks against polling: how late ``mvstudio serve`` notices a finished
provider job, and how many status requests it sends meanwhile.

A real ``mvstudio serve`` child runs a two-image paid graph (fal + Replicate) against the
loopback fakes. The fakes' jobs finish D seconds after submission: either silently (the
server must poll: ``complete_after_s=D``) or by a signed webhook sent at D (the fakes
mark the job done and POST it; the server verifies it and wakes the poller). "Late" =
the serve job's end - (the later provider job's creation + D): the work after the images
(downloads, caching, finishing the run) is in both figures. Also
counts the requests each mode sent to the fakes (with webhooks, polls back off to 30 s
instead of 5 s). Prints the mean lateness ratio last.

Usage: python benchmarks/serve_webhook_latency.py [--delays 3,12,40]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "studio"))
sys.path.insert(0, str(ROOT / "tests" / "studio" / "serve"))

from serve_helpers import Server, free_port  # noqa: E402
from test_crash_resume import paid_graph  # noqa: E402


def trial(delay_s: float, *, webhooks: bool, seed: int) -> tuple[float, int]:
    from providers.fakes import webhooks_out
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    state = (FakeState(polls_to_complete=10**6, webhook_delay_s=delay_s) if webhooks
             else FakeState(polls_to_complete=10**6, complete_after_s=delay_s))
    fake = FakeServer(state).start()
    with tempfile.TemporaryDirectory(prefix="mv-hookbench-") as tmp:
        home = Path(tmp)
        port = free_port()
        env = dict(fake.env())
        if webhooks:
            jwks = home / "jwks.json"
            jwks.write_text(json.dumps(webhooks_out.fal_jwks()))
            env |= {"MVSTUDIO_PUBLIC_URL": f"http://127.0.0.1:{port}",
                    "MVSTUDIO_REPLICATE_WEBHOOK_SECRET": webhooks_out.REPLICATE_SECRET,
                    "MVSTUDIO_FAL_JWKS": str(jwks)}
        server = Server(home, home, env, token=None, port=port)
        try:
            job = server.submit({"graph": paid_graph(), "set": {"img_a.seed": seed,
                                                                 "img_b.seed": seed + 1}})
            ended = server.wait(job["id"], timeout_s=delay_s + 60)
            assert ended["status"] == "succeeded", ended
            done_at = max(j.created_unix for j in state.jobs.values()) + delay_s
            late = float(ended["finished_at"]) - done_at
            polls = sum(len(v) for v in state.request_times.values())
        finally:
            server.stop()
            fake.stop()
    return late, polls


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--delays", default="3,12,40", help="provider job durations, seconds")
    args = p.parse_args()
    delays = [float(d) for d in args.delays.split(",")]
    print(f"load average: {os.getloadavg()[0]:.2f} (1 min)")
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall0 = time.perf_counter()
    late = {False: [], True: []}
    for i, delay in enumerate(delays):
        for hooks in (False, True):
            seconds, requests = trial(delay, webhooks=hooks, seed=100 + 10 * i)
            late[hooks].append(seconds)
            print(f"job of {delay:4.1f} s, {'webhooks' if hooks else 'polling '}: noticed "
                  f"{seconds:5.2f} s after it finished; {requests:3d} requests to the fakes")
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print(f"total wall {time.perf_counter() - wall0:.1f} s, server CPU {cpu:.1f} s")
    mean_poll = sum(late[False]) / len(delays)
    mean_hook = sum(late[True]) / len(delays)
    print(f"mean lateness: polling {mean_poll:.2f} s, webhooks {mean_hook:.2f} s")
    print(f"webhooks notice finished provider jobs {mean_poll / max(mean_hook, 1e-3):.1f}x "
          "sooner than polling")


if __name__ == "__main__":
    main()
