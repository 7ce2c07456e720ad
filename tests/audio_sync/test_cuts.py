import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audio_sync.cuts import frame_of, plan_cuts, time_of_frame, total_frames_for
from audio_sync.errors import CutPlanError
from audio_sync.types import BeatMap, Section


def _beatmap(*, bpm: float = 120.0, duration_s: float = 32.0, offset_s: float = 0.1,
             bpb: int = 4, rate_hz: int = 44100, sections=None) -> BeatMap:
    period = 60.0 / bpm
    beats = tuple(offset_s + k * period for k in range(int((duration_s - offset_s) / period) + 1)
                  if offset_s + k * period < duration_s)
    if sections is None:
        sections = (Section(0.0, duration_s / 2, "verse", 0.4),
                    Section(duration_s / 2, duration_s, "chorus", 0.9))
    return BeatMap(duration_s=duration_s, n_samples=int(round(duration_s * rate_hz)),
                   rate_hz=rate_hz, tempo_bpm=bpm, tempo_curve=((0.0, bpm),), beats_s=beats,
                   beat_confidence=tuple(1.0 for _ in beats), downbeats_s=beats[::bpb],
                   beats_per_bar=bpb, sections=tuple(sections), onsets_s=beats)


def _check_invariants(plan, bm, fps, min_shot_s, max_shot_s):
    assert plan.cut_frames[0] == 0 and plan.cuts_s[0] == 0.0
    assert all(a < b for a, b in zip(plan.cuts_s, plan.cuts_s[1:], strict=False))
    assert all(a < b for a, b in zip(plan.cut_frames, plan.cut_frames[1:], strict=False))
    assert plan.total_frames == total_frames_for(bm.n_samples, bm.rate_hz, fps)
    assert plan.slots[-1].end_frame == plan.total_frames
    for i, slot in enumerate(plan.slots):
        assert isinstance(slot.start_frame, int) and slot.start_frame == plan.cut_frames[i]
        assert plan.cut_frames[i] == frame_of(plan.cuts_s[i], fps)
        assert slot.start_s == float(Fraction(slot.start_frame) / fps)
        if i + 1 < len(plan.slots):
            assert slot.end_frame == plan.slots[i + 1].start_frame
    if Fraction(plan.total_frames) / fps >= Fraction(min_shot_s):
        min_f = math.ceil(Fraction(min_shot_s) * fps)
        assert all(s.duration_frames >= min_f for s in plan.slots)
    max_f = math.floor(Fraction(max_shot_s) * fps)
    assert all(s.duration_frames <= max_f for s in plan.slots)


def test_total_frames_exact_over_ten_minutes():
    fps = Fraction(30000, 1001)
    n = 48000 * 600
    assert total_frames_for(n, 48000, fps) == 17982  # 600 * 29.97002997 = 17982.018
    assert total_frames_for(1, 2, Fraction(1)) == 1  # exact half rounds up
    assert frame_of(599.96, fps) == 17980  # 17980.8 floors
    for f in (0, 1, 7, 17981):
        assert frame_of(time_of_frame(f, fps), fps) == f


def test_every_bar_cuts_on_downbeats_and_chorus_density():
    bm = _beatmap()
    fps = Fraction(30)
    plan = plan_cuts(bm, fps=fps, every=1, unit="bar", section_density={"chorus": 2.0})
    verse = [t for t in plan.cuts_s if 0 < t < 16.0]
    chorus = [t for t in plan.cuts_s if t >= 16.0]
    assert all(t in bm.downbeats_s for t in verse)
    assert len(chorus) >= 2 * len(verse) - 2  # chorus is cut twice as often
    assert 16.0 in plan.cuts_s  # section start is always a cut (accent)
    _check_invariants(plan, bm, fps, 0.5, 8.0)
    assert {s.section for s in plan.slots} == {"verse", "chorus"}


def test_manual_add_and_remove():
    bm = _beatmap(sections=())
    fps = Fraction(24)
    base = plan_cuts(bm, fps=fps, unit="bar")
    target = base.cuts_s[3]
    plan = plan_cuts(bm, fps=fps, unit="bar", add_cuts_s=(5.3,), remove_cuts_s=(target + 0.05, 0.0))
    assert 5.3 in plan.cuts_s and target not in plan.cuts_s and plan.cuts_s[0] == 0.0
    untouched = plan_cuts(bm, fps=fps, unit="bar", remove_cuts_s=(target + 0.3,))
    assert untouched.cuts_s == base.cuts_s


def test_zero_min_shot_with_beats_terminates():
    bm = _beatmap(duration_s=20.0, sections=())
    plan = plan_cuts(bm, fps=Fraction(30), every=4, unit="bar", min_shot_s=0.0, max_shot_s=1.0)
    _check_invariants(plan, bm, Fraction(30), 0.0, 1.0)


def test_long_gaps_are_split_and_no_beats_splits_evenly():
    bm = _beatmap(duration_s=30.0, sections=())
    plan = plan_cuts(bm, fps=Fraction(25), every=8, unit="bar", max_shot_s=3.0, min_shot_s=1.0)
    _check_invariants(plan, bm, Fraction(25), 1.0, 3.0)
    empty = BeatMap(duration_s=20.0, n_samples=20 * 8000, rate_hz=8000, tempo_bpm=0.0,
                    tempo_curve=(), beats_s=(), beat_confidence=(), downbeats_s=(),
                    beats_per_bar=4, sections=(), onsets_s=())
    plan = plan_cuts(empty, fps=Fraction(30), max_shot_s=4.0)
    _check_invariants(plan, empty, Fraction(30), 0.5, 4.0)
    assert len(plan.slots) == 5


@pytest.mark.parametrize("kwargs", [
    {"fps": Fraction(0)}, {"fps": Fraction(30), "every": 0}, {"fps": Fraction(30), "unit": "x"},
    {"fps": Fraction(30), "min_shot_s": 3.0, "max_shot_s": 4.0},
    {"fps": Fraction(30), "section_density": {"chorus": 0.0}},
])
def test_bad_options_raise(kwargs):
    with pytest.raises(CutPlanError):
        plan_cuts(_beatmap(), **kwargs)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    bpm=st.floats(60, 200), duration_s=st.floats(0.2, 120.0), offset_s=st.floats(0.0, 1.0),
    bpb=st.sampled_from([3, 4]), every=st.integers(1, 4), unit=st.sampled_from(["beat", "bar"]),
    fps=st.sampled_from([Fraction(24), Fraction(25), Fraction(30000, 1001), Fraction(60)]),
    min_shot_s=st.floats(0.0, 2.0), extra_s=st.floats(0.1, 10.0),
    chorus=st.floats(0.25, 4.0), accent=st.booleans(),
    adds=st.lists(st.floats(-1.0, 130.0), max_size=4),
    removes=st.lists(st.floats(0.0, 130.0), max_size=4),
)
def test_plan_invariants_hold_for_any_input(bpm, duration_s, offset_s, bpb, every, unit, fps,
                                            min_shot_s, extra_s, chorus, accent, adds, removes):
    max_shot_s = 2 * min_shot_s + extra_s
    bm = _beatmap(bpm=bpm, duration_s=duration_s, offset_s=offset_s, bpb=bpb, rate_hz=22050)
    plan = plan_cuts(bm, fps=fps, every=every, unit=unit, min_shot_s=min_shot_s,
                     max_shot_s=max_shot_s, section_density={"chorus": chorus},
                     accent_downbeats=accent, add_cuts_s=adds, remove_cuts_s=removes)
    _check_invariants(plan, bm, fps, min_shot_s, max_shot_s)


@pytest.mark.parametrize("bpm", [124.0, 140.0, 170.0])
def test_chorus_cuts_twice_as_often_above_120_bpm_or_says_why_not(bpm):
    from audio_sync.cuts import density_notes

    bm = _beatmap(bpm=bpm, duration_s=64.0)
    density = {"chorus": 2.0}
    plan = plan_cuts(bm, fps=Fraction(30), every=1, unit="bar", min_shot_s=0.5,
                     max_shot_s=8.0, section_density=density)
    verse = sum(1 for s in plan.slots if s.section == "verse")
    chorus = sum(1 for s in plan.slots if s.section == "chorus")
    assert chorus >= 2 * verse - 1  # the verse's first slot starts at 0 s, not on a cut
    assert density_notes(bm, min_shot_s=0.5, section_density=density) == []
    notes = density_notes(bm, min_shot_s=1.0, section_density=density)
    assert [("'chorus'" in n, "min_shot_s=1" in n) for n in notes] == [(True, True)]
    capped = plan_cuts(bm, fps=Fraction(30), min_shot_s=1.0, max_shot_s=8.0,
                       section_density=density)
    assert min(s.duration_s for s in capped.slots) >= 1.0 - 1 / 30


def test_bar_cuts_follow_each_sections_metre():
    """A 4/4 section then a 3/4 one: 'every bar' cuts every 4 beats, then every 3 (the song's
    single beats_per_bar used to put 4-beat cuts across the 3/4 bars)."""
    period = 0.5
    beats = tuple(k * period for k in range(64))
    downs = beats[0:16:4] + beats[16:64:3]
    bm = BeatMap(duration_s=32.0, n_samples=32 * 44100, rate_hz=44100, tempo_bpm=120.0,
                 tempo_curve=((0.0, 120.0),), beats_s=beats, beat_confidence=(1.0,) * 64,
                 downbeats_s=downs, beats_per_bar=4,
                 sections=(Section(0.0, 8.0, "verse", 0.5, 4, "4/4"),
                           Section(8.0, 32.0, "chorus", 1.0, 3, "3/4")),
                 onsets_s=beats)
    plan = plan_cuts(bm, fps=Fraction(25), every=1, unit="bar", min_shot_s=0.5, max_shot_s=8.0)
    assert list(plan.cuts_s) == [d for d in downs if d < 31.5]


def test_low_pulse_confidence_cuts_on_an_even_grid_and_says_so():
    """Beats with a pulse confidence below LOW are a guess (noise, no clear beat): the plan
    ignores them (an even grid at the reported tempo from 0 s), with a note; a confident beat
    map with the same beats is planned on them."""
    import dataclasses

    from audio_sync.cuts import confidence_notes, even_grid
    from audio_sync.pulse_confidence import LOW

    rng = np.random.default_rng(3)
    jittered = tuple(sorted(0.1 + 32.0 * rng.random(60)))  # "beats" laid on noise peaks
    bm = dataclasses.replace(_beatmap(bpm=120.0), beats_s=jittered, downbeats_s=jittered[::4])
    fps = Fraction(30)
    sure = plan_cuts(dataclasses.replace(bm, pulse_confidence=1.0), fps=fps, unit="beat",
                     min_shot_s=0.1, accent_downbeats=False)
    unsure_bm = dataclasses.replace(bm, pulse_confidence=LOW / 2)
    unsure = plan_cuts(unsure_bm, fps=fps, unit="beat", min_shot_s=0.1, accent_downbeats=False)
    assert set(sure.cuts_s[1:]) <= set(jittered)  # confident: cuts on the beats
    assert not set(unsure.cuts_s[1:]) & set(jittered)
    assert set(np.diff(unsure.cut_frames)) <= {15}  # every 0.5 s at 120 BPM, 30 fps
    assert confidence_notes(unsure_bm) and confidence_notes(dataclasses.replace(bm, pulse_confidence=1.0)) == []
    assert even_grid(unsure_bm).beats_s[:3] == (0.0, 0.5, 1.0)
    _check_invariants(unsure, unsure_bm, fps, 0.1, 8.0)
