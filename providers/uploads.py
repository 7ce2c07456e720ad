"""Local input files to a provider: its upload API, once per file content.

Replicate (``POST /v1/files``, multipart field ``content``) and fal (storage:
``POST {rest}/storage/upload/initiate`` -> ``upload_url``/``file_url``, then ``PUT``
the bytes) both recommend uploads over data URIs (Replicate: data URIs only under
1 MB; fal: only some models take them).  Uploaded URLs are cached by SHA-256 of the
content in ``<spool_dir>/uploads.json`` (with their expiry), so re-running a graph, a
retry or a reconcile sends the same URL and never uploads the same file twice.
A data URI is used only where the model's schema documents one and the file is below
its limit; otherwise the file is uploaded, or refused before anything is paid.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import mimetypes
import os
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from providers.errors import ErrorKind, ProviderError

DEFAULT_TTL_S = 23 * 3600.0  # Replicate keeps uploads 24 h by default; be conservative
MAX_UPLOAD_BYTES = 100 * 1024 * 1024  # Replicate's documented maximum file size
_LOCK = threading.Lock()


# Providers that send a local file itself (upload API or multipart), not as a data URI.
SENDS_FILES = frozenset({"replicate", "fal", "comfyui", "stability"})


def input_limit(*, uploads: bool, data_uri_max: int | None) -> int | None:
    """Largest input file a model takes: the upload limit, else its data-URI limit.

    None: no documented limit (local generators; providers that document no data URI)."""
    return MAX_UPLOAD_BYTES if uploads else data_uri_max


def too_large(name: str, size: int, *, ref: str, limit: int, uploads: bool) -> str | None:
    """Why a ``size``-byte file is refused by ``ref`` (None: it fits); shared by the
    load-time check (nodes) and the run-time one (``input_ref``)."""
    if size <= limit:
        return None
    how = "files" if uploads else "inline files"
    return (f"input file {name} is {_mb(size)}; {ref} takes {how} up to {_mb(limit)}"
            + ("" if uploads else " (no upload API)"))


def file_refusal(ref: str, name: str, size: int) -> str | None:
    """Load-time form of :func:`too_large` for a ``provider:model`` ref."""
    from providers.model_schemas import schema_for

    provider = ref.split(":", 1)[0]
    if provider == "local":
        return None  # read from disk by our own generators
    uploads = provider in SENDS_FILES
    schema = schema_for(ref)
    limit = input_limit(uploads=uploads,
                        data_uri_max=None if schema is None else schema.data_uri_max_bytes)
    return None if limit is None else too_large(name, size, ref=ref, limit=limit,
                                                uploads=uploads)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def read_input(path: str, *, provider: str, max_bytes: int = MAX_UPLOAD_BYTES,
               ref: str | None = None, uploads: bool = True) -> bytes:
    try:
        reason = too_large(Path(path).name, Path(path).stat().st_size, ref=ref or provider,
                           limit=max_bytes, uploads=uploads)
        if reason:
            raise ProviderError(ErrorKind.VALIDATION, provider=provider, message=reason)
        return Path(path).read_bytes()
    except OSError as exc:
        raise ProviderError(ErrorKind.VALIDATION, provider=provider,
                            message=f"cannot read input file {Path(path).name}: "
                                    f"{exc.strerror}") from None


def sniff_mime(data: bytes, path: str) -> str:
    """Media type from the bytes (artifact files have no extension), else the name."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


def data_uri(data: bytes, path: str) -> str:
    mime = sniff_mime(data, path)
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


class UploadCache:
    """``{provider}:{sha256}`` -> (url, expires_unix), in one small JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, list[object]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return raw if isinstance(raw, dict) else {}
        except (OSError, ValueError):
            return {}

    def get(self, key: str) -> str | None:
        entry = self._load().get(key)
        if isinstance(entry, list) and len(entry) == 2 and float(str(entry[1])) > time.time():
            return str(entry[0])
        return None

    def put(self, key: str, url: str, expires_unix: float) -> None:
        with _LOCK:
            entries = {k: v for k, v in self._load().items()
                       if isinstance(v, list) and len(v) == 2 and float(str(v[1])) > time.time()}
            entries[key] = [url, expires_unix]
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(entries), encoding="utf-8")
            os.replace(tmp, self.path)


async def input_ref(path: str | None, *, provider: str, cache: UploadCache,
                    data_uri_max: int | None,
                    upload: Callable[[bytes, str], Awaitable[tuple[str, float]]] | None,
                    ref: str | None = None) -> str | None:
    """The reference to send for a local input file: cached upload, upload, or data URI."""
    if not path:
        return None
    limit = input_limit(uploads=upload is not None, data_uri_max=data_uri_max)
    data = read_input(path, provider=provider, ref=ref, uploads=upload is not None,
                      max_bytes=MAX_UPLOAD_BYTES if limit is None else limit)
    if upload is None or (data_uri_max is not None and len(data) <= min(data_uri_max, 256_000)):
        return data_uri(data, path)
    key = f"{provider}:{hashlib.sha256(data).hexdigest()}"
    cached = cache.get(key)
    if cached:
        return cached
    url, expires = await upload(data, Path(path).name)
    with contextlib.suppress(OSError):
        cache.put(key, url, expires)
    return url
