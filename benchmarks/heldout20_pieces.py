"""The pieces of real-heldout20 (benchmarks/make_realbeats_heldout20.py), fixed before any scoring.

Band arrangements as in real-heldout6-19 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the FluidR3_GM bank; folk and classical tunes transcribed for this set on the csound
sf_GMbank bank, no drums. Every order of two of the four GM banks with at most one bank of the
training renders (TimGM6mb, FluidR3_GM) had been used by real-heldout18 (real-heldout8
MuseScore General bands / TimGM6mb folk, 9 FluidR3_GM / csound, 10 TimGM6mb / MuseScore General,
11 MuseScore General / FluidR3_GM, 13 csound / MuseScore General, 14 TimGM6mb / csound, 15
MuseScore General / csound, 16 csound / FluidR3_GM, 17 FluidR3_GM / MuseScore General, 18
csound / TimGM6mb), and real-heldout19 repeated the one used longest ago then, real-heldout8's.
So this set repeats the one used longest ago now: real-heldout9's **FluidR3_GM bands, csound
sf_GMbank folk and classical** (eleven sets back, used once; 8's has been used twice). Its one
training bank falls on the drummed half (as in real-heldout17), where real-heldout18 and 19 had
it on the undrummed one. Every style is an earlier set's pattern (heldout10_band's dispatch,
unchanged); the kit table ``KITS`` is this set's: every style on a kit no held-out set
(real-heldout5-19) played it on, no kit twice, but for one: the fast waltz and the 6/8 ballad
each had one such kit left, the same (circAfrique v4); the waltz has it, and the 6/8 ballad
plays on the least-used kit for it that no other style of this set plays (ForzeeStereo,
BJA_Pacific and Millo_MultiLayered3 each played it once), of those the one that played it
longest ago (ForzeeStereo, real-heldout9). Style, tempo and notation follow each style's
conventions, written out in benchmarks/realbeats-heldout20.md with the level or phase trap each
one sets.
"""

from __future__ import annotations

from typing import Any

from heldout9_pieces import CSOUND, FLUID
from heldout20_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout20_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> the Hydrogen kit that plays it, each style on a kit no held-out set played it on
# (heldout5-10_band.KITS, heldout11-19_pieces.KITS; tests/test_heldout_sets.py), no kit twice;
# ballad68 the one exception (its one unused kit is the waltz's): the least-used kit for it,
# played on it once, by real-heldout9, the longest ago of the three such kits.
KITS = {
    "dnb": "Gimme A Hand 1.0", "halftime": "The Black Pearl 1.0", "trap": "Millo_MultiLayered2",
    "drill": "ColomboAcousticDrumkit", "waltz": "circAfrique v4", "ballad68": "ForzeeStereo",
    "blues128": "HardElectro1", "house": "Millo-Drums_v.1", "disco": "VariBreaks",
    "funk": "ElectricEmpireKit", "ska": "Audiophob", "five4": "rumpf_kit_z01_h2",
}


_make = PieceMaker(TUNES, INLINE, band_bank=FLUID, tune_bank=CSOUND)
_band, _tune = _make.band, _make.tune


BAND: list[dict[str, Any]] = [
    _band("perpetuum_dnb", "perpetuum_mobile", "Perpetuum mobile", "Johann Strauss II (1861), in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, square lead, sweep pad",
          "dnb", lead=80, bass=38, chords=95, qpm=174),
    _band("badinerie_dnb", "badinerie", "Badinerie", "Johann Sebastian Bach (c. 1739), in 4/4",
          "drum-and-bass 4/4 (quarter = 170): flute lead, string pad", "dnb",
          lead=73, bass=39, chords=49, qpm=170),
    _band("solfeggietto_dnb", "solfeggietto", "Solfeggietto", "Carl Philipp Emanuel Bach (1766), in 4/4",
          "drum-and-bass 4/4 (quarter = 168, 176 from bar 9): electric-piano lead, halo pad", "dnb",
          lead=5, bass=38, chords=94, tempo=[(0, 168), (8, 168), (8, 176)]),
    _band("rakoczi_halftime", "rakoczi", "Rákóczi March", "Hector Berlioz's setting (1846), in 4/4",
          "half-time rock 4/4 (quarter = 144): snare on 3, driven eighth hats, distortion-guitar lead",
          "halftime", lead=30, bass=34, chords=29, qpm=144),
    _band("coronation_halftime", "coronation_march", "Coronation March", "Giacomo Meyerbeer (1849), in 4/4",
          "half-time dubstep-weight rock 4/4 (quarter = 138): snare on 3, brass lead, synth-brass chords",
          "halftime", lead=61, bass=39, chords=62, qpm=138),
    _band("arabian_trap", "arabian_dance", "Arabian Dance", "Pyotr Tchaikovsky (1892), in 4/4",
          "trap (quarter = 136): clap on 3 (half-time feel), sixteenth hats with rolls, oboe lead",
          "trap", lead=68, bass=38, chords=89, qpm=136),
    _band("steppes_drill", "steppes", "In the Steppes of Central Asia", "Alexander Borodin (1880), in 4/4",
          "UK drill (quarter = 146): half-time clap on 3 and a late one, triplet hats, long 808, "
          "cor-anglais lead", "drill", lead=69, bass=38, chords=88, qpm=146),
    _band("winewomen_waltz", "wine_women_song", "Wine, Women and Song", "Johann Strauss II (1869), in 3/4",
          "fast waltz 3/4 (quarter = 180) on violin, strings and bass, 2 bars without drums, "
          "ritardando over bars 9-12 (to 150), then a tempo",
          "waltz", lead=40, bass=32, chords=48, tempo=[(0, 180), (8, 180), (12, 150), (12, 180)],
          intro_bars=2, bar=0),
    _band("gloaming_ballad68", "gloaming", "In the Gloaming", "Annie Fortescue Harrison (1877), in 6/8",
          "6/8 ballad (dotted quarter = 54), nylon-guitar arpeggios, 2 bars without drums, flute lead",
          "ballad68", lead=73, bass=32, chords=24, qpm=81, intro_bars=2, bar=0),
    _band("flock_ballad128", "feed_his_flock", "He Shall Feed His Flock", "George Frideric Handel (1741), in 12/8",
          "12/8 slow ballad (dotted quarter = 48): triplet organ, ride triplets, cello lead",
          "blues128", lead=42, bass=32, chords=19, qpm=72),
    _band("rejouissance_house", "rejouissance", "La Réjouissance", "George Frideric Handel (1749), in 4/4",
          "house 4/4 (quarter = 126): four on the floor, off-beat open hats, piano stabs, trumpet lead",
          "house", lead=56, bass=38, chords=1, qpm=126),
    _band("comedians_disco", "comedians", "Dance of the Comedians", "Bedřich Smetana (1866), in 4/4",
          "disco 4/4 (quarter = 120): four on the floor, off-beat open hats, octave bass, violin lead, "
          "string stabs", "disco", lead=40, bass=36, chords=48, qpm=120),
    _band("peacherine_funk", "peacherine", "Peacherine Rag", "Scott Joplin (1901), in 4/4",
          "funk 4/4 (quarter = 98): syncopated kick, ghosted snare on 2 and 4, slap bass, alto-sax lead",
          "funk", lead=65, bass=36, chords=7, qpm=98),
    _band("marechiare_ska", "marechiare", "Marechiare", "Francesco Paolo Tosti (1886), in 4/4",
          "ska 4/4 (quarter = 148): guitar skank on every off-beat, walking bass, trumpet lead", "ska",
          lead=56, bass=33, chords=28, qpm=148),
    _band("grazia_five4", "con_grazia", "Allegro con grazia", "Pyotr Tchaikovsky (1893), in 5/4",
          "5/4 (quarter = 138, 2+3): ride on every beat, kick on 1 and 3, clarinet lead, string comp",
          "five4", lead=71, bass=33, chords=48, qpm=138),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("salamanca_piano", "salamanca", "The Salamanca", "traditional Irish",
          "reel in 2/2 (beat = half note = 98) on piano", qpm=196, programs=0),
    _tune("crowleys_accordion", "crowleys", "Crowley's Reel", "traditional Irish",
          "reel in 2/2 on accordion, accelerando over the first 8 bars (half note 84 -> 98)",
          tempo=[(0, 168), (8, 196)], programs=21),
    _tune("sunshine_xylophone", "sunshine", "The Sunshine Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 88, even eighths) on xylophone", qpm=176, programs=13),
    _tune("byrnes_harp", "byrnes", "Byrne's Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 90, even eighths) on harp", qpm=180, programs=46),
    _tune("tarrant_dulcimer", "din_tarrant", "Din Tarrant's Polka", "traditional Irish",
          "2/4 polka (quarter = 130) on dulcimer", qpm=130, programs=15),
    _tune("keeffe_guitar", "jim_keeffe", "Jim Keeffe's Polka", "traditional Irish",
          "2/4 polka (quarter = 126) on nylon-string guitar", qpm=126, programs=24),
    _tune("garrettbarry_clavinet", "garrett_barry", "Garrett Barry's", "traditional Irish",
          "jig in 6/8 (dotted quarter = 110) on clavinet", qpm=165, programs=7),
    _tune("scatter_kalimba", "scatter_the_mud", "Scatter the Mud", "traditional Irish",
          "jig in 6/8 (dotted quarter = 118) on kalimba", qpm=177, programs=108),
    _tune("dustymiller_vibes", "dusty_miller", "The Dusty Miller", "traditional Irish",
          "9/8 slip jig (dotted quarter = 106) on vibraphone", qpm=159, programs=11),
    _tune("carraig_viola", "an_raibh_tu", "An Raibh Tú ag an gCarraig", "traditional Irish air, in 6/8",
          "slow 6/8 (dotted quarter = 52) on viola", qpm=78, programs=41),
    _tune("taimse_oboe", "taimse", "Táimse im' Chodladh", "traditional Irish air, in 12/8",
          "slow 12/8 (dotted quarter = 44) on oboe", qpm=66, programs=68),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was replaced before the
# render (benchmarks/realbeats-heldout20.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
