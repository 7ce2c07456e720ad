"""The pieces of real-heldout68 (benchmarks/make_realbeats_heldout68.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-67's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout63's, 64's, 65's, 66's and 67's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout62 out of the window, 63-67 had left exactly three integer drum-and-bass quarters in
range free, real-heldout62's own 171, 175 and 178: the three drum-and-bass pieces play them (the
set that left the window), so every beat tempo of this set is an integer (the ballads at dotted
quarter 53 and 46, the jigs at 108 and 119, the slip jig at 106, the slow air at 54). Beyond the
rule, no tempo or lead program of a style or kind repeats real-heldout62's or 61's either but the
three drum-and-bass quarters (62's); one tempo repeats real-heldout60's (the Annagry Jig's dotted
quarter 119: of the jig tempos 63-67 left free only 108 had been played by none of 60-62).

Band arrangements as in real-heldout6-67 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-67,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout67, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout66, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout66 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[68] = 66), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-67 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 6801,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout68.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout68_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout68_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 6801
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("piquillo_funk", "piquillo", "Piquillo", "Hippolyte Monpou (1837), re-barred in 4/4",
          "funk 4/4 (quarter = 93): syncopated kick, ghosted snare on 2 and 4, slap bass, alto-sax lead, "
          "clavinet chords", "funk", lead=65, bass=36, chords=7, qpm=93),
    _band("issea_ska", "issea", "Issea", "Gaetano Pugnani (1771), re-barred in 4/4",
          "ska 4/4 (quarter = 146): guitar skank on every off-beat, walking bass, tenor-sax lead",
          "ska", lead=66, bass=33, chords=27, qpm=146),
    _band("frauenlob_house", "frauenlob", "Frauenlob", "Eduard Lassen (1860), re-barred in 4/4",
          "house 4/4 (quarter = 126): four on the floor, off-beat open hats, electric-piano stabs, square lead",
          "house", lead=80, bass=38, chords=4, qpm=126),
    _band("georgette_disco", "georgette", "Georgette", "François-Auguste Gevaert (1853), re-barred in 4/4",
          "disco 4/4 (quarter = 114): four on the floor, off-beat open hats, octave bass, brass-section lead, "
          "string stabs", "disco", lead=61, bass=34, chords=49, qpm=114),
    _band("teraminta_ballad68", "teraminta", "Teraminta", "John Christopher Smith (1732), in 6/8",
          "6/8 ballad (dotted quarter = 53): steel-guitar arpeggios, flute lead",
          "ballad68", lead=73, bass=32, chords=25, qpm=79.5),
    _band("theagene_ballad128", "theagene", "Théagène et Chariclée", "Henri Desmarest (1695), in 12/8",
          "12/8 slow ballad (dotted quarter = 46): triplet piano, ride triplets, oboe lead",
          "blues128", lead=68, bass=32, chords=0, qpm=69),
    _band("laurette_dnb", "laurette", "Laurette", "Nicolas-Jean Le Froid de Méreaux (about 1777), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 171): two-step kick, snare 2 and 4, calliope lead, warm pad",
          "dnb", lead=82, bass=38, chords=89, qpm=171),
    _band("birgerjarl_dnb", "birgerjarl", "Birger Jarl", "Francesco Antonio Uttini (1774), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 175): two-step kick, snare 2 and 4, charang lead, polysynth pad",
          "dnb", lead=84, bass=39, chords=90, qpm=175),
    _band("merowig_dnb", "merowig", "Merowig", "Samuel Rousseau (about 1892), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 178): two-step kick, snare 2 and 4, bass-and-lead lead, halo pad",
          "dnb", lead=87, bass=38, chords=94, qpm=178),
    _band("rosamunde_halftime", "rosamunde", "Rosamunde", "Anton Schweitzer (1780), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 133): snare on 3, driven eighth hats, distortion-guitar lead, "
          "string chords", "halftime", lead=30, bass=34, chords=48, qpm=133),
    _band("fausto_halftime", "fausto", "Fausto", "Louise Bertin (1831), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 138): snare on 3, jazz-guitar lead, clean-guitar chords",
          "halftime", lead=26, bass=33, chords=27, qpm=138),
    _band("pfauenfest_trap", "pfauenfest", "Das Pfauenfest", "Johann Rudolf Zumsteeg (1801), re-barred in 4/4",
          "trap (quarter = 141): clap on 3 (half-time feel), sixteenth hats with rolls, ocarina lead",
          "trap", lead=79, bass=38, chords=88, qpm=141),
    _band("rosanie_drill", "rosanie", "Rosanie", "Henri-Joseph Rigel (1780), re-barred in 4/4",
          "UK drill (quarter = 143): half-time clap on 3 and a late one, triplet hats, long 808, "
          "synth-voice lead", "drill", lead=54, bass=38, chords=89, qpm=143),
    _band("dafni_waltz", "dafni", "Dafni", "Emanuele d'Astorga (1709), in 3/4",
          "fast waltz 3/4 (quarter = 190): bass on 1, chords on 2 and 3, clarinet lead, string chords",
          "waltz", lead=71, bass=32, chords=48, qpm=190),
    _band("rosenfest_five4", "rosenfest", "Das Rosenfest", "Ernst Wilhelm Wolf (1770), in 5/4",
          "5/4 (quarter = 124, 2+3): ride on every beat, kick on 1 and 3, baritone-sax lead, electric-piano comp",
          "five4", lead=67, bass=33, chords=4, qpm=124),
]

FOLK: list[dict[str, Any]] = [
    _tune("bouchette_egrand", "bouchette", "Reel de Bouchette", "traditional Québécois",
          "reel in 2/2 (beat = half note = 84) on electric grand piano", qpm=168, programs=2),
    _tune("lantier_guitar", "lantier", "Reel de Lantier", "traditional Québécois",
          "reel in 2/2 (beat = half note = 97) on nylon guitar", qpm=194, programs=24),
    _tune("scamblesby_violin", "scamblesby", "Scamblesby Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 83, even eighths) on violin", qpm=166, programs=40),
    _tune("peasenhall_piccolo", "peasenhall", "Peasenhall Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 90, even eighths) on piccolo", qpm=180, programs=72),
    _tune("protivanov_accordion", "protivanov", "Protivanov Polka", "traditional Czech",
          "2/4 polka (quarter = 105) on accordion", qpm=105, programs=21),
    _tune("buchlovice_banjo", "buchlovice", "Buchlovice Polka", "traditional Czech",
          "2/4 polka (quarter = 127) on banjo", qpm=127, programs=105),
    _tune("kilnaleck_fiddle", "kilnaleck", "Kilnaleck Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 108) on fiddle", qpm=162, programs=110),
    _tune("annagry_harmonica", "annagry", "Annagry Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 119) on harmonica", qpm=178.5, programs=22),
    _tune("ahiohill_harpsichord", "ahiohill", "Ahiohill", "traditional Irish",
          "9/8 slip jig (dotted quarter = 106) on harpsichord", qpm=159, programs=6),
    _tune("bibi_kalimba", "bibi", "Bí, bí og blaka", "traditional Icelandic, in 6/8",
          "slow 6/8 (dotted quarter = 54) on kalimba", qpm=81, programs=108),
    _tune("auchnagatt_brightpiano", "auchnagatt", "Auchnagatt Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 133) on bright acoustic piano", qpm=133, programs=1),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout68.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
