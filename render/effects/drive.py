"""Drivers: a numeric effect param that follows an audio curve or beat events.

Event times are stored in *beats* (fractional beat indices of the song's beat grid), never in
frames or seconds. ``beats_s`` (time of each detected beat) turns a beat position into time
by linear interpolation between neighbouring beats, so events follow tempo changes; time
becomes a frame only at render time, at the output's own rate, so any fps works exactly.
Attack and decay are in beats too, so a decay of half a beat stays half a beat at any tempo.

A driven param is ``static value + amount * signal`` (signal 0..1), clamped to its range.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

SOURCES = ("curve", "events")
EASINGS = ("linear", "smooth", "exp")


class DriverError(ValueError):
    """A driver that cannot be evaluated (bad data, fps mismatch, no beat grid)."""


def time_of_beat(beats_s: Sequence[float], b: float) -> float:
    """Seconds at fractional beat index ``b``; linear between beats, extrapolated at ends."""
    n = len(beats_s)
    if n < 2:
        raise DriverError("a beat-event driver needs a beat grid of at least two beats "
                          "(link a BeatMap from audio.analyze)")
    i = min(max(int(math.floor(b)), 0), n - 2)
    return beats_s[i] + (b - i) * (beats_s[i + 1] - beats_s[i])


def beat_of_time(beats_s: Sequence[float], t: float) -> float:
    """Inverse of :func:`time_of_beat`: fractional beat index at ``t`` seconds."""
    n = len(beats_s)
    if n < 2:
        raise DriverError("need at least two beats to place events in beats")
    i = min(max(int(np.searchsorted(beats_s, t, side="right")) - 1, 0), n - 2)
    return i + (t - beats_s[i]) / (beats_s[i + 1] - beats_s[i])


def _ease(x: np.ndarray, easing: str) -> np.ndarray:
    """Falling shape from 1 (x=0) to 0 (x=1)."""
    if easing == "linear":
        return 1 - x
    if easing == "smooth":
        return 1 - x * x * (3 - 2 * x)
    return np.exp(-4 * x) * (1 - x)  # "exp": a punchy fall that still lands on 0


@dataclass(frozen=True, slots=True)
class Driver:
    """One param driven by a curve (``source="curve"``) or by beat events."""

    param: str
    source: str
    amount: float = 1.0
    curve_fps: Fraction | None = None
    curve_values: tuple[float, ...] = ()
    events_beats: tuple[float, ...] = ()
    beats_s: tuple[float, ...] = ()
    attack_beats: float = 0.0
    decay_beats: float = 0.5
    easing: str = "exp"
    gains: tuple[tuple[int, int, float], ...] = ()  # (start_frame, end_frame, gain)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Driver:
        try:
            curve = d.get("curve") or {}
            drv = cls(param=str(d["param"]), source=str(d.get("source", "events")),
                      amount=float(d.get("amount", 1.0)),
                      curve_fps=Fraction(str(curve["fps"])) if curve else None,
                      curve_values=tuple(float(v) for v in curve.get("values", ())),
                      events_beats=tuple(float(b) for b in d.get("events_beats", ())),
                      beats_s=tuple(float(t) for t in d.get("beats_s", ())),
                      attack_beats=float(d.get("attack_beats", 0.0)),
                      decay_beats=float(d.get("decay_beats", 0.5)),
                      easing=str(d.get("easing", "exp")),
                      gains=tuple((int(a), int(b), float(g)) for a, b, g in d.get("gains", ())))
        except (KeyError, TypeError, ValueError, ZeroDivisionError) as e:
            raise DriverError(f"malformed driver {dict(d)!r} ({type(e).__name__}: {e})") from e
        drv.check(None)
        return drv

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"param": self.param, "source": self.source, "amount": self.amount}
        if self.source == "curve":
            d["curve"] = {"fps": str(self.curve_fps), "values": list(self.curve_values)}
        else:
            d.update(events_beats=list(self.events_beats), beats_s=list(self.beats_s),
                     attack_beats=self.attack_beats, decay_beats=self.decay_beats,
                     easing=self.easing)
        if self.gains:
            d["gains"] = [list(g) for g in self.gains]
        return d

    def check(self, fps: Fraction | None) -> None:
        """Raise :class:`DriverError` unless this driver can run at output rate ``fps``."""
        if self.source not in SOURCES:
            raise DriverError(f"driver source {self.source!r} is not one of {SOURCES}")
        if self.easing not in EASINGS:
            raise DriverError(f"easing {self.easing!r} is not one of {EASINGS}")
        if self.attack_beats < 0 or self.decay_beats < 0:
            raise DriverError("attack_beats and decay_beats must be >= 0")
        if self.source == "curve":
            if self.curve_fps is None:
                raise DriverError("a curve driver needs a curve")
            if fps is not None and self.curve_fps != fps:
                raise DriverError(f"the driving curve is at {self.curve_fps} fps but the output "
                                  f"is at {fps} fps; set audio.envelope's fps to {fps}")
        elif len(self.beats_s) < 2:
            raise DriverError("a beat-event driver has no beat grid; link a BeatMap "
                              "(audio.analyze) into the effect node's 'beats' input")

    def signal(self, total_frames: int, fps: Fraction) -> np.ndarray:
        """``amount * signal`` for every output frame (float64, length ``total_frames``)."""
        self.check(fps)
        if self.source == "curve":
            vals = np.asarray(self.curve_values, dtype=np.float64)
            out = np.full(total_frames, vals[-1] if vals.size else 0.0)
            out[:min(total_frames, vals.size)] = vals[:total_frames]
        else:
            out = self._events(total_frames, fps)
        for a, b, g in self.gains:
            out[max(a, 0):max(b, 0)] *= g
        return out * self.amount

    def _events(self, n: int, fps: Fraction) -> np.ndarray:
        out = np.zeros(n)
        f = float(fps)
        for b in self.events_beats:
            te = time_of_beat(self.beats_s, b)
            fe = math.floor(Fraction(te) * fps + Fraction(1, 2))  # nearest frame start
            if not -n < fe < 2 * n:
                continue
            att = (te - time_of_beat(self.beats_s, b - self.attack_beats)) * f
            dec = (time_of_beat(self.beats_s, b + self.decay_beats) - te) * f
            self._stamp(out, fe, att, dec)
        return out

    def _stamp(self, out: np.ndarray, fe: int, att: float, dec: float) -> None:
        n = out.size
        if att >= 1:
            k = np.arange(max(fe - math.ceil(att) + 1, 0), min(fe, n))
            x = 1 - (fe - k) / att
            out[k] = np.maximum(out[k], 1 - _ease(x, self.easing))
        if 0 <= fe < n:
            out[fe] = 1.0
        if dec >= 1:
            k = np.arange(max(fe + 1, 0), min(fe + math.ceil(dec), n))
            out[k] = np.maximum(out[k], _ease((k - fe) / dec, self.easing))


def events_in_beats(times_s: Sequence[float], beats_s: Sequence[float]) -> tuple[float, ...]:
    """Event times (onsets, section starts) as beat positions, so they follow the grid."""
    return tuple(round(beat_of_time(beats_s, t), 6) for t in times_s)
