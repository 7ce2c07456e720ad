"""Issue #16: what fails on day one with real keys, against the strict fakes.

Each test here failed on the code before the fix (the fakes now refuse what the real
APIs refuse: sizes, durations, voices, versions, oversize data URIs).
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import av
import httpx
import pytest

from providers import GenerationRequest, ProviderError, make_provider, run_job
from providers.catalog import ModelRef, estimate_cost
from providers.fakes import media
from providers.fakes.rules import REPLICATE_COMMUNITY


def _dims(path: Path) -> tuple[int, int]:
    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        return frame.width, frame.height


@pytest.mark.parametrize(("model", "size"), [("dall-e-3", "1792x1024"),
                                             ("gpt-image-1", "1536x1024")])
def test_openai_16_9_node_gets_an_allowed_landscape_size(run, fake, model, size):
    result = run("openai", GenerationRequest(kind="image", model=model, prompt="a kite",
                                             width=1280, height=720))
    assert fake.state.created["openai"] == 1
    (job,) = [j for j in fake.state.jobs.values() if j.provider == "openai"]
    assert job.input["size"] == size
    w, h = _dims(result.outputs[0].path)
    assert w > h


def test_replicate_flux_schnell_gets_aspect_ratio_not_width_height(run, fake):
    result = run("replicate", GenerationRequest(
        kind="image", model="black-forest-labs/flux-schnell", prompt="a kite", seed=1,
        width=1280, height=720))
    (job,) = fake.state.jobs.values()
    assert job.input["aspect_ratio"] == "16:9" and "width" not in job.input
    w, h = _dims(result.outputs[0].path)
    assert abs(w / h - 16 / 9) < 0.05  # a 16:9 video gets 16:9 images, not squares


def test_fal_kling_duration_is_an_allowed_value_and_priced_as_made(run, fake, tmp_path):
    still = tmp_path / "still.png"
    still.write_bytes(media.png_bytes(64, 36))
    request = GenerationRequest(kind="video", model="fal-ai/kling-video/v2.1/standard/"
                                "image-to-video", prompt="waves", duration_s=4.0,
                                image_path=str(still))
    result = run("fal", request)
    (job,) = fake.state.jobs.values()
    assert job.input["duration"] == "5"
    assert result.cost_usd == pytest.approx(0.28)  # $0.28 per 5 s clip
    longer = GenerationRequest(kind="video", model=request.model, duration_s=7.0)
    assert estimate_cost(ModelRef("fal", request.model), longer) == pytest.approx(0.56)


def test_extra_params_reach_the_model(run, fake):
    run("openai", GenerationRequest(kind="image", model="dall-e-3", prompt="a kite",
                                    width=1024, height=1024, params={"quality": "hd"}))
    (job,) = fake.state.jobs.values()
    assert job.input["quality"] == "hd" and job.input["size"] == "1024x1024"


def test_fal_flux_is_priced_per_megapixel():
    ref = ModelRef("fal", "fal-ai/flux/dev")
    small = GenerationRequest(kind="image", model=ref.model, width=1024, height=1024)
    big = GenerationRequest(kind="image", model=ref.model, width=2048, height=1536)
    assert estimate_cost(ref, small) == pytest.approx(0.025)
    assert estimate_cost(ref, big) == pytest.approx(0.075)  # 3 MP, not one "image"


def test_openai_price_depends_on_size_and_quality():
    ref = ModelRef("openai", "dall-e-3")
    wide = GenerationRequest(kind="image", model="dall-e-3", width=1280, height=720)
    assert estimate_cost(ref, wide) == pytest.approx(0.08)
    hd = GenerationRequest(kind="image", model="dall-e-3", width=1280, height=720,
                           params={"quality": "hd"})
    assert estimate_cost(ref, hd) == pytest.approx(0.12)


def test_replicate_aborted_is_terminal(run, fake, sleeps):
    fake.state.add("aborted", provider="replicate", op="job")
    with pytest.raises(ProviderError) as info:
        run("replicate", GenerationRequest(kind="image", model="black-forest-labs/flux-schnell",
                                           prompt="x"), poll_interval_s=1.0, timeout_s=60)
    assert info.value.kind != "timeout" and "aborted" in info.value.message
    assert sum(sleeps.calls) < 30  # not polled until the timeout


def test_replicate_community_model_runs_by_version(run, fake):
    model = "fofr/sdxl-emoji"
    result = run("replicate", GenerationRequest(kind="image", model=model, prompt="a cat"))
    assert result.outputs
    (job,) = fake.state.jobs.values()
    assert job.model == f"{model}:{REPLICATE_COMMUNITY[model]}"


def test_fal_nsfw_filtered_result_is_an_error(run, fake):
    fake.state.add("nsfw", provider="fal", op="job")
    with pytest.raises(ProviderError) as info:
        run("fal", GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="x"))
    assert info.value.kind == "moderation" and "has_nsfw_concepts" in info.value.message


def test_elevenlabs_voice_name_is_resolved_to_its_id(run, fake):
    result = run("elevenlabs", GenerationRequest(kind="speech", model="eleven_turbo_v2_5",
                                                 prompt="hello there", voice="Bella"))
    assert result.outputs
    (job,) = fake.state.jobs.values()
    assert job.meta["voice_id"] == "EXAVITQu4vr4xMDJWk1z"
    with pytest.raises(ProviderError) as info:
        run("elevenlabs", GenerationRequest(kind="speech", model="eleven_turbo_v2_5",
                                            prompt="hi", voice="Nobody"))
    assert "voice_not_found" in info.value.message and "bella" in info.value.message
    assert fake.state.created["elevenlabs"] == 1  # the unknown voice cost nothing


def test_elevenlabs_key_never_follows_a_cross_origin_redirect(run, fake):
    other = fake.base.replace("127.0.0.1", "localhost")  # another origin, same fake
    fake.state.voices_redirect = f"{other}/capture/voices"
    run("elevenlabs", GenerationRequest(kind="speech", model="eleven_turbo_v2_5",
                                        prompt="hi", voice="Adam"))
    assert fake.state.captured and all("xi-api-key" not in h for h in fake.state.captured)


def _big_png(path: Path, size: int) -> str:
    path.write_bytes(media.png_bytes(64, 36) + b"\0" * size)
    return str(path)


def test_replicate_large_input_is_uploaded_once(run, fake, tmp_path):
    image = _big_png(tmp_path / "start.png", 1_500_000)  # over the 1 MB data-URI limit
    for seed in (1, 2):
        run("replicate", GenerationRequest(kind="video", model="bytedance/seedance-1-lite",
                                           prompt="waves", seed=seed, image_path=image,
                                           duration_s=5.0))
    assert fake.state.created["replicate"] == 2 and fake.state.uploads["replicate"] == 1
    assert all(str(j.input["image"]).startswith("http") for j in fake.state.jobs.values())


def test_fal_input_goes_through_storage_upload(run, fake, tmp_path):
    image = _big_png(tmp_path / "start.png", 10)
    run("fal", GenerationRequest(kind="video", model="fal-ai/kling-video/v2.1/standard/"
                                 "image-to-video", prompt="waves", image_path=image,
                                 duration_s=5.0))
    (job,) = fake.state.jobs.values()
    assert fake.state.uploads["fal"] == 1 and job.input["image_url"].startswith("http")


def test_key_with_trailing_newline_is_trimmed(run, fake):
    env = {**fake.env(), "OPENAI_API_KEY": fake.state.api_key + "\n"}
    result = run("openai", GenerationRequest(kind="image", model="dall-e-3", prompt="x"),
                 env=env)
    assert result.outputs


def test_slow_paid_answer_waits_for_the_models_read_timeout(fake, tmp_path):
    """A sync answer slower than the client's read timeout is still received (item 3)."""
    fake.state.hang_s = 1.5
    fake.state.add("timeout", provider="openai", op="submit")

    async def main() -> object:
        async with httpx.AsyncClient(timeout=httpx.Timeout(0.5, connect=2.0)) as client:
            provider = make_provider("openai", client=client, env=fake.env(),
                                     spool_dir=tmp_path / "spool",
                                     settings={"spool_idle_s": "3"})
            return await run_job(provider, GenerationRequest(
                kind="image", model="dall-e-3", prompt="slow", job_key="k:slow"),
                dest_dir=tmp_path / "out", poll_interval_s=0)

    result = asyncio.run(main())
    assert result.outputs and fake.state.created["openai"] == 1


def _mp4_duration_ok(path: Path) -> bool:
    with av.open(io.BytesIO(path.read_bytes())) as container:
        return container.streams.video[0].frames > 0 or container.duration is not None


def test_openai_lost_reply_is_held_with_its_reason(run, fake):
    """No listing exists: a dropped reply is held (never re-sent), saying what happened."""
    fake.state.add("drop_after", provider="openai", op="submit")
    with pytest.raises(ProviderError) as info:
        run("openai", GenerationRequest(kind="image", model="dall-e-3", prompt="x",
                                        job_key="k:lost"))
    assert info.value.outcome_unknown and "RemoteProtocolError" in info.value.message
    assert "Looked up at once" in info.value.message and fake.state.created["openai"] == 1


def test_extra_duration_is_checked_and_priced_as_sent():
    from providers.model_schemas import check_node

    kling = "fal-ai/kling-video/v2.1/standard/image-to-video"
    assert check_node(kling, "fal", {"extra": {"duration": "7"}})[0]  # not "5" or "10"
    request = GenerationRequest(kind="video", model=kling, duration_s=5.0,
                                params={"duration": "10"})
    assert estimate_cost(ModelRef("fal", kling), request) == pytest.approx(0.56)


def test_output_download_redirect_to_another_origin_carries_no_key(fake, tmp_path):
    """A file URL on the API host that redirects to a CDN: the key stays behind."""
    other = fake.base.replace("127.0.0.1", "localhost")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "127.0.0.1":  # the API origin: redirect to the "CDN"
            return httpx.Response(302, headers={"Location": f"{other}/cdn/a.png"})
        seen.append(dict(request.headers))
        return httpx.Response(200, content=media.png_bytes(8, 8),
                              headers={"content-type": "image/png"})

    seen: list[dict[str, str]] = []

    async def main() -> object:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler),
                                     follow_redirects=True) as client:  # as the hub
            provider = make_provider("elevenlabs", client=client, env=fake.env(),
                                     spool_dir=tmp_path / "spool")
            return await provider.download(f"{fake.base}/elevenlabs/v1/history/x/audio",
                                           tmp_path, stem="a")

    out = asyncio.run(main())
    assert out.path.exists() and seen and all("xi-api-key" not in h for h in seen)


def test_fal_ingress_error_on_submit_is_resent_like_the_official_client(run, fake):
    """nginx 503 without x-fal-request-id: the app never saw it (fal-client re-sends it)."""
    fake.state.add("503_ingress", provider="fal", op="submit")
    result = run("fal", GenerationRequest(kind="image", model="fal-ai/flux/schnell",
                                          prompt="x"))
    assert result.outputs and fake.state.created["fal"] == 1
    assert fake.state.faults_served["503_ingress"] == 1
    fake.state.add("503", provider="fal", op="submit")  # from fal's app: may hide a job
    with pytest.raises(ProviderError) as info:
        run("fal", GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="y"))
    assert info.value.outcome_unknown
