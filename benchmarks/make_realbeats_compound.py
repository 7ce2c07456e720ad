"""Render "real-compound": fiddle tunes in 6/8 and 9/8 plus simple-metre controls, to check the
dotted-quarter level (audio_sync/dotted_level.py) on material no decision was fitted on.

The training sets hold only 9 compound excerpts tracked 3:2 too fast, too few to trust a
threshold fitted on them. This set draws more from Ryan's Mammoth Collection: tunes whose ABC
metre is 6/8, 9/8 or 12/8 (half the set) and tunes in 2/4, 3/4, 2/2 and 4/4 (the controls: the
rule must leave them alone). Every tune is **asserted** disjoint from every real set, both
training sets and real-heldout3 (train2's ``used_paths`` and ``held3_paths``, plus the rendered
training excerpts). Performance (tempo in quarter notes a minute 84-200, drums 60 %, swing 25 %,
reverb and chorus) is drawn as real-train2 draws it; the renderer is real-train2's (MuseScore
General). Never used to fit anything: a check set only.

Needs the generator environment of make_realbeats_train2.py. Usage:

    nice -n 19 python benchmarks/make_realbeats_compound.py [OUTDIR] [N] [SEED]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-compound, N = 60, SEED 15166)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_realbeats_heldout2 as held2  # noqa: E402
import make_realbeats_train as train  # noqa: E402
import make_realbeats_train2 as train2  # noqa: E402

OUT = held2.CACHE / "realbeats-compound"
SEED = 15166
COMPOUND = ("6/8", "9/8", "12/8")
SIMPLE = ("2/4", "3/4", "C|", "2/2", "C", "4/4")


def _metre(path: Path) -> str:
    m = re.search(r"^M:\s*(\S+)", path.read_text(errors="replace"), flags=re.M)
    return m.group(1) if m else ""


def used() -> set[str]:
    out = train2.used_paths() | train2.held3_paths()
    for d in ("realbeats-train", "realbeats-train2"):
        out |= {train._key(json.loads(f.read_text())["music21_corpus_path"])
                for f in (held2.CACHE / d).glob("*.json")}
    return out


def pieces(n: int, seed: int = SEED) -> list[dict[str, Any]]:
    import make_realbeats_train4 as train4
    from music21 import corpus

    rng = random.Random(seed)
    root = Path(corpus.__file__).parent
    taken = used()
    # Titles too (session 11): a rebuild drew Fisher's Hornpipe, real-heldout9's inline tune.
    _, titles = train4.used_scores(skip=OUT)
    tunes = [p for p in sorted((root / "ryansMammoth").glob("*.abc"))
             if not train4.refused(f"ryansMammoth/{p.name}", taken, titles, root)]
    comp = [p for p in tunes if _metre(p) in COMPOUND]
    simple = [p for p in tunes if _metre(p) in SIMPLE]
    chosen = rng.sample(comp, min(len(comp), n // 2)) + rng.sample(simple, n - min(len(comp), n // 2))
    out = []
    for p in chosen:
        src = f"ryansMammoth/{p.name}"
        assert train._key(src) not in taken, src
        assert not src.startswith(train2.HELD2_RESERVED), src
        name = "compound_" + re.sub(r"\W+", "_", p.stem).lower()
        out.append(train2._perform(rng, dict(name=name, src=src, title=src, composer="tune",
                                             style="tune", bar=rng.randint(0, 3), dur=30)))
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(train2.dev2.DEV_DIR))
    import make_dev_set

    out = Path(argv[1]) if len(argv) > 1 else OUT
    n = int(argv[2]) if len(argv) > 2 else 60
    seed = int(argv[3]) if len(argv) > 3 else SEED
    ok = train2.render_all(make_dev_set, pieces(n, seed), out)
    (out / "README.md").write_text(f"# real-compound ({ok} excerpts)\n\nWritten by "
                                   f"benchmarks/make_realbeats_compound.py (N {n}, seed {seed}).\n"
                                   + (__doc__ or ""))
    print(f"{ok} excerpts in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
