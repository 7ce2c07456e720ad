"""The request spool: a synchronous provider's paid answer survives a killed run.

Over the loopback fakes, with a real spool daemon: a client process SIGKILLed while the
fake is still answering its POST leaves the answer in the spool, and the resumed run
adopts it without a second create; what the daemon never sent is submitted once; what
it sent but cannot answer for is held.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from providers import GenerationRequest, ProviderError, make_provider, run_job
from providers.polling import recover
from providers.spool import SOCKET_NAME, SpoolClient

ROOT = Path(__file__).resolve().parents[2]
CASES = {
    "stability": GenerationRequest(kind="image", model="core", prompt="a kite", seed=3,
                                   job_key="run1:node[0]:stability:core"),
    "openai": GenerationRequest(kind="image", model="dall-e-3", prompt="a kite",
                                job_key="run1:node[0]:openai:dall-e-3"),
    "elevenlabs": GenerationRequest(kind="speech", model="eleven_turbo_v2_5",
                                    prompt="kites fly high", job_key="run1:v:elevenlabs:x"),
}
SETTINGS = {"spool_idle_s": "3"}  # daemons started here do not outlive the tests by long

# The run that gets killed: submit one job, recording the intent time like the engine.
CHILD = """
import asyncio, json, sys, time
from pathlib import Path
import httpx
from providers import GenerationRequest, make_provider, run_job

name, spool, intent_file, request = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), \
    GenerationRequest(**json.loads(sys.argv[4]))

async def main():
    async def on_submitting(_request, on_wire):
        if on_wire:
            intent_file.write_text(str(time.time()))
    async with httpx.AsyncClient(timeout=30) as client:
        provider = make_provider(name, client=client, spool_dir=spool,
                                 settings={"spool_idle_s": "3"})
        await run_job(provider, request, dest_dir=spool.parent / "child-out",
                      on_submitting=on_submitting)

asyncio.run(main())
"""


def _request_json(request: GenerationRequest) -> str:
    return json.dumps({"kind": request.kind, "model": request.model, "prompt": request.prompt,
                       "seed": request.seed, "job_key": request.job_key})


def _resume(fake, tmp_path: Path, name: str, request: GenerationRequest, since: float):
    async def main():
        async with httpx.AsyncClient(timeout=10.0) as client:
            provider = make_provider(name, client=client, env=fake.env(), settings=SETTINGS,
                                     spool_dir=tmp_path / "spool")
            handle = await recover(provider, request, since_unix=since)
            result = await run_job(provider, request, dest_dir=tmp_path / "out", resume=handle,
                                   poll_interval_s=0)
            return handle, result

    return asyncio.run(main())


def _wait_for(predicate, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize("name", CASES)
def test_answer_of_a_killed_client_is_adopted_from_the_spool(fake, tmp_path, name):
    request = CASES[name]
    fake.state.hang_s = 1.0  # the fake creates the job, then answers a second later
    fake.state.add("timeout", provider=name, op="submit")
    intent = tmp_path / "intent"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, name, str(tmp_path / "spool"), str(intent),
         _request_json(request)], env={**os.environ, **fake.env()}, cwd=ROOT)
    try:
        _wait_for(lambda: fake.state.created[name] == 1 or child.poll() is not None)
        assert child.poll() is None, "the client finished before it could be killed"
        child.send_signal(signal.SIGKILL)  # the POST is in flight, its answer not yet sent
    finally:
        child.kill()
        child.wait()
    spool = SpoolClient(tmp_path / "spool")
    assert spool.state(request.job_key) == "inflight"
    handle, result = _resume(fake, tmp_path, name, request, float(intent.read_text()))
    assert handle is not None and handle.data.get("spool_key") == request.job_key
    assert result.outputs and result.outputs[0].path.stat().st_size > 0
    assert fake.state.created[name] == 1  # adopted: no second (paid) create
    assert spool.state(request.job_key) is None  # fetched: the daemon's files are gone
    if name == "elevenlabs":
        assert [w for w, _, _ in result.words] == ["kites", "fly", "high"]


def _recover_only(fake, tmp_path: Path, name: str):
    async def main():
        async with httpx.AsyncClient(timeout=5.0) as client:
            provider = make_provider(name, client=client, env=fake.env(), settings=SETTINGS,
                                     spool_dir=tmp_path / "spool")
            return await recover(provider, CASES[name], since_unix=time.time())

    return asyncio.run(main())


@pytest.mark.parametrize(("name", "marker", "why"), [
    ("stability", "inflight", "has no answer"),
    ("openai", "direct", "without the local request spool")])
def test_sent_but_unanswered_is_held(fake, tmp_path, name, marker, why):
    spool = SpoolClient(tmp_path / "spool")
    assert spool.usable()
    spool.path(CASES[name].job_key, marker).write_text("{}")  # no daemon has it in flight
    with pytest.raises(ProviderError) as info:
        _recover_only(fake, tmp_path, name)
    assert info.value.outcome_unknown and why in info.value.message
    assert sum(fake.state.request_times.values(), []) == []  # nothing was sent to look


@pytest.mark.parametrize("name", ["stability", "openai"])
def test_never_sent_or_rejected_is_submitted_exactly_once(fake, tmp_path, name, run):
    request = CASES[name]
    assert _recover_only(fake, tmp_path, name) is None  # the daemon never saw it
    fake.state.add("429", provider=name, op="submit")  # rejected first, spooled as such
    result = run(name, request, settings=SETTINGS)
    assert result.outputs and fake.state.created[name] == 1
    assert fake.state.faults_served["429"] == 1


def test_a_spooled_rejection_proves_nothing_was_created(fake, tmp_path):
    spool = SpoolClient(tmp_path / "spool")
    assert spool.usable()
    key = CASES["stability"].job_key
    meta = {"status": 429, "headers": [["content-type", "application/json"]]}
    spool.path(key, "response").write_bytes(json.dumps(meta).encode() + b"\n{}")
    assert _recover_only(fake, tmp_path, "stability") is None
    meta["status"] = 502  # a gateway error may hide a created job
    spool.path(key, "response").write_bytes(json.dumps(meta).encode() + b"\n{}")
    with pytest.raises(ProviderError) as info:
        _recover_only(fake, tmp_path, "stability")
    assert info.value.outcome_unknown and "HTTP 502" in info.value.message


def test_daemon_serves_one_directory_and_idles_out(tmp_path):
    directory = tmp_path / "spool"
    cmd = [sys.executable, "-m", "providers.spool", str(directory), "--idle-s", "2.5"]
    daemon = subprocess.Popen(cmd, cwd=ROOT)
    try:
        _wait_for(lambda: (directory / SOCKET_NAME).exists() or daemon.poll() is not None)
        assert daemon.poll() is None
        assert (directory.stat().st_mode & 0o777) == 0o700
        second = subprocess.run(cmd, cwd=ROOT, timeout=30)  # the lock is taken: exits at once
        assert second.returncode == 0 and daemon.poll() is None
        assert daemon.wait(timeout=30) == 0  # idle with nothing in flight: it stops by itself
        assert not (directory / SOCKET_NAME).exists()
    finally:
        daemon.kill()
        daemon.wait()


def test_a_retry_in_flight_is_never_hidden_by_the_previous_answer(fake, tmp_path):
    """After a 429 the spooled 429 must go when the retry is sent (issue #16 item 4)."""
    request = CASES["openai"]
    fake.state.hang_s = 2.0
    fake.state.add("429", provider="openai", op="submit")
    fake.state.add("timeout", provider="openai", op="submit")  # the retry: slow, billed
    spool = SpoolClient(tmp_path / "spool")
    seen: list[str | None] = []

    async def fast(_seconds: float) -> None:
        return None

    async def main():
        async with httpx.AsyncClient(timeout=10.0) as client:
            provider = make_provider("openai", client=client, env=fake.env(), sleep=fast,
                                     settings=SETTINGS, spool_dir=tmp_path / "spool")
            task = asyncio.create_task(run_job(provider, request, dest_dir=tmp_path / "out",
                                               poll_interval_s=0))
            while fake.state.created["openai"] == 0:  # the retry reached the provider
                await asyncio.sleep(0.02)
            seen.append(spool.state(request.job_key))
            return await task

    result = asyncio.run(main())
    assert seen == ["inflight"]  # not the stale 429 "response": recovery would pay twice
    assert result.outputs and fake.state.created["openai"] == 1
