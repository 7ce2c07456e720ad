"""Render the training beat set ("real-train") for the learned beat activation.

Same renderer as real-dev / real-dev2 / real-heldout (public-domain scores from the music21
corpus, our tempo maps, FluidR3_GM via fluidsynth, exact beat grids; the dev2 script's swing
and trance/hip-hop drums), but pieces drawn at random (fixed seed) from corpus folders and
**disjoint from every evaluation set**: a score whose corpus path (without extension, so a
``.krn`` twin of an ``.mxl`` counts as the same piece) appears in any real-dev, real-dev2 or
real-heldout excerpt's JSON, or in the dev2 / held-out scripts' piece lists, is refused
(asserted before rendering). Instruments, tempo (some ramps and steps), swing and drum style
(or none) are drawn at random too.

Needs the generator environment of make_realbeats_dev2.py. Usage:

    python benchmarks/make_realbeats_train.py [OUTDIR] [N] [SEED]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-train, N = 72 pieces attempted,
         SEED 15015; a second batch with another seed adds other pieces to the same folder)
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_realbeats_dev2 as dev2  # noqa: E402 - sibling script, same renderer

CACHE = Path.home() / ".cache" / "mvstudio-eval"
EVAL_DIRS = [dev2.DEV_DIR, CACHE / "realbeats-dev2", CACHE / "realbeats-heldout"]
SEED = 15015
TUNE_PROGRAMS = [0, 4, 6, 11, 12, 19, 21, 22, 24, 25, 40, 56, 65, 71, 73, 80, 81, 105, 110]
CLASSICAL_PROGRAMS: list[Any] = [0, 6, 19, 48, [40, 40, 41, 42], [56, 57, 60, 58], [73, 71, 68, 70]]
DRUMS = ["rock", "swing", "offbeat", "march", "waltz", "trance", "hiphop"]
CLASSICAL = ["beethoven/opus18no1/movement1.mxl", "beethoven/opus18no1/movement2.mxl",
             "beethoven/opus18no1/movement4.mxl", "beethoven/opus59no1/movement2.mxl",
             "beethoven/opus59no2/movement3.mxl", "haydn/opus1no1/movement3.mxl",
             "haydn/opus1no1/movement5.mxl", "mozart/k80/movement1.mxl", "mozart/k80/movement4.mxl",
             "mozart/k156/movement1.mxl", "mozart/k156/movement4.mxl", "mozart/k458/movement1.mxl",
             "mozart/k458/movement4.mxl", "mozart/k155/movement2.mxl"]


def _key(path: str) -> str:
    return re.sub(r"\.[a-z]+$", "", path)


def used_paths() -> set[str]:
    """Corpus paths (no extension) of every evaluation excerpt and every piece the eval
    scripts list (also pieces that failed to render)."""
    used = set()
    for d in EVAL_DIRS:
        for f in Path(d).glob("*.json"):
            used.add(_key(json.loads(f.read_text())["music21_corpus_path"]))
    for script in (HERE / "make_realbeats_dev2.py", HERE / "make_realbeats_heldout.py",
                   dev2.DEV_DIR / "make_dev_set.py"):
        used |= {_key(s) for s in re.findall(r'src="([^"]+)"', script.read_text())}
    return used


def pieces(n: int, seed: int = SEED) -> list[dict[str, Any]]:
    from music21 import corpus

    rng = random.Random(seed)
    root = Path(corpus.__file__).parent
    tunes = sorted(f"ryansMammoth/{p.name}" for p in (root / "ryansMammoth").glob("*.abc"))
    chorales = sorted(f"bach/{p.name}" for p in (root / "bach").glob("bwv*.mxl"))
    used = used_paths()
    pool = ([("tune", s) for s in rng.sample(tunes, 3 * n)] + [("chorale", s) for s in rng.sample(chorales, 40)]
            + [("classical", s) for s in CLASSICAL])
    pool = [(k, s) for k, s in pool if _key(s) not in used]
    rng.shuffle(pool)
    n_tunes, n_chor, n_class = int(0.65 * n), int(0.15 * n), n - int(0.65 * n) - int(0.15 * n)
    chosen = ([p for p in pool if p[0] == "tune"][:n_tunes] + [p for p in pool if p[0] == "chorale"][:n_chor]
              + [p for p in pool if p[0] == "classical"][:n_class])
    out = []
    for kind, src in chosen:
        assert _key(src) not in used, src  # disjoint from every evaluation set
        name = "train_" + re.sub(r"\W+", "_", _key(src).split("/", 1)[1]).lower()
        p: dict[str, Any] = dict(name=name, src=src, title=src, composer=kind, style=kind,
                                 bar=rng.randint(0, 4), dur=30)
        if kind == "tune":
            p.update(qpm=rng.randint(90, 200), loops=3, programs=rng.choice(TUNE_PROGRAMS))
            if rng.random() < 0.6:
                p["drums"] = rng.choice(DRUMS)
            if rng.random() < 0.25:
                p["swing"] = rng.uniform(0.58, 0.68)
        else:
            p.update(qpm=rng.randint(60, 150) if kind == "classical" else rng.randint(56, 100),
                     loops=2 if kind == "chorale" else 1, programs=rng.choice(CLASSICAL_PROGRAMS))
            if rng.random() < 0.2:
                p["drums"] = rng.choice(["rock", "waltz", "march"])
        if rng.random() < 0.2:  # a tempo ramp or a step when the tune starts again
            q, r = p.pop("qpm"), rng.uniform(0.85, 1.18)
            p["tempo"] = [(0, q), (8, q * r)] if rng.random() < 0.5 else [(0, q), ("loop2", q), ("loop2", q * r)]
            if "loops" in p and p["loops"] < 2:
                p["tempo"] = [(0, q), (8, q * r)]
        out.append(p)
    return out


def _build(base_build: Any, p: dict[str, Any], out: Path, work: Path) -> Any:
    """Build; a tune whose pickup and last bar do not join up when looped is played once."""
    try:
        return base_build(p, out, work)
    except RuntimeError as e:
        if "irregular" not in str(e) or p.get("loops", 1) == 1:
            raise
        q = dict(p, loops=1)
        if isinstance(q.get("tempo"), list):
            q["tempo"] = [(0 if b == "loop2" else b, v) for b, v in q["tempo"]]
        return base_build(q, out, work)


def build_logged(base_build: Any, p: dict[str, Any], out: Path, work: Path) -> int:
    """Render one piece and print a line about it: 1 if written, 0 if skipped (a score that
    does not fit: irregular bars, an unplayable part)."""
    try:
        m = _build(base_build, p, out, work)
    except Exception as e:  # noqa: BLE001 - a score that does not fit is skipped
        print(f"skipped {p['name']}: {str(e)[:120]}", file=sys.stderr, flush=True)
        return 0
    print(f"{m['name']:40s} {m['metre']:5s} {m['n_beats']:3d} beats bpm {m['beat_bpm_median']:.0f} "
          f"drums {m['drums'] or '-'}", flush=True)
    return 1


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set

    out = Path(argv[1]) if len(argv) > 1 else CACHE / "realbeats-train"
    n = int(argv[2]) if len(argv) > 2 else 72
    seed = int(argv[3]) if len(argv) > 3 else SEED
    out.mkdir(parents=True, exist_ok=True)
    base_map, base_build = make_dev_set.TempoMap, make_dev_set.build
    make_dev_set.drum_part = dev2._extra_drums(make_dev_set.drum_part)
    ok = 0
    with tempfile.TemporaryDirectory() as td:
        for p in pieces(n, seed):
            if (out / f"{p['name']}.json").exists():
                ok += 1
                continue
            make_dev_set.TempoMap = dev2._swing_map(base_map, p["swing"]) if p.get("swing") else base_map
            ok += build_logged(base_build, p, out, Path(td))
    print(f"{ok} excerpts in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
