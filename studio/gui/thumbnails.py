"""Stills for image and video artifacts, made off the GUI thread and cached on disk.

``QImage`` (unlike ``QPixmap``) may be built in a worker thread, so decoding
and scaling happen in ``asyncio.to_thread``; the GUI only wraps the result.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from nodes.cache import Artifact
from studio.gui.qt import QtCore, QtGui

THUMB_W = 320


def _video_frame(path: Path) -> QtGui.QImage:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        target_s = 0.5
        for frame in container.decode(stream):
            if frame.time is None or frame.time >= target_s:
                rgb = frame.to_ndarray(format="rgb24")
                h, w, _ = rgb.shape
                image = QtGui.QImage(rgb.data, w, h, 3 * w, QtGui.QImage.Format.Format_RGB888)
                return image.copy()  # own the pixels before the array goes away
    return QtGui.QImage()


def make_thumbnail(path: Path, kind: str, cache_dir: Path | None, key: str) -> QtGui.QImage:
    """Blocking: decode, scale to THUMB_W, store as PNG; an empty image when impossible."""
    cached = cache_dir / f"{key}.png" if cache_dir is not None else None
    if cached is not None and cached.exists():
        image = QtGui.QImage(str(cached))
        if not image.isNull():
            return image
    try:
        image = _video_frame(path) if kind == "video" else QtGui.QImage(str(path))
    except Exception:  # a broken file gives no thumbnail, never a crash
        return QtGui.QImage()
    if image.isNull():
        return image
    image = image.scaledToWidth(THUMB_W, QtCore.Qt.TransformationMode.SmoothTransformation)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(cached.name + ".tmp.png")
        if image.save(str(tmp)):
            tmp.replace(cached)
    return image


class ThumbnailCache:
    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self._images: dict[str, QtGui.QImage] = {}

    async def get(self, artifact: Artifact) -> QtGui.QImage | None:
        if artifact.kind not in ("image", "video"):
            return None
        if artifact.key not in self._images:
            image = await asyncio.to_thread(make_thumbnail, artifact.path, artifact.kind,
                                            self.cache_dir, artifact.key)
            if image.isNull():
                return None
            self._images[artifact.key] = image
        return self._images[artifact.key]
