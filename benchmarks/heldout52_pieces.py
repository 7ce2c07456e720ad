"""The pieces of real-heldout52 (benchmarks/make_realbeats_heldout52.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-51's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout47's, 48's, 49's, 50's and 51's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout46 out of the window, 47-51 between them had played every integer drum-and-bass
quarter in 166-178 but 166, so the drum-and-bass pieces play at 166, 170.5 and 174.5 (the only
beat tempos of the set that are not integers); every other beat is an integer (the ballads at
dotted quarter 55 and 53, the jigs at 107 and 119, the slip jig at 106, the slow air at 51).

Band arrangements as in real-heldout6-51 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-51,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout51, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout50, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout50 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[52] = 50), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-51 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 5201,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout52.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout52_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout52_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 5201
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("rarasek_funk", "rarasek", "Zvíkovský rarášek", "Vítězslav Novák (1915), re-barred in 4/4",
          "funk 4/4 (quarter = 94): syncopated kick, ghosted snare on 2 and 4, slap bass, synth-brass lead, clavinet chords",
          "funk", lead=63, bass=36, chords=7, qpm=94),
    _band("filenis_ska", "filenis", "Filenis", "Roman Statkowski (1904), re-barred in 4/4",
          "ska 4/4 (quarter = 146): guitar skank on every off-beat, walking bass, trombone lead",
          "ska", lead=57, bass=33, chords=27, qpm=146),
    _band("alienor_house", "alienor", "Alienor", "Jenő Hubay (1891), re-barred in 4/4",
          "house 4/4 (quarter = 121): four on the floor, off-beat open hats, electric-piano stabs, bass-and-lead synth lead",
          "house", lead=87, bass=38, chords=4, qpm=121),
    _band("flibustier_disco", "flibustier", "Le flibustier", "César Cui (1894), re-barred in 4/4",
          "disco 4/4 (quarter = 117): four on the floor, off-beat open hats, octave bass, tenor-sax lead, string stabs",
          "disco", lead=66, bass=34, chords=49, qpm=117),
    _band("kateryna_ballad68", "kateryna", "Kateryna", "Mykola Arkas (1899), in 6/8",
          "6/8 ballad (dotted quarter = 55): steel-guitar arpeggios, viola lead",
          "ballad68", lead=41, bass=32, chords=25, qpm=82.5),
    _band("debora_ballad128", "debora", "Debora", "Josef Bohuslav Foerster (1893), in 12/8",
          "12/8 slow ballad (dotted quarter = 53): triplet piano, ride triplets, English-horn lead",
          "blues128", lead=69, bass=32, chords=0, qpm=79.5),
    _band("vikerlased_dnb", "vikerlased", "Vikerlased", "Evald Aav (1928), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 166): two-step kick, snare 2 and 4, calliope lead, warm pad",
          "dnb", lead=83, bass=38, chords=89, qpm=166),
    _band("banuta_dnb", "banuta", "Baņuta", "Alfrēds Kalniņš (1920), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170.5): two-step kick, snare 2 and 4, choir-pad lead, bowed pad",
          "dnb", lead=91, bass=39, chords=92, qpm=170.5),
    _band("birute_dnb", "birute", "Birutė", "Mikas Petrauskas (1906), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174.5): two-step kick, snare 2 and 4, sweep-pad lead, halo pad",
          "dnb", lead=95, bass=38, chords=94, qpm=174.5),
    _band("meduza_halftime", "meduza", "Meduza", "Ludomir Różycki (1912), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 137): snare on 3, driven eighth hats, clean-guitar lead, string chords",
          "halftime", lead=27, bass=34, chords=48, qpm=137),
    _band("lapusneanu_halftime", "lapusneanu", "Alexandru Lăpușneanu", "Eduard Caudella (1923), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 149): snare on 3, accordion lead, clean-guitar chords",
          "halftime", lead=21, bass=33, chords=27, qpm=149),
    _band("rafael_trap", "rafael", "Rafael", "Anton Arensky (1894), re-barred in 4/4",
          "trap (quarter = 143): clap on 3 (half-time feel), sixteenth hats with rolls, voice lead",
          "trap", lead=85, bass=38, chords=88, qpm=143),
    _band("poia_drill", "poia", "Poia", "Arthur Nevin (1910), re-barred in 4/4",
          "UK drill (quarter = 145): half-time clap on 3 and a late one, triplet hats, long 808, synth-strings lead",
          "drill", lead=50, bass=38, chords=89, qpm=145),
    _band("folkunger_waltz", "folkunger", "Die Folkunger", "Edmund Kretschmer (1874), in 3/4",
          "fast waltz 3/4 (quarter = 180): bass on 1, chords on 2 and 3, flute lead, string chords",
          "waltz", lead=73, bass=32, chords=48, qpm=180),
    _band("zenobia_five4", "zenobia", "Zenobia", "Louis Adolphe Coerne (1905), in 5/4",
          "5/4 (quarter = 130, 2+3): ride on every beat, kick on 1 and 3, tubular-bells lead, electric-piano comp",
          "five4", lead=14, bass=33, chords=4, qpm=130),
]

FOLK: list[dict[str, Any]] = [
    _tune("roberval_sitar", "roberval", "Reel de Roberval", "traditional Québécois",
          "reel in 2/2 (beat = half note = 91) on sitar", qpm=182, programs=104),
    _tune("valleyfield_dulcimer", "valleyfield", "Reel de Valleyfield", "traditional Québécois",
          "reel in 2/2 (beat = half note = 97) on dulcimer", qpm=194, programs=15),
    _tune("warwick_brightpiano", "warwick", "Warwick Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 87, even eighths) on bright piano", qpm=174, programs=1),
    _tune("peebles_epiano", "peebles", "Peebles Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 93, even eighths) on electric piano", qpm=186, programs=5),
    _tune("sustas_clavinet", "sustas", "Šustas", "traditional Lithuanian",
          "2/4 polka (quarter = 114) on clavinet", qpm=114, programs=7),
    _tune("tabor_jazzguitar", "tabor", "Tábor Polka", "traditional Czech",
          "2/4 polka (quarter = 138) on jazz guitar", qpm=138, programs=26),
    _tune("ballina_nylonguitar", "ballina", "Ballina Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 107) on nylon guitar", qpm=160.5, programs=24),
    _tune("dungarvan_kalimba", "dungarvan", "Dungarvan Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 119) on kalimba", qpm=178.5, programs=108),
    _tune("ballymote_harpsichord", "ballymote", "Ballymote", "traditional Irish",
          "9/8 slip jig (dotted quarter = 106) on harpsichord", qpm=159, programs=6),
    _tune("joik_harp", "joik", "Joik", "traditional Sami, in 6/8",
          "slow 6/8 (dotted quarter = 51) on harp", qpm=76.5, programs=46),
    _tune("athlone_egrand", "athlone", "Athlone Waltz", "traditional Irish, in 3/4",
          "3/4 waltz (quarter = 150) on electric grand piano", qpm=150, programs=2),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout52.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
