"""What the reproducible encoder settings of sized tasks cost: x264 with mbtree off.

Material (not made here): scikit-learn's two sample photos (``china.jpg``,
``flower.jpg``, shipped with scikit-learn, a librosa dependency), each as a slow Ken
Burns pan and zoom of ``--seconds`` at 1280x720, 24 fps. Each is encoded with libx264
``veryfast`` (out.render's default) at CRF 23 and 3 threads, with x264's defaults (a
desktop render) and with ``mbtree=0`` (a sized task, render.clipfile.x264_options);
prints size, PSNR against the source frames and encode CPU seconds; the size ratios last.

Usage: python benchmarks/x264_mbtree_cost.py [--seconds 8]
"""

from __future__ import annotations

import argparse
import io
import os
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

W, H, FPS = 1280, 720, 24


def pan(photo: Path, n: int) -> list[Any]:
    import numpy as np
    from PIL import Image

    img = Image.open(photo).convert("RGB")
    iw, ih = img.size
    frames = []
    for k in range(n):
        zoom = 1.0 + 0.25 * k / n
        cw, ch = iw / zoom, ih / zoom
        x0, y0 = (iw - cw) * (0.2 + 0.6 * k / n), (ih - ch) * 0.5
        frames.append(np.asarray(img.resize((W, H), Image.BICUBIC,
                                            box=(x0, y0, x0 + cw, y0 + ch))))
    return frames


def encode(frames: list[Any], params: str) -> tuple[int, float, float]:
    """(bytes, PSNR dB against ``frames``, encode CPU seconds)."""
    import av
    import numpy as np

    options = {"crf": "23", "preset": "veryfast", **({"x264-params": params} if params else {})}
    buf = io.BytesIO()
    cpu = time.process_time()
    with av.open(buf, "w", format="mp4") as c:
        vs = c.add_stream("libx264", rate=Fraction(FPS), options=options)
        vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
        vs.codec_context.thread_type, vs.codec_context.thread_count = "AUTO", 3
        for k, a in enumerate(frames):
            f = av.VideoFrame.from_ndarray(a, format="rgb24")
            f.pts, f.time_base = k, Fraction(1, FPS)
            for p in vs.encode(f):
                c.mux(p)
        for p in vs.encode(None):
            c.mux(p)
    cpu = time.process_time() - cpu
    size = len(buf.getvalue())
    buf.seek(0)
    mse = []
    with av.open(buf) as c:
        for k, f in enumerate(c.decode(video=0)):
            d = f.to_ndarray(format="rgb24").astype(np.float32) - frames[k]
            mse.append(float((d * d).mean()))
    return size, float(10 * np.log10(255 ** 2 / np.mean(mse))), cpu


def main() -> None:
    import sklearn

    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    args = ap.parse_args()
    images = Path(sklearn.__file__).parent / "datasets" / "images"
    ratios = []
    for name in ("china.jpg", "flower.jpg"):
        frames = pan(images / name, int(args.seconds * FPS))
        (ds, dp, dc), (ms, mp, mc) = encode(frames, ""), encode(frames, "mbtree=0")
        ratios.append(ms / ds)
        print(f"{name}: defaults {ds / 1e6:.2f} MB, {dp:.2f} dB, {dc:.1f} CPU-s; mbtree=0 "
              f"{ms / 1e6:.2f} MB, {mp:.2f} dB, {mc:.1f} CPU-s ({mp - dp:+.2f} dB)")
    print(f"load average {os.getloadavg()[0]:.2f}")
    print("size with mbtree=0 vs x264's defaults at CRF 23: "
          + ", ".join(f"{100 * (r - 1):+.1f} %" for r in ratios))


if __name__ == "__main__":
    main()
