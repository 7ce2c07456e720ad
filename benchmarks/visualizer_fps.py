"""gen.visualizer speed at 1280x720 on one core: frames per second per style, drawing alone
and drawing + H.264 encoding (libx264, one thread), on the bundled demo song.

Usage: python benchmarks/visualizer_fps.py [--seconds 8] [--preset ultrafast]

The process is pinned to one CPU (sched_setaffinity) so the figure is a one-core figure
even on a bigger machine. The slowest style's end-to-end fps is printed last.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--preset", default="ultrafast")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from audio_sync.decode import decode_audio
    from render.visualizer import STYLES, analyse, make_visualizer_clip, palette_lut
    from render.visualizer_draw import painter

    song = decode_audio(ROOT / "assets/demo/song.flac")
    mono, fps = song.mono(), Fraction(30)
    n = int(args.seconds * 30)
    feats = analyse(mono, song.rate_hz, fps, n, start_s=8.0)
    worst = float("inf")
    print(f"load average {os.getloadavg()[0]:.2f}; 1280x720, {n} frames, one core")
    for style in STYLES:
        draw = painter(style, 1280, 720, palette_lut("aurora"))
        t0 = time.process_time()
        for k in range(n):
            draw(k, feats)
        draw_fps = n / (time.process_time() - t0)
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.process_time()
            make_visualizer_clip(mono, song.rate_hz, Path(tmp) / "v.mp4", style=style,
                                 width=1280, height=720, fps=fps, duration_s=args.seconds,
                                 start_s=8.0, preset=args.preset, threads=1)
            full_fps = n / (time.process_time() - t0)
        worst = min(worst, full_fps)
        print(f"{style:10s} draw {draw_fps:7.1f} fps   draw+analyse+encode ({args.preset}) "
              f"{full_fps:6.1f} fps")
    print(f"slowest style end to end: {worst:.1f} fps at 720p on one core (CPU time)")


if __name__ == "__main__":
    main()
