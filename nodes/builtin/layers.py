"""Layers over the timeline: ``comp.overlay`` (image, video or text) and ``comp.title``
(title cards and lower thirds). Each node adds layers to the timeline it passes on, so any
number stack in link order; times are in seconds, beats or bars (with a BeatMap)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from nodes.builtin.composite import ARTIFACT_PREFIX
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import BEATMAP, MEDIA, TIMELINE

UNITS = ("seconds", "beats", "bars")
ANIMATIONS = ("fade", "slide_up", "slide_down", "slide_left", "slide_right", "none")


def _beat_time(beats_s: list[float], n: float) -> float:
    """Time of beat number ``n`` (1-based, fractional allowed; extrapolated at the ends)."""
    i = n - 1
    if len(beats_s) < 2:
        raise ValueError("the BeatMap has fewer than two beats")
    lo = min(max(int(i // 1), 0), len(beats_s) - 2)
    return beats_s[lo] + (i - lo) * (beats_s[lo + 1] - beats_s[lo])


def to_seconds(ctx: NodeContext, param: str, beats: dict[str, Any] | None) -> Fraction:
    """A time param in the node's ``unit``: seconds, beat number, or ``bar`` / ``bar:beat``
    (1-based, fractions allowed); exact for decimal seconds."""
    text, unit = str(ctx.params[param]).strip(), str(ctx.params["unit"])
    try:
        if unit == "seconds":
            t = Fraction(text)
        else:
            if beats is None:
                raise BadNodeInput(ctx.node_id, f"unit '{unit}' needs the 'beats' input "
                                   "(a BeatMap from audio.analyze)", param="unit")
            bs = [float(b) for b in beats["beats_s"]]
            if unit == "beats":
                t = Fraction(repr(_beat_time(bs, float(text))))
            else:
                bar, _, beat = text.partition(":")
                t = Fraction(repr(_bar_time(beats, bs, float(bar), float(beat or 1))))
    except (ValueError, ZeroDivisionError) as exc:
        raise BadNodeInput(ctx.node_id, f"{text!r} is not a time in {unit} ({exc})",
                           param=param) from None
    if t < 0:
        raise BadNodeInput(ctx.node_id, f"{text} is before the start", param=param)
    return t


def _bar_time(beats: dict[str, Any], bs: list[float], bar: float, beat: float) -> float:
    """Bar ``bar`` starts on the analysed downbeat of that bar, so bars follow metre changes
    (a 3/4 section has 3-beat bars); past the last downbeat, bars of ``beats_per_bar``."""
    downs = [float(d) for d in beats["downbeats_s"]]
    if not downs:
        raise ValueError("the BeatMap has no downbeats")
    per_bar = int(beats.get("beats_per_bar") or 4)
    k = min(max(int((bar - 1) // 1), 0), len(downs) - 1)
    first = min(range(len(bs)), key=lambda j: abs(bs[j] - downs[k]))
    if k + 1 < len(downs):
        per_bar = min(range(len(bs)), key=lambda j: abs(bs[j] - downs[k + 1])) - first or per_bar
    return _beat_time(bs, first + 1 + (bar - 1 - k) * per_bar + (beat - 1))


def frame_range(ctx: NodeContext, timeline: dict[str, Any], beats: dict[str, Any] | None
                ) -> tuple[int, int]:
    """(start_frame, duration_frames) from ``start`` and ``end`` (empty end: to the end)."""
    fps = Fraction(str(timeline["output"]["fps"]))
    total = int(timeline["total_frames"])
    start = int(to_seconds(ctx, "start", beats) * fps)
    end = int(to_seconds(ctx, "end", beats) * fps) if str(ctx.params["end"]).strip() else total
    end = min(end, total)
    if start >= total:
        raise BadNodeInput(ctx.node_id, f"starts at frame {start}, after the video ends "
                           f"(frame {total})", param="start")
    if end <= start:
        raise BadNodeInput(ctx.node_id, "ends before it starts", param="end")
    return start, end - start


def _fade(ctx: NodeContext, name: str, timeline: dict[str, Any]) -> int:
    return int(Fraction(repr(float(ctx.params[name]))) * Fraction(str(timeline["output"]["fps"])))


def _style(ctx: NodeContext, *, font: str, size: float, box: str = "") -> Any:
    from render.text import FontError, TextStyle, font_path, parse_color

    p = ctx.params
    try:
        font_path(font)
    except FontError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="font") from None
    colors: dict[str, Any] = {}
    for key, param in (("color", "color"), ("outline_color", "outline_color"),
                       ("box_color", "box")):
        value = str(p.get(param) or (box if param == "box" else "")).strip()
        if value:
            try:
                colors[key] = parse_color(value)
            except ValueError as exc:
                raise BadNodeInput(ctx.node_id, str(exc), param=param) from None
    return TextStyle(font=font, size=size, outline=float(p.get("outline", 0)),
                     shadow=float(p.get("shadow", 0)), align=str(p.get("align", "center")),
                     **colors)


def add_layers(ctx: NodeContext, timeline: dict[str, Any], specs: list[Any]) -> dict[str, Any]:
    """The timeline with ``specs`` on top; a layer that can never be seen is refused."""
    from render.layers import LayerError

    out = timeline["output"]
    for spec in specs:
        try:
            spec.validate()
            _check_visible(spec, width=int(out.get("width", 1280)),
                           height=int(out.get("height", 720)))
        except LayerError as exc:
            raise BadNodeInput(ctx.node_id, exc.reason, param=exc.param) from None
    return {**timeline, "layers": [*timeline.get("layers", []), *(s.to_dict() for s in specs)]}


def _check_visible(spec: Any, *, width: int, height: int) -> None:
    """Refuse a layer that would be wholly off screen at the timeline's size (the render
    checks again at the final size)."""
    from render.layers import check_inside

    if spec.kind == "text":
        from render.text import render_block

        im = render_block(spec.text.split("\n"), spec.style, width=width, height=height,
                          max_width=round(spec.max_width * width))
        w, h = im.size
    else:
        w = h = max(2, round(spec.scale * width))  # the picture's height is known later
    check_inside(spec, w=w, h=h, width=width, height=height)


def time_params(end: str) -> tuple[ParamSpec, ...]:
    return (
        ParamSpec("start", "str", "0", "when it appears, in the unit below (bars: '5' or "
                  "'5:3' = bar 5, beat 3)"),
        ParamSpec("end", "str", end, "when it goes (empty: the end of the video)"),
        *TIME_PARAMS)


TIME_PARAMS = (
    ParamSpec("unit", "choice", "seconds", "unit of start and end; beats and bars need the "
              "beats input", choices=UNITS),
    ParamSpec("fade_in_s", "float", 0.5, "fade / slide in", min=0, max=30),
    ParamSpec("fade_out_s", "float", 0.5, "fade / slide out", min=0, max=30),
    ParamSpec("animation", "choice", "fade", "how it comes and goes", choices=ANIMATIONS),
)
TEXT_PARAMS = (
    ParamSpec("color", "str", "#ffffff", "text colour (#rrggbb[aa] or a name)"),
    ParamSpec("outline", "float", 0.0, "outline width (px at 1080p)", min=0, max=40),
    ParamSpec("outline_color", "str", "#000000", "outline colour"),
    ParamSpec("shadow", "float", 4.0, "drop shadow offset (px at 1080p, 0: none)", min=0,
              max=60),
)


def _spec_args(ctx: NodeContext, timeline: dict[str, Any], beats: dict[str, Any] | None
               ) -> dict[str, Any]:
    start, duration = frame_range(ctx, timeline, beats)
    return {"start_frame": start, "duration_frames": duration,
            "fade_in_frames": _fade(ctx, "fade_in_s", timeline),
            "fade_out_frames": _fade(ctx, "fade_out_s", timeline),
            "motion": str(ctx.params["animation"]), "node": ctx.node_id}


def _layer_source(ctx: NodeContext, media: Artifact | None) -> tuple[str, str]:
    if media is None:
        if not str(ctx.params.get("text") or "").strip():
            raise BadNodeInput(ctx.node_id, "link an image or video to 'media', or type a "
                               "text", param="text")
        return "text", ""
    if media.kind not in ("image", "video"):
        raise BadNodeInput(ctx.node_id, f"media is {media.kind}, not an image or video",
                           param="media")
    return media.kind, ARTIFACT_PREFIX + media.key


async def _run_overlay(ctx: NodeContext, timeline: dict[str, Any], media: Artifact | None = None,
                       beats: dict[str, Any] | None = None) -> dict[str, Any]:
    from render.layers import LayerSpec

    p = ctx.params
    kind, source = _layer_source(ctx, media)
    style = _style(ctx, font=str(p["font"]), size=float(p["size"]))
    spec = LayerSpec(kind=kind, source=source, text=str(p.get("text") or ""), style=style,
                     x=float(p["x"]), y=float(p["y"]), anchor=str(p["anchor"]),
                     scale=float(p["scale"]), opacity=float(p["opacity"]),
                     blend=str(p["blend"]), **_spec_args(ctx, timeline, beats))
    return {"timeline": add_layers(ctx, timeline, [spec])}


async def _run_title(ctx: NodeContext, timeline: dict[str, Any],
                     beats: dict[str, Any] | None = None) -> dict[str, Any]:
    from render.layers import LayerSpec

    p = ctx.params
    card = p["kind"] == "card"
    font = str(p["font"]) or ("display" if card else "sans-bold")
    size = float(p["size"]) or (120.0 if card else 58.0)
    args = _spec_args(ctx, timeline, beats)
    box = "" if card else "#000000a0"
    main = _style(ctx, font=font, size=size, box=box)
    sub = _style(ctx, font="sans", size=size * 0.45, box=box)
    place: list[dict[str, Any]]
    if card:
        place = [{"x": 0.5, "y": 0.5, "anchor": "bottom"}, {"x": 0.5, "y": 0.53,
                                                             "anchor": "top"}]
    else:
        place = [{"x": 0.0, "y": 0.78, "anchor": "bottom-left"},  # above the captions
                 {"x": 0.0, "y": 0.79, "anchor": "top-left"}]
    texts = [str(p["text"]), str(p["subtitle"])]
    specs = [LayerSpec(kind="text", text=t, style=st, safe_area=True, **pl, **args)
             for t, st, pl in zip(texts, (main, sub), place, strict=True) if t.strip()]
    if not specs:
        raise BadNodeInput(ctx.node_id, "the title is empty", param="text")
    return {"timeline": add_layers(ctx, timeline, specs)}


SPECS = [
    NodeSpec("comp.overlay", "Overlay", "composite", _run_overlay,
             inputs=(PortSpec("timeline", TIMELINE),
                     PortSpec("media", MEDIA, "an image or video to lay over (or use text)",
                              optional=True),
                     PortSpec("beats", BEATMAP, "for times in beats or bars", optional=True)),
             outputs=(PortSpec("timeline", TIMELINE, "the timeline with the layer on top"),),
             params=(
                 ParamSpec("text", "text", "", "text to show when no media is linked"),
                 ParamSpec("x", "float", 0.5, "anchor point, 0 left .. 1 right", min=-2, max=3),
                 ParamSpec("y", "float", 0.5, "anchor point, 0 top .. 1 bottom", min=-2, max=3),
                 ParamSpec("anchor", "choice", "center", "which point of the layer sits at "
                           "x, y", choices=("top-left", "top", "top-right", "left", "center",
                                            "right", "bottom-left", "bottom", "bottom-right")),
                 ParamSpec("scale", "float", 0.25, "image/video width as a fraction of the "
                           "frame width", min=0.01, max=4),
                 ParamSpec("opacity", "float", 1.0, "0 invisible .. 1 opaque", min=0, max=1),
                 ParamSpec("blend", "choice", "normal", "how it mixes with the picture below",
                           choices=("normal", "add", "screen", "multiply")),
                 ParamSpec("font", "str", "sans-bold", "text font: sans, sans-bold, display "
                           "(bundled) or a .ttf/.otf file"),
                 ParamSpec("size", "float", 64.0, "text size (px at 1080p)", min=4, max=600),
                 *TEXT_PARAMS, *time_params(""),
             ),
             description="An image, video or text layer over the timeline: position, scale, "
                         "opacity, blend and fades; chain several to stack them."),
    NodeSpec("comp.title", "Title", "composite", _run_title,
             inputs=(PortSpec("timeline", TIMELINE),
                     PortSpec("beats", BEATMAP, "for times in beats or bars", optional=True)),
             outputs=(PortSpec("timeline", TIMELINE, "the timeline with the title on top"),),
             params=(
                 ParamSpec("text", "str", "Title", "the title", required=True),
                 ParamSpec("subtitle", "str", "", "a smaller second line (optional)"),
                 ParamSpec("kind", "choice", "card", "a centred title card or a lower third",
                           choices=("card", "lower_third")),
                 ParamSpec("font", "str", "", "font (empty: display for cards, sans-bold "
                           "for lower thirds; or a .ttf/.otf file)"),
                 ParamSpec("size", "float", 0.0, "size (px at 1080p; 0: 120 for cards, 58 "
                           "for lower thirds)", min=0, max=600),
                 ParamSpec("box", "str", "", "box colour behind the text (lower thirds: "
                           "empty means translucent black)"),
                 *TEXT_PARAMS, *time_params("4"),
             ),
             description="Title cards and lower thirds in the bundled fonts, inside the "
                         "title-safe area, animated in and out."),
]
