"""Adapters against the loopback fakes, including every injected fault."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PIL import Image

from providers import ErrorKind, GenerationRequest, JobHandle, ProviderError, make_provider, run_job

IMG = GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="a red fox", seed=4,
                        width=48, height=32)
REP = GenerationRequest(kind="video", model="bytedance/seedance-1-pro", prompt="waves",
                        duration_s=1.0)
TTS = GenerationRequest(kind="speech", model="eleven_turbo_v2_5", prompt="sing it loud")
CASES = {"fal": IMG, "replicate": REP, "elevenlabs": TTS}


@pytest.mark.parametrize("name", CASES)
def test_happy_path_downloads_real_media(run, fake, name):
    result = run(name, CASES[name])
    (out,) = result.outputs
    assert out.path.exists() and out.path.stat().st_size > 0
    assert out.media_type == {"fal": "image/png", "replicate": "video/mp4",
                              "elevenlabs": "audio/mpeg"}[name]
    assert result.cost_usd > 0
    assert fake.state.created[name] == 1
    if name == "fal":
        with Image.open(out.path) as im:
            assert im.size == (48, 32)
    if name == "elevenlabs":
        assert [w for w, _, _ in result.words] == ["sing", "it", "loud"]
        assert all(a <= b for _, a, b in result.words)


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("action", ["429", "429_bare", "500", "502", "503", "drop", "malformed",
                                    "timeout"])
def test_transient_faults_on_reads_are_retried(run, fake, sleeps, name, action):
    op = "submit" if name == "elevenlabs" else "status"
    if name == "elevenlabs" and action not in ("429", "429_bare"):
        pytest.skip("a synchronous TTS POST is only re-sent when provably rejected (429)")
    fake.state.add(action, provider=name, op=op, times=2)
    # Only the "timeout" fault needs a short client read timeout (the fake hangs 1.2 s).
    result = run(name, CASES[name], read_timeout_s=0.6 if action == "timeout" else 10.0)
    assert result.outputs
    assert fake.state.created[name] == 1
    if action == "429":
        assert 1.0 in sleeps.calls  # Retry-After honoured


@pytest.mark.parametrize("name", CASES)
def test_rate_limited_submission_is_retried_without_double_create(run, fake, name):
    fake.state.add("429", provider=name, op="submit", times=3)
    run(name, CASES[name])
    assert fake.state.created[name] == 1


# After an ambiguous answer the provider is asked at once (issue #16 item 5): Replicate's
# list proves or adopts, ElevenLabs' history too; fal's history shows finished requests
# only (the fake's job never finishes unpolled) and the spool providers cannot look up.
PROVABLE = {"replicate", "elevenlabs"}


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("action", ["drop_after", "timeout", "500"])
def test_submission_with_unknown_outcome_is_reconciled_never_paid_twice(run, fake, name,
                                                                       action):
    fake.state.add(action, provider=name, op="submit", times=1)
    try:
        result = run(name, CASES[name], read_timeout_s=0.6 if action == "timeout" else 10.0)
    except ProviderError as exc:
        assert name not in PROVABLE, exc
        assert exc.outcome_unknown and "not re-sent" in exc.message
        # The fake's 500 comes before the job exists, but a client cannot know that.
        assert fake.state.created[name] == (0 if action == "500" else 1)
    else:
        assert name in PROVABLE and result.outputs
        assert fake.state.created[name] == 1  # adopted, or re-sent once proven absent


@pytest.mark.parametrize("name,expected", [("fal", "CUDA out of memory"),
                                           ("replicate", "CUDA out of memory")])
def test_failed_job_fails_fast_with_provider_message(run, fake, sleeps, name, expected):
    fake.state.add("fail", provider=name, op="job")
    with pytest.raises(ProviderError) as info:
        run(name, CASES[name])
    assert expected in info.value.message and info.value.provider == name
    assert info.value.kind in (ErrorKind.MODEL_ERROR, ErrorKind.TRANSIENT)


@pytest.mark.parametrize("name", ["fal", "replicate"])
def test_moderated_job_is_a_moderation_error(run, fake, name):
    fake.state.add("moderation", provider=name, op="job")
    with pytest.raises(ProviderError) as info:
        run(name, CASES[name])
    assert info.value.kind == ErrorKind.MODERATION


def test_elevenlabs_quota_is_permanent(run, fake):
    fake.state.add("fail", provider="elevenlabs", op="job")
    with pytest.raises(ProviderError) as info:
        run("elevenlabs", TTS)
    assert info.value.kind == ErrorKind.QUOTA and "quota" in info.value.message


@pytest.mark.parametrize("name", CASES)
def test_wrong_key_fails_fast_as_auth(run, fake, name):
    env = {**fake.env(), "FAL_KEY": "bad", "REPLICATE_API_TOKEN": "bad",
           "ELEVENLABS_API_KEY": "bad"}
    with pytest.raises(ProviderError) as info:
        run(name, CASES[name], env=env)
    assert info.value.kind == ErrorKind.AUTH
    assert len(fake.state.request_times[name]) == 1


def test_validation_error_carries_field_message(run, fake):
    with pytest.raises(ProviderError) as info:
        run("fal", GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt=""))
    assert info.value.kind == ErrorKind.VALIDATION and "prompt" in info.value.message


@pytest.mark.parametrize("action,kind", [("expire", ErrorKind.NOT_FOUND),
                                         ("mislabel", ErrorKind.MODEL_ERROR)])
def test_bad_output_files_are_rejected(run, fake, action, kind):
    fake.state.add(action, provider="files", op="file", times=-1)
    with pytest.raises(ProviderError) as info:
        run("fal", IMG)
    assert info.value.kind == kind


def test_expired_ttl_files_are_gone(run, fake):
    fake.state.file_ttl_s = -1.0  # every file is already expired when served
    with pytest.raises(ProviderError) as info:
        run("replicate", REP)
    assert info.value.kind == ErrorKind.NOT_FOUND and "expire" in info.value.message


@pytest.mark.parametrize("name", ["fal", "replicate"])
def test_slow_and_regressing_queues_still_finish(run, fake, name):
    fake.state.add("slow", provider=name, op="job")
    states = []
    run(name, CASES[name], on_status=lambda s: states.append(s.state.value))
    assert states[-1] == "succeeded" and len(states) >= 6
    fake.state.add("regress", provider=name, op="job")
    states.clear()
    run(name, CASES[name], on_status=lambda s: states.append(s.state.value))
    assert "running" in states and states[-1] == "succeeded"


@pytest.mark.parametrize("name", ["fal", "replicate"])
def test_timeout_cancels_remote_job(run, fake, name):
    fake.state.add("slow", provider=name, op="job")
    with pytest.raises(ProviderError) as info:
        run(name, CASES[name], timeout_s=1.0, poll_interval_s=0.5)
    assert info.value.kind == ErrorKind.TIMEOUT
    assert fake.state.cancels[name] == 1


@pytest.mark.parametrize("name", ["fal", "replicate", "elevenlabs"])
def test_resume_polls_recorded_job_instead_of_paying_again(run, fake, name, tmp_path):
    recorded: list[str] = []

    class Crash(Exception):
        pass

    async def persist_then_crash(handle: JobHandle) -> None:
        recorded.append(handle.to_json())
        raise Crash()

    with pytest.raises(Crash):
        run(name, CASES[name], on_submitted=persist_then_crash)
    result = run(name, CASES[name], resume=JobHandle.from_json(recorded[0]))
    assert result.outputs and fake.state.created[name] == 1


def test_task_cancellation_cancels_remote_job(fake, tmp_path):
    fake.state.polls_to_complete = 50

    async def main() -> None:
        async with httpx.AsyncClient() as client:
            provider = make_provider("fal", client=client, env=fake.env())
            task = asyncio.create_task(run_job(provider, IMG, dest_dir=tmp_path,
                                               poll_interval_s=0.01))
            while fake.state.created["fal"] == 0:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    assert fake.state.cancels["fal"] == 1


def test_fallback_serves_from_second_provider_on_outage(fake, tmp_path, sleeps):
    from providers.catalog import parse_model_ref
    from providers.fallback import run_with_fallback

    fake.state.add("503", provider="fal", op="submit", times=-1)  # fal is down
    refs = parse_model_ref("fal:fal-ai/flux/schnell|replicate:black-forest-labs/flux-schnell")

    async def main():
        async with httpx.AsyncClient() as client:
            def provider_for(name):
                return make_provider(name, client=client, env=fake.env(), sleep=sleeps)

            return await run_with_fallback(refs, IMG, provider_for=provider_for,
                                           dest_dir=tmp_path, sleep=sleeps)

    # fal's 503 on a submission has an unknown outcome, so the chain must stop...
    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    assert info.value.outcome_unknown and fake.state.created["replicate"] == 0
    # ...but a provable outage (rate limited even after retries) falls through.
    fake.state.clear_faults()
    fake.state.add("429_bare", provider="fal", op="submit", times=-1)
    outcome = asyncio.run(main())
    assert str(outcome.served_by) == "replicate:black-forest-labs/flux-schnell"
    assert outcome.result.provider == "replicate" and outcome.skipped[0][1].startswith("rate")
    assert fake.state.created["fal"] == 0


def test_submit_hook_brackets_each_paid_post(run, fake):
    events: list[bool] = []

    async def on_submitting(_request, on_wire: bool) -> None:
        events.append(on_wire)

    fake.state.add("429", provider="fal", op="submit", times=2)
    run("fal", IMG, on_submitting=on_submitting)
    # two rejected attempts (intent opened then cleared), then the accepted one stays open
    assert events == [True, False, True, False, True]


def test_no_intent_when_nothing_reached_the_wire(run, fake):
    events: list[bool] = []

    async def on_submitting(_request, on_wire: bool) -> None:
        events.append(on_wire)

    env = {**fake.env(), "MVSTUDIO_FAL_BASE_URL": "http://127.0.0.1:9/fal"}  # nothing listens
    with pytest.raises(ProviderError) as info:
        run("fal", IMG, env=env, on_submitting=on_submitting)
    assert info.value.kind == ErrorKind.TRANSIENT and not info.value.outcome_unknown
    assert events == []  # connection refused: provably nothing was created, no intent
