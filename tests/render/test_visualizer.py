"""Visualizer: features follow the audio, every style reacts to loudness, clips are exact."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from render.visualizer import STYLES, analyse, make_visualizer_clip, palette_for, palette_lut
from render.visualizer_draw import painter

SR = 22050


def song() -> np.ndarray:
    """Silence for 1 s, then a loud 1 kHz tone with 60 Hz thumps for 1 s."""
    t = np.arange(SR * 2) / SR
    y = 0.5 * np.sin(2 * np.pi * 1000 * t) + 0.8 * np.sin(2 * np.pi * 60 * t)
    y[:SR] = 0
    return y.astype(np.float32)


def test_bands_follow_frequency_and_time() -> None:
    f = analyse(song(), SR, Fraction(30), 60)
    edges = np.geomspace(40, 11025, 65)
    k1 = int(np.searchsorted(edges, 1000)) - 1
    assert f.bands[10].max() < 0.05 and f.level[10] < 0.01  # silent second
    loud = f.bands[45]
    assert loud[k1] > 0.6 and loud[k1 + 6] < loud[k1] - 0.3 and loud[k1 - 6] < loud[k1] - 0.2
    assert f.level[45] > 0.9


@pytest.mark.parametrize("style", STYLES)
def test_every_style_reacts_to_the_music(style: str) -> None:
    f = analyse(song(), SR, Fraction(30), 60)
    draw = painter(style, 160, 96, palette_lut("neon"))
    frames = [draw(k, f).copy() for k in range(60)]
    quiet, loud = frames[20], frames[50]
    lit = lambda a: int((a[:96] > a[:96].min() + 40).sum())  # noqa: E731
    assert lit(loud) > lit(quiet) + 50 or np.abs(loud.astype(int) - quiet).mean() > 5


def test_clip_has_exact_frames_and_theme_picks_palette(tmp_path: Path) -> None:
    import av

    n = make_visualizer_clip(song(), SR, tmp_path / "v.mp4", style="bars", theme="northern sea",
                             width=96, height=64, fps=Fraction(30000, 1001), duration_s=1.5,
                             preset="ultrafast")
    with av.open(str(tmp_path / "v.mp4")) as c:
        assert sum(1 for _ in c.decode(video=0)) == n == 44  # floor(1.5 * 29.97)
    assert palette_for("auto", "a lighthouse keeper") == "aurora"
    assert palette_for("fire", "anything") == "fire"


def test_a_visual_recipe_is_drawn_inside_the_final_encode(tmp_path: Path) -> None:
    """A segment with ``visual`` draws the visualizer from the audio file at the output size,
    frame by frame in the render (no intermediate clip); it reacts where the song gets loud
    and its frames are those the exported clip would show."""
    import av

    from render.encode import render_timeline
    from render.timeline import OutputSettings, Timeline, TimelineError, VideoSegment
    from render.visualizer import VisualizerClip

    wav = tmp_path / "s.wav"
    with av.open(str(wav), "w") as c:
        st = c.add_stream("pcm_s16le", rate=44100)
        st.layout = "mono"
        t = np.arange(44100 * 2) / 44100
        y = (0.5 * np.sin(2 * np.pi * 1000 * t) + 0.4 * np.sin(2 * np.pi * 60 * t))
        y[:44100] = 0
        fr = av.AudioFrame.from_ndarray((y * 32767).astype(np.int16)[None, :], format="s16",
                                        layout="mono")
        fr.sample_rate = 44100
        for p in st.encode(fr):
            c.mux(p)
        for p in st.encode(None):
            c.mux(p)
    visual = {"style": "bars", "palette": "aurora", "start_s": 0.0, "duration_s": 2.0}
    out = OutputSettings(width=96, height=64, fps=Fraction(30), preset="ultrafast", crf=10)
    # two montage slots showing the same visualizer: each shows the music playing there
    tl = Timeline(output=out, total_frames=60,
                  segments=(VideoSegment(str(wav), 0, 30, visual=visual),
                            VideoSegment(str(wav), 30, 30, visual=visual)))
    res = render_timeline(tl, tmp_path / "o.mp4")
    with av.open(str(res.path)) as c:
        frames = [f.to_ndarray(format="yuv420p") for f in c.decode(video=0)]
    assert len(frames) == 60
    ref = VisualizerClip(wav, visual, width=96, height=64, fps=Fraction(30), n_frames=60)
    for k in (10, 29, 30, 45):
        want = ref.frame(k).to_ndarray(format="yuv420p").astype(int)
        assert np.abs(frames[k].astype(int) - want).mean() < 2.0  # x264 at crf 10
    assert np.abs(frames[45].astype(int) - frames[10]).mean() > 3  # loud half differs
    bad = VideoSegment(str(wav), 0, 60, visual={**visual, "style": "lava"})
    with pytest.raises(TimelineError, match="segment 0.*style 'lava'"):
        Timeline(output=out, total_frames=60, segments=(bad,)).validate()
