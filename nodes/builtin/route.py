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
from typing import Any

from nodes.builtin.expr import Expr, ExprError
from nodes.builtin.expr import check as check_expr
from nodes.builtin.route_cost import BY_COST_SPEC
from nodes.cache import Artifact, canonical_json
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, NodeEngineError, NodeFailed, Problem
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import ANY, BEATMAP, NUMBER, TEXT

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

