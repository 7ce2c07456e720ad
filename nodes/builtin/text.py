"""Text nodes: scene prompts per section or per shot, and simple templates."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from nodes.context import NodeContext
from nodes.errors import BadNodeInput, NodeFailed
from nodes.provider_hub import ProviderHub, check_model_param
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import BEATMAP, CUTPLAN, TEXT, list_of


def _labels(ctx: NodeContext, beats: dict[str, Any], plan: dict[str, Any] | None) -> list[str]:
    if ctx.params["mode"] == "per_shot":
        if plan is None:
            raise BadNodeInput(ctx.node_id, "mode 'per_shot' needs the 'plan' input connected",
                               param="mode")
        return [str(slot["section"]) for slot in plan["slots"]]
    return [str(s["label"]) for s in beats.get("sections", [])] or ["verse"]


def _request_fields(params: dict[str, Any], theme: str, labels: list[str]) -> dict[str, Any]:
    return {"kind": "text", "prompt": theme, "seed": int(params["seed"]),
            "params": {"theme": theme, "sections": labels, "count": len(labels),
                       **({"style": params["style"]} if params.get("style") else {})}}


async def _run_scenes(ctx: NodeContext, theme: str, beats: dict[str, Any],
                      plan: dict[str, Any] | None = None) -> dict[str, Any]:
    labels = _labels(ctx, beats, plan)
    hub: ProviderHub = ctx.services["providers"]
    result = await hub.generate(ctx, model_text=ctx.params["model"],
                                request_fields=_request_fields(ctx.params, theme, labels))
    try:
        prompts = json.loads(result.text or "")
        assert isinstance(prompts, list) and all(isinstance(p, str) for p in prompts)
    except (ValueError, AssertionError):
        raise NodeFailed(ctx.node_id, "the text model did not return a JSON list of prompts; "
                                      "try another model", param="model") from None
    if len(prompts) != len(labels):
        raise NodeFailed(ctx.node_id, f"asked for {len(labels)} prompts, got {len(prompts)}",
                         param="model")
    for index, prompt in _overrides(ctx).items():
        if index < len(prompts):
            prompts[index] = prompt
    return {"scenes": prompts}


def _overrides(ctx: NodeContext) -> dict[int, str]:
    raw = ctx.params.get("prompt_overrides") or {}
    if not isinstance(raw, dict):
        raise BadNodeInput(ctx.node_id, 'expected {"3": "a prompt", ...}', param="prompt_overrides")
    try:
        return {int(k): str(v) for k, v in raw.items()}
    except ValueError:
        raise BadNodeInput(ctx.node_id, "keys must be scene numbers (0 is the first)",
                           param="prompt_overrides") from None


async def _run_template(ctx: NodeContext, text: str = "") -> dict[str, Any]:
    return {"text": str(ctx.params["template"]).replace("{text}", text)}


def _scenes_cost(params: Mapping[str, Any], inputs: Mapping[str, Any]) -> float:
    return ProviderHub.estimate(params["model"], {"kind": "text",
                                                  "prompt": str(inputs.get("theme", ""))})


SPECS = [
    NodeSpec("text.scenes", "Scene writer", "text", _run_scenes, paid=True,
             check=check_model_param,
             estimate_cost=_scenes_cost,
             resource=lambda p: "provider:" + str(p.get("model", "local")).split(":")[0],
             inputs=(PortSpec("theme", TEXT, "what the video is about"),
                     PortSpec("beats", BEATMAP, "song sections"),
                     PortSpec("plan", CUTPLAN, "needed for one prompt per shot", optional=True)),
             outputs=(PortSpec("scenes", list_of(TEXT), "one prompt per section or shot"),),
             params=(
                 ParamSpec("mode", "choice", "per_section", "one prompt per section or per shot",
                           choices=("per_section", "per_shot")),
                 ParamSpec("model", "model", "local:template",
                           "local:template (offline) or an OpenAI-compatible chat model"),
                 ParamSpec("style", "str", "", "visual style to add to every prompt"),
                 ParamSpec("seed", "int", 0, "variation", min=0, max=2**31 - 1),
                 ParamSpec("prompt_overrides", "json", {}, "hand-written prompts by scene "
                           'number, e.g. {"3": "a red door in the rain"}'),
             ),
             description="Writes one image prompt per section or per shot from a theme."),
    NodeSpec("text.template", "Text template", "text", _run_template,
             inputs=(PortSpec("text", TEXT, "replaces {text}", optional=True),),
             outputs=(PortSpec("text", TEXT),),
             params=(ParamSpec("template", "text", "{text}", "text with {text} placeholders"),),
             description="Builds text from a template; maps over a list of texts."),
]
