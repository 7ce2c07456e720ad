"""The pieces of real-heldout69 (benchmarks/make_realbeats_heldout69.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-68's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout64's, 65's, 66's, 67's and 68's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout63 out of the window, 64-68 had left exactly three integer drum-and-bass quarters in
range free, real-heldout63's own 168, 172 and 176: the three drum-and-bass pieces play them (the
set that left the window), so every beat tempo of this set is an integer (the ballads at dotted
quarter 50 and 52, the jigs at 105 and 113, the slip jig at 116, the slow air at 56). Beyond the
rule, no tempo or lead program of a style or kind repeats real-heldout63's or 62's either but the
three drum-and-bass quarters (63's); one tempo repeats real-heldout61's (the Kilmeena Jig's dotted
quarter 113: of the jig tempos 64-68 left free only 105 had been played by none of 61-63).

Band arrangements as in real-heldout6-68 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-68,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout68, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout67, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout67 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[69] = 67), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-68 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 6901,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout69.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout69_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout69_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 6901
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("oddabernaver_funk", "oddabernaver", "Odda di Bernaver", "Giuseppe Lillo (1837), re-barred in 4/4",
          "funk 4/4 (quarter = 99): syncopated kick, ghosted snare on 2 and 4, slap bass, sawtooth lead, "
          "clavinet chords", "funk", lead=81, bass=36, chords=7, qpm=99),
    _band("artenice_ska", "artenice", "Artenice", "Giacomo Tritto (1784), re-barred in 4/4",
          "ska 4/4 (quarter = 154): guitar skank on every off-beat, walking bass, trumpet lead",
          "ska", lead=56, bass=33, chords=27, qpm=154),
    _band("deodata_house", "deodata", "Deodata", "Bernhard Anselm Weber (1810), re-barred in 4/4",
          "house 4/4 (quarter = 119): four on the floor, off-beat open hats, electric-piano stabs, chiffer lead",
          "house", lead=83, bass=38, chords=4, qpm=119),
    _band("turanda_disco", "turanda", "Turanda", "Antonio Bazzini (1867), re-barred in 4/4",
          "disco 4/4 (quarter = 117): four on the floor, off-beat open hats, octave bass, soprano-sax lead, "
          "string stabs", "disco", lead=64, bass=34, chords=49, qpm=117),
    _band("spinalba_ballad68", "spinalba", "La Spinalba", "Francisco António de Almeida (1739), in 6/8",
          "6/8 ballad (dotted quarter = 50): steel-guitar arpeggios, oboe lead",
          "ballad68", lead=68, bass=32, chords=25, qpm=75),
    _band("cassandre_ballad128", "cassandre", "Cassandre", "Toussaint Bertin de la Doué and François Bouvard (1706), in 12/8",
          "12/8 slow ballad (dotted quarter = 52): triplet piano, ride triplets, alto-sax lead",
          "blues128", lead=65, bass=32, chords=0, qpm=78),
    _band("wallenstein_dnb", "wallenstein", "Wallenstein", "Luigi Denza (1876), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 168): two-step kick, snare 2 and 4, voice lead, warm pad",
          "dnb", lead=85, bass=38, chords=89, qpm=168),
    _band("mathilde_dnb", "mathilde", "Mathilde von Guise", "Johann Nepomuk Hummel (1810), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, fifths lead, sweep pad",
          "dnb", lead=86, bass=39, chords=95, qpm=172),
    _band("eerekruis_dnb", "eerekruis", "Het Eerekruis", "Cornelis Dopper (1903), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176): two-step kick, snare 2 and 4, polysynth lead, halo pad",
          "dnb", lead=90, bass=38, chords=94, qpm=176),
    _band("kriegsgefangene_halftime", "kriegsgefangene", "Die Kriegsgefangene", "Karl Goldmark (1899), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 136): snare on 3, driven eighth hats, overdriven-guitar lead, "
          "string chords", "halftime", lead=29, bass=34, chords=48, qpm=136),
    _band("elisabetta_halftime", "elisabetta", "Elisabetta di Valois", "Antonio Buzzolla (1850), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 144): snare on 3, drawbar-organ lead, clean-guitar chords",
          "halftime", lead=16, bass=33, chords=27, qpm=144),
    _band("serebryany_trap", "serebryany", "Knyaz Serebryany", "Georgy Kazachenko (1892), re-barred in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with rolls, whistle lead",
          "trap", lead=78, bass=38, chords=88, qpm=140),
    _band("deseret_drill", "deseret", "Deseret", "Dudley Buck (1880), re-barred in 4/4",
          "UK drill (quarter = 142): half-time clap on 3 and a late one, triplet hats, long 808, "
          "muted-trumpet lead", "drill", lead=59, bass=38, chords=89, qpm=142),
    _band("furiadomata_waltz", "furiadomata", "La furia domata", "Spyridon Samaras (1895), in 3/4",
          "fast waltz 3/4 (quarter = 180): bass on 1, chords on 2 and 3, violin lead, string chords",
          "waltz", lead=40, bass=32, chords=48, qpm=180),
    _band("floridoro_five4", "floridoro", "Il Floridoro", "Alessandro Stradella (1676), in 5/4",
          "5/4 (quarter = 135, 2+3): ride on every beat, kick on 1 and 3, synth-brass lead, electric-piano comp",
          "five4", lead=62, bass=33, chords=4, qpm=135),
]

FOLK: list[dict[str, Any]] = [
    _tune("fermont_harp", "fermont", "Reel de Fermont", "traditional Québécois",
          "reel in 2/2 (beat = half note = 88) on orchestral harp", qpm=176, programs=46),
    _tune("pikogan_steelguitar", "pikogan", "Reel de Pikogan", "traditional Québécois",
          "reel in 2/2 (beat = half note = 96) on steel guitar", qpm=192, programs=25),
    _tune("claxby_piano", "claxby", "Claxby Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 84, even eighths) on acoustic grand piano", qpm=168, programs=0),
    _tune("covehithe_musicbox", "covehithe", "Covehithe Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 95, even eighths) on music box", qpm=190, programs=10),
    _tune("korycany_honkytonk", "korycany", "Koryčany Polka", "traditional Czech",
          "2/4 polka (quarter = 112) on honky-tonk piano", qpm=112, programs=3),
    _tune("kvasice_celesta", "kvasice", "Kvasice Polka", "traditional Czech",
          "2/4 polka (quarter = 130) on celesta", qpm=130, programs=8),
    _tune("swanlinbar_banjo", "swanlinbar", "Swanlinbar Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 105) on banjo", qpm=157.5, programs=105),
    _tune("kilmeena_marimba", "kilmeena", "Kilmeena Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 113) on marimba", qpm=169.5, programs=12),
    _tune("kilbrin_koto", "kilbrin", "Kilbrin", "traditional Irish",
          "9/8 slip jig (dotted quarter = 116) on koto", qpm=174, programs=107),
    _tune("spimladenec_guitar", "spimladenec", "Spi mladenec", "traditional Russian, in 6/8",
          "slow 6/8 (dotted quarter = 56) on clean electric guitar", qpm=84, programs=27),
    _tune("strichen_vibraphone", "strichen", "Strichen Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 148) on vibraphone", qpm=148, programs=11),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout69.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
