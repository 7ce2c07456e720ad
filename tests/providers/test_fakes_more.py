"""Stability, OpenAI-compatible and ComfyUI adapters against the loopback fakes."""

from __future__ import annotations

import json

import pytest

from providers import ErrorKind, GenerationRequest, ProviderError
from providers.fakes import media

CORE = GenerationRequest(kind="image", model="core", prompt="a cat", seed=3, width=1280,
                         height=720)
DALLE = GenerationRequest(kind="image", model="dall-e-3", prompt="a cat")
GPTIMG = GenerationRequest(kind="image", model="gpt-image-1", prompt="a cat")
SCENES = GenerationRequest(kind="text", model="gpt-4o-mini", seed=1, params={
    "theme": "rain on neon streets", "sections": ["intro", "chorus"], "count": 3})
COMFY = GenerationRequest(kind="image", model="default", prompt="a cat", seed=5)


def test_stability_image_and_sd3(run, fake):
    assert run("stability", CORE).outputs[0].media_type == "image/png"
    sd3 = run("stability", GenerationRequest(kind="image", model="sd3.5-large", prompt="x"))
    assert sd3.cost_usd == pytest.approx(0.065)


def test_stability_image_to_video_polls_202_until_done(run, fake, tmp_path):
    image = tmp_path / "in.png"
    image.write_bytes(media.png_bytes(32, 32))
    states = []
    result = run("stability", GenerationRequest(kind="video", model="image-to-video",
                                                image_path=str(image)),
                 on_status=lambda s: states.append(s.state.value))
    assert result.outputs[0].media_type == "video/mp4"
    assert states[0] == "running" and states[-1] == "succeeded"


@pytest.mark.parametrize("outcome,kind", [("moderation", ErrorKind.MODERATION),
                                          ("fail", ErrorKind.MODERATION)])
def test_stability_moderation(run, fake, outcome, kind):
    fake.state.add(outcome, provider="stability", op="job")
    with pytest.raises(ProviderError) as info:
        run("stability", CORE)
    assert info.value.kind == kind


def test_stability_empty_prompt_is_validation(run, fake):
    with pytest.raises(ProviderError) as info:
        run("stability", GenerationRequest(kind="image", model="core", prompt=" "))
    assert info.value.kind == ErrorKind.VALIDATION and "prompt" in info.value.message


@pytest.mark.parametrize("request_", [DALLE, GPTIMG], ids=["url", "b64_json"])
def test_openai_images_url_and_b64(run, fake, request_):
    assert run("openai", request_).outputs[0].media_type == "image/png"


def test_openai_scene_prompts_follow_template_contract(run, fake):
    prompts = json.loads(run("openai", SCENES).text)
    assert len(prompts) == 3 and all("rain on neon streets" in p for p in prompts)


def test_openai_content_policy_is_moderation(run, fake):
    fake.state.add("fail", provider="openai", op="job")
    with pytest.raises(ProviderError) as info:
        run("openai", DALLE)
    assert info.value.kind == ErrorKind.MODERATION and "safety system" in info.value.message


def test_comfyui_round_trip_and_failure(run, fake):
    assert run("comfyui", COMFY).outputs[0].media_type == "image/png"
    fake.state.add("fail", provider="comfyui", op="job")
    with pytest.raises(ProviderError) as info:
        run("comfyui", COMFY)
    assert "CUDA out of memory" in info.value.message


def test_comfyui_bad_workflow_is_validation(run, fake):
    bad = GenerationRequest(kind="image", model="x", params={"workflow": {"1": {"inputs": {}}}})
    with pytest.raises(ProviderError) as info:
        run("comfyui", bad)
    assert info.value.kind == ErrorKind.VALIDATION and "class_type" in info.value.message


@pytest.mark.parametrize("name,request_", [("stability", CORE), ("openai", DALLE),
                                           ("comfyui", COMFY)])
def test_rate_limits_and_outages_are_retried(run, fake, name, request_):
    fake.state.add("429", provider=name, op="submit", times=2)
    fake.state.add("503", provider=name, op="status", times=2)
    fake.state.add("drop", provider="files", op="file", times=1)
    assert run(name, request_).outputs
    assert fake.state.created[name] == 1


def test_comfyui_runs_the_users_own_workflow_file_with_bindings(run, fake, tmp_path):
    """Issue #16 item 7: ``comfyui:<name>`` is <workflow dir>/<name>.json, bound by path."""
    from providers.comfyui import default_workflow

    graph = default_workflow("dreamshaper_8.safetensors")
    graph["6"]["inputs"]["text"] = "placeholder text"  # no {{...}}: bound by path instead
    graph["3"]["inputs"]["seed"] = 1
    graph["10"] = {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}}
    folders = tmp_path / "workflows"
    folders.mkdir()
    (folders / "my_flow.json").write_text(json.dumps(graph))
    still = tmp_path / "still.png"
    still.write_bytes(media.png_bytes(32, 32))
    request = GenerationRequest(kind="image", model="my_flow", prompt="a red boat", seed=77,
                                width=512, height=288, image_path=str(still),
                                params={"bindings": {"prompt": "6.inputs.text",
                                                     "seed": "3.inputs.seed"}})
    result = run("comfyui", request, settings={"comfyui.workflow_dir": str(folders)})
    assert result.outputs and fake.state.uploads["comfyui"] == 1
    (job,) = fake.state.jobs.values()
    sent = job.input["graph"]
    assert sent["6"]["inputs"]["text"] == "a red boat" and sent["3"]["inputs"]["seed"] == 77
    assert sent["5"]["inputs"]["width"] == 512 and sent["10"]["inputs"]["image"] == "upload-0.png"
    assert sent["4"]["inputs"]["ckpt_name"] == "dreamshaper_8.safetensors"


def test_comfyui_plain_http_lan_host_only_with_opt_in():
    from providers.errors import ProviderConfigError
    from providers.registry import resolve_base_url

    lan = {"comfyui.base_url": "http://192.168.1.20:8188"}
    with pytest.raises(ProviderConfigError):
        resolve_base_url("comfyui", settings=lan, env={})
    assert resolve_base_url("comfyui", settings={**lan, "comfyui.allow_http": "1"},
                            env={}) == "http://192.168.1.20:8188"
    with pytest.raises(ProviderConfigError):  # the opt-in is for ComfyUI only
        resolve_base_url("openai", settings={"openai.base_url": "http://10.0.0.2",
                                             "openai.allow_http": "1"}, env={})
