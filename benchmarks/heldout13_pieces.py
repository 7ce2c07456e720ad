"""The pieces of real-heldout13 (benchmarks/make_realbeats_heldout13.py), fixed before any scoring.

Band arrangements as in real-heldout6-12 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the csound GM bank; folk and classical tunes transcribed for this set on MuseScore
General, no drums: a pair none of real-heldout8 (MuseScore General bands, TimGM6mb folk), 9
(FluidR3_GM, csound), 10 (TimGM6mb, MuseScore General), 11 (MuseScore General, FluidR3_GM) and
12 (TimGM6mb, FluidR3_GM) used, and neither bank is one of the training renders' (FluidR3_GM,
TimGM6mb). Every style is an earlier set's pattern (heldout10_band's dispatch, unchanged); the
kit table ``KITS`` is this set's: every style on a kit no held-out set (real-heldout5-12) played
it on. Style, tempo and notation follow each style's conventions, written out in
benchmarks/realbeats-heldout13.md with the level trap each one sets: three undrummed 2/2 reels
and two undrummed 2/2 hornpipes on solo instruments (beat = half note), two undrummed 2/4
polkas, slow compound metres (6/8 and 12/8 at a dotted quarter of 44-52), a 9/8 slip jig,
drum-and-bass at 170-176, half-time trap and drill at 140-150, fast waltzes, 5/4 twice.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout13_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout13_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> the Hydrogen kit that plays it: 12 of the 14 kits of Debian's hydrogen-drumkits, each
# style on a kit no held-out set played it on (heldout5-10_band.KITS, heldout11/12_pieces.KITS).
KITS = {
    "dnb": "ForzeeStereo", "traptriplet": "VariBreaks", "drill": "HardElectro1",
    "trap332": "ElectricEmpireKit", "waltz": "rumpf_kit_z01_h2", "five4": "Millo_MultiLayered3",
    "ballad68": "Millo_MultiLayered2", "blues128": "BJA_Pacific", "funk": "The Black Pearl 1.0",
    "afrobeats332": "ColomboAcousticDrumkit", "dembow": "Audiophob", "highlife": "Millo-Drums_v.1",
    "techno": "ForzeeStereo",
}


_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_band, _tune = _make.band, _make.tune


BAND: list[dict[str, Any]] = [
    _band("primavera_dnb", "primavera", "La primavera (The Four Seasons, RV 269)", "Antonio Vivaldi (1725)",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, violin lead, warm pad", "dnb",
          lead=40, bass=38, chords=89, qpm=174),
    _band("minstrel_dnb", "minstrel_boy", "The Minstrel Boy", "traditional Irish",
          "drum-and-bass 4/4 (quarter = 170, 176 from bar 9): square lead, string pad", "dnb",
          lead=80, bass=39, chords=48, tempo=[(0, 170), (8, 170), (8, 176)]),
    _band("diesirae_trap", "dies_irae", "Dies Irae", "plainchant (13th century)",
          "trap (quarter = 140): 3+3+2 kick, clap on 3 (half-time feel), eighth-note-triplet hats, organ lead",
          "traptriplet", lead=19, bass=38, chords=89, qpm=140),
    _band("toccata_drill", "toccata", "Toccata and Fugue in D minor (BWV 565)", "attributed to J. S. Bach, in 4/4",
          "drill (quarter = 144): kick on 1 and the \"and\" of 2, clap on 3 (half-time feel), triplet hats, "
          "sliding 808, percussive-organ lead",
          "drill", lead=17, bass=38, chords=89, qpm=144),
    _band("darkeyes_trap332", "dark_eyes", "Dark Eyes (Ochi chyornye)", "traditional Russian romance, in 4/4",
          "trap (quarter = 150): 3+3+2 kick, clap on 3 (half-time feel), alto sax lead, 808 bass",
          "trap332", lead=65, bass=38, chords=89, qpm=150),
    _band("garland_waltz", "garland_waltz", "Garland Waltz (The Sleeping Beauty)", "Pyotr Ilyich Tchaikovsky (1889)",
          "fast waltz 3/4 (quarter = 184) on piano and strings, 2 bars without drums", "waltz",
          lead=0, bass=32, chords=48, qpm=184, intro_bars=2, bar=0),
    _band("lincolnshire_five4", "lincolnshire", "The Lincolnshire Poacher", "traditional English (re-barred in 5/4)",
          "5/4 (quarter = 138, 2+3): ride on every beat, kick on 1 and 3, French horn lead, nylon guitar comp",
          "five4", lead=60, bass=32, chords=24, qpm=138),
    _band("barcarolle_ballad", "barcarolle", "Barcarolle (The Tales of Hoffmann)", "Jacques Offenbach (1881)",
          "6/8 ballad (dotted quarter = 50), harp arpeggios, 2 bars without drums, clarinet lead",
          "ballad68", lead=71, bass=32, chords=46, qpm=75, intro_bars=2, bar=0),
    _band("pifa_ballad128", "pifa", "Pastoral Symphony (Pifa, Messiah)", "George Frideric Handel (1742)",
          "12/8 slow ballad (dotted quarter = 52): triplet piano, ride triplets, oboe lead",
          "blues128", lead=68, bass=32, chords=0, qpm=78),
    _band("teddybears_funk", "teddy_bears", "The Teddy Bears' Picnic", "John Walter Bratton (1907), in 4/4",
          "funk 4/4 (quarter = 104): off-beat stabs, slap bass, sixteenth hats, e-piano, tenor sax lead",
          "funk", lead=66, bass=36, chords=4, qpm=104),
    _band("browngirl_afrobeats", "brown_girl", "Brown Girl in the Ring", "traditional Caribbean",
          "afrobeats 4/4 (quarter = 100): 3+3+2 kick, clap on 2 and 4, shaker sixteenths, jazz guitar, kalimba lead",
          "afrobeats332", lead=108, bass=33, chords=26, qpm=100),
    _band("decolores_dembow", "de_colores", "De Colores", "traditional Spanish-Mexican, in 4/4",
          "reggaeton dembow (quarter = 96): kick on every beat, snare on the 3+3+2, trumpet lead, steel guitar",
          "dembow",
          lead=56, bass=38, chords=25, qpm=96),
    _band("shosholoza_highlife", "shosholoza", "Shosholoza", "traditional Southern African (Ndebele)",
          "highlife 4/4 (quarter = 116): dunun on 1 and 3, slap on 2 and 4, bell timeline, brass lead",
          "highlife", lead=61, bass=33, chords=27, qpm=116),
    _band("gladiators_techno", "gladiators", "Entry of the Gladiators", "Julius Fučík (1897), in 4/4",
          "techno 4/4 (quarter = 130, 134 from bar 9): four on the floor, off-beat bass, saw lead, poly pad",
          "techno", lead=81, bass=38, chords=90, tempo=[(0, 130), (8, 130), (8, 134)]),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("maidbar_banjo", "maid_behind_bar", "The Maid Behind the Bar", "traditional Irish",
          "reel in 2/2 (beat = half note = 112) on banjo", qpm=224, programs=105),
    _tune("munster_accordion", "star_munster", "The Star of Munster", "traditional Irish",
          "reel in 2/2 (beat = half note = 104) on accordion", qpm=208, programs=21),
    _tune("feathers_guitar", "toss_feathers", "Toss the Feathers", "traditional Irish",
          "reel in 2/2 on steel guitar, accelerando over the first 8 bars (half note 96 -> 116)",
          tempo=[(0, 192), (8, 232)], programs=25),
    _tune("boyle_harmonica", "plains_boyle", "The Plains of Boyle", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 88, even eighths) on harmonica", qpm=176, programs=22),
    _tune("barley_xylophone", "stack_barley", "The Stack of Barley", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 92, even eighths) on xylophone", qpm=184, programs=13),
    _tune("ballydesmond_bandoneon", "ballydesmond", "The Ballydesmond Polka", "traditional Irish",
          "2/4 polka (quarter = 140) on bandoneon", qpm=140, programs=23),
    _tune("denismurphy_fiddle", "denis_murphy", "Denis Murphy's Polka", "traditional Irish",
          "2/4 polka (quarter = 134) on fiddle", qpm=134, programs=110),
    _tune("siciliano_harpsichord", "siciliano", "Siciliano (Flute Sonata in E-flat, BWV 1031)",
          "attributed to J. S. Bach (c. 1730)", "slow 12/8 siciliano (dotted quarter = 44) on harpsichord",
          qpm=66, programs=6),
    _tune("midnightclear_guitar", "midnight_clear", "It Came Upon the Midnight Clear", "Richard Storrs Willis (1850)",
          "slow 6/8 carol (dotted quarter = 50) on nylon guitar", qpm=75, programs=24),
    _tune("figkiss_harp", "fig_kiss", "A Fig for a Kiss", "traditional Irish",
          "9/8 slip jig (dotted quarter = 116) on harp", qpm=174, programs=46),
    _tune("viennawoods_piano", "vienna_woods", "Tales from the Vienna Woods", "Johann Strauss II (1868)",
          "fast 3/4 waltz (quarter = 192) on piano, ritardando over bars 9-12 (to 150), then a tempo",
          tempo=[(0, 192), (8, 192), (12, 150), (12, 192)], programs=0),
    _tune("plaisir_vibraphone", "plaisir_amour", "Plaisir d'amour", "Jean-Paul-Égide Martini (1784), re-barred in 5/4",
          "5/4 (quarter = 126) on vibraphone", qpm=126, programs=11),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
