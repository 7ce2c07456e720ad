"""The pieces of real-heldout74 (benchmarks/make_realbeats_heldout74.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-73's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout69's, 70's, 71's, 72's and 73's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout68 out of the window, 69-73 leave three integer drum-and-bass quarters in 166-178 free
(69 168, 172, 176; 70 166, 170.5, 174.5; 71 168.5, 172.5, 176.5; 72 167, 170, 174; 73 169, 173,
177): 171, 175 and 178, real-heldout68's own, so the three drum-and-bass pieces play those and
**every beat tempo is an integer** (the ballads at dotted quarter 54 and 48, the jigs at 104 and
116, the slip jig at 109, the slow air at 52). Beyond the rule, no tempo or lead program of a style
or kind repeats real-heldout68's or 67's either but the three drum-and-bass quarters (68's, the only
integers free); one jig tempo repeats real-heldout66's (the Lackagh Jig's dotted quarter 116: the
jig tempos 69-73 left free were 108 and 119 (68's), 111 and 117 (67's), 112 and 116 (66's) and 104
(none of 66-68's)).

Band arrangements as in real-heldout6-73 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-73,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout73, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout72, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout72 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[74] = 72), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-73 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 7401,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout74.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout74_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout74_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 7401
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("giovedi_funk", "giovedi", "Il giovedì grasso", "Gaetano Donizetti (1828), re-barred in 4/4",
          "funk 4/4 (quarter = 86): syncopated kick, ghosted snare on 2 and 4, slap bass, brass-section lead, "
          "clavinet chords", "funk", lead=61, bass=36, chords=7, qpm=86),
    _band("cascina_ska", "cascina", "La cascina", "Giuseppe Scolari (1756), re-barred in 4/4",
          "ska 4/4 (quarter = 151): guitar skank on every off-beat, walking bass, baritone-sax lead",
          "ska", lead=67, bass=33, chords=27, qpm=151),
    _band("philtre_house", "philtre", "Le philtre", "Daniel-François-Esprit Auber (1831), re-barred in 4/4",
          "house 4/4 (quarter = 127): four on the floor, off-beat open hats, electric-piano stabs, charang lead",
          "house", lead=84, bass=38, chords=4, qpm=127),
    _band("lanternes_disco", "lanternes", "Le mariage aux lanternes", "Jacques Offenbach (1857), re-barred in 4/4",
          "disco 4/4 (quarter = 121): four on the floor, off-beat open hats, octave bass, trumpet lead, "
          "string stabs", "disco", lead=56, bass=34, chords=49, qpm=121),
    _band("ormindo_ballad68", "ormindo", "L'Ormindo", "Francesco Cavalli (1644), in 6/8",
          "6/8 ballad (dotted quarter = 54): steel-guitar arpeggios, shakuhachi lead",
          "ballad68", lead=77, bass=32, chords=25, qpm=81),
    _band("catena_ballad128", "catena", "La catena d'Adone", "Domenico Mazzocchi (1626), in 12/8",
          "12/8 slow ballad (dotted quarter = 48): triplet piano, ride triplets, tenor-sax lead",
          "blues128", lead=66, bass=32, chords=0, qpm=72),
    _band("cabo_dnb", "cabo", "El cabo primero", "Manuel Fernández Caballero (1895), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 171): two-step kick, snare 2 and 4, square lead, polysynth pad",
          "dnb", lead=80, bass=38, chords=90, qpm=171),
    _band("opernprobe_dnb", "opernprobe", "Die Opernprobe", "Albert Lortzing (1851), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 175): two-step kick, snare 2 and 4, sawtooth lead, choir pad",
          "dnb", lead=81, bass=39, chords=91, qpm=175),
    _band("afrikareise_dnb", "afrikareise", "Die Afrikareise", "Franz von Suppé (1883), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 178): two-step kick, snare 2 and 4, synth-voice lead, sweep pad",
          "dnb", lead=54, bass=38, chords=95, qpm=178),
    _band("disertore_halftime", "disertore", "Il disertore francese", "Francesco Bianchi (1784), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 139): snare on 3, driven eighth hats, steel-guitar lead, "
          "string chords", "halftime", lead=25, bass=34, chords=48, qpm=139),
    _band("timbale_halftime", "timbale", "La timbale d'argent", "Léon Vasseur (1872), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 147): snare on 3, tango-accordion lead, string chords",
          "halftime", lead=23, bass=33, chords=48, qpm=147),
    _band("piramo_trap", "piramo", "Piramo e Tisbe", "Johann Adolph Hasse (1768), re-barred in 4/4",
          "trap (quarter = 146): clap on 3 (half-time feel), sixteenth hats with rolls, blown-bottle lead",
          "trap", lead=76, bass=38, chords=88, qpm=146),
    _band("filosofo_drill", "filosofo", "Il filosofo seducente", "Marcos Portugal (1798), re-barred in 4/4",
          "UK drill (quarter = 141): half-time clap on 3 and a late one, triplet hats, long 808, "
          "oboe lead", "drill", lead=68, bass=38, chords=89, qpm=141),
    _band("gazzetta_waltz", "gazzetta", "La gazzetta", "Gioachino Rossini (1816), in 3/4",
          "fast waltz 3/4 (quarter = 182): bass on 1, chords on 2 and 3, piccolo lead, string chords",
          "waltz", lead=72, bass=32, chords=48, qpm=182),
    _band("bucheron_five4", "bucheron", "Le bûcheron", "François-André Danican Philidor (1763), in 5/4",
          "5/4 (quarter = 131, 2+3): ride on every beat, kick on 1 and 3, clarinet lead, electric-piano comp",
          "five4", lead=71, bass=33, chords=4, qpm=131),
]

FOLK: list[dict[str, Any]] = [
    _tune("stukely_piano", "stukely", "Reel de Stukely", "traditional Québécois",
          "reel in 2/2 (beat = half note = 87) on acoustic grand piano", qpm=174, programs=0),
    _tune("barnston_banjo", "barnston", "Reel de Barnston", "traditional Québécois",
          "reel in 2/2 (beat = half note = 94) on banjo", qpm=188, programs=105),
    _tune("metfield_vibraphone", "metfield", "Metfield Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 81, even eighths) on vibraphone", qpm=162, programs=11),
    _tune("brundish_epiano", "brundish", "Brundish Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 91, even eighths) on electric piano", qpm=182, programs=4),
    _tune("milotice_jazzguitar", "milotice", "Milotice Polka", "traditional Czech",
          "2/4 polka (quarter = 122) on jazz guitar", qpm=122, programs=26),
    _tune("vracov_clavinet", "vracov", "Vracov Polka", "traditional Czech",
          "2/4 polka (quarter = 142) on clavinet", qpm=142, programs=7),
    _tune("kilcolgan_xylophone", "kilcolgan", "Kilcolgan Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 104) on xylophone", qpm=156, programs=13),
    _tune("lackagh_guitar", "lackagh", "Lackagh Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 116) on clean electric guitar", qpm=174, programs=27),
    _tune("dungourney_grand", "dungourney", "Dungourney", "traditional Irish",
          "9/8 slip jig (dotted quarter = 109) on electric grand piano", qpm=163.5, programs=2),
    _tune("nukkumatti_ocarina", "nukkumatti", "Nukkumatti", "traditional Finnish, in 6/8",
          "slow 6/8 (dotted quarter = 52) on ocarina", qpm=78, programs=79),
    _tune("pitmedden_viola", "pitmedden", "Pitmedden Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 158) on viola", qpm=158, programs=41),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout74.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
