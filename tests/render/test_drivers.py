"""Drivers: beat events kept in beats land on their frame at any fps and across tempo
changes; curve drivers must match the output rate; rendered flashes sit on their beats."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import make_still

from render.effects.drive import Driver, DriverError, beat_of_time, time_of_beat
from render.encode import render_timeline
from render.timeline import Effect, OutputSettings, Timeline, VideoSegment

STEADY = tuple(0.25 + 0.5 * i for i in range(16))  # 120 BPM from 0.25 s
# 100 BPM for 8 beats, then 160 BPM: a tempo change halfway
CHANGING = tuple([0.2 + 0.6 * i for i in range(8)] + [0.2 + 0.6 * 7 + 0.375 * i
                                                     for i in range(1, 12)])


def driver(grid: tuple[float, ...], events: list[float], **kw: object) -> Driver:
    return Driver.from_dict({"param": "amount", "source": "events", "events_beats": events,
                             "beats_s": list(grid), **kw})


@pytest.mark.parametrize("fps", [Fraction(24), Fraction(25), Fraction(30000, 1001), Fraction(30),
                                 Fraction(50), Fraction(60)])
@pytest.mark.parametrize("grid", [STEADY, CHANGING])
def test_each_event_peaks_on_its_nearest_frame_at_any_fps(fps: Fraction,
                                                         grid: tuple[float, ...]) -> None:
    events = [float(b) for b in range(1, len(grid) - 1, 2)] + [4.5]
    total = int(grid[-1] * fps) + 10
    sig = driver(grid, events, decay_beats=0.25).signal(total, fps)
    for b in events:
        t = time_of_beat(grid, b)
        k = int(np.floor(t * fps + 0.5))
        assert sig[k] == 1.0
        assert abs(k / fps - Fraction(t)) <= 1 / (2 * fps)  # within half a frame of its beat
    peaks = np.flatnonzero(sig == 1.0)
    assert len(peaks) == len(set(events))


def test_events_follow_a_tempo_change_and_decay_lasts_the_same_beats() -> None:
    fps = Fraction(60)
    assert time_of_beat(CHANGING, 10.5) == pytest.approx((CHANGING[10] + CHANGING[11]) / 2)
    assert beat_of_time(CHANGING, time_of_beat(CHANGING, 12.25)) == pytest.approx(12.25)
    sig = driver(CHANGING, [2.0, 12.0], decay_beats=1.0, easing="linear").signal(900, fps)
    slow = np.count_nonzero(sig[int(CHANGING[2] * 60):int(CHANGING[3] * 60) + 2])
    fast = np.count_nonzero(sig[int(CHANGING[12] * 60):int(CHANGING[13] * 60) + 2])
    assert slow == pytest.approx(0.6 * 60, abs=2) and fast == pytest.approx(0.375 * 60, abs=2)


def test_attack_rises_into_the_beat_and_gains_scale_sections() -> None:
    fps = Fraction(30)
    sig = driver(STEADY, [4.0], attack_beats=0.5, decay_beats=0.0, easing="linear",
                 gains=[[60, 90, 0.5]]).signal(120, fps)
    k = int(np.floor(STEADY[4] * 30 + 0.5))
    assert sig[k] == 0.5 and 0 < sig[k - 7] < sig[k - 3] < sig[k] and sig[k + 1] == 0


def test_curve_driver_at_another_fps_is_refused() -> None:
    d = Driver.from_dict({"param": "amount", "source": "curve",
                          "curve": {"fps": "25", "values": [0.0, 1.0]}})
    with pytest.raises(DriverError, match="25 fps but the output is at 30 fps"):
        d.signal(10, Fraction(30))
    assert list(d.signal(3, Fraction(25))) == [0.0, 1.0, 1.0]


def test_beat_driver_without_a_beat_grid_is_refused() -> None:
    with pytest.raises(DriverError, match="link a BeatMap"):
        Driver.from_dict({"param": "amount", "source": "events", "events_beats": [1.0]})


@pytest.mark.parametrize("fps", [Fraction(24), Fraction(30000, 1001)])
def test_rendered_flashes_sit_on_their_beats(tmp_path: Path, fps: Fraction) -> None:
    import av

    grey = make_still(tmp_path / "g.png", width=64, height=48, color=(60, 60, 60))
    flash = Effect("flash", params={"amount": 0.0}, drivers=(
        driver(CHANGING, [1.0, 3.0, 8.0, 9.0], decay_beats=0.3).to_dict(),))
    total = int(CHANGING[10] * fps)
    tl = Timeline(output=OutputSettings(width=64, height=48, fps=fps, preset="ultrafast", crf=10),
                  total_frames=total, segments=(VideoSegment(str(grey), 0, total),),
                  effects=(flash,))
    with av.open(str(render_timeline(tl, tmp_path / "f.mp4").path)) as c:
        luma = np.array([f.to_ndarray(format="gray").mean() for f in c.decode(video=0)])
    peaks = [k for k in range(1, total - 1) if luma[k] > 200]
    want = [int(np.floor(CHANGING[b] * fps + 0.5)) for b in (1, 3, 8, 9)]
    assert peaks == want
