"""Adapter wire details with httpx.MockTransport (no server)."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest

from providers import GenerationRequest, JobState, make_provider
from providers.comfyui import fill_workflow
from providers.elevenlabs import words_from_alignment
from providers.fakes import media
from providers.openai_compat import parse_scene_list
from providers.stability import aspect_ratio

KEY = "k-123456"
PNG = media.png_bytes(8, 8)


def _provider(name, handler, **env):
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    base = {"fal": "https://queue.example", "replicate": "https://api.example",
            "elevenlabs": "https://el.example", "stability": "https://st.example",
            "openai": "https://oa.example", "comfyui": "http://127.0.0.1:8188"}[name]
    env = {f"MVSTUDIO_{name.upper()}_BASE_URL": base, "FAL_KEY": KEY,
           "REPLICATE_API_TOKEN": KEY, "ELEVENLABS_API_KEY": KEY, "STABILITY_API_KEY": KEY,
           "OPENAI_API_KEY": KEY, **env}

    async def nosleep(_s):
        return None

    return make_provider(name, client=client, env=env, sleep=nosleep)


def test_fal_wire_format_and_status_mapping(tmp_path):
    seen = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append((req.method, req.url.host, req.url.path, req.headers.get("authorization")))
        if req.method == "POST":
            body = json.loads(req.content)
            assert body["image_size"] == {"width": 64, "height": 32} and body["seed"] == 1
            root = "https://queue.example/fal-ai/flux/requests/r1"
            return httpx.Response(200, json={"request_id": "r1", "status": "IN_QUEUE",
                                             "queue_position": 0, "response_url": root,
                                             "status_url": root + "/status",
                                             "cancel_url": root + "/cancel"})
        if req.url.path.endswith("/status"):
            return httpx.Response(202, json={"status": "IN_PROGRESS", "logs": None})
        if req.url.host == "cdn.example":
            return httpx.Response(200, content=PNG, headers={"content-type": "image/png"})
        return httpx.Response(200, json={"images": [{"url": "https://cdn.example/a.png"}]})

    async def main():
        p = _provider("fal", handler)
        handle = await p.submit(GenerationRequest(kind="image", model="fal-ai/flux/schnell",
                                                  prompt="x", seed=1, width=64, height=32))
        assert (await p.poll(handle)).state is JobState.RUNNING
        return await p.fetch(handle, dest_dir=tmp_path)

    result = asyncio.run(main())
    assert result.outputs[0].media_type == "image/png"
    assert seen[0][:3] == ("POST", "queue.example", "/fal-ai/flux/schnell")
    assert seen[0][3] == f"Key {KEY}" and seen[1][2] == "/fal-ai/flux/requests/r1/status"
    cdn = [s for s in seen if s[1] == "cdn.example"]
    assert cdn and cdn[0][3] is None  # the key never goes to the CDN


@pytest.mark.parametrize("body,state", [
    ({"status": "COMPLETED", "logs": None, "error": "boom", "error_type": "x"}, JobState.FAILED),
    ({"status": "COMPLETED", "logs": []}, JobState.SUCCEEDED),
    ({"status": "IN_QUEUE", "queue_position": 3}, JobState.QUEUED),
    ({"status": "SOMETHING_NEW"}, JobState.RUNNING),
])
def test_fal_status_spellings(body, state):
    p = _provider("fal", lambda req: httpx.Response(200, json=body))
    from providers import JobHandle

    handle = JobHandle("fal", "m", "r", {"status_url": "https://queue.example/s"})
    assert asyncio.run(p.poll(handle)).state is state


def test_replicate_routes_prefer_wait_and_outputs(tmp_path):
    seen = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append((req.method, req.url.path, dict(req.headers)))
        if req.method == "POST":
            return httpx.Response(201, json={"id": "p1", "status": "starting", "urls": {
                "get": "https://api.example/v1/predictions/p1",
                "cancel": "https://api.example/v1/predictions/p1/cancel"}})
        if req.url.host == "cdn.example":
            return httpx.Response(200, content=PNG)
        return httpx.Response(200, json={"id": "p1", "status": "succeeded",
                                         "output": ["https://cdn.example/0.png",
                                                    "https://cdn.example/1.png"]})

    async def main():
        p = _provider("replicate", handler)
        h1 = await p.submit(GenerationRequest(kind="image", model="o/n", prompt="x"))
        await p.submit(GenerationRequest(kind="image", model="o/n:abc123", prompt="x"))
        return await p.fetch(h1, dest_dir=tmp_path)

    result = asyncio.run(main())
    assert len(result.outputs) == 2
    assert seen[0][1] == "/v1/models/o/n/predictions" and seen[0][2]["prefer"] == "wait=5"
    assert seen[0][2]["authorization"] == f"Bearer {KEY}"
    assert seen[1][1] == "/v1/predictions"


def test_elevenlabs_request_and_word_grouping(tmp_path):
    def handler(req: httpx.Request) -> httpx.Response:
        assert req.url.path == "/v1/text-to-speech/pNInz6obpgDQGcFmaJgB/with-timestamps"
        assert req.headers["xi-api-key"] == KEY and "authorization" not in req.headers
        assert req.url.params["output_format"] == "mp3_44100_128"
        text = json.loads(req.content)["text"]
        return httpx.Response(200, json={
            "audio_base64": base64.b64encode(media.mp3_bytes(0.5)).decode(),
            "alignment": {"characters": list(text),
                          "character_start_times_seconds": [i * .1 for i in range(len(text))],
                          "character_end_times_seconds": [i * .1 + .1 for i in range(len(text))]}})

    async def main():
        p = _provider("elevenlabs", handler)
        h = await p.submit(GenerationRequest(kind="speech", model="eleven_turbo_v2_5",
                                             prompt="hi  you", voice="pNInz6obpgDQGcFmaJgB"))
        return await p.fetch(h, dest_dir=tmp_path)

    result = asyncio.run(main())
    assert [(w, round(s, 2), round(e, 2)) for w, s, e in result.words] == [
        ("hi", 0.0, 0.2), ("you", 0.4, 0.7)]
    assert words_from_alignment(None) == ()


def test_stability_sends_multipart_and_accept_json(tmp_path):
    def handler(req: httpx.Request) -> httpx.Response:
        assert req.headers["content-type"].startswith("multipart/form-data")
        assert req.headers["accept"] == "application/json"
        assert b'name="aspect_ratio"\r\n\r\n16:9' in req.content
        return httpx.Response(200, json={"image": base64.b64encode(PNG).decode(),
                                         "finish_reason": "SUCCESS", "seed": 1})

    async def main():
        p = _provider("stability", handler)
        h = await p.submit(GenerationRequest(kind="image", model="core", prompt="x",
                                             width=1920, height=1080))
        assert (await p.poll(h)).state is JobState.SUCCEEDED
        return await p.fetch(h, dest_dir=tmp_path)

    assert asyncio.run(main()).outputs[0].media_type == "image/png"
    assert aspect_ratio(1080, 1920) == "9:16" and aspect_ratio(None, None) == "16:9"


def test_openai_quota_429_is_not_retried():
    calls = []

    def handler(req):
        calls.append(1)
        return httpx.Response(429, json={"error": {"message": "You exceeded your quota",
                                                   "type": "insufficient_quota",
                                                   "code": "insufficient_quota"}})

    from providers import ProviderError

    p = _provider("openai", handler)
    with pytest.raises(ProviderError) as info:
        asyncio.run(p.submit(GenerationRequest(kind="image", model="dall-e-3", prompt="x")))
    assert info.value.kind == "quota" and len(calls) == 1


@pytest.mark.parametrize("reply", ['["a", "b"]', "Sure!\n```json\n[\"a\",\"b\"]\n```",
                                   "1. a\n2. b"])
def test_parse_scene_list(reply):
    assert parse_scene_list(reply, 3) == ["a", "b", "a"]


def test_comfyui_placeholders_are_typed():
    graph = {"3": {"inputs": {"seed": "{{seed}}", "text": "{{prompt}}", "keep": "{x}"}}}
    assert fill_workflow(graph, {"seed": 5, "prompt": "p"}) == {
        "3": {"inputs": {"seed": 5, "text": "p", "keep": "{x}"}}}


def test_plain_http_only_for_loopback():
    from providers import ProviderConfigError

    with pytest.raises(ProviderConfigError):
        _provider("fal", lambda r: httpx.Response(200), MVSTUDIO_FAL_BASE_URL="http://evil.example")
    _provider("fal", lambda r: httpx.Response(200), MVSTUDIO_FAL_BASE_URL="http://127.0.0.1:9")


def test_missing_key_names_the_variable():
    from providers import ProviderConfigError

    with pytest.raises(ProviderConfigError) as info:
        make_provider("fal", client=httpx.AsyncClient(), env={})
    assert "FAL_KEY" in info.value.message
