"""Pixels of stills that are already in memory, so the renderer need not decode their files.

A painter in the same process (``local:procedural``) hands over the RGB array it encoded
as a PNG; the engine files it here under the sha256 of the file's bytes (the artifact
store's key). :func:`held_rgb` hashes a still's file only while something is held (~0.4 ms
for a 720p PNG, against ~12 ms to decode it) and returns the array only when the bytes
match, so a hit is exactly what decoding the file gives. Each is handed over once, so the
memory shrinks as a render opens its stills. At most :data:`CAP_BYTES` are held: when full,
a new picture is not kept (the first ones painted are the first a montage shows, so their
memory goes soonest), and pictures held for :data:`MAX_AGE_S` without use are dropped.
Nothing is ever required to be here.
"""

from __future__ import annotations

import hashlib
import mmap
import threading
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np

CAP_BYTES = 48 << 20  # 17 720p stills: the demo's peak RSS rises by at most this, early
MAX_AGE_S = 600.0  # painted but never rendered (a long-lived studio): let it go

_held: OrderedDict[str, tuple[float, np.ndarray]] = OrderedDict()
_lock = threading.Lock()


def hold(sha256_hex: str, rgb: np.ndarray) -> None:
    """Keep ``rgb`` (``(h, w, 3)`` uint8, copied read-only) as the pixels of the file whose
    bytes hash to ``sha256_hex``, if there is room."""
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3:
        return
    now = time.monotonic()
    with _lock:
        for key in [k for k, (t, _) in _held.items() if now - t > MAX_AGE_S]:
            del _held[key]
        if sum(a.nbytes for _, a in _held.values()) + rgb.nbytes > CAP_BYTES:
            return
    own = _own_mapping(rgb)
    with _lock:
        _held[sha256_hex] = (now, own)


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
        entry = _held.pop(digest, None)
    return None if entry is None else entry[1]


def release_all() -> None:
    """Drop everything held (tests, and a long-lived process that wants the memory back)."""
    with _lock:
        _held.clear()
