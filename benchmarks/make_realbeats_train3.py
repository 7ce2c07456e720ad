"""Render a third training beat set ("real-train3"): band arrangements plus folk and classical scores.

Two parts, both rendered with fluidsynth (never the csound GM bank that real-heldout5 uses):

- **band** excerpts: a drum kit, a bass line and chords (and sometimes a lead line) written
  here with pretty_midi in the usual patterns of pop, rock, hip-hop, house, funk, reggae (one
  drop), waltz (3/4), 6/8 ballad and 12/8 shuffle, at each style's usual tempo, with humanised
  timing and velocity; a fifth of them without drums. The annotated beat is the quarter note
  in x/4 and the dotted quarter in 6/8 and 12/8 (written as straight compound eighths: **no
  swing on compound metres**, nor anywhere else in this set). SoundFont drawn per excerpt from
  FluidR3_GM, TimGM6mb and MuseScore General, reverb and chorus drawn. These use no score, so
  they cannot overlap another set's scores.
- **score** excerpts: folk tunes (Ryan's Mammoth) and Bach chorales of the music21 corpus,
  rendered by the dev set's renderer (make_dev_set.build) with FluidR3_GM, drums on 60 % of the
  tunes, **no swing**. **Asserted** disjoint by score (corpus path without extension, so a
  collection file counts as one score) from every excerpt JSON under ``~/.cache/mvstudio-eval/``,
  from the piece lists of every ``make_realbeats_*.py`` (via make_realbeats_train2's
  ``used_paths`` and ``held3_paths``, and a scan of every script's ``src=`` strings) and from
  ``/work/wt/notes/s7/heldout5-scores.txt`` (real-heldout5's scores; inline titles by title).

Same file format as real-train (NAME.mp3, NAME.beats, NAME.json). Needs the generator
environment of make_realbeats_dev2.py (music21, pretty_midi, soundfile) plus fluidsynth, ffmpeg.
Usage:

    nice -n 19 python benchmarks/make_realbeats_train3.py [OUTDIR] [N_BAND] [N_SCORE] [SEED] [--check]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-train3, 160 band, 80 score, SEED 15173)
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CACHE = Path.home() / ".cache" / "mvstudio-eval"
OUT = CACHE / "realbeats-train3"
SEED = 15173
HELDOUT5_LIST = HERE / "heldout5-scores.txt"  # real-heldout5's scores (that set's JSONs)
SOUNDFONTS = {"/usr/share/sounds/sf2/FluidR3_GM.sf2": "FluidR3_GM (Frank Wen; MIT)",
              "/usr/share/sounds/sf2/TimGM6mb.sf2": "TimGM6mb (Tim Brechbill; GPL-2)",
              "/usr/share/sounds/sf3/MuseScore_General.sf3": "MuseScore General (MIT)"}
SR = 44100
KICK, SNARE, RIM, CLAP, HAT, OPEN, RIDE, CRASH, SHAKER = 36, 38, 37, 39, 42, 46, 51, 49, 70

# style: metre numerator, subdivisions per annotated beat, beat BPM range, drum pattern, bass
# and chord rhythms. Patterns are onsets in subdivision steps within one bar.
STYLES: dict[str, dict[str, Any]] = {
    "pop": dict(beats=4, sub=4, bpm=(80, 125), kick=[0, 8, 10], snare=[4, 12], hat=range(0, 16, 2),
                bass=[0, 6, 8, 14], chord=[0, 8]),
    "rock": dict(beats=4, sub=2, bpm=(100, 160), kick=[0, 4, 5], snare=[2, 6], hat=range(8),
                 bass=range(8), chord=range(8)),
    "hiphop": dict(beats=4, sub=4, bpm=(78, 100), kick=[0, 7, 10], snare=[4, 12], hat=range(16),
                   bass=[0, 7, 10], chord=[0]),
    "house": dict(beats=4, sub=4, bpm=(118, 130), kick=[0, 4, 8, 12], snare=[4, 12], hat=[2, 6, 10, 14],
                  bass=[2, 6, 10, 14], chord=[2, 6, 10, 14], open_hat=True),
    "funk": dict(beats=4, sub=4, bpm=(92, 118), kick=[0, 3, 10], snare=[4, 12, 7, 15], hat=range(16),
                 bass=[0, 3, 6, 10, 11, 14], chord=[2, 5, 9, 13]),
    "reggae": dict(beats=4, sub=2, bpm=(70, 92), kick=[4], snare=[4], hat=range(8),
                   bass=[0, 3, 4], chord=[1, 3, 5, 7]),
    "waltz": dict(beats=3, sub=2, bpm=(120, 190), kick=[0], snare=[2, 4], hat=[0, 2, 4],
                  bass=[0], chord=[2, 4]),
    "six8": dict(beats=2, sub=3, bpm=(44, 80), kick=[0], snare=[3], hat=range(6),
                 bass=[0, 3], chord=range(6)),
    "shuffle128": dict(beats=4, sub=3, bpm=(60, 96), kick=[0, 6], snare=[3, 9], hat=range(12),
                       bass=[0, 2, 3, 5, 6, 8, 9, 11], chord=[0, 3, 6, 9]),
}
PROGRESSIONS = [[0, 7, 9, 5], [0, 5, 7, 5], [9, 5, 0, 7], [0, 9, 5, 7], [2, 7, 0, 0], [0, 0, 5, 7]]
CHORD_PROGRAMS = [0, 2, 4, 5, 16, 18, 24, 25, 27, 28, 48, 50, 61, 81, 89, 90]
BASS_PROGRAMS = [32, 33, 34, 35, 36, 38, 39]
LEAD_PROGRAMS = [11, 56, 65, 66, 71, 73, 80, 81, 104]


def _spec(rng: random.Random, k: int) -> dict[str, Any]:
    style = rng.choice(sorted(STYLES))
    s = STYLES[style]
    return dict(name=f"train3_band_{style}_{k:03d}", style=style, bpm=rng.uniform(*s["bpm"]),
                drums=rng.random() >= 0.2, lead=rng.random() < 0.5, key=rng.randint(-5, 6),
                prog=rng.choice(PROGRESSIONS), chord_program=rng.choice(CHORD_PROGRAMS),
                bass_program=rng.choice(BASS_PROGRAMS), lead_program=rng.choice(LEAD_PROGRAMS),
                soundfont=rng.choice(sorted(SOUNDFONTS)), dur=rng.uniform(20.0, 30.0),
                start_bar=rng.randint(1, 2), humanise_ms=rng.uniform(2.0, 12.0),
                fx=[f"synth.reverb.room-size={rng.uniform(0.2, 0.85):.2f}",
                    f"synth.reverb.level={rng.uniform(0.2, 0.8):.2f}",
                    f"synth.chorus.depth={rng.uniform(4, 12):.1f}"], seed=rng.randrange(1 << 30))


def _band_midi(p: dict[str, Any]) -> tuple[Any, float, int]:
    """The arrangement (pretty_midi), the annotated beat period (s) and beats per bar."""
    import pretty_midi

    rng = random.Random(p["seed"])
    s = STYLES[p["style"]]
    beat = 60.0 / p["bpm"]
    step = beat / s["sub"]
    bar_steps = s["beats"] * s["sub"]
    n_bars = int((p["start_bar"] * s["beats"] * beat + p["dur"] + 4.0) / (s["beats"] * beat)) + 1
    pm = pretty_midi.PrettyMIDI(initial_tempo=p["bpm"])
    drums = pretty_midi.Instrument(0, is_drum=True)
    bass = pretty_midi.Instrument(p["bass_program"])
    chords = pretty_midi.Instrument(p["chord_program"])
    lead = pretty_midi.Instrument(p["lead_program"])
    jit = p["humanise_ms"] / 1000.0

    def note(inst: Any, pitch: int, t: float, length: float, vel: int) -> None:
        t0 = max(0.0, t + rng.gauss(0.0, jit))
        v = int(min(127, max(20, vel + rng.randint(-12, 12))))
        inst.notes.append(pretty_midi.Note(velocity=v, pitch=pitch, start=t0, end=t0 + max(0.05, length)))

    for b in range(n_bars):
        t_bar = b * bar_steps * step
        root = 48 + p["key"] + p["prog"][b % len(p["prog"])]
        minor = p["prog"][b % len(p["prog"])] in (2, 9)
        triad = [root, root + (3 if minor else 4), root + 7]
        if p["drums"]:
            _drum_bar(lambda *a: note(drums, *a), p["style"], s, t_bar, step, crash=b % 8 == 0)
        for i in s["bass"]:
            note(bass, root - 12 + (7 if rng.random() < 0.15 else 0), t_bar + i * step, 0.9 * step, 95)
        for i in s["chord"]:
            dur = (bar_steps * step if len(s["chord"]) == 1 else 0.8 * step)
            for q in triad:
                note(chords, q + 12, t_bar + i * step, dur, 70)
        if p["lead"]:
            scale = [0, 2, 4, 7, 9, 12]
            for i in range(0, bar_steps, s["sub"] if rng.random() < 0.5 else max(1, s["sub"] // 2)):
                if rng.random() < 0.75:
                    note(lead, root + 24 + rng.choice(scale), t_bar + i * step, step, 85)
    pm.instruments += [i for i in (drums, bass, chords, lead) if i.notes]
    return pm, beat, s["beats"]


def _drum_bar(hit: Any, style: str, s: dict[str, Any], t_bar: float, step: float, *, crash: bool) -> None:
    """One bar of the style's kit: ``hit(pitch, time, length, velocity)`` per drum hit."""
    for i in s["kick"]:
        hit(KICK, t_bar + i * step, 0.1, 105)
    for i in s["snare"]:
        ghost = style == "funk" and i in (7, 15)
        hit(RIM if style == "reggae" else (CLAP if style == "house" else SNARE), t_bar + i * step, 0.1,
            55 if ghost else 100)
    for i in s["hat"]:
        hit(OPEN if s.get("open_hat") else HAT, t_bar + i * step, 0.08, 80 if i % s["sub"] == 0 else 62)
    if crash:
        hit(CRASH, t_bar, 0.5, 90)


def beat_lines(start_bar: int, per_bar: int, beat: float, dur: float) -> tuple[float, list[str]]:
    """(excerpt start in the render, "time position" lines): the excerpt opens half a beat
    before bar ``start_bar``'s downbeat; beats are every ``beat`` seconds from render time 0."""
    start = start_bar * per_bar * beat - beat / 2.0
    k0 = start_bar * per_bar
    ks = [k for k in range(k0, k0 + int(dur / beat) + 2) if 0 <= k * beat - start < dur - 0.05]
    return start, [f"{k * beat - start:.6f} {k % per_bar + 1}" for k in ks]


def render_band(p: dict[str, Any], out: Path, work: Path) -> dict[str, Any]:
    pm, beat, per_bar = _band_midi(p)
    mid, wav = work / f"{p['name']}.mid", work / f"{p['name']}.wav"
    pm.write(str(mid))
    opts = [x for o in p["fx"] for x in ("-o", o)]
    subprocess.run(["fluidsynth", "-ni", *opts, "-F", str(wav), "-r", str(SR), p["soundfont"], str(mid)],
                   check=True, capture_output=True)
    start, lines = beat_lines(p["start_bar"], per_bar, beat, p["dur"])
    tmp = out / f".{p['name']}.mp3"
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-ss", f"{start:.6f}", "-t", f"{p['dur']:.6f}",
                    "-i", str(wav), "-ac", "2", "-b:a", "192k", "-f", "mp3", str(tmp)], check=True)
    (out / f"{p['name']}.beats").write_text("\n".join(lines) + "\n")
    s = STYLES[p["style"]]
    metre = {4: "4/4", 3: "3/4"}[per_bar] if s["sub"] != 3 else f"{3 * per_bar}/8"
    meta = dict(name=p["name"], title=f"band:{p['style']}", composer="band", style=p["style"],
                music21_corpus_path=f"generated/band/{p['name']}", licence="generated here (no score)",
                soundfont=SOUNDFONTS[p["soundfont"]], soundfont_file=p["soundfont"], metre=metre,
                beat_unit_quarters=1.5 if s["sub"] == 3 else 1.0, beats_per_bar=per_bar,
                qpm=p["bpm"] * (1.5 if s["sub"] == 3 else 1.0), tempo_change=False, drums=p["drums"] and p["style"],
                drums_added=p["drums"], lead=p["lead"], excerpt_start_s=start, duration_s=p["dur"],
                n_beats=len(lines), beat_bpm_median=p["bpm"], swing=None,
                renderer="fluidsynth 2 " + " ".join(p["fx"]))
    (out / f"{p['name']}.json").write_text(json.dumps(meta, indent=1) + "\n")
    tmp.rename(out / f"{p['name']}.mp3")
    return meta


def heldout5_excluded() -> tuple[set[str], set[str]]:
    """(corpus paths without extension, normalised inline titles) of real-heldout5."""
    import make_realbeats_train as train

    paths, titles = set(), set()
    for line in HELDOUT5_LIST.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("inline:"):
            titles.add(_norm(line[7:]))
        else:
            paths.add(train._key(line))
    return paths, titles


def _title_key(path: Path) -> str:
    """The file name and every ABC ``T:`` title, normalised (an inline title must not be in it)."""
    text = path.read_text(errors="replace") if path.suffix == ".abc" else ""
    return " ".join([_norm(path.stem), *(_norm(t) for t in re.findall(r"^T:(.*)$", text, flags=re.M))])


def _norm(title: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"\(.*?\)", "", title.lower()))


def used_scores() -> set[str]:
    """Every score of every excerpt JSON in the eval cache and every script's piece list."""
    import make_realbeats_train as train
    import make_realbeats_train2 as train2

    used = train2.used_paths() | train2.held3_paths() | heldout5_excluded()[0]
    for f in CACHE.glob("*/*.json"):
        src = json.loads(f.read_text()).get("music21_corpus_path")
        if src:
            used.add(train._key(str(src)))
    for script in HERE.glob("make_realbeats_*.py"):
        used |= {train._key(s) for s in re.findall(r'src="([^"]+)"', script.read_text())}
    return used


def score_pieces(n: int, seed: int) -> list[dict[str, Any]]:
    """Folk tunes and chorales no other set uses, performed as real-train2 does, without swing."""
    import make_realbeats_train as train
    import make_realbeats_train2 as train2
    from music21 import corpus

    rng = random.Random(seed)
    root = Path(corpus.__file__).parent
    used = used_scores()
    _, titles = heldout5_excluded()
    tunes = [f"ryansMammoth/{q.name}" for q in sorted((root / "ryansMammoth").glob("*.abc"))]
    tunes = [t for t in tunes if train._key(t) not in used and _norm(Path(t).stem) not in titles]
    chorales = [c for c in (f"bach/{q.name}" for q in sorted((root / "bach").glob("bwv*.mxl")))
                if train._key(c) not in used and re.fullmatch(r"bach/bwv\d+\.\d+\.mxl", c)]
    n_chor = n // 4
    out = []
    for kind, src in [("tune", s) for s in rng.sample(tunes, n - n_chor)] + [
            ("chorale", s) for s in rng.sample(chorales, n_chor)]:
        assert train._key(src) not in used, src
        assert not any(t in _title_key(root / src) for t in titles), src  # nor real-heldout5's titles
        stem = re.sub(r"\W+", "_", train._key(src).split("/", 1)[1]).lower()
        p = train2._perform(rng, dict(name=f"train3_{stem}", src=src, title=src, composer=kind, style=kind,
                                      bar=rng.randint(0, 3), dur=30))
        p.pop("swing", None)  # no swing anywhere in this set (never on compound metres)
        out.append(p)
    return out


def check_disjoint(out: Path) -> int:
    """Re-check every rendered score excerpt against the lists as they are now; 0 = disjoint."""
    import make_realbeats_train as train
    from music21 import corpus

    root = Path(corpus.__file__).parent
    used, titles = used_scores_excluding(out), heldout5_excluded()[1]
    srcs = {f.name: str(json.loads(f.read_text()).get("music21_corpus_path", "")) for f in out.glob("*.json")}
    bad = [n for n, src in srcs.items() if train._key(src) in used or (
        (root / src).exists() and any(t in _title_key(root / src) for t in titles))]
    print(f"disjointness re-check: {len(bad)} excerpts share a score with another set {bad[:5]}")
    return len(bad)


def used_scores_excluding(out: Path) -> set[str]:
    import make_realbeats_train as train

    own = {train._key(str(json.loads(f.read_text()).get("music21_corpus_path", ""))) for f in out.glob("*.json")}
    rest = set()
    for f in CACHE.glob("*/*.json"):
        if f.parent != out:
            src = json.loads(f.read_text()).get("music21_corpus_path")
            rest |= {train._key(str(src))} if src else set()
    return (used_scores() - own) | rest | heldout5_excluded()[0]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    out = Path(argv[1]) if len(argv) > 1 else OUT
    n_band = int(argv[2]) if len(argv) > 2 else 160
    n_score = int(argv[3]) if len(argv) > 3 else 80
    seed = int(argv[4]) if len(argv) > 4 else SEED
    if check:
        return 1 if check_disjoint(out) else 0
    out.mkdir(parents=True, exist_ok=True)
    rng, ok = random.Random(seed), 0
    with tempfile.TemporaryDirectory() as td:
        for k in range(n_band):
            p = _spec(rng, k)
            if not (out / f"{p['name']}.json").exists():
                m = render_band(p, out, Path(td))
                print(f"{m['name']:40s} {m['metre']:5s} {m['n_beats']:3d} beats bpm {p['bpm']:.0f}", flush=True)
            ok += 1
        if n_score:
            ok += _render_scores(out, n_score, seed, Path(td))
    print(f"{ok} excerpts in {out}")
    (out / "README.md").write_text(f"# real-train3 ({ok} excerpts)\n\nWritten by benchmarks/make_realbeats_train3.py "
                                   f"({n_band} band, {n_score} score attempted, seed {seed}).\n" + (__doc__ or ""))
    return 1 if check_disjoint(out) else 0


def _render_scores(out: Path, n: int, seed: int, work: Path) -> int:
    import make_realbeats_dev2 as dev2
    import make_realbeats_heldout2 as held2
    import make_realbeats_train as train

    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set

    sf2 = "/usr/share/sounds/sf2/FluidR3_GM.sf2"
    held2.install_renderer(make_dev_set, sf2, SOUNDFONTS[sf2])
    ok = 0
    for p in score_pieces(n, seed):
        if (out / f"{p['name']}.json").exists():
            ok += 1
            continue
        held2.FLUID_OPTS[:] = [x for o in p["fx"] for x in ("-o", o)]
        ok += train.build_logged(make_dev_set.build, p, out, work)
    return ok


if __name__ == "__main__":
    sys.exit(main(sys.argv))
