"""``gen.visualizer``: an offline, audio-reactive visualizer clip (no keys, no network)."""

from __future__ import annotations

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

    song = decode_audio(audio_path)
    length = duration_s or max(song.duration_s - start_s, 1 / float(fps))
    return make_visualizer_clip(song.mono(), song.rate_hz, out, fps=fps, duration_s=length,
                                start_s=start_s, **style)


async def _run_visualizer(ctx: NodeContext, audio: Artifact, theme: str | None = None
                          ) -> dict[str, Any]:
    from render.errors import RenderCancelled, RenderError

    p = ctx.params
    fps = parse_fps(p["fps"], node_id=ctx.node_id)
    w, h = int(p["width"]), int(p["height"])
    if w % 2 or h % 2:
        raise BadNodeInput(ctx.node_id, f"size {w}x{h} must be even", param="width")
    out = ctx.temp_path(".mp4")
    try:
        n = await ctx.offload(
            visualizer_file, str(audio.path), out, reads=(audio.path,), writes=(out,),
            local={"cancel": ctx.cancel_event, "progress": ctx.frame_progress()},
            duration_s=float(p["duration_s"]), start_s=float(p["start_s"]), fps=fps,
            style=str(p["style"]), palette=str(p["palette"]), theme=str(theme or p["theme"]),
            width=w, height=h, crf=int(p["crf"]))
    except RenderCancelled:
        ctx.check_cancelled()
        raise
    except RenderError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="style") from None
    meta = {"width": w, "height": h, "fps": str(fps), "duration_frames": n,
            "duration_s": float(n / Fraction(fps))}
    art = await ctx.to_thread(ctx.add_artifact, out, kind="video", media_type="video/mp4",
                              meta=meta)
    return {"video": art}


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
                 ParamSpec("width", "int", 1280, "pixels (even)", min=16, max=4096),
                 ParamSpec("height", "int", 720, "pixels (even)", min=16, max=4096),
                 ParamSpec("fps", "str", "30", "frame rate"),
                 ParamSpec("crf", "int", 20, "quality (lower is better)", min=0, max=51),
             ),
             description="Offline audio-reactive visuals: spectrum bars, circular spectrum, "
                         "waveform, particles or tunnel, coloured by palette or theme."),
]
