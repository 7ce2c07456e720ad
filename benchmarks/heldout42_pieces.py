"""The pieces of real-heldout42 (benchmarks/make_realbeats_heldout42.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-41's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout37's, 38's, 39's, 40's and 41's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout36 out of the window, three integer drum-and-bass quarters in 166-178 were free again
(167, 170, 174: those five sets played every other integer one and five half-integer ones), so
all three drum-and-bass pieces play at integer quarters; every tempo of the set is an integer
(the jigs at dotted quarter 106 and 114: quarters 159 and 171).

Band arrangements as in real-heldout6-41 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-41,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout41, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout40, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout40 did (real-heldout41's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-41
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4201, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout42.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout42_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout42_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 4201
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("ascanio_funk", "ascanio", "Ascanio", "Camille Saint-Saëns (1890), re-barred in 4/4",
          "funk 4/4 (quarter = 92): syncopated kick, ghosted snare on 2 and 4, slap bass, soprano-sax lead, "
          "clavinet chords", "funk", lead=64, bass=36, chords=7, qpm=92),
    _band("basoche_ska", "basoche", "La Basoche", "André Messager (1890), re-barred in 4/4",
          "ska 4/4 (quarter = 146): guitar skank on every off-beat, walking bass, alto-sax lead", "ska",
          lead=65, bass=33, chords=27, qpm=146),
    _band("germania_house", "germania", "Germania", "Alberto Franchetti (1902), re-barred in 4/4",
          "house 4/4 (quarter = 120): four on the floor, off-beat open hats, electric-piano stabs, "
          "synth-voice lead", "house", lead=54, bass=38, chords=5, qpm=120),
    _band("zanetto_disco", "zanetto", "Zanetto", "Pietro Mascagni (1896), re-barred in 4/4",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, brass-section lead, "
          "string stabs", "disco", lead=61, bass=34, chords=49, qpm=118),
    _band("philemon_ballad68", "philemon", "Philémon et Baucis", "Charles Gounod (1860), in 6/8",
          "6/8 ballad (dotted quarter = 48): steel-guitar arpeggios, pan-flute lead", "ballad68",
          lead=75, bass=32, chords=25, qpm=72),
    _band("linda_ballad128", "linda", "Linda di Chamounix", "Gaetano Donizetti (1842), in 12/8",
          "12/8 slow ballad (dotted quarter = 54): triplet piano, ride triplets, tenor-sax lead",
          "blues128", lead=66, bass=32, chords=0, qpm=81),
    _band("stiffelio_dnb", "stiffelio", "Stiffelio", "Giuseppe Verdi (1850), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 167): two-step kick, snare 2 and 4, charang lead, warm pad",
          "dnb", lead=84, bass=38, chords=89, qpm=167),
    _band("guarany_dnb", "guarany", "Il Guarany", "Carlos Gomes (1870), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170): two-step kick, snare 2 and 4, synth-brass lead, bowed pad",
          "dnb", lead=63, bass=39, chords=92, qpm=170),
    _band("salammbo_dnb", "salammbo", "Salammbô", "Ernest Reyer (1890), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, crystal lead, polysynth pad",
          "dnb", lead=98, bass=38, chords=90, qpm=174),
    _band("edmea_halftime", "edmea", "Edmea", "Alfredo Catalani (1886), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 134): snare on 3, driven eighth hats, synth-brass lead, "
          "distortion-guitar chords", "halftime", lead=62, bass=34, chords=30, qpm=134),
    _band("hellera_halftime", "hellera", "Hellera", "Italo Montemezzi (1909), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 141): snare on 3, bass-and-lead synth lead, string chords",
          "halftime", lead=87, bass=33, chords=48, qpm=141),
    _band("risurrezione_trap", "risurrezione", "Risurrezione", "Franco Alfano (1904), re-barred in 4/4",
          "trap (quarter = 146): clap on 3 (half-time feel), sixteenth hats with rolls, ocarina lead",
          "trap", lead=79, bass=38, chords=88, qpm=146),
    _band("belfagor_drill", "belfagor", "Belfagor", "Ottorino Respighi (1923), re-barred in 4/4",
          "UK drill (quarter = 138): half-time clap on 3 and a late one, triplet hats, long 808, "
          "pizzicato-strings lead", "drill", lead=45, bass=38, chords=89, qpm=138),
    _band("cendrillon_waltz", "cendrillon", "Cendrillon", "Jules Massenet (1899), in 3/4",
          "fast waltz 3/4 (quarter = 182): bass on 1, chords on 2 and 3, oboe lead, string chords",
          "waltz", lead=68, bass=32, chords=48, qpm=182),
    _band("fervaal_five4", "fervaal", "Fervaal", "Vincent d'Indy (1897), in 5/4",
          "5/4 (quarter = 128, 2+3): ride on every beat, kick on 1 and 3, vibraphone lead, "
          "electric-piano comp", "five4", lead=11, bass=33, chords=4, qpm=128),
]

FOLK: list[dict[str, Any]] = [
    _tune("cumberlandgap_fiddle", "cumberlandgap", "Cumberland Gap", "traditional American (old-time)",
          "reel in 2/2 (beat = half note = 84) on fiddle", qpm=168, programs=110),
    _tune("greasycoat_harmonica", "greasycoat", "Greasy Coat", "traditional American (old-time)",
          "reel in 2/2 (beat = half note = 91) on harmonica", qpm=182, programs=22),
    _tune("acedeuce_celesta", "acedeuce", "The Ace and Deuce of Pipering", "traditional Irish (set dance)",
          "hornpipe in 2/2 (beat = half note = 90, even eighths) on celesta", qpm=180, programs=8),
    _tune("underhand_xylophone", "underhand", "Underhand", "James Hill (Tyneside, died 1853)",
          "hornpipe in 2/2 (beat = half note = 95, even eighths) on xylophone", qpm=190, programs=13),
    _tune("tancuj_accordion", "tancuj", "Tancuj, tancuj", "traditional Slovak",
          "2/4 polka (quarter = 108) on accordion", qpm=108, programs=21),
    _tune("raspa_harpsichord", "raspa", "La Raspa", "traditional Mexican",
          "2/4 polka (quarter = 144) on harpsichord", qpm=144, programs=6),
    _tune("knottedcord_dulcimer", "knottedcord", "The Knotted Cord", "traditional Irish",
          "jig in 6/8 (dotted quarter = 106) on hammered dulcimer", qpm=159, programs=15),
    _tune("chacarera_nylon", "chacarera", "Chacarera", "traditional Argentine",
          "jig in 6/8 (dotted quarter = 114) on nylon-string guitar", qpm=171, programs=24),
    _tune("topcandle_harp", "topcandle", "Top the Candle", "traditional Irish",
          "9/8 slip jig (dotted quarter = 112) on harp", qpm=168, programs=46),
    _tune("croppyboy_clarinet", "croppyboy", "The Croppy Boy", "traditional Irish, in 6/8",
          "slow 6/8 (dotted quarter = 48) on clarinet", qpm=72, programs=71),
    _tune("hambo_piano", "hambo", "Hambo", "traditional Swedish, in 3/4",
          "3/4 waltz (quarter = 132) on acoustic grand piano", qpm=132, programs=0),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout42.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
