"""Compositing nodes: stills into moving clips, clips + cut plan into a timeline.

Timelines between nodes are ``render.timeline.Timeline.to_dict()`` with sources
written as ``artifact:<sha256>``, so a cached timeline never points at a path
that moved; ``out.render`` resolves them.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from nodes.builtin.audio import parse_fps
from nodes.builtin.montage import ARTIFACT_PREFIX as ARTIFACT_PREFIX  # out.render reads it
from nodes.builtin.montage import (
    ORDERS,
    assign,
    auto_motion,
    auto_move,
    element_name,
    element_source,
    move_key,
    parse_overrides,
    segment_fields,
    unlike_previous,
)
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import CUTPLAN, IMAGE, TIMELINE, VIDEO, list_of


def _move(ctx: NodeContext, image: Artifact) -> tuple[float, float, float, float]:
    p = ctx.params
    if p["motion"] == "auto":
        return auto_move(move_key(image))
    return float(p["zoom_from"]), float(p["zoom_to"]), float(p["pan_x"]), float(p["pan_y"])


def clip_recipe(source: Artifact, *, motion: dict[str, float] | None, frames: int,
                fps: str) -> dict[str, Any]:
    """A clip as a description the renderer evaluates per frame (cheap JSON, cached as such):
    ``source`` is a user file or provider output, the only things ever decoded."""
    return {"clip": 1, "source": source, "motion": motion, "duration_frames": frames,
            "fps": fps}


async def _run_kenburns(ctx: NodeContext, image: Artifact) -> dict[str, Any]:
    p = ctx.params
    fps = parse_fps(p["fps"], node_id=ctx.node_id)
    frames = max(1, round(float(p["duration_s"]) * fps))
    z0, z1, px, py = _move(ctx, image)
    if not p["export_clip"]:
        auto = {"auto": True} if p["motion"] == "auto" else {}  # the montage may vary it
        return {"video": clip_recipe(image, motion={"zoom_from": z0, "zoom_to": z1,
                                                    "pan_x": px, "pan_y": py, **auto},
                                     frames=frames, fps=str(fps))}
    return {"video": await _export_kenburns(ctx, image, fps, frames, (z0, z1, px, py))}


async def _export_kenburns(ctx: NodeContext, image: Artifact, fps: Fraction, frames: int,
                           move: tuple[float, float, float, float]) -> Artifact:
    """The move as an H.264 file, for when a clip file is wanted (e.g. to share it)."""
    from render.errors import RenderCancelled, RenderError
    from render.kenburns import make_kenburns_clip

    p = ctx.params
    out = ctx.temp_path(".mp4")
    try:
        await ctx.offload(make_kenburns_clip, image.path, out, reads=(image.path,),
                          writes=(out,), width=int(p["width"]), height=int(p["height"]),
                          fps=fps, duration_frames=frames, zoom_from=move[0], zoom_to=move[1],
                          pan=(move[2], move[3]), crf=int(p["crf"]),
                          local={"progress": ctx.frame_progress(),
                                 "cancel": ctx.cancel_event})
    except RenderCancelled:
        ctx.check_cancelled()
        raise
    except RenderError as exc:
        out.unlink(missing_ok=True)
        raise BadNodeInput(ctx.node_id, str(exc), param="image") from None
    meta = {"width": int(p["width"]), "height": int(p["height"]), "fps": str(fps),
            "duration_frames": frames, "duration_s": float(frames / fps)}
    art: Artifact = await ctx.to_thread(ctx.add_artifact, out, kind="video",
                                        media_type="video/mp4", meta=meta)
    return art


async def _run_clip(ctx: NodeContext, video: Any) -> dict[str, Any]:
    p = ctx.params
    art, recipe = element_source(video, node_id=ctx.node_id, index=0)
    in_s, out_s = float(p["in_s"]), float(p["out_s"])
    if out_s and out_s <= in_s:
        raise BadNodeInput(ctx.node_id, f"out_s {out_s} must be after in_s {in_s} (0 = to the "
                           "end)", param="out_s")
    return {"video": {**(recipe or clip_recipe(art, motion=None, frames=0, fps="30")),
                      "source_in_s": in_s, "source_out_s": out_s or None,
                      "policy": None if p["policy"] == "montage" else p["policy"],
                      "fit": None if p["fit"] == "montage" else p["fit"]}}


async def _run_montage(ctx: NodeContext, clips: list[Any], plan: dict[str, Any]
                       ) -> dict[str, Any]:
    from render.timeline import OutputSettings, Timeline, Transition, VideoSegment

    if not clips:
        raise BadNodeInput(ctx.node_id, "no clips arrived on input 'clips'")
    p = ctx.params
    fps = parse_fps(plan["fps"], node_id=ctx.node_id)
    kind, frames = str(p["transition"]), int(p["transition_frames"])
    slots = list(plan["slots"])
    sources = [element_source(el, node_id=ctx.node_id, index=i) for i, el in enumerate(clips)]
    picks = assign(slots, [element_name(el) for el in clips], str(p["order"]))
    overrides = parse_overrides(str(p["overrides"] or ""), len(slots), len(clips),
                                node_id=ctx.node_id)
    segments: list[VideoSegment] = []
    still_motion = p["still_motion"] == "auto"
    for i, slot in enumerate(slots):
        art, recipe = sources[overrides.get(i, picks[i])]
        fields = {"fit": str(p["fit"]), "policy": str(p["policy"]),  # a clip's own win
                  **segment_fields(art, recipe, fps=fps, still_motion=still_motion)}
        if segments and auto_motion(art, recipe, still_motion=still_motion):
            fields["motion"] = unlike_previous(fields.get("motion"), segments[-1].motion)
        segments.append(VideoSegment(
            start_frame=int(slot["start_frame"]),
            duration_frames=int(slot["end_frame"]) - int(slot["start_frame"]),
            transition_in=Transition(kind, frames) if i and kind != "cut" else Transition(),
            **fields))
    timeline = Timeline(output=OutputSettings(fps=fps), total_frames=int(plan["total_frames"]),
                        segments=tuple(segments))
    timeline.validate()
    return {"timeline": {**timeline.to_dict(), "cuts_s": list(plan["cuts_s"]),
                         "cut_frames": list(plan["cut_frames"])}}


SPECS = [
    NodeSpec("comp.kenburns", "Ken Burns", "composite", _run_kenburns,
             inputs=(PortSpec("image", IMAGE),), outputs=(PortSpec("video", VIDEO),),
             params=(
                 ParamSpec("duration_s", "float", 2.5, "clip length", min=0.1, max=60),
                 ParamSpec("motion", "choice", "auto",
                           "auto varies the move per image; manual uses the values below",
                           choices=("auto", "manual")),
                 ParamSpec("zoom_from", "float", 1.0, "start zoom", min=1.0, max=3.0),
                 ParamSpec("zoom_to", "float", 1.15, "end zoom", min=1.0, max=3.0),
                 ParamSpec("pan_x", "float", 0.0, "horizontal pan, -1..1", min=-1, max=1),
                 ParamSpec("pan_y", "float", 0.0, "vertical pan, -1..1", min=-1, max=1),
                 ParamSpec("width", "int", 1280, "pixels", min=16, max=4096),
                 ParamSpec("height", "int", 720, "pixels", min=16, max=4096),
                 ParamSpec("fps", "str", "30", "frame rate"),
                 ParamSpec("crf", "int", 18, "quality (lower is better)", min=0, max=51),
                 ParamSpec("export_clip", "bool", False, "write an H.264 clip file (width, "
                           "height, crf); off: a recipe the final render draws frame by "
                           "frame, never encoded twice"),
             ),
             description="A slow zoom and pan that turns a still into a moving clip."),
    NodeSpec("comp.clip", "Clip settings", "composite", _run_clip,
             inputs=(PortSpec("video", VIDEO, "a video, still or clip recipe"),),
             outputs=(PortSpec("video", VIDEO, "a recipe: nothing is encoded"),),
             params=(
                 ParamSpec("in_s", "float", 0.0, "start in the source (trim)", min=0),
                 ParamSpec("out_s", "float", 0.0, "end in the source; 0 = its end", min=0),
                 ParamSpec("policy", "choice", "montage", "when shorter than its shot; "
                           "montage: the montage's choice",
                           choices=("montage", "trim", "loop", "hold", "retime", "pingpong")),
                 ParamSpec("fit", "choice", "montage", "how it fills the frame",
                           choices=("montage", "cover", "contain", "stretch")),
             ),
             description="Trim, retime or hold one clip, as a recipe the final render "
                         "evaluates frame by frame."),
    NodeSpec("comp.montage", "Montage", "composite", _run_montage,
             inputs=(PortSpec("clips", list_of(VIDEO), "videos, stills and clip recipes, "
                                                     "in order; one clip is a list of one"),
                     PortSpec("plan", CUTPLAN)),
             outputs=(PortSpec("timeline", TIMELINE),),
             params=(
                 ParamSpec("order", "choice", "cycle", "cycle through clips; spread each over "
                           "neighbouring shots; section: own clips per section label; name: "
                           "clips whose file name contains the section label",
                           choices=ORDERS),
                 ParamSpec("overrides", "str", "", "slot:element pairs that win over the "
                           "order, e.g. 0:3, 7:1"),
                 ParamSpec("still_motion", "choice", "auto", "stills get a Ken Burns move "
                           "(varied per image) or stay put", choices=("auto", "none")),
                 ParamSpec("fit", "choice", "cover", "how a clip fills the frame",
                           choices=("cover", "contain", "stretch")),
                 ParamSpec("policy", "choice", "hold", "when a clip is shorter than its shot",
                           choices=("trim", "loop", "hold", "retime", "pingpong")),
                 ParamSpec("transition", "choice", "cut", "on every cut",
                           choices=("cut", "crossfade", "dip_black", "flash_white")),
                 ParamSpec("transition_frames", "int", 6, "transition length", min=0,
                           max=120),
             ),
             description="Videos and stills on the cut plan's slots: a frame-exact timeline "
                         "of recipes, drawn in the one final encode."),
]
