"""Pixels of stills that are already in memory, so the renderer need not decode their files.

A painter in the same process (``local:procedural``) hands over the RGB array it encoded
as a PNG; the engine files it here under the sha256 of the file's bytes (the artifact
store's key). :func:`held_rgb` hashes a still's file only while something is held (~0.4 ms
for a 720p PNG, against ~12 ms to decode it) and returns the array only when the bytes
match, so a hit is exactly what decoding the file gives. Each is handed over once, so the
memory shrinks as a render opens its stills; at most :data:`CAP_BYTES` are held (the oldest
dropped first). Nothing is ever required to be here.
"""

from __future__ import annotations

import hashlib
import mmap
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

CAP_BYTES = 96 << 20  # 34 720p stills: a demo's worth

_held: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()


def hold(sha256_hex: str, rgb: np.ndarray) -> None:
    """Keep ``rgb`` (``(h, w, 3)`` uint8, read-only from now on) as the pixels of the file
    whose bytes hash to ``sha256_hex``."""
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.nbytes > CAP_BYTES:
        return
    rgb = _own_mapping(rgb)
    with _lock:
        _held[sha256_hex] = rgb
        _held.move_to_end(sha256_hex)
        total = sum(a.nbytes for a in _held.values())
        while total > CAP_BYTES:
            total -= _held.popitem(last=False)[1].nbytes


def _own_mapping(rgb: np.ndarray) -> np.ndarray:
    """A read-only copy in its own anonymous mapping, unmapped when the last user drops it:
    the memory goes back to the system as a render opens its stills (malloc would keep
    freed blocks of this size in its arena, and the process's peak would stay raised)."""
    buf = mmap.mmap(-1, rgb.nbytes)
    own = np.frombuffer(buf, np.uint8).reshape(rgb.shape)
    own[...] = rgb
    own.flags.writeable = False
    return own


def held_rgb(path: str | Path) -> np.ndarray | None:
    """The held pixels of the file at ``path`` (read-only), or None. Handed over once: the
    memory goes with the caller (a still used again is decoded from its file)."""
    with _lock:
        if not _held:
            return None
    try:
        with open(path, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # the caller's decode reports the error
    with _lock:
        return _held.pop(digest, None)


def release_all() -> None:
    """Drop everything held (tests, and a long-lived process that wants the memory back)."""
    with _lock:
        _held.clear()
