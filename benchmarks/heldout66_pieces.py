"""The pieces of real-heldout66 (benchmarks/make_realbeats_heldout66.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-65's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout61's, 62's, 63's, 64's and 65's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout60 out of the window, 61-65 had left exactly three integer drum-and-bass quarters in
range free, real-heldout60's own 167, 170 and 174: the three drum-and-bass pieces play them (the
set that left the window), so every beat tempo of this set is an integer (the ballads at dotted
quarter 48 and 54, the jigs at 112 and 116, the slip jig at 122, the slow air at 48). Beyond the
rule, no tempo or lead program of a style or kind repeats real-heldout60's or 59's either but the
three drum-and-bass quarters (60's), and no lead program repeats 55's-58's; one tempo repeats
real-heldout58's (the Bodyke Jig's dotted quarter 116: every jig tempo 61-65 left free had been
played by one of 57-60, and 57's one, 112, is the Fanore Jig's).

Band arrangements as in real-heldout6-65 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-65,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout65, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout64, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout64 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[66] = 64), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-65 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 6601,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout66.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout66_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout66_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 6601
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("asteria_funk", "asteria", "Asteria", "Johann Adolf Hasse (1737), re-barred in 4/4",
          "funk 4/4 (quarter = 103): syncopated kick, ghosted snare on 2 and 4, slap bass, tenor-sax lead, "
          "clavinet chords", "funk", lead=66, bass=36, chords=7, qpm=103),
    _band("rosbale_ska", "rosbale", "Rosbale", "Nicola Porpora (1737), re-barred in 4/4",
          "ska 4/4 (quarter = 157): guitar skank on every off-beat, walking bass, brass-section lead",
          "ska", lead=61, bass=33, chords=27, qpm=157),
    _band("orsola_house", "orsola", "Orsola", "Paul and Lucien Hillemacher (1902), re-barred in 4/4",
          "house 4/4 (quarter = 122): four on the floor, off-beat open hats, electric-piano stabs, synth-brass lead",
          "house", lead=62, bass=38, chords=4, qpm=122),
    _band("melide_disco", "melide", "Mélide", "François-André Danican Philidor (1773), re-barred in 4/4",
          "disco 4/4 (quarter = 116): four on the floor, off-beat open hats, octave bass, French-horn lead, "
          "string stabs", "disco", lead=60, bass=34, chords=49, qpm=116),
    _band("germondo_ballad68", "germondo", "Germondo", "Tommaso Traetta (1776), in 6/8",
          "6/8 ballad (dotted quarter = 48): steel-guitar arpeggios, viola lead",
          "ballad68", lead=41, bass=32, chords=25, qpm=72),
    _band("calto_ballad128", "calto", "Calto", "Francesco Bianchi (1788), in 12/8",
          "12/8 slow ballad (dotted quarter = 54): triplet piano, ride triplets, baritone-sax lead",
          "blues128", lead=67, bass=32, chords=0, qpm=81),
    _band("archelao_dnb", "archelao", "Archelao", "Francesco Bartolomeo Conti (1722), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 167): two-step kick, snare 2 and 4, square lead, warm pad",
          "dnb", lead=80, bass=38, chords=89, qpm=167),
    _band("achmet_dnb", "achmet", "Achmet und Almanzine", "Johann Baptist Schenk (1795), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170): two-step kick, snare 2 and 4, oboe lead, polysynth pad",
          "dnb", lead=68, bass=39, chords=90, qpm=170),
    _band("imogene_dnb", "imogene", "Imogène", "Rodolphe Kreutzer (1796), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, bassoon lead, halo pad",
          "dnb", lead=70, bass=38, chords=94, qpm=174),
    _band("alsinda_halftime", "alsinda", "Alsinda", "Niccolò Zingarelli (1785), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 140): snare on 3, driven eighth hats, tango-accordion lead, "
          "string chords", "halftime", lead=23, bass=34, chords=48, qpm=140),
    _band("azael_halftime", "azael", "Azäel", "Giovanni Bottesini (1880), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 145): snare on 3, muted-guitar lead, clean-guitar chords",
          "halftime", lead=28, bass=33, chords=27, qpm=145),
    _band("ledia_trap", "ledia", "Ledia", "Valentín Zubiaurre (1877), re-barred in 4/4",
          "trap (quarter = 139): clap on 3 (half-time feel), sixteenth hats with rolls, blown-bottle lead",
          "trap", lead=76, bass=38, chords=88, qpm=139),
    _band("polidoro_drill", "polidoro", "Polidoro", "Antonio Lotti (1714), re-barred in 4/4",
          "UK drill (quarter = 147): half-time clap on 3 and a late one, triplet hats, long 808, "
          "voice-oohs lead", "drill", lead=53, bass=38, chords=89, qpm=147),
    _band("hippodamie_waltz", "hippodamie", "Hippodamie", "André Campra (1708), in 3/4",
          "fast waltz 3/4 (quarter = 177): bass on 1, chords on 2 and 3, pan-flute lead, string chords",
          "waltz", lead=75, bass=32, chords=48, qpm=177),
    _band("almanzor_five4", "almanzor", "Almanzor", "Giovanni Tadolini (1827), in 5/4",
          "5/4 (quarter = 144, 2+3): ride on every beat, kick on 1 and 3, clarinet lead, electric-piano comp",
          "five4", lead=71, bass=33, chords=4, qpm=144),
]

FOLK: list[dict[str, Any]] = [
    _tune("vassan_banjo", "vassan", "Reel de Vassan", "traditional Québécois",
          "reel in 2/2 (beat = half note = 93) on banjo", qpm=186, programs=105),
    _tune("laniel_grandpiano", "laniel", "Reel de Laniel", "traditional Québécois",
          "reel in 2/2 (beat = half note = 90) on acoustic grand piano", qpm=180, programs=0),
    _tune("tealby_egrand", "tealby", "Tealby Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 94, even eighths) on electric grand piano", qpm=188, programs=2),
    _tune("laxfield_tubularbells", "laxfield", "Laxfield Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 89, even eighths) on tubular bells", qpm=178, programs=14),
    _tune("lhenice_xylophone", "lhenice", "Lhenice Polka", "traditional Czech",
          "2/4 polka (quarter = 109) on xylophone", qpm=109, programs=13),
    _tune("oslavany_jazzguitar", "oslavany", "Oslavany Polka", "traditional Czech",
          "2/4 polka (quarter = 137) on jazz guitar", qpm=137, programs=26),
    _tune("fanore_harpsichord", "fanore", "Fanore Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 112) on harpsichord", qpm=168, programs=6),
    _tune("bodyke_harp", "bodyke", "Bodyke Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 116) on harp", qpm=174, programs=46),
    _tune("riverstick_epiano", "riverstick", "Riverstick", "traditional Irish",
          "9/8 slip jig (dotted quarter = 122) on electric piano 1", qpm=183, programs=4),
    _tune("durme_dulcimer", "durme", "Durme durme", "traditional Sephardic, in 6/8",
          "slow 6/8 (dotted quarter = 48) on dulcimer", qpm=72, programs=15),
    _tune("rothiemay_steelguitar", "rothiemay", "Rothiemay Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 163) on steel-string guitar", qpm=163, programs=25),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout66.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
