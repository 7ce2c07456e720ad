"""The pieces of real-heldout75 (benchmarks/make_realbeats_heldout75.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-74's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout70's, 71's, 72's, 73's and 74's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout69 out of the window, 70-74 leave three integer drum-and-bass quarters in 166-178 free
(70 166, 170.5, 174.5; 71 168.5, 172.5, 176.5; 72 167, 170, 174; 73 169, 173, 177; 74 171, 175,
178): 168, 172 and 176, real-heldout69's own, so the three drum-and-bass pieces play those and
**every beat tempo is an integer** (the ballads at dotted quarter 56 and 54, the jigs at 112 and
117, the slip jig at 124, the slow air at 48). Beyond the rule, no tempo or lead program of a style
or kind repeats real-heldout69's or 68's either but the three drum-and-bass quarters (69's, the only
integers free); one jig tempo repeats real-heldout67's (the Kiltullagh Jig's dotted quarter 117:
the jig tempos 70-74 left free were 105 and 113 (69's), 108 and 119 (68's), 111 and 117 (67's) and
112 (none of 67-69's)).

Band arrangements as in real-heldout6-74 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-74,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout74, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout73, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout73 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[75] = 73), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-74 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 7501,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout75.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout75_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout75_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 7501
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("astuzie_funk", "astuzie", "Le astuzie femminili", "Domenico Cimarosa (1794), re-barred in 4/4",
          "funk 4/4 (quarter = 97): syncopated kick, ghosted snare on 2 and 4, slap bass, trombone lead, "
          "clavinet chords", "funk", lead=57, bass=36, chords=7, qpm=97),
    _band("marchese_ska", "marchese", "Il marchese villano", "Baldassare Galuppi (1762), re-barred in 4/4",
          "ska 4/4 (quarter = 136): guitar skank on every off-beat, walking bass, French-horn lead",
          "ska", lead=60, bass=33, chords=27, qpm=136),
    _band("pescatrice_house", "pescatrice", "La pescatrice", "Niccolò Piccinni (1766), re-barred in 4/4",
          "house 4/4 (quarter = 122): four on the floor, off-beat open hats, electric-piano stabs, fifths lead",
          "house", lead=86, bass=38, chords=4, qpm=122),
    _band("diable_disco", "diable", "Le diable à l'école", "Ernest Boulanger (1842), re-barred in 4/4",
          "disco 4/4 (quarter = 116): four on the floor, off-beat open hats, octave bass, synth-brass lead, "
          "string stabs", "disco", lead=62, bass=34, chords=49, qpm=116),
    _band("trionfo_ballad68", "trionfo", "Il trionfo dell'onore", "Alessandro Scarlatti (1718), in 6/8",
          "6/8 ballad (dotted quarter = 56): steel-guitar arpeggios, pan-flute lead",
          "ballad68", lead=75, bass=32, chords=25, qpm=84),
    _band("cavaliere_ballad128", "cavaliere", "Il cavaliere errante", "Tommaso Traetta (1778), in 12/8",
          "12/8 slow ballad (dotted quarter = 54): triplet piano, ride triplets, soprano-sax lead",
          "blues128", lead=64, bass=32, chords=0, qpm=81),
    _band("rivali_dnb", "rivali", "Le finte rivali", "Johann Simon Mayr (1803), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 168): two-step kick, snare 2 and 4, bowed-pad lead, polysynth pad",
          "dnb", lead=92, bass=38, chords=90, qpm=168),
    _band("dorfjahrmarkt_dnb", "dorfjahrmarkt", "Der Dorfjahrmarkt", "Georg Benda (1775), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, synth-brass lead, choir pad",
          "dnb", lead=63, bass=39, chords=91, qpm=172),
    _band("vernunft_dnb", "vernunft", "Die Göttin der Vernunft", "Johann Strauss II (1897), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176): two-step kick, snare 2 and 4, synth-strings lead, sweep pad",
          "dnb", lead=50, bass=38, chords=95, qpm=176),
    _band("schiave_halftime", "schiave", "Le schiave in Bagdad", "Giovanni Pacini (1818), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 140): snare on 3, driven eighth hats, nylon-guitar lead, "
          "string chords", "halftime", lead=24, bass=34, chords=48, qpm=140),
    _band("pastorella_halftime", "pastorella", "La pastorella feudataria", "Nicola Vaccai (1824), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 145): snare on 3, muted-guitar lead, string chords",
          "halftime", lead=28, bass=33, chords=48, qpm=145),
    _band("amant_trap", "amant", "L'amant jaloux", "André-Ernest-Modeste Grétry (1778), re-barred in 4/4",
          "trap (quarter = 139): clap on 3 (half-time feel), sixteenth hats with rolls, recorder lead",
          "trap", lead=74, bass=38, chords=88, qpm=139),
    _band("apotheke_drill", "apotheke", "Die Apotheke", "Christian Gottlob Neefe (1771), re-barred in 4/4",
          "UK drill (quarter = 147): half-time clap on 3 and a late one, triplet hats, long 808, "
          "English-horn lead", "drill", lead=69, bass=38, chords=89, qpm=147),
    _band("melomanie_waltz", "melomanie", "La mélomanie", "Stanislas Champein (1781), in 3/4",
          "fast waltz 3/4 (quarter = 187): bass on 1, chords on 2 and 3, bassoon lead, string chords",
          "waltz", lead=70, bass=32, chords=48, qpm=187),
    _band("colporteur_five4", "colporteur", "Le colporteur", "George Onslow (1827), in 5/4",
          "5/4 (quarter = 126, 2+3): ride on every beat, kick on 1 and 3, tenor-sax lead, electric-piano comp",
          "five4", lead=66, bass=33, chords=4, qpm=126),
]

FOLK: list[dict[str, Any]] = [
    _tune("wolfestown_fiddle", "wolfestown", "Reel de Wolfestown", "traditional Québécois",
          "reel in 2/2 (beat = half note = 89) on fiddle", qpm=178, programs=110),
    _tune("hatley_accordion", "hatley", "Reel de Hatley", "traditional Québécois",
          "reel in 2/2 (beat = half note = 93) on accordion", qpm=186, programs=21),
    _tune("mendham_harmonica", "mendham", "Mendham Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 86, even eighths) on harmonica", qpm=172, programs=22),
    _tune("blaxhall_glockenspiel", "blaxhall", "Blaxhall Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 94, even eighths) on glockenspiel", qpm=188, programs=9),
    _tune("dubnany_tango", "dubnany", "Dubnany Polka", "traditional Czech",
          "2/4 polka (quarter = 106) on tango accordion", qpm=106, programs=23),
    _tune("skoronice_organ", "skoronice", "Skoronice Polka", "traditional Czech",
          "2/4 polka (quarter = 138) on drawbar organ", qpm=138, programs=16),
    # re-rendered on hammered dulcimer after the click-track check failed its whistle render (csound's
    # whistle a steady tone with no attacks: sharpness about 10^6, lag -13 ms, drift +35 ms), as
    # real-heldout36, 40 and 42 moved their soft-attack leads to struck instruments
    _tune("clontuskert_dulcimer", "clontuskert", "Clontuskert Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 112) on hammered dulcimer", qpm=168, programs=15),
    _tune("kiltullagh_violin", "kiltullagh", "Kiltullagh Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 117) on violin", qpm=175.5, programs=40),
    _tune("clonmult_harp", "clonmult", "Clonmult", "traditional Irish",
          "9/8 slip jig (dotted quarter = 124) on harp", qpm=186, programs=46),
    _tune("kiigelaul_clarinet", "kiigelaul", "Kiigelaul", "traditional Estonian, in 6/8",
          "slow 6/8 (dotted quarter = 48) on clarinet", qpm=72, programs=71),
    _tune("kennethmont_cello", "kennethmont", "Kennethmont Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 164) on cello", qpm=164, programs=42),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout75.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
