"""Gates: automated quality checks (``gate.qc``) and a human decision (``gate.review``).

``gate.qc`` measures the media (see :mod:`nodes.builtin.qc`) and either passes
it on, asks the node upstream for another take with a new seed, marks it for
review, or stops. ``gate.review`` keeps items in the run store until a person
decides; headless runs stop with exit 3 and ``mvstudio review`` decides.
"""

from __future__ import annotations

import inspect
from fractions import Fraction
from typing import Any

from nodes.builtin import qc as qcmod
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, GateStopped, NodeFailed, Problem
from nodes.review import APPROVED, PENDING, REJECTED, ReviewDecision, ReviewItem, ReviewStore
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import ANY, CUTPLAN, MEDIA

GATE_TYPES = ("gate.qc", "gate.review")


def downstream(graph: Any, node_id: str) -> set[str]:
    """Every node fed (directly or not) by ``node_id``."""
    seen: set[str] = set()
    stack = [node_id]
    while stack:
        for lk in graph.links_from(stack.pop()):
            if lk.dst_node not in seen:
                seen.add(lk.dst_node)
                stack.append(lk.dst_node)
    return seen


def gated_input(graph: Any, node_id: str, port: str) -> bool:
    """True when what arrives on ``port`` passed through a gate node."""
    link = graph.link_into(node_id, port)
    if link is None:
        return False
    return any(graph.nodes[n].type_id in GATE_TYPES for n in graph.upstream({link.src_node})
               if n in graph.nodes)


# -- gate.qc --------------------------------------------------------------------------------
def expected_duration(params: dict[str, Any], plan: dict[str, Any] | None) -> float | None:
    if float(params.get("expected_duration_s") or 0) > 0:
        return float(params["expected_duration_s"])
    if plan and plan.get("total_frames") is not None and plan.get("fps"):
        return float(int(plan["total_frames"]) / Fraction(str(plan["fps"])))
    return None


async def _measure(ctx: NodeContext, media: Any, plan: dict[str, Any] | None) -> dict[str, Any]:
    if not isinstance(media, Artifact):
        raise BadNodeInput(ctx.node_id, f"expected an image or video, got {type(media).__name__}",
                           param="media")
    settings = qcmod.QcSettings.from_params(ctx.params)
    try:
        return await ctx.offload(
            qcmod.check_media, media.path, reads=(media.path,), kind="image" if media.kind == "image" else "video",
            settings=settings, expected_duration_s=expected_duration(ctx.params, plan),
            caption_boxes=media.meta.get("caption_boxes"))
    except Exception as exc:  # av/PIL decode errors: the media itself is broken
        return qcmod.summarize([qcmod.Check("decode", False, f"cannot decode "
                                            f"{media.path.name}: {exc}")])


def _one_take(ctx: NodeContext, value: Any) -> Any:
    """A re-take of a mapped upstream node is its whole list; keep our element."""
    if isinstance(value, list) and ctx.element is not None:
        return value[ctx.element]
    return value


async def _run_qc(ctx: NodeContext, media: Artifact, plan: dict[str, Any] | None = None
                  ) -> dict[str, Any]:
    p = ctx.params
    result = await _measure(ctx, media, plan)
    attempt = 0
    while not result["passed"] and p["on_fail"] == "regenerate" and attempt < int(
            p["max_retries"]):
        attempt += 1
        ctx.progress(None, f"QC failed ({'; '.join(result['reasons'])}); take {attempt + 1}")
        media = _one_take(ctx, await ctx.regenerate("media", attempt))
        result = await _measure(ctx, media, plan)
    result.update(attempts=attempt + 1, media=media.key, on_fail=p["on_fail"])
    where = ctx.node_id if ctx.element is None else f"{ctx.node_id}[{ctx.element}]"
    ctx.report.setdefault("qc", {})[where] = {k: result[k] for k in (
        "score", "passed", "reasons", "attempts")}
    if result["passed"]:
        return {"media": media, "qc": result}
    final = p["after_retries"] if p["on_fail"] == "regenerate" else p["on_fail"]
    if final == "stop":
        raise NodeFailed(ctx.node_id, f"QC failed after {attempt + 1} take(s) (score "
                         f"{result['score']:.2f}): {'; '.join(result['reasons'])}")
    result["needs_review"] = True  # gate.review must ask a person, whatever its auto mode
    return {"media": media, "qc": result}


def _check_qc(graph: Any, node: Any, registry: Any) -> list[Problem]:
    on_fail = node.params.get("on_fail", "review")
    after = node.params.get("after_retries", "review")
    problems = []
    if on_fail == "regenerate":
        link = graph.link_into(node.id, "media")
        src = graph.nodes.get(link.src_node) if link else None
        spec = registry.get(src.type_id) if src else None
        if src is not None and spec is not None and spec.param("seed") is None:
            problems.append(Problem(f"on_fail 'regenerate' needs the media to come from a node "
                                    f"with a seed (gen.*, route.by_cost); '{src.id}' "
                                    f"({src.type_id}) has none: use 'review' or 'stop'",
                                    node.id, "on_fail"))
    needs_review = on_fail == "review" or (on_fail == "regenerate" and after == "review")
    if needs_review and not any(graph.nodes[n].type_id == "gate.review"
                                for n in downstream(graph, node.id)):
        problems.append(Problem("failed media is sent to review, but no gate.review node is "
                                "downstream: add one, or set on_fail to 'stop'", node.id,
                                "on_fail"))
    return problems


def _f(name: str, default: float, help_: str, lo: float, hi: float) -> ParamSpec:
    return ParamSpec(name, "float", default, help_, min=lo, max=hi)


_D = qcmod.QcSettings()
QC_PARAMS = (
    ParamSpec("on_fail", "choice", "review", "what to do when a check fails",
              choices=("regenerate", "review", "stop")),
    ParamSpec("max_retries", "int", 2, "regenerate: new takes (seed + n) to try", min=0,
              max=10),
    ParamSpec("after_retries", "choice", "review", "regenerate: when every take fails",
              choices=("review", "stop")),
    _f("expected_duration_s", 0.0, "slot length; 0 = from the plan input (or no check)", 0,
       36000),
    _f("duration_tolerance_s", _D.duration_tolerance_s, "allowed difference (at least one "
       "frame)", 0, 60),
    ParamSpec("min_width", "int", 0, "pixels", min=0, max=16384),
    ParamSpec("min_height", "int", 0, "pixels", min=0, max=16384),
    ParamSpec("aspect", "choice", "any", "required aspect ratio",
              choices=("any", *qcmod.ASPECTS)),
    _f("black_luma_max", _D.black_luma_max, "a frame whose 98th-percentile luma (0..1) is "
       "below this is black", 0, 1),
    _f("blank_std_max", _D.blank_std_max, "a frame whose luma spread is below this is blank",
       0, 1),
    _f("max_black_s", _D.max_black_s, "longest black/blank stretch allowed", 0, 3600),
    _f("frozen_diff_max", _D.frozen_diff_max, "mean change between samples below this = "
       "frozen", 0, 1),
    _f("max_frozen_s", _D.max_frozen_s, "longest frozen stretch allowed", 0, 3600),
    ParamSpec("require_audio", "bool", True, "a video without sound fails"),
    _f("silence_db", _D.silence_db, "100 ms windows quieter than this (dBFS) are silent",
       -120, 0),
    _f("max_silence_s", _D.max_silence_s, "longest silence allowed", 0, 3600),
    _f("clip_level", _D.clip_level, "samples at or above this (full scale = 1) count as "
       "clipped", 0.5, 1.5),
    _f("max_clipped_fraction", _D.max_clipped_fraction, "share of clipped samples allowed",
       0, 1),
    _f("loudness_target_lufs", _D.loudness_target_lufs, "integrated loudness target "
       "(EBU R128 / BS.1770); -14 for social video, -23 for broadcast", -70, 0),
    _f("loudness_tolerance_lu", _D.loudness_tolerance_lu, "allowed distance from the target",
       0, 40),
    _f("safe_margin", _D.safe_margin, "caption safe area margin (fraction of each side)", 0,
       0.4),
    _f("sample_fps", _D.sample_fps, "frames per second analysed", 0.5, 60),
)


# -- gate.review ------------------------------------------------------------------------------
def _graph_name(ctx: NodeContext) -> str:
    runs = ctx.services["runs"]
    row = runs.run(ctx.run_id)
    return row.graph if row is not None else "<memory>"


async def _decide(ctx: NodeContext, store: ReviewStore, item: ReviewItem,
                  qc: dict[str, Any]) -> ReviewItem:
    if item.status != PENDING:
        return item  # an earlier decision on this very media stands
    qc_passed = qc.get("passed") is True and not qc.get("needs_review")
    if ctx.params["auto_approve"] and qc_passed:
        return store.decide(item.item_key, approved=True, who="gate.qc",
                            note=f"auto-approved: QC passed (score {qc.get('score')})")
    if ctx.services.get("review_mode") == "approve_all":
        failed = "" if qc_passed or not qc else " despite QC: " + "; ".join(
            qc.get("reasons", []))
        return store.decide(item.item_key, approved=True, note="--approve all" + failed)
    waiter = ctx.services.get("review_waiter")
    if waiter is not None:
        answer = waiter(item)
        answer = await answer if inspect.isawaitable(answer) else answer
        if isinstance(answer, bool):
            answer = ReviewDecision(approved=answer)
        if isinstance(answer, ReviewDecision):
            return store.decide(item.item_key, approved=answer.approved, note=answer.note,
                                who=answer.who or None)
    return item


async def _run_review(ctx: NodeContext, media: Artifact, qc: Any = None) -> dict[str, Any]:
    if not isinstance(media, Artifact):
        raise BadNodeInput(ctx.node_id, "expected an image or video", param="media")
    qc = qc if isinstance(qc, dict) else {}
    store = ReviewStore(ctx.services["runs"])
    item = store.ask(graph=_graph_name(ctx), node_id=ctx.node_id, media_key=media.key,
                     media_path=str(media.path), run_id=ctx.run_id, qc=qc)
    item = await _decide(ctx, store, item, qc)
    decision = {"status": item.status, "by": item.decided_by, "at": item.decided_at,
                "note": item.note}
    where = ctx.node_id if ctx.element is None else f"{ctx.node_id}[{ctx.element}]"
    ctx.report.setdefault("reviews", {})[where] = decision
    if item.status == APPROVED:
        return {"media": media, "qc": {**qc, "review": decision}}
    if item.status == REJECTED:
        raise NodeFailed(ctx.node_id, f"rejected by {item.decided_by}: {item.note or 'no note'}"
                         " (change something upstream for new media, or approve it with "
                         f"`mvstudio review {ctx.run_id} --approve {ctx.node_id}`)")
    score = f"QC score {item.qc_score:.2f}" if item.qc_score is not None else "no QC"
    reasons = "; ".join(qc.get("reasons", [])) or "no QC failures"
    raise GateStopped(f"node '{ctx.node_id}': {media.key[:12]} waits for review "
                      f"({score}: {reasons}); run `mvstudio review {ctx.run_id}` to list, "
                      f"`--approve {ctx.node_id}` or `--reject {ctx.node_id} --note ...`, "
                      "then render again")


SPECS = [
    NodeSpec("gate.qc", "Quality check", "gate", _run_qc, check=_check_qc,
             inputs=(PortSpec("media", MEDIA, "video or image to check"),
                     PortSpec("plan", CUTPLAN, "gives the slot duration", optional=True)),
             outputs=(PortSpec("media", MEDIA, "the checked media (a new take if regenerated)"),
                      PortSpec("qc", ANY, "score 0..1, passed, failed, reasons, checks")),
             params=QC_PARAMS,
             description="Black/frozen frames, duration, size, silence, clipping, loudness "
                         "(BS.1770), caption safe area; regenerate, review or stop on fail."),
    NodeSpec("gate.review", "Human review", "gate", _run_review, cacheable=False,
             resource=lambda p: "review",  # may wait for a person: keep CPU slots free
             inputs=(PortSpec("media", MEDIA), PortSpec("qc", ANY, "from gate.qc",
                                                        optional=True)),
             outputs=(PortSpec("media", MEDIA, "approved media"),
                      PortSpec("qc", ANY, "the QC result plus the review decision")),
             params=(ParamSpec("auto_approve", "bool", False,
                               "approve without asking when QC passed (failed QC always "
                               "asks)"),),
             description="Waits for a person to approve or reject; headless runs stop (exit "
                         "3) until `mvstudio review` decides."),
]
