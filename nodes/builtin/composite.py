"""Compositing nodes: stills into moving clips, clips + cut plan into a timeline.

Timelines between nodes are ``render.timeline.Timeline.to_dict()`` with sources
written as ``artifact:<sha256>``, so a cached timeline never points at a path
that moved; ``out.render`` resolves them.
"""

from __future__ import annotations

from typing import Any

from nodes.builtin.audio import parse_fps
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import CUTPLAN, IMAGE, TIMELINE, VIDEO, list_of

ARTIFACT_PREFIX = "artifact:"
# (zoom_from, zoom_to, pan_x, pan_y): chosen per image so neighbouring shots move differently
KENBURNS_MOVES = ((1.0, 1.18, 0.6, 0.0), (1.18, 1.0, -0.6, 0.2), (1.0, 1.15, -0.5, -0.4),
                  (1.15, 1.02, 0.4, 0.5), (1.02, 1.2, 0.0, -0.6), (1.2, 1.05, -0.3, 0.0))


def _move(ctx: NodeContext, image: Artifact) -> tuple[float, float, float, float]:
    p = ctx.params
    if p["motion"] == "auto":
        return KENBURNS_MOVES[int(image.key[:8], 16) % len(KENBURNS_MOVES)]
    return float(p["zoom_from"]), float(p["zoom_to"]), float(p["pan_x"]), float(p["pan_y"])


async def _run_kenburns(ctx: NodeContext, image: Artifact) -> dict[str, Any]:
    from render.errors import RenderCancelled, RenderError
    from render.kenburns import make_kenburns_clip

    p = ctx.params
    fps = parse_fps(p["fps"], node_id=ctx.node_id)
    frames = max(1, round(float(p["duration_s"]) * fps))
    z0, z1, px, py = _move(ctx, image)
    out = ctx.temp_path(".mp4")
    try:
        await ctx.to_thread(make_kenburns_clip, image.path, out, width=int(p["width"]),
                            height=int(p["height"]), fps=fps, duration_frames=frames,
                            zoom_from=z0, zoom_to=z1, pan=(px, py), crf=int(p["crf"]),
                            progress=ctx.frame_progress(), cancel=ctx.cancel_event)
    except RenderCancelled:
        ctx.check_cancelled()
        raise
    except RenderError as exc:
        out.unlink(missing_ok=True)
        raise BadNodeInput(ctx.node_id, str(exc), param="image") from None
    meta = {"width": int(p["width"]), "height": int(p["height"]), "fps": str(fps),
            "duration_frames": frames, "duration_s": float(frames / fps)}
    art = await ctx.to_thread(ctx.add_artifact, out, kind="video", media_type="video/mp4",
                              meta=meta)
    return {"video": art}


def _clip_index(i: int, n_slots: int, n_clips: int, order: str) -> int:
    if order == "spread":  # each clip covers a run of neighbouring shots
        return min(n_clips - 1, i * n_clips // n_slots)
    return i % n_clips


async def _run_montage(ctx: NodeContext, clips: list[Artifact], plan: dict[str, Any]
                       ) -> dict[str, Any]:
    from render.timeline import OutputSettings, Timeline, Transition, VideoSegment

    if not clips:
        raise BadNodeInput(ctx.node_id, "no clips arrived on input 'clips'")
    p = ctx.params
    fps = parse_fps(plan["fps"], node_id=ctx.node_id)
    kind, frames = str(p["transition"]), int(p["transition_frames"])
    slots = plan["slots"]
    segments = []
    for i, slot in enumerate(slots):
        clip = clips[_clip_index(i, len(slots), len(clips), str(p["order"]))]
        segments.append(VideoSegment(
            source=ARTIFACT_PREFIX + clip.key, start_frame=int(slot["start_frame"]),
            duration_frames=int(slot["end_frame"]) - int(slot["start_frame"]),
            fit=str(p["fit"]), policy=str(p["policy"]),
            transition_in=Transition(kind, frames) if i and kind != "cut" else Transition()))
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
             ),
             description="A slow zoom and pan that turns a still into a moving clip."),
    NodeSpec("comp.montage", "Montage", "composite", _run_montage,
             inputs=(PortSpec("clips", list_of(VIDEO), "clips or stills, in order"),
                     PortSpec("plan", CUTPLAN)),
             outputs=(PortSpec("timeline", TIMELINE),),
             params=(
                 ParamSpec("order", "choice", "cycle", "cycle through clips, or spread each "
                           "over neighbouring shots", choices=("cycle", "spread")),
                 ParamSpec("fit", "choice", "cover", "how a clip fills the frame",
                           choices=("cover", "contain", "stretch")),
                 ParamSpec("policy", "choice", "hold", "when a clip is shorter than its shot",
                           choices=("trim", "loop", "hold", "retime", "pingpong")),
                 ParamSpec("transition", "choice", "cut", "on every cut",
                           choices=("cut", "crossfade", "dip_black", "flash_white")),
                 ParamSpec("transition_frames", "int", 6, "transition length", min=0,
                           max=120),
             ),
             description="Clips on the cut plan's slots: a frame-exact timeline."),
]
