"""The render node: timeline + song -> one H.264/AAC file, frame-exact.

The rendered file is an artifact (so a re-run is a cache hit); ``after`` then
copies it to the requested path, temp-then-rename, on every run.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from nodes.builtin.composite import ARTIFACT_PREFIX
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, GraphFileError, NodeFailed
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import AUDIO, CAPTIONS, TIMELINE, VIDEO

GRAPH_DIR_KEY = "mvstudio_graph_dir"  # in the embedded graph: where its relative paths start
EARLY_LOUDNESS = True  # measure the song while the pictures are painted (render.premix)


def _resolve_sources(ctx: NodeContext, data: dict[str, Any]) -> dict[str, Any]:
    def fix(source: str) -> str:
        if source.startswith(ARTIFACT_PREFIX):
            return str(ctx.artifacts.path_for(source[len(ARTIFACT_PREFIX):]))
        return str(ctx.resolve(source, param="timeline"))

    data = dict(data)
    data["segments"] = [{**s, "source": fix(s["source"])} for s in data.get("segments", [])]
    data["overlays"] = [{**o, "source": fix(o["source"])} if o.get("source") else o
                        for o in data.get("overlays", [])]
    data["audio"] = [{**a, "source": fix(a["source"])} for a in data.get("audio", [])]
    data["layers"] = [{**x, "source": fix(x["source"])} if x.get("source") else x
                      for x in data.get("layers", [])]
    return data


def _sources(tl: Any) -> tuple[Path, ...]:
    """Every file the render decodes (they travel with it to another machine)."""
    tracks = (*tl.segments, *tl.overlays, *tl.audio, *tl.layers)
    found = {str(t.source) for t in tracks if getattr(t, "source", None)}
    return tuple(Path(s) for s in sorted(found) if Path(s).is_file())


def _size(p: dict[str, Any]) -> Any:
    from render.timeline import PRESETS

    return PRESETS[p["preset"]] if p["preset"] != "custom" else dataclasses.replace(
        PRESETS["720p"], width=int(p["width"]), height=int(p["height"]))


def audio_tracks(ctx: NodeContext, audio: Artifact, voice: Artifact | None,
                 between: tuple[Any, ...] = ()) -> tuple[Any, ...]:
    """The render's audio tracks: the song, ``between`` (the timeline's own), the voice."""
    from render.timeline import AudioTrack

    p = ctx.params
    song = AudioTrack(source=str(audio.path), fade_in_s=float(p["fade_in_s"]),
                      fade_out_s=float(p["fade_out_s"]), duck_db=float(p["duck_db"]),
                      checked=audio.meta.get("decode_checked") is True)
    tracks = [song, *between]
    if voice is not None:
        tracks.append(AudioTrack(source=str(voice.path), start_s=float(p["voice_start_s"]),
                                 role="voice"))
    return tuple(tracks)


def build_timeline(ctx: NodeContext, timeline: dict[str, Any], audio: Artifact,
                   voice: Artifact | None = None, captions: dict[str, Any] | None = None) -> Any:
    from render.timeline import CaptionTrack, Timeline, Word

    p = ctx.params
    tl = Timeline.from_dict(_resolve_sources(ctx, timeline))
    output = dataclasses.replace(_size(p), fps=tl.output.fps, crf=int(p["crf"]),
                                 preset=str(p["x264_preset"]))
    tracks = audio_tracks(ctx, audio, voice, tl.audio)
    caption_tracks = tl.captions
    if captions and captions.get("words"):
        words = tuple(Word.from_dict(w) for w in captions["words"])
        if voice is not None:  # speech timings are relative to the voice-over's start
            words = tuple(dataclasses.replace(w, start_s=w.start_s + float(p["voice_start_s"]),
                                              end_s=w.end_s + float(p["voice_start_s"]))
                          for w in words)
        caption_tracks = (*caption_tracks, CaptionTrack(words=words, **caption_style(ctx)))
    return dataclasses.replace(tl, output=output, audio=tracks, captions=caption_tracks)


def caption_style(ctx: NodeContext) -> dict[str, Any]:
    """CaptionTrack style fields from the ``captions_*`` params; bad values name the param."""
    from render.text import FontError, font_path, parse_color

    p = ctx.params

    def color(name: str) -> tuple[int, int, int, int] | None:
        value = str(p[name]).strip()
        if not value or value.lower() == "none":
            return None
        try:
            return parse_color(value)
        except ValueError as exc:
            raise BadNodeInput(ctx.node_id, str(exc), param=name) from None

    try:
        font_path(str(p["captions_font"]))
    except FontError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="captions_font") from None
    text, hl = color("captions_color"), color("captions_highlight_color")
    return {"font": str(p["captions_font"]), "font_size": int(p["captions_size"]),
            "position": str(p["captions_position"]),
            "color": (text or (255, 255, 255, 255))[:3], "highlight_color": hl[:3] if hl else None,
            "highlight": str(p["captions_highlight"]), "box_color": color("captions_box")}


async def _prepare_render(ctx: NodeContext, audio: Artifact, voice: Artifact | None = None
                          ) -> Any:
    """Loudness pass 1 of the song (and voice-over) in a nice-19 child process while the
    pictures are painted (render.premix); the render takes it when its mix is the one measured."""
    import importlib

    if not (EARLY_LOUDNESS and ctx.params["normalise"]) or ctx.offloader is not None:
        return None  # nothing to measure, or the render runs in another process
    encode = await ctx.to_thread(importlib.import_module, "render.encode")
    # started off the loop (spawning a Python child blocks for a while); a child whose handle
    # is lost (this step cancelled meanwhile) sees its stdin close and exits writing nothing
    return await ctx.to_thread(encode.early_measure, audio_tracks(ctx, audio, voice),
                               rate_hz=_size(ctx.params).audio_rate_hz)


async def _run_render(ctx: NodeContext, timeline: dict[str, Any], audio: Artifact,
                      voice: Artifact | None = None, captions: dict[str, Any] | None = None
                      ) -> dict[str, Any]:
    from render.encode import render_timeline
    from render.errors import RenderCancelled, RenderError
    from render.layers import LayerError
    from render.loudness import LoudnessTarget
    from render.text import FontError

    tl = build_timeline(ctx, timeline, audio, voice, captions)
    early = await ctx.prepared()
    out = ctx.temp_path(".mp4")
    p = ctx.params
    loud = LoudnessTarget(lufs=float(p["loudness_lufs"]), ceiling_dbtp=float(p["true_peak_dbtp"])
                          ) if p["normalise"] else None
    try:
        result = await ctx.offload(render_timeline, tl, out, reads=_sources(tl),
                                   writes=(out,), loudness=loud,
                                   local={"progress": ctx.frame_progress(),
                                          "cancel": ctx.cancel_event, "early": early})
    except RenderCancelled:
        out.unlink(missing_ok=True)
        ctx.check_cancelled()
        raise
    except LayerError as exc:  # a layer's own node and param are to blame
        out.unlink(missing_ok=True)
        raise BadNodeInput(exc.node or ctx.node_id, exc.reason, param=exc.param) from None
    except FontError as exc:
        out.unlink(missing_ok=True)
        raise BadNodeInput(ctx.node_id, str(exc), param="captions_font") from None
    except RenderError as exc:
        out.unlink(missing_ok=True)
        raise NodeFailed(ctx.node_id, str(exc)) from None
    meta = {"width": tl.output.width, "height": tl.output.height, "fps": str(tl.output.fps),
            "frames": tl.total_frames, "duration_s": float(tl.duration_s),
            "cuts_s": timeline.get("cuts_s", []), "cut_frames": timeline.get("cut_frames", []),
            "loudness": result.loudness}
    art = await ctx.to_thread(ctx.add_artifact, out, kind="video", media_type="video/mp4",
                              meta=meta)
    return {"video": art}


def _graph_to_embed(ctx: NodeContext) -> str | None:
    """The running graph for the mp4's metadata, with the folder its relative paths start
    from; None (and a note in the report) when the document refuses to serialise it, e.g.
    a param whose name looks like a secret: nothing secret-like goes into a shared file."""
    if ctx.graph_json is None:
        return None
    try:
        doc = json.loads(ctx.graph_json())
    except GraphFileError as exc:
        ctx.report["graph_embedded"] = f"no: {exc}"
        return None
    doc[GRAPH_DIR_KEY] = str(ctx.base_dir) if ctx.base_dir else None
    return json.dumps(doc)


async def _after_render(ctx: NodeContext, outputs: dict[str, Any]) -> None:
    from render.errors import RenderError
    from render.metadata import finish_mp4

    video: Artifact = outputs["video"]
    dest = ctx.resolve(str(ctx.params["path"]), param="path")
    if dest.suffix.lower() != ".mp4":
        raise BadNodeInput(ctx.node_id, f"output must be an .mp4 file, got {dest.name}",
                           param="path")
    if not dest.parent.is_dir():
        dest.parent.mkdir(parents=True, exist_ok=True)
    graph = _graph_to_embed(ctx)
    try:
        poster = await ctx.to_thread(finish_mp4, video.path, dest, graph_json=graph,
                                     run_id=ctx.run_id, poster=bool(ctx.params["poster"]))
    except OSError as exc:
        raise BadNodeInput(ctx.node_id, f"cannot write {dest}: {exc.strerror}",
                           param="path") from None
    except RenderError as exc:
        raise NodeFailed(ctx.node_id, str(exc)) from None
    ctx.report["output"] = str(dest)
    if poster is not None:
        ctx.report["poster"] = str(poster)
    ctx.report["cuts_s"] = video.meta.get("cuts_s", [])
    ctx.report["cut_frames"] = video.meta.get("cut_frames", [])
    if video.meta.get("loudness"):
        ctx.report["loudness"] = video.meta["loudness"]


SPECS = [
    NodeSpec("out.render", "Render video", "output", _run_render, output=True,
             after=_after_render, resource=lambda p: "render",
             prepare=_prepare_render, prepare_inputs=("audio", "voice"),
             inputs=(PortSpec("timeline", TIMELINE), PortSpec("audio", AUDIO, "the song"),
                     PortSpec("voice", AUDIO, "a voice-over; the song ducks under it",
                              optional=True),
                     PortSpec("captions", CAPTIONS, "word-timed captions (speech or lyrics)",
                              optional=True)),
             outputs=(PortSpec("video", VIDEO, "the finished video"),),
             params=(
                 ParamSpec("path", "path", "out/video.mp4", "where to write the video "
                           "(relative to the graph file; `mvstudio render -o` overrides)",
                           required=True, cache=False, file_filter="MP4 video (*.mp4)"),
                 ParamSpec("preset", "choice", "720p", "output size: 720p 1280x720, 16:9 "
                           "1920x1080, 9:16 1080x1920, 1:1 1080x1080, or custom",
                           choices=("720p", "16:9", "9:16", "1:1", "custom")),
                 ParamSpec("width", "int", 1280, "custom width (even)", min=16, max=7680),
                 ParamSpec("height", "int", 720, "custom height (even)", min=16, max=4320),
                 ParamSpec("crf", "int", 20, "quality (lower is better)", min=0, max=51),
                 ParamSpec("x264_preset", "choice", "veryfast", "encoder speed",
                           choices=("ultrafast", "superfast", "veryfast", "faster", "fast",
                                    "medium", "slow")),
                 ParamSpec("fade_in_s", "float", 0.0, "audio fade in", min=0, max=30),
                 ParamSpec("fade_out_s", "float", 0.5, "audio fade out", min=0, max=30),
                 ParamSpec("duck_db", "float", -9.0, "music level under voice-overs (dB, <0)",
                           min=-40, max=0),
                 ParamSpec("captions_font", "str", "sans-bold", "caption font: sans, "
                           "sans-bold, display (bundled) or a .ttf/.otf file"),
                 ParamSpec("captions_size", "int", 56, "caption size (px at 1080p)",
                           min=8, max=300),
                 ParamSpec("captions_position", "choice", "bottom", "where captions sit "
                           "(inside the safe area)", choices=("bottom", "center", "top")),
                 ParamSpec("captions_color", "str", "#ffffff", "caption text colour"),
                 ParamSpec("captions_highlight", "choice", "word", "highlight the word being "
                           "sung, every word sung so far (karaoke) or none",
                           choices=("word", "karaoke", "none")),
                 ParamSpec("captions_highlight_color", "str", "#ffd600",
                           "highlight colour"),
                 ParamSpec("captions_box", "str", "", "background box colour behind captions, "
                           "e.g. #00000099 (empty: no box)"),
                 ParamSpec("normalise", "bool", True, "normalise the final mix's loudness "
                           "(ITU BS.1770, two passes, true-peak limited)"),
                 ParamSpec("loudness_lufs", "float", -14.0, "integrated loudness target "
                           "(LUFS; streaming platforms play at about -14)", min=-40, max=-5),
                 ParamSpec("true_peak_dbtp", "float", -1.0, "true-peak ceiling (dBTP)",
                           min=-9, max=0),
                 ParamSpec("poster", "bool", True, "also write a poster frame (.jpg) "
                           "beside the video", cache=False),
                 ParamSpec("voice_start_s", "float", 0.0, "when the voice-over starts",
                           min=0, max=36000),
             ),
             description="Timeline + song -> H.264/AAC mp4; every cut on its planned frame."),
]
