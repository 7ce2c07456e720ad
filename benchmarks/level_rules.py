"""Which tempo-level misses are learnable from audio? Candidate rules, cross-validated (#15).

Reads the per-excerpt rows of ``level_study.py --dotted`` (found and annotated tempo, beats,
metre, drums) and its feature cache, and prints:

1. the tracked level against the annotated one per metre, over every set;
2. for fiddle tunes in 2/2 and 2/4 tracked at 135-205 BPM (quarter level): the annotated level
   against how many onsets fall per tracked beat, with and without drums;
3. four simple rules that would change the level, each with a small grid of settings: the net
   count (annotated level reached / lost) per set, then two folds: the setting with the best net
   on real-train scored on the other sets, and the same fitted on real-train2.

Rules: ``fast-no-kick`` halves a tempo >= T when the kick band is flat (no drum kit: its p99 /
median flux < K); ``slow-sub`` doubles a tempo < T when the activation's autocorrelation comb at
half the period is within K of the comb at the period; ``few-onsets`` halves when fewer than K
onsets fall per tracked beat; ``dotted`` is audio_sync.dotted_level (x2/3 at ratio >= K).

Usage (project venv): python benchmarks/level_study.py --dotted  (writes the rows it reads)
                      python benchmarks/level_rules.py [--rows FILE] [--cache DIR]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from level_study import FEATS, ROWS, level_of  # noqa: E402

Row = dict[str, object]
DIRS = {"dev": "realbeats-dev", "dev2": "realbeats-dev2", "train": "realbeats-train",
        "train2": "realbeats-train2", "compound": "realbeats-compound"}


def add_features(rows: list[Row], cache: Path) -> None:
    from audio_sync.tempo_curve import autocorr

    for r in rows:
        feats, act = pickle.loads((cache / f"{DIRS[str(r['set'])]}-{r['name']}.pkl").read_bytes())
        kick = feats.onset_kick
        r["kick_peak"] = float(np.percentile(kick, 99) / max(float(np.median(kick)), 1e-9))
        period = 60.0 * feats.frame_rate_hz / float(r["found"])  # type: ignore[arg-type]
        a = autocorr(act)

        def comb(lag: float, a: np.ndarray = a) -> float:
            pts = lag * np.arange(1, 4)
            pts = pts[pts < a.size - 1]
            return float(np.interp(pts, np.arange(a.size), a).mean()) if pts.size else 0.0

        r["sub_comb"] = comb(period / 2) - comb(period)
        r["onsets_per_beat"] = float(r["onset_rate"]) * 60.0 / float(r["found"])  # type: ignore[arg-type]


def _acc1(bpm: float, true: float) -> bool:
    return abs(bpm - true) / true <= 0.04


Rule = tuple[str, float, Callable[[Row, float, float], bool], list[tuple[float, float]]]
RULES: list[Rule] = [
    ("fast-no-kick", 0.5, lambda r, t, k: float(r["found"]) >= t and float(r["kick_peak"]) < k,  # type: ignore[arg-type]
     [(t, k) for t in (140, 150, 160, 170) for k in (30, 50, 120, 1e9)]),
    ("slow-sub", 2.0, lambda r, t, k: float(r["found"]) < t and float(r["sub_comb"]) >= k,  # type: ignore[arg-type]
     [(t, k) for t in (75, 80, 90, 100) for k in (-0.04, -0.02, 0.0, 0.02, 0.04)]),
    ("few-onsets", 0.5, lambda r, t, k: float(r["onsets_per_beat"]) < k and float(r["found"]) / 2 >= t,  # type: ignore[arg-type]
     [(55, k) for k in (0.3, 0.5, 0.7, 0.9, 1.0, 1.2)]),
    ("dotted", 2 / 3, lambda r, t, k: float(r.get("ratio", 0.0)) >= k and float(r["found"]) * 2 / 3 >= t,  # type: ignore[arg-type]
     [(55, k) for k in (1.0, 1.04, 1.08, 1.1, 1.12, 1.16, 1.2)]),
]


def net(rows: list[Row], rule: Rule, t: float, k: float) -> tuple[int, int]:
    """(excerpts brought to the annotated tempo, excerpts taken off it) by the rule."""
    _, mult, pred, _ = rule
    gain = loss = 0
    for r in rows:
        if pred(r, t, k):
            before = _acc1(float(r["found"]), float(r["true"]))  # type: ignore[arg-type]
            after = _acc1(float(r["found"]) * mult, float(r["true"]))  # type: ignore[arg-type]
            gain, loss = gain + (after and not before), loss + (before and not after)
    return gain, loss


def report_rule(rows: list[Row], rule: Rule, sets: list[str]) -> None:
    name, _, _, grid = rule
    print(f"\n#### rule {name}: net per set (+reached/-lost), setting (T, K)\n")
    print("| setting | " + " | ".join(sets) + " |\n|---|" + "---|" * len(sets))
    for t, k in grid:
        cells = [net([r for r in rows if r["set"] == s], rule, t, k) for s in sets]
        print(f"| {t:g}, {k:g} | " + " | ".join(f"+{g}/-{lo}" for g, lo in cells) + " |")
    for fit in ("train", "train2"):
        fit_rows = [r for r in rows if r["set"] == fit]
        scores = [np.subtract(*net(fit_rows, rule, t, k)) for t, k in grid]
        t, k = grid[int(np.argmax(scores))]
        rest = [s for s in sets if s != fit]
        print(f"\nfold fitted on {fit}: ({t:g}, {k:g}) net {max(scores):+d}; elsewhere: " + ", ".join(
            "{} +{}/-{}".format(s, *net([r for r in rows if r["set"] == s], rule, t, k)) for s in rest))


def metre_table(rows: list[Row]) -> None:
    print("### tracked level vs annotated level, per metre (all sets)\n")
    by: dict[str, Counter[str]] = {}
    for r in rows:
        by.setdefault(str(r["metre"]), Counter())[level_of(r)] += 1
    for m, c in sorted(by.items()):
        common = ", ".join(f"{lv} {n}" for lv, n in c.most_common())
        print(f"- {m}: n={sum(c.values())}; {common}")


def cut_time_table(rows: list[Row]) -> None:
    """2/2 and 2/4 tunes tracked at a quarter-note level: the annotated level by drums."""
    print("\n### 2/2 and 2/4 tracked at 135-205 BPM: annotated at half (x2) or at the tracked level (x1)\n")
    sel = [r for r in rows if r["metre"] in ("2/2", "2/4") and 135 <= float(r["found"]) <= 205]  # type: ignore[arg-type]
    for drums in (False, True):
        g = [r for r in sel if bool(r["drums"]) == drums]
        for lv in ("x2", "x1"):
            v = [float(r["onsets_per_beat"]) for r in g if level_of(r) == lv]  # type: ignore[arg-type]
            if v:
                print(f"- {'drums' if drums else 'no drums'}, annotated {lv}: n={len(v)}, onsets per "
                      f"tracked beat median {np.median(v):.2f} (range {min(v):.2f}-{max(v):.2f})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=Path, default=ROWS)
    ap.add_argument("--cache", type=Path, default=FEATS)
    args = ap.parse_args()
    rows: list[Row] = pickle.loads(args.rows.read_bytes())
    add_features(rows, args.cache)
    sets = [s for s in DIRS if any(r["set"] == s for r in rows)]
    metre_table(rows)
    cut_time_table(rows)
    for rule in RULES:
        report_rule(rows, rule, sets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
