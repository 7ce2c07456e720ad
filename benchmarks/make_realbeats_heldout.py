"""Render the held-out real-music beat set (never used for tuning the tracker).

Same method and code as /work/shared/data/realbeats-dev/make_dev_set.py (public-domain scores
from the music21 corpus, our tempo maps, FluidR3_GM via fluidsynth, exact beat grids), but other
pieces, tempi and tempo maps than the dev set. The output stays outside the repository.

Needs a separate environment with music21, pretty_midi, soundfile, numpy, plus apt packages
fluidsynth, fluid-soundfont-gm and ffmpeg. Usage:

    python benchmarks/make_realbeats_heldout.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout; the dev script's folder is taken
         from MVSTUDIO_REALBEATS_DEV or /work/shared/data/realbeats-dev)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEV_DIR = Path(os.environ.get("MVSTUDIO_REALBEATS_DEV", "/work/shared/data/realbeats-dev"))
PIANO, VIOLIN, VIOLA, CELLO, HARPSICHORD = 0, 40, 41, 42, 6
QUARTET = [VIOLIN, VIOLIN, VIOLA, CELLO]
RYAN = "traditional (Ryan's Mammoth Collection, 1883)"

PIECES = [
    dict(name="maple_leaf_rag", src="joplin/maple_leaf_rag.mxl", title="Maple Leaf Rag",
         composer="Scott Joplin (1899)", style="piano rag, 2/4, bass in eighths",
         qpm=96, programs=PIANO, bar=0, dur=40),
    dict(name="mozart_k545", src="mozart/k545/movement1_exposition.mxl",
         title="Piano Sonata K. 545, I. (exposition)", composer="W. A. Mozart",
         style="piano sonata, Alberti bass in sixteenths", qpm=126, programs=PIANO, bar=0, dur=40),
    dict(name="beethoven_op18n1_scherzo", src="beethoven/opus18no1/movement3.mxl",
         title="String Quartet Op. 18 No. 1, III. Scherzo", composer="L. van Beethoven",
         style="fast 3/4 quartet scherzo", qpm=168, programs=QUARTET, bar=0, dur=40),
    dict(name="haydn_op1n1_m1", src="haydn/opus1no1/movement1.mxl",
         title="String Quartet Op. 1 No. 1, I.", composer="Joseph Haydn",
         style="early string quartet", qpm=132, programs=QUARTET, bar=0, dur=40),
    dict(name="aloha_oe", src="liliuokalani/aloha_oe.mxl", title="Aloha 'Oe",
         composer="Liliuokalani (1878)", style="song on nylon guitar, swung ride",
         qpm=88, programs=24, drums="swing", bar=0, dur=40),
    dict(name="lascia_chio_pianga", src="handel/rinaldo/Lascia_chio_pianga.mxl",
         title="Rinaldo: Lascia ch'io pianga", composer="G. F. Handel",
         style="slow sarabande aria on oboe and strings, final ritardando",
         tempo=[(0, 132), (12, 132), (15, 96)], programs=[68, 48, 48, 42], bar=0, dur=42),
    dict(name="lindenbaum", src="schubert/Lindenbaum.xml", title="Der Lindenbaum",
         composer="Franz Schubert", style="lied, voice (clarinet) and piano, 3/4",
         qpm=92, programs=[71, PIANO, PIANO], bar=0, dur=40),
    dict(name="acacia_reel", src="ryansMammoth/AcaciaReel.abc", title="Acacia Reel",
         composer=RYAN, style="reel on fiddle, off-beat open hats", qpm=200, loops=2,
         programs=110, drums="offbeat", bar=1, dur=40),
    dict(name="barneys_goat_jig", src="ryansMammoth/BarneysGoatJig.abc", title="Barney's Goat (jig)",
         composer=RYAN, style="6/8 jig on accordion with drums, faster the second time",
         tempo=[(0, 180), ("loop2", 180), ("loop2", 204)], loops=2, programs=21, drums="rock",
         bar=4, dur=40),
    dict(name="admirals_hornpipe", src="ryansMammoth/AdmiralsHornpipe.abc", title="Admiral's Hornpipe",
         composer=RYAN, style="hornpipe on piano, swung drums", qpm=176, loops=2, programs=PIANO,
         drums="swing", hat_div=4, bar=1, dur=40),
    dict(name="boatie_rows", src="ryansMammoth/BoatieRowsStrathspey.abc", title="The Boatie Rows (strathspey)",
         composer=RYAN, style="strathspey on flute, march drums, accelerando",
         tempo=[(0, 110), (16, 132)], loops=2, programs=73, drums="march", bar=1, dur=40),
    dict(name="blue_stocking_clog", src="ryansMammoth/BlueStockingClog.abc", title="Blue Stocking Clog",
         composer=RYAN, style="clog dance on banjo, no drums", qpm=150, loops=2, programs=105,
         bar=1, dur=40),
    dict(name="clara_polonaise_1", src="schumann_clara/polonaise_op1n1.mxl",
         title="Polonaise Op. 1 No. 1", composer="Clara Schumann", style="piano polonaise, 3/4",
         qpm=104, programs=PIANO, bar=0, dur=40),
    dict(name="mozart_k80_m3", src="mozart/k80/movement3.mxl", title="String Quartet K. 80, III.",
         composer="W. A. Mozart", style="early string quartet, minuet", qpm=120,
         programs=QUARTET, bar=0, dur=40),
    dict(name="clara_polonaise_2", src="schumann_clara/polonaise_op1n2.mxl",
         title="Polonaise Op. 1 No. 2", composer="Clara Schumann", style="piano polonaise, 3/4",
         qpm=96, programs=PIANO, bar=0, dur=40),
    dict(name="beethoven_op59n3_m3", src="beethoven/opus59no3/movement3.mxl",
         title="String Quartet Op. 59 No. 3, III.", composer="L. van Beethoven",
         style="string quartet, menuetto grazioso", qpm=120, programs=QUARTET, bar=0, dur=40),
    dict(name="bach_bwv66_6", src="bach/bwv66.6.mxl", title="Chorale BWV 66.6",
         composer="J. S. Bach", style="chorale on strings, ritardando and a tempo",
         tempo=[(0, 84), (4, 84), (6, 62), (6, 84)], loops=2, programs=[48, 48, 48, 48], bar=0, dur=40),
]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(DEV_DIR))
    import make_dev_set  # the dev set's own renderer: identical method, other pieces

    make_dev_set.PIECES = PIECES
    out = argv[1] if len(argv) > 1 else str(
        Path.home() / ".cache" / "mvstudio-eval" / "realbeats-heldout")
    return int(make_dev_set.main(["make_dev_set", out, *argv[2:]]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
