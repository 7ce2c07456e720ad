"""Plain typed data produced by audio_sync (decoded audio, beat maps, curves, cut plans).

Every type has ``to_dict()`` (JSON-able) and ``from_dict()`` so results can be cached on disk
and passed between nodes. Rational frame rates are serialised as ``"num/den"`` strings.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

# Curve and fps_to_str are re-exported: one Curve and one parser for every package.
from timebase import Curve, fps_to_str, parse_fps  # noqa: F401

SECTION_LABELS = ("intro", "verse", "chorus", "bridge", "breakdown", "outro")


def fps_from_any(value: Any) -> Fraction:
    """The one fps parser (:func:`timebase.parse_fps`): ``"29.97"`` is 30000/1001."""
    return parse_fps(value)


def _floats(values: Any) -> tuple[float, ...]:
    return tuple(float(v) for v in values)


@dataclass(frozen=True, slots=True)
class DecodedAudio:
    """PCM samples, float32, shape (channels, n_samples), in [-1, 1]; the one copy every step uses."""

    samples: np.ndarray
    rate_hz: int

    @property
    def n_samples(self) -> int:
        return int(self.samples.shape[1])

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return self.n_samples / float(self.rate_hz)

    def mono(self) -> np.ndarray:
        """Channel average as contiguous float32 1-D array."""
        if self.channels == 1:
            return np.ascontiguousarray(self.samples[0], dtype=np.float32)
        return np.ascontiguousarray(self.samples.mean(axis=0), dtype=np.float32)

    def to_dict(self) -> dict[str, Any]:
        data = np.ascontiguousarray(self.samples, dtype="<f4").tobytes()
        return {
            "rate_hz": self.rate_hz,
            "channels": self.channels,
            "n_samples": self.n_samples,
            "samples_f32le_b64": base64.b64encode(data).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DecodedAudio:
        raw = base64.b64decode(d["samples_f32le_b64"])
        arr = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        return cls(samples=arr.reshape(int(d["channels"]), int(d["n_samples"])),
                   rate_hz=int(d["rate_hz"]))


@dataclass(frozen=True, slots=True)
class Section:
    """A song section; ``label`` is one of SECTION_LABELS, ``energy`` is 0..1 relative to the song.
    ``beats_per_bar`` and ``metre`` ("4/4", "3/4", "6/8"...) are the section's own metre; 0 and ""
    when unknown (results cached before the metre was analysed per section)."""

    start_s: float
    end_s: float
    label: str
    energy: float
    beats_per_bar: int = 0
    metre: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start_s": self.start_s, "end_s": self.end_s, "label": self.label,
                "energy": self.energy, "beats_per_bar": self.beats_per_bar, "metre": self.metre}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Section:
        return cls(start_s=float(d["start_s"]), end_s=float(d["end_s"]), label=str(d["label"]),
                   energy=float(d.get("energy", 0.0)),
                   beats_per_bar=int(d.get("beats_per_bar", 0) or 0), metre=str(d.get("metre", "")))


@dataclass(frozen=True, slots=True)
class BeatMap:
    """Everything the analysis knows about a song's rhythm and structure.

    ``pulse_confidence`` (0..1, audio_sync.pulse_confidence) says how far the beats stand out
    above chance: near 0 the beats and tempo are a guess (noise, or music with no clear pulse).
    ``alt_bpm`` and ``alt2_bpm`` are the other plausible readings of the tempo (the levels
    weighed second and third, e.g. 88 and 117 for 176), ``alt_score`` and ``alt2_score`` their
    salience over the strongest level's (0, 0: none, or a map cached before it existed);
    ``bpm_hint``, ``hint_beats_per_bar``, ``shift_half_beat``, ``bar_shift`` and ``beat_shift``
    the creator's options it was made with (0 / False = auto)."""

    duration_s: float
    n_samples: int
    rate_hz: int
    tempo_bpm: float
    tempo_curve: tuple[tuple[float, float], ...]
    beats_s: tuple[float, ...]
    beat_confidence: tuple[float, ...]
    downbeats_s: tuple[float, ...]
    beats_per_bar: int
    sections: tuple[Section, ...]
    onsets_s: tuple[float, ...]
    pulse_confidence: float = 1.0
    alt_bpm: float = 0.0
    alt_score: float = 0.0
    bpm_hint: float = 0.0
    hint_beats_per_bar: int = 0
    alt2_bpm: float = 0.0
    alt2_score: float = 0.0
    shift_half_beat: bool = False
    bar_shift: int = 0
    beat_shift: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration_s": self.duration_s, "n_samples": self.n_samples, "rate_hz": self.rate_hz,
            "tempo_bpm": self.tempo_bpm,
            "tempo_curve": [[t, b] for t, b in self.tempo_curve],
            "beats_s": list(self.beats_s), "beat_confidence": list(self.beat_confidence),
            "downbeats_s": list(self.downbeats_s), "beats_per_bar": self.beats_per_bar,
            "sections": [s.to_dict() for s in self.sections],
            "onsets_s": list(self.onsets_s), "pulse_confidence": self.pulse_confidence,
            "alt_bpm": self.alt_bpm, "alt_score": self.alt_score, "bpm_hint": self.bpm_hint,
            "hint_beats_per_bar": self.hint_beats_per_bar,
            "alt2_bpm": self.alt2_bpm, "alt2_score": self.alt2_score,
            "shift_half_beat": self.shift_half_beat, "bar_shift": self.bar_shift,
            "beat_shift": self.beat_shift,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> BeatMap:
        return cls(
            duration_s=float(d["duration_s"]), n_samples=int(d["n_samples"]),
            rate_hz=int(d["rate_hz"]), tempo_bpm=float(d["tempo_bpm"]),
            tempo_curve=tuple((float(t), float(b)) for t, b in d.get("tempo_curve", ())),
            beats_s=_floats(d["beats_s"]), beat_confidence=_floats(d.get("beat_confidence", ())),
            downbeats_s=_floats(d.get("downbeats_s", ())),
            beats_per_bar=int(d.get("beats_per_bar", 4)),
            sections=tuple(Section.from_dict(s) for s in d.get("sections", ())),
            onsets_s=_floats(d.get("onsets_s", ())),
            pulse_confidence=float(d.get("pulse_confidence", 1.0)),
            alt_bpm=float(d.get("alt_bpm", 0.0) or 0.0),
            alt_score=float(d.get("alt_score", 0.0) or 0.0),
            bpm_hint=float(d.get("bpm_hint", 0.0) or 0.0),
            hint_beats_per_bar=int(d.get("hint_beats_per_bar", 0) or 0),
            alt2_bpm=float(d.get("alt2_bpm", 0.0) or 0.0),
            alt2_score=float(d.get("alt2_score", 0.0) or 0.0),
            shift_half_beat=bool(d.get("shift_half_beat", False)),
            bar_shift=int(d.get("bar_shift", 0) or 0),
            beat_shift=float(d.get("beat_shift", 0.0) or 0.0),
        )

    def tempo_text(self) -> str:
        """"176 BPM (or 88 or 117)": the tempo and the other readings, for people choosing a hint."""
        return tempo_text(self.tempo_bpm, self.alt_bpm, self.alt2_bpm)


def beat_shift_text(fraction: float) -> str:
    """"beats a third of a beat later" ("beats as found" for 0): one wording for the CLI and the
    studio; thirds, quarters and halves by name, any other fraction in hundredths."""
    names = {1 / 4: "a quarter", 1 / 3: "a third", 1 / 2: "half", 2 / 3: "two thirds", 3 / 4: "three quarters"}
    if fraction <= 0:
        return "beats as found"
    name = next((n for f, n in names.items() if abs(fraction - f) < 1e-3), f"{fraction:.2f}")
    return f"beats {name} of a beat later" if name != "half" else "beats half a beat later"


def bar_shift_text(shift: int) -> str:
    """"bars start 2 beats later" ("bars as found" for 0): one wording for the CLI and the studio."""
    if shift <= 0:
        return "bars as found"
    return f"bars start {shift} beat{'s' if shift != 1 else ''} later"


def tempo_text(tempo_bpm: float, *alt_bpms: float, chosen: bool = False) -> str:
    """"176 BPM (or 88 or 117)"; just "176 BPM" without an alternative; ``chosen`` (the
    creator's tempo): "88 BPM (your choice; or 176 or 117)"."""
    others = " or ".join(f"{b:.0f}" for b in alt_bpms if b > 0)
    notes = (["your choice"] if chosen else []) + ([f"or {others}"] if others else [])
    return f"{tempo_bpm:.0f} BPM" + (f" ({'; '.join(notes)})" if notes else "")


@dataclass(frozen=True, slots=True)
class Slot:
    """One shot of the cut plan; ``end_frame`` is exclusive."""

    index: int
    start_s: float
    end_s: float
    start_frame: int
    end_frame: int
    section: str

    @property
    def duration_frames(self) -> int:
        return self.end_frame - self.start_frame

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start_s": self.start_s, "end_s": self.end_s,
                "start_frame": self.start_frame, "end_frame": self.end_frame,
                "section": self.section}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Slot:
        return cls(index=int(d["index"]), start_s=float(d["start_s"]), end_s=float(d["end_s"]),
                   start_frame=int(d["start_frame"]), end_frame=int(d["end_frame"]),
                   section=str(d.get("section", "")))


@dataclass(frozen=True, slots=True)
class CutPlan:
    """Cut times (analysed seconds) and the frame-exact slots between them."""

    fps: Fraction
    total_frames: int
    duration_s: float
    cuts_s: tuple[float, ...]
    cut_frames: tuple[int, ...]
    slots: tuple[Slot, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"fps": fps_to_str(self.fps), "total_frames": self.total_frames,
                "duration_s": self.duration_s, "cuts_s": list(self.cuts_s),
                "cut_frames": list(self.cut_frames), "slots": [s.to_dict() for s in self.slots]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CutPlan:
        return cls(fps=fps_from_any(d["fps"]), total_frames=int(d["total_frames"]),
                   duration_s=float(d["duration_s"]), cuts_s=_floats(d["cuts_s"]),
                   cut_frames=tuple(int(f) for f in d["cut_frames"]),
                   slots=tuple(Slot.from_dict(s) for s in d["slots"]))
