"""Model refs, catalog lookups and cost estimates."""

from __future__ import annotations

import pytest

from providers import (
    GenerationRequest,
    ModelRef,
    ProviderConfigError,
    estimate_cost,
    lookup,
    parse_model_ref,
)


def test_parse_single_and_fallbacks():
    assert parse_model_ref("local:procedural") == (ModelRef("local", "procedural"),)
    refs = parse_model_ref("fal:fal-ai/flux/schnell | replicate:black-forest-labs/flux-schnell")
    assert [str(r) for r in refs] == ["fal:fal-ai/flux/schnell",
                                      "replicate:black-forest-labs/flux-schnell"]


@pytest.mark.parametrize("text", ["", "procedural", "fal:", "nope:x", "fal:a b", "fal:x||local:y"])
def test_parse_rejects_bad_refs(text):
    with pytest.raises(ProviderConfigError) as info:
        parse_model_ref(text)
    assert isinstance(info.value, ValueError)


def test_catalog_entries_have_price_provenance():
    info = lookup(ModelRef("fal", "fal-ai/flux/schnell"))
    assert info is not None and info.kind == "image" and info.price_unit == "megapixel"
    assert info.price_date and info.price_source
    assert lookup(ModelRef("fal", "unknown/model")) is None
    assert lookup(ModelRef("comfyui", "any-workflow")).price_unit == "free"


def test_estimates_scale_with_units():
    img = GenerationRequest(kind="image", model="fal-ai/flux/schnell", params={"num_images": 3})
    assert estimate_cost(ModelRef("fal", "fal-ai/flux/schnell"), img) == pytest.approx(0.009)
    vid = GenerationRequest(kind="video", model="bytedance/seedance-1-pro", duration_s=4.2)
    assert estimate_cost(ModelRef("replicate", "bytedance/seedance-1-pro"), vid) == \
        pytest.approx(0.15 * 5)
    tts = GenerationRequest(kind="speech", model="eleven_turbo_v2_5", prompt="x" * 2000)
    assert estimate_cost(ModelRef("elevenlabs", "eleven_turbo_v2_5"), tts) == pytest.approx(0.1)
    assert estimate_cost(ModelRef("local", "procedural"),
                         GenerationRequest(kind="image", model="procedural")) == 0.0


def test_unknown_paid_model_is_never_free():
    req = GenerationRequest(kind="image", model="someone/new-model")
    assert estimate_cost(ModelRef("replicate", "someone/new-model"), req) > 0


def test_per_model_timeouts():
    from providers.catalog import timeout_for

    video = ModelRef("replicate", "bytedance/seedance-1-pro")
    assert timeout_for(video, "video") > timeout_for(ModelRef("fal", "fal-ai/flux/schnell"),
                                                     "image")
    assert timeout_for(video, "video", settings={f"timeout_s.{video}": "42"}) == 42.0
    assert timeout_for(ModelRef("comfyui", "wf"), "image") == 300.0
