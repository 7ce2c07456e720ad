"""Atomic file writes: a temp file in the same folder, fsync, rename.

Readers never see a half-written file, and a crash leaves the old file intact.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

_UMASK_LOCK = threading.Lock()


def process_umask() -> int:
    """The process umask (set and restored under a lock: there is no read-only call)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _atomic(dest: Path, fill: object) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        os.fchmod(fd, 0o666 & ~process_umask())  # mkstemp makes 0600; files follow the umask
        with os.fdopen(fd, "wb") as fh:
            fill(fh)  # type: ignore[operator]
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    _atomic(Path(path), lambda fh: fh.write(data))


def atomic_copy(src: str | Path, dest: str | Path) -> None:
    def fill(fh: object) -> None:
        with open(src, "rb") as fin:
            shutil.copyfileobj(fin, fh, 1 << 20)  # type: ignore[arg-type]
    _atomic(Path(dest), fill)
