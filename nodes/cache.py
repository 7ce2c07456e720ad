"""Content-addressed artifact store and the node result cache.

Artifacts live at ``<root>/objects/ab/cdef...`` (sha256 of the bytes) with a
small JSON sidecar, written temp-then-rename. Node results live in
``<root>/results.sqlite``, keyed by sha256 of (type id, type version, canonical
params, input keys, model ref, seed). Both survive restarts.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from nodes.files import atomic_write_bytes

ARTIFACT_TAG = "$artifact"


@dataclass(frozen=True, slots=True)
class Artifact:
    """A media value: a file in the store plus small metadata (duration, fps, size...)."""

    key: str  # sha256 hex of the bytes
    kind: str  # audio, image, video, file
    path: Path
    media_type: str = "application/octet-stream"
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {ARTIFACT_TAG: self.key, "kind": self.kind, "media_type": self.media_type,
                "meta": self.meta}


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, Artifact):
        return value.to_json()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def value_key(value: Any) -> str:
    """The cache identity of a value passed between nodes: an artifact's bytes, and for a
    generated one also its request (what ``comp.kenburns`` picks its automatic move by)."""
    if isinstance(value, Artifact):
        request = value.meta.get("request_key")
        return value.key if not request else \
            hashlib.sha256(f"{value.key}:{request}".encode()).hexdigest()
    return hashlib.sha256(canonical_json(value).encode()).hexdigest()


def cache_key(*, type_id: str, version: int, params: dict[str, Any],
              input_keys: dict[str, Any]) -> str:
    """Model ref and seed are params, so they are part of the key."""
    payload = canonical_json({"type": type_id, "version": version, "params": params,
                              "inputs": input_keys})
    return hashlib.sha256(payload.encode()).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class ArtifactStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.tmp = self.root / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.objects.mkdir(parents=True, exist_ok=True)

    def path_for(self, key: str) -> Path:
        return self.objects / key[:2] / key[2:]

    def new_temp_path(self, suffix: str = "") -> Path:
        """A fresh path in the store's temp folder (same filesystem, so adding is a rename)."""
        fd, tmp = tempfile.mkstemp(prefix="work-", suffix=suffix, dir=self.tmp)
        os.close(fd)
        return Path(tmp)

    def add_file(self, src: Path, *, kind: str, media_type: str, meta: dict[str, Any] | None = None,
                 move: bool = False) -> Artifact:
        """Store a file's bytes under their hash; ``move`` consumes ``src``."""
        key = sha256_file(src)
        dest = self.path_for(key)
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=dest.parent)
            os.close(fd)
            if move:
                shutil.move(str(src), tmp)
            else:
                shutil.copyfile(src, tmp)
            os.replace(tmp, dest)
        elif move:
            src.unlink(missing_ok=True)
        artifact = Artifact(key, kind, dest, media_type, dict(meta or {}))
        atomic_write_bytes(dest.with_name(dest.name + ".json"),
                           canonical_json(artifact.to_json()).encode())
        return artifact

    def add_bytes(self, data: bytes, *, kind: str, media_type: str,
                  meta: dict[str, Any] | None = None) -> Artifact:
        tmp = self.new_temp_path()
        tmp.write_bytes(data)
        return self.add_file(tmp, kind=kind, media_type=media_type, meta=meta, move=True)

    def get(self, key: str) -> Artifact | None:
        path = self.path_for(key)
        if not path.exists():
            return None
        try:
            info = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return Artifact(key, info["kind"], path, info.get("media_type", ""), info.get("meta", {}))

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.objects.rglob("*") if p.is_file())


def decode_value(data: Any, store: ArtifactStore) -> Any:
    """Inverse of :func:`encode_value`; raises KeyError if an artifact is gone."""
    if isinstance(data, dict):
        if ARTIFACT_TAG in data:
            art = store.get(data[ARTIFACT_TAG])
            if art is None:
                raise KeyError(data[ARTIFACT_TAG])
            # the meta recorded with this result, not the sidecar's (the last writer of the
            # same bytes, e.g. another request that returned an identical file)
            meta = data.get("meta")
            return art if not isinstance(meta, dict) else replace(art, meta=dict(meta))
        return {k: decode_value(v, store) for k, v in data.items()}
    if isinstance(data, list):
        return [decode_value(v, store) for v in data]
    return data


class ResultCache:
    """Node outputs by cache key, plus pins (results frozen by the user).

    One SQLite file (WAL): an entry is written in one transaction, so a crash
    never leaves half an entry, and lookups stay fast with many thousand nodes.
    """

    def __init__(self, root: Path, store: ArtifactStore) -> None:
        self.path = Path(root) / "results.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.store = store
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, outputs TEXT NOT NULL, "
            "info TEXT NOT NULL, created_at REAL NOT NULL);"
            "CREATE TABLE IF NOT EXISTS pins (scope TEXT PRIMARY KEY, key TEXT NOT NULL);")

    def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return row[0] if row else None

    def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self._one("SELECT outputs FROM results WHERE key=?", (key,))
        if raw is None:
            return None
        try:
            outputs: dict[str, Any] = decode_value(json.loads(raw), self.store)
            return outputs
        except (ValueError, KeyError, TypeError):
            return None  # corrupt, or its artifacts were deleted: recompute

    def put(self, key: str, outputs: dict[str, Any], *, info: dict[str, Any]) -> None:
        self._write("INSERT OR REPLACE INTO results (key, outputs, info, created_at) "
                    "VALUES (?,?,?,?)", (key, canonical_json(outputs), canonical_json(info),
                                         time.time()))

    def info(self, key: str) -> dict[str, Any]:
        raw = self._one("SELECT info FROM results WHERE key=?", (key,))
        return json.loads(raw) if raw else {}

    def pin_key(self, scope: str) -> str | None:
        key = self._one("SELECT key FROM pins WHERE scope=?", (scope,))
        return str(key) if key is not None else None

    def set_pin(self, scope: str, key: str) -> None:
        self._write("INSERT OR REPLACE INTO pins (scope, key) VALUES (?,?)", (scope, key))

    def entries(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM results", ()))

    def clear(self) -> None:
        """Forget every result and delete every artifact (the studio's Clear cache)."""
        self._write("DELETE FROM results", ())
        self._write("DELETE FROM pins", ())
        shutil.rmtree(self.store.objects, ignore_errors=True)
        self.store.objects.mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        self._db.close()
