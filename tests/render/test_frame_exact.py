"""The two frame-exactness bugs: decimal cut times and ``hold`` on webm / VFR clips."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import make_coded_clip, read_code

from audio_sync.cuts import frame_of, plan_cuts
from audio_sync.types import BeatMap
from render.encode import render_timeline
from render.timeline import OutputSettings, Timeline, VideoSegment, exact

FPS = Fraction(30)
OUT = OutputSettings(width=320, height=180, fps=FPS, preset="ultrafast", crf=12)
VFR_MS = [0, 30, 70, 100, 140, 170, 210, 230, 280, 300, 340, 370, 420, 440, 480, 500, 550, 570,
          610, 640]


@pytest.mark.parametrize("t, frame", [(4.1, 123), (13.1, 393), (0.7, 21), (2.3, 69)])
def test_decimal_cut_times_land_on_their_exact_frame(t: float, frame: int) -> None:
    assert exact(t) * FPS == frame
    assert frame_of(t, FPS) == frame


def test_manual_cuts_at_4_1_and_13_1_seconds() -> None:
    bm = BeatMap(duration_s=20.0, n_samples=20 * 8000, rate_hz=8000, tempo_bpm=0.0,
                 tempo_curve=(), beats_s=(), beat_confidence=(), downbeats_s=(),
                 beats_per_bar=4, sections=(), onsets_s=())
    plan = plan_cuts(bm, fps=FPS, min_shot_s=0.5, max_shot_s=20.0, add_cuts_s=[4.1, 13.1])
    assert plan.cut_frames == (0, 123, 393)


def _codes(path: Path) -> list[tuple[int, int]]:
    import av

    with av.open(str(path)) as c:
        return [read_code(f.to_ndarray(format="rgb24")) for f in c.decode(video=0)]


@pytest.mark.parametrize("kind", ["webm", "vfr"])
def test_hold_keeps_the_last_decoded_frame(tmp_path: Path, kind: str) -> None:
    if kind == "webm":
        clip = make_coded_clip(tmp_path / "c.webm", fps=FPS, n_frames=20, clip_id=3,
                               codec="libvpx-vp9")
        times = [Fraction(round(j * 1000 / 30), 1000) for j in range(20)]
    else:
        clip = make_coded_clip(tmp_path / "c.mp4", fps=FPS, n_frames=20, clip_id=3,
                               pts_ms=VFR_MS)
        times = [Fraction(ms, 1000) for ms in VFR_MS]
    tl = Timeline(output=OUT, total_frames=36, segments=(
        VideoSegment(str(clip), 0, 36, policy="hold"),))
    got = _codes(render_timeline(tl, tmp_path / "o.mp4").path)
    # the frame on screen at k/30 (ms rounding of webm stamps tolerated), then the last one
    want = [max(j for j, t in enumerate(times) if t <= Fraction(k, 30) + Fraction(1, 2000))
            for k in range(36)]
    assert want[-1] == 19
    assert [c for c in got] == [(3, j) for j in want]
    assert np.diff([j for _, j in got]).min() >= 0  # never steps back
