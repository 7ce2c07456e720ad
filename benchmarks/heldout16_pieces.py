"""The pieces of real-heldout16 (benchmarks/make_realbeats_heldout16.py), fixed before any scoring.

Band arrangements as in real-heldout6-15 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the csound GM bank; folk and classical tunes transcribed for this set on the FluidR3_GM
bank, no drums. Every unordered pair of the four GM banks has been used by some held-out set
(real-heldout8 MuseScore General bands / TimGM6mb folk, 9 FluidR3_GM / csound, 10 TimGM6mb /
MuseScore General, 11 MuseScore General / FluidR3_GM, 12 TimGM6mb / FluidR3_GM, 13 csound /
MuseScore General, 14 TimGM6mb / csound, 15 MuseScore General / csound), and real-heldout15 took
the one order without a bank of the training renders; no order is left that avoids them, so this
set takes an order no held-out set used: csound bands, FluidR3_GM folk and classical
(real-heldout9's pair reversed). Every style is an earlier set's pattern (heldout10_band's
dispatch, unchanged); the kit table ``KITS`` is this set's: every style on a kit no held-out set
(real-heldout5-15) played it on. Style, tempo and notation follow each style's conventions,
written out in benchmarks/realbeats-heldout16.md with the level or phase trap each one sets.
"""

from __future__ import annotations

from typing import Any

from heldout9_pieces import CSOUND, FLUID
from heldout16_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout16_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> the Hydrogen kit that plays it, each style on a kit no held-out set played it on
# (heldout5-10_band.KITS, heldout11-15_pieces.KITS; tests/test_heldout_sets.py).
KITS = {
    "dnb": "Millo-Drums_v.1", "trap": "rumpf_kit_z01_h2", "halftime": "Millo_MultiLayered3",
    "waltz": "VariBreaks", "ballad68": "Audiophob", "blues128": "ElectricEmpireKit",
    "house": "The Black Pearl 1.0", "disco": "BJA_Pacific", "funk": "ColomboAcousticDrumkit",
    "ballad44": "Gimme A Hand 1.0", "techno": "Millo_MultiLayered2", "ska": "ForzeeStereo",
    "five4": "HardElectro1",
}


_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=FLUID)
_band, _tune = _make.band, _make.tune


BAND: list[dict[str, Any]] = [
    _band("elcapitan_dnb", "el_capitan", "El Capitan", "John Philip Sousa (1896), in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, trumpet lead, string pad",
          "dnb", lead=56, bass=38, chords=48, qpm=174),
    _band("eagle_dnb", "invincible_eagle", "The Invincible Eagle", "John Philip Sousa (1901), in 4/4",
          "drum-and-bass 4/4 (quarter = 172, 168 from bar 9): square lead, warm pad", "dnb",
          lead=80, bass=39, chords=89, tempo=[(0, 172), (8, 172), (8, 168)]),
    _band("solveig_trap", "solveig", "Solveig's Song (Peer Gynt)", "Edvard Grieg (1876), in 4/4",
          "trap (quarter = 142): clap on 3 (half-time feel), sixteenth hats with rolls, flute lead",
          "trap", lead=73, bass=38, chords=88, qpm=142),
    _band("roadisles_halftime", "road_isles", "The Road to the Isles", "traditional Scottish pipe tune",
          "half-time rock 4/4 (quarter = 148): snare on 3, driven eighth hats, overdriven guitar lead",
          "halftime", lead=29, bass=34, chords=30, qpm=148),
    _band("merrywidow_waltz", "merry_widow", "The Merry Widow Waltz", "Franz Lehár (1905)",
          "waltz 3/4 (quarter = 176) on violin, strings and bass, 2 bars without drums", "waltz",
          lead=40, bass=32, chords=48, qpm=176, intro_bars=2, bar=0),
    _band("kelvingrove_ballad", "kelvingrove", "Kelvingrove", "traditional Scottish air",
          "6/8 ballad (dotted quarter = 48), nylon-guitar arpeggios, 2 bars without drums, oboe lead",
          "ballad68", lead=68, bass=32, chords=24, qpm=72, intro_bars=2, bar=0),
    _band("deepriver_ballad128", "deep_river", "Deep River", "traditional spiritual, in 12/8",
          "12/8 slow ballad (dotted quarter = 50): triplet organ, ride triplets, alto-sax lead",
          "blues128", lead=65, bass=32, chords=16, qpm=75),
    _band("manhattan_house", "manhattan_beach", "Manhattan Beach", "John Philip Sousa (1893), in 4/4",
          "house 4/4 (quarter = 124): four on the floor, off-beat open hats, piano stabs, synth-brass lead",
          "house", lead=62, bass=38, chords=0, qpm=124),
    _band("florentiner_disco", "florentiner", "Florentiner March", "Julius Fučík (1907), in 4/4",
          "disco 4/4 (quarter = 120, 116 from bar 9): four on the floor, off-beat open hats, octave "
          "bass, string lead, clavinet stabs", "disco", lead=48, bass=36, chords=7,
          tempo=[(0, 120), (8, 120), (8, 116)]),
    _band("ringbanjo_funk", "ring_banjo", "Ring de Banjo", "Stephen Foster (1851)",
          "funk 4/4 (quarter = 104): syncopated kick, ghosted snare on 2 and 4, slap bass, brass lead",
          "funk", lead=61, bass=36, chords=4, qpm=104),
    _band("hardtimes_ballad44", "hard_times", "Hard Times Come Again No More", "Stephen Foster (1854)",
          "pop ballad 4/4 (quarter = 76): kick 1 and 3, snare 2 and 4, piano, string pad, flute lead",
          "ballad44", lead=73, bass=33, chords=0, qpm=76),
    _band("aida_techno", "aida_triumph", "Triumphal March (Aida)", "Giuseppe Verdi (1871), in 4/4",
          "techno 4/4 (quarter = 132): four on the floor, off-beat open hats, rim on 2 and 4, "
          "sawtooth lead", "techno", lead=81, bass=38, chords=89, qpm=132),
    _band("redwing_ska", "red_wing", "Red Wing", "Kerry Mills (1907)",
          "ska 4/4 (quarter = 160): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=33, chords=27, qpm=160),
    _band("whisperinghope_five4", "whispering_hope", "Whispering Hope",
          "Septimus Winner (as Alice Hawthorne, 1868), re-barred in 5/4",
          "5/4 (quarter = 140, 2+3): ride on every beat, kick on 1 and 3, marimba lead, piano comp",
          "five4", lead=12, bass=33, chords=0, qpm=140),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("mitchelstown_fiddle", "maids_mitchelstown", "The Maids of Mitchelstown", "traditional Irish",
          "reel in 2/2 (beat = half note = 106) on fiddle", qpm=212, programs=40),
    _tune("tulla_dulcimer", "humours_tulla", "The Humours of Tulla", "traditional Irish",
          "reel in 2/2 (beat = half note = 112) on hammered dulcimer", qpm=224, programs=15),
    _tune("flogging_banjo", "flogging_reel", "The Flogging Reel", "traditional Irish",
          "reel in 2/2 on banjo, accelerando over the first 8 bars (half note 92 -> 112)",
          tempo=[(0, 184), (8, 224)], programs=105),
    _tune("derry_accordion", "derry_hornpipe", "The Derry Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 86, even eighths) on accordion", qpm=172, programs=21),
    _tune("ricketts_piano", "ricketts", "Rickett's Hornpipe", "traditional (Anglo-American)",
          "hornpipe in 2/2 (beat = half note = 90, even eighths) on piano", qpm=180, programs=0),
    _tune("johnnyleary_whistle", "johnny_leary", "Johnny Leary's Polka", "traditional Irish",
          "2/4 polka (quarter = 136) on tin whistle", qpm=136, programs=78),
    _tune("glencottage_reedorgan", "glen_cottage", "The Glen Cottage Polka", "traditional Irish",
          "2/4 polka (quarter = 130) on reed organ", qpm=130, programs=20),
    _tune("risingmoon_harp", "rising_moon", "The Rising of the Moon", "traditional Irish air",
          "slow 6/8 (dotted quarter = 50) on harp", qpm=75, programs=46),
    _tune("annielaurie_cello", "annie_laurie", "Annie Laurie", "Lady John Scott (1838), in 12/8",
          "slow 12/8 (dotted quarter = 46) on cello", qpm=69, programs=42),
    _tune("ballisodare_pizzicato", "ballisodare", "The Boys of Ballisodare", "traditional Irish",
          "9/8 slip jig (dotted quarter = 112) on pizzicato strings", qpm=168, programs=45),
    _tune("espana_celesta", "espana_waltz", "España (waltz)", "Émile Waldteufel (1886)",
          "fast 3/4 waltz (quarter = 186) on celesta, ritardando over bars 9-12 (to 144), then a tempo",
          tempo=[(0, 186), (8, 186), (12, 144), (12, 186)], programs=8),
    _tune("gitalong_guitar", "git_along", "Git Along, Little Dogies", "traditional American cowboy song, re-barred in 5/4",
          "5/4 (quarter = 112) on nylon guitar", qpm=112, programs=24),
    _tune("blackthorn_bagpipe", "blackthorn_stick", "The Blackthorn Stick", "traditional Irish",
          "jig in 6/8 (dotted quarter = 118) on bagpipe", qpm=177, programs=109),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
