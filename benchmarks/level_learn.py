"""Train and judge the learned metrical level (audio_sync/level_model.py), issue #15.

Training sources (never an evaluation set): real-train, real-train2, real-compound, real-train3, real-train4
(benchmarks/make_realbeats_*.py), the generator's songs at seed offsets 20000 and 21000, and our
click/metronome renders (``clicktrain``, benchmarks/level_clicks.py). The shipped model (session
8, V1) is fitted without the click renders and with ``--guard`` (the skip guard of
level_model.decide); the dev check includes 20 click tracks that must keep their level.
Per excerpt the tracker runs up to its rule-based level (``beats.initial_level``) and the seven
candidate levels x1, x1/2, x2/3, x3/2, x2, x3/4, x4/3 get ``level_model.candidate_features``; the label is
the candidate within 4 % of the annotated tempo (60 / median beat interval; none: the row is
kept for the counts, not for fitting).

Protocol: leave-one-source-out. Per fold the conditional logit is fitted on the other sources
(L2 fixed), its switching margin is chosen on those sources (the most net switches), and the
held-out source is scored: +reached (rule's level wrong, model's right) / -lost. These fold
figures are at the decision point (the level that goes into the tempo curve); the dev sets
(real-dev, real-dev2, synthetic +500, changes +500) are then scored with the **whole tracker**,
flag off and on, in the same run: acc1 and mean beat F. Never a held-out set (the guard in
beat_sets refuses them; this script does not read them).

Training rows are augmented (``--no-augment``: off): each song is also seen centred on the
other four levels, so that every song teaches which pulse is the beat. ``--write`` stores the
model fitted on all sources (margin SHIPPED_MARGIN; ``--margin -1``: the best total
out-of-fold net) in audio_sync/_level_model_weights.py.

Usage (project venv): nice -n 19 python benchmarks/level_learn.py [--write] [--no-dev]
The shipped model (session 13, V7f = session 10's V7a without the skip guard at x3/4):
--sources train,train2,compound,train3,train4,synth20000,synth21000 --guard --add-guard either
--backbeat-guard --levels 7 --no-skip-34 --write (fitted then on session 8's net's activations;
session 13 kept those weights with the three-net beat net, no refit)
Session 10: ``--levels 7`` lets the fit choose x3/4 and x4/3 too; ``--against-shipped`` scores the
same folds at 5 levels and runs the dev check as the weights file's model against this fit;
``--no-skip-34`` drops the skip guard at x3/4 (V7f: no move on real-heldout9 in session 10; shipped in session 13 after real-heldout13).
Session 9's duple halving candidate (OFF; docs/beat-accuracy/2026-12-01-s9-duple-study.md): add
``--duple-half fixed`` (or loso, parity; session 10's density, density-tempo, density-loso:
docs/beat-accuracy/2026-12-01-s10-density-study.md) to the shipped options; the folds and the dev
check then compare the shipped tracker with the candidate.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import DEV2_DIR, DEV_DIR, change_set, real_set, synthetic_set  # noqa: E402

EVAL = Path.home() / ".cache" / "mvstudio-eval"
CACHE = EVAL / "level-learn"
OLD_FEATS = EVAL / "level-study" / "features"
SOURCES = {"train": EVAL / "realbeats-train", "train2": EVAL / "realbeats-train2",
           "compound": EVAL / "realbeats-compound", "train3": EVAL / "realbeats-train3",
           "train4": EVAL / "realbeats-train4",
           "synth20000": 20000, "synth21000": 21000, "clicktrain": "clicktrain",
           "modtrain": EVAL / "realbeats-modules-train"}  # session 41 (L-MOD): licence-clean productions
DEV: dict[str, Path | int | str] = {"dev": DEV_DIR, "dev2": DEV2_DIR, "synth500": 500, "changes500": -500,
                                    "clicks": "clicks"}
L2 = 1.0
ROWS_VERSION = b"6"  # bump when _row changes
AUGMENT = True  # train on every centre of every song too (_row's aug); --no-augment: off
# The shipped model reads every feature but the two downbeat ones (bar_fit, down_contrast):
# with them the folds scored compound -1 at every margin (level_model.md); --features "" reads all.
USE: tuple[str, ...] = ("act_level", "act_contrast", "lm_level", "lm_contrast", "high_level", "high_contrast",
                        "kick_level", "kick_contrast", "act_parity", "lm_parity", "harmony", "act_acf",
                        "onset_acf", "log2_bpm", "log2_bpm_sq", "log2_onsets_per_pulse", "is_half",
                        "is_two_thirds", "is_three_halves", "is_double", "is_three_quarters", "is_four_thirds")
# --signed: these weights are kept >= 0 (more beat activation / low-band onset on a level's
# pulses than between them, and a stronger autocorrelation at its period, can only speak for it).
SIGNED_FEATURES = ("act_level", "act_contrast", "lm_level", "lm_contrast", "kick_level", "kick_contrast",
                   "act_acf", "onset_acf")
SIGNED: tuple[str, ...] = ()
# --drop-duple: 2/2 and 2/4 excerpts are not fitted on (their annotated level is the score's
# notation convention, which the audio cannot decide: s6 level study); they are still scored.
DROP_DUPLE = False
# --octave-duple: on 2/2 and 2/4 excerpts the fit counts the annotated level's octaves as right
# too (likelihood of the set); the folds still score the annotated level only.
OCTAVE_DUPLE = False
# --guard: a slower level must skip beats at least 25 % weaker than those it keeps
# (level_model.decide; fixed before any run, not tuned). Off: -inf.
SKIP_MIN = -np.inf
# --add-guard either|both: a faster level must add pulses at least 1/1.25 as strong as the x1
# beats in either envelope / in both (level_model.decide; fixed before any run). Off: inf.
ADD_MAX = np.inf
ADD_BOTH = False
# --backbeat-guard: no level moves when kick and snare alternate in anti-phase on the rule's
# beats, each 1.25x stronger on its parity (level_model.decide; the threshold fixed before any
# run, the measure's phases and bands picked on these folds). Off: inf.
BACKBEAT_MIN = np.inf
SHIPPED_MARGIN = 0.4  # the smallest margin with no fold negative and every fold with a miss positive
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
# --duple-half fixed|loso: the session-9 candidate (benchmarks/level_duple.py, OFF): x1/2 where
# the bass/chord alternation sits on the half-note pulses. fixed: threshold log 1.25; loso: per
# fold the best of level_duple.THRESHOLDS on the other sources. The dev check then compares the
# shipped tracker with the candidate (not the rule with the shipped model).
DUPLE: str | None = None
# --levels: how many of level_model.CANDIDATES the fit chooses from (5: session 9's x1/2 .. x2;
# 7 adds x3/4 and x4/3, session 10). Labels and augmentation centres beyond it are dropped.
LEVELS = 5
# --against-shipped: the dev check compares the weights file's model with this fit (both with
# the learned level on), and the folds are scored at 5 levels too, on the same sources.
AGAINST_SHIPPED = False
SKIP_34 = True  # --no-skip-34: no skip guard at x3/4 (session 10's V7f/V7g)
WEIGHTS_OUT = ROOT / "audio_sync" / "_level_model_weights.py"


def _excerpts(src: Path | int | str) -> Iterator[Any]:
    if src in ("clicks", "clicktrain"):
        from level_clicks import check_clicks, training_clicks

        yield from (check_clicks() if src == "clicks" else training_clicks())
    elif isinstance(src, Path):
        yield from real_set(src)
    elif src < 0:
        yield from change_set(-src)
    else:
        yield from synthetic_set(src)


def _front(ex: Any, tag: str) -> tuple[Any, np.ndarray, np.ndarray]:
    """(Features, beat activation, downbeat activation), cached per excerpt."""
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features

    old = OLD_FEATS / f"{Path(str(ex.path)).parent.name}-{ex.name}.pkl" if ex.path else None
    if old is not None and old.exists():
        feats = pickle.loads(old.read_bytes())[0]
    else:
        feats = compute_features(ex.audio)
    act, down = beat_activation(feats.mel_db)
    return feats, act.astype(np.float64), down.astype(np.float64)


def _row(ex: Any, tag: str) -> dict[str, Any] | None:
    from audio_sync.beats import _no_onsets, beat_onset, initial_level
    from audio_sync.level_model import CANDIDATES

    feats, act, down = _front(ex, tag)
    env = beat_onset(feats)
    if feats.n_frames < 16 or not env.any() or _no_onsets(feats) or ex.beats_s.size < 4:
        return None
    bpm0, beats, bpm = initial_level(feats, env, act=act)
    true = 60.0 / float(np.median(np.diff(ex.beats_s)))
    x, ok, label = _centred(feats, act, down, beats, bpm, bpm0, true, 1.0)
    # The same song seen from the other levels (training augmentation, --augment): the level
    # decision then learns which pulse is the beat from every song, not only from the rule's
    # misses (x2 right on 8 excerpts of train2). The rule's prior (the candidate one-hots) is
    # zeroed there: that centre is not the rule's choice.
    aug = [(*_centred(feats, act, down, beats, bpm, bpm0, true, c), k) for k, c in enumerate(CANDIDATES[1:], 1)]
    return dict(name=f"{tag}:{ex.name}", x=x, ok=ok, label=label, bpm=bpm, true=true, metre=ex.metre,
                aug=[a for a in aug if a[1][0] and a[2] >= 0])


def _centred(feats: Any, act: np.ndarray, down: np.ndarray, beats: np.ndarray, bpm: float, bpm0: float,
             true: float, centre: float) -> tuple[np.ndarray, np.ndarray, int]:
    from audio_sync.level_model import CANDIDATES, FEATURES, candidate_features

    b = bpm * centre
    x, ok = candidate_features(feats, act, down, beats, b, ratio=b / bpm0)
    if centre != 1.0:
        x[:, FEATURES.index("is_half"):FEATURES.index("is_four_thirds") + 1] = 0.0
    err = np.abs(np.log(np.array(CANDIDATES) * b / true))
    k = int(np.argmin(err))
    return x, ok, (k if err[k] < np.log(1.04) and ok[k] else -1)


def rows(tag: str, src: Path | int | str) -> list[dict[str, Any]]:
    """The source's rows, cached under a key of the feature code, the beat tracker and the beat
    net's weights (a retrained net never reuses stale activations)."""
    import hashlib

    key = hashlib.md5(ROWS_VERSION + b"".join((ROOT / "audio_sync" / m).read_bytes() for m in (
        "level_model.py", "level_vote.py", "beats.py", "metrical_level.py", "beat_tcn.npz"))
        + (ROOT / "benchmarks" / "level_clicks.py").read_bytes()).hexdigest()[:10]
    f = CACHE / f"rows-{tag}-{key}.pkl"
    if f.exists():
        return pickle.loads(f.read_bytes())
    out = []
    for ex in _excerpts(src):
        r = _row(ex, tag)
        if r is not None:
            out.append(r)
    CACHE.mkdir(parents=True, exist_ok=True)
    f.write_bytes(pickle.dumps(out))
    print(f"  {tag}: {len(out)} rows", flush=True)
    return out


def limited(data: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """The rows as a model choosing among the first ``n`` candidates sees them: later candidates
    invalid, their labels unreachable (-1), augmentation centred on them dropped."""
    out = []
    for r in data:
        mask = np.arange(r["ok"].size) < n
        aug = [(x, ok & mask, y, c) for x, ok, y, c in r.get("aug", ()) if y < n and c < n]
        out.append(dict(r, ok=r["ok"] & mask, label=r["label"] if r["label"] < n else -1, aug=aug))
    return out


def _targets(r: dict[str, Any], octave: bool) -> np.ndarray:
    """Indices the fit counts as right: the label, and with ``octave`` its x2 and x1/2 too."""
    from audio_sync.level_model import CANDIDATES

    c = CANDIDATES[r["label"]]
    return np.array([k for k, d in enumerate(CANDIDATES) if k == r["label"] or (
        octave and r["ok"][k] and min(abs(d / c - 2.0), abs(d / c - 0.5)) < 1e-6)])


def fit(data: list[dict[str, Any]], *, l2: float | None = None) -> dict[str, Any]:
    """Conditional logit on the rows with a reachable label; standardised features."""
    from scipy.optimize import minimize

    from audio_sync.level_model import FEATURES, N_FEATURES

    l2 = L2 if l2 is None else l2
    keep = np.array([not USE or n in USE for n in FEATURES], dtype=np.float64)
    def duple(r: dict[str, Any]) -> bool:
        return str(r.get("metre")) in ("2/2", "2/4")

    use = [r for r in data if r["label"] >= 0 and r["ok"][0] and not (DROP_DUPLE and duple(r))]
    if AUGMENT:
        use += [dict(x=x, ok=ok, label=y, metre=r["metre"]) for r in data for x, ok, y, _ in r.get("aug", ())
                if not (DROP_DUPLE and duple(r))]
    allx = np.concatenate([r["x"][r["ok"]] for r in use])
    mean, scale = allx.mean(axis=0), allx.std(axis=0) + 1e-6
    xs = [((r["x"] - mean) / scale * keep, r["ok"], _targets(r, OCTAVE_DUPLE and duple(r))) for r in use]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * float(w @ w), l2 * w.copy()
        for z, ok, ys in xs:
            s = np.where(ok, z @ w, -np.inf)
            s -= s[ok].max()
            p = np.where(ok, np.exp(s), 0.0)
            p /= p.sum()
            py = float(p[ys].sum())
            total -= float(np.log(py + 1e-12))
            grad -= (p[ys] @ z[ys]) / max(py, 1e-12) - p @ np.where(ok[:, None], z, 0.0)
        return total, grad

    bounds = [(0.0, None) if SIGNED and n in SIGNED else (None, None) for n in FEATURES]
    res = minimize(loss, np.zeros(N_FEATURES), jac=True, method="L-BFGS-B", bounds=bounds)
    return {"mean": mean, "scale": scale, "weights": res.x * keep, "margin": 0.0, "skip_min": SKIP_MIN,
            "add_max": ADD_MAX, "add_both": ADD_BOTH, "backbeat_min": BACKBEAT_MIN, "levels": LEVELS,
            "skip_three_quarters": SKIP_34}


def score(model: dict[str, Any], data: list[dict[str, Any]], margin: float) -> tuple[int, int]:
    """(+reached, -lost) at the decision point against the rule's level (candidate x1)."""
    from audio_sync.level_model import decide

    m = dict(model, margin=margin)
    plus = minus = 0
    for r in data:
        k = decide(m, r["x"], r["ok"])
        plus += int(r["label"] != 0 and k == r["label"] and r["label"] >= 0)
        minus += int(r["label"] == 0 and k != 0)
    return plus, minus


MODELS: dict[str, dict[str, Any]] = {}  # per held-out source: the fold's model


def switched(data: dict[str, list[dict[str, Any]]], margin: float) -> None:
    """Every out-of-fold switch at ``margin``: excerpt, annotated and rule tempo, chosen level."""
    from audio_sync.level_model import CANDIDATES, decide

    names = {0: "x1", 1: "x1/2", 2: "x2/3", 3: "x3/2", 4: "x2", 5: "x3/4", 6: "x4/3"}
    print(f"\nout-of-fold switches at margin {margin:.1f} (+ reached, - lost, . wrong either way):")
    for held, rs in data.items():
        for r in rs:
            k = decide(dict(MODELS[held], margin=margin), r["x"], r["ok"])
            if k:
                sign = "+" if k == r["label"] else ("-" if r["label"] == 0 else ".")
                print(f"  {sign} {r['name']:52s} {r['metre']:5s} true {r['true']:6.1f} rule {r['bpm']:6.1f} "
                      f"-> {names[k]} ({r['bpm'] * CANDIDATES[k]:.1f})")


def folds(data: dict[str, list[dict[str, Any]]]) -> dict[float, list[tuple[str, int, int]]]:
    """Out-of-fold (+, -) per source, per margin; the fold's own choice printed too."""
    per_margin: dict[float, list[tuple[str, int, int]]] = {m: [] for m in MARGINS}
    for held in data:
        train = [r for s, rs in data.items() if s != held for r in rs]
        model = MODELS[held] = fit(train)
        inner = {m: score(model, train, m) for m in MARGINS}
        pick = max(MARGINS, key=lambda m: (inner[m][0] - inner[m][1], m))
        for m in MARGINS:
            p, q = score(model, data[held], m)
            per_margin[m].append((held, p, q))
        p, q = score(model, data[held], pick)
        right = sum(r["label"] == 0 for r in data[held])
        print(f"fold {held:11s} n={len(data[held]):4d} rule right {right:4d}  margin chosen {pick:.1f} "
              f"(in-sample +{inner[pick][0]}/-{inner[pick][1]})  held out +{p}/-{q} net {p - q:+d}", flush=True)
    return per_margin


def duple_folds(data: dict[str, list[dict[str, Any]]]) -> tuple[int, bool]:
    """Per held-out source, the shipped fold model at SHIPPED_MARGIN without and with the duple
    halving (threshold fixed or chosen on the other sources); (total change, none negative)."""
    from level_duple import PARITY_MAX, THRESHOLDS, variant

    def net(model: dict[str, Any], rs: list[dict[str, Any]], thr: float | None, on: bool = True) -> tuple[int, int]:
        if not on:
            return score(model, rs, SHIPPED_MARGIN)
        with variant(str(DUPLE), thr):
            return score(model, rs, SHIPPED_MARGIN)

    total, ok = 0, True
    print(f"\nduple halving ({DUPLE}) on the folds at margin {SHIPPED_MARGIN}: shipped -> candidate")
    for held, model in MODELS.items():
        thr = None
        if DUPLE in THRESHOLDS:  # loso variants: the best net on the other sources (tie: the first listed)
            train = [r for s, rs in data.items() if s != held for r in rs]
            thr = max(THRESHOLDS[DUPLE], key=lambda t: (lambda pq: pq[0] - pq[1])(net(model, train, t)))
        (p0, q0), (p1, q1) = net(model, data[held], None, on=False), net(model, data[held], thr)
        d = (p1 - q1) - (p0 - q0)
        total, ok = total + d, ok and d >= 0
        cue = f"act_parity < {PARITY_MAX}" if DUPLE == "parity" else f"threshold {thr if thr is not None else 'default'}"
        print(f"  fold {held:11s} {cue}  +{p0}/-{q0} -> +{p1}/-{q1}  change {d:+d}", flush=True)
    print(f"duple halving on the folds: total change {total:+d}, no fold negative: {ok}")
    return total, ok


@contextmanager
def _config(on: bool) -> Iterator[None]:
    """Off/on for the dev check: the learned level (default) or the duple halving (--duple-half,
    with the learned level on both sides)."""
    from level_duple import variant

    import audio_sync._level_model_weights as weights
    from audio_sync import beats

    saved, beats.LEVEL_MODEL = beats.LEVEL_MODEL, on or DUPLE is not None or AGAINST_SHIPPED
    saved_model = weights.MODEL
    if AGAINST_SHIPPED:
        weights.MODEL = MODELS["fitted"] if on else MODELS["shipped"]
    try:
        if DUPLE is not None and on:
            with variant(DUPLE, DUPLE_THR.get("all")):
                yield
        else:
            yield
    finally:
        beats.LEVEL_MODEL, weights.MODEL = saved, saved_model


DUPLE_THR: dict[str, float] = {}  # --duple-half loso: the threshold chosen on all sources


def dev_check(sets: dict[str, Path | int | str]) -> dict[str, tuple[int, int, float, float]]:
    """The whole tracker with the learned level off and on (--duple-half: the shipped tracker
    against the candidate): acc1 and mean beat F per set; per set (+reached, -lost, F off, F on)."""
    import mir_eval

    from audio_sync import beats
    from audio_sync.features import compute_features

    print("\ndev sets, whole tracker: " + ("shipped -> duple halving" if DUPLE else
                                           f"shipped model -> this fit ({LEVELS} levels)" if AGAINST_SHIPPED else
                                           "learned level off -> on (beats.LEVEL_MODEL)"))
    out = {}
    for tag, src in sets.items():
        res: dict[bool, list[tuple[bool, float]]] = {False: [], True: []}
        moved = []
        for ex in _excerpts(src):
            feats = compute_features(ex.audio)
            true = 60.0 / float(np.median(np.diff(ex.beats_s)))
            ref = mir_eval.beat.trim_beats(ex.beats_s)
            tempi = {}
            for on in (False, True):
                with _config(on):
                    r = beats.track(feats)
                f = float(mir_eval.beat.f_measure(ref, mir_eval.beat.trim_beats(np.asarray(r.beats_s))))
                res[on].append((abs(r.tempo_bpm / true - 1) <= 0.04, f))
                tempi[on] = r.tempo_bpm
            if abs(tempi[True] / max(tempi[False], 1e-9) - 1) > 0.04:
                moved.append(f"{ex.name} ({true:.0f}: {tempi[False]:.0f} -> {tempi[True]:.0f})")
        n = len(res[False])
        a0, a1 = (100.0 * np.mean([a for a, _ in res[o]]) for o in (False, True))
        f0, f1 = (float(np.mean([f for _, f in res[o]])) for o in (False, True))
        gain = sum(1 for x, y in zip(res[False], res[True], strict=True) if y[0] and not x[0])
        loss = sum(1 for x, y in zip(res[False], res[True], strict=True) if x[0] and not y[0])
        print(f"  {tag:10s} n={n:3d} acc1 {a0:5.1f}% -> {a1:5.1f}%  (+{gain}/-{loss})  F {f0:.3f} -> {f1:.3f}"
              f"  moved: {', '.join(moved) or '-'}", flush=True)
        out[tag] = (gain, loss, f0, f1)
    return out


def _num(v: float) -> str:
    return f"{v:.6g}" if np.isfinite(v) else ('float("-inf")' if v < 0 else 'float("inf")')


def write_weights(model: dict[str, Any], margin: float, note: str) -> None:
    from audio_sync.level_model import FEATURES

    def arr(v: np.ndarray) -> str:
        return "(" + ", ".join(f"{float(x):.6g}" for x in v) + ",)"

    text = (f'"""Weights of audio_sync.level_model, written by benchmarks/level_learn.py --write.\n\n{note}\n"""\n\n'
            f"FEATURES = {tuple(FEATURES)!r}\n"
            f"MODEL: dict[str, object] = {{\n    \"mean\": {arr(model['mean'])},\n"
            f"    \"scale\": {arr(model['scale'])},\n    \"weights\": {arr(model['weights'])},\n"
            f"    \"margin\": {margin},\n    \"skip_min\": {_num(float(model['skip_min']))},\n"
            f"    \"add_max\": {_num(float(model['add_max']))},\n    \"add_both\": {bool(model['add_both'])},\n"
            f"    \"backbeat_min\": {_num(float(model['backbeat_min']))},\n    \"levels\": {int(model['levels'])},\n"
            f"    \"skip_three_quarters\": {bool(model.get('skip_three_quarters', True))},\n}}\n")
    tmp = WEIGHTS_OUT.with_suffix(".tmp")
    tmp.write_text(text)
    tmp.rename(WEIGHTS_OUT)


FOLD_NETS: dict[int, dict[str, int]] = {}  # per level count: out-of-fold net per source at the margin


def levels_folds(raw: dict[str, list[dict[str, Any]]], margin: float) -> tuple[str, bool]:
    """--against-shipped: the same folds with 5 levels (session 9) against LEVELS; (line, rule 1)."""
    global LEVELS
    saved, LEVELS, fold_models = LEVELS, 5, dict(MODELS)
    try:
        print("\nthe same folds at 5 levels (session 9's candidates):")
        report_folds({s: limited(rs, 5) for s, rs in raw.items()}, margin)
    finally:  # the fold models stay this fit's (duple_folds reads them)
        LEVELS = saved
        MODELS.clear()
        MODELS.update(fold_models)
    old, new = FOLD_NETS[5], FOLD_NETS[LEVELS]
    ok = sum(new.values()) > sum(old.values()) and all(new[s] >= old[s] for s in old)
    line = (f"{LEVELS} levels vs 5: folds net {sum(new.values()):+d} vs {sum(old.values()):+d} ("
            + " ".join(f"{s} {new[s]:+d}/{old[s]:+d}" for s in old) + f"), more and no fold lower: {ok}")
    print(line)
    return line, ok


def report_folds(data: dict[str, list[dict[str, Any]]], forced: float | None) -> tuple[float, bool, str]:
    """Print the folds per margin; (margin for the shipped fit, every-fold criterion, summary)."""
    per_margin = folds(data)
    print("\nout-of-fold net per margin (+reached/-lost per held-out source):")
    for m, fs in per_margin.items():
        print(f"  margin {m:.1f}: " + "  ".join(f"{s} +{p}/-{q}" for s, p, q in fs)
              + f"  total net {sum(p - q for _, p, q in fs):+d}")
    nets = {m: sum(p - q for _, p, q in fs) for m, fs in per_margin.items()}
    margin = max(MARGINS, key=lambda m: (nets[m], m)) if forced is None or forced < 0 else forced
    reachable = {s for s, rs in data.items() if any(r["label"] > 0 for r in rs)}
    every_fold = all(p - q > 0 for s, p, q in per_margin[margin] if s in reachable) and all(
        p - q >= 0 for _, p, q in per_margin[margin])
    print(f"margin for the shipped fit: {margin:.1f} (its total out-of-fold net {nets[margin]:+d}; best total {max(nets.values()):+d}); "
          f"net positive in every fold with a reachable miss, none negative: {every_fold}")
    line = " ".join(f"{s} {p - q:+d}" for s, p, q in per_margin[margin])
    FOLD_NETS[LEVELS] = {s: p - q for s, p, q in per_margin[margin]}
    return margin, every_fold, f"out-of-fold net {nets[margin]:+d} ({line})"


def _options() -> argparse.Namespace:
    """Parse the command line and set the fit's module-level options."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--l2", type=float, default=None)
    ap.add_argument("--features", default=None)
    ap.add_argument("--no-augment", action="store_true")
    ap.add_argument("--signed", action="store_true")
    ap.add_argument("--drop-duple", action="store_true")
    ap.add_argument("--octave-duple", action="store_true")
    ap.add_argument("--guard", action="store_true", help="the skip guard (level_model.decide)")
    ap.add_argument("--add-guard", choices=("either", "both"), default=None,
                    help="a faster level's added pulses need evidence (level_model.decide)")
    ap.add_argument("--backbeat-guard", action="store_true",
                    help="no move when the rule's beats carry a backbeat (level_model.decide)")
    ap.add_argument("--duple-half", choices=("fixed", "loso", "parity", "density", "density-tempo", "density-loso"),
                    default=None, help="a duple halving candidate (benchmarks/level_duple.py: s9 fixed/loso/parity, "
                    "s10 density*), off by default")
    ap.add_argument("--levels", type=int, choices=(5, 7), default=5,
                    help="candidate levels the fit chooses from (7 adds x3/4 and x4/3)")
    ap.add_argument("--no-skip-34", action="store_true", help="no skip guard at x3/4 (V7f, V7g)")
    ap.add_argument("--against-shipped", action="store_true",
                    help="compare with the weights file's model (folds also at 5 levels)")
    ap.add_argument("--weights-out", type=Path, default=None,
                    help="--write to this file instead of the shipped weights (a candidate's)")
    ap.add_argument("--margin", type=float, default=None, help="the fit's margin (default SHIPPED_MARGIN; -1: best fold total)")
    args = ap.parse_args()
    global DUPLE, LEVELS, AGAINST_SHIPPED, WEIGHTS_OUT
    WEIGHTS_OUT = args.weights_out or WEIGHTS_OUT
    DUPLE = args.duple_half
    global SKIP_34
    LEVELS, AGAINST_SHIPPED, SKIP_34 = args.levels, args.against_shipped, not args.no_skip_34
    global L2, USE, AUGMENT, SIGNED, DROP_DUPLE, OCTAVE_DUPLE, SKIP_MIN, ADD_MAX, ADD_BOTH, BACKBEAT_MIN
    BACKBEAT_MIN = float(np.log(1.25)) if args.backbeat_guard else np.inf
    ADD_MAX = float(np.log(1.25)) if args.add_guard else np.inf
    ADD_BOTH = args.add_guard == "both"
    SKIP_MIN = float(np.log(1.25)) if args.guard else -np.inf
    OCTAVE_DUPLE = args.octave_duple
    DROP_DUPLE = args.drop_duple
    SIGNED = SIGNED_FEATURES if args.signed else ()
    AUGMENT = not args.no_augment
    L2 = L2 if args.l2 is None else args.l2
    USE = USE if args.features is None else tuple(f for f in args.features.split(",") if f)
    return args


def main() -> int:
    args = _options()
    t0, c0 = time.time(), time.process_time()
    raw = {s: rows(s, SOURCES[s]) for s in args.sources.split(",")}
    data = {s: limited(rs, LEVELS) for s, rs in raw.items()}
    for s, rs in data.items():
        labels = np.array([r["label"] for r in rs])
        print(f"{s:11s} n={len(rs):4d} labels x1 {np.sum(labels == 0)} x1/2 {np.sum(labels == 1)} "
              f"x2/3 {np.sum(labels == 2)} x3/2 {np.sum(labels == 3)} x2 {np.sum(labels == 4)} "
              f"x3/4 {np.sum(labels == 5)} x4/3 {np.sum(labels == 6)} none {np.sum(labels < 0)}")
    margin, every_fold, fold_line = report_folds(data, SHIPPED_MARGIN if args.margin is None else args.margin)
    switched(data, margin)
    if AGAINST_SHIPPED:
        fold_line, every_fold = levels_folds(raw, margin)
    if DUPLE is not None:
        d_total, d_ok = duple_folds(data)
        fold_line = f"duple halving ({DUPLE}) vs shipped: folds change {d_total:+d}, none negative {d_ok}"
        every_fold = d_total > 0 and d_ok
    model = fit([r for rs in data.values() for r in rs])
    from level_duple import THRESHOLDS, variant

    if DUPLE in THRESHOLDS:
        def all_net(t: float) -> int:
            with variant(str(DUPLE), t):
                p, q = score(model, [r for rs in data.values() for r in rs], margin)
            return p - q

        DUPLE_THR["all"] = max(THRESHOLDS[DUPLE], key=all_net)
        print(f"duple halving threshold on all sources: {DUPLE_THR['all']:.2f}")
    if args.write:
        reads = ", ".join(USE) if USE else "all features"
        write_weights(model, margin, f"Fitted on {', '.join(f'{s} ({len(r)})' for s, r in data.items())};\n"
                      f"augmented: {AUGMENT}; L2 {L2}; margin {margin}; reads: {reads}\n"
                      "(the others have weight 0). Provenance: audio_sync/level_model.md.")
        print(f"wrote {WEIGHTS_OUT}")
    # The check sets run this fit (not whatever the weights file holds): choose() reads MODEL
    # from the weights module at each call.
    import audio_sync._level_model_weights as shipped

    MODELS["shipped"], MODELS["fitted"] = shipped.MODEL, {**model, "margin": margin}
    shipped.MODEL = {**model, "margin": margin}
    dev = {} if args.no_dev else dev_check(DEV)
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"wall {time.time() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s, "
          f"max RSS {ru.ru_maxrss / 1024:.0f} MB")
    dev_ok = all(g >= q and f1 >= f0 - 1e-9 for g, q, f0, f1 in dev.values())
    head = "" if DUPLE else ("this fit vs the shipped model: " if AGAINST_SHIPPED else
                             "learned level (LEVEL_MODEL on) vs the rule alone (off): ")
    print(f"{head}{fold_line}; dev sets "
          + " ".join(f"{t} +{g}/-{q} F {f0:.3f}->{f1:.3f}" for t, (g, q, f0, f1) in dev.items())
          + f"; {'candidate criterion (folds, dev)' if DUPLE else 'no dev set worse (session 8 rule; session 9 pools the dev sets: 2026-12-01-s9-decision.md)'} met: {every_fold and dev_ok and bool(dev)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
