"""``input.folder``: every image, video and audio file of a folder as lists.

The cache key holds each matched file's path, size and modification time, so adding or
editing a file re-runs this node; the artifacts it yields are content-addressed, so nodes
mapped over the list re-run only for the element whose bytes changed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nodes.context import NodeContext
from nodes.document import resolve_path
from nodes.errors import BadNodeInput
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import AUDIO, MEDIA, list_of

log = logging.getLogger(__name__)

IMAGE_EXT = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"})
VIDEO_EXT = frozenset({".mp4", ".mov", ".webm", ".mkv", ".m4v", ".avi"})
AUDIO_EXT = frozenset({".wav", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".opus"})
_MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".webp": "image/webp", ".mp4": "video/mp4", ".mov": "video/quicktime",
                ".webm": "video/webm", ".mkv": "video/x-matroska", ".wav": "audio/wav",
                ".flac": "audio/flac", ".mp3": "audio/mpeg", ".ogg": "audio/ogg"}


def natural_key(path: Path) -> tuple[Any, ...]:
    """``shot2`` before ``shot10``: digit runs compare as numbers, the rest case-folded."""
    parts = re.split(r"(\d+)", path.as_posix())
    return tuple((0, int(p), p) if p.isdigit() else (1, 0, p.casefold()) for p in parts)


def kind_of(path: Path) -> str | None:
    ext = path.suffix.lower()
    if ext in IMAGE_EXT:
        return "image"
    if ext in VIDEO_EXT:
        return "video"
    return "audio" if ext in AUDIO_EXT else None


def list_folder(folder: Path, *, pattern: str, recursive: bool) -> list[Path]:
    """Matching media files, natural-sorted by path relative to ``folder``; hidden files
    and folders (``.DS_Store``, ``.git``) are skipped."""
    found = folder.rglob(pattern) if recursive else folder.glob(pattern)
    files = [p for p in found if p.is_file() and kind_of(p) is not None
             and not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    return sorted(files, key=lambda p: natural_key(p.relative_to(folder)))


def folder_fingerprint(params: Mapping[str, Any], base_dir: Path | None) -> list[Any]:
    folder = resolve_path(str(params.get("path") or ""), base_dir)
    if not folder.is_dir():
        return [str(folder), None]
    out: list[Any] = [str(folder)]
    for p in list_folder(folder, pattern=str(params.get("pattern") or "*"),
                         recursive=bool(params.get("recursive"))):
        try:
            st = p.stat()
            out.append([str(p.relative_to(folder)), st.st_size, st.st_mtime_ns])
        except OSError:
            out.append([str(p.relative_to(folder)), None])
    return out


def _check_image(path: Path) -> dict[str, Any]:
    from PIL import Image

    with Image.open(path) as im:
        im.verify()
    with Image.open(path) as im:
        return {"width": im.size[0], "height": im.size[1], "name": path.name}


def _probe_all(paths: list[Path]) -> dict[Path, Any]:
    """MediaInfo or the error message per file: one child process for all, one per file
    only if some file is bad (so the message names it)."""
    from render.errors import RenderError
    from render.probe import probe_many, probe_media

    try:
        return dict(zip(paths, probe_many(list(paths)), strict=True))
    except RenderError:
        out: dict[Path, Any] = {}
        for p in paths:
            try:
                out[p] = probe_media(p)
            except RenderError as exc:
                out[p] = str(exc)
        return out


def _inspect(files: list[Path]) -> dict[Path, dict[str, Any] | str]:
    """Metadata per file, or why it cannot be used."""
    result: dict[Path, dict[str, Any] | str] = {}
    avs = [p for p in files if kind_of(p) != "image"]
    probed = _probe_all(avs) if avs else {}
    for p in files:
        if kind_of(p) == "image":
            try:
                result[p] = _check_image(p)
            except Exception as exc:  # Pillow raises many types for bad images
                result[p] = f"not a readable image ({type(exc).__name__}: {exc})"
            continue
        info = probed[p]
        if isinstance(info, str):
            result[p] = info
        elif kind_of(p) == "video" and not info.has_video:
            result[p] = "has no video stream"
        elif kind_of(p) == "audio" and not info.has_audio:
            result[p] = "has no audio stream"
        else:
            result[p] = {"width": info.width, "height": info.height, "name": p.name,
                         "duration_s": info.duration_s,
                         "fps": str(info.fps) if info.fps else None}
    return result


def _warn(ctx: NodeContext, message: str) -> None:
    log.warning("%s: %s", ctx.node_id, message)
    ctx.report.setdefault("warnings", []).append(f"{ctx.node_id}: {message}")
    ctx.progress(None, f"warning: {message}")


async def _run_folder(ctx: NodeContext) -> dict[str, Any]:
    p = ctx.params
    folder = ctx.resolve(str(p.get("path") or ""), param="path")
    if not folder.is_dir():
        raise BadNodeInput(ctx.node_id, f"folder not found: {folder}", param="path")
    files = list_folder(folder, pattern=str(p["pattern"] or "*"), recursive=bool(p["recursive"]))
    if not files:
        raise BadNodeInput(ctx.node_id, f"no image, video or audio file matches "
                           f"{p['pattern']!r} in {folder}", param="path")
    checked = await ctx.to_thread(_inspect, files)
    media: list[Any] = []
    audio: list[Any] = []
    for path, meta in checked.items():
        if isinstance(meta, str):
            if p["on_bad_file"] == "fail":
                raise BadNodeInput(ctx.node_id, f"{path}: {meta} (set on_bad_file to 'skip' to "
                                   "leave such files out)", param="on_bad_file")
            _warn(ctx, f"skipped {path}: {meta}")
            continue
        kind = kind_of(path) or "file"
        art = await ctx.to_thread(ctx.add_artifact, path, kind=kind, move=False,
                                  media_type=_MEDIA_TYPES.get(path.suffix.lower(),
                                                              "application/octet-stream"),
                                  meta=meta)
        (audio if kind == "audio" else media).append(art)
    if not media and not audio:
        raise BadNodeInput(ctx.node_id, f"every file in {folder} is unreadable", param="path")
    return {"media": media, "audio": audio}


SPECS = [
    NodeSpec("input.folder", "Folder", "inputs", _run_folder, fingerprint=folder_fingerprint,
             outputs=(PortSpec("media", list_of(MEDIA), "images and videos, natural order"),
                      PortSpec("audio", list_of(AUDIO), "audio files, natural order")),
             params=(
                 ParamSpec("path", "path", "", "the folder", required=True),
                 ParamSpec("pattern", "str", "*", "file name pattern, e.g. *.mp4 or shot_*"),
                 ParamSpec("recursive", "bool", False, "include sub-folders"),
                 ParamSpec("on_bad_file", "choice", "skip", "a corrupt or unreadable file: "
                           "skip it with a warning, or fail the run", choices=("skip", "fail")),
             ),
             description="Every image, video and audio file in a folder, as lists "
                         "(natural sort: shot2 before shot10)."),
]
