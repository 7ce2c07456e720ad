"""F-U (beats.FAST_UNDRUMMED_HALF): undrummed music in twos or fours tracked above ~170 BPM is
tracked at its half; "undrummed" is the spectral flatness of the high band's strongest rises
(features.Features.flat_high, beats.drums_absent)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio_sync import beats
from audio_sync.analysis import analyze
from audio_sync.features import compute_features
from audio_sync.testsongs import make_song
from audio_sync.types import DecodedAudio

DATA = Path(__file__).parent / "data"
RATE = 22050


def _audio(samples: np.ndarray) -> DecodedAudio:
    return DecodedAudio(samples=samples[None, :].astype(np.float32), rate_hz=RATE)


def _tune(bpm: float, seconds: float = 16.0) -> np.ndarray:
    """Even eighths of a harmonic tone (a reel's melody on a pitched instrument), no drums."""
    rng = np.random.default_rng(3)
    out = np.zeros(int(seconds * RATE))
    step = 30.0 / bpm
    n = int(0.9 * step * RATE)
    t = np.arange(n) / RATE
    # a bowed or blown note's few-ms attack and release: an instant start would be a click
    shape = np.minimum(1.0, np.minimum(t / 0.008, (t[-1] - t) / 0.008)) * np.exp(-t * 6)
    for k in range(int(seconds / step) - 1):
        f0 = 220.0 * 2 ** (rng.integers(0, 12) / 12)
        note = sum(np.sin(2 * np.pi * f0 * h * t) / h for h in range(1, 30) if f0 * h < RATE / 2)
        a = int(k * step * RATE)
        out[a:a + n] += (1.0 if k % 4 == 0 else 0.6) * note * shape
    return 0.2 * out / np.max(np.abs(out))


def test_flatness_is_high_for_noise_and_low_for_harmonics() -> None:
    noise = compute_features(_audio(np.random.default_rng(0).standard_normal(RATE * 4) * 0.1))
    tone = compute_features(_audio(_tune(180.0, 4.0)))
    assert np.median(noise.flat_high) > 0.4  # white noise: ~e^-gamma of a periodogram
    assert np.median(tone.flat_high[tone.rms > 0.01]) < 0.05
    assert noise.flat_high.shape == (noise.n_frames,) and np.all(np.isfinite(tone.flat_high))


def test_drums_are_heard_in_a_drummed_song_and_not_in_a_tune() -> None:
    song, _ = make_song(bpm=176, duration_s=12.0, offbeat_hats=True, rate_hz=RATE, seed=5)
    assert not beats.drums_absent(compute_features(song))
    assert beats.drums_absent(compute_features(_audio(_tune(180.0))))
    silence = compute_features(_audio(np.zeros(RATE * 2)))
    assert beats.drums_absent(silence)  # nothing rises: no drums (and no crash)


@pytest.fixture(scope="module")
def reel():
    from audio_sync.decode import decode_audio

    ann = np.loadtxt(DATA / "doubled_reel_steeplechase.beats", ndmin=2)
    return decode_audio(DATA / "doubled_reel_steeplechase.mp3", mono=True), ann[:, 0]


def _f(ref: np.ndarray, est: tuple[float, ...]) -> float:
    import mir_eval

    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(ref),
                                         mir_eval.beat.trim_beats(np.asarray(est))))


def test_the_rules_doubled_reel_is_halved_with_f_u(reel, monkeypatch) -> None:
    """Without the learned level the rule reads this undrummed 2/2 reel at 188 (its quarter);
    F-U takes it to its half note, on the beats."""
    monkeypatch.setattr(beats, "LEVEL_MODEL", False)
    audio, ann = reel
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", False)
    assert abs(analyze(audio).tempo_bpm / 188.0 - 1) < 0.04
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", True)
    halved = analyze(audio)
    assert abs(halved.tempo_bpm / 94.0 - 1) < 0.04 and _f(ann, halved.beats_s) >= 0.9
    # the creator's own choice still wins: a hint of the quarter is followed
    assert abs(analyze(audio, bpm_hint=188.0).tempo_bpm / 188.0 - 1) < 0.04


def test_a_fast_drummed_song_keeps_its_tempo(monkeypatch) -> None:
    song, truth = make_song(bpm=176, duration_s=16.0, offbeat_hats=True, rate_hz=RATE, seed=5)
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", True)
    assert abs(analyze(song).tempo_bpm / 176.0 - 1) < 0.04


def test_f_u_ships_on() -> None:
    assert beats.FAST_UNDRUMMED_HALF  # F-U3, session 35, record part 4


def test_a_metronome_is_not_a_melody_and_keeps_its_tempo(monkeypatch) -> None:
    """F-U2: a click track at 180 (one or two blip pitches) is its clicks' tempo; a tune
    moving through a scale carries more than MELODY_ENTROPY_MIN_BITS."""
    from tests.audio_sync.test_level_model import _clicks

    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", True)
    for per_bar, accent in ((4, False), (2, True), (4, True)):
        clicks = compute_features(_clicks(180.0, per_bar, accent))
        assert beats.pitch_class_entropy(clicks) < beats.MELODY_ENTROPY_MIN_BITS
        assert abs(beats.track(clicks).tempo_bpm / 180.0 - 1) <= 0.04
    assert beats.pitch_class_entropy(compute_features(_audio(_tune(180.0)))) >= beats.MELODY_ENTROPY_MIN_BITS


def _bass(bpm: float, seconds: float = 16.0) -> np.ndarray:
    """A bass line on every beat at ``bpm`` (root and fifth, 55-82 Hz): a band under a reel."""
    from tests.audio_sync.drum_synth import Mix, note, tone

    mix, step = Mix(seconds), 60.0 / bpm
    for k in range(int(seconds / step) - 1):
        mix.add(k * step, note(tone(0.8 * step), 55.0 if k % 2 == 0 else 82.4, amp=1.0, decay=3.0))
    return mix.y[:int(seconds * RATE)]


def _hats(bpm: float, seconds: float = 16.0) -> np.ndarray:
    """drum_synth's hats (no energy below a few kHz) on every eighth."""
    from tests.audio_sync.drum_synth import Mix, hat

    rng, mix = np.random.default_rng(7), Mix(seconds)
    for k in range(int(seconds * bpm / 30.0) - 1):
        mix.add(k * 30.0 / bpm, hat(rng, 1.0))
    return mix.y[:int(seconds * RATE)]


def test_a_melody_alone_has_no_bass_and_no_drum_noise() -> None:
    tune = _tune(180.0)
    assert beats.melody_alone(compute_features(_audio(tune)))
    with_bass = tune + 0.3 * _bass(180.0) / np.max(np.abs(_bass(180.0)))
    assert not beats.melody_alone(compute_features(_audio(with_bass)))
    # hats far under the melody: the hit test still hears no drums, the noise share does
    with_hats = tune + 0.02 * _hats(180.0) / np.max(np.abs(_hats(180.0)))
    feats = compute_features(_audio(with_hats))
    assert beats.drums_absent(feats) and not beats.melody_alone(feats)


def test_f_u_leaves_a_tune_with_a_bass_at_its_tempo(reel, monkeypatch) -> None:
    """F-U3: the rule's doubled reel (halved alone, above) keeps its quarter with a bass on
    every quarter under it: the bass is the tracker's evidence, not F-U's to overrule."""
    monkeypatch.setattr(beats, "LEVEL_MODEL", False)
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_HALF", True)
    audio, _ = reel
    mono = audio.samples.mean(axis=0)
    bass = _bass(188.0, mono.size / audio.rate_hz)
    if audio.rate_hz != RATE:
        bass = np.interp(np.arange(mono.size) * (RATE / audio.rate_hz), np.arange(bass.size), bass)
    under = 0.5 * np.max(np.abs(mono)) * bass[:mono.size] / np.max(np.abs(bass))
    mixed = DecodedAudio(samples=(mono + under)[None, :].astype(np.float32), rate_hz=audio.rate_hz)
    assert not beats.melody_alone(compute_features(mixed))
    assert abs(analyze(mixed).tempo_bpm / 188.0 - 1) < 0.04
    monkeypatch.setattr(beats, "melody_alone", lambda feats: True)  # F-U2: halved all the same
    assert abs(analyze(mixed).tempo_bpm / 94.0 - 1) < 0.04


def test_f_u_l_halves_a_tune_from_155(monkeypatch) -> None:
    """F-U-L: a melody alone tracked at 158, under F-U's ~170, goes to its half with the lower
    floor and keeps its tempo without it."""
    feats = compute_features(_audio(_tune(158.0)))
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_LOW_FLOOR", False)
    assert abs(beats.track(feats).tempo_bpm / 158.0 - 1) < 0.04
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_LOW_FLOOR", True)
    assert abs(beats.track(feats).tempo_bpm / 79.0 - 1) < 0.04


def _with(audio: DecodedAudio, add: np.ndarray, share: float) -> DecodedAudio:
    """``audio`` (mono) with ``add`` (at RATE) mixed in at ``share`` of its peak."""
    mono = audio.samples.mean(axis=0)
    if audio.rate_hz != RATE:
        add = np.interp(np.arange(mono.size) * (RATE / audio.rate_hz), np.arange(add.size), add)
    under = share * np.max(np.abs(mono)) * add[:mono.size] / np.max(np.abs(add))
    return DecodedAudio(samples=(mono + under)[None, :].astype(np.float32), rate_hz=audio.rate_hz)


def _attacks(bpm: float, seconds: float) -> np.ndarray:
    """A plucked lead's attack noise: a 30 ms burst of noise above a few kHz on every quarter."""
    from tests.audio_sync.drum_synth import Mix

    rng, mix, n = np.random.default_rng(11), Mix(seconds), int(0.03 * RATE)
    for k in range(int(seconds * bpm / 60.0) - 1):
        mix.add(k * 60.0 / bpm, np.diff(rng.standard_normal(n + 2), 2) * np.exp(-np.arange(n) / (0.008 * RATE)))
    return mix.y[:int(seconds * RATE)]


def test_f_u_b_halves_a_bassless_tune_with_noisy_attacks(reel, monkeypatch) -> None:
    """F-U-B: the rule's doubled reel with a plucked lead's attack noise on its quarters is no
    longer a melody alone to F-U3, but it has no bass: halved, on the beats. A kick on its half
    notes puts energy below 200 Hz and F-U-B leaves it."""
    from tests.audio_sync.drum_synth import Mix, kick

    monkeypatch.setattr(beats, "LEVEL_MODEL", False)
    audio, ann = reel
    seconds = audio.samples.shape[-1] / audio.rate_hz
    plucked = _with(audio, _attacks(188.0, seconds), 0.3)
    feats = compute_features(plucked)
    assert not (beats.drums_absent(feats) and beats.melody_alone(feats))
    assert beats.bass_share(feats) < beats.BASSLESS_MAX
    monkeypatch.setattr(beats, "FAST_BASSLESS_HALF", False)
    assert abs(analyze(plucked).tempo_bpm / 188.0 - 1) < 0.04
    monkeypatch.setattr(beats, "FAST_BASSLESS_HALF", True)
    halved = analyze(plucked)
    assert abs(halved.tempo_bpm / 94.0 - 1) < 0.04 and _f(ann, halved.beats_s) >= 0.9
    mix = Mix(seconds)
    for k in range(int(seconds * 94.0 / 60.0) - 1):
        mix.add(k * 60.0 / 94.0, kick())
    kicked = _with(plucked, mix.y[:int(seconds * RATE)], 0.5)
    assert beats.bass_share(compute_features(kicked)) >= beats.BASSLESS_MAX
    on = analyze(kicked).tempo_bpm
    monkeypatch.setattr(beats, "FAST_BASSLESS_HALF", False)
    assert analyze(kicked).tempo_bpm == on


def test_f_u_l_h_ships_off() -> None:
    # passed its rule but kept off: session 38 record part 8
    assert beats.HALVED_PHASE_BY_HARMONY is False and beats.FAST_UNDRUMMED_LOW_FLOOR is False


@pytest.mark.parametrize("judge_says_move", [False, True])
def test_f_u_l_h_moves_the_halved_beats_half_a_beat_where_the_harmony_says_so(
        judge_says_move: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """F-U-L-H: where F-U has halved a melody alone, the harmonic judge's verdict on the half
    notes decides their phase: half a beat later where it would move them, as they were where
    it would not."""
    from audio_sync import phase_judge

    feats = compute_features(_audio(_tune(158.0)))
    monkeypatch.setattr(beats, "FAST_UNDRUMMED_LOW_FLOOR", True)
    monkeypatch.setattr(beats, "HALVED_PHASE_BY_HARMONY", False)
    halved = np.asarray(beats.track(feats).beats_s)
    assert abs(beats.track(feats).tempo_bpm / 79.0 - 1) < 0.04
    monkeypatch.setattr(beats, "HALVED_PHASE_BY_HARMONY", True)
    monkeypatch.setattr(phase_judge, "would_move", lambda *args, **kwargs: judge_says_move)
    found = np.asarray(beats.track(feats).beats_s)
    later = beats.beats_later_by(halved, 0.5, feats.duration_s)
    expected = later if judge_says_move else halved
    assert found.size == expected.size and np.allclose(found, expected, atol=0.03)
