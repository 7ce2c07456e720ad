from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from render.errors import ClipError
from render.kenburns import make_kenburns_clip


def test_kenburns_clip_moves_and_has_exact_frames(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    img = (rng.random((90, 160, 3)) * 255).astype(np.uint8)
    big = Image.fromarray(img).resize((320, 180), Image.Resampling.BICUBIC)
    big.filter(ImageFilter.GaussianBlur(6)).save(tmp_path / "i.png")  # smooth texture
    out = tmp_path / "kb.mp4"
    make_kenburns_clip(tmp_path / "i.png", out, width=160, height=90, fps=Fraction(24),
                       duration_frames=36, zoom_to=1.3, pan=(0.5, 0.0), preset="ultrafast")
    import av

    with av.open(str(out)) as c:
        frames = [f.to_ndarray(format="gray").astype(float) for f in c.decode(video=0)]
        assert c.streams.video[0].average_rate == 24
    assert len(frames) == 36 and frames[0].shape == (90, 160)
    steps = [np.abs(frames[k + 1] - frames[k]).mean() for k in range(35)]
    assert np.abs(frames[-1] - frames[0]).mean() > 3 * max(steps)  # slow, steady motion
    assert not any(p.name.startswith(".kb") for p in tmp_path.iterdir())


def test_kenburns_bad_image(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"not a png")
    with pytest.raises(ClipError, match="x.png"):
        make_kenburns_clip(tmp_path / "x.png", tmp_path / "o.mp4", width=64, height=36,
                           fps=Fraction(30), duration_frames=3)


def test_kenburns_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    import threading

    from render.errors import RenderCancelled

    Image.new("RGB", (320, 180), (20, 90, 160)).save(tmp_path / "i.png")
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 10:
            cancel.set()  # what the run's Cancel does, from another thread

    out = tmp_path / "kb.mp4"
    with pytest.raises(RenderCancelled, match="frame 11 of 600"):
        make_kenburns_clip(tmp_path / "i.png", out, width=160, height=90, fps=Fraction(30),
                           duration_frames=600, preset="ultrafast", progress=progress,
                           cancel=cancel)
    assert seen[:3] == [(1, 600), (2, 600), (3, 600)] and seen[-1] == (10, 600)
    assert list(tmp_path.iterdir()) == [tmp_path / "i.png"]  # no clip, no partial file
