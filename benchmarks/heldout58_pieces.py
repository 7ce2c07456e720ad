"""The pieces of real-heldout58 (benchmarks/make_realbeats_heldout58.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-57's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout53's, 54's, 55's, 56's and 57's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout52 out of the window, 53-57 had left only one integer drum-and-bass quarter in range
free, 166, so the three drum-and-bass pieces play real-heldout52's quarters (the set that left
the window), 166, 170.5 and 174.5: the only two beat tempos of the set that are not integers.
Every other beat tempo is an integer (the ballads at dotted quarter 52 and 50, the jigs at 111
and 116, the slip jig at 120, the slow air at 50). Beyond the rule, no tempo or lead program of a
style or kind repeats real-heldout52's either but the three drum-and-bass quarters.

Band arrangements as in real-heldout6-57 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-57,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout57, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout56, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout56 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[58] = 56), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-57 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 5801,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout58.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout58_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout58_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 5801
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("ezio_funk", "ezio", "Ezio", "George Frideric Handel (1732), re-barred in 4/4",
          "funk 4/4 (quarter = 92): syncopated kick, ghosted snare on 2 and 4, slap bass, baritone-sax lead, "
          "clavinet chords", "funk", lead=67, bass=36, chords=7, qpm=92),
    _band("coscoletto_ska", "coscoletto", "Coscoletto", "Jacques Offenbach (1865), re-barred in 4/4",
          "ska 4/4 (quarter = 154): guitar skank on every off-beat, walking bass, trumpet lead",
          "ska", lead=56, bass=33, chords=27, qpm=154),
    _band("carmosina_house", "carmosina", "Carmosina", "João Gomes de Araújo (1888), re-barred in 4/4",
          "house 4/4 (quarter = 119): four on the floor, off-beat open hats, electric-piano stabs, sawtooth lead",
          "house", lead=81, bass=38, chords=4, qpm=119),
    _band("sterngucker_disco", "sterngucker", "Der Sterngucker", "Franz Lehár (1916), re-barred in 4/4",
          "disco 4/4 (quarter = 114): four on the floor, off-beat open hats, octave bass, soprano-sax lead, "
          "string stabs", "disco", lead=64, bass=34, chords=49, qpm=114),
    _band("salustia_ballad68", "salustia", "Salustia", "Giovanni Battista Pergolesi (1732), in 6/8",
          "6/8 ballad (dotted quarter = 52): steel-guitar arpeggios, clarinet lead",
          "ballad68", lead=71, bass=32, chords=25, qpm=78),
    _band("artaxerxes_ballad128", "artaxerxes", "Artaxerxes", "Thomas Arne (1762), in 12/8",
          "12/8 slow ballad (dotted quarter = 50): triplet piano, ride triplets, harmonica lead",
          "blues128", lead=22, bass=32, chords=0, qpm=75),
    _band("polifemo_dnb", "polifemo", "Polifemo", "Nicola Porpora (1735), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 166): two-step kick, snare 2 and 4, goblins lead, new-age pad",
          "dnb", lead=101, bass=38, chords=88, qpm=166),
    _band("milton_dnb", "milton", "Milton", "Gaspare Spontini (1804), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170.5): two-step kick, snare 2 and 4, echoes lead, choir pad",
          "dnb", lead=102, bass=39, chords=91, qpm=170.5),
    _band("laureana_dnb", "laureana", "Laureana", "Augusto Machado (1883), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174.5): two-step kick, snare 2 and 4, sci-fi lead, sweep pad",
          "dnb", lead=103, bass=38, chords=95, qpm=174.5),
    _band("ossian_halftime", "ossian", "Ossian", "Jean-François Le Sueur (1804), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 134): snare on 3, driven eighth hats, overdriven-guitar lead, "
          "string chords", "halftime", lead=29, bass=34, chords=48, qpm=134),
    _band("ruggiero_halftime", "ruggiero", "Ruggiero", "Johann Adolph Hasse (1771), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 142): snare on 3, church-organ lead, clean-guitar chords",
          "halftime", lead=19, bass=33, chords=27, qpm=142),
    _band("saltimbanques_trap", "saltimbanques", "Les saltimbanques", "Louis Ganne (1899), re-barred in 4/4",
          "trap (quarter = 146): clap on 3 (half-time feel), sixteenth hats with rolls, square lead",
          "trap", lead=80, bass=38, chords=88, qpm=146),
    _band("theophano_drill", "theophano", "Theophano", "Paul Graener (1918), re-barred in 4/4",
          "UK drill (quarter = 138): half-time clap on 3 and a late one, triplet hats, long 808, "
          "pizzicato-strings lead", "drill", lead=45, bass=38, chords=89, qpm=138),
    _band("wonderland_waltz", "wonderland", "Wonderland", "Victor Herbert (1905), in 3/4",
          "fast waltz 3/4 (quarter = 184): bass on 1, chords on 2 and 3, accordion lead, string chords",
          "waltz", lead=21, bass=32, chords=48, qpm=184),
    _band("medonte_five4", "medonte", "Medonte", "Giuseppe Sarti (1777), in 5/4",
          "5/4 (quarter = 140, 2+3): ride on every beat, kick on 1 and 3, flute lead, electric-piano comp",
          "five4", lead=73, bass=33, chords=4, qpm=140),
]

FOLK: list[dict[str, Any]] = [
    _tune("cloridorme_harp", "cloridorme", "Reel de Cloridorme", "traditional Québécois",
          "reel in 2/2 (beat = half note = 84) on orchestral harp", qpm=168, programs=46),
    _tune("daveluyville_marimba", "daveluyville", "Reel de Daveluyville", "traditional Québécois",
          "reel in 2/2 (beat = half note = 96) on marimba", qpm=192, programs=12),
    _tune("alyth_piano", "alyth", "Alyth Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 88, even eighths) on acoustic grand piano", qpm=176, programs=0),
    _tune("crewkerne_xylophone", "crewkerne", "Crewkerne Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 92, even eighths) on xylophone", qpm=184, programs=13),
    _tune("jevicko_honkytonk", "jevicko", "Jevíčko Polka", "traditional Czech",
          "2/4 polka (quarter = 106) on honky-tonk piano", qpm=106, programs=3),
    _tune("prestice_steelguitar", "prestice", "Přeštice Polka", "traditional Czech",
          "2/4 polka (quarter = 128) on steel-string guitar", qpm=128, programs=25),
    _tune("foynes_shamisen", "foynes", "Foynes Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 111) on shamisen", qpm=166.5, programs=106),
    _tune("mohill_jazzguitar", "mohill", "Mohill Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 116) on jazz guitar", qpm=174, programs=26),
    _tune("kiskeam_banjo", "kiskeam", "Kiskeam", "traditional Irish",
          "9/8 slip jig (dotted quarter = 120) on banjo", qpm=180, programs=105),
    _tune("tuzbalica_epiano", "tuzbalica", "Tužbalica", "traditional Serbian, in 6/8",
          "slow 6/8 (dotted quarter = 50) on electric piano 1", qpm=75, programs=4),
    _tune("melvich_vibraphone", "melvich", "Melvich Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 144) on vibraphone", qpm=144, programs=11),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout58.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
