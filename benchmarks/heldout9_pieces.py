"""The pieces of real-heldout9 (benchmarks/make_realbeats_heldout9.py), fixed before any scoring.

Band arrangements as in real-heldout6-8 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the FluidR3_GM bank; folk tunes transcribed for this set and two Monteverdi madrigals
from the music21 corpus on the csound GM bank (the one installed bank no training set was
rendered with), no drums. Style, tempo and notation follow each style's conventions, written out
in benchmarks/realbeats-heldout9.md with the level trap each one sets: 2/2 reels and a hornpipe
(beat = half note), punk 176, dnb 172, trap 144 with a 3+3+2 kick, r&b 70, one-drop 74, a ballad
at 60 over eighth-note piano, 6/8 at 54 and 12/8 at 64 dotted quarters, waltzes at 176 and 84,
5/4, hip-hop, afrobeats and dembow on the 3+3+2.
"""

from __future__ import annotations

from typing import Any

from make_realbeats_heldout2 import _p

FLUID = dict(file="/usr/share/sounds/sf2/FluidR3_GM.sf2", name="FluidR3_GM 3.1 (Frank Wen)",
             package="fluid-soundfont-gm", licence="MIT")
CSOUND = dict(file="/usr/share/sounds/sf2/sf_GMbank.sf2", name="csound-soundfont sf_GMbank.sf2",
              package="csound-soundfont", licence="public domain")
INLINE = dict(source="transcribed for this set (benchmarks/heldout9_tunes.py)",
              licence="public-domain melody (traditional, or published before 1900 and its writers "
                      "dead more than 70 years); transcription ours")


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, *, lead: int,
          bass: int, chords: int, **kw: Any) -> dict[str, Any]:
    return _p(name, f"inline:{tune}", title, composer, style, drums=drums, programs=lead,
              band=dict(bass=bass, chords=chords), bank=FLUID, **{**INLINE, "bar": 1, "dur": 30, **kw})


def _folk(name: str, src: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
    return _p(name, src, title, composer, style, bank=CSOUND, **{"bar": 0, "dur": 30, **kw})


def _tune(name: str, tune: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
    return _folk(name, f"inline:{tune}", title, composer, style, **{**INLINE, **kw})


BAND: list[dict[str, Any]] = [
    _band("cripplecreek_punk", "cripple_creek", "Cripple Creek", "traditional American",
          "fast punk 4/4 (quarter = 176): eighth hats, root-eighth bass, power chords on every eighth",
          "punk", lead=30, bass=34, chords=29, qpm=176, loops=4),
    _band("battlehymn_rock", "battle_hymn", "Battle Hymn of the Republic (Glory, Hallelujah)",
          "William Steffe (1856)", "rock 4/4 on rock organ, 2 bars without drums, faster from bar 9",
          "poprock", lead=18, bass=33, chords=30, tempo=[(0, 132), (8, 132), (8, 140)], intro_bars=2,
          bar=0, loops=2),
    _band("cancan_house", "can_can", "Galop infernal (the Can-Can)", "Jacques Offenbach (1858)",
          "house 4/4 (126): four on the floor, off-beat open hats, bass and stabs, e-piano lead",
          "house", lead=4, bass=38, chords=89, qpm=126, loops=3),
    _band("mountainking_techno", "mountain_king", "In the Hall of the Mountain King", "Edvard Grieg (1875)",
          "techno 4/4 (128): four on the floor, rim on 2 and 4, off-beat bass, sixteenth hats, square lead",
          "techno", lead=80, bass=39, chords=95, qpm=128, loops=3),
    _band("avignon_afrobeats", "avignon", "Sur le pont d'Avignon", "traditional French",
          "afrobeats 4/4 (106): 3+3+2 kick, clap on 2 and 4, shaker sixteenths, plucked guitar, marimba lead",
          "afrobeats332", lead=12, bass=33, chords=25, qpm=106, loops=3),
    _band("habanera_hiphop", "habanera", "Habanera (L'amour est un oiseau rebelle)", "Georges Bizet (1875)",
          "hip-hop 4/4 (90, straight): 3+3+2 kick, snare on 2 and 4, keys, clarinet lead",
          "hiphop332", lead=71, bass=33, chords=0, qpm=90, loops=2),
    _band("toreador_dembow", "toreador", "Toreador Song (Votre toast, je peux vous le rendre)",
          "Georges Bizet (1875)", "reggaeton dembow (96): kick on every beat, snare on the 3+3+2, saw lead",
          "dembow", lead=81, bass=38, chords=5, qpm=96, loops=2),
    _band("scotland_trap", "scotland_brave", "Scotland the Brave", "traditional Scottish",
          "trap (quarter = 144, 3+3+2 kick, clap on 3: half-time feel), bagpipe lead, 808 bass", "trap332",
          lead=109, bass=38, chords=91, qpm=144, loops=3),
    _band("williamtell_dnb", "william_tell", "William Tell Overture (the final galop)", "Gioachino Rossini (1829)",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, string lead and pad", "dnb",
          lead=48, bass=38, chords=89, qpm=172, loops=4),
    _band("eriecanal_funk", "erie_canal", "Low Bridge, Everybody Down (The Erie Canal)", "Thomas S. Allen (1905)",
          "funk 4/4 with off-beat brass stabs and slap bass, faster from the second pass", "funk",
          lead=61, bass=36, chords=27, tempo=[(0, 98), (8, 98), (8, 106)], loops=3),
    _band("kumbaya_onedrop", "kumbaya", "Kum ba yah", "traditional (spiritual)",
          "reggae one-drop (quarter = 74): kick and rim on 3, organ skank on 2 and 4, alto sax lead",
          "onedrop", lead=65, bass=33, chords=16, qpm=74, loops=2),
    _band("goodnight_rnb", "goodnight_ladies", "Goodnight, Ladies", "traditional American",
          "r&b 4/4 (quarter = 70): laid-back backbeat, e-piano, tenor sax lead", "rnb", lead=66,
          bass=33, chords=4, qpm=70, loops=2),
    _band("twinkle_ballad", "twinkle", "Ah! vous dirai-je, maman (Twinkle, Twinkle, Little Star)",
          "traditional French", "slow ballad 4/4 (quarter = 60) with eighth-note piano arpeggios, "
          "cross-stick on 2 and 4, 2 bars without drums, flute lead", "ballad44", lead=73, bass=32,
          chords=0, qpm=60, intro_bars=2, bar=0, loops=2),
    _band("rowboat_ballad", "row_boat", "Row, Row, Row Your Boat", "Eliphalet Oram Lyte (1881)",
          "6/8 ballad (dotted quarter = 54) on choir, guitar arpeggios, 2 bars without drums",
          "ballad68", lead=52, bass=32, chords=24, qpm=81, intro_bars=2, bar=0, loops=4),
    _band("waterwide_doowop", "water_wide", "The Water Is Wide (O Waly, Waly)", "traditional (Scottish and English)",
          "12/8 doo-wop ballad (dotted quarter = 64): walking bass, triplet piano, ride triplets, voice lead",
          "blues128", lead=54, bass=32, chords=0, qpm=96, loops=2),
    _band("lavender_waltz", "lavender_blue", "Lavender's Blue (Diddle Diddle)", "traditional English",
          "fast waltz 3/4 (quarter = 176) on violin and piano, 2 bars without drums, ritardando then a tempo",
          "waltz", lead=40, bass=32, chords=1, tempo=[(0, 176), (12, 176), (16, 132), (16, 176)],
          intro_bars=2, bar=0, loops=3),
    _band("homerange_waltz", "home_range", "Home on the Range", "traditional American (cowboy song)",
          "slow waltz 3/4 (quarter = 84) on English horn and harp", "waltz", lead=69, bass=32,
          chords=46, qpm=84, loops=2),
    _band("shemoved_five4", "she_moved", "She Moved Through the Fair", "traditional Irish (re-barred in 5/4)",
          "5/4 (quarter = 150, 2+3): ride on every beat, kick on 1 and 3, vibraphone lead, piano comp",
          "five4", lead=11, bass=32, chords=0, qpm=150, loops=3),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("silverspear_fiddle", "silver_spear", "The Silver Spear", "traditional Irish",
          "reel in 2/2 (beat = half note = 104) on fiddle", qpm=208, loops=2, programs=110),
    _tune("stanne_flute", "st_anne", "St. Anne's Reel", "traditional (Québécois and Irish)",
          "reel in 2/2 on flute, accelerando over the first 8 bars (half note 100 -> 112)",
          tempo=[(0, 200), (8, 224)], loops=2, programs=73),
    _tune("fishers_harmonica", "fishers_hornpipe", "Fisher's Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 88) on harmonica", qpm=176, loops=2, programs=22),
    _tune("arkansas_banjo", "arkansas_traveler", "The Arkansas Traveler", "traditional American",
          "fiddle tune in 2/2 (beat = half note = 112) on banjo", qpm=224, loops=2, programs=105),
    _tune("swallowtail_guitar", "swallowtail", "The Swallowtail Jig", "traditional Irish",
          "6/8 double jig (dotted quarter = 116) on steel-string guitar", qpm=174, loops=2, programs=25),
    _tune("betsy_piano", "sweet_betsy", "Sweet Betsy from Pike", "traditional American",
          "3/4 waltz (quarter = 156) on piano", qpm=156, loops=3, programs=0),
    _tune("valley_celesta", "down_valley", "Down in the Valley", "traditional American",
          "slow 3/4 song (quarter = 66) on celesta", qpm=66, loops=2, programs=8),
    _tune("venice_clarinet", "carnival_venice", "The Carnival of Venice", "traditional Venetian",
          "slow 6/8 air (dotted quarter = 56) on clarinet", qpm=84, loops=2, programs=71),
    _tune("mallow_accordion", "rakes_mallow", "The Rakes of Mallow", "traditional Irish",
          "2/4 polka (quarter = 126) on accordion", qpm=126, loops=3, programs=21),
    _tune("johnny_trumpet", "johnny_marching", "When Johnny Comes Marching Home", "Patrick Gilmore (1863)",
          "6/8 march (dotted quarter = 104) on trumpet", qpm=156, loops=2, programs=56),
    _folk("monteverdi_4_2", "monteverdi/madrigal.4.2.mxl", "Madrigal, Book 4 No. 2", "Claudio Monteverdi",
          "4/4 madrigal (quarter = 88) on harpsichords and harps", qpm=88, programs=[6, 6, 6, 46, 46]),
    _folk("monteverdi_4_5", "monteverdi/madrigal.4.5.mxl", "Madrigal, Book 4 No. 5", "Claudio Monteverdi",
          "4/4 madrigal (quarter = 96) on woodwinds", qpm=96, programs=[73, 68, 71, 70, 70]),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
