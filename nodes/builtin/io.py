"""Input nodes: bring files and text into the graph as artifacts and values.

A file's resolved path, size and modification time are an input node's cache key
(not the path as typed), so an unchanged file is a cache hit however a graph names
it, and an edited one is read again; downstream nodes key off the artifact's
content hash.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nodes.context import NodeContext
from nodes.document import resolve_path
from nodes.errors import BadNodeInput
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import AUDIO, CAPTIONS, IMAGE, TEXT, VIDEO

AUDIO_FILTER = "Audio (*.wav *.flac *.mp3 *.m4a *.aac *.ogg *.opus)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.webp)"
VIDEO_FILTER = "Video (*.mp4 *.mov *.webm *.mkv)"


def _media_type(path: Path, fallback: str) -> str:
    return mimetypes.guess_type(path.name)[0] or fallback


def _existing(ctx: NodeContext, param: str) -> Path:
    path = ctx.resolve(str(ctx.params.get(param) or ""), param=param)
    if not path.is_file():
        raise BadNodeInput(ctx.node_id, f"file not found: {path}", param=param)
    return path


async def _run_audio(ctx: NodeContext) -> dict[str, Any]:
    from audio_sync.decode import decode_audio
    from audio_sync.errors import AudioSyncError

    path = _existing(ctx, "path")
    try:
        audio = await ctx.to_thread(decode_audio, path)
    except AudioSyncError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="path") from None
    # decoded whole in audio_sync's child without a crash: the renderer may open it in-process
    meta = {"duration_s": audio.duration_s, "rate_hz": audio.rate_hz,
            "channels": audio.channels, "n_samples": audio.n_samples, "name": path.name,
            "decode_checked": True}
    art = await ctx.to_thread(ctx.add_artifact, path, kind="audio",
                              media_type=_media_type(path, "audio/wav"), meta=meta, move=False)
    return {"audio": art}


async def _run_image(ctx: NodeContext) -> dict[str, Any]:
    from PIL import Image, UnidentifiedImageError

    path = _existing(ctx, "path")
    try:
        with Image.open(path) as im:
            im.verify()
        with Image.open(path) as im:
            size = im.size
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise BadNodeInput(ctx.node_id, f"not a readable image: {path} ({exc})",
                           param="path") from None
    art = await ctx.to_thread(ctx.add_artifact, path, kind="image",
                              media_type=_media_type(path, "image/png"),
                              meta={"width": size[0], "height": size[1], "name": path.name},
                              move=False)
    return {"image": art}


async def _run_video(ctx: NodeContext) -> dict[str, Any]:
    from render.errors import RenderError
    from render.probe import probe_media

    path = _existing(ctx, "path")
    try:
        info = await ctx.to_thread(probe_media, path)
    except RenderError as exc:
        raise BadNodeInput(ctx.node_id, str(exc), param="path") from None
    meta = {"width": info.width, "height": info.height, "duration_s": info.duration_s,
            "fps": str(info.fps) if info.fps else None, "name": path.name}
    art = await ctx.to_thread(ctx.add_artifact, path, kind="video",
                              media_type=_media_type(path, "video/mp4"), meta=meta, move=False)
    return {"video": art}


async def _run_text(ctx: NodeContext) -> dict[str, Any]:
    return {"text": str(ctx.params.get("text", ""))}


async def _run_lyrics(ctx: NodeContext) -> dict[str, Any]:
    from nodes.builtin.lyrics import lyrics_from_params

    typed = str(ctx.params.get("text") or "").strip()
    path = None if typed or not ctx.params.get("path") else _existing(ctx, "path")
    return {"captions": {"words": lyrics_from_params(ctx.node_id, ctx.params, path)}}


def file_fingerprint(params: Mapping[str, Any], base_dir: Path | None) -> list[Any]:
    path = resolve_path(str(params.get("path") or ""), base_dir)
    try:
        st = path.stat()
    except OSError:
        return [str(path), None]
    return [str(path), st.st_size, st.st_mtime_ns]


def _path_param(filter_: str, help_: str) -> ParamSpec:
    # not keyed as typed: the fingerprint keys the file (resolved path, size, mtime), so
    # "song.flac" beside the graph and its absolute path are the same cache entry
    return ParamSpec("path", "path", "", help_, required=True, must_exist=True,
                     file_filter=filter_, cache=False)


SPECS = [
    NodeSpec("input.audio", "Song", "inputs", _run_audio, fingerprint=file_fingerprint,
             outputs=(PortSpec("audio", AUDIO, "the decoded-checked song"),),
             params=(_path_param(AUDIO_FILTER, "audio file (wav, flac, mp3, m4a, ogg)"),),
             description="A song or any audio file."),
    NodeSpec("input.image", "Image", "inputs", _run_image, fingerprint=file_fingerprint,
             outputs=(PortSpec("image", IMAGE),),
             params=(_path_param(IMAGE_FILTER, "image file"),),
             description="A still image file."),
    NodeSpec("input.video", "Video", "inputs", _run_video, fingerprint=file_fingerprint,
             outputs=(PortSpec("video", VIDEO),),
             params=(_path_param(VIDEO_FILTER, "video file"),),
             description="A video clip file."),
    NodeSpec("input.text", "Text", "inputs", _run_text,
             outputs=(PortSpec("text", TEXT),),
             params=(ParamSpec("text", "text", "", "the text, e.g. a theme or a prompt"),),
             description="A piece of text: a theme, a prompt, a caption."),
    NodeSpec("input.lyrics", "Lyrics", "inputs", _run_lyrics, fingerprint=file_fingerprint,
             outputs=(PortSpec("captions", CAPTIONS, "word-timed lines"),),
             params=(ParamSpec("path", "path", "", "timed lyrics (.lrc, enhanced .lrc or .srt)",
                               must_exist=True, file_filter="Lyrics (*.lrc *.srt)",
                               cache=False),
                     ParamSpec("text", "text", "", "or type timed lyrics here, LRC style "
                               "('[00:12.50] a line'; '<00:13.10>' before a word times it); "
                               "used instead of the file when not empty")),
             description="Timed lyrics (file or typed in) as captions: one page per line."),
]
