"""Stills for image and video artifacts, made off the GUI thread and cached on disk.

``QImage`` (unlike ``QPixmap``) may be built in a worker thread, so decoding
and scaling happen in ``asyncio.to_thread``; the GUI only wraps the result.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
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
        _store(image, cached)
    return image


def _store(image: QtGui.QImage, cached: Path) -> None:
    """Temp name in the same folder, then rename; a failed write only costs a re-decode."""
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".thumb-", suffix=".png", dir=cached.parent)
        os.close(fd)
        if image.save(tmp, "PNG"):
            os.replace(tmp, cached)
        else:
            Path(tmp).unlink(missing_ok=True)
    except OSError:
        return


class ThumbnailCache:
    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self._images: dict[str, asyncio.Future[QtGui.QImage]] = {}

    async def get(self, artifact: Artifact) -> QtGui.QImage | None:
        """One decode per artifact, shared by concurrent requests."""
        if artifact.kind not in ("image", "video"):
            return None
        future = self._images.get(artifact.key)
        if future is None:
            future = asyncio.ensure_future(asyncio.to_thread(
                make_thumbnail, artifact.path, artifact.kind, self.cache_dir, artifact.key))
            self._images[artifact.key] = future
        image = await asyncio.shield(future)
        return None if image.isNull() else image
