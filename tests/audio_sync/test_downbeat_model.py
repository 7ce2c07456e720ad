"""The learned downbeat score (audio_sync/downbeat_model.py, beats.DOWNBEAT_MODEL): its window
cues, its context features, its numpy tree walk, the shipped trees on a generated song, and a
metre change it follows."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import beats as beats_mod
from audio_sync import downbeat_model, meter


def test_window_change_is_the_cosine_distance_of_the_means_before_and_after() -> None:
    rng = np.random.default_rng(7)
    rows = rng.random((5, 400))
    beats_s = np.sort(rng.choice(np.arange(10, 390), 30, replace=False)) / 20.0  # frame rate 20 Hz
    got = meter._window_change(rows, beats_s, 20.0, 2)
    idx = np.round(beats_s * 20.0).astype(int)
    for k in range(beats_s.size):
        a, b = idx[max(k - 2, 0)], idx[k]
        c = idx[k + 2] if k + 2 < beats_s.size else rows.shape[1]
        if b - a < 2 or c - b < 2:
            assert got[k] == 0.0
            continue
        u, v = rows[:, a:b].mean(axis=1), rows[:, b:c].mean(axis=1)
        assert got[k] == pytest.approx(1.0 - u @ v / (np.linalg.norm(u) * np.linalg.norm(v)), abs=1e-9)
    assert got[0] == 0.0  # nothing before the first beat


def test_phase_by_model_moves_each_one_metre_stretch_to_the_scores_offset() -> None:
    path = [(4, p % 4) for p in range(12)] + [(3, p % 3) for p in range(9)]
    score = np.zeros(21)
    score[[1, 5, 9]] = 2.0  # the 4/4 stretch: bars start on its second beat
    score[[12, 15, 18]] = 1.0  # the 3/4 stretch: the path's own phase
    got = meter.phase_by_model(path, score)
    assert [m for m, _p in got] == [m for m, _p in path]  # the metres are the path's
    assert [i for i, (_m, p) in enumerate(got) if p == 0] == [1, 5, 9, 12, 15, 18]
    flat = meter.phase_by_model(path, np.zeros(21))  # no preference: the path stays
    assert flat == path
    short = [(4, 0), (4, 1), (4, 2)]  # shorter than a bar: kept
    assert meter.phase_by_model(short, np.array([0.0, 5.0, 0.0])) == short


def test_context_features_hold_each_beat_and_its_neighbours() -> None:
    cues = np.arange(12, dtype=float).reshape(6, 2)  # beat k's cues: 2k, 2k + 1
    x = downbeat_model.context_features(cues, radius=2)
    assert x.shape == (6, 2 * 5)
    np.testing.assert_array_equal(x[:, :2], cues)
    np.testing.assert_array_equal(x[3, 2:4], cues[1])  # d = -2
    np.testing.assert_array_equal(x[3, 4:6], cues[2])  # d = -1
    np.testing.assert_array_equal(x[3, 6:8], cues[4])  # d = +1
    np.testing.assert_array_equal(x[3, 8:10], cues[5])  # d = +2
    np.testing.assert_array_equal(x[0, 2:6], np.zeros(4))  # before the song: zeros
    np.testing.assert_array_equal(x[5, 6:10], np.zeros(4))


def test_log_odds_walks_every_tree_and_sums_the_leaves() -> None:
    # tree 0: x0 <= 0.5 -> -1, else (x1 <= 2 -> 0.5, else 2); tree 1: one leaf, 0.25
    trees = {
        "feature": np.array([0, 0, 1, 0, 0, 0]), "threshold": np.array([0.5, 0, 2.0, 0, 0, 0]),
        "left": np.array([1, 1, 3, 3, 4, 5]), "right": np.array([2, 1, 4, 3, 4, 5]),
        "is_leaf": np.array([False, True, False, True, True, True]),
        "value": np.array([0, -1.0, 0, 0.5, 2.0, 0.25]), "roots": np.array([0, 5]),
        "max_depth": np.array(2), "baseline": np.array(0.1),
    }
    x = np.array([[0.2, 9.0], [0.9, 1.0], [0.9, 3.0], [0.5, 3.0]])
    np.testing.assert_allclose(downbeat_model.log_odds(x, trees), [-0.65, 0.85, 2.35, -0.65])


def test_the_shipped_trees_read_the_model_cues_and_give_a_zscore() -> None:
    trees = downbeat_model._trees()
    width = len(meter.MODEL_CUES) * (2 * downbeat_model.CONTEXT + 1)
    inner = ~trees["is_leaf"]
    assert inner.any() and int(trees["feature"][inner].max()) < width
    assert trees["roots"].size >= 50  # a fitted ensemble, not a placeholder
    z = downbeat_model.score(np.random.default_rng(3).standard_normal((64, len(meter.MODEL_CUES))))
    assert np.isfinite(z).all() and abs(z.mean()) < 1e-9 and z.std() == pytest.approx(1.0)
    assert downbeat_model.score(np.zeros((0, len(meter.MODEL_CUES)))).size == 0


@pytest.fixture(scope="module")
def pop_song():  # noqa: ANN201
    from audio_sync.features import compute_features
    from audio_sync.testsongs import make_song

    audio, truth = make_song(bpm=112.0, duration_s=30.0, seed=29)
    return compute_features(audio), np.asarray(truth.beats_s), np.asarray(truth.downbeats_s)


def test_with_the_model_a_generated_songs_bars_are_found(pop_song, monkeypatch) -> None:
    assert beats_mod.DOWNBEAT_MODEL  # shipped on (session 29, form D)
    feats, beats_s, downs_true = pop_song
    ev = beats_mod.evidence(feats)
    monkeypatch.setattr(beats_mod, "DOWNBEAT_MODEL", True)
    bpb, downs = meter.find_downbeats(feats, beats_s, down=ev.down)
    assert bpb == 4
    hits = sum(np.min(np.abs(downs - t)) < 0.07 for t in downs_true)
    assert hits >= 0.9 * downs_true.size


def test_with_the_model_a_three_four_section_inside_four_four_is_followed(monkeypatch) -> None:
    """With the model's score in the bar Viterbi (session 29's first form) the 3/4 section of
    test_meter's glued song was counted in fours; the hand cues now choose the metre."""
    from audio_sync.analysis import analyze
    from audio_sync.meter import bar_metres

    from .test_meter import _glued

    audio, _downs, spans = _glued([(100.0, 8, 4), (100.0, 8, 3), (128.0, 8, 4)], seed=41)
    monkeypatch.setattr(beats_mod, "DOWNBEAT_MODEL", True)
    bm = analyze(audio)
    est = np.asarray(bm.downbeats_s)
    counts = bar_metres(np.asarray(bm.beats_s), est)
    start, bpb = spans[1]
    inner = (est > start + 2 * bpb * 0.6) & (est < spans[2][0] - 2 * bpb * 0.6)
    assert inner.sum() >= 3 and np.mean(counts[inner] == 3) >= 0.8, counts[inner]


@pytest.mark.parametrize("metre_by_model", [False, True])
def test_form_e_takes_the_models_bars_only_where_both_hold_one_metre(pop_song, monkeypatch,
                                                                     metre_by_model) -> None:
    """DOWNBEAT_MODEL_METRE (form E, on since session 30): a generated 4/4 song keeps its bars either way, and
    the glued 4/4 -> 3/4 -> 4/4 song, whose metre changes by the hand cues, keeps theirs."""
    from audio_sync.analysis import analyze
    from audio_sync.meter import bar_metres

    from .test_meter import _glued

    assert beats_mod.DOWNBEAT_MODEL_METRE  # shipped on (session 30)
    monkeypatch.setattr(beats_mod, "DOWNBEAT_MODEL_METRE", metre_by_model)
    feats, beats_s, downs_true = pop_song
    bpb, downs = meter.find_downbeats(feats, beats_s, down=beats_mod.evidence(feats).down)
    assert bpb == 4 and sum(np.min(np.abs(downs - t)) < 0.07 for t in downs_true) >= 0.9 * downs_true.size
    audio, _d, spans = _glued([(100.0, 8, 4), (100.0, 8, 3), (128.0, 8, 4)], seed=41)
    bm = analyze(audio)
    est = np.asarray(bm.downbeats_s)
    counts = bar_metres(np.asarray(bm.beats_s), est)
    start, bpb3 = spans[1]
    inner = (est > start + 2 * bpb3 * 0.6) & (est < spans[2][0] - 2 * bpb3 * 0.6)
    assert inner.sum() >= 3 and np.mean(counts[inner] == 3) >= 0.8, counts[inner]


@pytest.mark.parametrize("metre_by_model", [False, True])
def test_form_e_takes_the_models_metre_where_its_own_path_holds_one(monkeypatch, metre_by_model) -> None:
    """Hand cues peak every fourth beat, the model every third: D keeps the hand cues' 4/4 and
    lets the model choose only the phase; E takes the model's 3/4. Where the model's own path
    changes metre, E keeps D's bars (its changes are not trusted: session 29's form A)."""
    monkeypatch.setattr(beats_mod, "DOWNBEAT_MODEL_METRE", metre_by_model)
    n = 48
    hand = np.where(np.arange(n) % 4 == 0, 1.0, -0.3)
    model = np.where(np.arange(n) % 3 == 1, 2.0, -1.0)
    path = meter.bar_path(hand, lambda: model)
    metres = {m for m, _p in path}
    downs = [i for i, (_m, p) in enumerate(path) if p == 0]
    if metre_by_model:
        assert metres == {3} and downs == list(range(1, n, 3))
    else:
        assert metres == {4} and len({i % 4 for i in downs}) == 1
    changing = np.concatenate([model[:24], np.where(np.arange(24) % 2 == 0, 2.0, -1.0)])
    path = meter.bar_path(hand, lambda: changing)
    assert {m for m, _p in path} == {4}
