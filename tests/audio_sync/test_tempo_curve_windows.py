"""The tempo curve's windows scored together (tempo_curve._window_lags) give each window's own
_best_lag period: the batch is a speed-up, not another estimator."""

from __future__ import annotations

import numpy as np

from audio_sync import tempo_curve


def test_window_lags_are_each_windows_best_lag(monkeypatch) -> None:
    fr = 43.07
    rng = np.random.default_rng(2)
    t = np.arange(int(60 * fr)) / fr
    bpm = np.linspace(96.0, 118.0, t.size)  # a drifting tempo, so the windows' lags differ
    env = np.maximum(0.0, np.sin(2 * np.pi * np.cumsum(bpm / 60.0) / fr)) ** 8 + 0.2 * rng.random(t.size)
    env[:200] = 0.0  # one silent window: its autocorrelation is all zeros
    win, hop = int(tempo_curve.WINDOW_S * fr), int(tempo_curve.HOP_S * fr)
    centres = np.arange(win // 2, env.size - win // 2 + 1, hop)
    period = 60.0 * fr / 105.0
    expected = np.array([tempo_curve._best_lag(tempo_curve.autocorr(env[c - win // 2:c + win // 2]), period)[0]
                         for c in centres])
    got = tempo_curve._window_lags(env, centres, win, period)
    monkeypatch.setattr(tempo_curve, "WINDOW_CHUNK", 7)  # chunk edges inside the song
    assert np.array_equal(tempo_curve._window_lags(env, centres, win, period), got)
    assert np.array_equal(got, expected)
    assert np.ptp(got) > 1.0  # the windows follow the drift
    assert np.array_equal(tempo_curve.comb_means(np.zeros((2, 50)), np.array([5.0, 60.0])), np.zeros((2, 2)))
