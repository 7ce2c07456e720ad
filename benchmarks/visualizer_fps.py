"""gen.visualizer speed at 1280x720 on one core, measured as the user gets it.

Usage: python benchmarks/visualizer_fps.py [--seconds 8] [--export]

By default gen.visualizer yields a recipe that the final render draws frame by frame (no
intermediate encode). Per style, on the bundled demo song from 8 s:
  draw             drawing alone (numpy into yuv420p), frames per CPU second;
  final render     render_timeline of the visualizer as a 720p video with the song's AAC
                   audio, libx264 --preset (veryfast, out.render's default): what the user
                   waits for;
  vs still         the same render of a still picture: the visualizer's own cost inside
                   the final render is the difference, shown as frames per CPU second;
  export (--export) the node's export_clip path (analyse, draw, encode an H.264 file).
The process is pinned to one CPU (sched_setaffinity) and CPU time is the measure, so the
figures are one-core figures on a shared machine. The slowest style's figures come last.
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
SONG = ROOT / "assets/demo/song.flac"


def _cpu(fn: object) -> float:
    t0 = time.process_time()
    fn()  # type: ignore[operator]
    return time.process_time() - t0


def render_cpu(tmp: str, n: int, *, visual: dict | None, still: Path, preset: str) -> float:
    from render.encode import render_timeline
    from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment

    seg = VideoSegment(str(SONG), 0, n, visual=visual) if visual else \
        VideoSegment(str(still), 0, n)
    tl = Timeline(output=OutputSettings(width=1280, height=720, fps=Fraction(30), threads=1,
                                               preset=preset),
                  total_frames=n, segments=(seg,), audio=(AudioTrack(str(SONG)),))
    return _cpu(lambda: render_timeline(tl, Path(tmp) / "v.mp4"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--export", action="store_true", help="also time the export_clip path")
    ap.add_argument("--preset", default="veryfast", help="x264 preset of the final render")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from PIL import Image

    from audio_sync.decode import decode_audio
    from providers.local.procedural import render_array
    from render.visualizer import STYLES, analyse, make_visualizer_clip, palette_lut
    from render.visualizer_draw import painter

    song = decode_audio(SONG)
    mono, fps = song.mono(), Fraction(30)
    n = int(args.seconds * 30)
    feats = analyse(mono, song.rate_hz, fps, n, start_s=8.0)
    print(f"load average {os.getloadavg()[0]:.2f}; 1280x720, {n} frames, one core, CPU time")
    worst: tuple[float, float, float, str] = (float("inf"), 0.0, 0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        still = Path(tmp) / "still.png"
        Image.fromarray(render_array("northern lights over the sea", 1, 1280, 720)).save(still)
        base = render_cpu(tmp, n, visual=None, still=still, preset=args.preset)
        print(f"final render of a still picture: {n / base:6.1f} fps")
        for style in STYLES:
            draw = painter(style, 1280, 720, palette_lut("aurora"))
            draw_fps = n / _cpu(lambda draw=draw: [draw(k, feats) for k in range(n)])
            vis = {"style": style, "palette": "aurora", "start_s": 8.0,
                   "duration_s": args.seconds}
            cpu = render_cpu(tmp, n, visual=vis, still=still, preset=args.preset)
            own = n / max(cpu - base, 1e-9)
            line = (f"{style:10s} draw {draw_fps:6.1f} fps | final render {n / cpu:6.1f} fps "
                    f"| visualizer's own cost in it {own:6.1f} fps")
            if args.export:
                exp = _cpu(lambda style=style: make_visualizer_clip(
                    mono, song.rate_hz, Path(tmp) / "e.mp4", style=style, width=1280,
                    height=720, fps=fps, duration_s=args.seconds, start_s=8.0, threads=1))
                line += f" | export (veryfast) {n / exp:6.1f} fps"
            print(line, flush=True)
            if n / cpu < worst[0]:
                worst = (n / cpu, own, draw_fps, style)
    print(f"slowest style ({worst[3]}) at 720p on one core: final render {worst[0]:.1f} fps "
          f"(x264 {args.preset} + AAC); the visualizer's own cost in it {worst[1]:.1f} fps; "
          f"drawing {worst[2]:.1f} fps")


if __name__ == "__main__":
    main()
