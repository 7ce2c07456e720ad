"""How late each SoundFont's notes sound after their note-on, per General MIDI program.

The real beat sets annotate beats at note-on times; a SoundFont whose samples start with
silence or a slow swell would put the audible onset later than the annotation. This renders
one middle-C note per program through fluidsynth (the sets' renderer) for FluidR3_GM (real-dev,
dev2, heldout, train), TimGM6mb (real-heldout2), MuseScore General (real-train2) and
OPL-3_FM_128M (real-heldout3), and through TiMidity++ for the freepats GUS patches
(real-heldout4), and prints the time from note-on to 10 % and to 50 % of the note's peak
amplitude ("-" where a note stays silent). For a program freepats has no patch for, TiMidity++
plays another patch instead; real-heldout4 uses only programs freepats has (asserted).

Needs the generator environment (pretty_midi, soundfile, numpy), the four apt SoundFonts and
apt timidity freepats.
Usage: python benchmarks/soundfont_attack.py [PROGRAM ...]   (default: the held-out2 programs)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

FONTS = {"FluidR3_GM": "/usr/share/sounds/sf2/FluidR3_GM.sf2",
         "TimGM6mb": "/usr/share/sounds/sf2/TimGM6mb.sf2",
         "MuseScore": "/usr/share/sounds/sf3/MuseScore_General_Full.sf3",
         "OPL3-FM": "/usr/share/sounds/sf2/OPL-3_FM_128M.sf2",
         "freepats": "/etc/timidity/freepats.cfg"}  # a TiMidity++ config, not a SoundFont
PROGRAMS = [0, 4, 6, 16, 21, 25, 40, 41, 42, 46, 56, 61, 68, 71, 72, 73, 81, 105, 106, 110]
SR, GAP = 44100, 2.0


def attacks(sf: str, programs: list[int], work: Path) -> list[tuple[float, float]]:
    import pretty_midi
    import soundfile

    pm = pretty_midi.PrettyMIDI(initial_tempo=120)
    for k, prog in enumerate(programs):
        inst = pretty_midi.Instrument(program=prog)
        inst.notes.append(pretty_midi.Note(100, 60, 0.5 + k * GAP, 1.5 + k * GAP))
        pm.instruments.append(inst)
    mid, wav = work / "a.mid", work / "a.wav"
    pm.write(str(mid))
    cmd = ["fluidsynth", "-ni", "-q", "-g", "0.5", "-r", str(SR), "-F", str(wav), sf, str(mid)]
    if sf.endswith(".cfg"):  # real-heldout4's renderer (make_realbeats_heldout4.TIMIDITY_OPTS)
        cmd = ["timidity", "-c", sf, "--preserve-silence", "-EFreverb=G,36", "-EFchorus=d", "-A", "60",
               "-Ow", "-s", str(SR), "-o", str(wav), str(mid)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    y, _ = soundfile.read(str(wav), always_2d=True)
    a = np.abs(y).max(axis=1)
    out = []
    for k in range(len(programs)):
        seg = a[int((0.5 + k * GAP) * SR): int((0.5 + k * GAP + 1.0) * SR)]
        pk = seg.max()
        if pk < 0.02 * a.max():  # no patch for this program (a reverb tail at most)
            out.append((float("nan"), float("nan")))
            continue
        out.append((1000 * np.argmax(seg >= 0.1 * pk) / SR, 1000 * np.argmax(seg >= 0.5 * pk) / SR))
    return out


def main(argv: list[str]) -> int:
    programs = [int(x) for x in argv[1:]] or PROGRAMS
    with tempfile.TemporaryDirectory() as td:
        # At most 8 instruments per file: pretty_midi wraps channels after 15, and a second
        # program on a channel would replace the first.
        chunks = [programs[i:i + 8] for i in range(0, len(programs), 8)]
        res = {name: [a for c in chunks for a in attacks(sf, c, Path(td))] for name, sf in FONTS.items()}
    print("ms from note-on to 10 % / 50 % of the note's peak (middle C, velocity 100)\n")
    print("| GM program | " + " | ".join(FONTS) + " |")
    print("|---|" + "---|" * len(FONTS))
    for k, prog in enumerate(programs):
        print(f"| {prog} | " + " | ".join("-" if np.isnan(res[n][k][0]) else f"{res[n][k][0]:.0f} / {res[n][k][1]:.0f}"
                                      for n in FONTS) + " |")
    for n in FONTS:
        t10 = np.array([r[0] for r in res[n] if not np.isnan(r[0])])
        print(f"{n:11s} median to 10 % {np.median(t10):.1f} ms, max {t10.max():.0f} ms over {t10.size} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
