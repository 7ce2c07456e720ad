"""``local:procedural``: deterministic procedural art, offline and free.

Everything (palette, composition, shapes) derives from a sha256 of
``prompt + seed``, so the same request gives byte-identical PNGs and any change
gives a visibly different picture. The prompt's nouns choose the scene
(``providers.local.scenery``: sky, sea, city, forest, mountains, space; a
lighthouse, the moon, an aurora); prompts naming none get abstract art whose
hue follows words such as "night" or "sunset".

The soft layers are painted at a reduced working size and upscaled (they are
smooth anyway); film grain is added at full size.  See tests/providers for the measured speed.
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import struct
import threading
import zlib
from collections import OrderedDict
from pathlib import Path

import numpy as np

from providers.base import GenerationRequest, JobHandle, JobResult, JobStatus, Output
from providers.errors import ErrorKind, ProviderError
from providers.local._common import (
    handle_request,
    in_thread,
    make_handle,
    stable_seed,
    succeeded,
    write_atomic,
)

_WORK_MAX_PX = 320
_MAX_SIDE_PX = 8192
_HUE_WORDS: dict[str, float] = {
    "sunset": 0.04, "fire": 0.02, "warm": 0.07, "desert": 0.09, "gold": 0.12,
    "forest": 0.33, "green": 0.30, "ocean": 0.55, "sea": 0.55, "water": 0.52,
    "sky": 0.58, "blue": 0.62, "night": 0.68, "space": 0.72, "neon": 0.85,
    "purple": 0.78, "pink": 0.92, "rose": 0.95, "red": 0.0, "ice": 0.52,
}
_DARK_WORDS = ("night", "dark", "space", "midnight", "shadow", "neon")


def _palette(rng: np.random.Generator, prompt: str) -> np.ndarray:
    """Five RGB colours (floats 0..1) in a harmony chosen from the hash."""
    words = prompt.lower()
    hues = [h for w, h in _HUE_WORDS.items() if w in words]
    base = hues[int(rng.integers(len(hues)))] if hues else float(rng.random())
    base = (base + rng.normal(0, 0.02)) % 1.0
    scheme = [(0, 0.08, -0.08, 0.16, 0.5), (0, 0.5, 0.45, 0.05, 0.55),
              (0, 0.33, 0.66, 0.1, 0.4)][int(rng.integers(3))]
    dark = any(w in words for w in _DARK_WORDS) or rng.random() < 0.3
    cols = []
    for i, off in enumerate(scheme):
        sat = float(rng.uniform(0.45, 0.85))
        val = float(rng.uniform(0.12, 0.35) if (dark and i < 2) else rng.uniform(0.55, 0.95))
        cols.append(colorsys.hsv_to_rgb((base + off) % 1.0, sat, val))
    return np.asarray(cols, dtype=np.float32)


def _blend(img: np.ndarray, color: np.ndarray, alpha: np.ndarray) -> None:
    img *= 1.0 - alpha[..., None]
    img += alpha[..., None] * color


def _background(rng: np.random.Generator, pal: np.ndarray, h: int, w: int) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = float(rng.uniform(0, np.pi))
    t = (np.cos(angle) * xx / w + np.sin(angle) * yy / h)
    t = (t - t.min()) / max(float(np.ptp(t)), 1e-6)
    t = t * t * (3 - 2 * t)  # smoothstep: softer than linear
    return (pal[0] * (1 - t[..., None]) + pal[1] * t[..., None]).astype(np.float32)


def _orbs(img: np.ndarray, rng: np.random.Generator, pal: np.ndarray, count: int) -> None:
    h, w = img.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    for _ in range(count):
        cx, cy = rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h
        r = rng.uniform(0.05, 0.35) * min(h, w)
        d2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / (r * r)
        alpha = np.exp(-d2 * 1.6).astype(np.float32) * float(rng.uniform(0.25, 0.7))
        _blend(img, pal[int(rng.integers(2, 5))], alpha)


def _sun(img: np.ndarray, rng: np.random.Generator, pal: np.ndarray) -> None:
    h, w = img.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.5) * h
    r = rng.uniform(0.08, 0.18) * min(h, w)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / r
    disc = np.clip((1.0 - d) * 6.0, 0, 1).astype(np.float32)
    glow = (np.exp(-d * 0.9) * 0.55).astype(np.float32)
    color = np.clip(pal[3] * 0.5 + 0.55, 0, 1)
    _blend(img, color, np.maximum(disc, glow))


def _waves(img: np.ndarray, rng: np.random.Generator, pal: np.ndarray, layers: int) -> None:
    """Layered soft-edged hills/waves, far ones lighter (aerial perspective)."""
    h, w = img.shape[:2]
    x = np.linspace(0, 1, w, dtype=np.float32)
    yy = np.arange(h, dtype=np.float32)[:, None]
    for k in range(layers):
        depth = (k + 1) / layers
        base = h * (0.45 + 0.45 * depth * rng.uniform(0.85, 1.0))
        curve = np.zeros_like(x)
        for harmonic in (1, 2, 5):
            amp = h * rng.uniform(0.02, 0.08) / harmonic
            curve += amp * np.sin(2 * np.pi * harmonic * rng.uniform(0.6, 1.6) * x
                                  + rng.uniform(0, 2 * np.pi))
        edge = base + curve[None, :]
        alpha = np.clip((yy - edge) / (1.5 + 4 * (1 - depth)), 0, 1)
        shade = pal[2 + k % 3] * (0.35 + 0.65 * (1 - depth)) + pal[0] * 0.25 * depth
        _blend(img, np.clip(shade, 0, 1), alpha * (0.75 + 0.25 * depth))


def _ribbons(img: np.ndarray, rng: np.random.Generator, pal: np.ndarray, count: int) -> None:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(count):
        a = rng.uniform(-0.6, 0.6)
        center = rng.uniform(0.1, 0.9) * h + np.tan(a) * (xx - w / 2)
        center += h * 0.08 * np.sin(xx / w * 2 * np.pi * rng.uniform(0.5, 2) + rng.uniform(0, 6))
        width = rng.uniform(0.02, 0.12) * h
        alpha = np.exp(-(((yy - center) / width) ** 2)).astype(np.float32)
        _blend(img, pal[int(rng.integers(2, 5))], alpha * float(rng.uniform(0.3, 0.7)))


@functools.lru_cache(maxsize=4)
def _vignette_mask(h: int, w: int, strength: float) -> np.ndarray:
    """Read-only and cached: a batch of images shares one size."""
    from providers.local.scenery import rgb

    yy, xx = np.ogrid[0:h, 0:w]
    d2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2.2
    mask = rgb((1.0 - strength * d2).astype(np.float32), (1, 1, 1))  # 3 planes: no broadcast
    mask.flags.writeable = False
    return mask


def _vignette(img: np.ndarray, strength: float) -> None:
    h, w = img.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    d2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2.2
    img *= (1.0 - strength * d2).astype(np.float32)[..., None]


def render_array(prompt: str, seed: int, width: int, height: int) -> np.ndarray:
    """Paint the picture; returns uint8 RGB ``(height, width, 3)``."""
    import cv2
    from PIL import Image

    from providers.local.scenery import paint

    rng = np.random.default_rng(stable_seed("procedural", prompt, seed))
    scene = paint(prompt, rng, width, height)
    if scene is not None:  # in place: vignette, clip, scale, truncate, grain
        scene *= _vignette_mask(height, width, 0.35)
        np.clip(scene, 0, 1, out=scene)
        scene *= 255
        out = scene.astype(np.int16)
        grain = _grain(rng, height, width) // 2
        out += np.asarray(cv2.merge([grain, grain, grain]))  # 3 planes: no broadcast
        return np.clip(out, 0, 255, out=out).astype(np.uint8)
    pal = _palette(rng, prompt)
    scale = min(1.0, _WORK_MAX_PX / max(width, height))
    wh, ww = max(8, round(height * scale)), max(8, round(width * scale))
    img = _background(rng, pal, wh, ww)
    style = int(rng.integers(3))
    if style == 0:  # horizon: sun over layered hills/waves
        _sun(img, rng, pal)
        _waves(img, rng, pal, int(rng.integers(3, 6)))
    elif style == 1:  # bokeh orbs with a low wave
        _orbs(img, rng, pal, int(rng.integers(5, 11)))
        _waves(img, rng, pal, int(rng.integers(1, 3)))
    else:  # flowing ribbons with soft orbs
        _orbs(img, rng, pal, int(rng.integers(2, 5)))
        _ribbons(img, rng, pal, int(rng.integers(3, 7)))
    _vignette(img, float(rng.uniform(0.25, 0.5)))
    small = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8), "RGB")
    big = np.asarray(small.resize((width, height), Image.Resampling.BILINEAR), dtype=np.int16)
    return np.clip(big + _grain(rng, height, width)[..., None], 0, 255).astype(np.uint8)


def _grain(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    """Monochrome film grain in 2x2 clumps (looks filmic, and PNG-encodes 2x faster);
    int16 ``(height, width)``."""
    import cv2

    amp = int(rng.integers(3, 7))
    half = rng.integers(-amp, amp + 1, size=((height + 1) // 2, (width + 1) // 2, 1),
                        dtype=np.int16)[..., 0]
    # each value twice in both directions (exact 2x nearest: the same as two repeats)
    two = cv2.resize(half, (half.shape[1] * 2, half.shape[0] * 2),
                     interpolation=cv2.INTER_NEAREST_EXACT)
    return np.asarray(two[:height, :width])


def render_png(prompt: str, seed: int, width: int, height: int) -> bytes:
    """Deterministic PNG bytes for (prompt, seed, width, height)."""
    arr = render_array(prompt, seed, width, height)
    data = png_bytes(arr)
    _keep_painted(hashlib.sha256(data).hexdigest(), arr)
    return data


def png_bytes(rgb: np.ndarray) -> bytes:
    """An 8-bit RGB PNG of ``rgb`` ``(h, w, 3)`` uint8: every row with the "up" filter, then
    libdeflate at level 1. A cache artifact, not a deliverable: 9 ms and 0.52 MB for a 720p
    picture, against libpng's 18 ms and 0.55 MB at zlib level 1 with the same filter. The
    automatic Ken Burns move follows the request, not these bytes
    (nodes.builtin.montage.move_key), so the encoding may change freely."""
    import deflate

    h, w, _ = rgb.shape
    rows = np.empty((h, 1 + 3 * w), np.uint8)
    flat = np.ascontiguousarray(rgb).reshape(h, 3 * w)
    rows[:, 0] = 2  # filter "up": each byte minus the one above (zeros above the first row)
    rows[0, 1:] = flat[0]
    np.subtract(flat[1:], flat[:-1], out=rows[1:, 1:])  # uint8 wraps modulo 256, as PNG's
    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)  # 8 bits, RGB, no interlace
    return b"".join([b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", header),
                     _chunk(b"IDAT", deflate.zlib_compress(rows.tobytes(), 1)),
                     _chunk(b"IEND", b"")])


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind))
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


# only the pictures between painting and the engine's store (gen.image and route.by_cost
# take theirs at once; a direct caller's are the oldest and go first)
_PAINTED_CAP_BYTES = 64 << 20
_painted: OrderedDict[str, np.ndarray] = OrderedDict()
_painted_lock = threading.Lock()


def _keep_painted(sha256_hex: str, rgb: np.ndarray) -> None:
    with _painted_lock:
        _painted[sha256_hex] = rgb
        total = sum(a.nbytes for a in _painted.values())
        while total > _PAINTED_CAP_BYTES:
            total -= _painted.popitem(last=False)[1].nbytes


def take_painted(sha256_hex: str) -> np.ndarray | None:
    """The RGB pixels of a PNG painted in this process, by the sha256 of its bytes; handed
    over once (the engine passes them to the renderer, which then need not decode it)."""
    with _painted_lock:
        return _painted.pop(sha256_hex, None)


class ProceduralProvider:
    """Offline image provider (``local:procedural``); free, deterministic."""

    name = "local"

    async def submit(self, request: GenerationRequest) -> JobHandle:
        _size(request)  # validate early, before the engine records the job
        return make_handle(self.name, request)

    async def poll(self, handle: JobHandle) -> JobStatus:
        return succeeded()

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        request = handle_request(handle)
        width, height = _size(request)
        data = await in_thread(render_png, request.prompt, request.seed or 0, width, height)
        path = await in_thread(write_atomic, Path(dest_dir) / f"procedural-{handle.job_id}.png",
                               data)
        return JobResult(outputs=(Output(path=path, media_type="image/png"),), cost_usd=0.0,
                         provider=self.name, model=handle.model, job_id=handle.job_id)

    async def cancel(self, handle: JobHandle) -> None:
        return None


def _size(request: GenerationRequest) -> tuple[int, int]:
    width = 1280 if request.width is None else request.width
    height = 720 if request.height is None else request.height
    if not (1 <= width <= _MAX_SIDE_PX and 1 <= height <= _MAX_SIDE_PX):
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message=f"procedural image size {width}x{height} is out of range "
                                    f"(1..{_MAX_SIDE_PX} px per side); pick a smaller size")
    return width, height
