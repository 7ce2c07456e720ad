"""Generation nodes: images, video and speech from any provider (``provider:model``).

A node never sees a provider's wire format: it hands a request to the
engine's provider hub, which records job ids, resumes, falls back and
downloads outputs into the artifact store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from nodes.cache import Artifact, canonical_json
from nodes.context import NodeContext
from nodes.errors import NodeFailed
from nodes.provider_hub import ProviderHub, check_input_files, check_model_param
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import AUDIO, CAPTIONS, IMAGE, TEXT, VIDEO


def _provider_resource(params: Mapping[str, Any]) -> str:
    return "provider:" + str(params.get("model", "local")).split(":")[0]


def _extra(params: Mapping[str, Any]) -> dict[str, Any]:
    """The node's ``extra`` JSON: other documented model inputs (checked at load)."""
    extra = params.get("extra") or {}
    return dict(extra) if isinstance(extra, dict) else {}


def _image_fields(params: dict[str, Any], prompt: str = "") -> dict[str, Any]:
    return {"kind": "image", "prompt": prompt, "seed": int(params["seed"]),
            "width": int(params["width"]), "height": int(params["height"]),
            "params": _extra(params)}


def _video_fields(params: dict[str, Any], prompt: str = "",
                  image: Artifact | None = None) -> dict[str, Any]:
    return {"kind": "video", "prompt": prompt, "seed": int(params["seed"]),
            "width": int(params["width"]), "height": int(params["height"]),
            "duration_s": float(params["duration_s"]),
            "image_path": str(image.path) if image is not None else None,
            "params": _extra(params)}


def _speech_fields(params: dict[str, Any], text: str = "") -> dict[str, Any]:
    return {"kind": "speech", "prompt": text, "voice": params.get("voice") or None,
            "params": _extra(params)}


def request_key(result: Any, fields: Mapping[str, Any]) -> str:
    """The identity of what was asked for: the model that served it and the request (prompt,
    seed, size, extra inputs), not the bytes it returned. ``comp.kenburns`` picks its automatic
    move from it, so a provider's new encoder or painter keeps a graph's camera."""
    return hashlib.sha256(canonical_json({"model": f"{result.provider}:{result.model}",
                                          "request": dict(fields)}).encode()).hexdigest()


def _store_output(ctx: NodeContext, result: Any, kind: str,
                  fields: Mapping[str, Any]) -> Artifact:
    if not result.outputs:
        raise NodeFailed(ctx.node_id, f"{result.provider}:{result.model} returned no {kind}")
    out = result.outputs[0]
    meta = {"model": f"{result.provider}:{result.model}", "job_id": result.job_id,
            "cost_usd": result.cost_usd, "request_key": request_key(result, fields)}
    art = ctx.add_artifact(out.path, kind=kind, media_type=out.media_type, meta=meta)
    if kind == "image" and result.provider == "local":
        hand_over_pixels(art.key)
    return art


def hand_over_pixels(key: str) -> None:
    """Pixels the local painter still holds for the stored file ``key`` go to the renderer,
    which then need not decode the PNG (~12 ms per 720p still; exact: keyed by content)."""
    from providers.local.procedural import take_painted

    rgb = take_painted(key)
    if rgb is not None:
        from render.stills import hold

        hold(key, rgb)


async def _run_image(ctx: NodeContext, prompt: str) -> dict[str, Any]:
    hub: ProviderHub = ctx.services["providers"]
    fields = _image_fields(ctx.params, prompt)
    result = await hub.generate(ctx, model_text=ctx.params["model"], request_fields=fields)
    return {"image": await ctx.to_thread(_store_output, ctx, result, "image", fields)}


async def _run_video(ctx: NodeContext, prompt: str = "",
                     image: Artifact | None = None) -> dict[str, Any]:
    hub: ProviderHub = ctx.services["providers"]
    fields = _video_fields(ctx.params, prompt, image)
    result = await hub.generate(ctx, model_text=ctx.params["model"], request_fields=fields)
    return {"video": await ctx.to_thread(_store_output, ctx, result, "video", fields)}


async def _run_speech(ctx: NodeContext, text: str) -> dict[str, Any]:
    hub: ProviderHub = ctx.services["providers"]
    fields = _speech_fields(ctx.params, text)
    result = await hub.generate(ctx, model_text=ctx.params["model"], request_fields=fields)
    audio = await ctx.to_thread(_store_output, ctx, result, "audio", fields)
    words = [{"text": w, "start_s": s, "end_s": e} for w, s, e in result.words]
    return {"audio": audio, "captions": {"words": words}}


def _cost(fields_fn: Any) -> Any:
    def estimate(params: dict[str, Any], inputs: dict[str, Any]) -> float:
        return ProviderHub.estimate(params["model"], fields_fn(params, **inputs))
    return estimate


SEED = ParamSpec("seed", "int", 0, "same seed + same inputs = same result", min=0,
                 max=2**31 - 1)
WIDTH = ParamSpec("width", "int", 1280, "pixels", min=64, max=4096)
HEIGHT = ParamSpec("height", "int", 720, "pixels", min=64, max=4096)
EXTRA = ParamSpec("extra", "json", {}, 'other inputs the model documents, as JSON, e.g. '
                  '{"quality": "hd"}; checked against the model\'s schema when the graph loads')

SPECS = [
    NodeSpec("gen.image", "Generate image", "generate", _run_image, paid=True,
             deterministic=False, check=check_model_param, estimate_cost=_cost(_image_fields),
             resource=_provider_resource,
             inputs=(PortSpec("prompt", TEXT),), outputs=(PortSpec("image", IMAGE),),
             params=(ParamSpec("model", "model", "local:procedural",
                               "provider:model, fallbacks with |, e.g. fal:fal-ai/flux/schnell"),
                     SEED, WIDTH, HEIGHT, EXTRA),
             description="Text to image on any provider; local:procedural works offline."),
    NodeSpec("gen.video", "Generate video", "generate", _run_video, paid=True,
             deterministic=False, check=check_model_param, estimate_cost=_cost(_video_fields),
             check_files=check_input_files,
             resource=_provider_resource,
             inputs=(PortSpec("prompt", TEXT, optional=True),
                     PortSpec("image", IMAGE, "start frame (image-to-video)", optional=True)),
             outputs=(PortSpec("video", VIDEO),),
             params=(ParamSpec("model", "model", "local:motion",
                               "provider:model, e.g. replicate:bytedance/seedance-1-pro"),
                     SEED, WIDTH, HEIGHT,
                     ParamSpec("duration_s", "float", 5.0, "clip length", min=0.5, max=60),
                     EXTRA),
             description="Text- or image-to-video; local:motion animates stills offline."),
    NodeSpec("gen.speech", "Generate speech", "generate", _run_speech, paid=True,
             deterministic=False, check=check_model_param, estimate_cost=_cost(_speech_fields),
             resource=_provider_resource,
             inputs=(PortSpec("text", TEXT),),
             outputs=(PortSpec("audio", AUDIO), PortSpec("captions", CAPTIONS, "word timings")),
             params=(ParamSpec("model", "model", "local:espeak",
                               "provider:model, e.g. elevenlabs:eleven_turbo_v2_5"),
                     ParamSpec("voice", "str", "", "voice id or name"), EXTRA),
             description="Text to speech with word timings for captions."),
]
