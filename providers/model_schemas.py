"""The curated models' input schemas (see :mod:`providers.schemas`), read 2026-11-30.

Sources (also in ``docs/providers.md``):
OpenAI ``ImageGenerateParams.size`` (openai SDK typings: dall-e-3 1024x1024/1792x1024/
1024x1792; GPT image models 1024x1024/1536x1024/1024x1536/auto); Replicate model pages'
API schemas (flux-schnell ``aspect_ratio`` enum, ``num_outputs`` 1-4; seedance
``duration`` 2-12 s); fal model pages (FLUX ``image_size`` enum or {width, height};
Kling v2.1 ``duration`` "5" | "10"); Runway API reference (``ratio`` pixel strings,
``duration`` 5 | 10, ``X-Runway-Version: 2024-11-06``); Synthesia ``POST /v2/videos``
(``aspectRatio``, ``input[].scriptText/avatar/background``); ElevenLabs SDK timeouts
(240 s) and the OpenAI SDK's (600 s).
"""

from __future__ import annotations

from providers.schemas import Input, ModelSchema

_FMT = ("webp", "jpg", "png")
_MB = 1024 * 1024
_FLUX_REP_AR = ("1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21")
_SEEDANCE_AR = ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21")
_STAB_AR = ("16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21")
_STAB_STYLES = ("3d-model", "analog-film", "anime", "cinematic", "comic-book", "digital-art",
                "enhance", "fantasy-art", "isometric", "line-art", "low-poly",
                "modeling-compound", "neon-punk", "origami", "photographic", "pixel-art",
                "tile-texture")
RUNWAY_VIDEO_RATIOS = ("1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672")
RUNWAY_IMAGE_RATIOS = ("1920:1080", "1080:1920", "1024:1024", "1360:768", "1080:1080",
                       "1168:880", "1440:1080", "1080:1440", "1808:768", "2112:912",
                       "1280:720", "720:1280", "720:720", "960:720", "720:960", "1680:720")
SYNTHESIA_RATIOS = ("16:9", "9:16", "1:1", "4:5", "5:4")

_DALLE3 = ModelSchema(
    size_mode="size", sizes=("1024x1024", "1792x1024", "1024x1792"), seed_field=None,
    inputs=(Input("quality", "str", ("standard", "hd")), Input("style", "str",
                                                                ("vivid", "natural")),
            Input("response_format", "str", ("url", "b64_json")),
            Input("n", "int", (1,)), Input("user", "str")), read_s=600.0)
_GPT_IMAGE = ModelSchema(
    size_mode="size", sizes=("1024x1024", "1536x1024", "1024x1536", "auto"), seed_field=None,
    inputs=(Input("quality", "str", ("low", "medium", "high", "auto")),
            Input("background", "str", ("transparent", "opaque", "auto")),
            Input("output_format", "str", ("png", "jpeg", "webp")),
            Input("output_compression", "int", min=0, max=100),
            Input("moderation", "str", ("low", "auto")), Input("n", "int", min=1, max=10),
            Input("user", "str")), read_s=600.0)
_FAL_FLUX = ModelSchema(
    size_mode="image_size", size_field="image_size",
    inputs=(Input("num_inference_steps", "int", min=1, max=50),
            Input("guidance_scale", "float", min=1, max=20),
            Input("num_images", "int", min=1, max=4), Input("enable_safety_checker", "bool"),
            Input("output_format", "str", ("jpeg", "png")), Input("sync_mode", "bool"),
            Input("acceleration", "str", ("none", "regular", "high"))),
    read_s=120.0)
_FAL_KLING = ModelSchema(
    size_mode="none", duration_field="duration", durations=(5, 10), duration_as_str=True,
    image_field="image_url", seed_field=None,
    inputs=(Input("negative_prompt", "str"), Input("cfg_scale", "float", min=0, max=1)),
    read_s=120.0)
_REP_FLUX = ModelSchema(
    size_mode="aspect_ratio", size_field="aspect_ratio", sizes=_FLUX_REP_AR,
    data_uri_max_bytes=_MB,
    inputs=(Input("num_outputs", "int", min=1, max=4), Input("output_format", "str", _FMT),
            Input("output_quality", "int", min=0, max=100), Input("go_fast", "bool"),
            Input("megapixels", "str", ("1", "0.25")), Input("disable_safety_checker", "bool"),
            Input("num_inference_steps", "int", min=1, max=4)), read_s=120.0)


def _seedance(resolutions: tuple[str, ...]) -> ModelSchema:
    return ModelSchema(
        size_mode="aspect_ratio", size_field="aspect_ratio", sizes=_SEEDANCE_AR,
        duration_field="duration", durations=tuple(range(2, 13)), image_field="image",
        data_uri_max_bytes=_MB,
        inputs=(Input("resolution", "str", resolutions), Input("fps", "int", (24,)),
                Input("camera_fixed", "bool"), Input("last_frame_image", "str")),
        read_s=120.0)


_STAB = ModelSchema(
    size_mode="aspect_ratio", size_field="aspect_ratio", sizes=_STAB_AR,
    inputs=(Input("negative_prompt", "str"), Input("style_preset", "str", _STAB_STYLES),
            Input("output_format", "str", ("png", "jpeg", "webp")),
            Input("cfg_scale", "float", min=1, max=10)), read_s=120.0)
_ELEVEN = ModelSchema(
    size_mode="none", seed_field="seed", prompt_field="text",
    inputs=(Input("voice_settings", "object"), Input("language_code", "str"),
            Input("apply_text_normalization", "str", ("auto", "on", "off")),
            Input("previous_text", "str"), Input("next_text", "str")), read_s=240.0)
RUNWAY_VIDEO = ModelSchema(
    size_mode="ratio", size_field="ratio", sizes=RUNWAY_VIDEO_RATIOS,
    duration_field="duration", durations=(5, 10), image_field="promptImage",
    prompt_field="promptText", data_uri_max_bytes=5 * _MB,
    inputs=(Input("contentModeration", "object"),), read_s=60.0)
RUNWAY_IMAGE = ModelSchema(
    size_mode="ratio", size_field="ratio", sizes=RUNWAY_IMAGE_RATIOS,
    prompt_field="promptText", data_uri_max_bytes=5 * _MB,
    inputs=(Input("referenceImages", "list"), Input("contentModeration", "object")),
    read_s=60.0)
SYNTHESIA = ModelSchema(
    size_mode="aspect_ratio", size_field="aspectRatio", sizes=SYNTHESIA_RATIOS,
    prompt_field="scriptText", seed_field=None,
    inputs=(Input("background", "str"), Input("test", "bool"), Input("title", "str"),
            Input("visibility", "str", ("private", "public"))), read_s=60.0)

SCHEMAS: dict[str, ModelSchema] = {
    "openai:dall-e-3": _DALLE3, "openai:gpt-image-1": _GPT_IMAGE,
    "fal:fal-ai/flux/schnell": _FAL_FLUX, "fal:fal-ai/flux/dev": _FAL_FLUX,
    "fal:fal-ai/flux-pro/v1.1": _FAL_FLUX,
    "fal:fal-ai/kling-video/v2.1/standard/image-to-video": _FAL_KLING,
    "replicate:black-forest-labs/flux-schnell": _REP_FLUX,
    "replicate:bytedance/seedance-1-pro": _seedance(("480p", "1080p")),
    "replicate:bytedance/seedance-1-lite": _seedance(("480p", "720p", "1080p")),
    "stability:core": _STAB, "stability:ultra": _STAB, "stability:sd3.5-large": _STAB,
    "stability:sd3.5-medium": _STAB,
    "elevenlabs:eleven_turbo_v2_5": _ELEVEN, "elevenlabs:eleven_flash_v2_5": _ELEVEN,
    "elevenlabs:eleven_multilingual_v2": _ELEVEN, "elevenlabs:eleven_v3": _ELEVEN,
    "runway:gen4_turbo": RUNWAY_VIDEO, "runway:gen4_image": RUNWAY_IMAGE,
}
# Whole providers whose every model shares one schema (Synthesia: the model is an avatar id).
PROVIDER_SCHEMAS: dict[str, ModelSchema] = {"synthesia": SYNTHESIA}


def schema_for(ref: str) -> ModelSchema | None:
    """Schema of ``provider:model`` (None: not curated, generic mapping)."""
    found = SCHEMAS.get(ref)
    if found is None:
        found = PROVIDER_SCHEMAS.get(ref.split(":", 1)[0])
    if found is None and ref.startswith(("replicate:", "fal:")):
        from providers.model_refresh import cached_schema

        found = cached_schema(ref)  # fetched by `mvstudio models refresh`
    return found


# Providers whose every model must be known: their endpoints differ per model.
CLOSED_PROVIDERS: dict[str, tuple[str, ...]] = {
    "stability": ("core", "ultra", "sd3.5-large", "sd3.5-large-turbo", "sd3.5-medium",
                  "sd3.5-flash", "image-to-video"),
    "runway": ("gen4_turbo", "gen4_image"),
}


def check_node(model: str, provider: str, params: dict[str, object], *, kind: str = ""
               ) -> tuple[list[tuple[str, str]], list[str]]:
    """Load-time check of one generation node against its model's schema.

    Returns ``(problems, warnings)``: problems are (param, message) naming the model and
    the allowed values (the graph does not load); warnings say a model is not curated
    and gets the generic mapping."""
    from providers.schemas import check_extra, check_fields

    ref = f"{provider}:{model}"
    from providers.catalog import CATALOG

    info = CATALOG.get(ref)
    if kind and info is not None and info.kind != kind:
        return [("model", f"{ref} makes {info.kind}, not {kind}; use it on a "
                          f"gen.{info.kind} node")], []
    closed = CLOSED_PROVIDERS.get(provider)
    if closed is not None and model not in closed:
        return [("model", f"{ref} does not exist; {provider} models: {', '.join(closed)}")], []
    extra = params.get("extra") or {}
    if not isinstance(extra, dict):
        return [("extra", f"must be a JSON object of {ref} inputs, got {extra!r}")], []
    schema = schema_for(ref)
    if schema is None and provider == "local":
        return [], []  # our own generators take the node's params as they are
    if schema is None:
        refresh = (" (run `mvstudio models refresh " + ref + "` to fetch its schema)"
                   if provider in ("replicate", "fal") else "")
        return [], [f"{ref} has no curated input schema: width/height/duration are sent as "
                    f"is and 'extra' is not checked{refresh}"]
    found = check_fields(schema, params) + check_extra(schema, extra)
    return [(param, f"{ref}: {message}") for param, message in found], []
