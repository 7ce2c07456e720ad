from __future__ import annotations

import threading
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import click_track, make_clip, make_still

from render.encode import render_timeline
from render.errors import RenderCancelled
from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment

OUT = OutputSettings(width=160, height=90, fps=Fraction(30), preset="ultrafast")
RED, BLUE, GREEN = (200, 40, 40), (30, 30, 200), (40, 200, 40)


def _media(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    a = make_clip(tmp_path / "a.mp4", fps=Fraction(24), n_frames=30, color=RED, marker=False)
    b = make_clip(tmp_path / "b.mp4", fps=Fraction(60), n_frames=40, color=BLUE, width=96,
                  height=96, marker=False)
    s = make_still(tmp_path / "s.png", color=GREEN)
    song = click_track(tmp_path / "song.wav", duration_s=3.0, click_times_s=[0.0, 1.0, 2.0])
    return a, b, s, song


def _decode(path: Path) -> tuple[list[int], list[np.ndarray], float, float]:
    import av

    with av.open(str(path)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        pts, means = [], []
        for f in c.decode(v):
            pts.append(f.pts)
            means.append(f.to_ndarray(format="rgb24")[10:80, 40:120].reshape(-1, 3).mean(0))
        audio_s = float(a.duration * a.time_base)
        video_s = float(v.duration * v.time_base)
    return pts, means, video_s, audio_s


def test_hard_cuts_from_clips_and_stills(tmp_path: Path) -> None:
    a, b, s, song = _media(tmp_path)
    tl = Timeline(output=OUT, total_frames=90, audio=(AudioTrack(str(song)),), segments=(
        VideoSegment(str(a), 0, 30), VideoSegment(str(b), 30, 30), VideoSegment(str(s), 60, 30)))
    calls: list[tuple[int, int]] = []
    res = render_timeline(tl, tmp_path / "out.mp4", progress=lambda d, t: calls.append((d, t)))
    assert res.frames == 90 and res.duration_s == 3.0 and res.path.exists()
    pts, means, video_s, audio_s = _decode(res.path)
    assert len(pts) == 90
    assert [p for p in pts] == sorted(pts) and len(set(pts)) == 90
    assert abs(video_s - 3.0) < 1 / 30 and abs(audio_s - video_s) <= 1 / 30
    for k, m in enumerate(means):
        want = RED if k < 30 else BLUE if k < 60 else GREEN
        assert np.abs(m - np.array(want)).max() < 25, (k, m)
    assert calls[-1] == (90, 90) and len(calls) == 90
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_gaps_are_black_and_no_audio_is_silence(tmp_path: Path) -> None:
    a, _, _, _ = _media(tmp_path)
    tl = Timeline(output=OUT, total_frames=40, segments=(VideoSegment(str(a), 20, 20),))
    pts, means, video_s, audio_s = _decode(render_timeline(tl, tmp_path / "g.mp4").path)
    assert len(pts) == 40
    assert means[5].max() < 20 and np.abs(means[30] - np.array(RED)).max() < 25
    assert abs(audio_s - video_s) <= 1 / 30


def test_cancel_leaves_no_output(tmp_path: Path) -> None:
    a, _, _, song = _media(tmp_path)
    tl = Timeline(output=OUT, total_frames=300, segments=(VideoSegment(str(a), 0, 300),),
                  audio=(AudioTrack(str(song)),))
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 10:
            cancel.set()

    with pytest.raises(RenderCancelled):
        render_timeline(tl, tmp_path / "c.mp4", progress=progress, cancel=cancel)
    assert not (tmp_path / "c.mp4").exists()
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_cancel_stops_within_a_second(tmp_path: Path) -> None:
    import time

    a, _, _, _ = _media(tmp_path)
    tl = Timeline(output=OUT, total_frames=3000, segments=(VideoSegment(str(a), 0, 3000),))
    cancel = threading.Event()
    set_at: list[float] = []

    def progress(done: int, total: int) -> None:
        if done == 5:
            set_at.append(time.perf_counter())
            cancel.set()

    with pytest.raises(RenderCancelled):
        render_timeline(tl, tmp_path / "c.mp4", progress=progress, cancel=cancel)
    assert time.perf_counter() - set_at[0] < 1.0
    assert not (tmp_path / "c.mp4").exists()
