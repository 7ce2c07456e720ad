"""Render the fifth held-out real-music beat set ("real-heldout5"), pristine: never tuned on.

Built like a creator's music: 18 of 30 excerpts are **band arrangements** (a public-domain
melody over a script-written drum kit, bass line and chord part in a named style, at that
style's usual tempo and notation: pop/rock, half-time, funk, shuffle blues, house, trance,
drum-and-bass, hip-hop with swung sixteenths, reggaeton dembow, 6/8 ballad, Celtic-rock 6/8,
pop waltz), 12 are folk and classical pieces without drums. Five excerpts change tempo.
Sound: the **csound-soundfont** GM bank (sf_GMbank.sf2, public domain; used by no other set)
and, for acoustic kits, the sampled drum kits of Debian ``avldrums.lv2-soundfont`` (Glen
MacArthur's AVL Drumkits, CC-BY-SA-3.0), rendered by fluidsynth in a second pass and mixed.
Scores: asserted disjoint (path and title) from every excerpt JSON under
``~/.cache/mvstudio-eval/``, the dev set, every ``make_realbeats_*.py`` piece list and the
random pools. Conventions, checks and file format are the dev set's renderer core
(/work/shared/data/realbeats-dev/make_dev_set.py). See benchmarks/realbeats-heldout5.md. Usage:

    nice -n 19 python benchmarks/make_realbeats_heldout5.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout5)
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout5_band as band  # noqa: E402 - sibling scripts
import make_realbeats_dev2 as dev2  # noqa: E402
import make_realbeats_heldout2 as held2  # noqa: E402
import make_realbeats_heldout4 as held4  # noqa: E402
from heldout5_pieces import PIECES, REJECTED  # noqa: E402
from heldout5_tunes import TUNES  # noqa: E402

SF2 = Path("/usr/share/sounds/sf2/sf_GMbank.sf2")
AVL = Path("/usr/share/sounds/sf2")
OUT = held2.CACHE / "realbeats-heldout5"
FLUID = ["-o", "synth.reverb.room-size=0.5", "-o", "synth.reverb.level=0.5", "-o", "synth.cpu-cores=1"]
GAIN = "0.35"
STATE: dict[str, Any] = {}


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _pkg(name: str) -> str:
    r = subprocess.run(["dpkg-query", "-W", name], capture_output=True, text=True, timeout=30)
    return r.stdout.split()[-1] if r.returncode == 0 and r.stdout.split() else "unknown"


def sf2_presets(path: Path) -> set[tuple[int, int]]:
    """(bank, program) of every preset in a SoundFont (its PHDR chunk)."""
    import struct

    data = path.read_bytes()
    i = data.find(b"phdr")
    n = struct.unpack("<I", data[i + 4:i + 8])[0] // 38 - 1  # the last record is the terminal one
    return {struct.unpack("<HH", data[i + 8 + 38 * k + 20:i + 8 + 38 * k + 24])[::-1] for k in range(n)}


def assert_in_bank(pieces: list[dict[str, Any]]) -> None:
    have = sf2_presets(SF2)
    for p in pieces:
        progs = p["programs"] if isinstance(p["programs"], list) else [p["programs"]]
        b = p.get("band") or {}
        want = {(0, x) for x in [*progs, b.get("bass", 0), b.get("chords", 0)]}
        kit = band.KITS.get(p.get("drums") or "", "")
        if kit.startswith("gm:"):
            want.add((128, int(kit[3:])))
        elif kit:
            assert sf2_presets(AVL / f"{kit[4:]}.sf2") == {(0, 0)}, f"{kit}: not a one-preset kit"
        missing = want - have
        assert not missing, f"{p['name']}: sf_GMbank has no preset for {sorted(missing)}"


def assert_kit_sounds(kits: set[str], work: Path) -> None:
    """Every drum note the styles use sounds on each AVL kit (it maps notes to its own drums)."""
    import numpy as np
    import pretty_midi
    import soundfile as sf

    for kit in kits:
        pm = pretty_midi.PrettyMIDI()
        inst = pretty_midi.Instrument(program=0)
        inst.notes = [pretty_midi.Note(100, n, k * 1.0, k * 1.0 + 0.1) for k, n in enumerate(band.DRUM_NOTES)]
        pm.instruments.append(inst)
        pm.write(str(work / "kit.mid"))
        _render(str(work / "kit.mid"), str(work / "kit.wav"), str(AVL / f"{kit}.sf2"), "44100")
        y, sr = sf.read(str(work / "kit.wav"), always_2d=True)
        for k, n in enumerate(band.DRUM_NOTES):
            peak = float(np.abs(y[int(k * sr):int((k + 0.3) * sr)]).max())
            assert peak > 0.02, f"{kit}: drum note {n} is silent (peak {peak:.3f})"


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """Every score (path without extension) and title of the other sets, their scripts (every
    make_realbeats_*.py and make_pulse_*.py piece list, rejected lists too) and the dev set."""
    held4_out, held4.OUT = held4.OUT, OUT  # heldout4's scans skip their own folder: make it ours
    try:
        used = held4.used_paths() | {held2._key(p["src"]) for p in held4.PIECES + held4.REJECTED}
        titles = held4.other_titles() | {held4._norm(p["title"]) for p in held4.PIECES + held4.REJECTED}
    finally:
        held4.OUT = held4_out
    for f in held2.CACHE.glob("*/*.json"):
        if f.parent != OUT and f.parent.name != "madmom-estimates":
            meta = json.loads(f.read_text())
            src = meta.get("music21_corpus_path")
            used |= {held2._key(src)} if isinstance(src, str) else set()
            titles |= {held4._norm(meta["title"])} if isinstance(meta.get("title"), str) else set()
    for s in [*HERE.glob("make_realbeats_*.py"), *HERE.glob("make_pulse_*.py")]:
        if s.name != Path(__file__).name:
            text = s.read_text()
            used |= {held2._key(x) for x in re.findall(r'"((?:/|[a-zA-Z_]+/)[^"]+\.(?:abc|mxl|xml|krn|musicxml))"', text)}
            titles |= {held4._norm(t) for t in re.findall(r'title="([^"]+)"', text)}
    return titles - {""}, used


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    check_new(pieces, *used_titles_and_paths())


def check_new(pieces: list[dict[str, Any]], titles: set[str], used: set[str]) -> None:
    """Every piece's score, pool and title new to a scan (``used_titles_and_paths``'s or a later
    set's): the score key, the random pools, the normalised title with the substring rule."""
    for p in pieces:
        assert held2._key(p["src"]) not in used, f"{p['name']}: {p['src']} is used by another set"
        assert not p["src"].startswith(held4.RANDOM_POOLS), f"{p['name']}: {p['src']} is in another set's pool"
        t = held4._norm(p["title"])
        clash = [o for o in titles if t == o or (min(len(t), len(o)) >= 10 and (t in o or o in t))]
        assert not clash, f"{p['name']}: title {p['title']!r} used elsewhere ({clash[0]})"


def _render(mid: str, wav: str, sf2: str, sr: str) -> None:
    subprocess.run(["fluidsynth", "-ni", "-q", *FLUID, "-g", GAIN, "-r", sr, "-F", wav, sf2, mid],
                   check=True, capture_output=True, timeout=900)


def _add_band(pm: Any) -> None:
    """Add the bass and chord parts (timed by the piece's own tempo map) to the final MIDI."""
    import pretty_midi

    p, (beats_q, pos, beat_q, per_bar), tmap = STATE["piece"], STATE["grid"], STATE["tmap"]
    bass, chords = band.band_notes(p["drums"], STATE["harm"], STATE["len_q"], beats_q, pos, beat_q, per_bar)
    for prog, notes, name in ((p["band"]["bass"], bass, "bass"), (p["band"]["chords"], chords, "chords")):
        inst = pretty_midi.Instrument(program=prog, name=name)
        for q, ln, pitch, vel in notes:
            t0, t1 = float(tmap(q)), float(tmap(q + ln))
            inst.notes.append(pretty_midi.Note(vel, pitch, t0, max(t1, t0 + 0.03)))
        pm.instruments.insert(len(pm.instruments) - 1, inst)


def render(cmd: list[str]) -> None:
    """Replaces the core's fluidsynth call: band parts added, drums on the chosen kit."""
    import numpy as np
    import pretty_midi
    import soundfile as sf

    sr, wav, mid = cmd[cmd.index("-r") + 1], cmd[cmd.index("-F") + 1], cmd[-1]
    pm = pretty_midi.PrettyMIDI(mid)
    p = STATE["piece"]
    kit = band.KITS.get(p.get("drums") or "", "")
    if p.get("band"):
        _add_band(pm)
    drums = [i for i in pm.instruments if i.is_drum]
    for d in drums:
        d.program = int(kit[3:]) if kit.startswith("gm:") else 0
    if kit.startswith("avl:"):
        kit_pm = pretty_midi.PrettyMIDI(resolution=pm.resolution, initial_tempo=120)
        kit_inst = pretty_midi.Instrument(program=0, name="avl kit")
        kit_inst.notes = drums[0].notes
        kit_pm.instruments = [kit_inst]
        pm.instruments = [i for i in pm.instruments if not i.is_drum]
        kit_pm.write(mid + ".kit.mid")
        _render(mid + ".kit.mid", wav + ".kit.wav", str(AVL / f"{kit[4:]}.sf2"), sr)
    pm.write(mid + ".band.mid")
    _render(mid + ".band.mid", wav + ".band.wav", str(SF2), sr)
    y, rate = sf.read(wav + ".band.wav", always_2d=True)
    if kit.startswith("avl:"):
        k, _ = sf.read(wav + ".kit.wav", always_2d=True)
        n = max(len(y), len(k))
        y = np.pad(y, ((0, n - len(y)), (0, 0))) + np.pad(k, ((0, n - len(k)), (0, 0))) * p["band"].get("kit_gain", 1.0)
    sf.write(wav, y, rate, subtype="FLOAT")


def install_renderer(make_dev_set: Any) -> None:
    import music21.corpus
    from music21 import converter

    base_build, base_load, base_map, base_parse = (make_dev_set.build, make_dev_set.load_score,
                                                   make_dev_set.TempoMap, music21.corpus.parse)
    kit_md5 = {k: _md5(AVL / f"{k}.sf2") for k in ("Red_Zeppelin_4_LV2", "Black_Pearl_4_LV2")}
    sf2_md5, avl_pkg, sf2_pkg = _md5(SF2), _pkg("avldrums.lv2-soundfont"), _pkg("csound-soundfont")
    fluid = subprocess.run(["fluidsynth", "--version"], capture_output=True, text=True, timeout=30).stdout
    fluid_v = (re.findall(r"version ([\d.]+)", fluid) or ["unknown"])[0]

    def parse(src: str, *a: Any, **kw: Any) -> Any:
        if src.startswith("inline:"):
            return converter.parse(TUNES[src[7:]], format="abc")
        if src.startswith("/"):
            sc = converter.parse(src, **kw)
            for part in list(sc.parts)[1:]:  # an abcmidi example's own drum voice
                sc.remove(part)
            return sc
        return base_parse(src, *a, **kw)

    class CapturingMap(base_map):  # type: ignore[misc, valid-type]
        def __init__(self, *a: Any, **kw: Any) -> None:
            super().__init__(*a, **kw)
            STATE["tmap"] = self

    def load_score(p: dict[str, Any]) -> Any:
        sc, chords, expanded = base_load(p)
        if p.get("bars"):
            for part in sc.parts:
                for m in list(part.getElementsByClass("Measure"))[p["bars"]:]:
                    part.remove(m)
        if p.get("band"):
            ts = sc.parts[0].recurse().getElementsByClass("TimeSignature").first()
            bar_q = float(ts.barDuration.quarterLength)
            STATE["harm"] = band.harmonise(sc, span_q=bar_q / 2 if bar_q == 4.0 else bar_q)
        _, _, _, _, STATE["len_q"] = make_dev_set.score_grid(sc)
        return sc, chords, expanded

    def drum_part(style: str, beats_q: Any, pos: Any, beat_q: float, per_bar: int, *_: Any) -> Any:
        STATE["grid"] = (beats_q, pos, beat_q, per_bar)
        return band.drum_part(style, beats_q, pos, beat_q, per_bar, STATE["piece"].get("intro_bars", 0))

    def build(p: dict[str, Any], out: Path, work: Path) -> Any:
        STATE.clear()
        STATE["piece"] = p
        m: Any = CapturingMap
        if p.get("swing"):
            m = dev2._swing_map(m, p["swing"])
        if p.get("swing16"):
            m = band.swing16_map(m, p["swing16"])
        make_dev_set.TempoMap = m
        meta = base_build(p, out, work)
        if (p.get("swing") or p.get("swing16")) and meta["metre"].endswith("/8"):
            raise RuntimeError("never swing a compound metre in pairs")
        meta.update(extra_meta(p, meta, sf2_md5=sf2_md5, sf2_pkg=sf2_pkg, kit_md5=kit_md5,
                               avl_pkg=avl_pkg, fluid_v=fluid_v))
        (out / f"{p['name']}.json").write_text(json.dumps(meta, indent=1) + "\n")
        return meta

    music21.corpus.parse = parse
    make_dev_set.run = lambda cmd: render(cmd) if cmd[0] == "fluidsynth" else held4_run(cmd)
    make_dev_set.build, make_dev_set.load_score, make_dev_set.drum_part = build, load_score, drum_part


def held4_run(cmd: list[str]) -> None:
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-400:]}")


def tempo_changes(start: float, dur: float) -> dict[str, Any]:
    """Steps (two keyframes on one quarter) and ramps inside the excerpt, in excerpt seconds."""
    tmap = STATE["tmap"]
    steps, ramps = [], []
    for (q0, a), (q1, b) in itertools.pairwise(tmap.keys):
        t0, t1 = float(tmap(q0)) - start, float(tmap(q1)) - start
        if a != b and abs(q1 - q0) < 1e-9 and 0 < t0 < dur:
            steps.append(round(t0, 4))
        elif a != b and q1 > q0 and t1 > 0 and t0 < dur:
            ramps.append([round(max(t0, 0.0), 4), round(min(t1, dur), 4)])
    return dict(changes_s=steps, step_s=steps[0] if steps else None, ramps_s=ramps)


def extra_meta(p: dict[str, Any], meta: dict[str, Any], *, sf2_md5: str, sf2_pkg: str,
               kit_md5: dict[str, str], avl_pkg: str, fluid_v: str) -> dict[str, Any]:
    kit = band.KITS.get(p.get("drums") or "", "")
    extra: dict[str, Any] = dict(
        soundfont=f"csound-soundfont sf_GMbank.sf2 (Debian csound-soundfont {sf2_pkg}; licence: public domain)",
        soundfont_file=str(SF2), soundfont_md5=sf2_md5,
        renderer=f"fluidsynth {fluid_v} " + " ".join(FLUID[1::2]) + f" gain {GAIN}",
        score_source=p.get("source", "music21 corpus"), licence=p.get("licence", meta["licence"]),
        swing=p.get("swing"), swing16=p.get("swing16"), band=p.get("band"),
        intro_bars_without_drums=p.get("intro_bars", 0) if p.get("drums") else None,
        **tempo_changes(meta["excerpt_start_s"], meta["duration_s"]))
    if kit.startswith("avl:"):
        extra["drum_kit"] = dict(name=f"AVL Drumkits {kit[4:]} (Glen MacArthur)",
                                 package=f"Debian avldrums.lv2-soundfont {avl_pkg}",
                                 file=str(AVL / f"{kit[4:]}.sf2"), md5=kit_md5[kit[4:]],
                                 licence="CC-BY-SA-3.0")
    elif kit:
        extra["drum_kit"] = dict(name=f"sf_GMbank.sf2 bank 128 preset {kit[3:]}", md5=sf2_md5,
                                 licence="public domain")
    return extra


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set  # the dev set's renderer core: same checks, other bank and parts

    assert_disjoint(PIECES + REJECTED)
    assert_in_bank(PIECES)
    for p in PIECES:
        assert not p["src"].startswith("/") or Path(p["src"]).exists(), f"{p['src']} missing: apt-get install abcmidi"
    with tempfile.TemporaryDirectory() as td:
        assert_kit_sounds({band.KITS[p["drums"]][4:] for p in PIECES
                           if band.KITS.get(p.get("drums") or "", "").startswith("avl:")}, Path(td))
    install_renderer(make_dev_set)
    make_dev_set.PIECES = PIECES
    out = argv[1] if len(argv) > 1 else str(OUT)
    rc = int(make_dev_set.main(["make_dev_set", out, *argv[2:]]))
    (Path(out) / "README.md").write_text((HERE / "realbeats-heldout5.md").read_text())
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
