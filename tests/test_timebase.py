"""One exact time module: every package parses "29.97" as 30000/1001 and shares one Curve."""

from __future__ import annotations

from fractions import Fraction

import pytest

import timebase

NTSC = Fraction(30000, 1001)


@pytest.mark.parametrize("text", ["29.97", 29.97, "30000/1001", " 29.97 "])
def test_every_package_reads_ntsc_decimals_the_same(text: object) -> None:
    from audio_sync.types import fps_from_any as audio_fps
    from nodes.builtin.audio import parse_fps as node_fps
    from render.timeline import fps_from_any as render_fps

    assert timebase.parse_fps(text) == NTSC
    assert audio_fps(text) == NTSC
    assert render_fps(text) == NTSC
    assert node_fps(text, node_id="cuts") == NTSC


def test_other_rates_stay_exact_and_bad_ones_are_refused() -> None:
    assert timebase.parse_fps("23.976") == Fraction(24000, 1001)
    assert timebase.parse_fps("59.94") == Fraction(60000, 1001)
    assert timebase.parse_fps("25") == 25 and timebase.parse_fps(12.5) == Fraction(25, 2)
    assert timebase.parse_fps(Fraction(2997, 100)) == Fraction(2997, 100)  # explicit: kept
    for bad in ("fast", "0", "-30", "1/0", True):
        with pytest.raises(ValueError):
            timebase.parse_fps(bad)


def test_there_is_one_curve() -> None:
    from audio_sync.types import Curve as AudioCurve
    from render.timeline import Curve as RenderCurve

    assert AudioCurve is RenderCurve is timebase.Curve
    curve = timebase.Curve(NTSC, (0.0, 0.5, 1.0))
    assert timebase.Curve.from_dict(curve.to_dict()) == curve
    assert curve.at_time(1 / float(NTSC) * 1.5) == 0.5 and curve.at_frame(9) == 1.0
    assert timebase.frame_of(Fraction(1001, 30000), NTSC) == 1
