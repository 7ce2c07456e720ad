"""Render a second training beat set ("real-train2") with a third SoundFont.

real-train (make_realbeats_train.py) shares its renderer, FluidR3_GM, with real-dev, real-dev2
and real-heldout; real-heldout2 uses TimGM6mb. This set uses **MuseScore General** (S. Christian
Collins, MIT, parts CC0 / public domain; apt ``musescore-general-soundfont``, the .sf3 file),
with fluidsynth's reverb and chorus drawn per excerpt, so a net trained on both training sets
hears two SoundFonts and none of the held-out2 one. MuseScore General builds on a mono version
of FluidR3 for some instruments, so its timbres are not all new; its piano, strings and drums
are other samples.

Scores are drawn at random (fixed seed) from Ryan's Mammoth Collection, Bach chorales, the
Essen folksong collections (German, Lorraine, Luxembourg, Irish, children's songs, ballads) and
string-quartet movements, and are **asserted** disjoint (corpus path without extension, so one
ABC collection counts as one score) from every real set (real-dev, real-dev2, real-heldout,
real-heldout2 including its rejected pieces), from real-train, and from the collections
real-heldout2 draws from (O'Neill's, Aird's, Northumbrian Minstrelsy, Essen han and erk).
Instruments, tempo (some ramps and steps), swing and drum grooves are drawn at random as in
real-train. Same file format as real-train (NAME.mp3, NAME.beats, NAME.json).

Needs the generator environment of make_realbeats_dev2.py plus apt musescore-general-soundfont.
Usage:

    nice -n 10 python benchmarks/make_realbeats_train2.py [OUTDIR] [N] [SEED]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-train2, N = 120 attempted, SEED 15152)
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
import make_realbeats_dev2 as dev2  # noqa: E402 - sibling scripts, same renderer core
import make_realbeats_heldout2 as held2  # noqa: E402
import make_realbeats_train as train  # noqa: E402

SF3 = "/usr/share/sounds/sf3/MuseScore_General_Full.sf3"
SOUNDFONT = "MuseScore General (Full) 0.2.1 (S. Christian Collins; MIT, parts CC0/PD)"
OUT = held2.CACHE / "realbeats-train2"
SEED = 15152
HELD2_RESERVED = ("oneills1850/", "airdsAirs/", "miscFolk/northumbrian", "essenFolksong/han",
                  "essenFolksong/erk")
ESSEN = ["altdeu20", "ballad20", "ballad30", "ballad40", "ballad50", "boehme20", "dva0", "fink0",
         "irl", "kinder0", "lot", "lux", "zuccal0"]
CLASSICAL = ["beethoven/opus59no1/movement1.mxl", "beethoven/opus59no1/movement3.mxl",
             "beethoven/opus59no2/movement1.mxl", "beethoven/opus59no2/movement2.mxl",
             "beethoven/opus59no3/movement1.mxl", "beethoven/opus59no3/movement2.mxl",
             "haydn/opus1no1/movement2.mxl", "haydn/opus74no1/movement1.mxl",
             "mozart/k156/movement2.mxl", "mozart/k458/movement3.mxl"]


def used_paths() -> set[str]:
    """Every score of the real sets, real-train and real-heldout2 (rendered, listed or rejected)."""
    used = held2.used_elsewhere()
    for d in (held2.OUT,):
        used |= {train._key(json.loads(f.read_text())["music21_corpus_path"]) for f in Path(d).glob("*.json")}
    used |= {train._key(p["src"]) for p in held2.PIECES + held2.REJECTED}
    return used


def held3_paths() -> set[str]:
    """real-heldout3's scores (rendered or rejected); that script asserts the reverse. Imported
    here, not at the top: make_realbeats_heldout3 imports this module."""
    import make_realbeats_heldout3 as held3

    return {train._key(p["src"]) for p in held3.PIECES + held3.REJECTED}


def _essen_tunes(root: Path, rng: random.Random, n: int) -> list[tuple[str, int]]:
    out = []
    for name in ESSEN:
        numbers = [int(x) for x in re.findall(r"^X:\s*(\d+)", (root / f"essenFolksong/{name}.abc").read_text(
            errors="replace"), flags=re.M)]
        out += [(f"essenFolksong/{name}.abc", k) for k in rng.sample(numbers, min(3, len(numbers)))]
    rng.shuffle(out)
    return out[:n]


def pieces(n: int, seed: int = SEED) -> list[dict[str, Any]]:
    from music21 import corpus

    rng = random.Random(seed)
    root = Path(corpus.__file__).parent
    used = used_paths() | held3_paths()
    tunes = [f"ryansMammoth/{p.name}" for p in sorted((root / "ryansMammoth").glob("*.abc"))]
    chorales = [f"bach/{p.name}" for p in sorted((root / "bach").glob("bwv*.mxl"))]
    tunes = [t for t in tunes if train._key(t) not in used]
    chorales = [c for c in chorales if train._key(c) not in used and re.fullmatch(r"bach/bwv\d+\.\d+\.mxl", c)]
    n_ess, n_chor, n_class = int(0.18 * n), int(0.12 * n), len(CLASSICAL)
    pool = ([("tune", s, None) for s in rng.sample(tunes, n - n_ess - n_chor - n_class)]
            + [("essen", s, k) for s, k in _essen_tunes(root, rng, n_ess)]
            + [("chorale", s, None) for s in rng.sample(chorales, n_chor)]
            + [("classical", s, None) for s in CLASSICAL])
    out = []
    for kind, src, number in pool:
        assert train._key(src) not in used, src  # disjoint from every real set and real-train
        assert not src.startswith(HELD2_RESERVED), src  # nor from real-heldout2's collections
        stem = re.sub(r"\W+", "_", train._key(src).split("/", 1)[1]).lower()
        name = f"train2_{stem}" + (f"_{number}" if number else "")
        out.append(_perform(rng, dict(name=name, src=src, title=src, composer=kind, style=kind,
                                      bar=rng.randint(0, 3), dur=30, **({"number": number} if number else {}))))
    return out


def _perform(rng: random.Random, p: dict[str, Any]) -> dict[str, Any]:
    """Instruments, tempo, swing, drums and fluidsynth effects, drawn as real-train does."""
    kind = p["composer"]
    if kind in ("tune", "essen"):
        p.update(qpm=rng.randint(84, 200) if kind == "tune" else rng.randint(80, 150),
                 loops=3 if kind == "tune" else 4, programs=rng.choice(train.TUNE_PROGRAMS))
        if rng.random() < 0.6:
            p["drums"] = rng.choice(train.DRUMS)
        if rng.random() < 0.25:
            p["swing"] = rng.uniform(0.58, 0.68)
    else:
        p.update(qpm=rng.randint(60, 150) if kind == "classical" else rng.randint(56, 100),
                 loops=2 if kind == "chorale" else 1, programs=rng.choice(train.CLASSICAL_PROGRAMS))
        if kind == "classical":
            p["bars"] = 48
        if rng.random() < 0.2:
            p["drums"] = rng.choice(["rock", "waltz", "march"])
    if rng.random() < 0.2:  # a tempo ramp, or a step when the tune starts again
        q, r = p.pop("qpm"), rng.uniform(0.85, 1.18)
        step = p.get("loops", 1) >= 2 and rng.random() < 0.5
        p["tempo"] = [(0, q), ("loop2", q), ("loop2", q * r)] if step else [(0, q), (8, q * r)]
    p["fx"] = [f"synth.reverb.room-size={rng.uniform(0.2, 0.85):.2f}",
               f"synth.reverb.level={rng.uniform(0.3, 0.9):.2f}",
               f"synth.chorus.depth={rng.uniform(4, 14):.1f}"]
    return p


def render_all(make_dev_set: Any, todo: list[dict[str, Any]], out: Path) -> int:
    """Render ``todo`` with the MuseScore General bank into ``out`` (excerpts already there are
    kept); how many excerpts ``out`` then holds of them."""
    assert Path(SF3).exists(), f"{SF3} missing: apt-get install musescore-general-soundfont"
    held2.install_renderer(make_dev_set, SF3, SOUNDFONT)
    out.mkdir(parents=True, exist_ok=True)
    ok = 0
    with tempfile.TemporaryDirectory() as td:
        for p in todo:
            if (out / f"{p['name']}.json").exists():
                ok += 1
                continue
            # Dynamic sample loading: the .sf3's Vorbis samples are decoded only for the presets a
            # piece uses (same output, measured: 1.2 s instead of 6.5 s CPU a render).
            fx = [*p["fx"], "synth.dynamic-sample-loading=1"]
            held2.FLUID_OPTS[:] = [x for o in fx for x in ("-o", o)]
            ok += train.build_logged(make_dev_set.build, p, out, Path(td))
    return ok


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set

    out = Path(argv[1]) if len(argv) > 1 else OUT
    n = int(argv[2]) if len(argv) > 2 else 120
    seed = int(argv[3]) if len(argv) > 3 else SEED
    ok = render_all(make_dev_set, pieces(n, seed), out)
    print(f"{ok} excerpts in {out}")
    (out / "README.md").write_text(f"# real-train2 ({ok} excerpts)\n\nWritten by benchmarks/make_realbeats_train2.py "
                                   f"(N {n}, seed {seed}).\n" + (__doc__ or ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
