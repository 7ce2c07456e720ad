"""The pieces of real-heldout39 (benchmarks/make_realbeats_heldout39.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-38's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos, leads and programs differ from real-heldout36's, 37's and 38's.

Band arrangements as in real-heldout6-38 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-38,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout38, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout37, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout37 did (real-heldout38's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-38
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 3901, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout39.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout39_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout39_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 3901
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("djamileh_funk", "djamileh", "Djamileh", "Georges Bizet (1872), re-barred in 4/4",
          "funk 4/4 (quarter = 98): syncopated kick, ghosted snare on 2 and 4, slap bass, tenor-sax lead, "
          "jazz-guitar chords", "funk", lead=66, bass=36, chords=26, qpm=98),
    _band("maruxa_ska", "maruxa", "Maruxa", "Amadeo Vives (1914), re-barred in 4/4",
          "ska 4/4 (quarter = 150): guitar skank on every off-beat, walking bass, trumpet lead", "ska",
          lead=56, bass=33, chords=27, qpm=150),
    _band("lakme_house", "lakme", "Lakmé", "Léo Delibes (1883), re-barred in 4/4",
          "house 4/4 (quarter = 124): four on the floor, off-beat open hats, electric-piano stabs, sawtooth lead",
          "house", lead=81, bass=38, chords=4, qpm=124),
    _band("robinhood_disco", "robinhood", "Robin Hood", "Reginald De Koven (1890), re-barred in 4/4",
          "disco 4/4 (quarter = 114): four on the floor, off-beat open hats, octave bass, synth-brass lead, "
          "synth-string stabs", "disco", lead=62, bass=34, chords=50, qpm=114),
    _band("mireille_ballad68", "mireille", "Mireille", "Charles Gounod (1864), in 6/8",
          "6/8 ballad (dotted quarter = 52): steel-guitar arpeggios, violin lead", "ballad68",
          lead=40, bass=32, chords=25, qpm=78),
    _band("herodiade_ballad128", "herodiade", "Hérodiade", "Jules Massenet (1881), in 12/8",
          "12/8 slow ballad (dotted quarter = 50): triplet bright piano, ride triplets, voice-oohs lead",
          "blues128", lead=53, bass=32, chords=1, qpm=75),
    _band("nabucco_dnb", "nabucco", "Nabucco", "Giuseppe Verdi (1842), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 168): two-step kick, snare 2 and 4, polysynth lead, warm pad",
          "dnb", lead=90, bass=38, chords=89, qpm=168),
    _band("khovanshchina_dnb", "khovanshchina", "Khovanshchina",
          "Modest Mussorgsky, completed by Nikolai Rimsky-Korsakov (1886), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, halo lead, bowed pad",
          "dnb", lead=94, bass=39, chords=92, qpm=172),
    _band("lysistrata_dnb", "lysistrata", "Lysistrata", "Paul Lincke (1902), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176): two-step kick, snare 2 and 4, echoes lead, sweep pad",
          "dnb", lead=102, bass=38, chords=95, qpm=176),
    _band("hunyadi_halftime", "hunyadi", "Hunyadi László", "Ferenc Erkel (1844), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 136): snare on 3, driven eighth hats, overdriven-guitar lead, "
          "distortion-guitar chords", "halftime", lead=29, bass=34, chords=30, qpm=136),
    _band("mefistofele_halftime", "mefistofele", "Mefistofele", "Arrigo Boito (1868), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 148): snare on 3, synth-strings lead, brass-section chords",
          "halftime", lead=50, bass=33, chords=61, qpm=148),
    _band("fedora_trap", "fedora", "Fedora", "Umberto Giordano (1898), re-barred in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with rolls, shakuhachi lead",
          "trap", lead=77, bass=38, chords=88, qpm=140),
    _band("manru_drill", "manru", "Manru", "Ignacy Jan Paderewski (1901), re-barred in 4/4",
          "UK drill (quarter = 142): half-time clap on 3 and a late one, triplet hats, long 808, "
          "slow-strings lead", "drill", lead=49, bass=38, chords=0, qpm=142),
    _band("waldmeister_waltz", "waldmeister", "Waldmeister", "Johann Strauss II (1895), in 3/4",
          "fast waltz 3/4 (quarter = 184): bass on 1, chords on 2 and 3, French-horn lead, string chords",
          "waltz", lead=60, bass=32, chords=48, qpm=184),
    _band("dubrovsky_five4", "dubrovsky", "Dubrovsky", "Eduard Nápravník (1895), in 5/4",
          "5/4 (quarter = 140, 2+3): ride on every beat, kick on 1 and 3, whistle lead, "
          "clavinet comp", "five4", lead=78, bass=33, chords=7, qpm=140),
]

FOLK: list[dict[str, Any]] = [
    _tune("sherbrooke_piano", "sherbrooke", "Reel de Sherbrooke", "traditional Québécois",
          "reel in 2/2 (beat = half note = 88) on acoustic grand piano", qpm=176, programs=0),
    _tune("pointeaupic_nylon", "pointeaupic", "Reel de la Pointe-au-Pic", "traditional Québécois",
          "reel in 2/2 (beat = half note = 96) on nylon-string guitar", qpm=192, programs=24),
    _tune("factorysmoke_banjo", "factorysmoke", "The Factory Smoke", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 84, even eighths) on banjo", qpm=168, programs=105),
    _tune("galtee_marimba", "galtee", "The Galtee Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 92, even eighths) on marimba", qpm=184, programs=12),
    _tune("syrtos_celesta", "syrtos", "Syrtos", "traditional Greek",
          "2/4 polka (quarter = 112) on celesta", qpm=112, programs=8),
    _tune("suktinis_organ", "suktinis", "Suktinis", "traditional Lithuanian",
          "2/4 polka (quarter = 132) on drawbar organ", qpm=132, programs=16),
    _tune("gallowglass_vibes", "gallowglass", "The Gallowglass", "traditional Irish",
          "jig in 6/8 (dotted quarter = 108) on vibraphone", qpm=162, programs=11),
    _tune("gangar_mutedguitar", "gangar", "Gangar", "traditional Norwegian",
          "jig in 6/8 (dotted quarter = 116) on muted electric guitar", qpm=174, programs=28),
    _tune("dumplings_churchorgan", "dumplings", "The Soup of Dumplings", "traditional Irish",
          "9/8 slip jig (dotted quarter = 114) on church organ", qpm=171, programs=19),
    _tune("morag_sax", "morag", "Morag of Dunvegan", "traditional Scottish air, in 6/8",
          "slow 6/8 (dotted quarter = 50) on soprano sax", qpm=75, programs=64),
    _tune("sousedska_crystal", "sousedska", "Sousedská", "traditional Czech, in 3/4",
          "3/4 waltz (quarter = 138) on crystal", qpm=138, programs=98),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout39.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
