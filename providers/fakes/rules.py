"""What the real APIs reject, written out apart from the adapters' schemas.

The fakes check requests against these tables (from the providers' documented
examples and API schemas, see docs/providers.md) so that an adapter sending what the
real service refuses fails here too.  Kept independent of ``providers.model_schemas``
on purpose: a wrong schema must not make the fake agree with it.
"""

from __future__ import annotations

from typing import Any

OPENAI_SIZES = {"dall-e-2": ("256x256", "512x512", "1024x1024"),
                "dall-e-3": ("1024x1024", "1792x1024", "1024x1792"),
                "gpt-image-1": ("1024x1024", "1536x1024", "1024x1536", "auto")}
# Replicate "official" models (unified models endpoint) and their input enums/ranges.
REPLICATE_OFFICIAL: dict[str, dict[str, Any]] = {
    "black-forest-labs/flux-schnell": {
        "aspect_ratio": ("1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3",
                         "9:16", "9:21"),
        "num_outputs": range(1, 5), "output_format": ("webp", "jpg", "png")},
    "bytedance/seedance-1-pro": {
        "aspect_ratio": ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"),
        "duration": range(2, 13), "resolution": ("480p", "1080p")},
    "bytedance/seedance-1-lite": {
        "aspect_ratio": ("16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "9:21"),
        "duration": range(2, 13), "resolution": ("480p", "720p", "1080p")},
}
# Community models: only by version (64 hex id), never on the models endpoint.
REPLICATE_COMMUNITY = {"fofr/sdxl-emoji": "dee76b5afde21b0f01ed7925f0665b7e879c50ee718c5f78"
                                          "a9d38e04d523cc5e"}
REPLICATE_DATA_URI_MAX = 1024 * 1024  # "data URLs ... for files under 1MB" (Replicate docs)
FAL_IMAGE_SIZES = ("square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3",
                   "landscape_16_9")
FAL_KLING_DURATIONS = ("5", "10")
FAL_DATA_URI_MAX = 10 * 1024 * 1024  # generous; fal recommends its storage upload
ELEVENLABS_VOICES = {"21m00Tcm4TlvDq8ikWAM": "Rachel", "EXAVITQu4vr4xMDJWk1z": "Bella",
                     "pNInz6obpgDQGcFmaJgB": "Adam"}


def enum_problem(rules: dict[str, Any], inputs: dict[str, Any]) -> str | None:
    """The first input outside its documented values, as the API's message."""
    for name, allowed in rules.items():
        if name in inputs and inputs[name] not in allowed:
            shown = (f"{allowed.start}..{allowed.stop - 1}" if isinstance(allowed, range)
                     else ", ".join(map(str, allowed)))
            return f"{name}: {inputs[name]!r} is not one of [{shown}]"
    return None


def data_uri_sizes(value: Any) -> list[int]:
    """Decoded sizes of the data URIs anywhere in ``value``."""
    if isinstance(value, str) and value.startswith("data:"):
        return [len(value.partition(",")[2]) * 3 // 4]
    if isinstance(value, dict):
        return [n for v in value.values() for n in data_uri_sizes(v)]
    if isinstance(value, list):
        return [n for v in value for n in data_uri_sizes(v)]
    return []


def aspect_of(text: str, default: tuple[int, int] = (1, 1)) -> tuple[int, int]:
    left, _, right = str(text).replace("x", ":").partition(":")
    return (int(left), int(right)) if left.isdigit() and right.isdigit() else default


def small_dims(aspect: tuple[int, int], long_side: int = 96) -> tuple[int, int]:
    """Small output dimensions with the requested aspect (fakes make cheap images)."""
    w, h = aspect
    scale = long_side / max(w, h)
    return max(8, round(w * scale)), max(8, round(h * scale))


# Live schemas (``mvstudio models refresh``): a community model's OpenAPI on Replicate, and
# an uncurated fal endpoint's (shapes as the providers publish them: $ref/allOf enums).
REPLICATE_OPENAPI: dict[str, Any] = {"components": {"schemas": {
    "Input": {"type": "object", "required": ["prompt"], "properties": {
        "prompt": {"type": "string"}, "seed": {"type": "integer"},
        "width": {"type": "integer", "minimum": 256, "maximum": 2048},
        "height": {"type": "integer", "minimum": 256, "maximum": 2048},
        "num_outputs": {"type": "integer", "minimum": 1, "maximum": 4},
        "scheduler": {"allOf": [{"$ref": "#/components/schemas/scheduler"}]}}},
    "scheduler": {"type": "string", "enum": ["DDIM", "K_EULER", "DPMSolverMultistep"]}}}}
FAL_LIVE_ENDPOINT = "fal-ai/wan/v2.2-a14b/image-to-video"
FAL_LIVE_ENUMS: dict[str, Any] = {"duration": ("5", "8"),
                                  "aspect_ratio": ("auto", "16:9", "9:16", "1:1"),
                                  "resolution": ("480p", "580p", "720p")}


def fal_openapi_doc(endpoint: str) -> dict[str, Any]:
    props: dict[str, Any] = {"prompt": {"type": "string"}, "image_url": {"type": "string"},
                             "seed": {"type": "integer"}}
    schemas: dict[str, Any] = {}
    for name, values in FAL_LIVE_ENUMS.items():
        schemas[name.title()] = {"type": "string", "enum": list(values)}
        props[name] = {"anyOf": [{"$ref": f"#/components/schemas/{name.title()}"}]}
    schemas["WanInput"] = {"type": "object", "properties": props}
    return {"openapi": "3.0.4", "components": {"schemas": schemas}, "paths": {
        f"/{endpoint}": {"post": {"requestBody": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/WanInput"}}}}}}}}
