"""G2: the learned level's add guard lets x2 through for a half-time feel (level_model._half_time_feel,
beats.HALF_TIME_DOUBLE): added pulses the activation carries, kick, snare and bass leave empty."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import level_model as lm


def _wanting(level: float, add_act: float, add_lm: float) -> tuple[dict[str, object], np.ndarray, np.ndarray]:
    """A model that wants ``level`` by far, and a row whose added pulses have these add values."""
    n = len(lm.CANDIDATES)
    k = lm.CANDIDATES.index(level)
    x = np.zeros((n, lm.N_FEATURES))
    x[k, lm.FEATURES.index("is_double")] = 1.0  # the one feature the toy model reads
    x[k, lm.ADD] = add_act, add_lm
    weights = np.zeros(lm.N_FEATURES)
    weights[lm.FEATURES.index("is_double")] = 10.0
    model: dict[str, object] = dict(mean=np.zeros(lm.N_FEATURES), scale=np.ones(lm.N_FEATURES), weights=weights,
                                    margin=0.4, add_max=0.223144, levels=n, backbeat_min=np.inf)
    return model, x, np.ones(n, dtype=bool)


def _with_g2(model: dict[str, object]) -> dict[str, object]:
    return {**model, "half_time_act_max": lm.HALF_TIME_ACT_MAX, "half_time_lm_min": lm.HALF_TIME_LM_MIN}


@pytest.mark.parametrize(("add_act", "add_lm", "doubles"), [
    (0.30, 1.50, True),    # trap: the net on the added pulses, the low+mid onsets empty there
    (0.60, 1.50, False),   # a chorale or an undrummed jig: the net not on them either
    (0.30, 0.50, False),   # slow r&b: bass and chords fill the added pulses
    (0.10, 0.10, True),    # both carry them: the add guard never blocked
])
def test_the_add_guard_lets_only_a_half_time_feel_double(add_act: float, add_lm: float, doubles: bool) -> None:
    model, x, ok = _wanting(2.0, add_act, add_lm)
    double = lm.CANDIDATES.index(2.0)
    blocked = add_act >= 0.223144 and add_lm >= 0.223144
    assert lm.decide(model, x, ok) == (0 if blocked else double)
    assert lm.decide(_with_g2(model), x, ok) == (double if doubles else 0)


def test_only_the_double_level_is_excepted() -> None:
    # A half-time feel's values at x3/2 leave the add guard as it was.
    model, x, ok = _wanting(1.5, 0.30, 1.50)
    assert lm.decide(model, x, ok) == 0
    assert lm.decide(_with_g2(model), x, ok) == 0


def test_the_switch_puts_the_thresholds_in_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats

    seen: list[dict[str, object]] = []
    monkeypatch.setattr(lm, "decide", lambda model, x, ok: seen.append(model) or 0)
    feats = type("F", (), {"mel_db": np.zeros((1, 1))})()
    monkeypatch.setattr(lm, "candidate_features", lambda *a, **k: (np.zeros((7, lm.N_FEATURES)), np.ones(7, bool)))
    for on in (False, True):
        monkeypatch.setattr(beats, "HALF_TIME_DOUBLE", on)
        lm.choose(feats, np.zeros(100), np.arange(10.0), 120.0, down=np.zeros(100))  # type: ignore[arg-type]
    assert "half_time_act_max" not in seen[0]
    assert seen[1]["half_time_act_max"] == lm.HALF_TIME_ACT_MAX and seen[1]["half_time_lm_min"] == lm.HALF_TIME_LM_MIN
