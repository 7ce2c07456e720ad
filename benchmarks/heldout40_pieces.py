"""The pieces of real-heldout40 (benchmarks/make_realbeats_heldout40.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-39's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout35's, 36's, 37's, 38's and 39's
for the same style or kind (five sets back); the 26 lead programs differ from each other. Every
integer drum-and-bass tempo in 167-178 and every even jig tempo in 104-120 (an integer quarter)
was one of those sets', so two drum-and-bass pieces play at half-integer quarters (170.5, 174.5)
and the two jigs at odd dotted quarters (107, 115; quarters 160.5 and 172.5).

Band arrangements as in real-heldout6-39 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-39,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout39, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout38, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout38 did (real-heldout39's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-39
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4001, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout40.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout40_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout40_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 4001
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("marietta_funk", "marietta", "Naughty Marietta", "Victor Herbert (1910), re-barred in 4/4",
          "funk 4/4 (quarter = 96): syncopated kick, ghosted snare on 2 and 4, slap bass, baritone-sax lead, "
          "electric-piano chords", "funk", lead=67, bass=36, chords=4, qpm=96),
    _band("conchita_ska", "conchita", "Conchita", "Riccardo Zandonai (1911), re-barred in 4/4",
          "ska 4/4 (quarter = 160): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=33, chords=27, qpm=160),
    _band("isabeau_house", "isabeau", "Isabeau", "Pietro Mascagni (1911), re-barred in 4/4",
          "house 4/4 (quarter = 118): four on the floor, off-beat open hats, electric-piano stabs, "
          "synth-strings lead", "house", lead=51, bass=38, chords=5, qpm=118),
    _band("landstreicher_disco", "landstreicher", "Die Landstreicher", "Carl Michael Ziehrer (1899), re-barred in 4/4",
          "disco 4/4 (quarter = 110): four on the floor, off-beat open hats, octave bass, synth-brass lead, "
          "string stabs", "disco", lead=63, bass=34, chords=49, qpm=110),
    _band("esclarmonde_ballad68", "esclarmonde", "Esclarmonde", "Jules Massenet (1889), in 6/8",
          "6/8 ballad (dotted quarter = 56): steel-guitar arpeggios, clarinet lead", "ballad68",
          lead=71, bass=32, chords=25, qpm=84),
    _band("sigurd_ballad128", "sigurd", "Sigurd", "Ernest Reyer (1884), in 12/8",
          "12/8 slow ballad (dotted quarter = 46): triplet piano, ride triplets, clean-guitar lead",
          "blues128", lead=27, bass=32, chords=0, qpm=69),
    _band("tancredi_dnb", "tancredi", "Tancredi", "Gioachino Rossini (1813), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 166): two-step kick, snare 2 and 4, sawtooth lead, warm pad",
          "dnb", lead=81, bass=38, chords=89, qpm=166),
    _band("vampyr_dnb", "vampyr", "Der Vampyr", "Heinrich Marschner (1828), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170.5): two-step kick, snare 2 and 4, chiff lead, bowed pad",
          "dnb", lead=83, bass=39, chords=92, qpm=170.5),
    _band("lodoiska_dnb", "lodoiska", "Lodoïska", "Luigi Cherubini (1791), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174.5): two-step kick, snare 2 and 4, fifths lead, sweep pad",
          "dnb", lead=86, bass=38, chords=95, qpm=174.5),
    _band("gwendoline_halftime", "gwendoline", "Gwendoline", "Emmanuel Chabrier (1886), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 142): snare on 3, driven eighth hats, charang lead, "
          "distortion-guitar chords", "halftime", lead=84, bass=34, chords=30, qpm=142),
    _band("belisario_halftime", "belisario", "Belisario", "Gaetano Donizetti (1836), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 135): snare on 3, brass-section lead, string chords",
          "halftime", lead=61, bass=33, chords=48, qpm=135),
    _band("jenufa_trap", "jenufa", "Jenůfa", "Leoš Janáček (1904), re-barred in 4/4",
          "trap (quarter = 142): clap on 3 (half-time feel), sixteenth hats with rolls, pan-flute lead",
          "trap", lead=75, bass=38, chords=88, qpm=142),
    _band("strasznydwor_drill", "strasznydwor", "Straszny dwór", "Stanisław Moniuszko (1865), re-barred in 4/4",
          "UK drill (quarter = 136): half-time clap on 3 and a late one, triplet hats, long 808, "
          "cello lead", "drill", lead=42, bass=38, chords=48, qpm=136),
    _band("cloclo_waltz", "cloclo", "Clo-Clo", "Franz Lehár (1924), in 3/4",
          "fast waltz 3/4 (quarter = 190): bass on 1, chords on 2 and 3, English-horn lead, string chords",
          "waltz", lead=69, bass=32, chords=48, qpm=190),
    _band("pepita_five4", "pepita", "Pepita Jiménez", "Isaac Albéniz (1896), in 5/4",
          "5/4 (quarter = 144, 2+3): ride on every beat, kick on 1 and 3, flute lead, "
          "clavinet comp", "five4", lead=73, bass=33, chords=7, qpm=144),
]

FOLK: list[dict[str, Any]] = [
    _tune("chicoutimi_banjo", "chicoutimi", "Reel de Chicoutimi", "traditional Québécois",
          "reel in 2/2 (beat = half note = 87) on banjo", qpm=174, programs=105),
    _tune("gaspe_viola", "gaspe", "Reel de Gaspé", "traditional Québécois",
          "reel in 2/2 (beat = half note = 93) on viola", qpm=186, programs=41),
    _tune("hexham_dulcimer", "hexham", "The Hexham Hornpipe", "traditional English (Northumbrian)",
          "hornpipe in 2/2 (beat = half note = 85, even eighths) on dulcimer", qpm=170, programs=15),
    _tune("bristol_vibes", "bristol", "The Bristol Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 89, even eighths) on vibraphone", qpm=178, programs=11),
    _tune("sarba_harmonica", "sarba", "Sârba", "traditional Romanian",
          "2/4 polka (quarter = 148) on harmonica", qpm=148, programs=22),
    _tune("ballos_harp", "ballos", "Ballos", "traditional Greek",
          "2/4 polka (quarter = 124) on harp", qpm=124, programs=46),
    # on xylophone, not recorder: its recorder render failed the click-track check (lag +63 ms, the slow attack)
    _tune("carraroe_xylophone", "carraroe", "The Carraroe Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 107) on xylophone", qpm=160.5, programs=13),
    # on marimba, not piccolo: its piccolo render failed the click-track check (sharpness 1.09)
    _tune("gallagher_marimba", "gallagher", "Gallagher's Frolics", "traditional Irish",
          "jig in 6/8 (dotted quarter = 115) on marimba", qpm=172.5, programs=12),
    _tune("dinnyobrien_glockenspiel", "dinnyobrien", "Dinny O'Brien's", "traditional Irish",
          "9/8 slip jig (dotted quarter = 110) on glockenspiel", qpm=165, programs=9),
    _tune("ataireachd_oboe", "ataireachd", "An Ataireachd Àrd", "Scottish Gaelic air (John MacLeod of Lewis), in 6/8",
          "slow 6/8 (dotted quarter = 46) on oboe", qpm=69, programs=68),
    _tune("oberek_tangoaccordion", "oberek", "Oberek", "traditional Polish, in 3/4",
          "3/4 waltz (quarter = 162) on tango accordion", qpm=162, programs=23),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout40.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
