"""Render the sixth held-out real-music beat set ("real-heldout6"), pristine: never tuned on.

Rich in the styles whose accents sit off the beat (issue #15's off-beat failure): 24 band
arrangements (a public-domain melody over script-written drums, bass and chords in a named
style at its usual tempo and notation), 14 of them off-beat-heavy (house, deep house, speed
garage, funk, reggae one-drop and rockers, ska, rocksteady, disco, nu-disco, afrobeat), the
others pop/rock, hip-hop, r&b, techno, trap, drum-and-bass, a waltz, a 6/8 and a 9/8 ballad;
12 folk and classical pieces without drums. Five excerpts change tempo.
Sound: melodic parts on the csound GM bank (the least-used bank: only real-heldout5 used it;
every other installable GM bank is used more), drums on four **Hydrogen kits** (Debian
``hydrogen-drumkits``, GPL) that no set used, played by heldout6_kits' sampler.
Scores: asserted disjoint (path and title) from every excerpt JSON under
``~/.cache/mvstudio-eval/``, the dev set, every ``make_realbeats_*.py`` piece list and
real-heldout5's piece and rejected lists. Renderer core, conventions and file format: the dev
set's (/work/shared/data/realbeats-dev/make_dev_set.py). See benchmarks/realbeats-heldout6.md.

    nice -n 19 python benchmarks/make_realbeats_heldout6.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout6)
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import heldout6_band as band  # noqa: E402 - sibling scripts
import heldout6_kits as kits  # noqa: E402
import make_realbeats_dev2 as dev2  # noqa: E402
import make_realbeats_heldout2 as held2  # noqa: E402
import make_realbeats_heldout4 as held4  # noqa: E402
import make_realbeats_heldout5 as held5  # noqa: E402 - helpers only; its output is not touched
from heldout6_pieces import PIECES, REJECTED  # noqa: E402
from heldout6_tunes import TUNES  # noqa: E402

SF2 = held5.SF2
OUT = held2.CACHE / "realbeats-heldout6"
FLUID = ["-o", "synth.reverb.room-size=0.4", "-o", "synth.reverb.level=0.4", "-o", "synth.cpu-cores=1"]
GAIN = "0.35"
SR = 44100
STATE: dict[str, Any] = {}


def used_titles_and_paths() -> tuple[set[str], set[str]]:
    """heldout5's scan (every other set's JSONs, every make_realbeats_* / make_pulse_* piece
    list, heldout4's lists, the dev set), pointed at this set's folder, plus heldout5's own
    piece and rejected lists (they live in heldout5_pieces.py, not in its make script)."""
    out5, held5.OUT = held5.OUT, OUT
    try:
        titles, used = held5.used_titles_and_paths()
    finally:
        held5.OUT = out5
    for p in held5.PIECES + held5.REJECTED:
        used.add(held2._key(p["src"]))
        titles.add(held4._norm(p["title"]))
    used |= {held2._key(f"inline5:{k}") for k in held5.TUNES}
    return titles, used


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    held5.check_new(pieces, *used_titles_and_paths())
    names = [p["src"] for p in pieces if not p["src"].startswith("inline:")]
    assert len(names) == len(set(names)), "a score used twice in this set"


def bank_file(p: dict[str, Any]) -> Path:
    """The piece's SoundFont: ``p["bank"]["file"]`` (another set's option, real-heldout8), else csound's."""
    return Path(p["bank"]["file"]) if p.get("bank") else SF2


def kit_of(p: dict[str, Any]) -> str:
    """The piece's drum kit: its own (``p["band"]["kit"]``, another set's option, real-heldout25:
    a synthesized kit per piece, heldout6_kits.SYNTH), else its style's in the band module's table."""
    return str((p.get("band") or {}).get("kit") or band.KITS[p["drums"]])


def assert_in_bank(pieces: list[dict[str, Any]]) -> None:
    """Every GM program is a preset of the bank; every drum note a style uses sounds on its kit."""
    presets = {f: held5.sf2_presets(f) for f in {bank_file(p) for p in pieces}}
    for p in pieces:
        have = presets[bank_file(p)]
        progs = p["programs"] if isinstance(p["programs"], list) else [p["programs"]]
        b = p.get("band") or {}
        want = {(0, x) for x in [*progs, *([b["bass"], b["chords"]] if b else [])]}
        missing = want - have
        assert not missing, f"{p['name']}: {bank_file(p).name} has no preset for {sorted(missing)}"
        if p.get("drums"):
            notes = {n for _, n, _ in band._drum_bar(p["drums"], 1.0, 4)} | {kits.CRASH}
            kits.assert_kit_sounds(kit_of(p), notes, SR)


def _render(mid: str, wav: str, sr: str, sf2: Path = SF2) -> None:
    subprocess.run(["fluidsynth", "-ni", "-q", *FLUID, "-g", GAIN, "-r", sr, "-F", wav, str(sf2), mid],
                   check=True, capture_output=True, timeout=900)


def render(cmd: list[str]) -> None:
    """Replaces the core's fluidsynth call: band parts added, drums sampled from the kit."""
    import numpy as np
    import pretty_midi
    import soundfile as sf

    sr, wav, mid = cmd[cmd.index("-r") + 1], cmd[cmd.index("-F") + 1], cmd[-1]
    assert int(sr) == SR, f"render rate {sr}: the kits are {SR} Hz"
    pm = pretty_midi.PrettyMIDI(mid)
    p = STATE["piece"]
    if p.get("band"):
        _add_band(pm)
    drums = [i for i in pm.instruments if i.is_drum]
    hits = [(n.start, n.pitch, n.velocity) for d in drums for n in d.notes]
    pm.instruments = [i for i in pm.instruments if not i.is_drum]
    pm.write(mid + ".band.mid")
    _render(mid + ".band.mid", wav + ".band.wav", sr, bank_file(p))
    y, rate = sf.read(wav + ".band.wav", always_2d=True)
    if hits:
        k = kits.render(kit_of(p), hits, SR) * p["band"].get("kit_gain", 0.5)
        n = max(len(y), len(k))
        y = np.pad(y, ((0, n - len(y)), (0, 0))) + np.pad(k, ((0, n - len(k)), (0, 0)))
    sf.write(wav, y, rate, subtype="FLOAT")


def _add_band(pm: Any) -> None:
    import pretty_midi

    p, (beats_q, pos, beat_q, per_bar), tmap = STATE["piece"], STATE["grid"], STATE["tmap"]
    bass, chords = band.band_notes(p["drums"], STATE["harm"], STATE["len_q"], beats_q, pos, beat_q, per_bar)
    for prog, notes, name in ((p["band"]["bass"], bass, "bass"), (p["band"]["chords"], chords, "chords")):
        inst = pretty_midi.Instrument(program=prog, name=name)
        for q, ln, pitch, vel in notes:
            t0, t1 = float(tmap(q)), float(tmap(q + ln))
            inst.notes.append(pretty_midi.Note(vel, pitch, t0, max(t1, t0 + 0.03)))
        pm.instruments.insert(len(pm.instruments) - 1, inst)


def install_renderer(make_dev_set: Any) -> None:
    import music21.corpus
    from music21 import converter

    base_build, base_load, base_map, base_parse = (make_dev_set.build, make_dev_set.load_score,
                                                   make_dev_set.TempoMap, music21.corpus.parse)
    kit_md5 = {k: kits.kit_md5(k) for k in kits.KITS}
    sf2_md5, sf2_pkg, kit_pkg = held5._md5(SF2), held5._pkg("csound-soundfont"), held5._pkg("hydrogen-drumkits")
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
        if p.get("swing16"):
            m = band.swing16_map(m, p["swing16"])
        make_dev_set.TempoMap = m
        meta = base_build(p, out, work)
        if p.get("swing16") and meta["metre"].endswith("/8"):
            raise RuntimeError("never swing a compound metre in pairs")
        meta.update(extra_meta(p, meta, sf2_md5=sf2_md5, sf2_pkg=sf2_pkg, kit_md5=kit_md5,
                               kit_pkg=kit_pkg, fluid_v=fluid_v))
        (out / f"{p['name']}.json").write_text(json.dumps(meta, indent=1) + "\n")
        return meta

    music21.corpus.parse = parse
    make_dev_set.run = lambda cmd: render(cmd) if cmd[0] == "fluidsynth" else held5.held4_run(cmd)
    make_dev_set.build, make_dev_set.load_score, make_dev_set.drum_part = build, load_score, drum_part


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
               kit_md5: dict[str, str], kit_pkg: str, fluid_v: str) -> dict[str, Any]:
    bank = p.get("bank")
    if bank:  # another set's bank (real-heldout8): name, Debian package and version, md5, licence
        sf2_md5 = held5._md5(Path(bank["file"]))
        sf2_desc = f"{bank['name']} (Debian {bank['package']} {held5._pkg(bank['package'])}; licence: {bank['licence']})"
    else:
        sf2_desc = f"csound-soundfont sf_GMbank.sf2 (Debian csound-soundfont {sf2_pkg}; licence: public domain)"
    extra: dict[str, Any] = dict(
        soundfont=sf2_desc, soundfont_file=str(bank_file(p)), soundfont_md5=sf2_md5,
        renderer=f"fluidsynth {fluid_v} " + " ".join(FLUID[1::2]) + f" gain {GAIN}",
        score_source=p.get("source", "music21 corpus"), licence=p.get("licence", meta["licence"]),
        swing16=p.get("swing16"), band=p.get("band"),
        intro_bars_without_drums=p.get("intro_bars", 0) if p.get("drums") else None,
        **tempo_changes(meta["excerpt_start_s"], meta["duration_s"]))
    if p.get("drums") and kit_of(p).startswith(kits.SYNTH):  # a synthesized kit (real-heldout25 on)
        import synth_kits

        extra["drum_kit"] = synth_kits.describe(kit_of(p), SR)
    elif p.get("drums"):
        kit = band.KITS[p["drums"]]
        author, licence, _ = kits.KITS[kit]
        extra["drum_kit"] = dict(name=f"Hydrogen drumkit {kit} ({author})",
                                 package=f"Debian hydrogen-drumkits {kit_pkg}",
                                 file=str(kits.ROOT / kit), md5=kit_md5[kit], licence=licence,
                                 player="benchmarks/heldout6_kits.py (velocity layers, no humanising)"
                                 + (", samples resampled to 44.1 kHz by linear interpolation" if kit in kits.RESAMPLE else ""))
    return extra


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set  # the dev set's renderer core: same checks, other bank and parts

    assert_disjoint(PIECES + REJECTED)
    assert_in_bank(PIECES)
    for p in PIECES:
        assert not p["src"].startswith("/") or Path(p["src"]).exists(), f"{p['src']} missing: apt-get install abcmidi"
    install_renderer(make_dev_set)
    make_dev_set.PIECES = PIECES
    out = argv[1] if len(argv) > 1 else str(OUT)
    rc = int(make_dev_set.main(["make_dev_set", out, *argv[2:]]))
    (Path(out) / "README.md").write_text((HERE / "realbeats-heldout6.md").read_text())
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
