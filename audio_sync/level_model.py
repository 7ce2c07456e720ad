"""A learned choice among seven metrical levels: x1/2, x2/3, x3/4, x1, x4/3, x3/2, x2 of the tracked tempo.

The rule (``metrical_level.choose_level``) only doubles or halves on kick/snare evidence, and
session 4's vote (``level_vote``) only weighs x2 and x1/2 against x1. Here every candidate level
gets the same features of the metrical structure -- how strongly the learned beat activation
and the band onsets fall on the candidate's pulses rather than half-way between them, how evenly
they alternate, the autocorrelation of the activation and of the onsets at the candidate's
period, how well whole bars of the candidate's beats fit the period of the net's *downbeat*
activation, the chord-change rate on its pulses, onsets per pulse and a tempo prior -- and one
conditional-logit model (a linear score per candidate, softmax over the valid ones) picks the
level. The tracker switches only when the picked level's probability beats its own by the
model's margin, to a slower level only when the beats it skips are measurably weaker than
those it keeps (``skip_min``: a click track or a kick on every beat has no such evidence), and
to a faster level only when the pulses it adds are not measurably weaker than the beats
(``add_max``: nothing between the clicks, no new pulse), and not at all when kick and snare
alternate on the tracker's beats (``backbeat_min``: a backbeat makes them the quarter notes) --
a guard the tracker lifts since session 15 (``beats.LEVEL_BACKBEAT_GUARD_OFF``: with these weights
on the three-net activation it blocked only right moves).
Trained by ``benchmarks/level_learn.py`` (never on an evaluation set); weights, provenance and whether
``beats.LEVEL_MODEL`` is on: ``_level_model_weights.py`` and ``level_model.md``.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from audio_sync.beats import MAX_BPM, MIN_BPM, _midpoints, _norm, low_mid_onsets
from audio_sync.features import Features
from audio_sync.level_vote import (
    _acf_at,
    _at,
    _best_pulses,
    _Env,
    _harmony,
    _on_off,
    _parity,
    pulse_grid,
)
from audio_sync.tempo_curve import autocorr

# x3/4 and x4/3 came last (session 10): a 3+3+2 kick syncopation makes the rule count dotted
# eighths (4/3 of the beat) on hip-hop and funk grooves, which no other level can undo. A model
# chooses among its first ``levels`` candidates (5 when it does not say: session 9's).
CANDIDATES = (1.0, 0.5, 2.0 / 3.0, 1.5, 2.0, 0.75, 4.0 / 3.0)
# The margin by which x2 must beat x1 when beats.LEVEL_X2_MARGIN is on (the model's own is 0.4,
# set on the training renders' folds in session 7). Session 28, the 1,133 used real excerpts,
# whole tracker: 125 BPM productions the model puts at x2 by 0.25-0.36 stayed halved at 62.5;
# x2 alone at 0.25 moves acc1 +7/-2 (0.3: +4/-2; 0.2 the same; 0.15 +8/-2), while every candidate at
# 0.25 moves +11/-10 (renders lose 3:2 and 3:4 moves). Not where the x1 beats carry a backbeat
# (level_model._margin): a generated funk groove's eighths lead by 0.25-0.4.
X2_MARGIN = 0.25
# The add guard's threshold when beats.LEVEL_ADD_LOOSE is on: a faster level is refused only where
# its added pulses reach 2/3 of the x1 beats' strength in neither envelope (the model's add_max,
# log 1.25, set in session 8 as the skip guard's mirror: 0.8). Session 28, 1,188 used excerpts,
# whole tracker: half-time, trap and drill renders and 125-188 BPM productions at half tempo
# are held there by the guard; log 1.35 moves acc1 +7/-1, log 1.5 +9/-2, log 1.65 +10/-2.
ADD_MAX_LOOSE = float(np.log(1.5))
LEVELS_BEFORE_S10 = 5
FEATURES = ("act_level", "act_contrast", "lm_level", "lm_contrast", "high_level", "high_contrast",
            "kick_level", "kick_contrast", "act_parity", "lm_parity", "harmony", "act_acf",
            "onset_acf", "bar_fit", "down_contrast", "log2_bpm", "log2_bpm_sq", "log2_onsets_per_pulse",
            "is_half", "is_two_thirds", "is_three_halves", "is_double", "is_three_quarters", "is_four_thirds",
            "skip_act", "skip_lm",
            "add_act", "add_lm", "backbeat")
N_FEATURES = len(FEATURES)
SKIP = slice(FEATURES.index("skip_act"), FEATURES.index("skip_lm") + 1)
ADD = slice(FEATURES.index("add_act"), FEATURES.index("add_lm") + 1)
BACKBEAT = FEATURES.index("backbeat")
BAR_BEATS = (2, 3, 4)
# G2 (beats.HALF_TIME_DOUBLE): the add guard's exception at x2 for a half-time feel. The
# activation's add value below the midpoint of the training gap between trap renders (<= 0.53)
# and the chorale and jigs the guard rightly blocks (>= 0.60); the low+mid onsets' read from the
# used sets (slow r&b and ballads <= 0.64). docs/beat-accuracy/2026-12-01-s16-decision.md, part 4.
HALF_TIME_ACT_MAX = 0.565
HALF_TIME_LM_MIN = 0.8
# The backbeat is looked for on the candidate's pulses and half a period off them (the first
# grid can sit on the off-beats where the net fires there); finer phase steps found kick/snare
# "alternations" at the half-note level of funk grooves (training folds +9 with 8 steps, +17 with 2).
BACKBEAT_PHASES = 2
# A snare hit is loud from 200 Hz up: the snare band must alternate in both the mid and high
# bands (mid alone also took chords moving on the off-beats: folds +15 against +17).
SNARE_BANDS = ("mid", "high")


class _Pulses:
    """The envelopes a candidate's pulses are placed on (activation, low+mid onsets) and their
    cumulative sums (pulse strengths)."""

    def __init__(self, feats: Features, act: np.ndarray) -> None:
        self.fr = feats.frame_rate_hz
        lm = low_mid_onsets(feats)
        self.act, self.lm = _Env(act), _Env(lm)
        self.sums = [_cumsum(e) for e in (act, lm)]


class _Song(_Pulses):
    """Per-song envelopes and autocorrelations, computed once for all candidates."""

    def __init__(self, feats: Features, act: np.ndarray, down: np.ndarray) -> None:
        from audio_sync.dsp import onset_times

        super().__init__(feats, act)
        self.drums = drum_sums(feats)
        self.high, self.kick = _Env(_norm(feats.onset_high)), _Env(_norm(feats.onset_kick))
        self.down = _Env(down)
        self.act_acf, self.onset_acf, self.down_acf = autocorr(act), autocorr(_norm(feats.onset_full)), autocorr(down)
        self.cum = np.concatenate([np.zeros((feats.chroma.shape[0], 1)),
                                   np.cumsum(feats.chroma, axis=1, dtype=np.float64)], axis=1)
        self.onsets_per_s = onset_times(feats.onset_full, sr=feats.sr, hop=feats.hop).size / max(feats.duration_s, 1e-3)


def _row(song: _Song, feats: Features, pulses: np.ndarray, bpm_c: float, k: int) -> list[float]:
    fr = song.fr
    row: list[float] = []
    for env in (song.act, song.lm, song.high, song.kick):
        row.extend(_on_off(env, pulses, fr))
    lag = 60.0 * fr / bpm_c
    bar_fit = max(_acf_at(song.down_acf, b * lag) for b in BAR_BEATS)
    down_on = float(_at(song.down, pulses, fr).mean())
    down_off = float(_at(song.down, _midpoints(pulses), fr).mean())
    lb = float(np.log2(bpm_c / 120.0))
    row += [_parity(song.act, pulses, fr), _parity(song.lm, pulses, fr), _harmony(song.cum, feats, pulses),
            _acf_at(song.act_acf, lag), _acf_at(song.onset_acf, lag), bar_fit,
            float(np.log((down_on + 1e-3) / (down_off + 1e-3))), lb, lb * lb,
            float(np.log2((song.onsets_per_s * 60.0 / bpm_c) + 0.1))]
    row += [1.0 if j == k else 0.0 for j in range(1, len(CANDIDATES))]
    return row


def candidate_features(feats: Features, act: np.ndarray, down: np.ndarray, beats_s: np.ndarray,
                       bpm: float, *, ratio: float = 1.0, levels: int = len(CANDIDATES)
                       ) -> tuple[np.ndarray, np.ndarray]:
    """(len(CANDIDATES), N_FEATURES) features and a validity mask; ``beats_s`` is a beat grid
    at ``bpm / ratio`` (the first grid) and the candidates are multiples of ``bpm``. Only the
    first ``levels`` candidates are computed (the others stay invalid)."""
    song = _Song(feats, act, down)
    out = np.zeros((len(CANDIDATES), N_FEATURES))
    ok = np.zeros(len(CANDIDATES), dtype=bool)
    beat = _best_pulses(beats_s, 1.0 / ratio, song.act, song.lm, song.fr)
    for k, c in enumerate(CANDIDATES[:levels]):
        bpm_c = bpm * c
        if not 0.95 * MIN_BPM <= bpm_c <= 1.05 * MAX_BPM:
            continue
        pulses = _best_pulses(beats_s, 1.0 / (ratio * c), song.act, song.lm, song.fr)
        if pulses.size < 4:
            continue
        ok[k] = True
        out[k, :SKIP.start] = _row(song, feats, pulses, bpm_c, k)
        out[k, BACKBEAT] = _backbeat(song, beats_s, 1.0 / (ratio * c))
        if c < 1.0 and beat.size >= 4:
            out[k, SKIP] = _skip(song, beat, pulses, 60.0 / bpm)
        elif c > 1.0 and beat.size >= 4:
            out[k, ADD] = _added(song, beat, pulses, 60.0 / bpm)
    return out, ok


def skip_evidence(feats: Features, act: np.ndarray, beats_s: np.ndarray, bpm: float, c: float, *,
                  ratio: float = 1.0) -> tuple[float, ...]:
    """The skip values (activation, low+mid onsets; see ``_skip``) of the slower level ``c`` x
    ``bpm``, on the pulses ``candidate_features`` places, for a level that is not a candidate
    (audio_sync.third_level's x1/3). Zeros when the grid is too short."""
    song = _Pulses(feats, act)
    beat = _best_pulses(beats_s, 1.0 / ratio, song.act, song.lm, song.fr)
    pulses = _best_pulses(beats_s, 1.0 / (ratio * c), song.act, song.lm, song.fr)
    if beat.size < 4 or pulses.size < 4:
        return (0.0, 0.0)
    return _skip(song, beat, pulses, 60.0 / bpm)


def drum_sums(feats: Features) -> list[np.ndarray]:
    """Cumulative sums of the normalised kick and SNARE_BANDS onsets (``anti_phase``'s drums)."""
    snares = (getattr(feats, f"onset_{band}") for band in SNARE_BANDS)
    return [_cumsum(_norm(e)) for e in (feats.onset_kick, *snares)]


def _cumsum(env: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(env, dtype=np.float64)])


def _strength(song: _Pulses, times: np.ndarray, sums: list[np.ndarray] | None = None) -> list[np.ndarray]:
    """Per time, the sum over +-2 frames of the activation and of the low+mid onsets (or of
    the envelopes whose cumulative sums are ``sums``)."""
    return _window_sums(song.fr, times, song.sums if sums is None else sums)


def _window_sums(fr: float, times: np.ndarray, sums: list[np.ndarray]) -> list[np.ndarray]:
    """Per time, each envelope's sum over +-2 frames, from its cumulative sum in ``sums``."""
    out = []
    for cum in sums:
        idx = np.clip(np.round(times * fr).astype(np.int64), 0, cum.size - 1)
        out.append(cum[np.minimum(idx + 3, cum.size - 1)] - cum[np.maximum(idx - 2, 0)])
    return out


def _backbeat(song: _Song, beats_s: np.ndarray, period: float) -> float:
    """How clearly kick and snare alternate in anti-phase on pulses every ``period`` beats of
    the grid: the smallest of the kick band's log ratio between one parity and the other and
    the snare bands' (SNARE_BANDS) the other way round, for the better parity and the better of
    BACKBEAT_PHASES phases. Kick on 1 and 3 and snare on 2 and 4 make it large on the quarter
    only: on the eighths both fall on the same parity, on the half notes neither alternates."""
    phases = (pulse_grid(beats_s, period, j * period / BACKBEAT_PHASES) for j in range(BACKBEAT_PHASES))
    return anti_phase(song.fr, song.drums, phases)


def anti_phase(fr: float, drums: list[np.ndarray], phases: Iterable[np.ndarray]) -> float:
    """The best over ``phases`` (pulse-time arrays; those under four pulses are skipped) of how
    clearly the kick and every snare band alternate in anti-phase on the pulses: the smallest of
    the kick's log ratio between one parity and the other and the snare bands' the other way
    round, for the better parity. ``drums``: cumulative sums of the kick and snare envelopes at
    ``fr`` frames a second. 0 when no phase has enough pulses."""
    best = -np.inf
    for pulses in phases:
        if pulses.size < 4:
            continue
        # log(even / odd) per band: the kick's sign one way, every snare band's the other
        kick, *snares = (float(np.log((v[0::2].mean() + 1e-3) / (v[1::2].mean() + 1e-3)))
                         for v in _window_sums(fr, pulses, drums))
        best = max(best, min(kick, *(-s for s in snares)), min(-kick, *snares))
    return best if np.isfinite(best) else 0.0


def _added(song: _Pulses, beat: np.ndarray, pulses: np.ndarray, period_s: float) -> tuple[float, float]:
    """Log of the mean strength of the x1 beats over that of the pulses a faster level adds
    (those farther than a quarter beat from every x1 beat), in the activation and the low+mid
    onsets: the mirror of ``_skip``. A click track has nothing between its clicks (large); a
    level whose new pulses are beats as strong as the old ones is about 0."""
    new = np.abs(pulses[:, None] - beat[None, :]).min(axis=1) >= 0.25 * period_s
    if not new.any():
        return 0.0, 0.0
    on, off = _strength(song, beat), _strength(song, pulses[new])
    return tuple(float(np.log((a.mean() + 1e-3) / (b.mean() + 1e-3))) for a, b in zip(on, off, strict=True))  # type: ignore[return-value]


def _skip(song: _Pulses, beat: np.ndarray, pulses: np.ndarray, period_s: float,
          sums: list[np.ndarray] | None = None) -> tuple[float, ...]:
    """Log of the mean strength of the x1 beats a slower level keeps over those it skips, in
    the beat activation and the low+mid onsets. Relative evidence: on a click track every beat
    is the same click, so a slower level has none (about 0), whatever the absolute contrasts.
    Strength is the envelope's sum over +-2 frames, not its peak: at a beat period of a
    half-integer number of frames (110 BPM) a click's peak alternates with its frame phase.
    ``sums``: other envelopes' cumulative sums (default: the activation and low+mid onsets)."""
    strengths = _strength(song, beat, sums)
    near = np.abs(beat[:, None] - pulses[None, :]).min(axis=1) < 0.25 * period_s
    if near.all() or not near.any():
        return tuple(0.0 for _ in strengths)
    return tuple(float(np.log((v[near].mean() + 1e-3) / (v[~near].mean() + 1e-3))) for v in strengths)


def probabilities(model: dict[str, object], x: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Softmax over the valid candidates of the model's linear scores (0 for invalid ones)."""
    z = (x - np.asarray(model["mean"])) / np.asarray(model["scale"])
    s = z @ np.asarray(model["weights"], dtype=np.float64)
    s = np.where(ok, s, -np.inf)
    s = s - s[ok].max()
    e = np.where(ok, np.exp(s), 0.0)
    return e / e.sum()


def levels(model: dict[str, object]) -> int:
    """How many of CANDIDATES the model chooses from."""
    return int(model.get("levels", LEVELS_BEFORE_S10))  # type: ignore[call-overload]


def decide(model: dict[str, object], x: np.ndarray, ok: np.ndarray) -> int:
    """Index of the chosen candidate: the most probable when it beats x1 by the model's margin."""
    ok = ok & (np.arange(ok.size) < levels(model))
    if not ok[0]:
        return 0
    # Kick and snare alternating on the rule's beats (a backbeat) make them the quarter notes:
    # no level moves (off-beat chords and bass made a funk groove's eighths pass the add guard).
    if x[0, BACKBEAT] >= float(model.get("backbeat_min", np.inf)):  # type: ignore[arg-type]
        return 0
    p = probabilities(model, x, ok)
    k = int(np.argmax(p))
    if k == 0 or p[k] - p[0] < _margin(model, x, k):
        return 0
    # A slower level must skip beats that are measurably weaker than those it keeps (a plain
    # click track, a kick on every beat: none are, so the tracker's level stands).
    skip_min = float(model.get("skip_min", -np.inf))  # type: ignore[arg-type]
    # ``skip_three_quarters`` False (V7f, shipped since session 13): no skip guard at x3/4, whose
    # kept beats (every third) say little about it.
    guarded = CANDIDATES[k] < 1.0 and (CANDIDATES[k] != 0.75 or bool(model.get("skip_three_quarters", True)))
    if guarded and x[k, SKIP].max() < skip_min:
        return 0
    # A faster level must add pulses that carry the beat (``add_max``: their strength at least
    # 1/1.25 of the x1 beats' in either envelope, or in both with ``add_both``).
    add = x[k, ADD].max() if model.get("add_both") else x[k, ADD].min()
    if CANDIDATES[k] > 1.0 and add >= float(model.get("add_max", np.inf)) \
            and not (CANDIDATES[k] == 2.0 and _half_time_feel(model, x[k])):  # type: ignore[arg-type]
        return 0
    return k


def _margin(model: dict[str, object], x: np.ndarray, k: int) -> float:
    """The lead over x1 candidate ``k`` needs: the model's margin, or for x2 ``x2_margin`` where
    kick and snare do not alternate on the x1 beats (``x2_backbeat_max``): a backbeat makes
    them the quarter notes (a funk groove's eighths lead x1 by 0.25-0.4)."""
    if CANDIDATES[k] == 2.0 and "x2_margin" in model \
            and x[0, BACKBEAT] < float(model.get("x2_backbeat_max", np.inf)):  # type: ignore[arg-type]
        return float(model["x2_margin"])  # type: ignore[arg-type]
    return float(model["margin"])  # type: ignore[arg-type]


def _half_time_feel(model: dict[str, object], row: np.ndarray) -> bool:
    """At x2, pulses that the activation carries (``half_time_act_max``) while kick, snare and
    bass leave them empty in the low+mid onsets (``half_time_lm_min``): trap and half-time rock,
    whose added pulses are beats the add guard would refuse. Off unless the model sets both."""
    act_max, lm_min = model.get("half_time_act_max"), model.get("half_time_lm_min")
    if act_max is None or lm_min is None:
        return False
    add_act, add_lm = row[ADD]
    return bool(add_act < float(act_max) and add_lm >= float(lm_min))  # type: ignore[arg-type]


DOWNBEAT_FEATURES = ("bar_fit", "down_contrast")


def reads_downbeats(model: dict[str, object]) -> bool:
    """Whether the model weighs a downbeat feature (else the caller can skip that net output)."""
    w = np.asarray(model["weights"], dtype=np.float64)
    return bool(np.any(w[[FEATURES.index(f) for f in DOWNBEAT_FEATURES]] != 0.0))


def choose(feats: Features, act: np.ndarray, beats_s: np.ndarray, bpm: float, *,
           ratio: float = 1.0, down: np.ndarray | None = None) -> float:
    """``bpm`` times the learned level (``bpm`` itself when the model is not confident).
    ``down``: the net's downbeat activation, computed here only if the model reads it."""
    from audio_sync import beats

    if beats.LEVEL_MODEL_MODULES:
        from audio_sync._level_model_weights_modules import MODEL
    else:
        from audio_sync._level_model_weights import MODEL
    if beats_s.size < 8:
        return bpm
    if down is None:
        if reads_downbeats(MODEL):
            from audio_sync.activation import beat_activation

            down = beat_activation(feats.mel_db)[1].astype(np.float64)
        else:  # its weights there are 0: any finite stand-in gives the same decision
            down = np.zeros_like(act)
    model = {**MODEL, "backbeat_min": np.inf} if beats.LEVEL_BACKBEAT_GUARD_OFF else MODEL
    if beats.LEVEL_ADD_LOOSE:
        model = {**model, "add_max": ADD_MAX_LOOSE}
    if beats.LEVEL_X2_MARGIN:  # the backbeat guard's own threshold, even where it is off
        model = {**model, "x2_margin": X2_MARGIN, "x2_backbeat_max": MODEL["backbeat_min"]}
    if beats.HALF_TIME_DOUBLE:
        model = {**model, "half_time_act_max": HALF_TIME_ACT_MAX, "half_time_lm_min": HALF_TIME_LM_MIN}
    x, ok = candidate_features(feats, act, down, beats_s, bpm, ratio=ratio, levels=levels(model))
    return bpm * CANDIDATES[decide(model, x, ok)]
