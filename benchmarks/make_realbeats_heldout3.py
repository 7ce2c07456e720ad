"""Render the third held-out real-music beat set ("real-heldout3"), pristine: never tuned on.

real-heldout and real-heldout2 have both been scored with our tracker several times. This set
differs from every other set and training set in **renderer** and **scores**:

- **SoundFont**: OPL-3_FM_128M (Zandro Reveille 2009, CC BY-SA 4.0; apt ``opl3-soundfont``),
  a General MIDI bank that imitates the Yamaha OPL3 FM chip: FM synthesis timbres and FM drums,
  unlike the sampled FluidR3_GM (real-dev, real-dev2, real-heldout, real-train), TimGM6mb
  (real-heldout2) and MuseScore General (real-train2). fluidsynth with a small room and no
  chorus.
- **Scores**: corpus files no other set, training set or random pool uses: the Scottish songs
  of Haydn's arrangements (Essen ``folkHaydn``), the Essen ballad files 70 and 80, the two
  Nottingham-dataset tunes, and the first movements of Beethoven's Op. 18 Nos. 3-5.
  **Asserted** disjoint (corpus path without extension, so a whole ABC collection file counts
  as one score) from every excerpt JSON in the real-dev, real-dev2,
  real-heldout, real-heldout2, real-train and real-train2 folders, from every piece list of
  their scripts (real-heldout2's rejected pieces included), from the files real-train and
  real-train2 draw at random (ryansMammoth, Bach chorales, train2's Essen files and classical
  movements), and from real-heldout2's collections (O'Neill, Aird, Northumbrian, Essen han/erk).
- Metres 2/4, 3/4, 4/4, 2/2, 6/8, 9/8; steps, ramps and ritardandi in a few; swing (through
  the MIDI timing) in a few; drum grooves (rock, swing, offbeat, march, waltz, trance,
  hip-hop) or none.

Beat conventions, checks and file format are the dev set's: the notated beat, the dotted
quarter in compound metres, the half note in 2/2. Needs the generator environment of
make_realbeats_dev2.py plus apt ``opl3-soundfont``. Usage:

    nice -n 10 python benchmarks/make_realbeats_heldout3.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout3)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_realbeats_dev2 as dev2  # noqa: E402 - sibling scripts, same renderer core
import make_realbeats_heldout2 as held2  # noqa: E402
import make_realbeats_train2 as train2  # noqa: E402

SF2 = "/usr/share/sounds/sf2/OPL-3_FM_128M.sf2"
SOUNDFONT = "OPL-3_FM_128M 1.0 (Zandro Reveille; licence CC BY-SA 4.0; Debian opl3-soundfont)"
FLUID_OPTS = ["-o", "synth.reverb.room-size=0.35", "-o", "synth.reverb.level=0.35",
              "-o", "synth.chorus.active=0"]
OUT = held2.CACHE / "realbeats-heldout3"
SET_DIRS = [held2.CACHE / d for d in ("realbeats-heldout2", "realbeats-train2")]
# Collections drawn at random by real-train / real-train2, and real-heldout2's collections.
RANDOM_POOLS = ("ryansMammoth/", "bach/bwv", *train2.HELD2_RESERVED)
PIANO, EPIANO, CLAV, ORGAN = 0, 4, 7, 16
FOLKHAYDN = "essenFolksong/folkHaydn.abc"
SCOT = "traditional Scottish (the tunes of Haydn's Scottish song arrangements, Essen folkHaydn)"
BALLAD = "traditional German (Essen folksong collection, ballads)"
NOTT = "traditional English (Nottingham dataset)"


_p = held2._p  # one piece entry, as in real-heldout2

PIECES: list[dict[str, Any]] = [
    _p("john_anderson", FOLKHAYDN, "John Anderson", SCOT, "2/2 song on FM piano, no drums",
       number=2, qpm=150, loops=3, programs=PIANO, bar=1, dur=30),
    _p("saw_ye_my_father", FOLKHAYDN, "Saw Ye My Father", SCOT, "2/4 song on clarinet, offbeat drums",
       number=5, qpm=120, loops=3, programs=71, drums="offbeat", bar=1, dur=30),
    _p("todlen_hame", FOLKHAYDN, "Todlen Hame", SCOT, "6/8 song on flute, no drums",
       number=6, qpm=132, loops=3, programs=73, bar=1, dur=30),
    _p("bridal", FOLKHAYDN, "Fy, Let Us A' to the Bridal", SCOT, "9/8 tune on fiddle, rock drums",
       number=20, qpm=170, loops=3, programs=40, drums="rock", bar=1, dur=30),
    _p("i_had_a_horse", FOLKHAYDN, "I Had a Horse", SCOT, "3/4 song on vibraphone, waltz drums",
       number=17, qpm=126, loops=3, programs=11, drums="waltz", bar=1, dur=30),
    _p("white_cockade", FOLKHAYDN, "The White Cockade", SCOT,
       "2/2 tune on square lead, swung eighths, swing drums", number=22, qpm=184, loops=3,
       programs=80, swing=0.63, drums="swing", bar=1, dur=30),
    _p("maggy_lauder", FOLKHAYDN, "Maggy Lauder", SCOT,
       "2/2 tune on organ, rock drums, faster the second time", number=35, loops=3,
       programs=ORGAN, drums="rock", tempo=[(0, 152), ("loop2", 152), ("loop2", 176)], bar=1, dur=30),
    _p("wedding_day", FOLKHAYDN, "How Can I Be Sad on my Wedding Day", SCOT,
       "6/8 song on e-piano, hip-hop drums", number=36, qpm=120, loops=3, programs=EPIANO,
       drums="hiphop", bar=1, dur=30),
    _p("blue_bonnets", FOLKHAYDN, "Blue Bonnets", SCOT, "2/2 tune on saw lead over trance drums",
       number=39, qpm=128, loops=3, programs=81, drums="trance", bar=1, dur=30),
    _p("barbara_allen", FOLKHAYDN, "Barbara Allen", SCOT, "slow 4/4 song on harp, ritardando and a tempo",
       number=11, programs=46, tempo=[(0, 84), (6, 84), (8, 60), (8, 84)], loops=2, bar=0, dur=30),
    _p("vater_und_tochter", "essenFolksong/ballad70.abc", "Vater und Tochter", BALLAD,
       "2/4 ballad on oboe, rock drums", number=1, qpm=112, loops=4, programs=68, drums="rock",
       bar=1, dur=30),
    _p("winterrosen", "essenFolksong/ballad70.abc", "Winterrosen", BALLAD, "6/8 ballad on marimba, no drums",
       number=29, qpm=150, loops=4, programs=12, bar=1, dur=30),
    _p("brombeerpflueckerin", "essenFolksong/ballad70.abc", "Die Brombeerpflueckerin", BALLAD,
       "4/4 ballad on e-piano, swung, hip-hop drums", number=34, qpm=92, loops=4, programs=EPIANO,
       swing=0.6, drums="hiphop", bar=1, dur=30),
    _p("graf_und_nonne_3", "essenFolksong/ballad80.abc", "Graf und Nonne", BALLAD,
       "3/4 ballad on clavinet, no drums", number=6, qpm=138, loops=4, programs=CLAV, bar=1, dur=30),
    _p("graf_und_nonne_6", "essenFolksong/ballad80.abc", "Graf und Nonne", BALLAD,
       "6/8 ballad on trumpet, march drums, step to a slower tempo", number=1, loops=4, programs=56,
       drums="march", tempo=[(0, 160), ("loop2", 160), ("loop2", 140)], bar=1, dur=30),
    _p("cuckoos_nest", "nottingham-dataset/reelsa-c.abc", "Cuckoo's Nest", NOTT,
       "4/4 hornpipe on banjo, swung, rock drums", number=80, qpm=104, loops=3, programs=105,
       swing=0.64, drums="rock", bar=1, dur=30),
    _p("little_czech_number", "nottingham-dataset/reelsa-c.abc", "Little Czech Number", NOTT,
       "4/4 tune on guitar, no drums", number=81, qpm=120, loops=3, programs=24, bar=1, dur=30),
    _p("beethoven_op18n3", "beethoven/opus18no3.mxl", "String Quartet Op. 18 No. 3, I. Allegro",
       "L. van Beethoven", "quartet allegro in cut time on woodwinds", qpm=124,
       programs=[73, 68, 71, 70], bars=48, bar=0, dur=30),
    _p("nanny_o", FOLKHAYDN, "Nanny O", SCOT, "4/4 song on steel guitar, no drums",
       number=37, qpm=100, loops=3, programs=25, bar=1, dur=30),
    _p("dainty_davie", FOLKHAYDN, "Dainty Davie", SCOT, "2/2 tune on brass, march drums",
       number=32, qpm=168, loops=3, programs=61, drums="march", bar=1, dur=30),
    _p("leader_haughs", FOLKHAYDN, "Leader Haughs and Yarrow", SCOT, "3/4 song on accordion, accelerando",
       number=27, loops=3, programs=21, tempo=[(0, 112), (14, 140)], bar=1, dur=30),
    _p("marys_dream", FOLKHAYDN, "Mary's Dream", SCOT, "slow 4/4 song on string ensemble, ritardando",
       number=1, loops=2, programs=48, tempo=[(0, 76), (8, 76), (11, 56), (11, 76)], bar=0, dur=30),
    _p("beethoven_op18n4", "beethoven/opus18no4.mxl", "String Quartet Op. 18 No. 4, I. Allegro ma non tanto",
       "L. van Beethoven", "4/4 quartet on FM strings", qpm=120, programs=[40, 40, 41, 42], bars=40,
       bar=0, dur=30),
    _p("beethoven_op18n5", "beethoven/opus18no5.mxl", "String Quartet Op. 18 No. 5, I. Allegro",
       "L. van Beethoven", "6/8 quartet on FM strings", qpm=180, programs=[40, 40, 41, 42], bars=48,
       bar=0, dur=30),
]

# Tried, then left out. The dev set's renderer refused five: duncan_gray (its ABC does not
# parse into bars), pentland_hills, shepherd_adonis and graf_und_nonne_2 (a short pickup bar
# counts as a metre change), wood_and_married (a 9/4 bar), Schumann (an irregular grid at
# quarter 65 with 40 or 28 bars) and Weber (2/2 to 3/4). Two were rendered and deleted unscored:
# Verdi's 3/8 (one beat a quaver is 276 beats/min: no convention in the other sets) and
# love_in_secret (a slow pad: the click-track check's lag peak only 1.06x). Listed so that
# future training sets stay disjoint from them too.
REJECTED: list[dict[str, Any]] = [
    _p("wood_and_married", FOLKHAYDN, "Woo'd and Married and A'", SCOT, "9/8 tune on choir pad, slowing",
       number=38, loops=3, programs=52, tempo=[(0, 150), (12, 120)], bar=1, dur=30),
    _p("love_in_secret", FOLKHAYDN, "I Love My Love in Secret", SCOT, "2/2 song on warm pad, no drums",
       number=3, qpm=132, loops=3, programs=89, bar=1, dur=30),
    _p("graf_und_nonne_2", "essenFolksong/ballad80.abc", "Graf und Nonne", BALLAD,
       "2/4 ballad on cello, accelerando", number=2, loops=4, programs=42, tempo=[(0, 96), (12, 120)],
       bar=1, dur=30),
    _p("duncan_gray", FOLKHAYDN, "Duncan Gray", SCOT, "2/2 tune on brass, march drums",
       number=34, qpm=168, loops=3, programs=61, drums="march", bar=1, dur=30),
    _p("pentland_hills", FOLKHAYDN, "Pentland Hills", SCOT, "3/4 song on accordion, accelerando",
       number=33, loops=3, programs=21, tempo=[(0, 112), (14, 140)], bar=1, dur=30),
    _p("schumann_op41n1_m4", "schumann_robert/opus41no1/movement4.mxl",
       "String Quartet Op. 41 No. 1, IV. Presto", "Robert Schumann", "quartet finale on FM piano",
       qpm=132, programs=PIANO, bars=40, bar=0, dur=30),
    _p("shepherd_adonis", FOLKHAYDN, "The Shepherd Adonis", SCOT, "3/4 song on accordion, accelerando",
       number=21, loops=3, programs=21, tempo=[(0, 112), (14, 140)], bar=1, dur=30),
    _p("weber_concertino", "weber/concertino_clarinet.mxl", "Clarinet Concertino Op. 26",
       "C. M. von Weber", "clarinet and orchestra reduced to FM sounds", qpm=100,
       programs=[71, PIANO, 48, 48, 48, 48, 48, 48, 48, 48], bars=40, bar=0, dur=30),
    _p("verdi_donna", "verdi/laDonnaEMobile.mxl", "La donna e mobile (Rigoletto)", "Giuseppe Verdi",
       "3/8 aria, voice as trumpet", qpm=138, programs=[56, PIANO, PIANO, PIANO], bars=48, bar=0, dur=30),
]

def used_paths() -> set[str]:
    """Every score of every other real set and training set (rendered or listed)."""
    used = train2.used_paths()  # dev, dev2, heldout, train (JSONs + scripts), heldout2 (all)
    for d in SET_DIRS:
        used |= {held2._key(json.loads(f.read_text())["music21_corpus_path"]) for f in Path(d).glob("*.json")}
    used |= {held2._key(s) for s in train2.CLASSICAL}
    used |= {f"essenFolksong/{s}" for s in train2.ESSEN}
    return used


def assert_disjoint(pieces: list[dict[str, Any]]) -> None:
    used = used_paths()
    for p in pieces:
        assert held2._key(p["src"]) not in used, f"{p['name']}: {p['src']} is used by another set"
        assert not p["src"].startswith(RANDOM_POOLS), f"{p['name']}: {p['src']} is in another set's pool"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(dev2.DEV_DIR))
    import make_dev_set  # the dev set's renderer core: same checks, other SoundFont

    assert_disjoint(PIECES + REJECTED)
    assert Path(SF2).exists(), f"{SF2} missing: apt-get install opl3-soundfont"
    held2.FLUID_OPTS[:] = FLUID_OPTS  # install_renderer's fluidsynth options
    return held2.render_set(make_dev_set, PIECES, sf2=SF2, soundfont=SOUNDFONT,
                            readme=HERE / "realbeats-heldout3.md", default_out=OUT, argv=argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
