"""The creator's tempo hint and metre (#15): a hint picks the metrical level, auto is unchanged,
bad options are refused, the other readings (alt_bpm, alt2_bpm) are reported, old beat maps still load."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from audio_sync.analysis import analyze, audio_hash
from audio_sync.errors import AnalysisError
from audio_sync.tempo_hint import alternatives, hinted_level
from audio_sync.types import BeatMap

DATA = Path(__file__).parent / "data"
REEL = DATA / "doubled_reel_steeplechase.mp3"  # 2/2 reel annotated at 94 BPM, the rule tracks 188


@pytest.fixture(scope="module")
def reel():
    from audio_sync.decode import decode_audio

    ann = np.loadtxt(DATA / "doubled_reel_steeplechase.beats", ndmin=2)
    return decode_audio(REEL, mono=True), ann[:, 0]


def _f(ref: np.ndarray, est: tuple[float, ...]) -> float:
    import mir_eval

    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(ref),
                                         mir_eval.beat.trim_beats(np.asarray(est))))


def test_the_learned_level_reads_the_reel_at_its_half_note(reel):
    """The rule alone doubles this reel; the learned level (beats.LEVEL_MODEL) halves it back."""
    audio, ann = reel
    auto = analyze(audio)
    assert abs(auto.tempo_bpm / 94.0 - 1) < 0.04 and _f(ann, auto.beats_s) >= 0.9


def test_a_rough_hint_fixes_a_doubled_reel(reel, monkeypatch):
    from audio_sync import beats

    monkeypatch.setattr(beats, "LEVEL_MODEL", False)  # the rule's doubled reading, for the hint
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", False)  # the premise: the doubled reading
    audio, ann = reel
    auto = analyze(audio)
    assert abs(auto.tempo_bpm / 188.0 - 1) < 0.04 and _f(ann, auto.beats_s) < 0.7  # doubled
    hinted = analyze(audio, bpm_hint=90.0)  # a creator tapping the half note, 4 % slow
    assert abs(hinted.tempo_bpm / 94.0 - 1) < 0.04
    assert _f(ann, hinted.beats_s) >= 0.9
    assert hinted.bpm_hint == 90.0 and len(hinted.tempo_curve) == len(hinted.beats_s) - 1


def test_the_other_reading_names_the_annotated_tempo(reel, monkeypatch):
    from audio_sync import beats

    monkeypatch.setattr(beats, "LEVEL_MODEL", False)  # the rule's doubled reading
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", False)  # the premise: the doubled reading
    audio, _ = reel
    auto = analyze(audio)
    assert abs(auto.alt_bpm / 94.0 - 1) < 0.04 and 0 < auto.alt_score <= 1
    assert auto.alt2_bpm > 0 and 0 < auto.alt2_score <= auto.alt_score
    assert auto.tempo_text() == f"{auto.tempo_bpm:.0f} BPM (or {auto.alt_bpm:.0f} or {auto.alt2_bpm:.0f})"
    # hinted to the half note, the other reading is the double
    hinted = analyze(audio, bpm_hint=94.0)
    assert abs(hinted.alt_bpm / 188.0 - 1) < 0.04


def test_auto_is_identical_to_the_code_before_the_hint(reel, monkeypatch):
    """Beat maps made by 42d9842 (before bpm_hint existed): every field it had is unchanged.
    The tracker runs with session 7's beat net (``data/beat_tcn_s7.npz``, the weights of
    8aa80d1) and without session 8's half-beat check, so a retrained net does not void it."""
    from audio_sync import activation, beats
    from audio_sync.testsongs import make_song

    monkeypatch.setattr(activation, "_WEIGHTS", activation.read_weights(DATA / "beat_tcn_s7.npz"))
    monkeypatch.setattr(beats, "ACT_PHASE", False)
    monkeypatch.setattr(beats, "ACT_WEIGHT", 1.0)
    monkeypatch.setattr(beats, "LEVEL_MODEL", False)  # session 9's learned level came later
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", False)  # F-U (session 31) came later
    monkeypatch.setattr(beats, "HALF_TIME_PLAIN_KICK", False)  # H-K (session 32) too
    monkeypatch.setattr(beats, "PLAIN_KICK_NO_MIDPOINT_FLOOR", False)  # H-K-F (session 33) too
    monkeypatch.setattr(beats, "KICKS_AFTER_DBN", False)  # K-D-DBN (session 33) too
    monkeypatch.setattr(beats, "LEVEL_CHECKS_AFTER_DBN", False)  # L-DBN (session 33) too
    monkeypatch.setattr(beats, "KICKS_AROUND_SNARES", False)  # K-S (session 34) too
    monkeypatch.setattr(beats, "HALF_TIME_ALTERNATING_KICK", False)  # H-K-A (session 34) too
    monkeypatch.setattr(beats, "HALF_BEAT_BY_BARS", False)  # P-Q (session 32) too
    monkeypatch.setattr(beats, "DOWNBEAT_MODEL", False)  # session 29's learned bar phase too
    monkeypatch.setattr(beats, "PLACEMENT_NET_FINAL", False)  # P-NET-F (session 40) too
    monkeypatch.setattr(beats, "REPLACE_FINAL", False)  # R-F (session 40) too
    monkeypatch.setattr(beats, "KICK_PHASE_GUARDED", False)  # K-P-B (session 42) too

    ref = json.loads((DATA / "auto_beatmaps_42d9842.json").read_text())
    song, _ = make_song(bpm=132, duration_s=12.0, offbeat_hats=True, stabs=True, seed=7)
    for name, audio in (("reel", reel[0]), ("song132", song)):
        for now in (analyze(audio).to_dict(), analyze(audio, bpm_hint=0, beats_per_bar=0).to_dict()):
            assert _close({k: now[k] for k in ref[name]}, ref[name]), name


def _close(now: object, ref: object) -> bool:
    """Equal field by field, floats to one part in a million: the maps were recorded with other
    numpy and BLAS builds, which move the last digits (1e-9 s, 1e-6 BPM) but never a beat."""
    if isinstance(ref, dict):
        return isinstance(now, dict) and now.keys() == ref.keys() and all(_close(now[k], ref[k]) for k in ref)
    if isinstance(ref, list):
        return isinstance(now, list) and len(now) == len(ref) and all(_close(a, b) for a, b in zip(now, ref, strict=True))
    if isinstance(ref, float) and isinstance(now, (int, float)):
        return abs(now - ref) <= 1e-6 * max(1.0, abs(ref))
    return now == ref


def test_a_wrong_octave_hint_is_followed(reel):
    """The creator asked for the double (or a tempo no level is near): the beats follow it."""
    audio, _ = reel
    assert abs(analyze(audio, bpm_hint=376.0 / 2).tempo_bpm / 188.0 - 1) < 0.04
    assert abs(analyze(audio, bpm_hint=47.0).tempo_bpm / 47.0 - 1) < 0.04


@pytest.mark.parametrize("kwargs, name", [({"bpm_hint": 12.0}, "bpm_hint"),
                                          ({"bpm_hint": 301.0}, "bpm_hint"),
                                          ({"bpm_hint": float("nan")}, "bpm_hint"),
                                          ({"bpm_hint": -90.0}, "bpm_hint"),
                                          ({"beats_per_bar": 1}, "beats_per_bar"),
                                          ({"beats_per_bar": 13}, "beats_per_bar")])
def test_bad_options_are_refused_by_name(song_120, kwargs, name):
    audio, _ = song_120
    with pytest.raises(AnalysisError, match=name):
        analyze(audio, **kwargs)


def test_beats_per_bar_fixes_the_bar(song_120):
    audio, truth = song_120
    bm = analyze(audio, beats_per_bar=3)
    bars = np.diff(np.searchsorted(np.asarray(bm.beats_s), np.asarray(bm.downbeats_s) - 1e-6))
    assert bm.beats_per_bar == 3 and bars.size >= 3 and set(bars.tolist()) == {3}
    assert analyze(audio).beats_per_bar == truth.beats_per_bar == 4  # auto still finds 4/4


def test_old_beat_map_dicts_still_load(song_120):
    d = analyze(song_120[0]).to_dict()
    old = {k: v for k, v in d.items()
           if k not in ("alt_bpm", "alt_score", "bpm_hint", "hint_beats_per_bar", "alt2_bpm", "alt2_score")}
    bm = BeatMap.from_dict(old)
    assert bm.alt_bpm == bm.alt2_bpm == 0.0 and bm.bpm_hint == 0.0 and bm.beats_s == tuple(d["beats_s"])
    assert bm.tempo_text() == f"{bm.tempo_bpm:.0f} BPM"
    assert BeatMap.from_dict(bm.to_dict()) == bm


def test_cache_keeps_auto_names_and_splits_hints(song_120, tmp_path):
    audio, _ = song_120
    auto_file = tmp_path / f"{audio_hash(audio)}.json"
    first = analyze(audio, cache_dir=tmp_path)
    assert first.alt_bpm > 0 and json.loads(auto_file.read_text())["alt_bpm"] == first.alt_bpm
    auto_file.write_text(json.dumps({**first.to_dict(), "alt_bpm": 123.0}))
    assert analyze(audio, cache_dir=tmp_path).alt_bpm == 123.0  # served from the entry
    hinted = analyze(audio, cache_dir=tmp_path, bpm_hint=60.0)
    assert sorted(p.name for p in tmp_path.glob("*.json")) == sorted(
        [auto_file.name, f"{audio_hash(audio)}-hint60.json"])
    assert analyze(audio, cache_dir=tmp_path, bpm_hint=60.0) == hinted
    assert abs(hinted.tempo_bpm - 60) < 3 and abs(analyze(audio, cache_dir=tmp_path).tempo_bpm - 120) < 3


def test_the_level_nearest_the_hint():
    assert hinted_level(176.0, 90.0) == 88.0     # half
    assert hinted_level(120.0, 85.0) == 80.0     # 2:3, 6 % off
    assert hinted_level(120.0, 120.0) == 120.0
    assert hinted_level(90.0, 130.0) == 135.0    # 3:2
    assert hinted_level(100.0, 90.0) == 90.0     # 10 % from the nearest level: the hint itself


def test_a_hinted_curve_stays_at_the_hinted_level():
    from audio_sync.tempo_hint import keep_level

    ramp = np.linspace(80.0, 100.0, 50)  # a real accelerando around a 90 BPM hint: kept
    assert keep_level(ramp, 90.0) is ramp
    assert keep_level(np.full(50, 118.0), 86.0) == 86.0  # back at the quarters: steady hint
    assert keep_level(88.0, 86.0) == 88.0


def test_the_two_other_readings_are_the_strongest_levels_but_the_tracked_one():
    """Strongest first, each scored against the strongest level (the tracked one may be weaker:
    the level rules overrule salience); three eighths and a third are offered too."""
    scores = [(117.0, 0.5), (39.0, 0.1), (58.5, 0.3), (78.0, 0.2), (87.8, 0.8), (156.0, 0.4),
              (175.5, 0.6), (234.0, 0.05), (351.0, 0.0)]
    assert alternatives(scores, 117.0) == [(87.8, 1.0), (175.5, pytest.approx(0.75))]
    assert alternatives(scores, 117.0, n=3)[2] == (156.0, pytest.approx(0.5))
    assert alternatives([(120.0, 0.9)], 120.0) == [] and alternatives([], 120.0) == []
    assert alternatives([(120.0, 0.0), (60.0, 0.0)], 120.0) == []
