"""Loudness normalisation in out.render: accuracy (pyloudnorm on the decoded AAC) and the
wall-time cost of the measuring pass, against the same render with normalisation off.

Usage: python benchmarks/loudness_normalise.py [--song assets/demo/song.flac] [--repeats 3]

Both renders encode the whole song under a tiny (64x36) picture, so the audio path
dominates and the cost of pass 1 (decode + mix + K-weighting + 4x true peak) shows.
Prints the loudness before/after, the true peak after, and the time ratio last.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _render(song: Path, out: Path, *, normalise: bool) -> float:
    from render.encode import render_timeline
    from render.loudness import LoudnessTarget
    from render.probe import probe_media
    from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment

    fps = Fraction(30)
    frames = int(Fraction(repr(probe_media(str(song)).duration_s)) * fps)
    still = out.with_suffix(".png")
    if not still.exists():
        from PIL import Image

        Image.new("RGB", (64, 36), (30, 30, 30)).save(still)
    tl = Timeline(output=OutputSettings(width=64, height=36, fps=fps, preset="ultrafast"),
                  total_frames=frames, audio=(AudioTrack(source=str(song)),),
                  segments=(VideoSegment(str(still), 0, frames),))
    t0 = time.perf_counter()
    render_timeline(tl, out, loudness=LoudnessTarget() if normalise else None)
    return time.perf_counter() - t0


def _measure(path: Path) -> tuple[float, float]:
    import av
    import numpy as np
    import pyloudnorm as pyln
    from scipy.signal import resample_poly

    with av.open(str(path)) as c:
        rs = av.AudioResampler(format="fltp", layout="stereo", rate=48000)
        x = np.concatenate([f.to_ndarray() for fr in c.decode(audio=0)
                            for f in rs.resample(fr)], axis=1).astype(np.float64)
    lufs = pyln.Meter(48000).integrated_loudness(x.T)
    return lufs, float(20 * np.log10(np.abs(resample_poly(x, 4, 1, axis=1)).max()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--song", type=Path, default=ROOT / "assets" / "demo" / "song.flac")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        off, on = Path(tmp) / "off.mp4", Path(tmp) / "on.mp4"
        _render(args.song, off, normalise=False)  # warm-up (imports, file cache)
        _render(args.song, on, normalise=True)
        t_off, t_on = [], []
        for _ in range(args.repeats):  # interleaved, so load changes hit both alike
            t_off.append(_render(args.song, off, normalise=False))
            t_on.append(_render(args.song, on, normalise=True))
        before, tp_before = _measure(off)
        after, tp_after = _measure(on)
    print(f"song: {args.song.name}")
    print(f"off: {before:.2f} LUFS, true peak {tp_before:.2f} dBTP, median "
          f"{statistics.median(t_off):.3f} s")
    print(f"on:  {after:.2f} LUFS (target -14.00), true peak {tp_after:.2f} dBTP (ceiling "
          f"-1.00), median {statistics.median(t_on):.3f} s")
    print(f"time ratio normalised / plain: {statistics.median(t_on) / statistics.median(t_off):.2f}x")


if __name__ == "__main__":
    main()
