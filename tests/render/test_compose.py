"""Transitions, effects, overlays, captions and duration policies, checked on output frames."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import make_clip, make_still
from PIL import Image

from render.decode import SegmentSource
from render.encode import render_timeline
from render.probe import MediaInfo
from render.timeline import (
    CaptionTrack,
    Curve,
    Effect,
    OutputSettings,
    Overlay,
    Timeline,
    Transition,
    VideoSegment,
    Word,
)

FPS = Fraction(30)
OUT = OutputSettings(width=160, height=90, fps=FPS, preset="ultrafast", crf=12)


def _frames(path: Path) -> list[np.ndarray]:
    import av

    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24").astype(float) for f in c.decode(video=0)]


def _two_stills(tmp_path: Path, kind: str, n: int) -> list[np.ndarray]:
    red = make_still(tmp_path / "r.png", color=(220, 30, 30))
    blue = make_still(tmp_path / "b.png", color=(30, 30, 220))
    tl = Timeline(output=OUT, total_frames=60, segments=(
        VideoSegment(str(red), 0, 30), VideoSegment(str(blue), 30, 30,
                                                    transition_in=Transition(kind, n))))
    return [f.mean(axis=(0, 1)) for f in _frames(render_timeline(tl, tmp_path / "o.mp4").path)]


def test_crossfade_is_centred_on_the_cut(tmp_path: Path) -> None:
    m = _two_stills(tmp_path, "crossfade", 6)
    reds = [f[0] for f in m]
    assert reds[26] > 200 and reds[33] < 45  # untouched outside [27, 33)
    blend = reds[27:33]
    assert all(a > b for a, b in zip(blend, blend[1:], strict=False))  # monotonic fade
    assert abs(reds[29] + reds[30] - 250) < 30  # the midpoint sits on the cut


def test_dip_to_black_and_flash_white(tmp_path: Path) -> None:
    dip = _two_stills(tmp_path, "dip_black", 8)
    assert dip[25][0] > 200 and dip[30].max() < 20 and dip[29].max() < 70
    assert dip[34][2] > 200 and dip[27][0] < dip[26][0]
    flash = _two_stills(tmp_path, "flash_white", 6)
    assert flash[29][0] > 200 and flash[29][2] < 45  # still red before the cut
    assert flash[30].min() > 230  # white on the cut frame
    assert flash[36][2] > 200 and flash[36][0] < 45
    assert flash[31].min() > flash[33].min()


def test_zoom_pulse_and_brightness_follow_the_curve(tmp_path: Path) -> None:
    img = np.zeros((90, 160, 3), dtype=np.uint8)
    img[:, ::20] = 255  # vertical lines: zoom spreads them apart
    Image.fromarray(img).save(tmp_path / "lines.png")
    curve = Curve(fps=FPS, values=(0.0,) * 10 + (1.0,) * 10)
    tl = Timeline(output=OUT, total_frames=20, segments=(VideoSegment(
        str(tmp_path / "lines.png"), 0, 20,
        effects=(Effect("zoom_pulse", 0.5, curve), Effect("brightness", 0.2, curve))),))
    f = _frames(render_timeline(tl, tmp_path / "z.mp4").path)
    cols0 = f[5].mean(axis=(0, 2))
    cols1 = f[15].mean(axis=(0, 2))
    peaks0 = np.flatnonzero(cols0 > cols0.mean() + 40)
    assert np.allclose(f[0], f[9], atol=6)  # curve 0: untouched
    assert np.abs(cols1 - cols0).mean() > 10  # zoomed
    assert f[15][:, 70:90].min() > f[5][:, 70:90].min() + 25  # dark areas brightened
    assert len(peaks0) > 0


def test_overlay_position_scale_opacity(tmp_path: Path) -> None:
    bg = make_still(tmp_path / "bg.png", width=160, height=90, color=(0, 0, 200))
    logo = Image.new("RGBA", (40, 40), (255, 255, 0, 255))
    logo.save(tmp_path / "logo.png")
    tl = Timeline(output=OUT, total_frames=10, segments=(VideoSegment(str(bg), 0, 10),),
                  overlays=(Overlay(str(tmp_path / "logo.png"), 2, 4, x=0.75, y=0.5,
                                    scale=0.25, opacity=0.5),))
    f = _frames(render_timeline(tl, tmp_path / "ov.mp4").path)
    inside, outside = (slice(38, 52), slice(114, 126)), (slice(38, 52), slice(20, 40))
    assert f[0][inside].mean(axis=(0, 1))[0] < 30  # not yet shown
    shown = f[3][inside].mean(axis=(0, 1))
    assert 110 < shown[0] < 145 and 85 < shown[2] < 115  # half yellow over blue
    assert f[3][outside].mean(axis=(0, 1))[0] < 30  # only its rectangle changes
    assert f[7][inside].mean(axis=(0, 1))[0] < 30  # gone after its range


def test_captions_appear_timed_and_inside_safe_area(tmp_path: Path) -> None:
    words = tuple(Word(w, 0.5 + 0.3 * i, 0.75 + 0.3 * i) for i, w in enumerate(
        ["never", "gonna", "give", "you", "up", "never", "gonna", "let", "you", "down"]))
    bg = make_still(tmp_path / "bg.png", color=(0, 0, 0))

    def rows(width: int, height: int) -> tuple[np.ndarray, list[np.ndarray]]:
        o = OutputSettings(width=width, height=height, fps=FPS, preset="ultrafast")
        tl = Timeline(output=o, total_frames=90, segments=(VideoSegment(str(bg), 0, 90),),
                      captions=(CaptionTrack(words=words, font_size=80),))
        f = _frames(render_timeline(tl, tmp_path / f"c{width}.mp4").path)
        return np.flatnonzero(f[30].max(axis=(1, 2)) > 128), f

    lit, f = rows(320, 180)
    assert f[5].max() < 40  # nothing before the first word
    assert lit.size and lit.min() > 180 * 0.5 and lit.max() < 180 * (1 - 0.09)
    assert np.abs(f[30] - f[40]).max() > 60  # the highlight moves from word to word
    lit_v, _ = rows(180, 320)
    assert lit_v.max() < 320 * (1 - 0.22)  # 9:16 keeps clear of the platform UI


@pytest.mark.parametrize(("policy", "expected"), [
    ("hold", [0, 0.5, 0.999, 0.999, 0.999]),  # just before the end: the last decoded frame ("trim", [0, 0.5, None, None, None]),
    ("loop", [0, 0.5, 0.0, 0.5, 0.0]), ("retime", [0, 0.25, 0.5, 0.75, 1.0]),
    ("pingpong", [0, 0.5, 0.9, 0.4, 0.0]),
])
def test_duration_policies_map_source_time(policy: str, expected: list[float | None]) -> None:
    info = MediaInfo(kind="video", width=16, height=16, fps=Fraction(10), duration_s=1.0,
                     codec="h264", has_audio=False, has_video=True)
    src = SegmentSource(VideoSegment("x.mp4", 0, 20, policy=policy), index=0, info=info,
                        width=16, height=16, fps=Fraction(10))
    got = [src.source_time(i) for i in (0, 5, 10, 15, 20)]
    for g, e in zip(got, expected, strict=True):
        assert (g is None) if e is None else abs(float(g) - e) < 1e-9, (policy, got)


def test_loop_policy_repeats_source_frames(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "l.mp4", fps=FPS, n_frames=10)
    tl = Timeline(output=OUT, total_frames=30, segments=(
        VideoSegment(str(clip), 0, 30, policy="loop"),))
    f = _frames(render_timeline(tl, tmp_path / "lo.mp4").path)
    assert np.abs(f[3] - f[13]).max() < 12 and np.abs(f[3] - f[23]).max() < 12
    assert np.abs(f[3] - f[8]).max() > 60


def test_video_overlay_and_overlapping_segments(tmp_path: Path) -> None:
    bg = make_clip(tmp_path / "bg.mp4", fps=Fraction(25), n_frames=40, color=(0, 0, 200),
                   marker=False)
    inset = make_clip(tmp_path / "in.mp4", fps=Fraction(30), n_frames=20, color=(250, 250, 0),
                      marker=False)
    short = make_still(tmp_path / "g.png", color=(0, 200, 0))
    tl = Timeline(output=OUT, total_frames=30, segments=(
        VideoSegment(str(bg), 0, 30), VideoSegment(str(short), 10, 5)),  # on top for 10..14
        overlays=(Overlay(str(inset), 0, 30, x=0.25, y=0.5, scale=0.25),))
    f = _frames(render_timeline(tl, tmp_path / "vo.mp4").path)
    assert f[5][45, 40][0] > 200 and f[5][45, 120][2] > 150  # inset over background
    assert f[12][45, 120][1] > 150  # the short segment wins while it is on
    assert f[20][45, 120][2] > 150 and f[20][45, 120][1] < 60  # then the background again


def test_webm_output_uses_vp9_and_opus(tmp_path: Path) -> None:
    import av

    still = make_still(tmp_path / "s.png")
    tl = Timeline(output=OUT, total_frames=15, segments=(VideoSegment(str(still), 0, 15),))
    out = render_timeline(tl, tmp_path / "o.webm").path
    with av.open(str(out)) as c:
        assert c.streams.video[0].codec_context.name in ("vp9", "libvpx-vp9")
        assert c.streams.audio[0].codec_context.name in ("opus", "libopus")
        assert sum(1 for _ in c.decode(video=0)) == 15


@pytest.mark.parametrize("budget_frames", [4, 1000])
def test_pingpong_plays_backwards_with_small_or_large_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget_frames: int) -> None:
    import av

    import render.decode

    monkeypatch.setattr(render.decode, "CACHE_BUDGET_BYTES", budget_frames * 160 * 90 * 3 // 2)
    clip = tmp_path / "ramp.mp4"
    with av.open(str(clip), "w") as c:  # frame i is a flat grey of level 30 + 15 * i
        s = c.add_stream("libx264", rate=30, options={"crf": "0", "g": "5"})
        s.width, s.height, s.pix_fmt = 160, 90, "yuv420p"
        for i in range(12):
            f = av.VideoFrame.from_ndarray(np.full((90, 160, 3), 30 + 15 * i, np.uint8),
                                           format="rgb24")
            f.pts = i
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    tl = Timeline(output=OUT, total_frames=40, segments=(
        VideoSegment(str(clip), 0, 40, policy="pingpong"),))
    got = [round((f.mean() - 30) / 15) for f in _frames(render_timeline(tl, tmp_path / "p.mp4")
                                                         .path)]
    want = [i % 24 if i % 24 < 12 else 23 - i % 24 for i in range(40)]
    assert got == want
