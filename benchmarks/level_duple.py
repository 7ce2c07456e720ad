"""Candidate (OFF, issue #15): halve the learned level where the bass/chord "oom-pah" sits on
the half-note pulses (session 9 duple study, docs/beat-accuracy/2026-12-01-s9-duple-study.md).

2/2 reels, hornpipes and clogs annotated at the half note are tracked at the quarter: no
tempo prior separates them from 2/4 reels annotated at the quarter (same tunes, same 150-200
BPM). The one audible cue the study found is where the accompaniment alternates: bass on one
pulse and chord on the next at the half-note level (``level_model._backbeat`` on the x1/2
pulses) with none at the quarter, and the quarters the half note skips measurably weaker.
Caveat: every training excerpt it fixes is a render whose drum kit sits on the notated half
notes (the renderer lays drums on the score's beats); undrummed 2/2 music is never moved.

Session 10 (b10dens, docs/beat-accuracy/2026-12-01-s10-density-study.md) adds ``sparse``: the
undrummed majority of the class. Where the kick band has no pulse (no drums), the
half-annotated reels have fewer onsets per tracked beat than the right x1 tunes (median 1.6
against 2.8 on the training sources), and the net's downbeat output repeats more strongly
every 2-4 tracked beats than every 2-4 half notes (``bar_fit``; ties, common among the right
ones, do not halve).

Not wired into the tracker, so it lives with the trainer: ``benchmarks/level_learn.py
--duple-half`` installs a variant for a run (``variant``). To ship one, move it into ``audio_sync``
and have ``level_model.decide`` call it where it returns 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import partial

import numpy as np

from audio_sync import level_model
from audio_sync.level_model import BACKBEAT, CANDIDATES, FEATURES, SKIP

GUARD = float(np.log(1.25))  # the guards' shared constant (skip, add, backbeat), not tuned here
HALF = CANDIDATES.index(0.5)
PARITY = FEATURES.index("act_parity")
KICK_CONTRAST = FEATURES.index("kick_contrast")
ONSETS = FEATURES.index("log2_onsets_per_pulse")
BAR_FIT = FEATURES.index("bar_fit")
LOG2_BPM = FEATURES.index("log2_bpm")
# ``sparse`` (declared before any dev run, /work/wt/notes/s10/b10dens-status.md; from a scan on
# the training sources): no drums = the kick band's on/off-pulse contrast below this at every
# valid level (drum-kit renders: median 4.1, undrummed 1.1); a note on every beat or fewer
# (clicks, waltzes, chorales) is left alone, as is a tune with two onsets per beat or more.
DRUMLESS_MAX = 1.5
DENSITY_MIN, DENSITY_MAX = 1.25, 2.0
FAST_BPM = 140.0  # variant density-tempo: only above this x1 tempo


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


def onsets_per_beat(x: np.ndarray) -> float:
    """Onsets per x1 pulse (the row's ``log2_onsets_per_pulse`` undone)."""
    return float(2.0 ** x[0, ONSETS] - 0.1)


def drumless(x: np.ndarray, ok: np.ndarray) -> bool:
    """No drum kit: the kick band is not on the pulses of any valid level."""
    return bool(x[ok, KICK_CONTRAST].max() < DRUMLESS_MAX)


def sparse(model: dict[str, object], x: np.ndarray, ok: np.ndarray, *, density_max: float = DENSITY_MAX,
           min_bpm: float = 0.0) -> bool:
    """Whether x1/2 replaces a kept x1 on undrummed music: no drums, DENSITY_MIN < onsets per x1
    beat < ``density_max``, bar_fit of x1 strictly above that of x1/2 (the net's downbeat output
    repeats every 2-4 quarters more than every 2-4 halves), no backbeat on x1 and the x1 tempo
    above ``min_bpm``."""
    if not (ok[0] and ok[HALF]) or not drumless(x, ok):
        return False
    if x[0, BACKBEAT] >= float(model.get("backbeat_min", GUARD)):  # type: ignore[arg-type]
        return False
    bpm = 120.0 * 2.0 ** float(x[0, LOG2_BPM])
    return bool(DENSITY_MIN < onsets_per_beat(x) < density_max and x[0, BAR_FIT] > x[HALF, BAR_FIT]
                and bpm > min_bpm)


Rule = Callable[[dict[str, object], np.ndarray, np.ndarray], bool]


def decide_with(rule: Rule) -> Callable[[dict[str, object], np.ndarray, np.ndarray], int]:
    """``level_model.decide`` followed by ``rule`` (halve or not) where it keeps x1."""
    base = level_model.decide

    def decide(model: dict[str, object], x: np.ndarray, ok: np.ndarray) -> int:
        k = base(model, x, ok)
        return HALF if k == 0 and rule(model, x, ok) else k

    return decide


def decide_with_halving(half_min: float, parity_max: float | None = None
                        ) -> Callable[[dict[str, object], np.ndarray, np.ndarray], int]:
    """``level_model.decide`` followed by ``halve`` where it keeps x1."""
    return decide_with(partial(halve, half_min=half_min, parity_max=parity_max))


@contextmanager
def installed_rule(rule: Rule, *, downbeats: bool = False) -> Iterator[None]:
    """The tracker (``level_model.choose``) and the trainer's scoring use ``rule`` inside;
    ``downbeats``: the tracker computes the net's downbeat output for it (bar_fit)."""
    saved = level_model.decide, level_model.reads_downbeats
    level_model.decide = decide_with(rule)
    if downbeats:
        level_model.reads_downbeats = lambda model: True
    try:
        yield
    finally:
        level_model.decide, level_model.reads_downbeats = saved


def installed(half_min: float = GUARD, parity_max: float | None = None) -> AbstractContextManager[None]:
    """Session 9's halving (``halve``) installed."""
    return installed_rule(partial(halve, half_min=half_min, parity_max=parity_max))


# Per variant of ``--duple-half``: the thresholds a ``loso`` variant chooses from per fold, the
# most cautious first (a tie picks the first: the trainer's ``max``).
THRESHOLDS: dict[str, tuple[float, ...]] = {"loso": (GUARD, 0.20, 0.15, 0.10, 0.05),
                                            "density-loso": (1.8, 2.0, 2.2, 2.5)}
VARIANTS = ("fixed", "loso", "parity", "density", "density-tempo", "density-loso")
PARITY_MAX = 0.8  # variant parity: act_parity at x1 below this (chosen on the training sources)


def variant(name: str, thr: float | None = None) -> AbstractContextManager[None]:
    """The ``--duple-half`` variant ``name`` installed, with threshold ``thr`` (None: default)."""
    if name.startswith("density"):
        rule = partial(sparse, density_max=DENSITY_MAX if thr is None else thr,
                       min_bpm=FAST_BPM if name == "density-tempo" else 0.0)
        return installed_rule(rule, downbeats=True)
    return installed(GUARD if thr is None else thr, PARITY_MAX if name == "parity" else None)
