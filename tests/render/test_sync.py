"""Frame-exact cuts from mixed inputs, checked in the finished file by render.sync."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import click_track, make_clip, make_still

from render.encode import render_timeline
from render.sync import audio_transients, detect_cuts, verify
from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment


def _six_clips(d: Path) -> list[tuple[Path, str]]:
    """Mixed fps, sizes, aspect ratios, codecs and (wrong) durations; (path, policy)."""
    return [
        (make_clip(d / "a.mp4", fps=Fraction(24000, 1001), n_frames=30, color=(200, 40, 40)),
         "hold"),
        (make_clip(d / "b.webm", fps=Fraction(24), n_frames=12, width=128, height=128,
                   codec="libvpx-vp9", color=(30, 30, 200)), "loop"),
        (make_clip(d / "c.mp4", fps=Fraction(25), n_frames=10, width=176, height=144,
                   codec="mpeg4", color=(230, 230, 40)), "pingpong"),
        (make_clip(d / "d.mp4", fps=Fraction(30), n_frames=9, width=90, height=160,
                   color=(40, 200, 200)), "retime"),
        (make_clip(d / "e.mp4", fps=Fraction(60), n_frames=80, width=192, height=108,
                   color=(200, 40, 200)), "hold"),
        (make_still(d / "f.png", width=100, height=100, color=(40, 200, 40)), "hold"),
    ]


def test_mixed_clips_cut_exactly_on_planned_beat_frames(tmp_path: Path) -> None:
    fps = Fraction(30)
    bpm = 133.0
    beats = [i * 60.0 / bpm for i in range(14)]  # 0 .. 5.86 s
    total = math.floor(6.2 * fps)
    song = click_track(tmp_path / "song.wav", duration_s=6.2, click_times_s=beats)
    cut_beats = beats[::2][:6]  # a cut every second beat
    starts = [math.floor(Fraction(t).limit_denominator(10**6) * fps) for t in cut_beats]
    ends = [*starts[1:], total]
    clips = _six_clips(tmp_path)
    segs = tuple(VideoSegment(str(p), s, e - s, policy=pol, fit="contain" if i % 2 else "cover")
                 for i, ((p, pol), s, e) in enumerate(zip(clips, starts, ends, strict=True)))
    tl = Timeline(output=OutputSettings(width=160, height=90, fps=fps, preset="ultrafast"),
                  total_frames=total, segments=segs, audio=(AudioTrack(str(song)),))
    out = render_timeline(tl, tmp_path / "out.mp4").path

    report = verify(out, starts[1:])
    assert report.video_frames == total
    assert report.detected_cuts == tuple(starts[1:]), report
    assert report.all_on_frame
    for cut, beat in zip(starts[1:], cut_beats[1:], strict=True):
        assert 0 <= beat - cut / 30 < 1 / 30  # floor: at most one frame early, never late
    assert report.audio_start_s == 0.0
    assert report.av_duration_gap_s <= 1 / 30
    assert abs(report.video_duration_s - 6.2) <= 1 / 30
    found = np.array(report.transients_s)
    assert len(found) == len(beats)
    assert np.abs(found - np.array(beats)).max() < 0.005  # the clicks did not move
    assert all(x is not None and abs(x) < 1 / 30 for x in report.cut_to_transient_s)


@pytest.mark.slow
def test_ten_minute_render_has_no_drift(tmp_path: Path) -> None:
    fps = Fraction(30000, 1001)
    duration_s = 600.0
    total = math.floor(Fraction(duration_s) * fps)
    cut_s = [i * 7.3 for i in range(int(duration_s / 7.3) + 1)]
    song = click_track(tmp_path / "song.wav", duration_s=duration_s, click_times_s=cut_s,
                       rate_hz=16000)
    red = make_still(tmp_path / "r.png", color=(220, 30, 30))
    blue = make_still(tmp_path / "b.png", color=(30, 30, 220))
    starts = [math.floor(Fraction(t).limit_denominator(10**6) * fps) for t in cut_s]
    ends = [*starts[1:], total]
    segs = tuple(VideoSegment(str(red if i % 2 else blue), s, e - s)
                 for i, (s, e) in enumerate(zip(starts, ends, strict=True)))
    # 24 kHz halves the AAC encoding time; 24000 / (30000/1001) = 800.8 samples per frame is
    # as non-integer as 48 kHz's 1601.6, so drift would show the same way
    tl = Timeline(output=OutputSettings(width=64, height=36, fps=fps, preset="ultrafast",
                                        audio_rate_hz=24000, audio_bitrate=48_000),
                  total_frames=total, segments=segs, audio=(AudioTrack(str(song)),))
    out = render_timeline(tl, tmp_path / "long.mp4").path
    assert detect_cuts(out) == starts[1:]  # the last cut, ~10 min in, is on its frame
    clicks = audio_transients(out)
    assert len(clicks) == len(cut_s)
    assert abs(clicks[-1] - cut_s[-1]) < 0.005
    assert abs(starts[-1] / fps - clicks[-1]) < 1 / fps
    import av

    with av.open(str(out)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert v.frames == total
        assert abs(float(v.duration * v.time_base) - float(a.duration * a.time_base)) < 1 / fps
        assert abs(float(v.duration * v.time_base) - duration_s) < 1 / fps


def test_detect_cuts_ignores_ken_burns_motion_but_finds_the_cut(tmp_path: Path) -> None:
    from PIL import Image, ImageFilter

    from render.kenburns import make_kenburns_clip

    clips = []
    for seed in (1, 2):
        rng = np.random.default_rng(seed)
        img = Image.fromarray((rng.random((90, 160, 3)) * 255).astype(np.uint8))
        img = img.resize((640, 360)).filter(ImageFilter.GaussianBlur(8))
        img.save(tmp_path / f"i{seed}.png")
        clip = tmp_path / f"kb{seed}.mp4"
        make_kenburns_clip(tmp_path / f"i{seed}.png", clip, width=160, height=90,
                           fps=Fraction(30), duration_frames=45, zoom_to=1.25,
                           pan=(0.6, -0.4), preset="ultrafast")
        clips.append(clip)
    tl = Timeline(output=OutputSettings(width=160, height=90, fps=Fraction(30),
                                        preset="ultrafast"), total_frames=90,
                  segments=(VideoSegment(str(clips[0]), 0, 45), VideoSegment(str(clips[1]), 45, 45)))
    out = render_timeline(tl, tmp_path / "kb.mp4").path
    assert detect_cuts(out) == [45]


REAL_SONG = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "808kick-120bpm.mp3"


@pytest.mark.skipif(not REAL_SONG.exists(), reason="real test audio not available")
def test_real_mp3_song_is_not_shifted(tmp_path: Path) -> None:
    from render.sync import audio_lag_s

    still = make_still(tmp_path / "s.png")
    fps = Fraction(25)
    tl = Timeline(output=OutputSettings(width=64, height=36, fps=fps, preset="ultrafast"),
                  total_frames=250, segments=(VideoSegment(str(still), 0, 250),),
                  audio=(AudioTrack(str(REAL_SONG)),))
    out = render_timeline(tl, tmp_path / "real.mp4").path
    lag = audio_lag_s(REAL_SONG, out)
    assert abs(lag) < 0.002, lag  # MP3 decoder delay and AAC priming both compensated
    rep = verify(out, [])
    assert rep.audio_start_s == 0.0 and rep.av_duration_gap_s <= 1 / 25
