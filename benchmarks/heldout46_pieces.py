"""The pieces of real-heldout46 (benchmarks/make_realbeats_heldout46.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-45's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout41's, 42's, 43's, 44's and 45's
for the same style or kind (five sets back); the 26 lead programs differ from each other. Every
beat tempo is an integer but two of the drum-and-bass quarters: 41-45 between them had played
every integer one in 166-178 but 166, so the other two play at half-integer quarters none of 41-45
played (169.5, 173.5), as real-heldout40 and 41 did.

Band arrangements as in real-heldout6-45 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-45,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout45, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout44, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout44 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[46] = 44), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-45 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4601,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout46.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout46_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout46_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 4601
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("panurge_funk", "panurge", "Panurge", "Jules Massenet (1913), re-barred in 4/4",
          "funk 4/4 (quarter = 96): syncopated kick, ghosted snare on 2 and 4, slap bass, baritone-sax lead, "
          "clavinet chords", "funk", lead=67, bass=36, chords=7, qpm=96),
    _band("fredegonde_ska", "fredegonde", "Frédégonde", "Ernest Guiraud and Camille Saint-Saëns (1895), re-barred in 4/4",
          "ska 4/4 (quarter = 156): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=33, chords=27, qpm=156),
    _band("cleopatre_house", "cleopatre", "Cléopâtre", "Jules Massenet (1914), re-barred in 4/4",
          "house 4/4 (quarter = 118): four on the floor, off-beat open hats, electric-piano stabs, "
          "fifths lead", "house", lead=86, bass=38, chords=5, qpm=118),
    _band("evangelimann_disco", "evangelimann", "Der Evangelimann", "Wilhelm Kienzl (1895), re-barred in 4/4",
          "disco 4/4 (quarter = 122): four on the floor, off-beat open hats, octave bass, synth-brass lead, "
          "string stabs", "disco", lead=63, bass=34, chords=49, qpm=122),
    _band("tolomei_ballad68", "tolomei", "Pia de' Tolomei", "Gaetano Donizetti (1837), in 6/8",
          "6/8 ballad (dotted quarter = 56): steel-guitar arpeggios, clarinet lead", "ballad68",
          lead=71, bass=32, chords=25, qpm=84),
    _band("ginevra_ballad128", "ginevra", "Guido et Ginevra", "Fromental Halévy (1838), in 12/8",
          "12/8 slow ballad (dotted quarter = 46): triplet piano, ride triplets, harmonica lead",
          "blues128", lead=22, bass=32, chords=0, qpm=69),
    _band("polibio_dnb", "polibio", "Demetrio e Polibio", "Gioachino Rossini (1812), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 166): two-step kick, snare 2 and 4, sawtooth lead, warm pad",
          "dnb", lead=81, bass=38, chords=89, qpm=166),
    _band("judith_dnb", "judith", "Judith", "Alexander Serov (1863), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 169.5): two-step kick, snare 2 and 4, chiff lead, bowed pad",
          "dnb", lead=83, bass=39, chords=92, qpm=169.5),
    _band("nero_dnb", "nero", "Nero", "Anton Rubinstein (1879), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 173.5): two-step kick, snare 2 and 4, ocarina lead, "
          "polysynth pad", "dnb", lead=79, bass=38, chords=90, qpm=173.5),
    _band("anjou_halftime", "anjou", "Margherita d'Anjou", "Giacomo Meyerbeer (1820), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 140): snare on 3, driven eighth hats, clean-guitar lead, "
          "string chords", "halftime", lead=27, bass=34, chords=48, qpm=140),
    _band("messidor_halftime", "messidor", "Messidor", "Alfred Bruneau (1897), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 148): snare on 3, reed-organ lead, distortion-guitar chords",
          "halftime", lead=20, bass=33, chords=30, qpm=148),
    _band("voyevoda_trap", "voyevoda", "The Voyevoda", "Pyotr Ilyich Tchaikovsky (1869), re-barred in 4/4",
          "trap (quarter = 136): clap on 3 (half-time feel), sixteenth hats with rolls, charang lead",
          "trap", lead=84, bass=38, chords=88, qpm=136),
    _band("sarema_drill", "sarema", "Sarema", "Alexander Zemlinsky (1897), re-barred in 4/4",
          "UK drill (quarter = 148): half-time clap on 3 and a late one, triplet hats, long 808, "
          "cello lead", "drill", lead=42, bass=38, chords=89, qpm=148),
    _band("corregidor_waltz", "corregidor", "Der Corregidor", "Hugo Wolf (1896), in 3/4",
          "fast waltz 3/4 (quarter = 178): bass on 1, chords on 2 and 3, English-horn lead, string chords",
          "waltz", lead=69, bass=32, chords=48, qpm=178),
    _band("zrinjski_five4", "zrinjski", "Nikola Šubić Zrinjski", "Ivan Zajc (1876), in 5/4",
          "5/4 (quarter = 144, 2+3): ride on every beat, kick on 1 and 3, glockenspiel lead, "
          "electric-piano comp", "five4", lead=9, bass=33, chords=4, qpm=144),
]

FOLK: list[dict[str, Any]] = [
    _tune("tadoussac_flute", "tadoussac", "Reel de Tadoussac", "traditional Québécois",
          "reel in 2/2 (beat = half note = 82) on flute", qpm=164, programs=73),
    _tune("sixareen_nylonguitar", "sixareen", "Da Sixareen", "traditional Shetland",
          "reel in 2/2 (beat = half note = 100) on nylon-string guitar", qpm=200, programs=24),
    _tune("plymouth_epiano", "plymouth", "Plymouth Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 80, even eighths) on electric piano", qpm=160, programs=4),
    _tune("carlow_dulcimer", "carlow", "Carlow Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 98, even eighths) on dulcimer", qpm=196, programs=15),
    _tune("dupak_piano", "dupak", "Dupák", "traditional Czech",
          "2/4 polka (quarter = 100) on acoustic grand piano", qpm=100, programs=0),
    _tune("xote_jazzguitar", "xote", "Xote", "traditional Brazilian",
          "2/4 polka (quarter = 124) on jazz guitar", qpm=124, programs=26),
    _tune("tondero_violin", "tondero", "Tondero", "traditional Peruvian",
          "jig in 6/8 (dotted quarter = 109) on violin", qpm=163.5, programs=40),
    _tune("currulao_harpsichord", "currulao", "Currulao", "traditional Colombian (Pacific coast)",
          "jig in 6/8 (dotted quarter = 113) on harpsichord", qpm=169.5, programs=6),
    _tune("rapparee_koto", "rapparee", "The Rapparee", "traditional Irish",
          "9/8 slip jig (dotted quarter = 104) on koto", qpm=156, programs=107),
    _tune("baguala_oboe", "baguala", "Baguala", "traditional Argentine, in 6/8",
          "slow 6/8 (dotted quarter = 46) on oboe", qpm=69, programs=68),
    _tune("tyrolienne_accordion", "tyrolienne", "Tyrolienne", "traditional Tyrolean, in 3/4",
          "3/4 waltz (quarter = 160) on tango accordion", qpm=160, programs=23),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout46.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
