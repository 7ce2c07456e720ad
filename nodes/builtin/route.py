"""Routing nodes: only the chosen branch runs, and only it is paid for.

Candidate inputs are declared ``lazy``: the engine evaluates one only when the
node calls ``await ctx.input(name)``. The routers themselves are cheap and not
cached, so the choice is re-made on every run while the chosen branch's result
stays cached. ``route.by_cost`` is the exception: it runs the generation
itself (gen nodes take their model as a param, not an input), so it is cached
and paid like a gen node.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nodes.builtin.expr import Expr, ExprError
from nodes.builtin.expr import check as check_expr
from nodes.cache import Artifact, canonical_json
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, NodeEngineError, NodeFailed, Problem
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import ANY, BEATMAP, IMAGE, MEDIA, NUMBER, TEXT

ARMS = ("a", "b", "c", "d")
# names a switch condition may read, and the input each one needs (None: always there)
SWITCH_NAMES: dict[str, str | None] = {
    "prompt": "prompt", "section": "section", "value": "value", "tempo_bpm": "beats",
    "duration_s": "beats", "sections": "beats", "section_labels": "beats",
    "budget_remaining": None, "budget_usd": None, "budget_spent": None,
}
FAIL_KINDS = ("any", "error", "bad_input", "transient", "timeout", "rate_limited", "quota",
              "moderation", "model_error", "validation", "auth", "not_found")


def _arm_ports(help_: str) -> tuple[PortSpec, ...]:
    return tuple(PortSpec(arm, ANY, f"{help_} {arm.upper()}", optional=arm in ("c", "d"),
                          lazy=True) for arm in ARMS)


def _linked(graph: Any, node_id: str) -> set[str]:
    return {lk.dst_port for lk in graph.links_into(node_id)}


# -- budget --------------------------------------------------------------------------------
def budget_names(services: Mapping[str, Any], *, spent_usd: float = 0.0) -> dict[str, float]:
    """``budget_remaining`` etc. from ``services["budget"]``; unlimited when absent.

    The service may be a number (USD remaining), a callable returning one, a
    mapping or an object with ``limit_usd`` / ``spent_usd`` / ``remaining_usd``
    (attributes or methods). Missing spend falls back to ``spent_usd`` (what
    this run's finished nodes cost). Without a service (no ``--budget``) the
    budget is unlimited: ``budget_remaining`` is infinite, so
    ``budget_remaining < 0.5`` is false.
    """
    service = services.get("budget")
    if service is None:
        return {"budget_remaining": math.inf, "budget_usd": math.inf, "budget_spent": spent_usd}
    if isinstance(service, (int, float)):
        return {"budget_remaining": float(service), "budget_usd": math.inf,
                "budget_spent": spent_usd}
    if callable(service) and not hasattr(service, "limit_usd") and not hasattr(
            service, "remaining_usd"):
        return {"budget_remaining": float(service()), "budget_usd": math.inf,
                "budget_spent": spent_usd}

    def read(name: str) -> float | None:
        value = service.get(name) if isinstance(service, Mapping) else getattr(service, name,
                                                                               None)
        value = value() if callable(value) else value
        return float(value) if value is not None else None

    limit, spent, remaining = read("limit_usd"), read("spent_usd"), read("remaining_usd")
    spent = spent_usd if spent is None else spent
    if remaining is None:
        remaining = math.inf if limit is None else limit - spent
    return {"budget_remaining": remaining, "budget_usd": math.inf if limit is None else limit,
            "budget_spent": spent}


def run_spent_usd(ctx: NodeContext) -> float:
    """What this run's finished nodes have cost so far (from the run store)."""
    runs = ctx.services.get("runs")
    if runs is None:
        return 0.0
    return float(sum(s["cost_usd"] or 0.0 for s in runs.node_states(ctx.run_id)))


# -- route.switch --------------------------------------------------------------------------
def _switch_env(ctx: NodeContext, inputs: dict[str, Any]) -> dict[str, Any]:
    env: dict[str, Any] = dict(budget_names(ctx.services, spent_usd=run_spent_usd(ctx)))
    for name in ("prompt", "section"):
        if inputs.get(name) is not None:
            env[name] = str(inputs[name])
    if inputs.get("value") is not None:
        env["value"] = inputs["value"]
    beats = inputs.get("beats")
    if isinstance(beats, dict):
        sections = beats.get("sections", [])
        env.update(tempo_bpm=float(beats.get("tempo_bpm", 0.0)),
                   duration_s=float(beats.get("duration_s", 0.0)), sections=len(sections),
                   section_labels=[str(s.get("label", "")) for s in sections])
    return env


def pick_arm(result: Any, *, node_id: str) -> str:
    """true -> a, false -> b; a number picks by index (0 = a); text names the arm."""
    if isinstance(result, bool):
        return "a" if result else "b"
    if isinstance(result, (int, float)) and float(result).is_integer() and 0 <= result < 4:
        return ARMS[int(result)]
    if isinstance(result, str) and result in ARMS:
        return result
    raise BadNodeInput(node_id, f"condition gave {result!r}; it must give true/false, an arm "
                       "number 0-3 or an arm name a-d", param="condition")


async def _run_switch(ctx: NodeContext, prompt: str | None = None, section: str | None = None,
                      value: Any = None, beats: dict[str, Any] | None = None) -> dict[str, Any]:
    env = _switch_env(ctx, {"prompt": prompt, "section": section, "value": value,
                            "beats": beats})
    try:
        result = Expr.parse(str(ctx.params["condition"])).evaluate(env)
    except ExprError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="condition") from None
    arm = pick_arm(result, node_id=ctx.node_id)
    if not ctx.has_input(arm):
        raise BadNodeInput(ctx.node_id, f"condition chose input '{arm}', which is not "
                           "connected", param="condition")
    ctx.report.setdefault("routes", {})[ctx.node_id] = arm
    ctx.progress(None, f"chose {arm}")
    return {"value": await ctx.input(arm), "chosen": arm}


def _check_switch(graph: Any, node: Any, registry: Any) -> list[Problem]:
    text = node.params.get("condition", "")
    reason = check_expr(text, known=set(SWITCH_NAMES))
    if reason:
        return [Problem(reason, node.id, "condition", "bad_expression")]
    linked = _linked(graph, node.id)
    problems = []
    for name in sorted(Expr.parse(text).names()):
        port = SWITCH_NAMES[name]
        if port is not None and port not in linked:
            problems.append(Problem(f"the condition reads '{name}' but input '{port}' is not "
                                    "connected", node.id, "condition", "missing_input"))
    return problems


# -- route.ab_split ------------------------------------------------------------------------
def split_arm(key: str, percentages: list[float], *, salt: str = "") -> int:
    """Index of the arm for ``key``: sha256 of salt+key placed on the cumulative weights."""
    total = sum(percentages)
    point = int(hashlib.sha256(f"{salt}\0{key}".encode()).hexdigest()[:16], 16) / 2**64 * total
    acc = 0.0
    for i, share in enumerate(percentages):
        acc += share
        if point < acc:
            return i
    return max(i for i, share in enumerate(percentages) if share > 0)


def _key_text(value: Any) -> str:
    if isinstance(value, Artifact):
        return value.key
    return value if isinstance(value, str) else canonical_json(value)


async def _run_ab(ctx: NodeContext, key: Any = None) -> dict[str, Any]:
    key_text = _key_text(key) if key is not None else str(ctx.params["key"])
    if not key_text:
        raise BadNodeInput(ctx.node_id, "no split key: connect input 'key' or set param 'key' "
                           "(e.g. the song or scene id)", param="key")
    arm = ARMS[split_arm(key_text, [float(p) for p in ctx.params["percentages"]],
                         salt=str(ctx.params["salt"]))]
    where = ctx.node_id if ctx.element is None else f"{ctx.node_id}[{ctx.element}]"
    ctx.report.setdefault("ab_arms", {})[where] = arm
    return {"value": await ctx.input(arm), "arm": arm}


def _check_ab(graph: Any, node: Any, registry: Any) -> list[Problem]:
    shares = node.params.get("percentages", [50, 50])
    arms = [a for a in ARMS if a in _linked(graph, node.id)]
    if not isinstance(shares, list) or not all(
            isinstance(s, (int, float)) and not isinstance(s, bool) for s in shares):
        return []  # the param check reports the type
    problems = []
    if any(s < 0 for s in shares) or sum(shares) <= 0:
        problems.append(Problem("percentages must be >= 0 with a positive sum", node.id,
                                "percentages"))
    if len(shares) != len(arms) or arms != list(ARMS[:len(arms)]):
        problems.append(Problem(f"{len(shares)} percentage(s) for connected arms "
                                f"{', '.join(arms) or 'none'}; give one per arm, arms a, b, c, d "
                                "in order", node.id, "percentages"))
    return problems


# -- route.fallback ------------------------------------------------------------------------
_KIND_PATTERNS = {
    "transient": r"transient|temporar|unavailable|\b50[234]\b|connection",
    "timeout": r"timeout|timed out",
    "rate_limited": r"rate.?limit|\b429\b|too many requests",
    "quota": r"quota|insufficient|billing|credit",
    "moderation": r"moderation|nsfw|safety|content policy|flagged",
    "model_error": r"model_error|model error",
    "validation": r"validation|invalid",
    "auth": r"\bauth|unauthori[sz]ed|forbidden|api key",
    "not_found": r"not.?found|\b404\b",
}


def failure_kinds(exc: BaseException | None, message: str) -> set[str]:
    """Every kind name a failure matches (``any`` and ``error`` always)."""
    kinds = {"any", "error"}
    if exc is not None and getattr(exc, "exit_code", None) == 2:
        kinds.add("bad_input")
    text = message.lower()
    kinds.update(k for k, pattern in _KIND_PATTERNS.items() if re.search(pattern, text))
    return kinds


def _failure_message(ctx: NodeContext, exc: Exception) -> str:
    """The upstream error text (the engine may hand us only 'an input failed')."""
    if isinstance(exc, NodeEngineError):
        return str(exc)
    runs = ctx.services.get("runs")
    src = str(exc.args[0]) if exc.args else ""
    if runs is not None:
        failed = [s for s in runs.node_states(ctx.run_id) if s["status"] == "failed"]
        mine = [s for s in failed if s["node_id"] == src]
        if mine or failed:
            return str((mine or failed)[-1]["error"])
    return f"{type(exc).__name__}: {exc}"


async def _run_fallback(ctx: NodeContext) -> dict[str, Any]:
    wanted = str(ctx.params["on"])
    arms = [a for a in ARMS if ctx.has_input(a)]
    tried: list[str] = []
    for i, arm in enumerate(arms):
        try:
            value = await ctx.input(arm)
        except Exception as exc:  # noqa: BLE001 - any failure of a branch is data here
            message = _failure_message(ctx, exc)
            tried.append(f"{arm}: {message}")
            if wanted not in failure_kinds(exc, message) or i == len(arms) - 1:
                raise NodeFailed(ctx.node_id, "; ".join(tried) + (
                    "" if i == len(arms) - 1 else f" (not a '{wanted}' failure, so no "
                    "fallback)")) from None
            ctx.progress(None, f"input {arm} failed; trying {arms[i + 1]}")
            continue
        ctx.report.setdefault("fallbacks", {})[ctx.node_id] = {"used": arm, "failed": tried}
        return {"value": value, "used": arm}
    raise BadNodeInput(ctx.node_id, "no input connected")


# -- route.by_cost -------------------------------------------------------------------------
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


def _store(ctx: NodeContext, result: Any, choice: CostChoice) -> Artifact:
    if not result.outputs:
        raise NodeFailed(ctx.node_id, f"{result.provider}:{result.model} returned nothing")
    out = result.outputs[0]
    meta = {"model": f"{result.provider}:{result.model}", "job_id": result.job_id,
            "cost_usd": result.cost_usd, "route_reason": choice.reason}
    return ctx.add_artifact(out.path, kind=str(ctx.params["kind"]), media_type=out.media_type,
                            meta=meta)


async def _run_by_cost(ctx: NodeContext, prompt: str | None = None,
                       image: Artifact | None = None) -> dict[str, Any]:
    try:
        choice = choose_model(ctx.params, prompt or "", has_image=image is not None)
    except (ExprError, ValueError) as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="models") from None
    ctx.progress(None, f"{choice.model}: {choice.reason}")
    hub = ctx.services["providers"]
    result = await hub.generate(ctx, model_text=choice.model,
                                request_fields=_gen_fields(ctx.params, prompt or "", image))
    art = await ctx.to_thread(_store, ctx, result, choice)
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


def _route_bucket(params: Mapping[str, Any]) -> str:
    """Routers wait for their branch while holding a slot: never share the CPU slots with it."""
    return "route"


# -- specs ---------------------------------------------------------------------------------
SPECS = [
    NodeSpec("route.switch", "Switch", "route", _run_switch, cacheable=False,
             check=_check_switch, resource=_route_bucket,
             inputs=(*_arm_ports("branch"),
                     PortSpec("prompt", TEXT, "read as `prompt` in the condition", optional=True),
                     PortSpec("section", TEXT, "read as `section`", optional=True),
                     PortSpec("value", NUMBER, "read as `value`", optional=True),
                     PortSpec("beats", BEATMAP, "gives tempo_bpm, duration_s, sections, "
                              "section_labels", optional=True)),
             outputs=(PortSpec("value", ANY, "the chosen input's value"),
                      PortSpec("chosen", TEXT, "which input was chosen (a-d)")),
             params=(ParamSpec("condition", "str", "words(prompt) > 12",
                               "true -> a, false -> b; or an arm number 0-3 / name 'a'-'d'. "
                               "Names: " + ", ".join(SWITCH_NAMES) + "; functions: len, "
                               "words, lower, upper, contains, min, max, abs",
                               required=True),),
             description="Picks one input by a condition; only that branch runs."),
    NodeSpec("route.ab_split", "A/B split", "route", _run_ab, cacheable=False, check=_check_ab,
             resource=_route_bucket,
             inputs=(*_arm_ports("arm"),
                     PortSpec("key", ANY, "split key (e.g. song or scene id); overrides the "
                              "param", optional=True)),
             outputs=(PortSpec("value", ANY), PortSpec("arm", TEXT, "which arm ran (a-d)")),
             params=(ParamSpec("key", "str", "", "split key when input 'key' is not connected"),
                     ParamSpec("percentages", "floats", [50.0, 50.0],
                               "share of keys per connected arm, in order a, b, c, d"),
                     ParamSpec("salt", "str", "", "change to reshuffle which keys go where")),
             description="Deterministic split by sha256 of a key; the report records the arm."),
    NodeSpec("route.fallback", "Fallback", "route", _run_fallback, cacheable=False,
             resource=_route_bucket,
             inputs=_arm_ports("try"),
             outputs=(PortSpec("value", ANY), PortSpec("used", TEXT, "which input served")),
             params=(ParamSpec("on", "choice", "any", "which failures move on to the next "
                               "input", choices=FAIL_KINDS),),
             description="Tries input a; on a failure of the given kind, b (then c, d)."),
    BY_COST_SPEC,
]

