"""The session-9 duple halving candidate (benchmarks/level_duple.py, OFF by default)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from audio_sync import level_model
from audio_sync._level_model_weights import MODEL
from audio_sync.level_model import BACKBEAT, CANDIDATES, N_FEATURES, SKIP

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from level_duple import GUARD, HALF, PARITY, decide_with_halving, halve, installed  # noqa: E402


def _rows(*, half_bb: float, x1_bb: float, skip: float) -> tuple[np.ndarray, np.ndarray]:
    # At the model's mean every candidate scores the same: the shipped decision keeps x1.
    x = np.tile(np.asarray(MODEL["mean"], dtype=np.float64), (len(CANDIDATES), 1))
    x[HALF, BACKBEAT], x[0, BACKBEAT], x[HALF, SKIP] = half_bb, x1_bb, skip
    return x, np.ones(len(CANDIDATES), dtype=bool)


def test_halves_only_with_an_oompah_on_the_half_notes_and_weaker_skipped_quarters() -> None:
    assert _rows(half_bb=0.0, x1_bb=0.0, skip=0.0)[0].shape == (len(CANDIDATES), N_FEATURES)
    assert halve(MODEL, *_rows(half_bb=0.3, x1_bb=0.0, skip=0.3))
    assert not halve(MODEL, *_rows(half_bb=0.1, x1_bb=0.0, skip=0.3))  # below log 1.25
    assert not halve(MODEL, *_rows(half_bb=0.3, x1_bb=0.3, skip=0.3))  # a backbeat on x1: quarters
    assert not halve(MODEL, *_rows(half_bb=0.3, x1_bb=0.0, skip=0.0))  # skipped beats as strong
    x, ok = _rows(half_bb=0.3, x1_bb=0.0, skip=0.3)
    ok[HALF] = False
    assert not halve(MODEL, x, ok)
    assert halve(MODEL, *_rows(half_bb=0.12, x1_bb=0.0, skip=0.3), half_min=0.10)


def test_wraps_the_shipped_decision_and_is_off_outside_the_context() -> None:
    x, ok = _rows(half_bb=0.3, x1_bb=0.0, skip=0.3)
    assert level_model.decide(MODEL, x, ok) == 0
    assert decide_with_halving(GUARD)(MODEL, x, ok) == HALF
    saved = level_model.decide
    with installed():
        assert level_model.decide(MODEL, x, ok) == HALF
    assert level_model.decide is saved
    assert level_model.decide(MODEL, *_rows(half_bb=0.0, x1_bb=0.0, skip=0.3)) == 0


def test_parity_variant_reads_unlike_odd_and_even_beats_instead() -> None:
    x, ok = _rows(half_bb=0.0, x1_bb=0.0, skip=0.3)
    x[0, PARITY] = 0.7
    assert halve(MODEL, x, ok, parity_max=0.8) and not halve(MODEL, x, ok)
    x[0, PARITY] = 0.9
    assert not halve(MODEL, x, ok, parity_max=0.8)
