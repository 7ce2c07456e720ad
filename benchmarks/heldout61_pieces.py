"""The pieces of real-heldout61 (benchmarks/make_realbeats_heldout61.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-60's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout56's, 57's, 58's, 59's and 60's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout55 out of the window, 56-60 had left three integer drum-and-bass quarters in range
free, real-heldout55's own, so the three drum-and-bass pieces play them (the set that left the
window), 169, 173 and 177. Every beat tempo of the set is an integer (the ballads at dotted
quarter 46 and 49, the jigs at 107 and 113, the slip jig at 111, the slow air at 55). Beyond the
rule, no tempo or lead program of a style or kind repeats real-heldout55's either but the three
drum-and-bass quarters, nor real-heldout54's.

Band arrangements as in real-heldout6-60 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-60,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout60, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout59, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout59 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[61] = 59), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-60 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 6101,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout61.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout61_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout61_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 6101
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("amazilia_funk", "amazilia", "Amazilia", "Giovanni Pacini (1824), re-barred in 4/4",
          "funk 4/4 (quarter = 97): syncopated kick, ghosted snare on 2 and 4, slap bass, soprano-sax lead, "
          "clavinet chords", "funk", lead=64, bass=36, chords=7, qpm=97),
    _band("rolla_ska", "rolla", "Rolla", "Teodulo Mabellini (1840), re-barred in 4/4",
          "ska 4/4 (quarter = 151): guitar skank on every off-beat, walking bass, French-horn lead",
          "ska", lead=60, bass=33, chords=27, qpm=151),
    _band("orfa_house", "orfa", "Orfa", "Adolphe Adam (1852), re-barred in 4/4",
          "house 4/4 (quarter = 120): four on the floor, off-beat open hats, electric-piano stabs, synth-voice lead",
          "house", lead=54, bass=38, chords=4, qpm=120),
    _band("harmental_disco", "harmental", "Le chevalier d'Harmental", "André Messager (1896), re-barred in 4/4",
          "disco 4/4 (quarter = 115): four on the floor, off-beat open hats, octave bass, muted-trumpet lead, "
          "string stabs", "disco", lead=59, bass=34, chords=49, qpm=115),
    _band("idalide_ballad68", "idalide", "Idalide", "Giuseppe Sarti (1783), in 6/8",
          "6/8 ballad (dotted quarter = 46): steel-guitar arpeggios, cello lead",
          "ballad68", lead=42, bass=32, chords=25, qpm=69),
    _band("artamene_ballad128", "artamene", "Artamene", "Christoph Willibald Gluck (1746), in 12/8",
          "12/8 slow ballad (dotted quarter = 49): triplet piano, ride triplets, bassoon lead",
          "blues128", lead=70, bass=32, chords=0, qpm=73.5),
    _band("nitocri_dnb", "nitocri", "Nitocri", "Saverio Mercadante (1824), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 169): two-step kick, snare 2 and 4, synth-brass lead, warm pad",
          "dnb", lead=62, bass=38, chords=89, qpm=169),
    _band("leucippo_dnb", "leucippo", "Leucippo", "Johann Adolph Hasse (1747), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 173): two-step kick, snare 2 and 4, ocarina lead, polysynth pad",
          "dnb", lead=79, bass=39, chords=90, qpm=173),
    _band("antonino_dnb", "antonino", "Antonino e Pompeiano", "Antonio Sartorio (1677), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 177): two-step kick, snare 2 and 4, alto-sax lead, halo pad",
          "dnb", lead=65, bass=38, chords=94, qpm=177),
    _band("ponce_halftime", "ponce", "Ponce de Léon", "Henri-Montan Berton (1797), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 132): snare on 3, driven eighth hats, sawtooth lead, "
          "string chords", "halftime", lead=81, bass=34, chords=48, qpm=132),
    _band("brinio_halftime", "brinio", "Brinio", "Simon van Milligen (1889), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 149): snare on 3, bass-and-lead synth lead, clean-guitar chords",
          "halftime", lead=87, bass=33, chords=27, qpm=149),
    _band("dante_trap", "dante", "Le Dante", "Benjamin Godard (1890), re-barred in 4/4",
          "trap (quarter = 147): clap on 3 (half-time feel), sixteenth hats with rolls, charang lead",
          "trap", lead=84, bass=38, chords=88, qpm=147),
    _band("ortzuri_drill", "ortzuri", "Ortzuri", "Resurrección María de Azkue (1911), re-barred in 4/4",
          "UK drill (quarter = 146): half-time clap on 3 and a late one, triplet hats, long 808, "
          "violin lead", "drill", lead=40, bass=38, chords=89, qpm=146),
    _band("thetis_waltz", "thetis", "Thetis och Pelée", "Francesco Antonio Uttini (1773), in 3/4",
          "fast waltz 3/4 (quarter = 187): bass on 1, chords on 2 and 3, English-horn lead, string chords",
          "waltz", lead=69, bass=32, chords=48, qpm=187),
    _band("amphion_five4", "amphion", "Amphion", "Johann Gottlieb Naumann (1778), in 5/4",
          "5/4 (quarter = 137, 2+3): ride on every beat, kick on 1 and 3, whistle lead, electric-piano comp",
          "five4", lead=78, bass=33, chords=4, qpm=137),
]

FOLK: list[dict[str, Any]] = [
    _tune("rochebaucourt_cleanguitar", "rochebaucourt", "Reel de Rochebaucourt", "traditional Québécois",
          "reel in 2/2 (beat = half note = 83) on clean electric guitar", qpm=166, programs=27),
    _tune("laterriere_honkytonk", "laterriere", "Reel de Laterrière", "traditional Québécois",
          "reel in 2/2 (beat = half note = 100) on honky-tonk piano", qpm=200, programs=3),
    _tune("fettercairn_marimba", "fettercairn", "Fettercairn Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 80, even eighths) on marimba", qpm=160, programs=12),
    _tune("axminster_vibraphone", "axminster", "Axminster Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 99, even eighths) on vibraphone", qpm=198, programs=11),
    _tune("volyne_harpsichord", "volyne", "Volyně Polka", "traditional Czech",
          "2/4 polka (quarter = 108) on harpsichord", qpm=108, programs=6),
    _tune("svihov_harp", "svihov", "Švihov Polka", "traditional Czech",
          "2/4 polka (quarter = 133) on orchestral harp", qpm=133, programs=46),
    _tune("lisnaskea_xylophone", "lisnaskea", "Lisnaskea Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 107) on xylophone", qpm=160.5, programs=13),
    _tune("ballybofey_celesta", "ballybofey", "Ballybofey Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 113) on celesta", qpm=169.5, programs=8),
    _tune("ballinascarthy_dulcimer", "ballinascarthy", "Ballinascarthy", "traditional Irish",
          "9/8 slip jig (dotted quarter = 111) on dulcimer", qpm=166.5, programs=15),
    _tune("kehtolaulu_koto", "kehtolaulu", "Kehtolaulu", "traditional Finnish, in 6/8",
          "slow 6/8 (dotted quarter = 55) on koto", qpm=82.5, programs=107),
    _tune("colinsburgh_epiano", "colinsburgh", "Colinsburgh Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 146) on electric piano 1", qpm=146, programs=4),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout61.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
