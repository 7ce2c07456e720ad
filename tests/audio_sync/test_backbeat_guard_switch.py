"""The learned level's backbeat guard and the switch that lifts it (beats.LEVEL_BACKBEAT_GUARD_OFF).

With V7f on the three-net activation the guard blocks only right moves at the decision point on
the training sources (half-time, trap and reggaeton kept at their half or 2:3); the switch lets
``level_model.choose`` decide without it. Judged on a pristine set before it may ship
(docs/beat-accuracy/2026-12-01-s15-decision.md, part 7).
"""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import level_model as lm

DOUBLE = lm.CANDIDATES.index(2.0)


def _toy(backbeat: float) -> tuple[dict[str, object], np.ndarray, np.ndarray]:
    """A model that clearly prefers x2, and one song's rows with the given backbeat value."""
    n, f = len(lm.CANDIDATES), lm.N_FEATURES
    weights = np.zeros(f)
    weights[lm.FEATURES.index("is_double")] = 5.0
    model = {"mean": np.zeros(f), "scale": np.ones(f), "weights": weights, "margin": 0.4,
             "backbeat_min": float(np.log(1.25)), "levels": n}
    x = np.zeros((n, f))
    x[DOUBLE, lm.FEATURES.index("is_double")] = 1.0
    x[0, lm.BACKBEAT] = backbeat
    return model, x, np.ones(n, dtype=bool)


def test_a_backbeat_on_the_rules_beats_keeps_the_level() -> None:
    model, x, ok = _toy(backbeat=1.0)
    assert lm.decide(model, x, ok) == 0
    assert lm.decide({**model, "backbeat_min": np.inf}, x, ok) == DOUBLE


def test_without_a_backbeat_the_model_moves() -> None:
    model, x, ok = _toy(backbeat=0.0)
    assert lm.decide(model, x, ok) == DOUBLE


@pytest.mark.parametrize("guard_off", [False, True])
def test_choose_decides_with_or_without_the_guard(guard_off: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats
    from audio_sync._level_model_weights import MODEL

    seen: list[float] = []
    monkeypatch.setattr(beats, "LEVEL_BACKBEAT_GUARD_OFF", guard_off)
    monkeypatch.setattr(lm, "candidate_features", lambda *a, **k: (np.zeros((len(lm.CANDIDATES), lm.N_FEATURES)),
                                                                   np.ones(len(lm.CANDIDATES), dtype=bool)))
    monkeypatch.setattr(lm, "decide", lambda model, x, ok: seen.append(float(model["backbeat_min"])) or 0)
    feats = type("F", (), {"mel_db": np.zeros((32, 10))})()
    assert lm.choose(feats, np.zeros(10), np.arange(8.0), 120.0, down=np.zeros(10)) == 120.0
    assert seen == [np.inf if guard_off else float(MODEL["backbeat_min"])]
