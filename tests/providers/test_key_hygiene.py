"""A planted API key never shows up in exceptions, logs, handles or results."""

from __future__ import annotations

import asyncio
import logging
import pickle

import httpx
import pytest

from providers import GenerationRequest, JobHandle, ProviderError, make_provider, run_job

PLANTED = "sk-PLANTED-7f3a9c1e5b2d4f6a8c0e"
CASES = {
    "fal": ("FAL_KEY", GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="x")),
    "replicate": ("REPLICATE_API_TOKEN",
                  GenerationRequest(kind="image", model="a/b", prompt="x")),
    "elevenlabs": ("ELEVENLABS_API_KEY",
                   GenerationRequest(kind="speech", model="eleven_turbo_v2_5", prompt="x")),
    "stability": ("STABILITY_API_KEY", GenerationRequest(kind="image", model="core", prompt="x")),
    "openai": ("OPENAI_API_KEY", GenerationRequest(kind="image", model="dall-e-3", prompt="x")),
}


def _echo_transport(request: httpx.Request) -> httpx.Response:
    """A hostile server that echoes every header (including the key) in its error body."""
    echoed = "; ".join(f"{k}: {v}" for k, v in request.headers.items())
    body = {"detail": f"bad request, you sent {echoed}", "error": {"message": echoed},
            "errors": [echoed], "title": echoed}
    return httpx.Response(400, json=body)


@pytest.mark.parametrize("name", CASES)
def test_planted_key_never_leaks(name, caplog, tmp_path):
    var, request = CASES[name]
    env = {var: PLANTED}
    caplog.set_level(logging.DEBUG)
    seen: list[JobHandle] = []

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(_echo_transport)) as client:
            provider = make_provider(name, client=client, env=env)
            assert PLANTED not in repr(provider)

            async def record(handle: JobHandle) -> None:
                seen.append(handle)

            await run_job(provider, request, dest_dir=tmp_path, on_submitted=record)

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    exc = info.value
    texts = [str(exc), repr(exc), exc.message, *map(str, exc.args), caplog.text,
             str(pickle.loads(pickle.dumps(exc))), *(h.to_json() for h in seen)]
    assert all(PLANTED not in t for t in texts), f"{name} leaked the key"
    assert exc.message  # the provider's own text is still there, scrubbed


@pytest.mark.parametrize("name", ["fal", "replicate", "elevenlabs"])
def test_planted_key_never_leaks_from_recovery_lookups(name, caplog):
    """The history/listing endpoints used to recover a killed submission echo it back too."""
    import time

    from providers.polling import recover

    var, request = CASES[name]
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []

    def transport(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return _echo_transport(req)

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(transport)) as client:
            provider = make_provider(name, client=client, env={var: PLANTED})
            await recover(provider, request, since_unix=time.time())

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    exc = info.value
    assert seen and exc.outcome_unknown  # the lookup was made, and failed
    assert "***" in exc.message  # the echoed key reached the message, masked
    texts = [str(exc), repr(exc), exc.message, caplog.text, str(pickle.loads(pickle.dumps(exc)))]
    assert all(PLANTED not in t for t in texts), f"{name} recovery leaked the key"
