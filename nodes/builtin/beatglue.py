"""Glue between a BeatMap (audio_sync) and effect drivers (render): events in beats,
section frame ranges and per-section gains. Only plain dicts cross this module."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

EVENT_KINDS = ("beat", "downbeat", "onset", "section")


def beat_index(beats_s: Sequence[float], t: float) -> float:
    from render.effects.drive import beat_of_time

    return round(beat_of_time(beats_s, t), 6)


def section_spans(beats: dict[str, Any], labels: Sequence[str]) -> list[tuple[float, float]]:
    """(start_s, end_s) of the sections whose label is in ``labels`` (all when empty)."""
    out = []
    for s in beats.get("sections") or []:
        if not labels or str(s["label"]) in labels:
            out.append((float(s["start_s"]), float(s["end_s"])))
    if not labels and not out:
        out.append((0.0, float(beats.get("duration_s", math.inf))))
    return out


def event_times(beats: dict[str, Any], kind: str) -> list[float]:
    """Event times in seconds for ``kind`` (beat, downbeat, onset, section start)."""
    if kind == "beat":
        return [float(t) for t in beats["beats_s"]]
    if kind == "downbeat":
        return [float(t) for t in beats["downbeats_s"]]
    if kind == "onset":
        return [float(t) for t in beats.get("onsets_s", [])]
    return [float(s["start_s"]) for s in beats.get("sections") or []]


def events_in_beats(beats: dict[str, Any], kind: str, *, every: int,
                    spans: Sequence[tuple[float, float]] | None) -> list[float]:
    """Every ``every``-th event inside ``spans``, as beat positions on the beat grid."""
    grid = [float(t) for t in beats["beats_s"]]
    times = [t for t in event_times(beats, kind)
             if spans is None or any(a - 1e-6 <= t < b - 1e-6 for a, b in spans)]
    return [beat_index(grid, t) for t in times[::max(1, every)]]


def frame_of(t: float, fps: Fraction) -> int:
    return math.floor(Fraction(t) * fps + Fraction(1, 2))


def gains(beats: dict[str, Any], by_label: dict[str, Any], fps: Fraction
          ) -> list[list[float]]:
    """``[start_frame, end_frame, gain]`` per section whose label has a gain."""
    out: list[list[float]] = []
    for s in beats.get("sections") or []:
        if str(s["label"]) in by_label:
            out.append([frame_of(float(s["start_s"]), fps), frame_of(float(s["end_s"]), fps),
                        float(by_label[str(s["label"])])])
    return out


def label_at(beats: dict[str, Any] | None, t: float) -> str:
    label = ""
    for s in (beats or {}).get("sections") or []:
        if float(s["start_s"]) <= t + 1e-6:
            label = str(s["label"])
    return label


def beats_to_frames(beats: dict[str, Any], t: float, n_beats: float, fps: Fraction) -> int:
    """How many frames ``n_beats`` beats last at the tempo around time ``t``."""
    from render.effects.drive import time_of_beat

    grid = [float(x) for x in beats["beats_s"]]
    b = beat_index(grid, t)
    return max(0, round((time_of_beat(grid, b + n_beats / 2) - time_of_beat(grid, b - n_beats / 2))
                        * float(fps)))
