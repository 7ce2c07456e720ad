"""The pieces of real-heldout53 (benchmarks/make_realbeats_heldout53.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-52's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout48's, 49's, 50's, 51's and 52's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout47 out of the window, 48-52 between them had played every integer drum-and-bass
quarter in 166-178, so the drum-and-bass pieces play at 168.5, 172.5 and 176.5 (half-integer
quarters none of 46-52 played; the only beat tempos of the set that are not integers); every other
beat is an integer (the ballads at dotted quarter 56 and 51, the jigs at 109 and 113, the slip jig
at 102, the slow air at 53). Beyond the rule, no tempo or lead program of a style or kind repeats
real-heldout47's either (chosen so at no cost before anything was committed).

Band arrangements as in real-heldout6-52 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-52,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout52, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout51, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout51 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[53] = 51), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-52 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 5301,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout53.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout53_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout53_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 5301
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("stoja_funk", "stoja", "Stoja", "Josef Richard Rozkošný (1894), re-barred in 4/4",
          "funk 4/4 (quarter = 98): syncopated kick, ghosted snare on 2 and 4, slap bass, trombone lead, clavinet chords",
          "funk", lead=57, bass=36, chords=7, qpm=98),
    _band("preziosa_ska", "preziosa", "Preziosa", "Antonio Smareglia (1879), re-barred in 4/4",
          "ska 4/4 (quarter = 152): guitar skank on every off-beat, walking bass, soprano-sax lead",
          "ska", lead=64, bass=33, chords=27, qpm=152),
    _band("alar_house", "alar", "Alár", "Géza Zichy (1896), re-barred in 4/4",
          "house 4/4 (quarter = 125): four on the floor, off-beat open hats, electric-piano stabs, charang lead",
          "house", lead=84, bass=38, chords=4, qpm=125),
    _band("lamia_disco", "lamia", "Lamia", "August Enna (1899), re-barred in 4/4",
          "disco 4/4 (quarter = 122): four on the floor, off-beat open hats, octave bass, trumpet lead, string stabs",
          "disco", lead=56, bass=34, chords=49, qpm=122),
    _band("signa_ballad68", "signa", "Signa", "Frederic Cowen (1893), in 6/8",
          "6/8 ballad (dotted quarter = 56): steel-guitar arpeggios, violin lead",
          "ballad68", lead=40, bass=32, chords=25, qpm=84),
    _band("irmingard_ballad128", "irmingard", "Irmingard", "Viktor Nessler (1876), in 12/8",
          "12/8 slow ballad (dotted quarter = 51): triplet piano, ride triplets, clarinet lead",
          "blues128", lead=71, bass=32, chords=0, qpm=76.5),
    _band("pampa_dnb", "pampa", "Pampa", "Arturo Berutti (1897), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 168.5): two-step kick, snare 2 and 4, sawtooth lead, warm pad",
          "dnb", lead=81, bass=38, chords=89, qpm=168.5),
    _band("circe_dnb", "circe", "Circe", "Ruperto Chapí (1902), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172.5): two-step kick, snare 2 and 4, bowed-pad lead, choir pad",
          "dnb", lead=92, bass=39, chords=91, qpm=172.5),
    _band("lautaro_dnb", "lautaro", "Lautaro", "Eliodoro Ortiz de Zárate (1902), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176.5): two-step kick, snare 2 and 4, halo-pad lead, sweep pad",
          "dnb", lead=94, bass=38, chords=95, qpm=176.5),
    _band("latavra_halftime", "latavra", "Latavra", "Zakaria Paliashvili (1928), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 141): snare on 3, driven eighth hats, steel-guitar lead, string chords",
          "halftime", lead=25, bass=34, chords=48, qpm=141),
    _band("gromoboy_halftime", "gromoboy", "Gromoboy", "Alexey Verstovsky (1858), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 148): snare on 3, harmonica lead, clean-guitar chords",
          "halftime", lead=22, bass=33, chords=27, qpm=148),
    _band("artemis_trap", "artemis", "Artemis", "Alberto Nepomuceno (1898), re-barred in 4/4",
          "trap (quarter = 139): clap on 3 (half-time feel), sixteenth hats with rolls, pan-flute lead",
          "trap", lead=75, bass=38, chords=88, qpm=139),
    _band("azara_drill", "azara", "Azara", "John Knowles Paine (1901), re-barred in 4/4",
          "UK drill (quarter = 147): half-time clap on 3 and a late one, triplet hats, long 808, choir lead",
          "drill", lead=52, bass=38, chords=89, qpm=147),
    _band("titania_waltz", "titania", "Titania", "Georges Hüe (1903), in 3/4",
          "fast waltz 3/4 (quarter = 178): bass on 1, chords on 2 and 3, piccolo lead, string chords",
          "waltz", lead=72, bass=32, chords=48, qpm=178),
    _band("satuala_five4", "satuala", "Satuala", "Emil von Reznicek (1927), in 5/4",
          "5/4 (quarter = 144, 2+3): ride on every beat, kick on 1 and 3, glockenspiel lead, electric-piano comp",
          "five4", lead=9, bass=33, chords=4, qpm=144),
]

FOLK: list[dict[str, Any]] = [
    _tune("batiscan_shamisen", "batiscan", "Reel de Batiscan", "traditional Québécois",
          "reel in 2/2 (beat = half note = 89) on shamisen", qpm=178, programs=106),
    _tune("coaticook_piano", "coaticook", "Reel de Coaticook", "traditional Québécois",
          "reel in 2/2 (beat = half note = 99) on piano", qpm=198, programs=0),
    _tune("dornoch_epiano", "dornoch", "Dornoch Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 81, even eighths) on electric piano", qpm=162, programs=4),
    _tune("tewkesbury_koto", "tewkesbury", "Tewkesbury Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 91, even eighths) on koto", qpm=182, programs=107),
    _tune("strakonice_marimba", "strakonice", "Strakonice Polka", "traditional Czech",
          "2/4 polka (quarter = 122) on marimba", qpm=122, programs=12),
    _tune("litovel_cleanguitar", "litovel", "Litovel Polka", "traditional Czech",
          "2/4 polka (quarter = 142) on clean electric guitar", qpm=142, programs=27),
    _tune("letterkenny_dulcimer", "letterkenny", "Letterkenny Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 109) on dulcimer", qpm=163.5, programs=15),
    _tune("youghal_harpsichord", "youghal", "Youghal Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 113) on harpsichord", qpm=169.5, programs=6),
    _tune("allihies_harp", "allihies", "Allihies", "traditional Irish",
          "9/8 slip jig (dotted quarter = 102) on harp", qpm=153, programs=46),
    _tune("kulning_vibraphone", "kulning", "Kulning", "traditional Swedish, in 6/8",
          "slow 6/8 (dotted quarter = 53) on vibraphone", qpm=79.5, programs=11),
    _tune("stornoway_jazzguitar", "stornoway", "Stornoway Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 156) on jazz guitar", qpm=156, programs=26),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout53.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
