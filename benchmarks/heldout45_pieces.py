"""The pieces of real-heldout45 (benchmarks/make_realbeats_heldout45.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-44's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout40's, 41's, 42's, 43's and 44's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout39 out of the window, the three integer drum-and-bass quarters in 166-178 that
40-44 left free (168, 172, 176) play here, so every tempo of the set is an integer (the jigs at
dotted quarter 108 and 116: quarters 162 and 174).

Band arrangements as in real-heldout6-44 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-44,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout44, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout43, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout43 did (real-heldout44's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-44
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4501, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout45.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout45_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout45_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 4501
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("ariane_funk", "ariane", "Ariane", "Jules Massenet (1906), re-barred in 4/4",
          "funk 4/4 (quarter = 98): syncopated kick, ghosted snare on 2 and 4, slap bass, tenor-sax lead, "
          "clavinet chords", "funk", lead=66, bass=36, chords=7, qpm=98),
    _band("proserpine_ska", "proserpine", "Proserpine", "Camille Saint-Saëns (1887), re-barred in 4/4",
          "ska 4/4 (quarter = 150): guitar skank on every off-beat, walking bass, trumpet lead", "ska",
          lead=56, bass=33, chords=27, qpm=150),
    _band("colombo_house", "colombo", "Cristoforo Colombo", "Alberto Franchetti (1892), re-barred in 4/4",
          "house 4/4 (quarter = 124): four on the floor, off-beat open hats, electric-piano stabs, "
          "sawtooth lead", "house", lead=81, bass=38, chords=5, qpm=124),
    _band("wally_disco", "wally", "La Wally", "Alfredo Catalani (1892), re-barred in 4/4",
          "disco 4/4 (quarter = 114): four on the floor, off-beat open hats, octave bass, synth-brass lead, "
          "string stabs", "disco", lead=62, bass=34, chords=49, qpm=114),
    _band("gemma_ballad68", "gemma", "Gemma di Vergy", "Gaetano Donizetti (1834), in 6/8",
          "6/8 ballad (dotted quarter = 52): steel-guitar arpeggios, recorder lead", "ballad68",
          lead=74, bass=32, chords=25, qpm=78),
    _band("feltre_ballad128", "feltre", "Elena da Feltre", "Saverio Mercadante (1838), in 12/8",
          "12/8 slow ballad (dotted quarter = 50): triplet piano, ride triplets, French-horn lead",
          "blues128", lead=60, bass=32, chords=0, qpm=75),
    _band("corsaro_dnb", "corsaro", "Il corsaro", "Giuseppe Verdi (1848), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 168): two-step kick, snare 2 and 4, goblins lead, warm pad",
          "dnb", lead=101, bass=38, chords=89, qpm=168),
    _band("marcel_dnb", "marcel", "Étienne Marcel", "Camille Saint-Saëns (1879), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, echoes lead, bowed pad",
          "dnb", lead=102, bass=39, chords=92, qpm=172),
    _band("dorliska_dnb", "dorliska", "Torvaldo e Dorliska", "Gioachino Rossini (1815), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176): two-step kick, snare 2 and 4, alto-sax lead, "
          "polysynth pad", "dnb", lead=65, bass=38, chords=90, qpm=176),
    _band("palmira_halftime", "palmira", "Aureliano in Palmira", "Gioachino Rossini (1813), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 136): snare on 3, driven eighth hats, overdriven-guitar lead, "
          "string chords", "halftime", lead=29, bass=34, chords=48, qpm=136),
    _band("undine_halftime", "undine", "Undine", "Albert Lortzing (1845), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 144): snare on 3, church-organ lead, distortion-guitar chords",
          "halftime", lead=19, bass=33, chords=30, qpm=144),
    _band("kashchey_trap", "kashchey", "Kashchey the Deathless", "Nikolai Rimsky-Korsakov (1902), re-barred in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with rolls, calliope lead",
          "trap", lead=82, bass=38, chords=88, qpm=140),
    _band("oprichnik_drill", "oprichnik", "The Oprichnik", "Pyotr Ilyich Tchaikovsky (1874), re-barred in 4/4",
          "UK drill (quarter = 142): half-time clap on 3 and a late one, triplet hats, long 808, "
          "viola lead", "drill", lead=41, bass=38, chords=89, qpm=142),
    _band("zemire_waltz", "zemire", "Zemire und Azor", "Louis Spohr (1819), in 3/4",
          "fast waltz 3/4 (quarter = 184): bass on 1, chords on 2 and 3, bassoon lead, string chords",
          "waltz", lead=70, bass=32, chords=48, qpm=184),
    _band("jakobin_five4", "jakobin", "Jakobín", "Antonín Dvořák (1889), in 5/4",
          "5/4 (quarter = 140, 2+3): ride on every beat, kick on 1 and 3, celesta lead, "
          "electric-piano comp", "five4", lead=8, bass=33, chords=4, qpm=140),
]

FOLK: list[dict[str, Any]] = [
    _tune("roscommon_bagpipe", "roscommon", "Roscommon Reel", "traditional Irish",
          "reel in 2/2 (beat = half note = 88) on bagpipe", qpm=176, programs=109),
    _tune("rilbheara_piccolo", "rilbheara", "Ríl Bhéara", "traditional Irish",
          "reel in 2/2 (beat = half note = 96) on piccolo", qpm=192, programs=72),
    _tune("cheshire_brightpiano", "cheshire", "Cheshire Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 84, even eighths) on bright acoustic piano", qpm=168, programs=1),
    _tune("hennessy_epiano", "hennessy", "Hennessy's Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 92, even eighths) on electric piano", qpm=184, programs=5),
    _tune("skocna_steelguitar", "skocna", "Skočná", "traditional Czech",
          "2/4 polka (quarter = 132) on steel-string guitar", qpm=132, programs=25),
    _tune("obkrocak_honkytonk", "obkrocak", "Obkročák", "traditional Czech",
          "2/4 polka (quarter = 112) on honky-tonk piano", qpm=112, programs=3),
    _tune("chamame_fiddle", "chamame", "Chamamé", "traditional Argentine (Corrientes)",
          "jig in 6/8 (dotted quarter = 108) on fiddle", qpm=162, programs=110),
    _tune("malambo_kalimba", "malambo", "Malambo", "traditional Argentine",
          "jig in 6/8 (dotted quarter = 116) on kalimba", qpm=174, programs=108),
    _tune("baltimore_vibes", "baltimore", "The Baltimore Salute", "traditional Irish",
          "9/8 slip jig (dotted quarter = 114) on vibraphone", qpm=171, programs=11),
    _tune("yaravi_sitar", "yaravi", "Yaraví", "traditional Peruvian, in 6/8",
          "slow 6/8 (dotted quarter = 50) on sitar", qpm=75, programs=104),
    _tune("pols_jazzguitar", "pols", "Pols", "traditional Norwegian, in 3/4",
          "3/4 waltz (quarter = 140) on jazz guitar", qpm=140, programs=26),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout45.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
