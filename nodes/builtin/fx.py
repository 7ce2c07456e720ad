"""Effect and transition nodes: add registry effects (``render.effects``) to a timeline,
driven by audio curves or beat events, and choose transitions per section.

Timelines between nodes are ``Timeline.to_dict()`` dicts; effects go into ``effects`` (whole
timeline, after transitions) or each segment's ``effects`` (per clip, before transitions).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from nodes.builtin import beatglue as bg
from nodes.builtin.audio import parse_fps
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, Problem
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import BEATMAP, CURVE, CUTPLAN, TEXT, TIMELINE, list_of

DRIVES = ("none", "curve", *bg.EVENT_KINDS)
EASINGS = ("exp", "linear", "smooth")
TRANSITION_KINDS = ("cut", "crossfade", "dip_black", "dip_white", "flash", "whip", "zoom_blur",
                    "glitch")


def _labels(text: Any) -> list[str]:
    return [s.strip() for s in str(text or "").split(",") if s.strip()]


def _param(node: Any, registry: Any, name: str) -> Any:
    value = node.params.get(name)
    return registry.get(node.type_id).param(name).default if value is None else value


def _check_effect(graph: Any, node: Any, registry: Any) -> list[Problem]:
    """Load-time checks: effect name, static params in range, a driver's source linked."""
    from render.effects import TIME_REMAPS, check_effect

    def get(name: str) -> Any:
        return _param(node, registry, name)

    on_clip = str(get("target")) == "clips"
    problems = [Problem(msg, node.id, f"params.{p}" if p else "effect")
                for p, msg in check_effect(str(get("effect")), dict(get("params") or {}),
                                           on_clip=on_clip)]
    drive = str(get("drive"))
    if drive == "curve" and graph.link_into(node.id, "curve") is None:
        problems.append(Problem("drive 'curve' needs a Curve (audio.envelope) linked into "
                                "input 'curve'", node.id, "drive"))
    if drive in bg.EVENT_KINDS and graph.link_into(node.id, "beats") is None:
        problems.append(Problem(f"drive '{drive}' needs a BeatMap (audio.analyze) linked into "
                                "input 'beats'", node.id, "drive"))
    if not problems and drive != "none":
        where = "drive" if str(get("effect")) in TIME_REMAPS else "drive_param"
        problems += [Problem(msg, node.id, where) for _p, msg in check_effect(
            str(get("effect")), {}, [{"param": str(get("drive_param")), "source": "curve",
                                       "curve": {"fps": "30", "values": []}}])]
    if _labels(get("sections")) and graph.link_into(node.id, "beats") is None:
        problems.append(Problem("limiting to sections needs a BeatMap linked into 'beats'",
                                node.id, "sections"))
    return problems


def _driver(ctx: NodeContext, fps: Fraction, beats: dict[str, Any] | None,
            curve: dict[str, Any] | None, spans: list[tuple[float, float]] | None
            ) -> dict[str, Any] | None:
    p = ctx.params
    drive = str(p["drive"])
    if drive == "none":
        return None
    d: dict[str, Any] = {"param": str(p["drive_param"]), "amount": float(p["drive_amount"])}
    if drive == "curve":
        if curve is None:
            raise BadNodeInput(ctx.node_id, "drive 'curve' but no curve arrived", param="curve")
        if parse_fps(curve["fps"], node_id=ctx.node_id, param="curve") != fps:
            raise BadNodeInput(ctx.node_id, f"the curve is at {curve['fps']} fps but the timeline "
                               f"is at {fps} fps; set the envelope's fps to {fps}", param="curve")
        d.update(source="curve", curve=curve)
    else:
        if beats is None:
            raise BadNodeInput(ctx.node_id, f"drive '{drive}' needs a BeatMap", param="beats")
        d.update(source="events", beats_s=list(beats["beats_s"]),
                 events_beats=bg.events_in_beats(beats, drive, every=int(p["every"]), spans=spans),
                 attack_beats=float(p["attack_beats"]), decay_beats=float(p["decay_beats"]),
                 easing=str(p["easing"]))
    return d


def _ranges(spans: list[tuple[float, float]] | None, fps: Fraction) -> list[tuple[int, int | None]]:
    if spans is None:
        return [(0, None)]
    return [(bg.frame_of(a, fps), bg.frame_of(b, fps)) for a, b in spans]


def _effects(ctx: NodeContext, timeline: dict[str, Any], beats: dict[str, Any] | None,
             curve: dict[str, Any] | None) -> list[dict[str, Any]]:
    p = ctx.params
    fps = parse_fps(timeline["output"]["fps"], node_id=ctx.node_id, param="timeline")
    labels = _labels(p["sections"])
    spans = bg.section_spans(beats, labels) if labels and beats is not None else None
    drv = _driver(ctx, fps, beats, curve, spans)
    intensity = dict(p["intensity"] or timeline.get("section_intensity") or {})
    if drv is not None and intensity and beats is not None:
        drv["gains"] = bg.gains(beats, intensity, fps)
    return [{"kind": str(p["effect"]), "params": dict(p["params"] or {}),
             "drivers": [drv] if drv else [], "start_frame": a, "end_frame": b}
            for a, b in _ranges(spans, fps)]


async def _run_effect(ctx: NodeContext, timeline: dict[str, Any],
                      beats: dict[str, Any] | None = None,
                      curve: dict[str, Any] | None = None) -> dict[str, Any]:
    from render.effects import check_effect

    effects = _effects(ctx, timeline, beats, curve)
    fps = Fraction(str(timeline["output"]["fps"]))
    for e in effects:
        for param, msg in check_effect(e["kind"], e["params"], e["drivers"], fps=fps,
                                       on_clip=ctx.params["target"] == "clips"):
            raise BadNodeInput(ctx.node_id, msg, param=param or "effect")
    out = dict(timeline)
    if ctx.params["target"] == "timeline":
        out["effects"] = [*timeline.get("effects", []), *effects]
    else:
        out["segments"] = [{**s, "effects": [*s.get("effects", []), *effects]}
                           for s in timeline.get("segments", [])]
    return {"timeline": out}


def _transition_for(style: dict[str, Any], default: tuple[str, float, str]
                    ) -> tuple[str, float, str]:
    return (str(style.get("transition", default[0])), float(style.get("length", default[1])),
            str(style.get("unit", default[2])))


def _frames(beats: dict[str, Any] | None, t: float, length: float, unit: str,
            fps: Fraction) -> int:
    if unit == "frames":
        return round(length)
    if beats is None:
        raise ValueError("a length in beats needs a BeatMap linked into 'beats'")
    return bg.beats_to_frames(beats, t, length, fps)


def set_transitions(timeline: dict[str, Any], beats: dict[str, Any] | None,
                    styles: dict[str, Any], default: tuple[str, float, str]) -> dict[str, Any]:
    """Each cut's transition from the style of the section the incoming shot starts in."""
    fps = Fraction(str(timeline["output"]["fps"]))
    segs = []
    for i, s in enumerate(timeline.get("segments", [])):
        # the middle of the shot's first frame: a cut snapped to the frame holding a section
        # start (8.012 s -> frame 240 = 8.0 s) belongs to the new section
        t = float((Fraction(int(s["start_frame"])) + Fraction(1, 2)) / fps)
        kind, length, unit = _transition_for(styles.get(bg.label_at(beats, t), {}), default)
        n = _frames(beats, t, length, unit, fps) if kind != "cut" and i else 0
        segs.append({**s, "transition_in": {"kind": kind if n else "cut", "duration_frames": n}})
    return {**timeline, "segments": segs}


def _check_styles(styles: dict[str, Any]) -> str | None:
    for label, st in styles.items():
        if not isinstance(st, dict):
            return f"style for {label!r} must be an object like {{\"transition\": \"crossfade\"}}"
        if str(st.get("transition", "cut")) not in TRANSITION_KINDS:
            return (f"section {label!r}: unknown transition {st.get('transition')!r} "
                    f"(known: {', '.join(TRANSITION_KINDS)})")
        if st.get("unit", "beats") not in ("frames", "beats"):
            return f"section {label!r}: unit must be 'frames' or 'beats'"
    return None


def _check_transitions(graph: Any, node: Any, registry: Any) -> list[Problem]:
    styles = _param(node, registry, "by_section") or {}
    msg = _check_styles(styles) if isinstance(styles, dict) else "by_section must be an object"
    problems = [Problem(msg, node.id, "by_section")] if msg else []
    beats_needed = styles or _param(node, registry, "unit") == "beats"
    if beats_needed and graph.link_into(node.id, "beats") is None:
        problems.append(Problem("per-section transitions and lengths in beats need a BeatMap "
                                "linked into 'beats'", node.id, "by_section"))
    return problems


async def _run_transitions(ctx: NodeContext, timeline: dict[str, Any],
                           beats: dict[str, Any] | None = None) -> dict[str, Any]:
    p = ctx.params
    default = (str(p["kind"]), float(p["length"]), str(p["unit"]))
    try:
        return {"timeline": set_transitions(timeline, beats, dict(p["by_section"] or {}),
                                            default)}
    except ValueError as e:
        raise BadNodeInput(ctx.node_id, str(e), param="beats") from None


def _grades(timeline: dict[str, Any], beats: dict[str, Any], styles: dict[str, Any]
            ) -> list[dict[str, Any]]:
    fps = Fraction(str(timeline["output"]["fps"]))
    out = []
    for s in beats.get("sections") or []:
        grade = styles.get(str(s["label"]), {}).get("grade")
        if grade:
            out.append({"kind": "grade", "params": dict(grade), "drivers": [],
                        "start_frame": bg.frame_of(float(s["start_s"]), fps),
                        "end_frame": bg.frame_of(float(s["end_s"]), fps)})
    return out


def _check_section_styles(graph: Any, node: Any, registry: Any) -> list[Problem]:
    from render.effects import check_effect

    styles = _param(node, registry, "styles") or {}
    msg = _check_styles(styles) if isinstance(styles, dict) else "styles must be an object"
    if msg:
        return [Problem(msg, node.id, "styles")]
    return [Problem(f"section {label!r}: {m}", node.id, f"styles.{label}.grade.{p}")
            for label, st in styles.items() for p, m in check_effect("grade", st.get("grade", {}))]


async def _run_section_styles(ctx: NodeContext, timeline: dict[str, Any],
                              beats: dict[str, Any]) -> dict[str, Any]:
    styles = dict(ctx.params["styles"] or {})
    try:
        out = set_transitions(timeline, beats, styles, ("cut", 1.0, "beats"))
    except ValueError as e:
        raise BadNodeInput(ctx.node_id, str(e), param="styles") from None
    out["effects"] = [*timeline.get("effects", []), *_grades(timeline, beats, styles)]
    out["section_intensity"] = {label: float(st["intensity"]) for label, st in styles.items()
                                if "intensity" in st}
    return {"timeline": out}


def _scene_lists(raw: Any, node_id: str) -> dict[str, list[str]]:
    """``{"verse": ["the sea at night", ...]}`` (a single string is a one-item list)."""
    if not isinstance(raw, dict):
        raise BadNodeInput(node_id, "scenes must be an object like {\"chorus\": [\"the "
                           "northern lights\"]}", param="scenes")
    out: dict[str, list[str]] = {}
    for label, v in raw.items():
        items = [v] if isinstance(v, str) else v
        if not isinstance(items, list) or not items or not all(
                isinstance(x, str) and x.strip() for x in items):
            raise BadNodeInput(node_id, f"scenes for {label!r} must be a non-empty list of "
                               "prompts", param=f"scenes.{label}")
        out[str(label)] = [x.strip() for x in items]
    return out


async def _run_section_prompts(ctx: NodeContext, scenes: list[str], plan: dict[str, Any]
                               ) -> dict[str, Any]:
    """Per section: replace the shots' prompts by the section's own scenes (cycled through
    its shots; later rounds ask for another take, so no picture repeats), then append the
    section's suffix. Prompts are matched to slots proportionally when the counts differ."""
    suffixes = {str(k): str(v) for k, v in dict(ctx.params["suffixes"] or {}).items()}
    own = _scene_lists(ctx.params.get("scenes") or {}, ctx.node_id)
    slots = plan.get("slots") or []
    if not slots:
        raise BadNodeInput(ctx.node_id, "the cut plan has no slots", param="plan")
    out, seen = [], dict.fromkeys(own, 0)
    for i, prompt in enumerate(scenes):
        label = str(slots[min(i * len(slots) // max(len(scenes), 1), len(slots) - 1)]
                    .get("section", ""))
        if label in own:
            k, pool = seen[label], own[label]
            seen[label] = k + 1
            prompt = pool[k % len(pool)] + (f", take {k // len(pool) + 1}" if k >= len(pool)
                                             else "")
        extra = suffixes.get(label, "").strip()
        out.append(f"{prompt}, {extra}" if extra else prompt)
    return {"scenes": out}


def _effect_specs() -> tuple[ParamSpec, ...]:
    from render.effects import PIXEL_EFFECTS, TIME_REMAPS

    return (
        ParamSpec("effect", "choice", "zoom_punch", "which effect (render.effects registry); "
                  "speed_ramp retimes each clip (target 'clips')",
                  choices=(*PIXEL_EFFECTS, *TIME_REMAPS)),
        ParamSpec("params", "json", {}, "static param values, e.g. {\"amount\": 0.0}"),
        ParamSpec("target", "choice", "timeline", "whole timeline (after transitions) or "
                  "each clip (before transitions)", choices=("timeline", "clips")),
        ParamSpec("sections", "str", "", "only in these section labels, comma-separated "
                  "(empty: everywhere)"),
        ParamSpec("drive", "choice", "none", "what moves the driven param: an audio curve or "
                  "beat events", choices=DRIVES),
        ParamSpec("drive_param", "str", "amount", "the param that follows the driver"),
        ParamSpec("drive_amount", "float", 0.1, "added to the param at the driver's peak",
                  min=-10, max=10),
        ParamSpec("every", "int", 1, "use every N-th event", min=1, max=64),
        ParamSpec("attack_beats", "float", 0.0, "rise before the event, in beats", min=0,
                  max=16),
        ParamSpec("decay_beats", "float", 0.5, "fall after the event, in beats", min=0, max=32),
        ParamSpec("easing", "choice", "exp", "shape of the rise and fall", choices=EASINGS),
        ParamSpec("intensity", "json", {}, "gain per section label, e.g. {\"verse\": 0.5}; "
                  "empty: from an upstream style.sections"),
    )


SPECS = [
    NodeSpec("fx.effect", "Effect", "composite", _run_effect, check=_check_effect,
             inputs=(PortSpec("timeline", TIMELINE),
                     PortSpec("beats", BEATMAP, "for beat-event drivers and sections",
                              optional=True),
                     PortSpec("curve", CURVE, "for curve drivers (audio.envelope)",
                              optional=True)),
             outputs=(PortSpec("timeline", TIMELINE),), params=_effect_specs(),
             description="An effect on the whole timeline or each clip; any numeric param can "
                         "follow an audio curve or beat events (kept in beats)."),
    NodeSpec("fx.transitions", "Transitions", "composite", _run_transitions,
             check=_check_transitions,
             inputs=(PortSpec("timeline", TIMELINE),
                     PortSpec("beats", BEATMAP, "sections and tempo", optional=True)),
             outputs=(PortSpec("timeline", TIMELINE),),
             params=(
                 ParamSpec("kind", "choice", "crossfade", "transition on every cut",
                           choices=TRANSITION_KINDS),
                 ParamSpec("length", "float", 1.0, "transition length", min=0, max=240),
                 ParamSpec("unit", "choice", "beats", "length unit", choices=("beats", "frames")),
                 ParamSpec("by_section", "json", {}, "per section label, e.g. {\"chorus\": "
                           "{\"transition\": \"flash\", \"length\": 4, \"unit\": \"frames\"}}"),
             ),
             description="Transitions on cuts: kind and length (frames or beats) per section."),
    NodeSpec("style.sections", "Section styles", "composite", _run_section_styles,
             check=_check_section_styles,
             inputs=(PortSpec("timeline", TIMELINE), PortSpec("beats", BEATMAP)),
             outputs=(PortSpec("timeline", TIMELINE),),
             params=(ParamSpec("styles", "json", {}, "per section label: transition, length, "
                               "unit, intensity (gain for downstream fx.effect drivers), grade "
                               "(lift/gamma/gain/saturation/temperature/tint)"),),
             description="Looks per section: transition, effect intensity and colour grade "
                         "for intro, verse, chorus, bridge and outro."),
    NodeSpec("style.prompts", "Section prompts", "text", _run_section_prompts,
             inputs=(PortSpec("scenes", list_of(TEXT), "prompts in shot order"),
                     PortSpec("plan", CUTPLAN, "slots with their section labels")),
             outputs=(PortSpec("scenes", list_of(TEXT)),),
             params=(ParamSpec("suffixes", "json", {}, "per section label, text added to its "
                               "prompts, e.g. {\"chorus\": \"vivid, high energy\"}"),
                     ParamSpec("scenes", "json", {}, "per section label, prompts that replace "
                               "its shots' prompts, cycled, e.g. {\"chorus\": [\"the northern "
                               "lights\", \"deep space\"]}")),
             description="Scenes and a prompt suffix per section: what the pictures show "
                         "follows the song's structure."),
]
