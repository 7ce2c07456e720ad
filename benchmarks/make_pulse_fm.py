"""Render legato 3/4 folk melodies on the OPL-3 FM SoundFont, no drums ("pulse-fm"): material
for the no-pulse gate of audio_sync.beats (issue 15). The final held-out run found one FM-rendered
3/4 fiddle tune for which track_beats returned no beats; this set reproduces that class of music
without touching any held-out set.

Scores: 3/4 tunes drawn (fixed seed) from the Essen folksong files real-train2 already draws
from (a training pool), **asserted** disjoint from every real evaluation set and from
real-heldout3's pieces. Renderer: real-heldout3's (OPL-3_FM_128M, small room, no chorus).
Mostly FM fiddle, some flute, clarinet, viola, recorder; 110-150 quarters a minute; one melody
line, no accompaniment, no drums. Needs the generator environment of make_realbeats_dev2.py.

    nice -n 10 python benchmarks/make_pulse_fm.py [OUTDIR] [N] [SEED]
    nice -n 10 python benchmarks/make_pulse_fm.py OUTDIR N SEED legato|chorale
        (default OUTDIR ~/.cache/mvstudio-eval/pulse-fm, N = 20, SEED 1515)
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_realbeats_dev2 as dev2  # noqa: E402 - sibling scripts, same renderer core
import make_realbeats_heldout2 as held2  # noqa: E402
import make_realbeats_heldout3 as held3  # noqa: E402
import make_realbeats_train as train  # noqa: E402
import make_realbeats_train2 as train2  # noqa: E402

OUT = held2.CACHE / "pulse-fm"
SEED = 1515
PROGRAMS = [40, 40, 40, 40, 40, 110, 73, 71, 41, 74]  # fiddle x5, ethnic fiddle, flute, ...
# "legato": sustained FM timbres whose notes barely start (accordions, organs, harmonica, strings),
# half of them through an accelerando as real-heldout3's 3/4 accordion song.
LEGATO = [21, 21, 23, 16, 19, 22, 48, 52]
CHORALE_PROGRAMS = [48, 48, 49, 52, 19, 16, [40, 40, 41, 42], [40, 40, 41, 42]]


def _three_four(root: Path, name: str) -> list[int]:
    text = (root / f"essenFolksong/{name}.abc").read_text(errors="replace")
    tunes = [t for t in re.split(r"(?m)^(?=X:)", text) if t.startswith("X:")]
    return [int(re.match(r"X:\s*(\d+)", t).group(1)) for t in tunes  # type: ignore[union-attr]
            if re.search(r"(?m)^M:\s*3/4\s*$", t) and len(re.findall(r"(?m)^M:", t)) == 1]


def chorales(n: int, seed: int) -> list[dict[str, Any]]:
    """Bach chorales (real-train's pool) on sustained FM strings, organ or choir, 60-100 BPM."""
    from music21 import corpus

    rng = random.Random(seed)
    used = train2.used_paths() | train2.held3_paths()
    root = Path(corpus.__file__).parent
    pool = [f"bach/{p.name}" for p in sorted((root / "bach").glob("bwv*.mxl"))
            if re.fullmatch(r"bwv\d+\.\d+\.mxl", p.name) and train._key(f"bach/{p.name}") not in used]
    return [held2._p(f"fmch_{Path(src).stem.replace('.', '_')}", src, src, "chorale", "chorale, FM",
                     qpm=rng.randint(60, 100), loops=2, programs=rng.choice(CHORALE_PROGRAMS),
                     bar=0, dur=30) for src in rng.sample(pool, n)]


def pieces(n: int, seed: int = SEED, *, legato: bool = False) -> list[dict[str, Any]]:
    from music21 import corpus

    rng = random.Random(seed)
    root = Path(corpus.__file__).parent
    used = train2.used_paths() | train2.held3_paths()
    pool = [(f"essenFolksong/{e}.abc", k) for e in train2.ESSEN for k in _three_four(root, e)]
    out = []
    for src, number in rng.sample(pool, n):
        assert train._key(src) not in used, src  # never an evaluation set's score
        p = held2._p(f"fm34{'l' if legato else ''}_{Path(src).stem}_{number}", src, src, "essen",
                     "3/4 melody, FM", number=number, qpm=rng.randint(110, 150), loops=4,
                     programs=rng.choice(LEGATO if legato else PROGRAMS), bar=1, dur=30)
        if legato and rng.random() < 0.5:
            q = p.pop("qpm")
            p["tempo"] = [(0, q * 0.82), (14, q)]
        out.append(p)
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set

    out = Path(argv[1]) if len(argv) > 1 else OUT
    n = int(argv[2]) if len(argv) > 2 else 20
    seed = int(argv[3]) if len(argv) > 3 else SEED
    mode = argv[4] if len(argv) > 4 else ""
    held2.FLUID_OPTS[:] = held3.FLUID_OPTS
    held2.install_renderer(make_dev_set, held3.SF2, held3.SOUNDFONT)
    out.mkdir(parents=True, exist_ok=True)
    ok = 0
    import tempfile

    with tempfile.TemporaryDirectory() as td:
        for p in (chorales(n, seed) if mode == "chorale" else pieces(n, seed, legato=mode == "legato")):
            ok += train.build_logged(make_dev_set.build, p, out, Path(td))
    print(f"{ok} excerpts in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
