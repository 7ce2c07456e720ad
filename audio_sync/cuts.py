"""Cut planning: turn a BeatMap into frame-exact shots for a given (rational) fps.

Frame arithmetic is exact: ``total_frames = round_half_up(n_samples * fps / rate_hz)`` and a cut at
``t`` seconds lands on frame ``floor(Fraction(str(t)) * fps)`` (the decimal the user typed: 13.1
is 131/10, not the binary float 13.0999...). Floor, never ceil: a late cut makes
sound lead vision, the side viewers notice first (ITU-R BT.1359).

Pipeline: grid (every N beats/bars, scaled per section) -> section starts -> manual overrides ->
frames -> merge slots shorter than ``min_shot_s`` -> split slots longer than ``max_shot_s``.
When the beat map's ``pulse_confidence`` is below ``pulse_confidence.LOW`` the tracked beats are
a guess (noise, or music with no clear pulse): the grid is then an even one at the reported
tempo from 0 s, so cuts never follow noise peaks (``confidence_notes`` says so).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from audio_sync.errors import CutPlanError
from audio_sync.types import BeatMap, CutPlan, Slot

UNITS = ("beat", "bar")
REMOVE_TOLERANCE_S = 0.1


@dataclass(slots=True)
class _Cut:
    time_s: float
    frame: int
    rank: int  # 3 = manual add, 2 = section start, 1 = downbeat, 0 = other; higher survives merges


def total_frames_for(n_samples: int, rate_hz: int, fps: Fraction) -> int:
    """Exact frame count of a song: round half up of n_samples * fps / rate_hz."""
    return math.floor(Fraction(n_samples) * fps / rate_hz + Fraction(1, 2))


def frame_of(time_s: float, fps: Fraction) -> int:
    """The frame a cut at ``time_s`` lands on: floor(t * fps), exact rational arithmetic on
    the float's shortest decimal form (``Fraction(13.1)`` would be 13.0999... -> one frame early)."""
    exact = time_s if isinstance(time_s, Fraction | int) else Fraction(repr(float(time_s)))
    return math.floor(exact * fps)


def time_of_frame(frame: int, fps: Fraction) -> float:
    """A float time whose ``frame_of`` is exactly ``frame`` (guards float rounding)."""
    t = float(Fraction(frame) / fps)
    while frame_of(t, fps) < frame:
        t = math.nextafter(t, math.inf)
    return t


def plan_cuts(
    beatmap: BeatMap,
    *,
    fps: Fraction,
    every: int = 1,
    unit: str = "bar",
    min_shot_s: float = 0.5,
    max_shot_s: float = 8.0,
    section_density: Mapping[str, float] | None = None,
    accent_downbeats: bool = True,
    add_cuts_s: Sequence[float] = (),
    remove_cuts_s: Sequence[float] = (),
) -> CutPlan:
    """Plan cuts every ``every`` beats or bars, within [min_shot_s, max_shot_s] per shot.

    ``section_density`` scales the cut rate per section label ({"chorus": 2.0} halves the step).
    With ``accent_downbeats`` the grid restarts on each section's first downbeat, section starts
    are always cut, and downbeat cuts are preferred when shots are merged or split.
    Manual ``add_cuts_s`` win over automatic cuts; ``remove_cuts_s`` removes the nearest cut
    within 0.1 s (never the cut at 0).
    """
    fps = _check(beatmap, fps, every, unit, min_shot_s, max_shot_s, section_density)
    beatmap = even_grid(beatmap) if _unsure(beatmap) else beatmap
    total = total_frames_for(beatmap.n_samples, beatmap.rate_hz, fps)
    if total <= 0:
        raise CutPlanError("the song is shorter than one video frame; nothing to cut")
    times = _grid(beatmap, every=every, unit=unit, density=section_density or {},
                  accent=accent_downbeats)
    cuts = _initial_cuts(beatmap, times, fps, total, accent_downbeats, add_cuts_s)
    cuts = _remove(cuts, remove_cuts_s)
    min_frames = math.ceil(Fraction(min_shot_s) * fps)
    max_frames = math.floor(Fraction(max_shot_s) * fps)
    cuts = _merge_short(cuts, total, min_frames)
    beat_cuts = _beat_cuts(beatmap, fps, total)
    cuts = _split_long(cuts, total, min_frames, max_frames, beat_cuts, fps)
    return _build(beatmap, cuts, fps, total)


def _check(beatmap: BeatMap, fps: Fraction, every: int, unit: str, min_shot_s: float,
           max_shot_s: float, density: Mapping[str, float] | None) -> Fraction:
    try:
        fps = Fraction(fps)
    except (TypeError, ValueError) as exc:
        raise CutPlanError(f"fps={fps!r} is not a number; use e.g. Fraction(30000, 1001)") from exc
    if fps <= 0:
        raise CutPlanError(f"fps must be > 0, got {fps}")
    if int(every) != every or every < 1:
        raise CutPlanError(f"every must be an integer >= 1, got {every!r}")
    if unit not in UNITS:
        raise CutPlanError(f"unit must be one of {UNITS}, got {unit!r}")
    if not (min_shot_s >= 0 and math.isfinite(max_shot_s)):
        raise CutPlanError(f"min_shot_s must be >= 0 and max_shot_s finite, got {min_shot_s}, {max_shot_s}")
    min_frames = math.ceil(Fraction(min_shot_s) * fps)
    if math.floor(Fraction(max_shot_s) * fps) < max(1, 2 * min_frames):
        raise CutPlanError(
            f"max_shot_s={max_shot_s} must be at least twice min_shot_s={min_shot_s} "
            f"(and at least one frame) so long shots can be split; raise max_shot_s")
    for label, value in (density or {}).items():
        if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
            raise CutPlanError(f"section_density[{label!r}] must be a positive number, got {value!r}")
    if beatmap.n_samples <= 0 or beatmap.rate_hz <= 0:
        raise CutPlanError("the beat map has no samples; analyse a non-empty song first")
    return fps


FALLBACK_BPM = 120.0  # the even grid's tempo when the reported one is 0 or implausible


def _unsure(beatmap: BeatMap) -> bool:
    from audio_sync.pulse_confidence import is_guess

    return is_guess(beatmap.pulse_confidence, has_beats=bool(beatmap.beats_s))


def _grid_bpm(beatmap: BeatMap) -> float:
    return beatmap.tempo_bpm if 40.0 <= beatmap.tempo_bpm <= 240.0 else FALLBACK_BPM


def even_grid(beatmap: BeatMap) -> BeatMap:
    """The beat map with its beats replaced by an even grid at its tempo from 0 s (bars of
    its beats per bar): what cuts follow when the tracked beats are a guess."""
    period = 60.0 / _grid_bpm(beatmap)
    beats = tuple(k * period for k in range(int(beatmap.duration_s / period) + 1)
                  if k * period < beatmap.duration_s)
    bpb = max(1, beatmap.beats_per_bar)
    sections = tuple(dataclasses.replace(s, beats_per_bar=0) for s in beatmap.sections)
    return dataclasses.replace(beatmap, beats_s=beats, downbeats_s=beats[::bpb],
                               beat_confidence=tuple(0.0 for _ in beats), sections=sections)


def confidence_notes(beatmap: BeatMap) -> list[str]:
    """One sentence when the cut plan ignores the tracked beats (low pulse confidence)."""
    from audio_sync.pulse_confidence import REMEDY

    if not _unsure(beatmap):
        return []
    return [f"no clear beat (pulse confidence {beatmap.pulse_confidence:.2f}): cuts follow an "
            f"even grid at {_grid_bpm(beatmap):.0f} BPM from 0 s, not the tracked beats; if the "
            f"music has a beat, {REMEDY}"]


def _beat_at(beats: Sequence[float], pos: float) -> float:
    """Time of fractional beat index ``pos`` (linear between beats; extrapolated at the ends)."""
    n = len(beats)
    i = min(max(int(math.floor(pos)), 0), n - 2)
    return beats[i] + (pos - i) * (beats[i + 1] - beats[i])


def _section_bounds(beatmap: BeatMap) -> list[tuple[float, float, str]]:
    if beatmap.sections:
        return [(s.start_s, s.end_s, s.label) for s in beatmap.sections]
    return [(0.0, beatmap.duration_s, "")]


def _bar_beats(beatmap: BeatMap, start_s: float) -> int:
    """Beats per bar of the section starting at ``start_s`` (its own metre when analysed)."""
    own = next((s.beats_per_bar for s in beatmap.sections if s.start_s == start_s), 0)
    return max(1, own or beatmap.beats_per_bar)


def _grid(beatmap: BeatMap, *, every: int, unit: str, density: Mapping[str, float],
          accent: bool) -> list[float]:
    """Automatic cut times: walk each section's beats in steps of every*unit/density beats."""
    beats = list(beatmap.beats_s)
    if len(beats) < 2:
        return []
    down = set(beatmap.downbeats_s)
    out: list[float] = []
    for start_s, end_s, label in _section_bounds(beatmap):
        bpb = _bar_beats(beatmap, start_s)
        step = every * (bpb if unit == "bar" else 1) / float(density.get(label, 1.0))
        lo = bisect.bisect_left(beats, start_s - 1e-6)
        hi = bisect.bisect_left(beats, end_s - 1e-6)
        if lo >= hi:
            continue
        anchor = lo
        if accent or unit == "bar":
            firsts = [i for i in range(lo, min(hi, lo + bpb)) if beats[i] in down]
            anchor = firsts[0] if firsts else lo
        pos = float(anchor)
        while pos < hi - 1e-9:
            out.append(_beat_at(beats, pos))
            pos += step
    return out


def _initial_cuts(beatmap: BeatMap, times: list[float], fps: Fraction, total: int,
                  accent: bool, add_cuts_s: Sequence[float]) -> list[_Cut]:
    down = {frame_of(t, fps) for t in beatmap.downbeats_s}
    by_frame: dict[int, _Cut] = {0: _Cut(0.0, 0, 4)}

    def put(t: float, rank: int) -> None:
        if not math.isfinite(t) or t <= 0:
            return
        f = frame_of(t, fps)
        if 0 < f < total and (f not in by_frame or by_frame[f].rank < rank):
            by_frame[f] = _Cut(float(t), f, rank)

    for t in times:
        put(t, 1 if frame_of(t, fps) in down else 0)
    if accent:
        for start_s, _end, _label in _section_bounds(beatmap)[1:]:
            put(start_s, 2)
    for t in add_cuts_s:
        put(float(t), 3)
    return sorted(by_frame.values(), key=lambda c: c.frame)


def _remove(cuts: list[_Cut], remove_cuts_s: Sequence[float]) -> list[_Cut]:
    for t in remove_cuts_s:
        cands = [c for c in cuts if c.frame > 0 and abs(c.time_s - float(t)) <= REMOVE_TOLERANCE_S]
        if cands:
            cuts.remove(min(cands, key=lambda c: abs(c.time_s - float(t))))
    return cuts


def _merge_short(cuts: list[_Cut], total: int, min_frames: int) -> list[_Cut]:
    """Drop cuts until every shot is >= min_frames (drop the lower-ranked boundary first)."""
    while len(cuts) > 1:
        ends = [c.frame for c in cuts[1:]] + [total]
        lens = [e - c.frame for c, e in zip(cuts, ends, strict=True)]
        short = [i for i, n in enumerate(lens) if n < min_frames]
        if not short:
            break
        i = min(short, key=lambda k: (lens[k], k))
        options = []
        if i > 0:  # drop this slot's start cut: merge with the previous slot
            options.append((cuts[i].rank, lens[i - 1] + lens[i], i))
        if i + 1 < len(cuts):  # drop the next cut: merge with the following slot
            options.append((cuts[i + 1].rank, lens[i] + lens[i + 1], i + 1))
        _rank, _len, drop = min(options)
        del cuts[drop]
    return cuts


def _beat_cuts(beatmap: BeatMap, fps: Fraction, total: int) -> list[_Cut]:
    down = set(beatmap.downbeats_s)
    out = [_Cut(t, frame_of(t, fps), 1 if t in down else 0) for t in beatmap.beats_s if t > 0]
    return [c for c in out if 0 < c.frame < total]


def _split_long(cuts: list[_Cut], total: int, min_frames: int, max_frames: int,
                beat_cuts: list[_Cut], fps: Fraction) -> list[_Cut]:
    out: list[_Cut] = []
    ends = [c.frame for c in cuts[1:]] + [total]
    for cut, end in zip(cuts, ends, strict=True):
        out.append(cut)
        start = cut.frame
        while end - start > max_frames:
            nxt = _pick_split(start, end, min_frames, max_frames, beat_cuts)
            if nxt is None:
                n = math.ceil((end - start) / max_frames)
                step = Fraction(end - start, n)
                for k in range(1, n):
                    f = start + math.floor(step * k)
                    out.append(_Cut(time_of_frame(f, fps), f, 0))
                break
            out.append(nxt)
            start = nxt.frame
    return out


def _pick_split(start: int, end: int, min_frames: int, max_frames: int,
                beat_cuts: list[_Cut]) -> _Cut | None:
    """Farthest beat (downbeats first) leaving both pieces within bounds."""
    lo = max(1, min_frames)
    ok = [c for c in beat_cuts if lo <= c.frame - start <= max_frames and end - c.frame >= lo]
    if not ok:
        return None
    return max(ok, key=lambda c: (c.rank, c.frame))


def _section_at(beatmap: BeatMap, t: float) -> str:
    label = beatmap.sections[0].label if beatmap.sections else ""
    for s in beatmap.sections:
        if s.start_s <= t + 1e-6:
            label = s.label
    return label


def _build(beatmap: BeatMap, cuts: list[_Cut], fps: Fraction, total: int) -> CutPlan:
    frames = [c.frame for c in cuts]
    ends = frames[1:] + [total]
    slots = tuple(
        Slot(index=i, start_s=float(Fraction(f) / fps), end_s=float(Fraction(e) / fps),
             start_frame=f, end_frame=e, section=_section_at(beatmap, cuts[i].time_s))
        for i, (f, e) in enumerate(zip(frames, ends, strict=True)))
    return CutPlan(fps=fps, total_frames=total, duration_s=beatmap.n_samples / beatmap.rate_hz,
                   cuts_s=tuple(c.time_s for c in cuts), cut_frames=tuple(frames), slots=slots)


def density_notes(beatmap: BeatMap, *, every: int = 1, unit: str = "bar",
                  min_shot_s: float = 0.5,
                  section_density: Mapping[str, float] | None = None) -> list[str]:
    """Sentences naming each section whose requested cut rate ``min_shot_s`` overrides.

    A section asks for a cut every ``every*unit/density`` beats; when that is shorter than
    ``min_shot_s`` at the section's own tempo, merging keeps its shots longer than asked.
    """
    beatmap = even_grid(beatmap) if _unsure(beatmap) else beatmap
    beats = list(beatmap.beats_s)
    if len(beats) < 2:
        return []
    notes = []
    for start_s, end_s, label in _section_bounds(beatmap):
        base = every * (_bar_beats(beatmap, start_s) if unit == "bar" else 1)
        inside = [b for b in beats if start_s - 1e-6 <= b < end_s]
        gaps = [b - a for a, b in zip(inside, inside[1:], strict=False)] or \
            [beats[1] - beats[0]]
        period = sorted(gaps)[len(gaps) // 2]
        density = float((section_density or {}).get(label, 1.0))
        step_s = base / density * period
        if step_s < min_shot_s - 1e-9:
            notes.append(
                f"section {label or 'song'!r} ({start_s:.1f}-{end_s:.1f} s) asks for a cut every "
                f"{step_s:.2f} s ({base / density:g} beats at {60 / period:.0f} BPM) but "
                f"min_shot_s={min_shot_s:g} keeps its shots at least {min_shot_s:g} s long; "
                f"lower min_shot_s to honour the density")
    return notes
