"""Save provider outputs safely: streamed, size-limited, sniffed and probed.

Provider output URLs expire (fal per account, Replicate after 1 h, OpenAI
after ~1 h), so adapters download at once.  Every file (downloaded or decoded
from base64) is checked before anyone uses it:

1. size limit (Content-Length and while streaming),
2. magic bytes decide the real media type; a declared ``Content-Type`` of
   another family (e.g. an HTML error page served as 200) is rejected,
3. a probe opens it (Pillow for images, PyAV for audio/video),
4. it is written to a temp name in ``dest_dir`` and renamed when complete.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from pathlib import Path

from providers.base import Output
from providers.errors import ErrorKind, OutputError

MAX_OUTPUT_BYTES = 512 * 1024 * 1024
_EXT = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif",
        "video/mp4": ".mp4", "video/webm": ".webm", "video/quicktime": ".mov",
        "audio/mpeg": ".mp3", "audio/wav": ".wav", "audio/ogg": ".ogg", "audio/flac": ".flac",
        "audio/mp4": ".m4a"}


def sniff(head: bytes) -> str | None:
    """Media type from the first bytes, or None when unrecognised."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"M4A ", b"M4B "):
            return "audio/mp4"
        return "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    return None


def _family(media_type: str) -> str:
    return media_type.split("/", 1)[0].strip().lower()


def check_declared(declared: str | None, sniffed: str, *, provider: str, what: str) -> None:
    """Reject a file whose Content-Type names a different media family than its bytes."""
    if not declared:
        return
    base = declared.split(";", 1)[0].strip().lower()
    if base in ("application/octet-stream", "binary/octet-stream", "") or base.startswith("*"):
        return
    if _family(base) != _family(sniffed):
        raise OutputError(ErrorKind.MODEL_ERROR, provider=provider,
                          message=f"{what}: declared {base} but the bytes are {sniffed}")


def probe(path: Path, media_type: str) -> None:
    """Open the file with a real decoder; raises OutputError if it is not usable."""
    try:
        if media_type.startswith("image/"):
            from PIL import Image

            with Image.open(path) as im:
                im.verify()
            return
        import av

        with av.open(str(path)) as container:
            if not container.streams.video and not container.streams.audio:
                raise ValueError("no audio or video stream")
    except Exception as exc:  # noqa: BLE001 - any decoder failure means unusable
        raise OutputError(ErrorKind.MODEL_ERROR, provider="output",
                          message=f"{path.name} ({media_type}) failed the probe: "
                                  f"{type(exc).__name__}: {exc}") from exc


class FileSink:
    """Incrementally write one output to a temp file in ``dest_dir`` with all checks."""

    def __init__(self, dest_dir: Path, *, provider: str, what: str,
                 max_bytes: int = MAX_OUTPUT_BYTES) -> None:
        self.dest_dir = Path(dest_dir)
        self.dest_dir.mkdir(parents=True, exist_ok=True)
        self.provider, self.what, self.max_bytes = provider, what, max_bytes
        fd, tmp = tempfile.mkstemp(prefix=".download.", suffix=".part", dir=self.dest_dir)
        self._fh = os.fdopen(fd, "wb")
        self._tmp = Path(tmp)
        self._hash = hashlib.sha256()
        self._head = b""
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.max_bytes:
            raise OutputError(ErrorKind.VALIDATION, provider=self.provider,
                              message=f"{self.what} is larger than the {self.max_bytes} byte "
                                      "limit; download aborted")
        if len(self._head) < 32:
            self._head += chunk[: 32 - len(self._head)]
        self._hash.update(chunk)
        self._fh.write(chunk)

    def finish(self, declared: str | None, *, stem: str | None = None) -> Output:
        """Close, sniff, probe and rename; returns the final Output."""
        self._fh.close()
        media_type = sniff(self._head)
        if self.size == 0 or media_type is None:
            raise OutputError(ErrorKind.MODEL_ERROR, provider=self.provider,
                              message=f"{self.what} is not a recognised image/audio/video file "
                                      f"({self.size} bytes, declared {declared or 'nothing'})")
        check_declared(declared, media_type, provider=self.provider, what=self.what)
        probe(self._tmp, media_type)
        name = (stem or self._hash.hexdigest()[:32]) + _EXT.get(media_type, ".bin")
        final = self.dest_dir / name
        os.replace(self._tmp, final)
        return Output(path=final, media_type=media_type)

    def discard(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)


async def save_bytes(data: bytes, dest_dir: Path, *, provider: str, what: str,
                     declared: str | None = None, stem: str | None = None,
                     max_bytes: int = MAX_OUTPUT_BYTES) -> Output:
    """Save in-memory bytes (base64 payloads) with the same checks as downloads."""

    def work() -> Output:
        sink = FileSink(dest_dir, provider=provider, what=what, max_bytes=max_bytes)
        try:
            sink.write(data)
            return sink.finish(declared, stem=stem)
        except BaseException:
            sink.discard()
            raise

    return await asyncio.to_thread(work)
