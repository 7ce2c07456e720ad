"""The pieces of real-heldout44 (benchmarks/make_realbeats_heldout44.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-43's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout39's, 40's, 41's, 42's and 43's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout38 out of the window, the three integer drum-and-bass quarters in 166-178 that
39-43 left free (171, 175, 178) play here, so every tempo of the set is an integer (the jigs at
dotted quarter 112 and 118: quarters 168 and 177).

Band arrangements as in real-heldout6-43 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-43,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout43, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout42, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout42 did (real-heldout43's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-43
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4401, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout44.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout44_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout44_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 4401
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("cherubin_funk", "cherubin", "Chérubin", "Jules Massenet (1905), re-barred in 4/4",
          "funk 4/4 (quarter = 100): syncopated kick, ghosted snare on 2 and 4, slap bass, trombone lead, "
          "clavinet chords", "funk", lead=57, bass=36, chords=7, qpm=100),
    _band("kassya_ska", "kassya", "Kassya", "Léo Delibes (1893), re-barred in 4/4",
          "ska 4/4 (quarter = 148): guitar skank on every off-beat, walking bass, soprano-sax lead", "ska",
          lead=64, bass=33, chords=27, qpm=148),
    _band("erostrate_house", "erostrate", "Érostrate", "Ernest Reyer (1862), re-barred in 4/4",
          "house 4/4 (quarter = 128): four on the floor, off-beat open hats, electric-piano stabs, "
          "charang lead", "house", lead=84, bass=38, chords=5, qpm=128),
    _band("phryne_disco", "phryne", "Phryné", "Camille Saint-Saëns (1893), re-barred in 4/4",
          "disco 4/4 (quarter = 120): four on the floor, off-beat open hats, octave bass, alto-sax lead, "
          "string stabs", "disco", lead=65, bass=34, chords=49, qpm=120),
    _band("polyeucte_ballad68", "polyeucte", "Polyeucte", "Charles Gounod (1878), in 6/8",
          "6/8 ballad (dotted quarter = 46): steel-guitar arpeggios, oboe lead", "ballad68",
          lead=68, bass=32, chords=25, qpm=69),
    _band("dejanice_ballad128", "dejanice", "Dejanice", "Alfredo Catalani (1883), in 12/8",
          "12/8 slow ballad (dotted quarter = 56): triplet piano, ride triplets, clarinet lead",
          "blues128", lead=71, bass=32, chords=0, qpm=84),
    _band("asrael_dnb", "asrael", "Asrael", "Alberto Franchetti (1888), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 171): two-step kick, snare 2 and 4, brightness lead, warm pad",
          "dnb", lead=100, bass=38, chords=89, qpm=171),
    _band("silvano_dnb", "silvano", "Silvano", "Pietro Mascagni (1895), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 175): two-step kick, snare 2 and 4, sci-fi lead, bowed pad",
          "dnb", lead=103, bass=39, chords=92, qpm=175),
    _band("aroldo_dnb", "aroldo", "Aroldo", "Giuseppe Verdi (1857), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 178): two-step kick, snare 2 and 4, atmosphere lead, "
          "polysynth pad", "dnb", lead=99, bass=38, chords=90, qpm=178),
    _band("sigismondo_halftime", "sigismondo", "Sigismondo", "Gioachino Rossini (1814), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 138): snare on 3, driven eighth hats, rock-organ lead, "
          "overdriven-guitar chords", "halftime", lead=18, bass=34, chords=29, qpm=138),
    _band("saffo_halftime", "saffo", "Saffo", "Giovanni Pacini (1840), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 145): snare on 3, distortion-guitar lead, string chords",
          "halftime", lead=30, bass=33, chords=48, qpm=145),
    _band("servilia_trap", "servilia", "Servilia", "Nikolai Rimsky-Korsakov (1902), re-barred in 4/4",
          "trap (quarter = 148): clap on 3 (half-time feel), sixteenth hats with rolls, square lead",
          "trap", lead=80, bass=38, chords=88, qpm=148),
    _band("jessonda_drill", "jessonda", "Jessonda", "Louis Spohr (1823), re-barred in 4/4",
          "UK drill (quarter = 146): half-time clap on 3 and a late one, triplet hats, long 808, "
          "violin lead", "drill", lead=40, bass=38, chords=89, qpm=146),
    _band("silvana_waltz", "silvana", "Silvana", "Carl Maria von Weber (1810), in 3/4",
          "fast waltz 3/4 (quarter = 188): bass on 1, chords on 2 and 3, flute lead, string chords",
          "waltz", lead=73, bass=32, chords=48, qpm=188),
    _band("vanda_five4", "vanda", "Vanda", "Antonín Dvořák (1876), in 5/4",
          "5/4 (quarter = 132, 2+3): ride on every beat, kick on 1 and 3, xylophone lead, "
          "electric-piano comp", "five4", lead=13, bass=33, chords=4, qpm=132),
]

FOLK: list[dict[str, Any]] = [
    _tune("porro_accordion", "porro", "Porro", "traditional Colombian",
          "reel in 2/2 (beat = half note = 92) on accordion", qpm=184, programs=21),
    _tune("dubuque_jazzguitar", "dubuque", "Dubuque", "traditional American (old-time)",
          "reel in 2/2 (beat = half note = 98) on jazz guitar", qpm=196, programs=26),
    _tune("mulqueeney_harpsichord", "mulqueeney", "Mulqueeney's Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 87, even eighths) on harpsichord", qpm=174, programs=6),
    _tune("marmaduke_piano", "marmaduke", "Marmaduke's Hornpipe", "traditional American",
          "hornpipe in 2/2 (beat = half note = 91, even eighths) on acoustic grand piano", qpm=182, programs=0),
    _tune("drmes_nylonguitar", "drmes", "Drmeš", "traditional Croatian",
          "2/4 polka (quarter = 128) on nylon-string guitar", qpm=128, programs=24),
    _tune("corridinho_epiano", "corridinho", "Corridinho", "traditional Portuguese (Algarve)",
          "2/4 polka (quarter = 104) on electric piano", qpm=104, programs=4),
    _tune("bambuco_sitar", "bambuco", "Bambuco", "traditional Colombian",
          "jig in 6/8 (dotted quarter = 112) on sitar", qpm=168, programs=104),
    _tune("huapango_shamisen", "huapango", "Huapango", "traditional Mexican",
          "jig in 6/8 (dotted quarter = 118) on shamisen", qpm=177, programs=106),
    _tune("yestreen_banjo", "yestreen", "Wat Ye Wha I Met Yestreen", "traditional Scottish / Northumbrian",
          "9/8 slip jig (dotted quarter = 120) on banjo", qpm=180, programs=105),
    _tune("vidala_koto", "vidala", "Vidala", "traditional Argentine, in 6/8",
          "slow 6/8 (dotted quarter = 56) on koto", qpm=84, programs=107),
    _tune("pasillo_electricgrand", "pasillo", "Pasillo", "traditional Colombian, in 3/4",
          "3/4 waltz (quarter = 150) on electric grand piano", qpm=150, programs=2),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout44.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
