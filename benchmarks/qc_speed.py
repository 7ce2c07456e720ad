"""Wall time of gate.qc's checks vs a plain PyAV decode of the same file, same run.

Usage: python benchmarks/qc_speed.py [--seconds 20] [--size 1280x720] [--fps 30] [--repeats 3]

A synthetic H.264/AAC mp4 (moving texture, a -14 LUFS chord) is written once.
Baseline: decode every video frame and every audio frame with PyAV, nothing
else. QC: ``nodes.builtin.qc.check_media`` (sampled frame statistics, audio
resampled to 48 kHz, BS.1770 loudness, silence, clipping). Both run once to
warm up (imports, file cache), then ``--repeats`` times; medians are printed,
with the QC cost per minute of video printed last.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_video(path: Path, *, seconds: float, width: int, height: int, fps: int) -> None:
    import av

    rate = 48000
    rng = np.random.default_rng(1)
    base = (rng.random((height // 8 + 1, width // 4 + 1, 3)) * 255).astype(np.uint8)
    big = base.repeat(8, axis=0).repeat(8, axis=1)
    t = np.arange(round(seconds * rate)) / rate
    chord = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 330.0)) / 3 * 0.38
    audio = np.stack([chord, chord]).astype(np.float32)
    with av.open(str(path), "w") as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.options = {"preset": "ultrafast", "crf": "28"}
        ast = out.add_stream("aac", rate=rate, layout="stereo")
        for i in range(round(seconds * fps)):
            x = (4 * i) % (big.shape[1] - width)
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(big[:height, x:x + width]),
                                               format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            out.mux(vs.encode(frame))
        out.mux(vs.encode(None))
        for k, start in enumerate(range(0, audio.shape[1], 1024)):
            af = av.AudioFrame.from_ndarray(np.ascontiguousarray(audio[:, start:start + 1024]),
                                            format="fltp", layout="stereo")
            af.sample_rate, af.pts = rate, k * 1024
            out.mux(ast.encode(af))
        out.mux(ast.encode(None))


def baseline(path: Path) -> None:
    import av

    with av.open(str(path)) as container:
        container.streams.video[0].thread_type = "AUTO"
        for _ in container.decode(video=0):
            pass
    with av.open(str(path)) as container:
        for _ in container.decode(audio=0):
            pass


def ours(path: Path) -> dict:
    from nodes.builtin.qc import QcSettings, check_media

    return check_media(path, kind="video", settings=QcSettings())


def timed(fn, path: Path, repeats: int) -> float:  # type: ignore[no-untyped-def]
    fn(path)  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "clip.mp4"
        make_video(path, seconds=args.seconds, width=width, height=height, fps=args.fps)
        decode_s = timed(baseline, path, args.repeats)
        qc_s = timed(ours, path, args.repeats)
        result = ours(path)
    loud = next(c for c in result["checks"] if c["name"] == "loudness")
    print(f"video: {args.seconds:g} s, {width}x{height} @ {args.fps} fps, H.264 + AAC")
    print(f"qc verdict: passed={result['passed']} score={result['score']} "
          f"loudness={loud['value']} LUFS")
    print(f"baseline (PyAV decode only, median of {args.repeats}): {decode_s:.3f} s")
    print(f"gate.qc checks (median of {args.repeats}): {qc_s:.3f} s "
          f"({qc_s / decode_s:.2f}x the plain decode)")
    print(f"gate.qc: {qc_s / args.seconds * 60:.2f} s per minute of {height}p{args.fps} video "
          f"(plain decode {decode_s / args.seconds * 60:.2f} s)")


if __name__ == "__main__":
    main()
