"""The pieces of real-heldout56 (benchmarks/make_realbeats_heldout56.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-55's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout51's, 52's, 53's, 54's and 55's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout50 out of the window, the three integer drum-and-bass quarters 51-55 left free are
played: 171, 175, 178 (50's, outside the window). Every beat tempo is an integer (the ballads at
dotted quarter 50 and 52, the jigs at 104 and 120, the slip jig at 118, the slow air at 54).
Beyond the rule, no tempo or lead program of a style or kind repeats real-heldout50's either but
the three drum-and-bass quarters (the only integer ones free).

Band arrangements as in real-heldout6-55 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-55,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout55, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout54, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout54 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[56] = 54), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-55 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 5601,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout56.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout56_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout56_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 5601
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("radamisto_funk", "radamisto", "Radamisto", "George Frideric Handel (1720), re-barred in 4/4",
          "funk 4/4 (quarter = 100): syncopated kick, ghosted snare on 2 and 4, slap bass, brass-section lead, clavinet chords",
          "funk", lead=61, bass=36, chords=7, qpm=100),
    _band("kosiki_ska", "kosiki", "Kosiki", "Charles Lecocq (1876), re-barred in 4/4",
          "ska 4/4 (quarter = 144): guitar skank on every off-beat, walking bass, alto-sax lead",
          "ska", lead=65, bass=33, chords=27, qpm=144),
    _band("bateo_house", "bateo", "El bateo", "Federico Chueca (1901), re-barred in 4/4",
          "house 4/4 (quarter = 126): four on the floor, off-beat open hats, electric-piano stabs, square lead",
          "house", lead=80, bass=38, chords=4, qpm=126),
    _band("ciboulette_disco", "ciboulette", "Ciboulette", "Reynaldo Hahn (1923), re-barred in 4/4",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, sawtooth lead, string stabs",
          "disco", lead=81, bass=34, chords=49, qpm=118),
    _band("emmeline_ballad68", "emmeline", "Emmeline", "Ferdinand Hérold (1829), in 6/8",
          "6/8 ballad (dotted quarter = 50): steel-guitar arpeggios, English-horn lead",
          "ballad68", lead=69, bass=32, chords=25, qpm=75),
    _band("thesee_ballad128", "thesee", "Thésée", "Jean-Baptiste Lully (1675), in 12/8",
          "12/8 slow ballad (dotted quarter = 52): triplet piano, ride triplets, tenor-sax lead",
          "blues128", lead=66, bass=32, chords=0, qpm=78),
    _band("farnace_dnb", "farnace", "Farnace", "Antonio Vivaldi (1727), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 171): two-step kick, snare 2 and 4, calliope lead, new-age pad",
          "dnb", lead=82, bass=38, chords=88, qpm=171),
    _band("bondelmonte_dnb", "bondelmonte", "Bondelmonte", "Giovanni Pacini (1845), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 175): two-step kick, snare 2 and 4, bass-and-lead lead, choir pad",
          "dnb", lead=87, bass=39, chords=91, qpm=175),
    _band("schatzmeister_dnb", "schatzmeister", "Der Schätzmeister", "Carl Michael Ziehrer (1904), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 178): two-step kick, snare 2 and 4, crystal lead, sweep pad",
          "dnb", lead=98, bass=38, chords=95, qpm=178),
    _band("solimano_halftime", "solimano", "Solimano", "Johann Adolph Hasse (1753), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 140): snare on 3, driven eighth hats, drawbar-organ lead, string chords",
          "halftime", lead=16, bass=34, chords=48, qpm=140),
    _band("imelda_halftime", "imelda", "Imelda de' Lambertazzi", "Gaetano Donizetti (1830), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 147): snare on 3, jazz-guitar lead, clean-guitar chords",
          "halftime", lead=26, bass=33, chords=27, qpm=147),
    _band("vendee_trap", "vendee", "Vendée", "Gabriel Pierné (1897), re-barred in 4/4",
          "trap (quarter = 144): clap on 3 (half-time feel), sixteenth hats with rolls, whistle lead",
          "trap", lead=78, bass=38, chords=88, qpm=144),
    _band("antigono_drill", "antigono", "Antigono", "Christoph Willibald Gluck (1756), re-barred in 4/4",
          "UK drill (quarter = 141): half-time clap on 3 and a late one, triplet hats, long 808, synth-strings lead",
          "drill", lead=51, bass=38, chords=89, qpm=141),
    _band("vinobrani_waltz", "vinobrani", "Vinobraní", "Oskar Nedbal (1916), in 3/4",
          "fast waltz 3/4 (quarter = 182): bass on 1, chords on 2 and 3, violin lead, string chords",
          "waltz", lead=40, bass=32, chords=48, qpm=182),
    _band("romilda_five4", "romilda", "Romilda e Costanza", "Giacomo Meyerbeer (1817), in 5/4",
          "5/4 (quarter = 124, 2+3): ride on every beat, kick on 1 and 3, clavinet lead, electric-piano comp",
          "five4", lead=7, bass=33, chords=4, qpm=124),
]

FOLK: list[dict[str, Any]] = [
    _tune("valcartier_egrand", "valcartier", "Reel de Valcartier", "traditional Québécois",
          "reel in 2/2 (beat = half note = 90) on electric grand piano", qpm=180, programs=2),
    _tune("natashquan_xylophone", "natashquan", "Reel de Natashquan", "traditional Québécois",
          "reel in 2/2 (beat = half note = 95) on xylophone", qpm=190, programs=13),
    _tune("aberlour_honkytonk", "aberlour", "Aberlour Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 83, even eighths) on honky-tonk piano", qpm=166, programs=3),
    _tune("uppingham_harp", "uppingham", "Uppingham Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 89, even eighths) on harp", qpm=178, programs=46),
    _tune("protivin_epiano", "protivin", "Protivín Polka", "traditional Czech",
          "2/4 polka (quarter = 116) on electric piano", qpm=116, programs=5),
    _tune("kourim_banjo", "kourim", "Kouřim Polka", "traditional Czech",
          "2/4 polka (quarter = 130) on banjo", qpm=130, programs=105),
    _tune("millstreet_steelguitar", "millstreet", "Millstreet Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 104) on steel-string guitar", qpm=156, programs=25),
    _tune("ramelton_sitar", "ramelton", "Ramelton Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 120) on sitar", qpm=180, programs=104),
    _tune("rathvilly_nylonguitar", "rathvilly", "Rathvilly", "traditional Irish",
          "9/8 slip jig (dotted quarter = 118) on nylon-string guitar", qpm=177, programs=24),
    _tune("holosinnya_brightpiano", "holosinnya", "Holosinnya", "traditional Ukrainian, in 6/8",
          "slow 6/8 (dotted quarter = 54) on bright piano", qpm=81, programs=1),
    _tune("shieldaig_marimba", "shieldaig", "Shieldaig Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 147) on marimba", qpm=147, programs=12),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout56.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
