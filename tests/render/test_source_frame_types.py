"""A decoded frame carries its source's picture type (I/P/B); handed on as it is, libx264
obeys it, so an all-intra source (MJPEG, or H.264 with keyint=1) rendered all-intra and the
output's GOP copied the input's. The encoder must choose its own frame types."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from render.encode import render_timeline
from render.timeline import OutputSettings, Timeline, VideoSegment

N = 30


def _all_intra(path: Path, codec: str) -> Path:
    import av

    with av.open(str(path), "w") as c:
        opts = {"x264-params": "keyint=1"} if codec == "libx264" else {}
        s = c.add_stream(codec, rate=30, options=opts)
        s.width, s.height = 160, 90
        s.pix_fmt = "yuvj420p" if codec == "mjpeg" else "yuv420p"
        for k in range(N):
            img = np.full((90, 160, 3), 60, dtype=np.uint8)
            img[:30, 3 * k:3 * k + 6] = 230
            f = av.VideoFrame.from_ndarray(img, format="rgb24").reformat(format=s.pix_fmt)
            f.pts = k
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return path


def _keyframes(path: Path) -> int:
    import av

    with av.open(str(path)) as c:
        return sum(p.is_keyframe for p in c.demux(c.streams.video[0]) if p.size)


@pytest.mark.parametrize(("codec", "ext"), [("libx264", ".mp4"), ("mjpeg", ".avi")])
def test_an_all_intra_source_does_not_make_an_all_intra_output(tmp_path: Path, codec: str,
                                                               ext: str) -> None:
    src = _all_intra(tmp_path / f"intra{ext}", codec)
    assert _keyframes(src) == N
    out = tmp_path / "out.mp4"
    render_timeline(Timeline(output=OutputSettings(width=160, height=90, fps=Fraction(30)),
                             total_frames=N, segments=(VideoSegment(str(src), 0, N),)), out)
    assert _keyframes(out) <= 2
