"""The pieces of real-heldout12 (benchmarks/make_realbeats_heldout12.py), fixed before any scoring.

Band arrangements as in real-heldout6-11 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the TimGM6mb bank; folk and classical tunes transcribed for this set on FluidR3_GM, no
drums (real-heldout9 used FluidR3_GM for its bands and the csound bank for its folk pieces,
real-heldout10 TimGM6mb and MuseScore General, real-heldout11 MuseScore General and FluidR3_GM).
Every style is an earlier set's pattern (heldout10_band's dispatch, unchanged); the kit table
``KITS`` is this set's: every style on a kit none of real-heldout9, 10 and 11 played it on.
Style, tempo and notation follow each style's conventions, written out in
benchmarks/realbeats-heldout12.md with the level trap each one sets: three undrummed 2/2 reels
(beat = half note) and two undrummed 2/4 polkas, compound metres (6/8, 9/8, 12/8: dotted
quarter), slow pieces at 48-70 over eighth-note motion, half-time rock 152, drum-and-bass 174,
trap 142 on the 3+3+2, fast waltzes, 5/4, ska on the off-beats.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from heldout8_pieces import TIM
from heldout9_pieces import FLUID
from heldout12_tunes import TUNES
from make_realbeats_heldout2 import _p

INLINE = dict(source="transcribed for this set (benchmarks/heldout12_tunes.py)",
              licence="public-domain melody (traditional, or published before 1900 and its writers "
                      "dead more than 70 years); transcription ours")

# style -> the Hydrogen kit that plays it: 12 of the 14 kits of Debian's hydrogen-drumkits, each
# style on a kit none of real-heldout9 (heldout9_band.KITS), real-heldout10 (heldout10_band.KITS)
# and real-heldout11 (heldout11_pieces.KITS) played it on.
KITS = {
    "halftime": "VariBreaks", "dnb": "ElectricEmpireKit", "ska": "Millo_MultiLayered2",
    "waltz": "Millo_MultiLayered3", "five4": "The Black Pearl 1.0", "ballad68": "BJA_Pacific",
    "blues128": "The Black Pearl 1.0", "traptriplet": "Audiophob", "rockers": "ColomboAcousticDrumkit",
    "techno": "HardElectro1", "bossa": "ForzeeStereo", "highlife": "rumpf_kit_z01_h2",
    "ballad44": "Millo-Drums_v.1", "disco": "Audiophob",
}


def _loops(tune: str, qpm: float, start_bar: int) -> int:
    """Passes of ``tune`` that cover the 30 s excerpt from ``start_bar`` at ``qpm`` (the slowest
    tempo of the piece), plus one to spare."""
    metre = re.search(r"^M:(\d+)/(\d+)$", TUNES[tune], re.M)
    assert metre, tune
    bar_q = Fraction(4 * int(metre[1]), int(metre[2]))
    bars = TUNES[tune].split("\n")[-1].count("|")
    return math.ceil((30 + float(bar_q) * 60 / qpm * (start_bar + 1)) / (float(bar_q) * bars * 60 / qpm)) + 1


def _slowest(kw: dict[str, Any]) -> float:
    return float(kw["qpm"]) if "qpm" in kw else float(min(q for _, q in kw["tempo"]))


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, *, lead: int,
          bass: int, chords: int, **kw: Any) -> dict[str, Any]:
    kw = {**INLINE, "bar": 1, "dur": 30, **kw}
    return _p(name, f"inline:{tune}", title, composer, style, drums=drums, programs=lead,
              band=dict(bass=bass, chords=chords), bank=TIM, loops=_loops(tune, _slowest(kw), kw["bar"]), **kw)


def _tune(name: str, tune: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
    kw = {**INLINE, "bar": 0, "dur": 30, **kw}
    return _p(name, f"inline:{tune}", title, composer, style, bank=FLUID,
              loops=_loops(tune, _slowest(kw), kw["bar"]), **kw)


BAND: list[dict[str, Any]] = [
    _band("militaire_halftime", "marche_militaire", "Marche militaire No. 1 (D. 733)",
          "Franz Schubert (1826), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 152, snare on 3 only: the groove feels like 76), brass lead",
          "halftime", lead=61, bass=34, chords=29, qpm=152),
    _band("nachtmusik_dnb", "nachtmusik", "Eine kleine Nachtmusik (first movement)", "Wolfgang Amadeus Mozart (1787)",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, calliope lead, pad", "dnb",
          lead=82, bass=38, chords=89, qpm=174),
    _band("haulaway_ska", "haul_away", "Haul Away Joe", "traditional (sea shanty)",
          "ska 4/4 (quarter = 156): guitar skank on every off-beat, walking bass, alto sax lead", "ska",
          lead=65, bass=33, chords=27, qpm=156),
    _band("wildrover_waltz", "wild_rover", "The Wild Rover", "traditional Irish",
          "fast waltz 3/4 (quarter = 180) on accordion and piano, 2 bars without drums", "waltz",
          lead=21, bass=32, chords=0, qpm=180, intro_bars=2, bar=0),
    _band("jollynick_five4", "jolly_nicholas", "Jolly Old Saint Nicholas", "traditional American (re-barred in 5/4)",
          "5/4 (quarter = 132, 2+3): ride on every beat, kick on 1 and 3, marimba lead, piano comp",
          "five4", lead=12, bass=32, chords=0, qpm=132),
    _band("greensleeves_ballad", "greensleeves", "Greensleeves", "traditional English (in 6/8)",
          "6/8 ballad (dotted quarter = 48), guitar arpeggios, 2 bars without drums, recorder lead",
          "ballad68", lead=74, bass=32, chords=24, qpm=72, intro_bars=2, bar=0),
    _band("avemaria_doowop", "ave_maria", "Ave Maria (Ellens dritter Gesang)", "Franz Schubert (1825), in 12/8",
          "12/8 doo-wop ballad (dotted quarter = 56): triplet piano, ride triplets, violin lead",
          "blues128", lead=40, bass=32, chords=0, qpm=84),
    _band("hours_trap", "dance_hours", "Dance of the Hours (La Gioconda)", "Amilcare Ponchielli (1876), in 4/4",
          "trap (quarter = 142): 3+3+2 kick, clap on 3 (half-time feel), eighth-note-triplet hats, music-box lead",
          "traptriplet", lead=10, bass=38, chords=89, qpm=142),
    _band("largo_rockers", "new_world_largo", "Largo (Symphony No. 9, From the New World)", "Antonín Dvořák (1893)",
          "roots reggae, rockers drums (quarter = 70): kick on every beat, rim on 3, organ skank on 2 and 4, "
          "English horn lead", "rockers", lead=69, bass=33, chords=16, qpm=70),
    _band("voluntary_techno", "trumpet_voluntary", "Prince of Denmark's March (Trumpet Voluntary)",
          "Jeremiah Clarke (c. 1700)",
          "techno 4/4 (quarter = 128, up to 132 from bar 9): four on the floor, rim on 2 and 4, off-beat bass, "
          "trumpet lead", "techno", lead=56, bass=38, chords=90, tempo=[(0, 128), (8, 128), (8, 132)]),
    _band("gavotte_bossa", "gossec_gavotte", "Gavotte (Rosine)", "François-Joseph Gossec (1786)",
          "bossa nova 4/4 (quarter = 132) on flute and nylon guitar: cajon surdo, 3-side clave, maraca",
          "bossa", lead=73, bass=32, chords=24, qpm=132),
    _band("herald_highlife", "herald_angels", "Hark! The Herald Angels Sing", "Felix Mendelssohn (1840)",
          "highlife 4/4 (quarter = 116): dunun on 1 and 3, djembe slap on 2 and 4, bell timeline, picked guitar, "
          "brass lead", "highlife", lead=61, bass=33, chords=26, qpm=116),
    _band("traumerei_ballad", "traumerei", "Träumerei (Kinderszenen No. 7)", "Robert Schumann (1838), in 4/4",
          "slow ballad 4/4 (quarter = 60) with eighth-note piano arpeggios, cross-stick on 2 and 4, "
          "2 bars without drums, ritardando to 48 over bars 7-8 then a tempo, cello lead", "ballad44",
          lead=42, bass=32, chords=0, tempo=[(0, 60), (6, 60), (8, 48), (8, 60)], intro_bars=2, bar=0),
    _band("adeste_disco", "adeste", "O Come, All Ye Faithful (Adeste Fideles)", "John Francis Wade (c. 1751)",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, string pad and stabs, "
          "synth-brass lead", "disco", lead=62, bass=33, chords=50, qpm=118),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("blacksmith_accordion", "merry_blacksmith", "The Merry Blacksmith", "traditional Irish",
          "reel in 2/2 (beat = half note = 112) on accordion", qpm=224, programs=21),
    _tune("earlschair_dulcimer", "earls_chair", "The Earl's Chair", "traditional Irish",
          "reel in 2/2 on hammered dulcimer, accelerando over the first 8 bars (half note 96 -> 112)",
          tempo=[(0, 192), (8, 224)], programs=15),
    _tune("musicalpriest_fiddle", "musical_priest", "The Musical Priest", "traditional Irish",
          "reel in 2/2 (beat = half note = 100) on fiddle", qpm=200, programs=110),
    _tune("britches_harmonica", "britches", "Britches Full of Stitches", "traditional Irish",
          "2/4 polka (quarter = 138) on harmonica", qpm=138, programs=22),
    _tune("maggie_pizzicato", "maggie_woods", "Maggie in the Woods", "traditional Irish",
          "2/4 polka (quarter = 130) on pizzicato strings", qpm=130, programs=45),
    _tune("tobins_whistle", "tobins", "Tobin's Jig", "traditional Irish",
          "6/8 double jig (dotted quarter = 112) on whistle", qpm=168, programs=78),
    _tune("blarney_pipes", "blarney_pilgrim", "The Blarney Pilgrim", "traditional Irish",
          "6/8 double jig (dotted quarter = 120) on bagpipe", qpm=180, programs=109),
    _tune("foxhunters_violin", "foxhunters", "The Foxhunter's Jig", "traditional Irish",
          "9/8 slip jig (dotted quarter = 112) on violin", qpm=168, programs=40),
    _tune("planxty_guitar", "planxty_irwin", "Planxty Irwin", "Turlough O'Carolan (c. 1700)",
          "3/4 (quarter = 108) on nylon guitar", qpm=108, programs=24),
    _tune("sibheag_harp", "si_bheag", "Sí Bheag, Sí Mhór", "Turlough O'Carolan (c. 1691)",
          "slow 3/4 air (quarter = 66) over eighth-note motion on harp", qpm=66, programs=46),
    _tune("minutewaltz_piano", "minute_waltz", "Waltz in D-flat major, Op. 64 No. 1 (Minute Waltz)",
          "Frédéric Chopin (1847)",
          "fast 3/4 waltz (quarter = 192) on piano, ritardando over bars 13-16 (to 144), then a tempo",
          tempo=[(0, 192), (12, 192), (16, 144), (16, 192)], programs=0),
    _tune("weddingmarch_organ", "wedding_march", "Wedding March (A Midsummer Night's Dream)",
          "Felix Mendelssohn (1842)", "4/4 march (quarter = 116) on church organ", qpm=116, programs=19),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
