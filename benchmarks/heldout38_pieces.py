"""The pieces of real-heldout38 (benchmarks/make_realbeats_heldout38.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's, 34's, 35's, 36's and 37's mix, an untargeted spread of the styles earlier sets used.
15 band arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a
slow 6/8 and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time
rock at 132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4)
and 11 undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos, leads and programs differ from real-heldout35's, 36's and 37's.

Band arrangements as in real-heldout6-37 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-37,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout37, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout36, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout36 did (real-heldout37's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-37
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 3801, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout38.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout38_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout38_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 3801
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("postillon_funk", "postillon", "Le Postillon de Lonjumeau", "Adolphe Adam (1836), re-barred in 4/4",
          "funk 4/4 (quarter = 106): syncopated kick, ghosted snare on 2 and 4, slap bass, muted-guitar lead, "
          "clean-guitar chords", "funk", lead=28, bass=37, chords=27, qpm=106),
    _band("ticotico_ska", "ticotico", "Tico-Tico no Fubá", "Zequinha de Abreu (1917), re-barred in 4/4",
          "ska 4/4 (quarter = 142): guitar skank on every off-beat, walking bass, English-horn lead", "ska",
          lead=69, bass=33, chords=24, qpm=142),
    _band("forrobodo_house", "forrobodo", "Forrobodó", "Chiquinha Gonzaga (1912), re-barred in 4/4",
          "house 4/4 (quarter = 128): four on the floor, off-beat open hats, electric-piano stabs, new-age lead",
          "house", lead=88, bass=39, chords=5, qpm=128),
    _band("babette_disco", "babette", "Babette", "Victor Herbert (1903), re-barred in 4/4",
          "disco 4/4 (quarter = 122): four on the floor, off-beat open hats, octave bass, string-ensemble "
          "lead, synth-string stabs", "disco", lead=48, bass=34, chords=51, qpm=122),
    _band("dinorah_ballad68", "dinorah", "Dinorah", "Giacomo Meyerbeer (1859), in 6/8",
          "6/8 ballad (dotted quarter = 46): steel-guitar arpeggios, recorder lead", "ballad68",
          lead=74, bass=32, chords=25, qpm=69),
    _band("juive_ballad128", "juive", "La Juive", "Fromental Halévy (1835), in 12/8",
          "12/8 slow ballad (dotted quarter = 56): triplet piano, ride triplets, alto-sax lead",
          "blues128", lead=65, bass=32, chords=0, qpm=84),
    _band("semiramide_dnb", "semiramide", "Semiramide", "Gioachino Rossini (1823), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 171): two-step kick, snare 2 and 4, synth-voice lead, warm pad",
          "dnb", lead=54, bass=38, chords=89, qpm=171),
    _band("sadko_dnb", "sadko", "Sadko", "Nikolai Rimsky-Korsakov (1898), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 175): two-step kick, snare 2 and 4, atmosphere lead, bowed pad",
          "dnb", lead=99, bass=39, chords=92, qpm=175),
    _band("erminie_dnb", "erminie", "Erminie", "Edward Jakobowski (1885), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 178): two-step kick, snare 2 and 4, brightness lead, sweep pad",
          "dnb", lead=100, bass=38, chords=95, qpm=178),
    _band("dalibor_halftime", "dalibor", "Dalibor", "Bedřich Smetana (1868), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 133): snare on 3, driven eighth hats, rock-organ lead, "
          "overdriven-guitar chords", "halftime", lead=18, bass=34, chords=29, qpm=133),
    _band("brigands_halftime", "brigands", "Les Brigands", "Jacques Offenbach (1869), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 145): snare on 3, distortion-guitar lead, brass-section chords",
          "halftime", lead=30, bass=33, chords=61, qpm=145),
    _band("cabure_trap", "cabure", "El Caburé", "Arturo De Bassi (1917), re-barred in 4/4",
          "trap (quarter = 148): clap on 3 (half-time feel), sixteenth hats with rolls, crystal lead",
          "trap", lead=98, bass=38, chords=94, qpm=148),
    _band("rogneda_drill", "rogneda", "Rogneda", "Alexander Serov (1865), re-barred in 4/4",
          "UK drill (quarter = 146): half-time clap on 3 and a late one, triplet hats, long 808, "
          "tinkle-bell lead", "drill", lead=112, bass=38, chords=49, qpm=146),
    _band("dorothy_waltz", "dorothy", "Dorothy", "Alfred Cellier (1886), in 3/4",
          "fast waltz 3/4 (quarter = 178): bass on 1, chords on 2 and 3, choir lead, string chords",
          "waltz", lead=52, bass=32, chords=48, qpm=178),
    _band("mlada_five4", "mlada", "Mlada", "Nikolai Rimsky-Korsakov (1892), in 5/4",
          "5/4 (quarter = 132, 2+3): ride on every beat, kick on 1 and 3, church-organ lead, "
          "vibraphone comp", "five4", lead=19, bass=33, chords=11, qpm=132),
]

FOLK: list[dict[str, Any]] = [
    _tune("pendu_accordion", "pendu", "Reel du Pendu", "traditional Québécois",
          "reel in 2/2 (beat = half note = 82) on tango accordion", qpm=164, programs=23),
    _tune("spey_piano", "spey", "The Spey in Spate", "James Scott Skinner (1904)",
          "reel in 2/2 (beat = half note = 92) on bright piano", qpm=184, programs=1),
    _tune("delahunty_epiano", "delahunty", "Delahunty's Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 96, even eighths) on electric piano", qpm=192, programs=5),
    _tune("mcdermott_steelguitar", "mcdermott", "McDermott's Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 98, even eighths) on steel-string guitar", qpm=196, programs=25),
    _tune("tuljak_clarinet", "tuljak", "Tuljak", "traditional Estonian",
          "2/4 polka (quarter = 104) on clarinet", qpm=104, programs=72),
    _tune("manley_kalimba", "manley", "Maurice Manley's Polka", "traditional Irish",
          "2/4 polka (quarter = 128) on kalimba", qpm=128, programs=108),
    _tune("saltarello_pizzicato", "saltarello", "Saltarello", "traditional Italian",
          "jig in 6/8 (dotted quarter = 112) on pizzicato strings", qpm=168, programs=45),
    _tune("tarantella_steeldrums", "tarantella", "Tarantella", "traditional Neapolitan",
          "jig in 6/8 (dotted quarter = 118) on steel drums", qpm=177, programs=114),
    _tune("dunse_bells", "dunse", "Dunse Dings A'", "traditional Scottish",
          "9/8 slip jig (dotted quarter = 120) on tubular bells", qpm=180, programs=14),
    _tune("griogal_rhodes", "griogal", "Griogal Cridhe", "traditional Scottish Gaelic air, in 6/8",
          "slow 6/8 (dotted quarter = 56) on electric piano", qpm=84, programs=4),
    _tune("kujawiak_organ", "kujawiak", "Kujawiak", "traditional Polish, in 3/4",
          "3/4 waltz (quarter = 126) on percussive organ", qpm=126, programs=17),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout38.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
