"""The pieces of real-heldout48 (benchmarks/make_realbeats_heldout48.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-47's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout43's, 44's, 45's, 46's and 47's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout42 out of the window, the three integer drum-and-bass quarters in 166-178 that 43-47
left free (167, 170, 174) play here, so every beat tempo of the set is an integer (the jigs at
dotted quarter 106 and 114: quarters 159 and 171).

Band arrangements as in real-heldout6-47 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-47,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout15's
(MuseScore General bands / csound folk) was sounded whole by real-heldout47, the last set, and
13's (csound bands / MuseScore General folk) last by real-heldout46, so 13's is the one used
longer ago: this set takes **real-heldout13's order, csound bands / MuseScore General folk**, as
real-heldout46 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[48] = 46), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-47 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4801,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout48.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout48_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout48_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=MSG)
_tune = _make.tune
FIRST_SEED = 4801
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("natoma_funk", "natoma", "Natoma", "Victor Herbert (1911), re-barred in 4/4",
          "funk 4/4 (quarter = 104): syncopated kick, ghosted snare on 2 and 4, slap bass, alto-sax lead, "
          "clavinet chords", "funk", lead=65, bass=36, chords=7, qpm=104),
    _band("lurline_ska", "lurline", "Lurline", "William Vincent Wallace (1860), re-barred in 4/4",
          "ska 4/4 (quarter = 136): guitar skank on every off-beat, walking bass, French-horn lead", "ska",
          lead=60, bass=33, chords=27, qpm=136),
    _band("padmavati_house", "padmavati", "Padmâvatî", "Albert Roussel (1923), re-barred in 4/4",
          "house 4/4 (quarter = 120): four on the floor, off-beat open hats, electric-piano stabs, "
          "calliope lead", "house", lead=82, bass=38, chords=4, qpm=120),
    _band("marouf_disco", "marouf", "Mârouf", "Henri Rabaud (1914), re-barred in 4/4",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, synth-strings lead, "
          "string stabs", "disco", lead=51, bass=34, chords=49, qpm=118),
    _band("savitri_ballad68", "savitri", "Sāvitri", "Gustav Holst (1916), in 6/8",
          "6/8 ballad (dotted quarter = 48): steel-guitar arpeggios, flute lead", "ballad68",
          lead=73, bass=32, chords=25, qpm=72),
    _band("solhaug_ballad128", "solhaug", "Gildet på Solhaug", "Wilhelm Stenhammar (1899), in 12/8",
          "12/8 slow ballad (dotted quarter = 54): triplet piano, ride triplets, tenor-sax lead",
          "blues128", lead=66, bass=32, chords=0, qpm=81),
    _band("jacquerie_dnb", "jacquerie", "La jacquerie", "Édouard Lalo and Arthur Coquard (1895), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 167): two-step kick, snare 2 and 4, charang lead, warm pad",
          "dnb", lead=84, bass=38, chords=89, qpm=167),
    _band("ingwelde_dnb", "ingwelde", "Ingwelde", "Max von Schillings (1894), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 170): two-step kick, snare 2 and 4, polysynth lead, bowed pad",
          "dnb", lead=90, bass=39, chords=92, qpm=170),
    _band("oresteia_dnb", "oresteia", "Oresteia", "Sergei Taneyev (1895), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, synth-brass lead, "
          "halo pad", "dnb", lead=63, bass=38, chords=94, qpm=174),
    _band("templer_halftime", "templer", "Der Templer und die Jüdin", "Heinrich Marschner (1829), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 134): snare on 3, driven eighth hats, jazz-guitar lead, "
          "string chords", "halftime", lead=26, bass=34, chords=48, qpm=134),
    _band("lapi_halftime", "lapi", "Niccolò de' Lapi", "Giovanni Pacini (1873), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 146): snare on 3, guitar-harmonics lead, distortion-guitar chords",
          "halftime", lead=31, bass=33, chords=30, qpm=146),
    _band("anoush_trap", "anoush", "Anoush", "Armen Tigranian (1912), re-barred in 4/4",
          "trap (quarter = 142): clap on 3 (half-time feel), sixteenth hats with rolls, ocarina lead",
          "trap", lead=79, bass=38, chords=88, qpm=142),
    _band("prophet_drill", "prophet", "The Veiled Prophet", "Charles Villiers Stanford (1881), re-barred in 4/4",
          "UK drill (quarter = 138): half-time clap on 3 and a late one, triplet hats, long 808, "
          "pizzicato-strings lead", "drill", lead=45, bass=38, chords=89, qpm=138),
    _band("zaehmung_waltz", "zaehmung", "Der Widerspenstigen Zähmung", "Hermann Goetz (1874), in 3/4",
          "fast waltz 3/4 (quarter = 186): bass on 1, chords on 2 and 3, oboe lead, string chords",
          "waltz", lead=68, bass=32, chords=48, qpm=186),
    _band("porin_five4", "porin", "Porin", "Vatroslav Lisinski (written 1851, staged 1897), in 5/4",
          "5/4 (quarter = 128, 2+3): ride on every beat, kick on 1 and 3, vibraphone lead, "
          "electric-piano comp", "five4", lead=11, bass=33, chords=4, qpm=128),
]

FOLK: list[dict[str, Any]] = [
    _tune("charlevoix_fiddle", "charlevoix", "Reel de Charlevoix", "traditional Québécois",
          "reel in 2/2 (beat = half note = 84) on fiddle", qpm=168, programs=110),
    _tune("joliette_accordion", "joliette", "Reel de Joliette", "traditional Québécois",
          "reel in 2/2 (beat = half note = 93) on tango accordion", qpm=186, programs=23),
    _tune("shropshire_celesta", "shropshire", "Shropshire Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 86, even eighths) on celesta", qpm=172, programs=8),
    _tune("sussex_xylophone", "sussex", "Sussex Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 94, even eighths) on xylophone", qpm=188, programs=13),
    _tune("batuta_accordion", "batuta", "Bătută", "traditional Romanian",
          "2/4 polka (quarter = 108) on accordion", qpm=108, programs=21),
    _tune("lundu_harpsichord", "lundu", "Lundu", "traditional Brazilian",
          "2/4 polka (quarter = 144) on harpsichord", qpm=144, programs=6),
    _tune("sardana_cello", "sardana", "Sardana", "traditional Catalan",
          "jig in 6/8 (dotted quarter = 106) on cello", qpm=159, programs=42),
    _tune("petenera_bagpipe", "petenera", "Petenera", "traditional Spanish",
          "jig in 6/8 (dotted quarter = 114) on bagpipe", qpm=171, programs=109),
    _tune("shanahan_dulcimer", "shanahan", "Shanahan's", "traditional Irish",
          "9/8 slip jig (dotted quarter = 110) on dulcimer", qpm=165, programs=15),
    _tune("endecha_clarinet", "endecha", "Endecha", "traditional Canarian, in 6/8",
          "slow 6/8 (dotted quarter = 48) on clarinet", qpm=72, programs=71),
    _tune("sevillanas_piano", "sevillanas", "Sevillanas", "traditional Andalusian, in 3/4",
          "3/4 waltz (quarter = 126) on acoustic grand piano", qpm=126, programs=0),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout48.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
