"""The pieces of real-heldout11 (benchmarks/make_realbeats_heldout11.py), fixed before any scoring.

Band arrangements as in real-heldout6-10 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the MuseScore General bank; folk and classical tunes transcribed for this set on
FluidR3_GM, no drums (real-heldout9 used FluidR3_GM for its bands and the csound bank for its
folk pieces, real-heldout10 TimGM6mb and MuseScore General). Every style is an earlier set's
pattern (heldout10_band's dispatch, unchanged); the kit table ``KITS`` is this set's: every style
on a kit neither real-heldout9 nor real-heldout10 played it on. Style, tempo and notation follow
each style's conventions, written out in benchmarks/realbeats-heldout11.md with the level trap
each one sets: four undrummed 2/2 reels and hornpipes (beat = half note) and two undrummed 2/4
tunes, compound metres (6/8, 9/8, 12/8: dotted quarter), slow pieces at 52-72 over eighth-note
motion, half-time rock, drum-and-bass 172, drill 144, trap 140, fast waltzes, 5/4, ska on the
off-beats, and three grooves on the 3+3+2.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import FLUID
from heldout11_tunes import TUNES
from make_realbeats_heldout2 import _p

INLINE = dict(source="transcribed for this set (benchmarks/heldout11_tunes.py)",
              licence="public-domain melody (traditional, or published before 1900 and its writers "
                      "dead more than 70 years); transcription ours")

# style -> the Hydrogen kit that plays it: 13 of the 14 kits of Debian's hydrogen-drumkits, each
# style on a kit neither real-heldout9 (heldout9_band.KITS) nor real-heldout10 (heldout10_band.KITS)
# played it on.
KITS = {
    "punk": "Millo-Drums_v.1", "halftime": "ForzeeStereo", "dnb": "Audiophob", "drill": "VariBreaks",
    "trap": "HardElectro1", "hiphop332": "VariBreaks", "dembow": "ElectricEmpireKit",
    "afrobeats332": "circAfrique v4", "house": "ElectricEmpireKit", "ska": "rumpf_kit_z01_h2",
    "funk": "Millo_MultiLayered3", "onedrop": "The Black Pearl 1.0", "rnb": "Millo_MultiLayered2",
    "ballad44": "BJA_Pacific", "ballad68": "Millo_MultiLayered3", "blues128": "ColomboAcousticDrumkit",
    "waltz": "The Black Pearl 1.0", "five4": "ColomboAcousticDrumkit",
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
              band=dict(bass=bass, chords=chords), bank=MSG, loops=_loops(tune, _slowest(kw), kw["bar"]), **kw)


def _tune(name: str, tune: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
    kw = {**INLINE, "bar": 0, "dur": 30, **kw}
    return _p(name, f"inline:{tune}", title, composer, style, bank=FLUID,
              loops=_loops(tune, _slowest(kw), kw["bar"]), **kw)


BAND: list[dict[str, Any]] = [
    _band("whiskey_punk", "whiskey_jar", "Whiskey in the Jar", "traditional Irish",
          "fast punk 4/4 (quarter = 176): eighth hats, root-eighth bass, power chords", "punk",
          lead=30, bass=34, chords=29, qpm=176),
    _band("radetzky_halftime", "radetzky", "Radetzky March", "Johann Strauss I (1848), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 150, snare on 3 only: the groove feels like 75), trumpet lead",
          "halftime", lead=56, bass=33, chords=27, qpm=150),
    _band("allaturca_dnb", "alla_turca", "Rondo alla Turca", "Wolfgang Amadeus Mozart (1784), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, square lead, pad", "dnb",
          lead=80, bass=38, chords=89, qpm=172),
    _band("funeral_drill", "funeral_march", "Funeral March (Marche funebre)", "Frederic Chopin (1839)",
          "drill (quarter = 144): kick on 1 and the \"and\" of 2, clap on 3, triplet hats, church-organ lead, "
          "strings, sliding 808", "drill", lead=19, bass=38, chords=48, qpm=144),
    _band("elise_trap", "fur_elise", "Für Elise", "Ludwig van Beethoven (published 1867), re-barred in 4/4",
          "trap (quarter = 140): sparse kick, clap on 3 (half-time feel), sixteenth hats with rolls, "
          "bright piano lead", "trap", lead=1, bass=38, chords=89, qpm=140),
    _band("foggydew_hiphop", "foggy_dew", "The Foggy Dew", "traditional Irish",
          "hip-hop 4/4 (88, straight): 3+3+2 kick, snare on 2 and 4, e-piano, alto sax lead", "hiphop332",
          lead=65, bass=33, chords=4, qpm=88),
    _band("paloma_dembow", "la_paloma", "La Paloma", "Sebastián Yradier (c. 1863)",
          "reggaeton dembow (96): kick on every beat, snare on the 3+3+2, saw lead", "dembow",
          lead=81, bass=38, chords=5, qpm=96),
    _band("sourwood_afrobeats", "sourwood", "Sourwood Mountain", "traditional American",
          "afrobeats 4/4 (106): 3+3+2 kick, clap on 2 and 4, shaker sixteenths, plucked guitar, marimba lead",
          "afrobeats332", lead=12, bass=33, chords=25, qpm=106),
    _band("deckhalls_house", "deck_halls", "Deck the Halls", "traditional Welsh (carol)",
          "house 4/4 (124, up to 128 from bar 9): four on the floor, off-beat open hats, synth-brass lead",
          "house", lead=62, bass=38, chords=90, tempo=[(0, 124), (8, 124), (8, 128)]),
    _band("wearinggreen_ska", "wearing_green", "The Wearing of the Green", "traditional Irish",
          "ska 4/4 (quarter = 150): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=33, chords=27, qpm=150),
    _band("eighthjanuary_funk", "eighth_january", "The Eighth of January", "traditional American",
          "funk 4/4 (quarter = 100): off-beat brass stabs, slap bass, sixteenth hats, organ lead", "funk",
          lead=17, bass=36, chords=61, qpm=100),
    _band("longago_onedrop", "long_ago", "Long, Long Ago", "Thomas Haynes Bayly (1833)",
          "reggae one-drop (quarter = 72): kick and rim on 3, organ skank on 2 and 4, soprano sax lead",
          "onedrop", lead=64, bass=33, chords=16, qpm=72),
    _band("solemio_rnb", "sole_mio", "'O sole mio", "Eduardo di Capua (1898)",
          "r&b 4/4 (quarter = 64): laid-back backbeat, e-piano, tenor sax lead", "rnb", lead=66,
          bass=33, chords=4, qpm=64),
    _band("homesweet_ballad", "home_sweet", "Home! Sweet Home!", "Henry Bishop (1823)",
          "slow ballad 4/4 (quarter = 60) with eighth-note piano arpeggios, cross-stick on 2 and 4, "
          "2 bars without drums, oboe lead", "ballad44", lead=68, bass=32, chords=0, qpm=60,
          intro_bars=2, bar=0),
    _band("carrickfergus_ballad", "carrickfergus", "Carrickfergus", "traditional Irish (in 6/8)",
          "6/8 ballad (dotted quarter = 52), guitar arpeggios, 2 bars without drums, clarinet lead",
          "ballad68", lead=71, bass=32, chords=24, qpm=78, intro_bars=2, bar=0),
    _band("manger_doowop", "away_manger", "Away in a Manger", "James R. Murray (1887), in 12/8",
          "12/8 doo-wop ballad (dotted quarter = 60): triplet piano, ride triplets, vibraphone lead",
          "blues128", lead=11, bass=32, chords=0, qpm=90),
    _band("sidewalks_waltz", "sidewalks", "The Sidewalks of New York", "Charles B. Lawlor and James W. Blake (1894)",
          "fast waltz 3/4 (quarter = 184) on tango accordion and piano, 2 bars without drums, ritardando then a tempo",
          "waltz", lead=23, bass=32, chords=0, tempo=[(0, 184), (12, 184), (16, 138), (16, 184)],
          intro_bars=2, bar=0),
    _band("polly_five4", "polly_kettle", "Polly Put the Kettle On", "traditional English (re-barred in 5/4)",
          "5/4 (quarter = 138, 2+3): ride on every beat, kick on 1 and 3, glockenspiel lead, piano comp",
          "five4", lead=9, bass=32, chords=0, qpm=138),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("cooleys_banjo", "cooleys", "Cooley's Reel", "traditional Irish",
          "reel in 2/2 (beat = half note = 108) on banjo", qpm=216, programs=105),
    _tune("barley_guitar", "barley_reel", "The Wind That Shakes the Barley (reel)", "traditional Irish",
          "reel in 2/2 on steel-string guitar, accelerando over the first 8 bars (half note 96 -> 112)",
          tempo=[(0, 192), (8, 224)], programs=25),
    _tune("rightsman_xylophone", "rights_man", "The Rights of Man", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 84) on xylophone", qpm=168, programs=13),
    _tune("statenisland_clavinet", "staten_island", "Staten Island", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 88) on clavinet", qpm=176, programs=7),
    _tune("tritsch_piano", "tritsch_tratsch", "Tritsch-Tratsch-Polka", "Johann Strauss II (1858)",
          "2/4 fast polka (quarter = 144) on honky-tonk piano", qpm=144, programs=3),
    _tune("humoresque_vibes", "humoresque", "Humoresque (Op. 101 No. 7)", "Antonín Dvořák (1894)",
          "2/4 (quarter = 104) on vibraphone, ritardando over bars 13-16, then a tempo",
          tempo=[(0, 104), (12, 104), (16, 80), (16, 104)], programs=11),
    _tune("garryowen_kalimba", "garryowen", "Garryowen", "traditional Irish",
          "6/8 double jig (dotted quarter = 116) on kalimba", qpm=174, programs=108),
    _tune("rockyroad_koto", "rocky_road", "The Rocky Road to Dublin", "traditional Irish",
          "9/8 slip jig (dotted quarter = 114) on koto", qpm=171, programs=107),
    _tune("flowers_piano", "flowers_waltz", "Waltz of the Flowers", "Pyotr Ilyich Tchaikovsky (1892)",
          "fast 3/4 waltz (quarter = 176) on piano", qpm=176, programs=0),
    _tune("salley_harp", "salley_gardens", "Down by the Salley Gardens", "traditional Irish",
          "slow 3/4 song (quarter = 64) on harp", qpm=64, programs=46),
    _tune("boccherini_harpsichord", "boccherini_minuet", "Minuet (String Quintet in E, Op. 11 No. 5)",
          "Luigi Boccherini (1771)", "3/4 minuet (quarter = 112) on harpsichord", qpm=112, programs=6),
    _tune("morningmood_epiano", "morning_mood", "Morning Mood (Peer Gynt)", "Edvard Grieg (1875)",
          "slow 6/8 over running eighths (dotted quarter = 54) on electric piano", qpm=81, programs=4),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
