"""P-Q-L (beats.HALF_BEAT_LEARNED, audio_sync.off_half): a learned judge of which half of the bar
an undrummed duple piece's beats sit on."""

from __future__ import annotations

from pathlib import Path

import mir_eval
import numpy as np
import pytest

from audio_sync import beats, off_half

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _benchmarks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))


def _reel():
    from beat_sets import real_excerpt

    return real_excerpt(DATA / "doubled_reel_steeplechase.beats")


def _f(truth: np.ndarray, found: np.ndarray) -> float:
    trim = mir_eval.beat.trim_beats
    return float(mir_eval.beat.f_measure(trim(truth), trim(found)))


def test_p_q_l3_ships_on() -> None:
    assert beats.HALF_BEAT_LEARNED is True  # session 38 record part 14


def test_the_model_reads_harmony_at_the_midpoints_as_the_off_half() -> None:
    neutral = off_half.MEAN.copy()
    changes_between = neutral.copy()
    changes_between[off_half.CUES.index("harmony")] += 3 * off_half.SCALE[0]
    assert off_half.probability_off(neutral) < 0.5 < off_half.probability_off(changes_between)
    assert off_half.MEAN.shape == off_half.SCALE.shape == off_half.WEIGHTS.shape == (len(off_half.CUES),)


def test_cues_of_the_rendered_reel_on_its_half_notes_and_half_a_beat_out() -> None:
    """The tracker's grid on the reel's half notes reads as right, the same grid half a beat
    later as on the off half, and too short a grid gives no cues."""
    from audio_sync.features import compute_features

    reel = _reel()
    feats = compute_features(reel.audio)
    ev = beats.evidence(feats)
    found = np.asarray(beats.track(feats, shared=ev).beats_s)
    assert _f(reel.beats_s, found) >= 0.9
    lead = beats.DETECTOR_LEAD_S

    def p(grid: np.ndarray) -> float:
        values = off_half.cues(feats, ev.act, ev.down, np.asarray(ev.onsets_s), grid, lead_s=lead)
        assert values is not None and values.shape == (len(off_half.CUES),)
        return off_half.probability_off(values)

    assert p(found) < off_half.THRESHOLD
    assert p(found) < p(beats.beats_later_by(found, 0.5, feats.duration_s))
    assert off_half.cues(feats, ev.act, ev.down, np.asarray(ev.onsets_s), found[:10], lead_s=lead) is None


@pytest.mark.parametrize("model_says_off", [False, True])
def test_p_q_l_moves_the_beats_half_a_beat_where_the_model_says_so(
        model_says_off: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync.analysis import _analyze_uncached

    reel = _reel()
    monkeypatch.setattr(beats, "HALF_BEAT_LEARNED", True)
    monkeypatch.setattr(off_half, "probability_off", lambda values: 1.0 if model_says_off else 0.0)
    score = _f(reel.beats_s, np.asarray(_analyze_uncached(reel.audio).beats_s))
    assert score < 0.1 if model_says_off else score >= 0.9


def _eighths(bpm: float, per_beat: int, seconds: float = 20.0) -> tuple[object, np.ndarray]:
    """A melody alone in even eighths, ``per_beat`` to a beat (3: a jig in 6/8), the first of each
    beat a little louder; the features and the beats (with the detector's lead)."""
    from audio_sync.features import compute_features
    from audio_sync.types import DecodedAudio

    rate = 22050
    rng = np.random.default_rng(7)
    step = 60.0 / bpm / per_beat
    n = int(0.9 * step * rate)
    t = np.arange(n) / rate
    shape = np.minimum(1.0, np.minimum(t / 0.008, (t[-1] - t) / 0.008)) * np.exp(-t * 6)
    out = np.zeros(int(seconds * rate))
    for k in range(int(seconds / step) - 1):
        f0 = 220.0 * 2 ** (rng.integers(0, 12) / 12)
        note = sum(np.sin(2 * np.pi * f0 * h * t) / h for h in range(1, 20) if f0 * h < rate / 2)
        a = int(k * step * rate)
        out[a:a + n] += (1.0 if k % per_beat == 0 else 0.6) * note * shape
    audio = DecodedAudio(samples=(0.2 * out / np.max(np.abs(out)))[None, :].astype(np.float32), rate_hz=rate)
    return compute_features(audio), np.arange(0.0, seconds - 0.5, 60.0 / bpm) + beats.DETECTOR_LEAD_S


@pytest.mark.parametrize(("per_beat", "asked"), [(2, True), (3, False)])
def test_p_q_l2_leaves_beats_that_divide_in_three_alone(per_beat: int, asked: bool,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Half a beat is no metrical position in a jig: the model is not asked there (P-Q-L moved
    three used jigs off their beats)."""
    feats, grid = _eighths(100.0, per_beat)
    monkeypatch.setattr(off_half, "probability_off", lambda values: 1.0)
    assert off_half.says_off(feats, beats.evidence(feats), grid, lead_s=beats.DETECTOR_LEAD_S) is asked


@pytest.mark.usefixtures("tracker_between_the_beats")
def test_p_q_l_puts_a_tracker_landing_between_the_reels_beats_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rendered reel with the beat tracker made to land between its beats and P-Q off: the
    model, as fitted, reads the off half and moves the beats back onto the half notes."""
    from audio_sync.analysis import _analyze_uncached

    reel = _reel()
    monkeypatch.setattr(beats, "HALF_BEAT_BY_BARS", False)
    scores = {}
    for on in (False, True):
        monkeypatch.setattr(beats, "HALF_BEAT_LEARNED", on)
        scores[on] = _f(reel.beats_s, np.asarray(_analyze_uncached(reel.audio).beats_s))
    assert scores[False] < 0.1 and scores[True] >= 0.9
