"""``gen.visualizer``: an offline, audio-reactive visualizer clip (no keys, no network)."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path
from typing import Any

from nodes.builtin.audio import parse_fps
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import AUDIO, TEXT, VIDEO

STYLES = ("bars", "circle", "wave", "particles", "tunnel")
PALETTES = ("auto", "aurora", "neon", "fire", "ice", "mono")


def visualizer_file(audio_path: str, out: Path, *, duration_s: float, start_s: float,
                    fps: Fraction, **style: Any) -> int:
    """Decode the song and write the clip (module-level: it may run on a worker);
    ``duration_s`` 0 means to the song's end. Returns the frame count."""
    from audio_sync.decode import decode_audio
    from render.visualizer import make_visualizer_clip

    song = decode_audio(audio_path, mono=True)
    length = duration_s or max(song.duration_s - start_s, 1 / float(fps))
    return make_visualizer_clip(song.mono(), song.rate_hz, out, fps=fps, duration_s=length,
                                start_s=start_s, **style)


async def _run_visualizer(ctx: NodeContext, audio: Artifact, theme: str | None = None
                          ) -> dict[str, Any]:
    """A recipe the final render draws frame by frame (never encoded twice), or with
    ``export_clip`` an H.264 file."""
    from render.probe import probe_media
    from render.visualizer import palette_for

    p = ctx.params
    fps = parse_fps(p["fps"], node_id=ctx.node_id)
    start = float(p["start_s"])
    length = float(p["duration_s"])
    if not length:
        song_s = float((await ctx.to_thread(probe_media, audio.path)).duration_s)
        length = max(song_s - start, 1 / float(fps))
    visual = {"style": str(p["style"]), "palette": palette_for(str(p["palette"]),
                                                                 str(theme or p["theme"])),
              "start_s": start, "duration_s": length}
    if p["export_clip"]:
        return {"video": await _export(ctx, audio, visual, fps)}
    frames = max(1, math.floor(Fraction(str(length)) * fps))
    return {"video": {"clip": 1, "source": audio, "motion": None, "duration_frames": frames,
                      "fps": str(fps), "visual": visual}}


async def _export(ctx: NodeContext, audio: Artifact, visual: dict[str, Any], fps: Fraction
                  ) -> Artifact:
    from render.errors import RenderCancelled, RenderError

    p = ctx.params
    w, h = int(p["width"]), int(p["height"])
    if w % 2 or h % 2:
        raise BadNodeInput(ctx.node_id, f"size {w}x{h} must be even", param="width")
    out = ctx.temp_path(".mp4")
    try:
        n = await ctx.offload(
            visualizer_file, str(audio.path), out, reads=(audio.path,), writes=(out,),
            local={"cancel": ctx.cancel_event, "progress": ctx.frame_progress()},
            duration_s=visual["duration_s"], start_s=visual["start_s"], fps=fps,
            style=visual["style"], palette=visual["palette"], width=w, height=h,
            crf=int(p["crf"]), preset=str(p["preset"]))
    except RenderCancelled:
        ctx.check_cancelled()
        raise
    except RenderError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="style") from None
    meta = {"width": w, "height": h, "fps": str(fps), "duration_frames": n,
            "duration_s": float(n / Fraction(fps))}
    art: Artifact = await ctx.to_thread(ctx.add_artifact, out, kind="video",
                                        media_type="video/mp4", meta=meta)
    return art


SPECS = [
    NodeSpec("gen.visualizer", "Visualizer", "generate", _run_visualizer,
             inputs=(PortSpec("audio", AUDIO, "the song"),
                     PortSpec("theme", TEXT, "picks the palette when palette is auto",
                              optional=True)),
             outputs=(PortSpec("video", VIDEO),),
             params=(
                 ParamSpec("style", "choice", "bars", "what to draw", choices=STYLES),
                 ParamSpec("palette", "choice", "auto", "colours; auto follows the theme",
                           choices=PALETTES),
                 ParamSpec("theme", "str", "", "theme words (when no theme is linked)"),
                 ParamSpec("start_s", "float", 0.0, "where in the song to start", min=0,
                           max=36000),
                 ParamSpec("duration_s", "float", 0.0, "clip length; 0 = to the song's end",
                           min=0, max=36000),
                 ParamSpec("fps", "str", "30", "frame rate"),
                 ParamSpec("export_clip", "bool", False, "write an H.264 clip file (width, "
                           "height, crf, preset); off: a recipe the final render draws frame "
                           "by frame at its own size, never encoded twice"),
                 ParamSpec("width", "int", 1280, "exported pixels (even)", min=16, max=4096),
                 ParamSpec("height", "int", 720, "exported pixels (even)", min=16, max=4096),
                 ParamSpec("crf", "int", 20, "exported quality (lower is better)", min=0,
                           max=51),
                 ParamSpec("preset", "choice", "veryfast", "exported x264 speed",
                           choices=("ultrafast", "superfast", "veryfast", "faster", "fast",
                                    "medium")),
             ),
             description="Offline audio-reactive visuals: spectrum bars, circular spectrum, "
                         "waveform, particles or tunnel, coloured by palette or theme."),
]
