"""Speed ramp (time remap). It changes *which source frame* is read, not pixels, so it is
evaluated in the segment's time mapping: ``source_offset(t, slot)`` replaces the identity
``t`` that maps segment-relative output time to source time (before the duration policy).

Speed runs ``from_speed`` until ``start`` (fraction of the slot), ramps linearly to
``to_speed`` by ``end``, then holds. The offset is the exact integral of that speed, so the
source never jumps and a ramp from 1x to 0.25x slows down smoothly into slow motion.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from render.effects.base import EffectDef, Param


def _parts(slot_s: Fraction, v: Mapping[str, float]) -> tuple[Fraction, ...]:
    a, b = Fraction(str(v["from_speed"])), Fraction(str(v["to_speed"]))
    t0 = Fraction(str(v["start"])) * slot_s
    t1 = max(Fraction(str(v["end"])) * slot_s, t0)
    return a, b, t0, t1


def source_offset(t_s: Fraction, slot_s: Fraction, v: Mapping[str, float]) -> Fraction:
    """Source seconds consumed after ``t_s`` output seconds of a ``slot_s`` long segment."""
    a, b, t0, t1 = _parts(Fraction(slot_s), v)
    t = Fraction(t_s)
    if t <= t0:
        return a * t
    off = a * t0
    if t <= t1:
        d = t - t0
        return off + a * d + (b - a) * d * d / (2 * (t1 - t0))
    off += (a + b) * (t1 - t0) / 2
    return off + b * (t - t1)


def speed_at(t_s: Fraction, slot_s: Fraction, v: Mapping[str, float]) -> Fraction:
    """Instantaneous playback speed at ``t_s`` (the derivative of ``source_offset``)."""
    a, b, t0, t1 = _parts(Fraction(slot_s), v)
    if t_s <= t0:
        return a
    if t_s >= t1:
        return b
    return a + (b - a) * (Fraction(t_s) - t0) / (t1 - t0)


EFFECT = EffectDef(
    "speed_ramp", "time remap: play faster or slower, ramping between two speeds",
    (Param("from_speed", 1.0, 0.05, 8.0, "speed at the start (1 = real time)"),
     Param("to_speed", 0.25, 0.05, 8.0, "speed after the ramp"),
     Param("start", 0.3, 0.0, 1.0, "ramp start, fraction of the clip"),
     Param("end", 0.6, 0.0, 1.0, "ramp end, fraction of the clip")),
    None, lambda v: v["from_speed"] == 1 and v["to_speed"] == 1, time_remap=True)
