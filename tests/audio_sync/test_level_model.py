"""The learned metrical level choice: its features tell a song's beat level from the
levels around it, the softmax and the margin decide as documented, and the shipped weights fit
the feature set."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.testsongs import make_song


def _inputs(bpm: float, **kw: object):  # noqa: ANN202 - (feats, act, down, grid, tempo)
    from audio_sync import beats
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features

    audio, _ = make_song(bpm=bpm, duration_s=12.0, drumless_breakdown=False, seed=3, **kw)  # type: ignore[arg-type]
    feats = compute_features(audio)
    act, down = (a.astype(np.float64) for a in beat_activation(feats.mel_db))
    env = beats.beat_onset(feats)
    bpm0, grid, level = beats.initial_level(feats, env, act=act)
    return feats, act, down, grid, bpm0, level


def test_features_separate_the_beat_from_the_levels_around_it() -> None:
    from audio_sync.level_model import CANDIDATES, FEATURES, candidate_features

    feats, act, down, grid, bpm0, level = _inputs(100.0)
    assert abs(level - 100.0) <= 4.0
    x, ok = candidate_features(feats, act, down, grid, level, ratio=level / bpm0)
    assert ok[[0, CANDIDATES.index(1.5), CANDIDATES.index(2.0)]].all() and np.isfinite(x[ok]).all()
    assert not ok[CANDIDATES.index(0.5)]  # 50 BPM: below the tracker's range
    col = {name: x[:, k] for k, name in enumerate(FEATURES)}
    others = [k for k in range(1, len(CANDIDATES)) if ok[k]]
    # The activation peaks on the beats and repeats at their period: x1 has the highest mean
    # activation on its pulses and the highest autocorrelation at its period; x2's pulses
    # alternate beat / eighth (parity near 0), x1's do not.
    assert all(col["act_level"][0] > col["act_level"][k] + 0.3 for k in others)
    assert all(col["act_acf"][0] > col["act_acf"][k] + 0.5 for k in others)
    assert col["act_parity"][0] > 0.9 > 0.1 > col["act_parity"][CANDIDATES.index(2.0)]
    onehots = x[:, FEATURES.index("is_half"):FEATURES.index("is_four_thirds") + 1]
    assert (onehots[ok].sum(axis=1) == [0] + [1] * (int(ok.sum()) - 1)).all()


def test_levels_outside_the_tempo_range_are_not_candidates() -> None:
    from audio_sync.level_model import CANDIDATES, candidate_features

    feats, act, down, grid, bpm0, level = _inputs(180.0)
    _, ok = candidate_features(feats, act, down, grid, level, ratio=level / bpm0)
    assert not ok[CANDIDATES.index(2.0)] and not ok[CANDIDATES.index(1.5)]  # 270, 360 BPM
    assert ok[0]


def _model(weights: np.ndarray, margin: float) -> dict[str, object]:
    n = weights.size
    return {"mean": np.zeros(n), "scale": np.ones(n), "weights": weights, "margin": margin}


def test_softmax_and_margin() -> None:
    from audio_sync.level_model import N_FEATURES, decide, probabilities

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((5, N_FEATURES))
    x[:, 0] = [0.0, 0.0, 0.0, 0.0, 2.0]  # candidate x2 scores highest
    ok = np.array([True, True, True, False, True])
    p = probabilities(_model(w, 0.0), x, ok)
    assert p.sum() == pytest.approx(1.0) and p[3] == 0.0 and int(np.argmax(p)) == 4
    assert decide(_model(w, 0.0), x, ok) == 4
    assert decide(_model(w, 0.9), x, ok) == 0  # not confident enough: the tracker's level stays
    assert decide(_model(w, 0.0), x, np.array([False, True, True, True, True])) == 0


def test_x2_margin_applies_to_the_double_only() -> None:
    # beats.LEVEL_X2_MARGIN: x2 needs to beat x1 by x2_margin, every other level by the margin.
    from audio_sync.level_model import CANDIDATES, FEATURES, N_FEATURES, decide, probabilities

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((5, N_FEATURES))
    ok = np.ones(5, dtype=bool)
    double, half = CANDIDATES.index(2.0), CANDIDATES.index(0.5)
    x[double, 0] = 1.0
    lead = float(np.diff(probabilities(_model(w, 0.0), x, ok)[[0, double]])[0])
    assert 0.25 < lead < 0.4  # between the two margins
    assert decide(_model(w, 0.4), x, ok) == 0
    assert decide({**_model(w, 0.4), "x2_margin": 0.25}, x, ok) == double
    backbeat = FEATURES.index("backbeat")
    x[0, backbeat] = 0.5  # kick and snare alternate on the x1 beats: the model's margin holds
    assert decide({**_model(w, 0.4), "x2_margin": 0.25, "x2_backbeat_max": 0.22}, x, ok) == 0
    x[0, backbeat] = 0.0
    x[[double, half]] = x[[half, double]]  # the same lead at x1/2: the model's margin holds
    assert decide({**_model(w, 0.4), "x2_margin": 0.25}, x, ok) == 0


def test_a_model_chooses_only_among_its_own_levels() -> None:
    """Session 9's weights (no "levels" key) never pick x3/4 or x4/3, the later candidates."""
    from audio_sync.level_model import CANDIDATES, N_FEATURES, decide

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((len(CANDIDATES), N_FEATURES))
    x[CANDIDATES.index(0.75), 0] = 5.0
    ok = np.ones(len(CANDIDATES), dtype=bool)
    assert decide(_model(w, 0.0), x, ok) == 0
    assert decide({**_model(w, 0.0), "levels": len(CANDIDATES)}, x, ok) == CANDIDATES.index(0.75)


def test_the_skip_guard_at_three_quarters_can_be_switched_off() -> None:
    """x3/4 with no skip evidence: blocked by the skip guard unless the model says it has none
    there (session 10's V7f: the guard measured the wrong beats at x3/4)."""
    from audio_sync.level_model import CANDIDATES, N_FEATURES, SKIP, decide

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((len(CANDIDATES), N_FEATURES))
    x[CANDIDATES.index(0.75), 0] = 5.0
    x[:, SKIP] = 0.0  # the kept beats no stronger than the skipped ones
    ok = np.ones(len(CANDIDATES), dtype=bool)
    model = {**_model(w, 0.0), "levels": len(CANDIDATES), "skip_min": float(np.log(1.25))}
    assert decide(model, x, ok) == 0
    assert decide({**model, "skip_three_quarters": False}, x, ok) == CANDIDATES.index(0.75)
    x[CANDIDATES.index(0.75), 0], x[CANDIDATES.index(0.5), 0] = 0.0, 5.0  # x1/2 keeps its guard
    assert decide({**model, "skip_three_quarters": False}, x, ok) == 0


def test_shipped_weights_match_the_features() -> None:
    from audio_sync import beats
    from audio_sync._level_model_weights import FEATURES as SHIPPED
    from audio_sync._level_model_weights import MODEL
    from audio_sync.level_model import FEATURES, N_FEATURES

    assert tuple(SHIPPED) == FEATURES
    for key in ("mean", "scale", "weights"):
        assert len(MODEL[key]) == N_FEATURES  # type: ignore[arg-type]
    assert 0.0 <= float(MODEL["margin"]) < 1.0  # type: ignore[arg-type]
    assert isinstance(beats.LEVEL_MODEL, bool)
    # Shipped on only with the skip guard (a plain click track is never halved).
    assert not beats.LEVEL_MODEL or 0.0 < float(MODEL["skip_min"]) < 1.0  # type: ignore[arg-type]
    # ... and the backbeat guard (a funk groove keeps its level).
    assert not beats.LEVEL_MODEL or 0.0 < float(MODEL["backbeat_min"]) < 1.0  # type: ignore[arg-type]


def test_a_slower_level_needs_weaker_skipped_beats() -> None:
    """The skip guard: x1/2 wins the softmax, but the beats it would skip are as strong as
    those it keeps (a click track): the tracker's level stands; with them weaker it switches."""
    from audio_sync.level_model import FEATURES, N_FEATURES, decide

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((5, N_FEATURES))
    x[:, 0] = [0.0, 3.0, 0.0, 0.0, 0.0]  # candidate x1/2 scores highest
    ok = np.ones(5, dtype=bool)
    guarded = {**_model(w, 0.0), "skip_min": float(np.log(1.25))}
    assert decide(_model(w, 0.0), x, ok) == 1  # no guard: halves
    assert decide(guarded, x, ok) == 0  # skipped beats as strong as kept: stays
    x[1, FEATURES.index("skip_lm")] = 0.5  # kept beats 65 % stronger in the low+mid onsets
    assert decide(guarded, x, ok) == 1



def test_a_faster_level_needs_strong_added_pulses() -> None:
    """The add guard: x2 wins the softmax, but the pulses it adds are much weaker than the
    beats (nothing between the clicks): the tracker's level stands; with them about as strong
    in either envelope (or in both, ``add_both``) it switches."""
    from audio_sync.level_model import FEATURES, N_FEATURES, decide

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((5, N_FEATURES))
    x[:, 0] = [0.0, 0.0, 0.0, 0.0, 3.0]  # candidate x2 scores highest
    x[4, FEATURES.index("add_act")] = x[4, FEATURES.index("add_lm")] = 2.0  # beats 7x the added pulses
    ok = np.ones(5, dtype=bool)
    either = {**_model(w, 0.0), "add_max": float(np.log(1.25))}
    both = {**either, "add_both": True}
    assert decide(_model(w, 0.0), x, ok) == 4  # no guard: doubles
    assert decide(either, x, ok) == 0 and decide(both, x, ok) == 0
    x[4, FEATURES.index("add_lm")] = 0.1  # added pulses 90 % of the beats in the low+mid onsets
    assert decide(either, x, ok) == 4 and decide(both, x, ok) == 0
    x[4, FEATURES.index("add_act")] = 0.0
    assert decide(both, x, ok) == 4
    # beats.LEVEL_ADD_LOOSE (ADD_MAX_LOOSE, log 1.5): added pulses at 3/4 of the beats' strength
    # in both envelopes pass it, not the model's log 1.25; at 1/2 neither lets them through.
    from audio_sync.level_model import ADD_MAX_LOOSE

    loose = {**either, "add_max": ADD_MAX_LOOSE}
    x[4, FEATURES.index("add_act")] = x[4, FEATURES.index("add_lm")] = float(np.log(4 / 3))
    assert decide(either, x, ok) == 0 and decide(loose, x, ok) == 4
    x[4, FEATURES.index("add_act")] = x[4, FEATURES.index("add_lm")] = float(np.log(2.0))
    assert decide(loose, x, ok) == 0


def _clicks(bpm: float, per_bar: int, accent: bool, seconds: float = 16.0):  # noqa: ANN202
    """A metronome: one decaying blip per beat, the downbeat a fifth higher and louder."""
    from audio_sync.types import DecodedAudio

    sr, n = 44100, int(seconds * bpm / 60)
    y = np.zeros(int(seconds * sr) + sr, np.float32)
    for i in range(n):
        strong = accent and i % per_bar == 0
        c = np.hanning(800)[400:] * np.sin(np.arange(400) * (0.45 if strong else 0.3))
        s = int(round(i * 60.0 / bpm * sr))
        y[s:s + 400] += c * (1.0 if strong or not accent else 0.6)
    return DecodedAudio(samples=np.vstack([y, y]), rate_hz=sr)


@pytest.mark.parametrize("bpm", [60.0, 90.0, 120.0, 150.0, 180.0])
def test_click_tracks_keep_their_level(bpm: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the learned level on, a plain click track and a metronome in 2/4, 3/4 and 4/4 are
    tracked at the click's tempo (session 7's model halved the plain clicks at 120 and 150)."""
    from audio_sync import beats
    from audio_sync.features import compute_features

    monkeypatch.setattr(beats, "LEVEL_MODEL", True)
    for per_bar, accent in ((4, False), (2, True), (3, True), (4, True)):
        tempo = beats.track(compute_features(_clicks(bpm, per_bar, accent))).tempo_bpm
        assert abs(tempo / bpm - 1.0) <= 0.04, f"{bpm} BPM, {per_bar} per bar, accent {accent}: {tempo:.1f}"


def test_added_pulses_of_a_click_track() -> None:
    """The add ratios measure the audio: at 60 BPM clicks the pulses x2 adds fall between the
    clicks (ratio far above log 1.25); the same clicks at 120 BPM tracked at 60 have x2's added
    pulses on clicks as strong as the beats (about 0)."""
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features
    from audio_sync.level_model import ADD, CANDIDATES, candidate_features

    grid = np.arange(1.0, 15.0, 1.0)
    for bpm, low in ((60.0, True), (120.0, False)):
        feats = compute_features(_clicks(bpm, 4, False))
        act, down = (a.astype(np.float64) for a in beat_activation(feats.mel_db))
        x, ok = candidate_features(feats, act, down, grid, 60.0)
        add = x[CANDIDATES.index(2.0), ADD]
        assert ok[CANDIDATES.index(2.0)]
        if low:
            assert add.min() > 2.0 * np.log(1.25), add
        else:
            assert np.abs(add).max() < 0.5 * np.log(1.25), add


def test_a_backbeat_on_the_beats_keeps_the_level() -> None:
    """The backbeat guard: x2 wins the softmax, but kick and snare alternate on x1's beats
    (``backbeat`` above ``backbeat_min``): the tracker's level stands; without it, it doubles."""
    from audio_sync.level_model import BACKBEAT, N_FEATURES, decide

    w = np.zeros(N_FEATURES)
    w[0] = 1.0
    x = np.zeros((5, N_FEATURES))
    x[:, 0] = [0.0, 0.0, 0.0, 0.0, 3.0]  # candidate x2 scores highest
    ok = np.ones(5, dtype=bool)
    guarded = {**_model(w, 0.0), "backbeat_min": float(np.log(1.25))}
    x[0, BACKBEAT] = 1.0  # kick 2.7x stronger on one parity of x1's beats, snare on the other
    assert decide(_model(w, 0.0), x, ok) == 4 and decide(guarded, x, ok) == 0
    x[0, BACKBEAT] = 0.1
    assert decide(guarded, x, ok) == 4


def test_backbeat_marks_the_quarter_of_a_funk_groove(monkeypatch: pytest.MonkeyPatch) -> None:
    """On test_band_phase's funk groove (kick on 1, snare on 2 and 4, off-beat chords and
    bass) only x1 carries a backbeat, and with the learned level on the groove keeps its 96 BPM:
    session 8's model without this guard doubled it to 192."""
    from audio_sync import beats
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features
    from audio_sync.grooves import groove
    from audio_sync.level_model import BACKBEAT, candidate_features

    feats = compute_features(groove(96.0)[0])
    act, down = (a.astype(np.float64) for a in beat_activation(feats.mel_db))
    bpm0, grid, level = beats.initial_level(feats, beats.beat_onset(feats), act=act)
    assert abs(level / 96.0 - 1.0) <= 0.04
    x, ok = candidate_features(feats, act, down, grid, level, ratio=level / bpm0)
    assert x[0, BACKBEAT] > 2.0 * np.log(1.25)
    assert (x[1:, BACKBEAT][ok[1:]] < np.log(1.25)).all(), x[:, BACKBEAT]
    monkeypatch.setattr(beats, "LEVEL_MODEL", True)
    assert abs(beats.track(feats).tempo_bpm / 96.0 - 1.0) <= 0.04


def test_l_mod_weights_match_the_features_and_ship_off() -> None:
    """L-MOD's weights (the level refitted with licence-clean productions, record s41) read the
    same features with the shipped guards; the switch ships off until its rule passes."""
    from audio_sync import beats
    from audio_sync._level_model_weights_modules import FEATURES as LMOD
    from audio_sync._level_model_weights_modules import MODEL
    from audio_sync.level_model import FEATURES, N_FEATURES

    assert tuple(LMOD) == FEATURES
    for key in ("mean", "scale", "weights"):
        assert len(MODEL[key]) == N_FEATURES  # type: ignore[arg-type]
    assert float(MODEL["margin"]) == 0.4  # type: ignore[arg-type]
    assert 0.0 < float(MODEL["skip_min"]) < 1.0  # type: ignore[arg-type]
    assert MODEL["skip_three_quarters"] is False and MODEL["levels"] == 7
    assert beats.LEVEL_MODEL_MODULES is False


def test_l_mod_switch_reads_its_own_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    """With LEVEL_MODEL_MODULES on, choose() decides with L-MOD's model, not the shipped one: a
    model that always prefers x1/2 (all weight on is_half) halves only when it is the one read."""
    import audio_sync._level_model_weights_modules as lmod
    from audio_sync import beats
    from audio_sync.features import compute_features
    from audio_sync.level_model import FEATURES, choose

    halving = dict(lmod.MODEL, weights=tuple(20.0 if f == "is_half" else 0.0 for f in FEATURES),
                   mean=(0.0,) * len(FEATURES), scale=(1.0,) * len(FEATURES), skip_min=-np.inf)
    monkeypatch.setattr(lmod, "MODEL", halving)
    feats = compute_features(_clicks(120.0, 4, False))
    from audio_sync.activation import beat_activation

    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    grid = np.arange(0.5, feats.duration_s - 0.5, 0.5)
    monkeypatch.setattr(beats, "LEVEL_MODEL_MODULES", False)
    assert choose(feats, act, grid, 120.0) != 60.0
    monkeypatch.setattr(beats, "LEVEL_MODEL_MODULES", True)
    assert choose(feats, act, grid, 120.0) == 60.0
