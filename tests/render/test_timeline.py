from __future__ import annotations

import json
from fractions import Fraction

import pytest

from render.errors import TimelineError
from render.timeline import (
    PRESETS,
    AudioTrack,
    CaptionTrack,
    Curve,
    Effect,
    OutputSettings,
    Overlay,
    Timeline,
    Transition,
    VideoSegment,
    Word,
    fps_from_any,
)


def _timeline() -> Timeline:
    curve = Curve(fps=Fraction(30000, 1001), values=(0.0, 0.5, 1.0))
    return Timeline(
        output=OutputSettings(fps=Fraction(30000, 1001)), total_frames=100,
        segments=(VideoSegment("a.mp4", 0, 50, source_out_s=3.0),
                  VideoSegment("b.png", 50, 50, fit="contain", policy="loop",
                               transition_in=Transition("crossfade", 6),
                               effects=(Effect("zoom_pulse", 0.05, curve),))),
        audio=(AudioTrack("song.wav", fade_out_s=2.0), AudioTrack("vo.wav", role="voice")),
        overlays=(Overlay("logo.png", 0, 100, x=0.9, y=0.1),),
        captions=(CaptionTrack(words=(Word("hi", 0.0, 0.5),)),))


def test_timeline_roundtrips_through_json() -> None:
    tl = _timeline()
    again = Timeline.from_dict(json.loads(json.dumps(tl.to_dict())))
    assert again == tl
    assert again.output.fps == Fraction(30000, 1001)


def test_presets_have_the_documented_sizes() -> None:
    sizes = {k: (v.width, v.height) for k, v in PRESETS.items()}
    assert sizes == {"16:9": (1920, 1080), "9:16": (1080, 1920), "1:1": (1080, 1080),
                     "720p": (1280, 720)}


def test_fps_parsing_is_exact() -> None:
    assert fps_from_any("30000/1001") == Fraction(30000, 1001)
    assert fps_from_any(29.97) == Fraction(30000, 1001)
    assert fps_from_any(23.976) == Fraction(24000, 1001)
    assert fps_from_any(25) == 25


@pytest.mark.parametrize("seg", [
    VideoSegment("a", 0, 0), VideoSegment("a", 0, 5, fit="zoom"),
    VideoSegment("a", 0, 5, policy="bounce"), VideoSegment("a", 0, 5, source_in_s=2,
                                                            source_out_s=1),
    VideoSegment("a", 0, 5, effects=(Effect("wobble"),)),
])
def test_validate_rejects_bad_segments(seg: VideoSegment) -> None:
    with pytest.raises(TimelineError, match="segment 0"):
        Timeline(output=OutputSettings(), total_frames=10, segments=(seg,)).validate()


def test_validate_rejects_odd_size() -> None:
    with pytest.raises(TimelineError, match="even"):
        Timeline(output=OutputSettings(width=101), total_frames=1, segments=()).validate()


def test_from_dict_ignores_extra_keys_and_rejects_malformed() -> None:
    d = _timeline().to_dict()
    d["cuts_s"] = [0.0, 1.0]
    d["audio"][0]["note"] = "added by a node"
    assert Timeline.from_dict(d) == _timeline()
    for bad in ({}, {"total_frames": "x"}, {"total_frames": 3, "segments": [{"source": "a"}]},
                {"total_frames": 3, "output": {"fps": "1/0"}}):
        with pytest.raises(TimelineError, match="malformed"):
            Timeline.from_dict(bad)
