"""Recovering a submission whose answer a killed run never saw (intent recorded, no handle).

Over the loopback fakes: ``drop_after`` creates the job and then drops the
connection (the POST reached the server), ``drop`` drops it before anything is
created (it never did).  A resume must adopt the created job without a second
create, submit the never-created one exactly once where the provider's listing
proves it, and otherwise hold the job.  MockTransport tests cover the parsing.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from typing import Any
from unittest import mock

import httpx
import pytest

from providers import (
    ErrorKind,
    GenerationRequest,
    JobHandle,
    ProviderError,
    make_provider,
    polling,
    run_job,
)
from providers.fakes import media
from providers.polling import recover
from providers.reconcile import NOT_CREATED, RESCAN_S, Listing, classify, decide

IMG = GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="a red fox", seed=4,
                        width=48, height=32)
REP = GenerationRequest(kind="image", model="black-forest-labs/flux-schnell", prompt="waves",
                        seed=2, width=32, height=32)
TTS = GenerationRequest(kind="speech", model="eleven_turbo_v2_5", prompt="sing it loud")
CASES = {"fal": IMG, "replicate": REP, "elevenlabs": TTS}


def lose_answer(run, fake, name: str, action: str) -> float:
    """Submit with ``action`` injected on the POST; returns the intent's time."""
    intents: list[float] = []

    async def on_submitting(_request, on_wire: bool) -> None:
        if on_wire:
            intents.append(time.time())

    fake.state.add(action, provider=name, op="submit")
    # A killed run never gets to look the job up itself (run_job now does, at once).
    with mock.patch.object(polling, "MAX_RECONCILED_SUBMITS", 0), \
            pytest.raises(ProviderError) as info:
        run(name, CASES[name], on_submitting=on_submitting)
    assert info.value.outcome_unknown and intents
    return intents[-1]


def resume(fake, sleeps, tmp_path, name: str, since: float, **kwargs: Any):
    """A resumed run: recover the intent, then run the job (adopted, or submitted if None)."""

    async def main():
        async with httpx.AsyncClient(timeout=5.0) as client:
            provider = make_provider(name, client=client, env=fake.env(), sleep=sleeps,
                                     spool_dir=tmp_path / "spool")
            handle = await recover(provider, CASES[name], since_unix=since, **kwargs)
            result = await run_job(provider, CASES[name], dest_dir=tmp_path / "out",
                                   resume=handle, sleep=sleeps, poll_interval_s=0)
            return handle, result

    return asyncio.run(main())


@pytest.mark.parametrize("name", CASES)
def test_killed_during_post_is_adopted_without_a_second_create(run, fake, sleeps, tmp_path,
                                                               name):
    fake.state.complete_after_s = 0.0  # the queue runs it although nobody polls
    since = lose_answer(run, fake, name, "drop_after")
    (created,) = fake.state.jobs.values()
    handle, result = resume(fake, sleeps, tmp_path, name, since)
    assert handle is not None and handle.job_id == created.id
    assert result.outputs and result.outputs[0].path.stat().st_size > 0
    assert fake.state.created[name] == 1
    assert sum(sleeps.calls) < RESCAN_S  # found at once: no settle wait
    if name == "elevenlabs":
        assert [w for w, _, _ in result.words] == ["sing", "it", "loud"]
        assert result.notes and "recovered" in result.notes[0]


@pytest.mark.parametrize("name", ["replicate", "elevenlabs"])
def test_never_created_is_submitted_once_after_the_settle_time(run, fake, sleeps, tmp_path,
                                                               name):
    since = lose_answer(run, fake, name, "drop")
    assert fake.state.created[name] == 0
    handle, result = resume(fake, sleeps, tmp_path, name, since)
    assert handle is None and result.outputs
    assert fake.state.created[name] == 1
    # absence only counts from a listing taken after the settle time (90 s by default),
    # scanned again every RESCAN_S meanwhile
    assert 85 < sum(sleeps.calls) <= 90 and max(sleeps.calls) <= RESCAN_S


@pytest.mark.parametrize("action", ["drop", "drop_after"])
def test_fal_holds_what_its_history_cannot_show(run, fake, sleeps, tmp_path, action):
    # drop: never created; drop_after: created but still queued (finished requests only).
    since = lose_answer(run, fake, "fal", action)
    with pytest.raises(ProviderError) as info:
        resume(fake, sleeps, tmp_path, "fal", since)
    assert info.value.outcome_unknown and "not re-sent" in info.value.message
    assert "finished requests only" in info.value.message
    assert fake.state.created["fal"] == (1 if action == "drop_after" else 0)
    assert 85 < sum(sleeps.calls) <= 90  # looked again until the settle time


def test_a_fal_job_still_running_at_the_first_scan_is_adopted_when_it_ends(run, fake,
                                                                           tmp_path):
    """fal's history lists finished requests only: a job still running when the resumed run
    first looks is adopted at the next scan after it ends, not after the 90-s settle time
    (a killed `mvstudio serve` restarted within a second waited the whole 90 s)."""
    since = lose_answer(run, fake, "fal", "drop_after")
    (created,) = fake.state.jobs.values()
    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # the provider's queue ends the job meanwhile
        waits.append(seconds)
        created.auto_done_unix = time.time()

    handle, result = resume(fake, sleep, tmp_path, "fal", since)
    assert handle is not None and handle.job_id == created.id and result.outputs
    assert fake.state.created["fal"] == 1
    assert waits[0] == RESCAN_S and sum(waits) == RESCAN_S  # one rescan, no settle wait


def test_recovered_speech_without_alignment_has_no_made_up_timings(run, fake, sleeps,
                                                                   tmp_path):
    fake.state.history_alignments = False
    since = lose_answer(run, fake, "elevenlabs", "drop_after")
    _, result = resume(fake, sleeps, tmp_path, "elevenlabs", since)
    assert result.outputs and result.words == ()
    assert any("no word timings" in n for n in result.notes)


def test_identical_jobs_are_ambiguous_unless_the_others_are_claimed(run, fake, sleeps,
                                                                    tmp_path):
    first = lose_answer(run, fake, "replicate", "drop_after")
    lose_answer(run, fake, "replicate", "drop_after")
    older, newer = sorted(fake.state.jobs.values(), key=lambda j: j.created_unix)
    with pytest.raises(ProviderError) as info:
        resume(fake, sleeps, tmp_path, "replicate", first)
    assert info.value.outcome_unknown and "2 jobs with the same inputs" in info.value.message
    handle, _ = resume(fake, sleeps, tmp_path, "replicate", first, claimed={older.id})
    assert handle.job_id == newer.id and fake.state.created["replicate"] == 2


def test_a_failed_lookup_is_held_never_an_outage(run, fake, sleeps, tmp_path):
    since = lose_answer(run, fake, "replicate", "drop_after")
    fake.state.add("500", provider="replicate", op="list", times=-1)
    with pytest.raises(ProviderError) as info:
        resume(fake, sleeps, tmp_path, "replicate", since)
    assert info.value.outcome_unknown  # so no fallback provider is tried either
    assert "looking it up failed" in info.value.message


@pytest.mark.parametrize("name", ["stability", "openai"])
def test_providers_without_a_lookup_hold_the_job(fake, name):
    request = GenerationRequest(kind="image", model="core" if name == "stability" else
                                "dall-e-3", prompt="x")

    async def main():
        async with httpx.AsyncClient() as client:
            provider = make_provider(name, client=client, env=fake.env())
            await recover(provider, request, since_unix=time.time())

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    assert info.value.outcome_unknown and "no documented way" in info.value.message


# -- the fakes serve the listings as documented ----------------------------------------------
def test_fal_history_fake_pages_and_filters(fake):
    fake.state.complete_after_s = 0.0
    env = fake.env()
    headers = {"Authorization": f"Key {env['FAL_KEY']}"}
    with httpx.Client(base_url=env["MVSTUDIO_FAL_API_BASE_URL"], headers=headers) as client:
        for i in range(3):
            client.post(f"{env['MVSTUDIO_FAL_BASE_URL']}/fal-ai/flux/schnell",
                        json={"prompt": f"p{i}"})
        url = "/v1/models/requests/by-endpoint"
        first = client.get(url, params={"endpoint_id": "fal-ai/flux/schnell", "limit": 2,
                                        "expand": "payloads"}).json()
        assert len(first["items"]) == 2 and first["has_more"]
        assert base64.b64decode(first["next_cursor"]) == b"2"
        assert {"request_id", "sent_at", "ended_at", "status_code", "json_input",
                "json_output"} <= set(first["items"][0])
        rest = client.get(url, params={"endpoint_id": "fal-ai/flux/schnell", "limit": 2,
                                       "cursor": first["next_cursor"]}).json()
        assert len(rest["items"]) == 1 and not rest["has_more"] and rest["next_cursor"] is None
        assert "json_input" not in rest["items"][0]  # payloads only when expanded
        assert client.get(url, params={"limit": 2}).status_code == 422  # endpoint_id required
        assert client.get(url, params={"endpoint_id": "x"},
                          headers={"Authorization": "Bearer k"}).status_code == 401


def test_elevenlabs_history_fake_pages_by_item_id(fake):
    env = fake.env()
    with httpx.Client(base_url=env["MVSTUDIO_ELEVENLABS_BASE_URL"],
                      headers={"xi-api-key": env["ELEVENLABS_API_KEY"]}) as client:
        for text in ("one", "two", "three"):
            client.post("/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/with-timestamps",
                        json={"text": text, "model_id": "m"})
        page = client.get("/v1/history", params={"page_size": 2}).json()
        assert [i["text"] for i in page["history"]] == ["three", "two"] and page["has_more"]
        rest = client.get("/v1/history", params={
            "page_size": 2, "start_after_history_item_id": page["last_history_item_id"]}).json()
        assert [i["text"] for i in rest["history"]] == ["one"] and not rest["has_more"]
        item_id = rest["history"][0]["history_item_id"]
        audio = client.get(f"/v1/history/{item_id}/audio")
        assert audio.headers["content-type"] == "audio/mpeg" and len(audio.content) > 100
        assert client.get("/v1/history/nope").status_code == 404


# -- parsing, with httpx.MockTransport -------------------------------------------------------
KEY = "k-1234567890"


def _provider(name: str, handler, **settings: str):
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    env = {"FAL_KEY": KEY, "REPLICATE_API_TOKEN": KEY, "ELEVENLABS_API_KEY": KEY}
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    provider = make_provider(name, client=client, env=env, settings=settings, sleep=sleep)
    provider.slept = slept  # type: ignore[attr-defined]
    return provider


def _fal_item(request_id: str, prompt: str, sent: float, **extra: Any) -> dict[str, Any]:
    iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(sent))
    return {"request_id": request_id, "endpoint_id": IMG.model, "sent_at": iso,
            "started_at": iso, "ended_at": iso, "status_code": 200, "duration": 1.0,
            "json_input": {"prompt": prompt, "seed": 4, "image_size": {"width": 48,
                                                                        "height": 32},
                           "num_inference_steps": 4},  # a default fal filled in
            "json_output": {"images": [{"url": "https://cdn.example/o.png"}]}, **extra}


def test_fal_reconcile_request_and_matching():
    now = time.time()
    seen: list[httpx.Request] = []
    pages = {None: {"items": [_fal_item("other", "a cat", now),
                              _fal_item("claimed", "a red fox", now)],
                    "next_cursor": "Mg==", "has_more": True},
             "Mg==": {"items": [_fal_item("ours", "a red fox", now),
                                _fal_item("too-old", "a red fox", now - 3600)],
                      "next_cursor": None, "has_more": False}}

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return httpx.Response(200, json=pages[req.url.params.get("cursor")])

    async def main():
        provider = _provider("fal", handler)
        return await provider.reconcile(IMG, since_unix=now - 5, claimed=frozenset({"claimed"}))

    handle = asyncio.run(main())
    assert handle.job_id == "ours"
    assert handle.data["status_url"] == ("https://queue.fal.run/fal-ai/flux/requests/ours/"
                                         "status")  # owner/app only, no sub-path
    assert handle.data["listed"]["status_code"] == 200
    first = seen[0]
    assert (first.url.host, first.url.path) == ("api.fal.ai", "/v1/models/requests/by-endpoint")
    assert first.headers["authorization"] == f"Key {KEY}"
    assert first.url.params["endpoint_id"] == IMG.model
    assert first.url.params["expand"] == "payloads"
    assert first.url.params["start"] == time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                      time.gmtime(now - 5 - 60))


@pytest.mark.parametrize("make_items,expected", [
    (lambda now: [_fal_item("a", "a red fox", now), _fal_item("b", "a red fox", now)],
     "2 jobs with the same inputs"),
    (lambda now: [_fal_item("a", "a red fox", now, json_input=None)], "does not show enough"),
])
def test_fal_reconcile_holds_ambiguous_or_payloadless_history(make_items, expected):
    items = make_items(time.time())  # created now, not when the module was collected

    def handler(req: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"items": items, "next_cursor": None,
                                         "has_more": False})

    async def main():
        await recover(_provider("fal", handler), IMG, since_unix=time.time())

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    assert info.value.outcome_unknown and expected in info.value.message


def test_fal_needs_its_platform_url_when_the_queue_url_is_overridden():
    calls: list[httpx.Request] = []

    async def main():
        client = httpx.AsyncClient(transport=httpx.MockTransport(
            lambda req: calls.append(req) or httpx.Response(500)))
        provider = make_provider("fal", client=client, env={
            "FAL_KEY": KEY, "MVSTUDIO_FAL_BASE_URL": "https://proxy.example"})
        await recover(provider, IMG, since_unix=time.time())

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    assert "MVSTUDIO_FAL_API_BASE_URL" in info.value.message and calls == []


def test_fal_recovered_fetch_falls_back_to_the_listed_output(tmp_path):
    png = media.png_bytes(8, 8)

    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.host == "cdn.example":
            return httpx.Response(200, content=png, headers={"content-type": "image/png"})
        return httpx.Response(404, json={"detail": "Request not found"})  # result expired

    handle = JobHandle(provider="fal", model=IMG.model, job_id="r1", data={
        "status_url": "https://queue.fal.run/fal-ai/flux/requests/r1/status",
        "response_url": "https://queue.fal.run/fal-ai/flux/requests/r1",
        "cancel_url": "https://queue.fal.run/fal-ai/flux/requests/r1/cancel",
        "listed": {"status_code": 200,
                   "output": {"images": [{"url": "https://cdn.example/o.png"}]}}})

    async def main():
        provider = _provider("fal", handler)
        status = await provider.poll(handle)
        failed = await provider.poll(JobHandle(provider="fal", model=IMG.model, job_id="r2",
                                               data={**handle.data, "listed": {
                                                   "status_code": 422, "output": {
                                                       "detail": "content policy"}}}))
        return status, failed, await provider.fetch(handle, dest_dir=tmp_path)

    status, failed, result = asyncio.run(main())
    assert status.state.value == "succeeded" and result.outputs
    assert failed.state.value == "failed" and failed.error.kind == ErrorKind.MODERATION


def _history(*items: dict[str, Any], more: bool = False) -> dict[str, Any]:
    return {"history": list(items), "has_more": more,
            "last_history_item_id": items[-1]["history_item_id"] if items else None}


def _el_item(hid: str, text: str, when: float, **extra: Any) -> dict[str, Any]:
    return {"history_item_id": hid, "request_id": f"req-{hid}", "voice_id": "21m00Tcm4TlvDq8ikWAM",
            "model_id": TTS.model, "text": text, "date_unix": int(when), "state": "created",
            "source": "TTS", **extra}


def test_elevenlabs_reconcile_pages_and_matches(tmp_path):
    now = time.time()
    seen: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        if req.url.path == "/v1/history":
            if "start_after_history_item_id" not in req.url.params:
                return httpx.Response(200, json=_history(
                    _el_item("h1", "other text", now), _el_item("h2", TTS.prompt, now,
                                                                model_id="other_model"),
                    more=True))
            return httpx.Response(200, json=_history(_el_item("h3", TTS.prompt, now)))
        return httpx.Response(200, json=_el_item("h3", TTS.prompt, now, state="processing"))

    async def main():
        provider = _provider("elevenlabs", handler)
        handle = await provider.reconcile(TTS, since_unix=now)
        return handle, await provider.poll(handle)

    handle, status = asyncio.run(main())
    assert handle.job_id == "req-h3" and handle.data["history_item_id"] == "h3"
    assert status.state.value == "running"  # history state "processing"
    assert seen[0].headers["xi-api-key"] == KEY
    assert seen[0].url.params["date_after_unix"] == str(int(now - 60))
    assert seen[0].url.params["voice_id"] == "21m00Tcm4TlvDq8ikWAM"
    assert seen[1].url.params["start_after_history_item_id"] == "h2"


@pytest.mark.parametrize("name", ["replicate", "elevenlabs"])
def test_absence_is_proven_only_after_settling_and_reading_everything(name):
    now = time.time()
    calls = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        if name == "replicate":
            return httpx.Response(200, json={"results": [], "next": None, "previous": None})
        return httpx.Response(200, json=_history())

    async def main():
        provider = _provider(name, handler, **{f"{name}.reconcile_settle_s": "30"})
        return await provider.reconcile(CASES[name], since_unix=now), provider.slept

    found, slept = asyncio.run(main())
    # listed again every RESCAN_S while the 30 s settle: 1 + 6 listings, absence at the last
    assert found is NOT_CREATED and len(calls) == 7
    assert 25 < sum(slept) <= 30 and max(slept) == RESCAN_S


def test_replicate_removed_inputs_and_long_listings_prove_nothing():
    now = time.time()
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(now))
    removed = {"id": "p1", "model": REP.model, "version": "v", "input": {}, "created_at": stamp,
               "data_removed": True, "status": "succeeded"}
    other = {**removed, "id": "p2", "data_removed": False, "input": {"prompt": "other"}}

    def run_with(pages: list[dict[str, Any]]) -> ProviderError:
        def handler(req: httpx.Request) -> httpx.Response:
            index = int(req.url.params.get("cursor", "0"))
            return httpx.Response(200, json=pages[index])

        async def main():
            # no settle time: one scan decides (rescans would only re-read the same pages under
            # the real rate limit, 19 s for these listings)
            provider = _provider("replicate", handler, **{"replicate.reconcile_settle_s": "0"})
            await recover(provider, REP, since_unix=now)

        with pytest.raises(ProviderError) as info:
            asyncio.run(main())
        return info.value

    assert "does not show enough" in run_with([{"results": [removed], "next": None}]).message
    endless = [{"results": [other], "next": f"https://api.replicate.com/v1/predictions?cursor="
                                            f"{i + 1}"} for i in range(11)]
    assert "too long" in run_with(endless).message


def test_classify_and_decide_rules():
    sent = {"prompt": "x", "image": "data:image/png;base64,AAAA", "seed": 1}
    assert classify(sent, {**sent, "steps": 4}) == "exact"  # provider defaults are fine
    assert classify(sent, {**sent, "image": "https://files/x.png"}) == "similar"
    assert classify(sent, {**sent, "seed": 2}) is None
    assert classify(sent, None) == "unknown"
    assert classify({"a": [1, 2]}, {"a": (1, 2)}) == "exact"

    waits: list[float] = []

    async def sleep(s: float) -> None:
        waits.append(s)

    async def empty() -> Listing:
        return Listing(complete=True)

    async def main(since: float, authoritative: bool):
        return await decide(empty, provider="p", model="m", since_unix=since, settle_s=10,
                            authoritative=authoritative, sleep=sleep, not_listed="x",
                            clock=lambda: 1000.0)

    assert asyncio.run(main(500.0, True)) is NOT_CREATED and waits == []  # long settled
    assert asyncio.run(main(995.0, True)) is NOT_CREATED and waits == [5.0]
    with pytest.raises(ProviderError):
        asyncio.run(main(500.0, False))
    assert json.dumps(repr(NOT_CREATED)) == '"NOT_CREATED"'


def test_fal_history_is_read_at_the_current_path_when_the_old_one_is_gone(run, fake, sleeps,
                                                                          tmp_path):
    """Issue #16 item 10: /v1/serverless/requests/by-endpoint when /v1/models/... 404s."""
    fake.state.fal_history_path = "/v1/serverless/"
    fake.state.complete_after_s = 0.0
    since = lose_answer(run, fake, "fal", "drop_after")
    (created,) = fake.state.jobs.values()
    handle, result = resume(fake, sleeps, tmp_path, "fal", since)
    assert handle is not None and handle.job_id == created.id and result.outputs
    assert fake.state.created["fal"] == 1
