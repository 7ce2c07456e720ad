"""The speed ramp is wired into the segment's time mapping: exact (Fractions) source times,
and the rendered frames show the source frames that the ramp's integral picks."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import av
import pytest
from media import make_coded_clip, read_code

from render.decode import SegmentSource
from render.effects.speed_ramp import source_offset
from render.encode import render_timeline
from render.probe import MediaInfo
from render.timeline import Effect, OutputSettings, Timeline, TimelineError, VideoSegment

FPS = Fraction(30)
OUT = OutputSettings(width=320, height=180, fps=FPS, preset="ultrafast", crf=12)
RAMP = {"from_speed": 2.0, "to_speed": 0.5, "start": 0.2, "end": 0.6}


def source(seg: VideoSegment, length_s: Fraction) -> SegmentSource:
    info = MediaInfo(kind="video", width=320, height=180, fps=FPS,
                     duration_s=float(length_s), codec="h264", has_audio=False, has_video=True)
    return SegmentSource(seg, index=0, info=info, width=320, height=180, fps=FPS)


def test_source_time_is_the_ramps_exact_integral() -> None:
    seg = VideoSegment("x.mp4", 0, 30, effects=(Effect("speed_ramp", params=RAMP),))
    src = source(seg, Fraction(4))
    for i in range(30):
        assert src.source_time(i) == source_offset(Fraction(i, 30), Fraction(1), RAMP)
    # 2x for 0.2 s, ramp 2x -> 0.5x over 0.4 s, then 0.5x: 0.4 + 0.5 + 0.2 source seconds
    assert source_offset(Fraction(1), Fraction(1), RAMP) == Fraction(11, 10)
    assert src.source_time(6) == Fraction(2, 5)  # end of the 2x part: 0.2 s * 2


def test_retime_fits_the_ramped_slot_to_the_source() -> None:
    seg = VideoSegment("x.mp4", 0, 30, policy="retime", effects=(Effect("speed_ramp",
                                                                        params=RAMP),))
    src = source(seg, Fraction(2))
    assert src.source_time(0) == 0
    # the slot consumes 1.1 s of ramped time, stretched onto the 2 s source
    assert src.source_time(30) == Fraction(2)
    assert src.source_time(15) == source_offset(Fraction(1, 2), Fraction(1), RAMP) * 2 / \
        Fraction(11, 10)


def test_no_ramp_is_the_identity() -> None:
    src = source(VideoSegment("x.mp4", 0, 30, source_in_s=0.5), Fraction(4))
    assert [src.source_time(i) for i in (0, 7, 29)] == [Fraction(1, 2), Fraction(1, 2) + Fraction(
        7, 30), Fraction(1, 2) + Fraction(29, 30)]


def test_rendered_frames_follow_the_ramp(tmp_path: Path) -> None:
    clip = make_coded_clip(tmp_path / "c.mp4", fps=FPS, n_frames=60, clip_id=5)
    tl = Timeline(output=OUT, total_frames=30, segments=(
        VideoSegment(str(clip), 0, 30, effects=(Effect("speed_ramp", params=RAMP),)),))
    out = render_timeline(tl, tmp_path / "o.mp4").path
    with av.open(str(out)) as c:
        got = [read_code(f.to_ndarray(format="rgb24")) for f in c.decode(video=0)]
    want = [math.floor(source_offset(Fraction(k, 30), Fraction(1), RAMP) * 30)
            for k in range(30)]
    assert [j for _, j in got] == want
    assert want[:4] == [0, 2, 4, 6] and want[-3:] == [31, 32, 32]  # fast, then slow motion


@pytest.mark.parametrize("where", ["timeline", "driven"])
def test_a_ramp_on_the_timeline_or_driven_is_refused(where: str) -> None:
    e = Effect("speed_ramp", params=RAMP, drivers=({"param": "to_speed", "source": "events",
                                                    "beats_s": [0, 0.5], "events_beats": [0]},)
               if where == "driven" else ())
    tl = Timeline(output=OUT, total_frames=30, effects=(e,) if where == "timeline" else (),
                  segments=(VideoSegment("x.mp4", 0, 30,
                                         effects=(e,) if where == "driven" else ()),))
    with pytest.raises(TimelineError, match="speed_ramp"):
        tl.validate()
