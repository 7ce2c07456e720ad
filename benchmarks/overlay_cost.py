"""Per-frame cost of comp.overlay layers at 1280x720: a 256 px logo (normal and screen
blend) and a title, against the same frame's unavoidable yuv420p round trip and against a
naive full-frame float alpha blend, measured in the same run.

Usage: python benchmarks/overlay_cost.py [--frames 300]
Prints ms per frame for each; the ratio naive / ours (normal blend) is printed last.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
W, H, FPS = 1280, 720, Fraction(30)


def _frame():  # noqa: ANN202
    import av
    import numpy as np

    rgb = (np.random.default_rng(1).random((H, W, 3)) * 255).astype(np.uint8)
    return av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")


def _per_frame_ms(fn, frame, n: int) -> float:  # noqa: ANN001
    fn(0, frame)
    t0 = time.perf_counter()
    for k in range(n):
        fn(k, frame)
    return (time.perf_counter() - t0) * 1000 / n


def main() -> None:
    import numpy as np
    from PIL import Image

    from render.frames import from_planes
    from render.layer_pass import LayerPass
    from render.layers import LayerSpec
    from render.text import TextStyle

    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=300)
    n = ap.parse_args().frames
    frame = _frame()
    with tempfile.TemporaryDirectory() as tmp:
        logo = Path(tmp) / "logo.png"
        Image.new("RGBA", (256, 256), (255, 200, 40, 200)).save(logo)
        layer = {b: LayerPass(LayerSpec(kind="image", source=str(logo), start_frame=0,
                                        duration_frames=10 ** 6, scale=0.2, blend=b),
                              width=W, height=H, fps=FPS) for b in ("normal", "screen")}
        title = LayerPass(LayerSpec(kind="text", text="NIGHT DRIVE", start_frame=0,
                                    duration_frames=10 ** 6, safe_area=True,
                                    style=TextStyle(font="display", size=120, shadow=4)),
                          width=W, height=H, fps=FPS)
        full_rgba = np.zeros((H * 3 // 2, W), np.float32) + 0.3

        def roundtrip(k: int, fr):  # noqa: ANN001, ANN202
            return from_planes(fr.to_ndarray(format="yuv420p"))

        def naive(k: int, fr):  # noqa: ANN001, ANN202 - blend every pixel, overlay or not
            arr = fr.to_ndarray(format="yuv420p").astype(np.float32)
            out = arr * (1 - full_rgba) + 235 * full_rgba
            return from_planes(np.clip(out + 0.5, 0, 255).astype(np.uint8))

        base = _per_frame_ms(roundtrip, frame, n)
        naive_ms = _per_frame_ms(naive, frame, n)
        ours = {b: _per_frame_ms(p, frame, n) for b, p in layer.items()}
        title_ms = _per_frame_ms(title, frame, n)
    print(f"yuv420p round trip only: {base:.2f} ms/frame")
    print(f"naive full-frame alpha blend: {naive_ms:.2f} ms/frame")
    print(f"logo 256 px normal: {ours['normal']:.2f}, screen: {ours['screen']:.2f}, "
          f"title card: {title_ms:.2f} ms/frame")
    print(f"naive / ours (normal): {naive_ms / ours['normal']:.1f}x")


if __name__ == "__main__":
    main()
