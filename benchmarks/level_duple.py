"""Candidate (OFF, issue #15): halve the learned level where the bass/chord "oom-pah" sits on
the half-note pulses (session 9 duple study, docs/beat-accuracy/2026-12-01-s9-duple-study.md).

2/2 reels, hornpipes and clogs annotated at the half note are tracked at the quarter: no
tempo prior separates them from 2/4 reels annotated at the quarter (same tunes, same 150-200
BPM). The one audible cue the study found is where the accompaniment alternates: bass on one
pulse and chord on the next at the half-note level (``level_model._backbeat`` on the x1/2
pulses) with none at the quarter, and the quarters the half note skips measurably weaker.
Caveat: every training excerpt it fixes is a render whose drum kit sits on the notated half
notes (the renderer lays drums on the score's beats); undrummed 2/2 music is never moved.

Not wired into the tracker, so it lives with the trainer: ``benchmarks/level_learn.py
--duple-half`` installs it for a run (``installed``). To ship it, move it into ``audio_sync`` and
have ``level_model.decide`` call ``halve`` where it returns 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np

from audio_sync import level_model
from audio_sync.level_model import BACKBEAT, CANDIDATES, FEATURES, SKIP

GUARD = float(np.log(1.25))  # the guards' shared constant (skip, add, backbeat), not tuned here
HALF = CANDIDATES.index(0.5)
PARITY = FEATURES.index("act_parity")


def halve(model: dict[str, object], x: np.ndarray, ok: np.ndarray, *, half_min: float = GUARD,
          parity_max: float | None = None) -> bool:
    """Whether x1/2 replaces a kept x1: a backbeat on the half-note pulses >= ``half_min`` (or,
    with ``parity_max``, odd and even x1 beats unlike in the beat activation: act_parity below
    it), none on the x1 beats (below the model's backbeat guard) and the skip guard met at x1/2."""
    if not (ok[0] and ok[HALF]):
        return False
    if x[0, BACKBEAT] >= float(model.get("backbeat_min", GUARD)):  # type: ignore[arg-type]
        return False
    skip_min = float(model.get("skip_min", GUARD))  # type: ignore[arg-type]
    cue = x[HALF, BACKBEAT] >= half_min if parity_max is None else x[0, PARITY] < parity_max
    return bool(cue and x[HALF, SKIP].max() >= max(skip_min, GUARD))


def decide_with_halving(half_min: float, parity_max: float | None = None
                        ) -> Callable[[dict[str, object], np.ndarray, np.ndarray], int]:
    """``level_model.decide`` followed by ``halve`` where it keeps x1."""
    base = level_model.decide

    def decide(model: dict[str, object], x: np.ndarray, ok: np.ndarray) -> int:
        k = base(model, x, ok)
        return HALF if k == 0 and halve(model, x, ok, half_min=half_min, parity_max=parity_max) else k

    return decide


@contextmanager
def installed(half_min: float = GUARD, parity_max: float | None = None) -> Iterator[None]:
    """The tracker (``level_model.choose``) and the trainer's scoring use the halving inside."""
    saved = level_model.decide
    level_model.decide = decide_with_halving(half_min, parity_max)
    try:
        yield
    finally:
        level_model.decide = saved
