"""The pieces of real-heldout59 (benchmarks/make_realbeats_heldout59.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-58's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout54's, 55's, 56's, 57's and 58's
for the same style or kind (five sets back); the 26 lead programs differ from each other. 54-58
had played every integer drum-and-bass quarter in range (58 the last free one, 166), so with
real-heldout53 out of the window the three drum-and-bass pieces play real-heldout53's quarters
(the set that left the window), 168.5, 172.5 and 176.5: the only three beat tempos of the set
that are not integers. Every other beat tempo is an integer (the ballads at dotted quarter 51 and
46, the jigs at 108 and 117, the slip jig at 116, the slow air at 56). Beyond the rule, no tempo
or lead program of a style or kind repeats real-heldout53's either but the three drum-and-bass
quarters.

Band arrangements as in real-heldout6-58 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-58,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout58, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout57, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout57 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[59] = 57), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-58 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 5901,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout59.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout59_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout59_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 5901
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("blodwen_funk", "blodwen", "Blodwen", "Joseph Parry (1878), re-barred in 4/4",
          "funk 4/4 (quarter = 86): syncopated kick, ghosted snare on 2 and 4, slap bass, synth-brass lead, "
          "clavinet chords", "funk", lead=62, bass=36, chords=7, qpm=86),
    _band("armin_ska", "armin", "Armin", "Heinrich Hofmann (1877), re-barred in 4/4",
          "ska 4/4 (quarter = 141): guitar skank on every off-beat, walking bass, trombone lead",
          "ska", lead=57, bass=33, chords=27, qpm=141),
    _band("zanaida_house", "zanaida", "Zanaida", "Johann Christian Bach (1763), re-barred in 4/4",
          "house 4/4 (quarter = 124): four on the floor, off-beat open hats, electric-piano stabs, voice lead",
          "house", lead=85, bass=38, chords=4, qpm=124),
    _band("janie_disco", "janie", "Janie", "Émile Jaques-Dalcroze (1894), re-barred in 4/4",
          "disco 4/4 (quarter = 117): four on the floor, off-beat open hats, octave bass, alto-sax lead, "
          "string stabs", "disco", lead=65, bass=34, chords=49, qpm=117),
    _band("doriclea_ballad68", "doriclea", "Doriclea", "Francesco Cavalli (1645), in 6/8",
          "6/8 ballad (dotted quarter = 51): steel-guitar arpeggios, pan-flute lead",
          "ballad68", lead=75, bass=32, chords=25, qpm=76.5),
    _band("yarico_ballad128", "yarico", "Inkle and Yarico", "Samuel Arnold (1787), in 12/8",
          "12/8 slow ballad (dotted quarter = 46): triplet piano, ride triplets, English-horn lead",
          "blues128", lead=69, bass=32, chords=0, qpm=69),
    _band("numitore_dnb", "numitore", "Numitore", "Giovanni Porta (1720), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 168.5): two-step kick, snare 2 and 4, chiff lead, warm pad",
          "dnb", lead=83, bass=38, chords=89, qpm=168.5),
    _band("crispo_dnb", "crispo", "Crispo", "Giovanni Bononcini (1721), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172.5): two-step kick, snare 2 and 4, choir-pad lead, bowed pad",
          "dnb", lead=91, bass=39, chords=92, qpm=172.5),
    _band("alarico_dnb", "alarico", "Alarico", "Agostino Steffani (1687), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176.5): two-step kick, snare 2 and 4, soundtrack lead, halo pad",
          "dnb", lead=97, bass=38, chords=94, qpm=176.5),
    _band("almasis_halftime", "almasis", "Almasis", "Joseph-Nicolas-Pancrace Royer (1748), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 133): snare on 3, driven eighth hats, clean-guitar lead, "
          "string chords", "halftime", lead=27, bass=34, chords=48, qpm=133),
    _band("teuzzone_halftime", "teuzzone", "Teuzzone", "Antonio Vivaldi (1719), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 144): snare on 3, reed-organ lead, clean-guitar chords",
          "halftime", lead=20, bass=33, chords=27, qpm=144),
    _band("giannina_trap", "giannina", "Giannina e Bernardone", "Domenico Cimarosa (1781), re-barred in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with rolls, calliope lead",
          "trap", lead=82, bass=38, chords=88, qpm=140),
    _band("alcimadure_drill", "alcimadure", "Daphnis et Alcimadure",
          "Jean-Joseph Cassanéa de Mondonville (1754), re-barred in 4/4",
          "UK drill (quarter = 142): half-time clap on 3 and a late one, triplet hats, long 808, "
          "tremolo-strings lead", "drill", lead=44, bass=38, chords=89, qpm=142),
    _band("armaillis_waltz", "armaillis", "Les armaillis", "Gustave Doret (1906), in 3/4",
          "fast waltz 3/4 (quarter = 180): bass on 1, chords on 2 and 3, harmonica lead, string chords",
          "waltz", lead=22, bass=32, chords=48, qpm=180),
    _band("vespasiano_five4", "vespasiano", "Vespasiano", "Attilio Ariosti (1724), in 5/4",
          "5/4 (quarter = 126, 2+3): ride on every beat, kick on 1 and 3, oboe lead, electric-piano comp",
          "five4", lead=68, bass=33, chords=4, qpm=126),
]

FOLK: list[dict[str, Any]] = [
    _tune("senneterre_clavinet", "senneterre", "Reel de Senneterre", "traditional Québécois",
          "reel in 2/2 (beat = half note = 82) on clavinet", qpm=164, programs=7),
    _tune("lorrainville_jazzguitar", "lorrainville", "Reel de Lorrainville", "traditional Québécois",
          "reel in 2/2 (beat = half note = 97) on jazz guitar", qpm=194, programs=26),
    _tune("milnathort_harpsichord", "milnathort", "Milnathort Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 87, even eighths) on harpsichord", qpm=174, programs=6),
    _tune("hathersage_steelguitar", "hathersage", "Hathersage Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 95, even eighths) on steel-string guitar", qpm=190, programs=25),
    _tune("bilovec_dulcimer", "bilovec", "Bílovec Polka", "traditional Czech",
          "2/4 polka (quarter = 112) on dulcimer", qpm=112, programs=15),
    _tune("zlutice_kalimba", "zlutice", "Žlutice Polka", "traditional Czech",
          "2/4 polka (quarter = 138) on kalimba", qpm=138, programs=108),
    _tune("graiguenamanagh_piano", "graiguenamanagh", "Graiguenamanagh Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 108) on acoustic grand piano", qpm=162, programs=0),
    _tune("garvagh_mutedguitar", "garvagh", "Garvagh Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 117) on muted electric guitar", qpm=175.5, programs=28),
    _tune("gneeveguilla_marimba", "gneeveguilla", "Gneeveguilla", "traditional Irish",
          "9/8 slip jig (dotted quarter = 116) on marimba", qpm=174, programs=12),
    _tune("tuireadh_epiano", "tuireadh", "Tuireadh", "traditional Scottish Gaelic, in 6/8",
          "slow 6/8 (dotted quarter = 56) on electric piano 2", qpm=84, programs=5),
    _tune("carrbridge_musicbox", "carrbridge", "Carrbridge Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 132) on music box", qpm=132, programs=10),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout59.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
