"""Exact video time, shared by ``audio_sync`` and ``render`` (a leaf: imports nothing of ours).

Frame rates are Fractions built from decimal strings, never from binary floats;
NTSC rates written as decimals ("29.97", 23.976, "59.94") mean 30000/1001 etc.,
as every editor and container means them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

__all__ = ["Curve", "exact_time", "frame_of", "fps_to_str", "parse_fps", "time_of_frame"]

_NTSC = Fraction(1001, 1000)
_NTSC_TOLERANCE = Fraction(1, 100)


def parse_fps(value: Any) -> Fraction:
    """``30``, ``"30000/1001"``, ``"29.97"``, ``29.97`` or a Fraction as an exact rate.

    A decimal within 0.01 of an NTSC rate is that rate (29.97 -> 30000/1001). A
    Fraction is taken as it is. Raises ``ValueError`` for anything else or a rate <= 0.
    """
    if isinstance(value, Fraction):
        fps = value
    else:
        if isinstance(value, bool):
            raise ValueError(f"{value!r} is not a frame rate")
        try:
            fps = Fraction(str(value).strip())
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"{value!r} is not a frame rate like 30 or 30000/1001") from None
        ntsc = Fraction(round(fps * _NTSC) * 1000, 1001)
        if fps.denominator != 1 and fps != ntsc and abs(fps - ntsc) < _NTSC_TOLERANCE:
            fps = ntsc
    if fps <= 0:
        raise ValueError(f"frame rate {fps} must be above 0")
    return fps


def fps_to_str(fps: Fraction) -> str:
    """Serialise a rate exactly as ``"num/den"`` (``"30000/1001"``, ``"30/1"``)."""
    return f"{fps.numerator}/{fps.denominator}"


def exact_time(value: float | int | Fraction | str) -> Fraction:
    """A time as the exact decimal it was written as: ``exact_time(13.1) == 131/10``
    (``Fraction(13.1)`` is 13.0999..., which floors one frame early)."""
    if isinstance(value, Fraction | int):
        return Fraction(value)
    return Fraction(value if isinstance(value, str) else repr(float(value)))


def frame_of(time_s: float | Fraction | str, fps: Fraction) -> int:
    """The frame showing time ``time_s``: floor of the exact time, so a frame never starts
    late and 13.1 s at 30 fps is frame 393, not 392."""
    return math.floor(exact_time(time_s) * fps)


def time_of_frame(frame: int, fps: Fraction) -> Fraction:
    """Exact start time of ``frame``."""
    return Fraction(frame) / fps


@dataclass(frozen=True, slots=True)
class Curve:
    """One value per video frame (usually 0..1) at an exact rational ``fps``."""

    fps: Fraction
    values: tuple[float, ...]

    def at_frame(self, i: int) -> float:
        """Value at frame ``i``; clamped, so frames past the end hold the last value."""
        if not self.values:
            return 0.0
        return self.values[min(max(int(i), 0), len(self.values) - 1)]

    def at_time(self, t_s: float) -> float:
        """Value at time ``t_s`` (the frame containing it)."""
        return self.at_frame(frame_of(t_s, self.fps))

    def to_dict(self) -> dict[str, Any]:
        return {"fps": fps_to_str(self.fps), "values": list(self.values)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Curve:
        return cls(fps=parse_fps(d["fps"]), values=tuple(float(v) for v in d["values"]))
