"""Probe media files in a child process.

FFmpeg can crash the whole process on a truncated or corrupt file (PyAV#2344), so every input
is opened, and its first frames decoded, in ``sys.executable -c ...`` before the renderer
touches it in-process. A crash, hang or error there becomes a :class:`MediaProbeError`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from render.errors import MediaProbeError

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"})


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """What the renderer needs to know about an input before decoding it."""

    kind: str  # "video" | "image" | "audio"
    width: int
    height: int
    fps: Fraction | None
    duration_s: float
    codec: str
    has_audio: bool
    has_video: bool

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "width": self.width, "height": self.height,
                "fps": None if self.fps is None else str(self.fps),
                "duration_s": self.duration_s, "codec": self.codec,
                "has_audio": self.has_audio, "has_video": self.has_video}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MediaInfo:
        return cls(kind=d["kind"], width=int(d["width"]), height=int(d["height"]),
                   fps=None if d["fps"] is None else Fraction(d["fps"]),
                   duration_s=float(d["duration_s"]), codec=str(d["codec"]),
                   has_audio=bool(d["has_audio"]), has_video=bool(d["has_video"]))


# The probe, run in the child (``_CHILD``) or, for a file already decoded whole in a child,
# in-process (:func:`probe_checked`): the same code either way, so the same figures.
_PROBE = r'''
import json, sys
import av
IMG = {"image2", "png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "gif", "tiff_pipe", "gif_pipe"}
def probe(path):
    with av.open(path, "r") as c:
        vs = [s for s in c.streams.video if s.codec_context is not None]
        aus = [s for s in c.streams.audio if s.codec_context is not None]
        if not vs and not aus:
            return {"error": "no decodable video or audio stream"}
        dur = float(c.duration / 1e6) if c.duration else 0.0
        fmt = set(c.format.name.split(","))
        if vs:
            s = vs[0]
            s.thread_type = "AUTO"
            n = 0
            last = None
            for f in c.decode(s):
                n += 1
                last = f
                if n >= 3:
                    break
            if n == 0:
                return {"error": "video stream has no decodable frame"}
            still = bool(fmt & IMG) or (n == 1 and not aus and dur <= 0.05)
            if s.duration and s.time_base:  # the picture's own length, not the audio's
                dur = float(s.duration * s.time_base)
            rate = s.average_rate or s.guessed_rate or s.base_rate
            return {"ok": {"kind": "image" if still else "video", "width": last.width,
                    "height": last.height, "fps": None if still or not rate else str(rate),
                    "duration_s": 0.0 if still else dur, "codec": s.codec_context.name,
                    "has_audio": bool(aus), "has_video": True}}
        s = aus[0]
        got = False
        for f in c.decode(s):
            got = True
            break
        if not got:
            return {"error": "audio stream has no decodable frame"}
        return {"ok": {"kind": "audio", "width": 0, "height": 0, "fps": None,
                "duration_s": dur, "codec": s.codec_context.name, "has_audio": True,
                "has_video": False}}
'''
# Runs in the child. Prints one JSON object per path: {"ok": info} or {"error": reason}.
_CHILD = _PROBE + r'''
for p in sys.argv[1:]:
    try:
        r = probe(p)
    except Exception as e:
        r = {"error": f"{type(e).__name__}: {e}"}
    print(json.dumps(r), flush=True)
'''


_PROBE_CODE = compile(_PROBE, "<render.probe>", "exec")


def _precheck(path: Path) -> None:
    if not path.exists():
        raise MediaProbeError(path, "file not found")
    if not path.is_file():
        raise MediaProbeError(path, "not a regular file")
    if path.stat().st_size == 0:
        raise MediaProbeError(path, "file is empty (0 bytes)")


def probe_many(paths: list[str | Path], *, timeout_s: float = 60.0) -> list[MediaInfo]:
    """Probe several files: stills in-process (Pillow, which is what decodes them), the rest
    in one child process; on a child crash, re-probe one by one so the error names the file
    that crashed it."""
    ps = [Path(p) for p in paths]
    for p in ps:
        _precheck(p)
    stills = {p: info for p in ps if (info := _probe_image(p)) is not None}
    others = [p for p in ps if p not in stills]
    found = dict(zip(others, _probe_in_child(others, timeout_s=timeout_s), strict=True))
    return [stills[p] if p in stills else found[p] for p in ps]


def probe_checked(paths: list[str | Path]) -> list[MediaInfo]:
    """Probe in this process files that a child already decoded whole without crashing
    (``input.audio`` checks every song so): no child process (~0.1 CPU-s and 0.1 s each
    time), the same code and figures as :func:`probe_many`."""
    ns: dict[str, Any] = {}
    exec(_PROBE_CODE, ns)  # noqa: S102 - our own constant source, compiled once
    out = []
    for p in map(Path, paths):
        _precheck(p)
        try:
            r = ns["probe"](str(p))
        except Exception as e:  # what the child reports as an error line
            r = {"error": f"{type(e).__name__}: {e}"}
        out.append(_parse(p, json.dumps(r)))
    return out


def _probe_in_child(ps: list[Path], *, timeout_s: float) -> list[MediaInfo]:
    if not ps:
        return []
    try:
        res = subprocess.run([sys.executable, "-c", _CHILD, *map(str, ps)], capture_output=True,
                             text=True, timeout=timeout_s * len(ps), check=False)
    except subprocess.TimeoutExpired:
        res = None
    lines = res.stdout.splitlines() if res is not None else []
    if res is None or res.returncode != 0 or len(lines) != len(ps):
        if len(ps) == 1:
            raise MediaProbeError(ps[0], _crash_reason(res))
        return [_probe_in_child([p], timeout_s=timeout_s)[0] for p in ps]
    return [_parse(p, line) for p, line in zip(ps, lines, strict=True)]


_PIL_CODECS = {"jpeg": "mjpeg", "mpo": "mjpeg"}
# leading bytes of the still formats (cached files have no suffix: sniff, do not trust names)
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00",
          b"MM\x00*")


def sniffs_as_still(path: str | Path) -> bool:
    """Whether ``path`` starts like a still image (probed in-process; the rest by the child)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head.startswith(_MAGIC) or head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def _probe_image(path: Path) -> MediaInfo | None:
    """A still image by its header, checked by Pillow's ``verify`` (structure and chunk
    CRCs, no decoding); None when ``path`` is not a still (then the FFmpeg child probes it).
    The renderer decodes stills with Pillow in-process, never with FFmpeg, so the child buys
    them no crash isolation (it cost ~0.85 CPU-s for the demo's 36 stills)."""
    from PIL import Image

    with open(path, "rb") as f:
        head = f.read(16)
    if not (head.startswith(_MAGIC) or head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return None
    try:
        with Image.open(path) as im:
            if getattr(im, "is_animated", False):
                return None  # animated GIF/PNG/WebP: FFmpeg decides image or video
            width, height, fmt = im.width, im.height, (im.format or "image").lower()
            im.verify()
    except Exception as e:  # Pillow raises many types (OSError, SyntaxError, ...) for junk
        raise MediaProbeError(path, f"not a readable image ({type(e).__name__}: {e})") from e
    return MediaInfo(kind="image", width=width, height=height, fps=None, duration_s=0.0,
                     codec=_PIL_CODECS.get(fmt, fmt), has_audio=False, has_video=True)


def probe_media(path: str | Path, *, timeout_s: float = 60.0) -> MediaInfo:
    """Probe one file in a child process; raises :class:`MediaProbeError` with the reason."""
    return probe_many([path], timeout_s=timeout_s)[0]


def _crash_reason(res: subprocess.CompletedProcess[str] | None) -> str:
    if res is None:
        return "probing timed out (file may be corrupt)"
    if res.returncode < 0:
        return f"the decoder crashed (signal {-res.returncode}); the file is probably truncated"
    tail = (res.stderr or "").strip().splitlines()[-1:] or ["no output"]
    return f"probe process failed (exit {res.returncode}): {tail[0]}"


def _parse(path: Path, line: str) -> MediaInfo:
    try:
        d = json.loads(line)
    except json.JSONDecodeError as e:
        raise MediaProbeError(path, f"unreadable probe output ({e})") from e
    if "error" in d:
        raise MediaProbeError(path, str(d["error"]))
    info = MediaInfo.from_dict(d["ok"])
    if info.kind == "video" and path.suffix.lower() in IMAGE_SUFFIXES:
        info = MediaInfo(kind="image", width=info.width, height=info.height, fps=None,
                         duration_s=0.0, codec=info.codec, has_audio=False, has_video=True)
    return info
