"""Old beat net vs new, and the activation phase check, side by side in one run (issue #15).

Columns: ``s7`` = session 7's net (``tests/audio_sync/data/beat_tcn_s7.npz``, the weights at commit S7) with
its activation weight and no activation phase check, as main shipped it; ``net`` = the shipped
net in that same tracker (the net's own effect); ``new`` = the shipped net with the tracker as
shipped (``beats.ACT_WEIGHT``, ``beats.ACT_PHASE``). Sets:

- **kept-out**: real-train3's and real-train4's band arrangements that beat_tcn_dataset.py never
  trains on (numbered 0 mod 4, whole arrangements); off-beat count (F < 0.3 with AMLt > 0.8) and mean F, with and
  without the renders that have nothing audible on the beat (offbeat_scan.AUDIBLE);
- the dev sets: real-dev, real-dev2, synthetic +500, change songs +500: beat F and acc1;
- with ``--final`` only, as a regression check (never to pick on): real-heldout..real-heldout5.
  real-heldout6 and later sets are refused.

Every variant runs the uncached analysis on the same excerpts (features computed once, before);
the CPU seconds each variant spent are printed (the ratio new/s7 is the tracker's cost change; benchmarks/analysis_speed.py
measures the budget). Key figure last.

    python benchmarks/offbeat_judge.py [--sets kept-out,real-dev,real-dev2,synthetic,changes]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_accuracy import Estimate, Score, net_weights, score  # noqa: E402
from beat_sets import (  # noqa: E402
    DEV2_DIR,
    DEV_DIR,
    HELDOUT2_DIR,
    HELDOUT3_DIR,
    HELDOUT4_DIR,
    HELDOUT5_DIR,
    HELDOUT_DIR,
    Excerpt,
    change_set,
    real_set,
    refuse_unfinal,
    synthetic_set,
)
from beat_tcn_dataset import kept_out_set  # noqa: E402
from offbeat_scan import AUDIBLE, beat_energy_ratio  # noqa: E402

S7 = "8aa80d1"  # main at the start of session 8: session 7's net
S7_WEIGHTS = ROOT / "tests" / "audio_sync" / "data" / "beat_tcn_s7.npz"
S7_ACT_WEIGHT = 1.0  # beats.ACT_WEIGHT at S7
DEV_OFFSET = 500
# Regression checks only (scored before; --final): never pick a setting on them.
HELDOUT = {"real-heldout": HELDOUT_DIR, "real-heldout2": HELDOUT2_DIR, "real-heldout3": HELDOUT3_DIR,
           "real-heldout4": HELDOUT4_DIR, "real-heldout5": HELDOUT5_DIR}


def s7_weights() -> dict[str, np.ndarray]:
    """Session 7's net: a copy of ``audio_sync/beat_tcn.npz`` at commit S7 kept for the tests."""
    from audio_sync.activation import read_weights

    return read_weights(S7_WEIGHTS)


def variant(weights: dict[str, np.ndarray] | None, *, check: bool,
            **settings: float) -> Callable[[Excerpt], Estimate]:
    """Our analysis with ``weights`` (None: the shipped net), ``beats.ACT_PHASE = check`` and
    any other ``audio_sync.beats`` settings, restored afterwards."""
    def run(ex: Excerpt) -> Estimate:
        from audio_sync import act_phase, beats
        from audio_sync.analysis import _analyze_uncached

        values = {"ACT_PHASE": check, **settings}
        mods = {k: act_phase if k == "ACT_RATIO" else beats for k in values}
        saved = {k: getattr(mods[k], k) for k in values}
        for k, v in values.items():
            setattr(mods[k], k, v)
        try:
            with net_weights(weights):
                bm = _analyze_uncached(ex.audio)
        finally:
            for k, v in saved.items():
                setattr(mods[k], k, v)
        return Estimate(np.asarray(bm.beats_s), np.asarray(bm.downbeats_s), bm.tempo_bpm)

    return run


def parse_extra(spec: str) -> dict[str, float]:
    """'ACT_WEIGHT=2,ACT_PHASE=1' -> settings of audio_sync.beats (or act_phase.ACT_RATIO)."""
    out = {}
    for item in filter(None, spec.split(",")):
        k, v = item.split("=")
        out[k] = float(v)
    return out


def offbeat(s: Score) -> bool:
    return s.f < 0.3 and s.amlt > 0.8


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="kept-out,real-dev,real-dev2,synthetic,changes")
    parser.add_argument("--extra", action="append", default=[],
                        help="another column: shipped net with beats settings, e.g. ACT_WEIGHT=2")
    parser.add_argument("--final", action="store_true",
                        help="allow real-heldout..real-heldout5: a regression check, never to pick on")
    parser.add_argument("--net", type=Path, help="a candidate weights file instead of the shipped one")
    args = parser.parse_args()
    refuse_unfinal(parser, args.sets, tuple(HELDOUT), anchors_only=False, final=args.final)
    cand = None
    if args.net:
        from audio_sync.activation import read_weights

        cand = read_weights(args.net)
    variants = {"s7": variant(s7_weights(), check=False, ACT_WEIGHT=S7_ACT_WEIGHT),
                "net": variant(cand, check=False, ACT_WEIGHT=S7_ACT_WEIGHT),
                "new": variant(cand, check=True)}
    for i, spec in enumerate(args.extra):
        variants[f"x{i}"] = variant(cand, check=True, **parse_extra(spec))
        print(f"x{i}: new with {spec}")
    sources: dict[str, Callable[[], Iterator[Excerpt]]] = {
        "kept-out": kept_out_set, "real-dev": lambda: real_set(DEV_DIR),
        "real-dev2": lambda: real_set(DEV2_DIR), "synthetic": lambda: synthetic_set(DEV_OFFSET),
        "changes": lambda: change_set(DEV_OFFSET),
        **{name: (lambda d=d: real_set(d)) for name, d in HELDOUT.items()}}
    unknown = [s for s in args.sets.split(",") if s not in sources]
    if unknown:  # real-heldout6/7 included: only beat_accuracy.py --final scores a pristine set
        parser.error(f"{', '.join(unknown)}: not a set of this judge (it has {', '.join(sources)}); "
                     "newer held-out sets are scored only by the lead's final beat_accuracy.py run")
    cpu = dict.fromkeys(variants, 0.0)
    lines, wall0 = [], time.perf_counter()
    for set_name in args.sets.split(","):
        rows: dict[str, list[Score]] = {v: [] for v in variants}
        audible: list[bool] = []
        print(f"\n### {set_name}: F (AMLt) per variant " + " / ".join(variants))
        for ex in sources[set_name]():
            from audio_sync.features import compute_features

            compute_features(ex.audio)  # memoised: every variant is timed on the tracker alone
            audible.append(set_name != "kept-out" or beat_energy_ratio(ex) >= AUDIBLE)
            cells = []
            for v, fn in variants.items():
                c0 = time.process_time()
                s = score(ex, fn(ex))
                cpu[v] += time.process_time() - c0
                rows[v].append(s)
                cells.append(f"{s.f:.3f} ({s.amlt:.2f}){'*' if offbeat(s) else ' '}")
            mark = "" if audible[-1] else "  [nothing audible on the beat]"
            print(f"{ex.name:34s} " + "  ".join(cells) + mark, flush=True)
        if not audible:  # e.g. make bench on a fresh clone: real-train3 is rendered, not shipped
            lines.append(f"{set_name:9s} not on this machine (benchmarks/make_realbeats_train3.py renders it): skipped")
            continue
        lines += summary(set_name, rows, np.array(audible, dtype=bool))
    print(f"\nwall {time.perf_counter() - wall0:.0f} s; tracker CPU s "
          + ", ".join(f"{v} {c:.0f}" for v, c in cpu.items())
          + f"; CPU ratio new/s7 {cpu['new'] / max(1e-9, cpu['s7']):.2f}")
    print("\n".join(lines))


def summary(set_name: str, rows: dict[str, list[Score]], audible: np.ndarray) -> list[str]:
    out = []
    for v, scores in rows.items():
        f = np.array([s.f for s in scores])
        off = np.array([offbeat(s) for s in scores])
        acc1 = np.mean([s.acc1 for s in scores])
        extra = ""
        if set_name == "kept-out":
            extra = (f" | audible beat only (n={int(audible.sum())}): off-beat {int(off[audible].sum())},"
                     f" F {f[audible].mean():.3f}")
        out.append(f"{set_name:9s} {v:4s} n={f.size:3d} F {f.mean():.3f} acc1 {acc1:4.0%} "
                   f"off-beat {int(off.sum())}{extra}")
    return out


if __name__ == "__main__":
    main()
