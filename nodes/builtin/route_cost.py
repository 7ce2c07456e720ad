"""``route.by_cost``: the cheapest model that meets the constraints, or a premium one.

It runs the generation itself through the provider hub (generation nodes take
their model as a param, not an input), so it is cached and paid like a gen node.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nodes.builtin.expr import Expr, ExprError
from nodes.builtin.expr import check as check_expr
from nodes.builtin.generate import hand_over_pixels, request_key
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, NodeFailed, Problem
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import IMAGE, MEDIA, TEXT

COMPLEX_NAMES = {"prompt", "has_image"}


@dataclass(frozen=True, slots=True)
class CostChoice:
    """The model ``route.by_cost`` picked, its estimated price and why."""

    model: str
    price_usd: float
    reason: str
    rejected: tuple[str, ...] = ()


def model_lines(text: Any) -> list[str]:
    """One model ref per line (commas also separate); blank lines and ``#`` comments skipped."""
    parts = re.split(r"[\n,]", str(text or ""))
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("#")]


def _request(params: Mapping[str, Any], model: str, prompt: str) -> Any:
    from providers.base import GenerationRequest

    video = params["kind"] == "video"
    return GenerationRequest(kind=str(params["kind"]), model=model, prompt=prompt,
                             seed=int(params["seed"]), width=int(params["width"]),
                             height=int(params["height"]),
                             duration_s=float(params["duration_s"]) if video else None)


def _unfit(info: Any, params: Mapping[str, Any]) -> str | None:
    """Why a catalog model cannot serve; models the catalog lacks are not ruled out."""
    if info is None:
        return None
    if info.kind not in (params["kind"], "any"):
        return f"makes {info.kind}, not {params['kind']}"
    for limit, want in (("max_width", "min_width"), ("max_height", "min_height"),
                        ("max_duration_s", "min_duration_s")):
        cap, need = info.extra.get(limit), float(params.get(want) or 0)
        if cap is not None and need > 0 and float(cap) < need:
            return f"{limit.removeprefix('max_')} up to {cap}, below the required {need:g}"
    return None


def choose_model(params: Mapping[str, Any], prompt: str, *, has_image: bool = False
                 ) -> CostChoice:
    """The premium model if the prompt is complex, else the cheapest model that fits."""
    from providers.catalog import estimate_cost, lookup, parse_model_ref

    premium, when = str(params.get("premium_model") or ""), str(params.get("complex_when") or "")
    if premium.strip() and when.strip():
        env = {"prompt": prompt, "has_image": has_image}
        if _truthy(Expr.parse(when).evaluate(env)):
            ref = parse_model_ref(premium)[0]
            return CostChoice(str(ref), estimate_cost(ref, _request(params, ref.model, prompt)),
                              f"complex prompt ({when})")
    max_price = float(params.get("max_price_usd") or 0)
    best: CostChoice | None = None
    rejected: list[str] = []
    for line in model_lines(params.get("models")):
        ref = parse_model_ref(line)[0]
        why = _unfit(lookup(ref), params)
        price = estimate_cost(ref, _request(params, ref.model, prompt))
        if why is None and max_price > 0 and price > max_price + 1e-12:
            why = f"${price:.4f} is over the max price ${max_price:.4f}"
        if why is not None:
            rejected.append(f"{ref}: {why}")
        elif best is None or price < best.price_usd:
            best = CostChoice(str(ref), price, f"cheapest fitting (${price:.4f})")
    if best is None:
        raise ValueError("no model meets the constraints" + (
            ": " + "; ".join(rejected) if rejected else " (the list is empty)"))
    return CostChoice(best.model, best.price_usd, best.reason, tuple(rejected))


def _truthy(value: Any) -> bool:
    return bool(value) if isinstance(value, (bool, int, float, str)) else False


def _gen_fields(params: Mapping[str, Any], prompt: str, image: Artifact | None
                ) -> dict[str, Any]:
    fields: dict[str, Any] = {"kind": params["kind"], "prompt": prompt,
                              "seed": int(params["seed"]), "width": int(params["width"]),
                              "height": int(params["height"])}
    if params["kind"] == "video":
        fields.update(duration_s=float(params["duration_s"]),
                      image_path=str(image.path) if image is not None else None)
    return fields


def _store(ctx: NodeContext, result: Any, choice: CostChoice,
           fields: Mapping[str, Any]) -> Artifact:
    if not result.outputs:
        raise NodeFailed(ctx.node_id, f"{result.provider}:{result.model} returned nothing")
    out = result.outputs[0]
    meta = {"model": f"{result.provider}:{result.model}", "job_id": result.job_id,
            "cost_usd": result.cost_usd, "route_reason": choice.reason,
            "request_key": request_key(result, fields)}
    art = ctx.add_artifact(out.path, kind=str(ctx.params["kind"]), media_type=out.media_type,
                           meta=meta)
    if art.kind == "image" and result.provider == "local":
        hand_over_pixels(art.key)  # else the painter's copy would wait for nothing
    return art


async def _run_by_cost(ctx: NodeContext, prompt: str | None = None,
                       image: Artifact | None = None) -> dict[str, Any]:
    try:
        choice = choose_model(ctx.params, prompt or "", has_image=image is not None)
    except (ExprError, ValueError) as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="models") from None
    ctx.progress(None, f"{choice.model}: {choice.reason}")
    hub = ctx.services["providers"]
    fields = _gen_fields(ctx.params, prompt or "", image)
    result = await hub.generate(ctx, model_text=choice.model, request_fields=fields)
    art = await ctx.to_thread(_store, ctx, result, choice, fields)
    where = ctx.node_id if ctx.element is None else f"{ctx.node_id}[{ctx.element}]"
    ctx.report.setdefault("by_cost", {})[where] = {
        "model": choice.model, "estimated_usd": choice.price_usd, "reason": choice.reason,
        "rejected": list(choice.rejected)}
    return {"media": art, "model": choice.model}


def _estimate_by_cost(params: Mapping[str, Any], inputs: Mapping[str, Any]) -> float:
    try:
        prompt = inputs.get("prompt")
        return choose_model(params, prompt if isinstance(prompt, str) else "",
                            has_image=inputs.get("image") is not None).price_usd
    except (ExprError, ValueError):
        return 0.0


def _check_by_cost(graph: Any, node: Any, registry: Any) -> list[Problem]:
    from providers.catalog import lookup, parse_model_ref

    problems, params = [], {"kind": "image", **node.params}
    lines = model_lines(params.get("models"))
    if not lines:
        problems.append(Problem("list at least one model ref, one per line", node.id, "models"))
    for line in lines:
        try:
            ref = parse_model_ref(line)[0]
        except ValueError as exc:
            problems.append(Problem(str(exc), node.id, "models", "bad_model"))
            continue
        info = lookup(ref)
        if info is not None and info.kind not in (params["kind"], "any"):
            problems.append(Problem(f"{ref} makes {info.kind}, not {params['kind']}", node.id,
                                    "models", "bad_model"))
    if str(params.get("premium_model") or "").strip():
        try:
            parse_model_ref(str(params["premium_model"]))
        except ValueError as exc:
            problems.append(Problem(str(exc), node.id, "premium_model", "bad_model"))
    when = str(params.get("complex_when") or "")
    reason = check_expr(when, known=COMPLEX_NAMES) if when.strip() else None
    if reason:
        problems.append(Problem(reason, node.id, "complex_when", "bad_expression"))
    return problems


BY_COST_SPEC = NodeSpec(
    "route.by_cost", "Cheapest model", "route", _run_by_cost, paid=True, deterministic=False,
    estimate_cost=_estimate_by_cost, check=_check_by_cost,
    resource=lambda p: "provider:" + (model_lines(p.get("models")) or ["local:"])[0].split(":")[0],
    inputs=(PortSpec("prompt", TEXT, optional=True),
            PortSpec("image", IMAGE, "start frame (image-to-video)", optional=True)),
    outputs=(PortSpec("media", MEDIA, "the generated image or video"),
             PortSpec("model", TEXT, "the model that was chosen")),
    params=(
        ParamSpec("kind", "choice", "image", "what to generate", choices=("image", "video")),
        ParamSpec("models", "text", "local:procedural\nfal:fal-ai/flux/schnell",
                  "candidate model refs, one per line; the cheapest that fits is used"),
        ParamSpec("max_price_usd", "float", 0.0, "per generation; 0 = no limit", min=0,
                  max=1000),
        ParamSpec("min_width", "int", 0, "the model must reach this width (if the catalog "
                  "knows its limit)", min=0, max=8192),
        ParamSpec("min_height", "int", 0, "likewise for height", min=0, max=8192),
        ParamSpec("min_duration_s", "float", 0.0, "video: the model must reach this length",
                  min=0, max=600),
        ParamSpec("premium_model", "model", "", "used instead when the prompt is complex"),
        ParamSpec("complex_when", "str", "", "condition on `prompt` / `has_image`, e.g. "
                  "words(prompt) > 40 or contains(lower(prompt), \"crowd\")"),
        ParamSpec("seed", "int", 0, "same seed + same inputs = same result", min=0,
                  max=2**31 - 1),
        ParamSpec("width", "int", 1280, "pixels", min=64, max=4096),
        ParamSpec("height", "int", 720, "pixels", min=64, max=4096),
        ParamSpec("duration_s", "float", 5.0, "video length", min=0.5, max=60),
    ),
    description="Generates with the cheapest model that meets the constraints, or a premium "
                "model for complex prompts.")
