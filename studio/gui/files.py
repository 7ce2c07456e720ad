"""The open document: graph, path, undo stack, dirty state, autosave and crash recovery.

Every edit writes a recovery copy under ``<workspace>/recovery/`` (atomic); a
clean save or a clean close removes it. On open, a recovery copy that differs
from the file on disk means the studio did not close cleanly: offer it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from nodes.document import dumps, load, loads, save
from nodes.files import atomic_write_bytes
from nodes.graph import Graph
from nodes.registry import Registry
from studio.gui.qt import QtGui
from studio.gui.undo import GraphUndo

MAX_RECENT = 10


@dataclass(slots=True)
class Recovery:
    path: Path  # the recovery copy
    original: Path | None  # the file it belongs to (None: an unsaved graph)
    saved_at: float


class Document:
    def __init__(self, graph: Graph, path: Path | None, *, workspace_root: Path) -> None:
        self.graph = graph
        self.path = path.resolve() if path is not None else None
        self.stack = QtGui.QUndoStack()
        self.undo = GraphUndo(graph, self.stack)
        self.root = workspace_root
        self.stack.indexChanged.connect(lambda _i: self.autosave())

    @classmethod
    def open(cls, path: Path, registry: Registry, *, workspace_root: Path) -> Document:
        return cls(load(path, registry).graph, path, workspace_root=workspace_root)

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    @property
    def title(self) -> str:
        return self.path.name if self.path is not None else "untitled.mvgraph"

    def save(self, path: Path | None = None) -> None:
        if path is not None:
            self.discard_recovery()
            self.path = path.resolve()
        if self.path is None:
            raise ValueError("no file name yet: use Save As")
        save(self.graph, self.path)
        self.stack.setClean()
        self.discard_recovery()

    # -- recovery ----------------------------------------------------------------------
    def recovery_path(self) -> Path:
        return recovery_path_for(self.root, self.path)

    def autosave(self) -> None:
        try:
            dirty = self.dirty
        except RuntimeError:  # the stack is being destroyed (window closing)
            return
        if not dirty:
            self.discard_recovery()
            return
        target = self.recovery_path()
        try:
            atomic_write_bytes(target, dumps(self.graph).encode("utf-8"))
            meta = {"original": str(self.path) if self.path else None, "saved_at": time.time()}
            atomic_write_bytes(target.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
        except Exception:  # autosave must never interrupt editing (e.g. disk full)
            return

    def discard_recovery(self) -> None:
        target = self.recovery_path()
        target.unlink(missing_ok=True)
        target.with_suffix(".json").unlink(missing_ok=True)


def recovery_path_for(root: Path, path: Path | None) -> Path:
    ident = str(path.resolve()) if path is not None else "untitled"
    return root / "recovery" / (hashlib.sha1(ident.encode()).hexdigest()[:16] + ".mvgraph")


def find_recovery(root: Path, path: Path | None) -> Recovery | None:
    """A recovery copy for ``path`` that differs from the file on disk, if any."""
    target = recovery_path_for(root, path)
    if not target.exists():
        return None
    try:
        meta = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}
    if path is not None and path.exists():
        try:
            if path.read_text(encoding="utf-8") == target.read_text(encoding="utf-8"):
                return None
        except OSError:
            pass
    return Recovery(target, path, float(meta.get("saved_at", target.stat().st_mtime)))


def load_recovery(rec: Recovery, registry: Registry) -> Graph:
    return loads(rec.path.read_text(encoding="utf-8"), registry, source=str(rec.path)).graph


class RecentFiles:
    def __init__(self, root: Path) -> None:
        self.file = root / "recent.json"

    def list(self) -> list[Path]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [Path(p) for p in data if isinstance(p, str)][:MAX_RECENT]

    def add(self, path: Path) -> None:
        items = [str(path.resolve())] + [str(p) for p in self.list() if p != path.resolve()]
        with contextlib.suppress(OSError):  # a read-only home must not block opening
            atomic_write_bytes(self.file, json.dumps(items[:MAX_RECENT]).encode("utf-8"))
