"""The pieces of real-heldout10 (benchmarks/make_realbeats_heldout10.py), fixed before any scoring.

Band arrangements as in real-heldout6-9 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the TimGM6mb bank; folk and classical tunes transcribed for this set on MuseScore
General, no drums (real-heldout8 used the two banks the other way round; real-heldout9 used
FluidR3_GM and the csound bank). Style, tempo and notation follow each style's conventions,
written out in benchmarks/realbeats-heldout10.md with the level trap each one sets, leaning on
the hard ones: four undrummed 2/2 reels and hornpipes (beat = half note) and two undrummed 2/4
tunes, compound metres (6/8, 9/8, 12/8: dotted quarter), slow ballads, r&b and one-drop at
50-72 over eighth-note motion, half-time rock, drum-and-bass 174, drill 142, trap 136 with
triplet hats, fast waltzes, 5/4, and four grooves on the 3+3+2.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from heldout8_pieces import MSG, TIM
from heldout10_tunes import TUNES
from make_realbeats_heldout2 import _p

INLINE = dict(source="transcribed for this set (benchmarks/heldout10_tunes.py)",
              licence="public-domain melody (traditional, or published before 1900 and its writers "
                      "dead more than 70 years); transcription ours")


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
    return _p(name, f"inline:{tune}", title, composer, style, bank=MSG,
              loops=_loops(tune, _slowest(kw), kw["bar"]), **kw)


BAND: list[dict[str, Any]] = [
    _band("billbailey_punk", "bill_bailey", "Bill Bailey, Won't You Please Come Home", "Hughie Cannon (1902)",
          "fast punk 4/4 (quarter = 172): eighth hats, root-eighth bass, power chords", "punk",
          lead=29, bass=34, chords=30, qpm=172),
    _band("grenadiers_halftime", "british_grenadiers", "The British Grenadiers", "traditional English",
          "half-time rock 4/4 (quarter = 152, snare on 3 only: the groove feels like 76), synth brass lead",
          "halftime", lead=62, bass=33, chords=29, qpm=152),
    _band("harlech_dnb", "men_of_harlech", "Men of Harlech", "traditional Welsh",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, saw lead, pad", "dnb",
          lead=81, bass=38, chords=89, qpm=174),
    _band("godrest_drill", "god_rest", "God Rest Ye Merry, Gentlemen", "traditional English (carol)",
          "drill (quarter = 142): kick on 1 and the \"and\" of 2, clap on 3, triplet hats, music-box lead, "
          "strings, sliding 808", "drill", lead=10, bass=38, chords=48, qpm=142),
    _band("sugarplum_trap", "sugar_plum", "Dance of the Sugar Plum Fairy", "Pyotr Ilyich Tchaikovsky (1892)",
          "trap (quarter = 136): 3+3+2 kick, clap on 3 (half-time feel), eighth-note-triplet hats, celesta lead",
          "traptriplet", lead=8, bass=38, chords=89, qpm=136),
    _band("swanlake_hiphop", "swan_lake", "Swan Lake (the swan theme)", "Pyotr Ilyich Tchaikovsky (1877)",
          "hip-hop 4/4 (86, straight): 3+3+2 kick, snare on 2 and 4, e-piano, oboe lead", "hiphop332",
          lead=68, bass=33, chords=4, qpm=86),
    _band("rousselle_dembow", "cadet_rousselle", "Cadet Rousselle", "traditional French",
          "reggaeton dembow (94): kick on every beat, snare on the 3+3+2, square lead", "dembow",
          lead=80, bass=38, chords=5, qpm=94),
    _band("auclair_afrobeats", "au_clair", "Au clair de la lune", "traditional French",
          "afrobeats 4/4 (104): 3+3+2 kick, clap on 2 and 4, shaker sixteenths, plucked guitar, vibraphone lead",
          "afrobeats332", lead=11, bass=33, chords=25, qpm=104),
    _band("londonbridge_house", "london_bridge", "London Bridge Is Falling Down", "traditional English",
          "house 4/4 (122, up to 128 from bar 9): four on the floor, off-beat open hats, saw lead",
          "house", lead=81, bass=38, chords=90, tempo=[(0, 122), (8, 122), (8, 128)]),
    _band("mountain_highlife", "round_mountain", "She'll Be Coming Round the Mountain", "traditional American",
          "highlife 4/4 (112): dunun on 1 and 3, djembe slap on 2 and 4, bell timeline, picked guitar, trumpet lead",
          "highlife", lead=56, bass=33, chords=26, qpm=112),
    _band("oldman_funk", "this_old_man", "This Old Man", "traditional English",
          "funk 4/4 (quarter = 96): off-beat brass stabs, slap bass, sixteenth hats, tenor sax lead", "funk",
          lead=66, bass=37, chords=61, qpm=96),
    _band("earlymorning_onedrop", "early_morning", "Early One Morning", "traditional English",
          "reggae one-drop (quarter = 72): kick and rim on 3, organ skank on 2 and 4, harmonica lead",
          "onedrop", lead=22, bass=33, chords=16, qpm=72),
    _band("kentucky_rnb", "kentucky_home", "My Old Kentucky Home", "Stephen Foster (1853)",
          "r&b 4/4 (quarter = 66): laid-back backbeat, e-piano, alto sax lead", "rnb", lead=65,
          bass=33, chords=5, qpm=66),
    _band("rye_ballad", "comin_rye", "Comin' Thro' the Rye", "traditional Scottish",
          "slow ballad 4/4 (quarter = 58) with eighth-note piano arpeggios, cross-stick on 2 and 4, "
          "2 bars without drums, clarinet lead", "ballad44", lead=71, bass=32, chords=0, qpm=58,
          intro_bars=2, bar=0),
    _band("charlie_ballad", "charlie_darling", "Charlie Is My Darling", "traditional Scottish (Jacobite song)",
          "6/8 ballad (dotted quarter = 50), guitar arpeggios, 2 bars without drums, flute lead",
          "ballad68", lead=73, bass=32, chords=24, qpm=75, intro_bars=2, bar=0),
    _band("joyworld_doowop", "joy_world", "Joy to the World", "Lowell Mason (1839), after Handel",
          "12/8 doo-wop ballad (dotted quarter = 58): triplet piano, ride triplets, tenor sax lead",
          "blues128", lead=66, bass=32, chords=0, qpm=87),
    _band("molly_waltz", "molly_malone", "Molly Malone (Cockles and Mussels)", "James Yorkston (1883)",
          "fast waltz 3/4 (quarter = 184) on accordion and piano, 2 bars without drums, ritardando then a tempo",
          "waltz", lead=21, bass=32, chords=0, tempo=[(0, 184), (12, 184), (16, 138), (16, 184)],
          intro_bars=2, bar=0),
    _band("blowman_five4", "blow_man_down", "Blow the Man Down", "traditional (sea shanty, re-barred in 5/4)",
          "5/4 (quarter = 140, 2+3): ride on every beat, kick on 1 and 3, xylophone lead, piano comp",
          "five4", lead=13, bass=32, chords=0, qpm=140),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("masonsapron_violin", "masons_apron", "The Mason's Apron", "traditional Irish",
          "reel in 2/2 (beat = half note = 108) on violin", qpm=216, programs=40),
    _tune("redhaired_guitar", "red_haired_boy", "The Red-Haired Boy (Gilderoy)", "traditional Irish",
          "reel in 2/2 on electric jazz guitar, accelerando over the first 8 bars (half note 96 -> 110)",
          tempo=[(0, 192), (8, 220)], programs=26),
    _tune("bluehill_dulcimer", "boys_bluehill", "The Boys of Bluehill", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 84) on hammered dulcimer", qpm=168, programs=15),
    _tune("liverpool_marimba", "liverpool_hornpipe", "The Liverpool Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 90) on marimba", qpm=180, programs=12),
    _tune("angeline_banjo", "angeline", "Angeline the Baker", "traditional American, after Stephen Foster (1850)",
          "2/4 fiddle tune (quarter = 124) on banjo", qpm=124, programs=105),
    _tune("hungarian_clarinet", "hungarian_dance", "Hungarian Dance No. 5", "Johannes Brahms (1869)",
          "2/4 (quarter = 116) on clarinet, ritardando over bars 13-16, then a tempo",
          tempo=[(0, 116), (12, 116), (16, 88), (16, 116)], programs=71),
    _tune("morrisons_whistle", "morrisons_jig", "Morrison's Jig", "traditional Irish",
          "6/8 double jig (dotted quarter = 118) on whistle", qpm=177, programs=78),
    _tune("butterfly_harp", "butterfly", "The Butterfly", "traditional Irish",
          "9/8 slip jig (dotted quarter = 112) on harp", qpm=168, programs=46),
    _tune("skaters_piano", "skaters_waltz", "Skaters' Waltz (Les Patineurs)", "Émile Waldteufel (1882)",
          "fast 3/4 waltz (quarter = 180) on piano", qpm=180, programs=0),
    _tune("partingglass_guitar", "parting_glass", "The Parting Glass", "traditional Irish and Scottish",
          "slow 3/4 song (quarter = 66) on nylon guitar", qpm=66, programs=24),
    _tune("funiculi_guitar", "funiculi", "Funiculì, Funiculà", "Luigi Denza (1880)",
          "6/8 Neapolitan song (dotted quarter = 92) on steel-string guitar", qpm=138, programs=25),
    _tune("minuet_harpsichord", "minuet_g", "Minuet in G (BWV Anh. 114)", "Christian Petzold (c. 1725)",
          "3/4 minuet (quarter = 116) on harpsichord", qpm=116, programs=6),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
