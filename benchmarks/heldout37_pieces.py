"""The pieces of real-heldout37 (benchmarks/make_realbeats_heldout37.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's, 34's, 35's and 36's mix, an untargeted spread of the styles earlier sets used. 15
band arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow
6/8 and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock
at 132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos, leads and programs differ from real-heldout34's, 35's and 36's.

Band arrangements as in real-heldout6-36 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-36,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout36, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout35, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout35 did (real-heldout36's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-36
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 3701, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout37.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout37_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout37_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 3701
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("impecunious_funk", "impecunious", "Impecunious Davis", "Kerry Mills (1899), re-barred in 4/4",
          "funk 4/4 (quarter = 88): syncopated kick, ghosted snare on 2 and 4, slap bass, percussive-organ "
          "lead, jazz-guitar chords", "funk", lead=17, bass=36, chords=26, qpm=88),
    _band("isoline_ska", "isoline", "Isoline", "André Messager (1888), re-barred in 4/4",
          "ska 4/4 (quarter = 138): guitar skank on every off-beat, walking bass, brass-section lead", "ska",
          lead=61, bass=33, chords=28, qpm=138),
    _band("iola_house", "iola", "Iola", "Charles L. Johnson (1906), re-barred in 4/4",
          "house 4/4 (quarter = 126): four on the floor, off-beat open hats, electric-piano stabs, chiff lead",
          "house", lead=83, bass=38, chords=4, qpm=126),
    _band("veronique_disco", "veronique", "Véronique", "André Messager (1898), re-barred in 4/4",
          "disco 4/4 (quarter = 120): four on the floor, off-beat open hats, octave bass, fifths lead, "
          "synth-string stabs", "disco", lead=86, bass=33, chords=50, qpm=120),
    _band("fortunio_ballad68", "fortunio", "Fortunio", "André Messager (1907), in 6/8",
          "6/8 ballad (dotted quarter = 50): clean-guitar arpeggios, viola lead", "ballad68",
          lead=41, bass=32, chords=27, qpm=75),
    _band("gasparone_ballad128", "gasparone", "Gasparone", "Carl Millöcker (1884), in 12/8",
          "12/8 slow ballad (dotted quarter = 52): triplet electric grand, ride triplets, bassoon lead",
          "blues128", lead=70, bass=32, chords=2, qpm=78),
    _band("florodora_dnb", "florodora", "Florodora", "Leslie Stuart (1899), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 169): two-step kick, snare 2 and 4, calliope lead, polysynth pad",
          "dnb", lead=82, bass=38, chords=90, qpm=169),
    _band("chatterbox_dnb", "chatterbox", "Chatterbox Rag", "George Botsford (1910)",
          "drum-and-bass 4/4 (quarter = 173): two-step kick, snare 2 and 4, voice lead, metallic pad",
          "dnb", lead=85, bass=39, chords=93, qpm=173),
    _band("frasquita_dnb", "frasquita", "Frasquita", "Franz Lehár (1922), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 177): two-step kick, snare 2 and 4, bass-and-lead synth, choir pad",
          "dnb", lead=87, bass=38, chords=91, qpm=177),
    _band("surcouf_halftime", "surcouf", "Surcouf", "Robert Planquette (1887), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 138): snare on 3, driven eighth hats, drawbar-organ lead, "
          "overdriven-guitar chords", "halftime", lead=16, bass=34, chords=29, qpm=138),
    _band("chilperic_halftime", "chilperic", "Chilpéric", "Hervé (1868), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 150): snare on 3, shanai lead, synth-brass chords",
          "halftime", lead=111, bass=33, chords=62, qpm=150),
    _band("lorenzo_trap", "lorenzo", "Lorenzo", "Agustín Bardi (1927), re-barred in 4/4",
          "trap (quarter = 144): clap on 3 (half-time feel), sixteenth hats with rolls, kalimba lead",
          "trap", lead=108, bass=38, chords=52, qpm=144),
    _band("ruslan_drill", "ruslan", "Ruslan and Lyudmila", "Mikhail Glinka (overture, 1842), re-barred in 4/4",
          "UK drill (quarter = 140): half-time clap on 3 and a late one, triplet hats, long 808, "
          "tremolo-strings lead", "drill", lead=44, bass=38, chords=51, qpm=140),
    _band("ciribiribin_waltz", "ciribiribin", "Ciribiribin", "Alberto Pestalozza (1898), in 3/4",
          "fast waltz 3/4 (quarter = 188): bass on 1, chords on 2 and 3, ocarina lead, string chords",
          "waltz", lead=79, bass=32, chords=49, qpm=188),
    _band("britta_five4", "britta", "Britta-Polka", "Hans Christian Lumbye, in 5/4",
          "5/4 (quarter = 124, 2+3): ride on every beat, kick on 1 and 3, bright-piano lead, "
          "rock-organ comp", "five4", lead=1, bass=33, chords=18, qpm=124),
]

FOLK: list[dict[str, Any]] = [
    _tune("eboulements_shamisen", "eboulements", "Reel des Éboulements", "traditional Québécois",
          "reel in 2/2 (beat = half note = 86) on shamisen", qpm=172, programs=106),
    _tune("rimouski_clavinet", "rimouski", "Reel de Rimouski", "traditional Québécois",
          "reel in 2/2 (beat = half note = 94) on clavinet", qpm=188, programs=7),
    _tune("wrecsam_koto", "wrecsam", "Pibddawns Gwŷr Wrecsam", "traditional Welsh",
          "hornpipe in 2/2 (beat = half note = 80, even eighths) on koto", qpm=160, programs=107),
    _tune("yarmouth_honkytonk", "yarmouth", "The Yarmouth Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 88, even eighths) on honky-tonk piano", qpm=176, programs=3),
    _tune("semyonovna_glockenspiel", "semyonovna", "Semyonovna", "traditional Russian",
          "2/4 polka (quarter = 116) on glockenspiel", qpm=116, programs=9),
    _tune("kolomyjka_sitar", "kolomyjka", "Kolomyjka", "traditional Ukrainian",
          "2/4 polka (quarter = 136) on sitar", qpm=136, programs=104),
    _tune("monferrina_guitar", "monferrina", "Monferrina", "traditional Piedmontese",
          "jig in 6/8 (dotted quarter = 104) on electric guitar", qpm=156, programs=27),
    _tune("furlana_jazzguitar", "furlana", "Furlana", "traditional Friulian",
          "jig in 6/8 (dotted quarter = 120) on jazz guitar", qpm=180, programs=26),
    _tune("frawley_musicbox", "frawley", "Cornelius Frawley's", "traditional Irish",
          "9/8 slip jig (dotted quarter = 108) on music box", qpm=162, programs=10),
    _tune("mentragwen_reedorgan", "mentra_gwen", "Mentra Gwen", "traditional Welsh air, in 6/8",
          "slow 6/8 (dotted quarter = 54) on reed organ", qpm=81, programs=20),
    _tune("gardeby_grand", "gardeby", "Gärdebylåten", "traditional Swedish, in 3/4",
          "3/4 waltz (quarter = 144) on electric grand piano", qpm=144, programs=2),
]

# Rendered, then dropped before any tracker of ours ran on the set: the town's full name, Great
# Yarmouth, screened with the final list, hits "great" (Great Scott Rag; benchmarks/realbeats-
# heldout37.md, "Choosing the titles"). Hamborgar, screened whole first, takes its style, tempo and
# instrument.
_REPLACED = {
    "yarmouth_honkytonk": _tune("hamborgar_honkytonk", "hamborgar", "Hamborgar", "traditional Norwegian",
                                "hornpipe in 2/2 (beat = half note = 88, even eighths) on honky-tonk piano",
                                qpm=176, programs=3),
}
PIECES: list[dict[str, Any]] = [_REPLACED.get(p["name"], p) for p in BAND + FOLK]
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = [p for p in BAND + FOLK if p["name"] in _REPLACED]
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render or, The Yarmouth Hornpipe, after it (benchmarks/realbeats-heldout37.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
