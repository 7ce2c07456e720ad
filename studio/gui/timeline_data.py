"""What the timeline shows, and how its gestures become cut-planner overrides (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_EPS = 1e-3
# The other readings' relation to the tempo (audio_sync.tempo_hint.ALT_RATIOS), in words.
_RELATIONS = ((1 / 3, "a third as fast"), (0.5, "half as fast"), (2 / 3, "two thirds as fast"),
              (0.75, "three quarters as fast"), (4 / 3, "a third faster"),
              (1.5, "one and a half times as fast"), (2.0, "twice as fast"),
              (3.0, "three times as fast"))


# The bar lengths the timeline's Bars menu offers (most songs' bars hold 2, 3 or 4 beats).
BAR_CHOICES = (2, 3, 4)


@dataclass(frozen=True, slots=True)
class Shot:
    """One slot of the montage: when, which node's output, and a still of it."""

    start_s: float
    end_s: float
    source: str  # e.g. "clips[3]"
    artifact: str = ""  # key of the clip in that slot
    image: Any = None  # a QImage once its still is made


@dataclass(slots=True)
class TimelineData:
    node_id: str
    duration_s: float
    peaks: list[float]
    beats_s: list[float]
    downbeats_s: list[float]
    sections: list[tuple[float, float, str]]
    cuts_s: list[float]
    add_cuts_s: list[float] = field(default_factory=list)
    remove_cuts_s: list[float] = field(default_factory=list)
    min_shot_s: float = 0.5
    beats_per_bar: int = 4
    tempo_bpm: float = 0.0
    alt_bpm: float = 0.0  # the other plausible readings of the tempo (offered in the tempo menu)
    alt2_bpm: float = 0.0
    pulse_confidence: float = 1.0  # below audio_sync.pulse_confidence.LOW the beats are a guess
    analyze_id: str = ""  # the audio.analyze node feeding the cut plan ("": none to set a hint on)
    bpm_hint: float = 0.0  # the creator's tempo that analysis ran with (0 = automatic)
    shift_half_beat: bool = False  # the creator moved the beats half a beat later
    hint_beats_per_bar: int = 0  # the creator's bar length that analysis ran with (0 = automatic)
    bar_shift: int = 0  # the creator started every bar this many beats later
    beat_shift: float = 0.0  # the creator moved the beats this fraction of a beat later

    @classmethod
    def from_values(cls, *, node_id: str, beats: dict[str, Any], plan: dict[str, Any],
                    peaks: list[float], params: dict[str, Any],
                    labels: dict[str, str] | None = None, analyze_id: str = "",
                    bpm_hint: float | None = None) -> TimelineData:
        """``bpm_hint`` None: the hint the beats record they were analysed with."""
        names = labels or {}
        hint = beats.get("bpm_hint", 0.0) if bpm_hint is None else bpm_hint
        return cls(node_id=node_id, duration_s=float(beats.get("duration_s", 0.0)),
                   peaks=peaks, beats_s=[float(b) for b in beats.get("beats_s", [])],
                   downbeats_s=[float(b) for b in beats.get("downbeats_s", [])],
                   sections=[(float(s["start_s"]), float(s["end_s"]),
                              names.get(str(i), str(s.get("label", ""))))
                             for i, s in enumerate(beats.get("sections", []))],
                   cuts_s=[float(c) for c in plan.get("cuts_s", [])],
                   add_cuts_s=[float(c) for c in params.get("add_cuts_s") or []],
                   remove_cuts_s=[float(c) for c in params.get("remove_cuts_s") or []],
                   min_shot_s=float(params.get("min_shot_s", 0.5)),
                   beats_per_bar=int(beats.get("beats_per_bar", 4) or 4),
                   tempo_bpm=float(beats.get("tempo_bpm", 0.0) or 0.0),
                   alt_bpm=float(beats.get("alt_bpm", 0.0) or 0.0),
                   alt2_bpm=float(beats.get("alt2_bpm", 0.0) or 0.0),
                   pulse_confidence=float(beats.get("pulse_confidence", 1.0)),
                   analyze_id=analyze_id, bpm_hint=float(hint or 0.0),
                   shift_half_beat=bool(beats.get("shift_half_beat", False)),
                   hint_beats_per_bar=int(beats.get("hint_beats_per_bar", 0) or 0),
                   bar_shift=int(beats.get("bar_shift", 0) or 0),
                   beat_shift=float(beats.get("beat_shift", 0.0) or 0.0))

    def tempo_text(self) -> str:
        """"176 BPM (or 88 or 117)" (no beats: ""); "88 BPM (your choice; or 176 or 117)" when the
        creator chose the tempo; and a warning when the beats are a guess: the cut plan then
        follows an even grid, so the drawn beats are not what the cuts snap to."""
        from audio_sync.pulse_confidence import is_guess
        from audio_sync.types import bar_shift_text, beat_shift_text, tempo_text

        if self.tempo_bpm <= 0:
            return ""
        text = tempo_text(self.tempo_bpm, self.alt_bpm, self.alt2_bpm, chosen=self.bpm_hint > 0)
        if self.shift_half_beat or self.beat_shift:
            text += f" · {beat_shift_text(0.5 if self.shift_half_beat else self.beat_shift)}"
        if self.hint_beats_per_bar:
            text += f" · bars of {self.beats_per_bar} (your choice)"
        if self.bar_shift:
            text += f" · {bar_shift_text(self.bar_shift)}"
        if is_guess(self.pulse_confidence, has_beats=bool(self.beats_s)):
            text += f" · no clear beat (confidence {self.pulse_confidence:.2f}): even cuts"
        return text

    def tempo_offers(self) -> list[int]:
        """The other readings a click can choose, rounded as shown: each a valid hint and not the
        tempo in force (empty without an analysis node to set the hint on)."""
        from audio_sync.tempo_hint import HINT_MAX_BPM, HINT_MIN_BPM

        if not self.analyze_id or self.tempo_bpm <= 0:
            return []
        offers: list[int] = []
        for bpm in (self.alt_bpm, self.alt2_bpm):
            shown = round(bpm)
            if (HINT_MIN_BPM <= shown <= HINT_MAX_BPM and shown != round(self.tempo_bpm)
                    and shown not in offers):
                offers.append(shown)
        return offers

    def bar_offers(self) -> list[int]:
        """The bar lengths a click can choose (beats per bar), not the one in force."""
        if not self.analyze_id or self.tempo_bpm <= 0:
            return []
        return [n for n in BAR_CHOICES if n != self.beats_per_bar]

    def bar_shifts(self) -> list[int]:
        """The bar starts a click can choose: 1 .. beats per bar - 1 beats later."""
        if not self.analyze_id or self.tempo_bpm <= 0:
            return []
        return list(range(1, max(1, self.beats_per_bar)))

    def tempo_relation(self, bpm: float) -> str:
        """How a reading relates to the tempo in force, in words ("half as fast"; "" if none)."""
        if self.tempo_bpm <= 0 or bpm <= 0:
            return ""
        ratio = bpm / self.tempo_bpm
        best = min(_RELATIONS, key=lambda r: abs(r[0] / ratio - 1.0))
        return best[1] if abs(best[0] / ratio - 1.0) <= 0.04 else ""

    # -- limits --------------------------------------------------------------------------
    def room_for(self, cut_s: float) -> tuple[float, float]:
        """Where the cut at ``cut_s`` may go without making a neighbouring shot shorter
        than ``min_shot_s`` (the planner would then drop a neighbouring cut)."""
        prev = max((c for c in self.cuts_s if c < cut_s - _EPS), default=0.0)
        nxt = min((c for c in self.cuts_s if c > cut_s + _EPS), default=self.duration_s)
        return prev + self.min_shot_s, nxt - self.min_shot_s

    def why_not_add(self, at_s: float) -> str:
        """Empty if a cut may be added at ``at_s``; else why not, in words."""
        if not 0 < at_s < self.duration_s:
            return (f"a cut at {at_s:.2f} s is outside the song (0 to {self.duration_s:.2f} s); "
                    "nothing was changed")
        near = [c for c in self.cuts_s if abs(c - at_s) < self.min_shot_s]
        if near:
            return (f"a cut at {at_s:.2f} s would make a shot shorter than min_shot_s "
                    f"({self.min_shot_s:g} s) next to the cut at {near[0]:.2f} s, which the "
                    "planner would then drop; move that cut instead. Nothing was changed")
        return ""

    # -- overrides -----------------------------------------------------------------------
    def moved(self, old_s: float, new_s: float) -> dict[str, list[float]]:
        """The params after moving the cut at ``old_s`` to ``new_s``."""
        add = [c for c in self.add_cuts_s if abs(c - old_s) > _EPS]
        remove = list(self.remove_cuts_s)
        if len(add) == len(self.add_cuts_s):  # a planned cut: remove it explicitly
            remove.append(round(old_s, 3))
        add.append(round(new_s, 3))
        return {"add_cuts_s": sorted(add), "remove_cuts_s": sorted(remove)}

    def added(self, at_s: float) -> dict[str, list[float]]:
        return {"add_cuts_s": sorted([*self.add_cuts_s, round(at_s, 3)])}

    def removed(self, at_s: float) -> dict[str, list[float]]:
        add = [c for c in self.add_cuts_s if abs(c - at_s) > _EPS]
        if len(add) != len(self.add_cuts_s):
            return {"add_cuts_s": add}
        return {"remove_cuts_s": sorted([*self.remove_cuts_s, round(at_s, 3)])}

    def bars(self) -> list[tuple[int, float]]:
        """(bar number from 1, time) of every downbeat."""
        return [(i + 1, t) for i, t in enumerate(self.downbeats_s)]
