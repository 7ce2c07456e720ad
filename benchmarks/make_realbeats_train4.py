"""Render a fourth training beat set ("real-train4"): the genres creators use that no training
source had, plus undrummed 2/2, 2/4 and fast 3/4 folk tunes (issue #15).

- **band** excerpts (styles, tempi and the counted level in benchmarks/train4_band.py and
  benchmarks/realbeats-train4.md): trap, drill, drum'n'bass, half-time, slow r&b, reggaeton,
  cumbia, bossa nova, afrobeats, punk, slow piano ballad, fast waltz, polonaise, 5/4 and 3+3+2
  pop/hip-hop, written here from genre convention with pretty_midi; humanised timing and velocity;
  about a quarter with no drums or drums in part of the excerpt only. The annotated beat is the
  quarter note (the DAW tempo). SoundFont drawn per excerpt (FluidR3_GM, TimGM6mb, MuseScore
  General), reverb and chorus drawn. No score, so no overlap with another set's scores.
- **score** excerpts: undrummed reels and hornpipes (2/2: the half note is the beat), 2/4 tunes
  (Ryan's Mammoth) and 3/4 pieces played fast (3/4 Bach chorales, a Beethoven scherzo), rendered by
  the dev set's renderer (make_dev_set.build), no swing. **Asserted** disjoint by score (corpus
  path without extension: a collection counts as one score) and by title from every excerpt JSON
  under ``~/.cache/mvstudio-eval/``, from every corpus path named in a non-held-out generator
  script, from real-heldout5's list and from real-heldout2's reserved collections. The held-out
  generator scripts themselves are never imported or read (their renders' JSONs are).

Same file format as real-train3. Generator environment of make_realbeats_dev2.py (music21,
pretty_midi, soundfile) plus fluidsynth and ffmpeg. Usage:

    nice -n 19 python benchmarks/make_realbeats_train4.py [OUTDIR] [N_BAND] [N_SCORE] [SEED] [--check]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-train4, 150 band, 50 score, SEED 15174)
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_realbeats_train3 as train3  # noqa: E402 - beat_lines, SoundFonts, real-heldout5's list
import train4_band as band  # noqa: E402

CACHE = train3.CACHE
OUT = CACHE / "realbeats-train4"
SEED = 15174
# real-heldout2's collections (as make_realbeats_train2.HELD2_RESERVED says; not imported: that
# module imports the held-out generator).
RESERVED = ("oneills1850/", "airdsAirs/", "miscFolk/northumbrian", "essenFolksong/han", "essenFolksong/erk")
NON_HELDOUT_SCRIPTS = ("make_realbeats_train.py", "make_realbeats_train2.py", "make_realbeats_train3.py",
                       "make_realbeats_compound.py", "make_realbeats_dev2.py", "make_realbeats_steps.py")
# 3/4 scores of the corpus (music21 corpus.search("3/4"), 2026-12-01), played fast; the
# refused ones (used elsewhere) drop out of the pool when it is built.
THREE_FOUR = ["beethoven/opus18no1/movement3.mxl", *(f"bach/bwv{n}.mxl" for n in (
    "11.6", "120.8-a", "122.6", "130.6", "137.5", "145.5", "153.9", "17.7", "187.7", "19.7", "194.12",
    "229.2", "266", "269", "282", "29.8", "295", "299", "306", "320", "321", "326", "327", "342", "343",
    "344", "349", "356", "366", "368", "390", "391", "400", "403", "413", "43.11", "57.8", "65.2",
    "70.7", "79.6"))]


def style_order(rng: random.Random, n: int) -> list[str]:
    """Every style once per round of 16, in a drawn order: balanced counts (a free draw gave
    4 ballads and 13 5/4s in 150)."""
    order: list[str] = []
    while len(order) < n:
        order += rng.sample(sorted(band.STYLES), len(band.STYLES))
    return order[:n]


def _spec(rng: random.Random, k: int, style: str | None = None) -> dict[str, Any]:
    style = style or rng.choice(sorted(band.STYLES))
    s, (chords, basses, leads) = band.STYLES[style], band.PROGRAMS[style]
    sf = rng.choice(sorted(train3.SOUNDFONTS))
    fx = [f"synth.reverb.room-size={rng.uniform(0.2, 0.85):.2f}", f"synth.reverb.level={rng.uniform(0.2, 0.8):.2f}",
          f"synth.chorus.depth={rng.uniform(4, 12):.1f}"]
    return dict(name=f"train4_band_{style}_{k:03d}", style=style, bpm=rng.uniform(*s["bpm"]),
                drum_mode=band.drum_mode(rng, style), lead=rng.random() < 0.5, key=rng.randint(-5, 6),
                prog=rng.choice(band.PROGRESSIONS), chord_program=rng.choice(chords),
                bass_program=rng.choice(basses), lead_program=rng.choice(leads), soundfont=sf,
                dur=rng.uniform(24.0, 30.0), start_bar=rng.randint(1, 2), humanise_ms=rng.uniform(2.0, 12.0),
                swing16=(rng.choice([0.0, rng.uniform(0.1, 0.3)]) if s.get("swing16") else 0.0),
                fx=fx, seed=rng.randrange(1 << 30))


def _fluid_opts(fx: list[str], soundfont: str) -> list[str]:
    """-o options; a .sf3 decodes only the presets a piece uses (same samples, 5x less CPU)."""
    extra = ["synth.dynamic-sample-loading=1"] if soundfont.endswith(".sf3") else []
    return [x for o in fx + extra for x in ("-o", o)]


def render_band(p: dict[str, Any], out: Path, work: Path) -> dict[str, Any]:
    pm, beat, per_bar = band.band_midi(p)
    mid, wav = work / f"{p['name']}.mid", work / f"{p['name']}.wav"
    pm.write(str(mid))
    subprocess.run(["fluidsynth", "-ni", *_fluid_opts(p["fx"], p["soundfont"]), "-F", str(wav), "-r",
                    str(train3.SR), p["soundfont"], str(mid)], check=True, capture_output=True)
    start, lines = train3.beat_lines(p["start_bar"], per_bar, beat, p["dur"])
    tmp = out / f".{p['name']}.mp3"
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-ss", f"{start:.6f}", "-t", f"{p['dur']:.6f}",
                    "-i", str(wav), "-ac", "2", "-b:a", "192k", "-f", "mp3", str(tmp)], check=True)
    (out / f"{p['name']}.beats").write_text("\n".join(lines) + "\n")
    s = band.STYLES[p["style"]]
    meta = dict(name=p["name"], title=f"band:{p['style']}", composer="band", style=p["style"],
                music21_corpus_path=f"generated/band4/{p['name']}", licence="generated here (no score)",
                soundfont=train3.SOUNDFONTS[p["soundfont"]], soundfont_file=p["soundfont"], metre=f"{per_bar}/4",
                beat_unit_quarters=1.0, beats_per_bar=per_bar, qpm=p["bpm"], tempo_change=False,
                level=s["level"], drums=p["style"] if p["drum_mode"] != "none" else None,
                drums_added=p["drum_mode"] != "none", drum_mode=p["drum_mode"], lead=p["lead"],
                swing16=round(p["swing16"], 3) or None, excerpt_start_s=start, duration_s=p["dur"],
                n_beats=len(lines), beat_bpm_median=p["bpm"], swing=None,
                renderer="fluidsynth 2 " + " ".join(p["fx"]))
    (out / f"{p['name']}.json").write_text(json.dumps(meta, indent=1) + "\n")
    tmp.rename(out / f"{p['name']}.mp3")
    return meta


def _key(path: str) -> str:
    return re.sub(r"\.[a-z]+$", "", path)


def used_scores(*, skip: Path | None = None) -> tuple[set[str], set[str]]:
    """(corpus keys, normalised titles) of every other set: excerpt JSONs in the eval cache (all
    but ``skip``) and the dev set, corpus paths named in the non-held-out scripts and the dev
    set's script, real-heldout5's list."""
    import make_realbeats_dev2 as dev2

    DEV_DIR = dev2.DEV_DIR  # noqa: N806 - read at call time (tests point it elsewhere)
    keys, titles = train3.heldout5_excluded()
    for f in [*CACHE.glob("*/*.json"), *DEV_DIR.glob("*.json")]:
        if skip is not None and f.parent == skip:
            continue
        meta = json.loads(f.read_text())
        src = str(meta.get("music21_corpus_path") or "")
        if src.startswith("inline:"):
            titles |= {train3._norm(src[7:]), train3._norm(str(meta.get("title", "")))}
        elif src:
            keys.add(_key(src))
    for script in [HERE / n for n in NON_HELDOUT_SCRIPTS] + [DEV_DIR / "make_dev_set.py"]:
        keys |= {_key(s) for s in re.findall(r'"([\w\-]+/[\w\-/.]+\.(?:abc|mxl|xml|krn|musicxml))"',
                                             script.read_text())}
    return keys, titles - {""}


def refused(src: str, keys: set[str], titles: set[str], root: Path) -> bool:
    """True if ``src`` shares a score, a reserved collection or a title with another set."""
    return (_key(src) in keys or src.startswith(RESERVED)
            or any(t in train3._title_key(root / src) for t in titles if len(t) >= 5))


def _abc_metre(path: Path) -> str:
    m = re.search(r"^M:\s*(\S+)", path.read_text(errors="replace"), flags=re.M)
    return m.group(1) if m else ""


def _pool(root: Path, keys: set[str], titles: set[str]) -> dict[str, list[tuple[str, int | None]]]:
    """Candidate scores per kind: reels/hornpipes (C| or 2/2), 2/4 tunes, 3/4 pieces."""
    ryan = sorted((root / "ryansMammoth").glob("*.abc"))
    pool: dict[str, list[tuple[str, int | None]]] = {
        "reel": [(f"ryansMammoth/{q.name}", None) for q in ryan if _abc_metre(q) in ("C|", "2/2")],
        "twofour": [(f"ryansMammoth/{q.name}", None) for q in ryan if _abc_metre(q) == "2/4"]}
    pool["waltz"] = [(s, None) for s in THREE_FOUR]
    return {k: [(s, n) for s, n in v if not refused(s, keys, titles, root)] for k, v in pool.items()}


def score_pieces(n: int, seed: int) -> list[dict[str, Any]]:
    """About 40 % reels/hornpipes, 35 % 2/4 tunes, the rest fast 3/4; no drums, no swing."""
    import make_realbeats_train as train
    from music21 import corpus

    rng = random.Random(seed)
    root = Path(corpus.__file__).parent
    keys, titles = used_scores(skip=OUT)
    pool = _pool(root, keys, titles)
    n_waltz = min(len(pool["waltz"]), n - int(0.4 * n) - int(0.35 * n))
    picks = ([("reel", x) for x in rng.sample(pool["reel"], int(0.4 * n))]
             + [("twofour", x) for x in rng.sample(pool["twofour"], n - int(0.4 * n) - n_waltz)]
             + [("waltz", x) for x in rng.sample(pool["waltz"], n_waltz)])
    qpm = {"reel": (160, 230), "twofour": (88, 150), "waltz": (140, 190)}
    out = []
    for kind, (src, num) in picks:
        assert not refused(src, keys, titles, root), src
        stem = re.sub(r"\W+", "_", _key(src).split("/", 1)[1]).lower() + (f"_{num}" if num else "")
        sf = rng.choice(sorted(train3.SOUNDFONTS))
        out.append(dict(name=f"train4_{kind}_{stem}", src=src, number=num, title=src, composer=kind, style=kind,
                        bar=rng.randint(0, 3), dur=30, qpm=rng.randint(*qpm[kind]), loops=3 if kind != "waltz" else 2,
                        programs=rng.choice(train.TUNE_PROGRAMS if kind != "waltz" else train.CLASSICAL_PROGRAMS),
                        soundfont=sf, fx=[f"synth.reverb.room-size={rng.uniform(0.2, 0.85):.2f}",
                                          f"synth.reverb.level={rng.uniform(0.3, 0.9):.2f}",
                                          f"synth.chorus.depth={rng.uniform(4, 14):.1f}"]))
    return out


def check_disjoint(out: Path) -> int:
    """Re-check every rendered score excerpt against the other sets as they are now; 0 = disjoint."""
    from music21 import corpus

    root = Path(corpus.__file__).parent
    keys, titles = used_scores(skip=out)
    srcs = {f.name: str(json.loads(f.read_text()).get("music21_corpus_path", "")) for f in out.glob("*.json")}
    bad = [n for n, s in srcs.items() if not s.startswith("generated/") and refused(s, keys, titles, root)]
    print(f"disjointness re-check: {len(bad)} of {len(srcs)} excerpts share a score with another set {bad[:5]}")
    return len(bad)


def _render_scores(out: Path, n: int, seed: int, work: Path) -> int:
    import make_realbeats_dev2 as dev2
    import make_realbeats_train as train

    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set

    base_run, ok = make_dev_set.run, 0
    want = {k: round(v) for k, v in Counter(p["style"] for p in score_pieces(n, seed)).items()}
    done: Counter[str] = Counter()
    for p in score_pieces(2 * n, seed):  # twice as many drawn: a tune whose bars do not loop is skipped
        if done[p["style"]] >= want[p["style"]]:
            continue
        if (out / f"{p['name']}.json").exists():
            ok += 1
            done[p["style"]] += 1
            continue

        def run(cmd: list[str], p: dict[str, Any] = p) -> None:
            if cmd[0] == "fluidsynth":  # the drawn bank and effects in place of the dev set's FluidR3
                cmd = [cmd[0], *_fluid_opts(p["fx"], p["soundfont"]), *cmd[1:-2], p["soundfont"], cmd[-1]]
            base_run(cmd)

        make_dev_set.run = run
        if train.build_logged(make_dev_set.build, p, out, work) and _whole_bars(out, p["name"]):
            ok += 1
            done[p["style"]] += 1
            _fix_meta(out / f"{p['name']}.json", p)
    make_dev_set.run = base_run
    return ok


def _whole_bars(out: Path, name: str) -> bool:
    """Every bar between the first and the last downbeat counts 1..N: a piece whose short last
    bar does not make up its pickup when looped (a 4-beat bar in 3/4) is removed and replaced."""
    pos = [int(line.split()[1]) for line in (out / f"{name}.beats").read_text().split("\n") if line.strip()]
    n, first = max(pos), pos.index(1)
    last = len(pos) - 1 - pos[::-1].index(1)
    if pos[first:last] == list(range(1, n + 1)) * ((last - first) // n):
        return True
    for suffix in (".json", ".beats", ".mp3"):
        (out / f"{name}{suffix}").unlink()
    print(f"skipped {name}: irregular bars in the annotation", file=sys.stderr, flush=True)
    return False


def _fix_meta(path: Path, p: dict[str, Any]) -> None:
    """The bank and effects actually used (make_dev_set writes FluidR3's name); temp then rename."""
    meta = json.loads(path.read_text())
    meta.update(soundfont=train3.SOUNDFONTS[p["soundfont"]], soundfont_file=p["soundfont"], swing=None,
                renderer="fluidsynth 2 -g 0.5 " + " ".join(p["fx"]))
    tmp = path.with_name(f".{path.name}")
    tmp.write_text(json.dumps(meta, indent=1) + "\n")
    tmp.rename(path)


def _cpu() -> float:
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str]) -> int:
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    out = Path(argv[1]) if len(argv) > 1 else OUT
    n_band = int(argv[2]) if len(argv) > 2 else 150
    n_score = int(argv[3]) if len(argv) > 3 else 50
    seed = int(argv[4]) if len(argv) > 4 else SEED
    if check:
        return 1 if check_disjoint(out) else 0
    out.mkdir(parents=True, exist_ok=True)
    rng, ok, t0, c0 = random.Random(seed), 0, time.time(), _cpu()
    order = style_order(random.Random(seed + 1), n_band)  # own stream: a larger N_BAND keeps the first excerpts
    with tempfile.TemporaryDirectory() as td:
        for k in range(n_band):
            p = _spec(rng, k, order[k])
            if not (out / f"{p['name']}.json").exists():
                m = render_band(p, out, Path(td))
                print(f"{m['name']:40s} {m['metre']:5s} {m['n_beats']:3d} beats bpm {p['bpm']:.0f} "
                      f"drums {p['drum_mode']}", flush=True)
            ok += 1
        if n_score:
            ok += _render_scores(out, n_score, seed, Path(td))
    print(f"{ok} excerpts in {out}; wall {time.time() - t0:.0f} s, CPU {_cpu() - c0:.0f} s (fluidsynth and ffmpeg included)")
    (out / "README.md").write_text(f"# real-train4 ({ok} excerpts)\n\nWritten by benchmarks/make_realbeats_train4.py "
                                   f"({n_band} band, {n_score} score attempted, seed {seed}).\n" + (__doc__ or ""))
    return 1 if check_disjoint(out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
