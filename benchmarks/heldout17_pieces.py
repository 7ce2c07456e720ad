"""The pieces of real-heldout17 (benchmarks/make_realbeats_heldout17.py), fixed before any scoring.

Band arrangements as in real-heldout6-16 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the FluidR3_GM bank; folk and classical tunes transcribed for this set on the MuseScore
General bank, no drums. Every unordered pair of the four GM banks has been used by some held-out
set (real-heldout8 MuseScore General bands / TimGM6mb folk, 9 FluidR3_GM / csound, 10 TimGM6mb /
MuseScore General, 11 MuseScore General / FluidR3_GM, 12 TimGM6mb / FluidR3_GM, 13 csound /
MuseScore General, 14 TimGM6mb / csound, 15 MuseScore General / csound, 16 csound / FluidR3_GM),
and real-heldout15 took the one order without a bank of the training renders (TimGM6mb,
FluidR3_GM). Three orders were left: FluidR3_GM / TimGM6mb (both training banks), csound /
TimGM6mb and FluidR3_GM / MuseScore General (one training bank each). This set takes
**FluidR3_GM bands, MuseScore General folk and classical** (real-heldout11's pair in the other
order): the training bank goes to the drummed half, where this set's kits carry the beat, and
the undrummed half, whose beat its solo instrument alone carries, is on a bank no training render
used; and both halves sound on another bank than in real-heldout16 (csound / FluidR3_GM), where
csound / TimGM6mb would have repeated its band bank. Every style is an earlier set's pattern
(heldout10_band's dispatch, unchanged); the kit table ``KITS`` is this set's: every style on a kit
no held-out set (real-heldout5-16) played it on. Style, tempo and notation follow each style's
conventions, written out in benchmarks/realbeats-heldout17.md with the level or phase trap each
one sets.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import FLUID
from heldout17_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout17_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> the Hydrogen kit that plays it, each style on a kit no held-out set played it on
# (heldout5-10_band.KITS, heldout11-16_pieces.KITS; tests/test_heldout_sets.py).
KITS = {
    "dnb": "ColomboAcousticDrumkit", "trap": "Millo-Drums_v.1", "drill": "The Black Pearl 1.0",
    "halftime": "BJA_Pacific", "waltz": "Audiophob", "ballad68": "ElectricEmpireKit",
    "blues128": "VariBreaks", "onedrop": "ForzeeStereo", "house": "rumpf_kit_z01_h2",
    "disco": "Millo_MultiLayered3", "funk": "HardElectro1", "ska": "Gimme A Hand 1.0",
    "five4": "Millo_MultiLayered2",
}


_make = PieceMaker(TUNES, INLINE, band_bank=FLUID, tune_bank=MSG)
_band, _tune = _make.band, _make.tune


BAND: list[dict[str, Any]] = [
    _band("bogey_dnb", "colonel_bogey", "Colonel Bogey", "Kenneth J. Alford (1914), in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, piccolo lead, string pad",
          "dnb", lead=72, bass=38, chords=48, qpm=172),
    _band("emblem_dnb", "national_emblem", "National Emblem", "E. E. Bagley (1906), in 4/4",
          "drum-and-bass 4/4 (quarter = 168, 176 from bar 9): trumpet lead, warm pad", "dnb",
          lead=56, bass=39, chords=89, tempo=[(0, 168), (8, 168), (8, 176)]),
    _band("macabre_trap", "danse_macabre", "Danse Macabre", "Camille Saint-Saëns (1874), re-shaped in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with rolls, violin lead",
          "trap", lead=40, bass=38, chords=88, qpm=140),
    _band("moldau_drill", "moldau", "The Moldau (Vltava)", "Bedřich Smetana (1875), re-shaped in 4/4",
          "UK drill (quarter = 144): half-time clap on 3 and a late one, triplet hats, long 808, flute lead",
          "drill", lead=73, bass=38, chords=89, qpm=144),
    _band("dantucker_halftime", "old_dan_tucker", "Old Dan Tucker", "Dan Emmett (1843)",
          "half-time rock 4/4 (quarter = 140): snare on 3, driven eighth hats, distortion-guitar lead",
          "halftime", lead=30, bass=33, chords=29, qpm=140),
    _band("bandplayed_waltz", "band_played_on", "The Band Played On", "Charles B. Ward and John F. Palmer (1895)",
          "fast waltz 3/4 (quarter = 184) on accordion, strings and bass, 2 bars without drums", "waltz",
          lead=21, bass=32, chords=48, qpm=184, intro_bars=2, bar=0),
    _band("stilly_ballad68", "stilly_night", "Oft in the Stilly Night",
          "Thomas Moore and John Stevenson (1818), in 6/8",
          "6/8 ballad (dotted quarter = 56), nylon-guitar arpeggios, 2 bars without drums, clarinet lead",
          "ballad68", lead=71, bass=32, chords=24, qpm=84, intro_bars=2, bar=0),
    _band("wereyouthere_ballad128", "were_you_there", "Were You There", "traditional spiritual, in 12/8",
          "12/8 slow ballad (dotted quarter = 46): triplet organ, ride triplets, tenor-sax lead",
          "blues128", lead=66, bass=32, chords=16, qpm=69),
    _band("nellybly_onedrop", "nelly_bly", "Nelly Bly", "Stephen Foster (1850)",
          "one-drop reggae 4/4 (quarter = 72): kick and rim on 3 only, organ skank on 2 and 4, alto-sax lead",
          "onedrop", lead=65, bass=33, chords=17, qpm=72),
    _band("blaze_house", "blaze_away", "Blaze Away!", "Abe Holzmann (1901), in 4/4",
          "house 4/4 (quarter = 126): four on the floor, off-beat open hats, piano stabs, synth-brass lead",
          "house", lead=62, bass=38, chords=0, qpm=126),
    _band("anchors_disco", "anchors_aweigh", "Anchors Aweigh", "Charles A. Zimmermann (1906), in 4/4",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, string lead, "
          "clavinet stabs", "disco", lead=48, bass=36, chords=7, qpm=118),
    _band("easywinners_funk", "easy_winners", "The Easy Winners", "Scott Joplin (1901), in 4/4",
          "funk 4/4 (quarter = 100): syncopated kick, ghosted snare on 2 and 4, slap bass, brass lead",
          "funk", lead=61, bass=36, chords=4, qpm=100),
    _band("goober_ska", "goober_peas", "Goober Peas", "traditional American (published 1866)",
          "ska 4/4 (quarter = 156): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=33, chords=27, qpm=156),
    _band("cindy_five4", "cindy", "Cindy", "traditional American, re-barred in 5/4",
          "5/4 (quarter = 132, 2+3): ride on every beat, kick on 1 and 3, banjo lead, piano comp",
          "five4", lead=105, bass=33, chords=0, qpm=132),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("tarbolton_fiddle", "tarbolton", "The Tarbolton", "traditional Irish",
          "reel in 2/2 (beat = half note = 96) on fiddle", qpm=192, programs=40),
    _tune("teetotaller_harpsichord", "teetotaller", "The Teetotaller", "traditional Irish",
          "reel in 2/2 (beat = half note = 100) on harpsichord", qpm=200, programs=6),
    _tune("spuds_banjo", "bag_of_spuds", "The Bag of Spuds", "traditional Irish",
          "reel in 2/2 on banjo, accelerando over the first 8 bars (half note 84 -> 100)",
          tempo=[(0, 168), (8, 200)], programs=105),
    _tune("greencastle_accordion", "greencastle", "The Greencastle Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 88, even eighths) on accordion", qpm=176, programs=21),
    _tune("belfast_piano", "belfast_hornpipe", "The Belfast Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 92, even eighths) on piano", qpm=184, programs=0),
    _tune("ballyvourney_whistle", "ballyvourney", "The Ballyvourney Polka", "traditional Irish",
          "2/4 polka (quarter = 132) on tin whistle", qpm=132, programs=78),
    _tune("sweeney_harmonica", "sweeneys_polka", "Sweeney's Polka", "traditional Irish",
          "2/4 polka (quarter = 128) on harmonica", qpm=128, programs=22),
    _tune("afton_harp", "sweet_afton", "Flow Gently, Sweet Afton", "James E. Spilman (1838), in 6/8",
          "slow 6/8 (dotted quarter = 50) on harp", qpm=75, programs=46),
    _tune("kathleen_viola", "kathleen_mavourneen", "Kathleen Mavourneen", "Frederick Crouch (1837), in 12/8",
          "slow 12/8 (dotted quarter = 44) on viola", qpm=66, programs=41),
    _tune("frost_guitar", "frost_all_over", "The Frost Is All Over", "traditional Irish",
          "jig in 6/8 (dotted quarter = 116) on steel-string guitar", qpm=174, programs=25),
    _tune("kelly_marimba", "elizabeth_kelly", "Elizabeth Kelly's Delight", "traditional Irish",
          "9/8 slip jig (dotted quarter = 108) on marimba", qpm=162, programs=12),
    _tune("afterball_musicbox", "after_ball", "After the Ball", "Charles K. Harris (1892)",
          "fast 3/4 waltz (quarter = 180) on music box, ritardando over bars 9-12 (to 140), then a tempo",
          tempo=[(0, 180), (8, 180), (12, 140), (12, 180)], programs=10),
    _tune("chisholm_vibraphone", "chisholm_trail", "The Old Chisholm Trail",
          "traditional American cowboy song, re-barred in 5/4",
          "5/4 (quarter = 120) on vibraphone", qpm=120, programs=11),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
