"""The pieces of real-heldout72 (benchmarks/make_realbeats_heldout72.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-71's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout67's, 68's, 69's, 70's and 71's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout66 out of the window, 67-71 leave three integer drum-and-bass quarters in 166-178 free
(67 169, 173, 177; 68 171, 175, 178; 69 168, 172, 176; 70 166, 170.5, 174.5; 71 168.5, 172.5,
176.5): 167, 170 and 174, real-heldout66's own, so the three drum-and-bass pieces play those and
**every beat tempo is an integer** (the ballads at dotted quarter 51 and 53, the jigs at 110 and
120, the slip jig at 117, the slow air at 51). Beyond the rule, no tempo or lead program of a style
or kind repeats real-heldout66's or 65's either but the three drum-and-bass quarters (66's, the only
integers free); one tempo repeats real-heldout64's (the Ballyhea Jig's dotted quarter 120: the jig
tempos 67-71 left free were 104 and 118 (65's), 106 and 120 (64's), 112 and 116 (66's) and 110
(none of 64-66's)), and three lead programs do (disco 67, reel 15, slip jig 0).

Band arrangements as in real-heldout6-71 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-71,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout71, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout70, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout70 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[72] = 70), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-71 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 7201,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout72.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout72_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout72_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 7201
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("podesta_funk", "podesta", "Il podestà di Chioggia", "Ferdinando Orlandi (1801), re-barred in 4/4",
          "funk 4/4 (quarter = 96): syncopated kick, ghosted snare on 2 and 4, slap bass, synth-brass lead, "
          "clavinet chords", "funk", lead=62, bass=36, chords=7, qpm=96),
    _band("calculista_ska", "calculista", "El poeta calculista", "Manuel García (1805), re-barred in 4/4",
          "ska 4/4 (quarter = 153): guitar skank on every off-beat, walking bass, trombone lead",
          "ska", lead=57, bass=33, chords=27, qpm=153),
    _band("wundermann_house", "wundermann", "Der Wundermann am Rheinfall", "Ignaz von Seyfried (1799), re-barred in 4/4",
          "house 4/4 (quarter = 121): four on the floor, off-beat open hats, electric-piano stabs, voice lead",
          "house", lead=85, bass=38, chords=4, qpm=121),
    _band("diamant_disco", "diamant", "Der Diamant des Geisterkönigs", "Joseph Drechsler (1824), re-barred in 4/4",
          "disco 4/4 (quarter = 119): four on the floor, off-beat open hats, octave bass, baritone-sax lead, "
          "string stabs", "disco", lead=67, bass=34, chords=49, qpm=119),
    _band("cymon_ballad68", "cymon", "Cymon", "Michael Arne (1767), in 6/8",
          "6/8 ballad (dotted quarter = 51): steel-guitar arpeggios, bassoon lead",
          "ballad68", lead=70, bass=32, chords=25, qpm=76.5),
    _band("sposa_ballad128", "sposa", "La sposa fedele", "Pietro Alessandro Guglielmi (1767), in 12/8",
          "12/8 slow ballad (dotted quarter = 53): triplet piano, ride triplets, piccolo lead",
          "blues128", lead=72, bass=32, chords=0, qpm=79.5),
    _band("funnaco_dnb", "funnaco", "Lo funnaco revotato", "Giacomo Insanguine (1756), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 167): two-step kick, snare 2 and 4, new-age lead, warm pad",
          "dnb", lead=88, bass=38, chords=89, qpm=167),
    _band("molinero_dnb", "molinero", "El molinero de Subiza", "Cristóbal Oudrid (1870), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170): two-step kick, snare 2 and 4, choir-pad lead, polysynth pad",
          "dnb", lead=91, bass=39, chords=90, qpm=170),
    _band("colegialas_dnb", "colegialas", "Colegialas y soldados", "Rafael Hernando (1849), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, sweep lead, halo pad",
          "dnb", lead=95, bass=38, chords=94, qpm=174),
    _band("cigana_halftime", "cigana", "A vingança da cigana", "António Leal Moreira (1794), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 141): snare on 3, driven eighth hats, reed-organ lead, "
          "string chords", "halftime", lead=20, bass=34, chords=48, qpm=141),
    _band("topfer_halftime", "topfer", "Der Töpfer", "Johann André (1773), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 150): snare on 3, accordion lead, clean-guitar chords",
          "halftime", lead=21, bass=33, chords=27, qpm=150),
    _band("wastel_trap", "wastel", "Der Tiroler Wastel", "Jakob Haibel (1796), re-barred in 4/4",
          "trap (quarter = 142): clap on 3 (half-time feel), sixteenth hats with rolls, shakuhachi lead",
          "trap", lead=77, bass=38, chords=88, qpm=142),
    _band("governatore_drill", "governatore", "Il governatore", "Nicola Logroscino (1747), re-barred in 4/4",
          "UK drill (quarter = 140): half-time clap on 3 and a late one, triplet hats, long 808, "
          "trumpet lead", "drill", lead=56, bass=38, chords=89, qpm=140),
    _band("paratajo_waltz", "paratajo", "Il paratajo", "Niccolò Jommelli (1753), in 3/4",
          "fast waltz 3/4 (quarter = 185): bass on 1, chords on 2 and 3, viola lead, string chords",
          "waltz", lead=41, bass=32, chords=48, qpm=185),
    _band("segadoras_five4", "segadoras", "Las segadoras de Vallecas", "Antonio Rodríguez de Hita (1768), in 5/4",
          "5/4 (quarter = 133, 2+3): ride on every beat, kick on 1 and 3, oboe lead, electric-piano comp",
          "five4", lead=68, bass=33, chords=4, qpm=133),
]

FOLK: list[dict[str, Any]] = [
    _tune("stoneham_celesta", "stoneham", "Reel de Stoneham", "traditional Québécois",
          "reel in 2/2 (beat = half note = 81) on celesta", qpm=162, programs=8),
    _tune("chesterville_dulcimer", "chesterville", "Reel de Chesterville", "traditional Québécois",
          "reel in 2/2 (beat = half note = 91) on dulcimer", qpm=182, programs=15),
    _tune("huntingfield_xylophone", "huntingfield", "Huntingfield Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 93, even eighths) on xylophone", qpm=186, programs=13),
    _tune("blythburgh_banjo", "blythburgh", "Blythburgh Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 100, even eighths) on banjo", qpm=200, programs=105),
    _tune("chudenice_harpsichord", "chudenice", "Chudenice Polka", "traditional Czech",
          "2/4 polka (quarter = 113) on harpsichord", qpm=113, programs=6),
    _tune("klenci_sitar", "klenci", "Klenčí Polka", "traditional Czech",
          "2/4 polka (quarter = 141) on sitar", qpm=141, programs=104),
    _tune("rathcormac_vibraphone", "rathcormac", "Rathcormac Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 110) on vibraphone", qpm=165, programs=11),
    _tune("ballyhea_shamisen", "ballyhea", "Ballyhea Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 120) on shamisen", qpm=180, programs=106),
    _tune("drumcolliher_piano", "drumcolliher", "Drumcolliher", "traditional Irish",
          "9/8 slip jig (dotted quarter = 117) on acoustic grand piano", qpm=175.5, programs=0),
    _tune("karjala_harp", "karjala", "Kaunis Karjala", "traditional Finnish, in 6/8",
          "slow 6/8 (dotted quarter = 51) on orchestral harp", qpm=76.5, programs=46),
    _tune("cuminestown_accordion", "cuminestown", "Cuminestown Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 144) on tango accordion", qpm=144, programs=23),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout72.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
