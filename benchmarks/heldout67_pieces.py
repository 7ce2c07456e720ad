"""The pieces of real-heldout67 (benchmarks/make_realbeats_heldout67.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-66's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout62's, 63's, 64's, 65's and 66's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout61 out of the window, 62-66 had left exactly three integer drum-and-bass quarters in
range free, real-heldout61's own 169, 173 and 177: the three drum-and-bass pieces play them (the
set that left the window), so every beat tempo of this set is an integer (the ballads at dotted
quarter 52 and 50, the jigs at 111 and 117, the slip jig at 114, the slow air at 50). Beyond the
rule, no tempo or lead program of a style or kind repeats real-heldout61's or 60's either but the
three drum-and-bass quarters (61's); one tempo repeats real-heldout59's (the Cleggan Jig's dotted
quarter 117: of the jig tempos 62-66 left free only 111 had been played by none of 59-61).

Band arrangements as in real-heldout6-66 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-66,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout66, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout65, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout65 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[67] = 65), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-66 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 6701,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout67.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout67_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout67_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 6701
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("ardelinda_funk", "ardelinda", "Ardelinda", "Tomaso Albinoni (1732), re-barred in 4/4",
          "funk 4/4 (quarter = 101): syncopated kick, ghosted snare on 2 and 4, slap bass, percussive-organ "
          "lead, clavinet chords", "funk", lead=17, bass=36, chords=7, qpm=101),
    _band("vittorina_ska", "vittorina", "Vittorina", "Niccolò Piccinni (1777), re-barred in 4/4",
          "ska 4/4 (quarter = 134): guitar skank on every off-beat, walking bass, synth-brass lead",
          "ska", lead=63, bass=33, chords=27, qpm=134),
    _band("delphis_house", "delphis", "Delphis et Mopsa", "André-Ernest-Modeste Grétry (1803), re-barred in 4/4",
          "house 4/4 (quarter = 123): four on the floor, off-beat open hats, electric-piano stabs, fifths lead",
          "house", lead=86, bass=38, chords=4, qpm=123),
    _band("volodimiro_disco", "volodimiro", "Volodimiro", "Domenico Cimarosa (1787), re-barred in 4/4",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, synth-brass lead, "
          "string stabs", "disco", lead=62, bass=34, chords=49, qpm=118),
    _band("moissonneurs_ballad68", "moissonneurs", "Les moissonneurs", "Egidio Duni (1768), in 6/8",
          "6/8 ballad (dotted quarter = 52): steel-guitar arpeggios, piccolo lead",
          "ballad68", lead=72, bass=32, chords=25, qpm=78),
    _band("hypermnestre_ballad128", "hypermnestre", "Hypermnestre", "Charles-Hubert Gervais (1716), in 12/8",
          "12/8 slow ballad (dotted quarter = 50): triplet piano, ride triplets, clarinet lead",
          "blues128", lead=71, bass=32, chords=0, qpm=75),
    _band("sirbace_dnb", "sirbace", "Sirbace", "Baldassare Galuppi (1743), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 169): two-step kick, snare 2 and 4, baritone-sax lead, warm pad",
          "dnb", lead=67, bass=38, chords=89, qpm=169),
    _band("tsefal_dnb", "tsefal", "Tsefal i Prokris", "Francesco Araja (1755), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 173): two-step kick, snare 2 and 4, recorder lead, polysynth pad",
          "dnb", lead=74, bass=39, chords=90, qpm=173),
    _band("arrighetto_dnb", "arrighetto", "Arrighetto", "Carlo Coccia (1813), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 177): two-step kick, snare 2 and 4, bowed-pad lead, halo pad",
          "dnb", lead=92, bass=38, chords=94, qpm=177),
    _band("ugolino_halftime", "ugolino", "Ugolino", "Carl Ditters von Dittersdorf (1796), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 134): snare on 3, driven eighth hats, soprano-sax lead, "
          "string chords", "halftime", lead=64, bass=34, chords=48, qpm=134),
    _band("rogdana_halftime", "rogdana", "Rogdana", "Alexander Dargomyzhsky (about 1860, unfinished), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 142): snare on 3, trumpet lead, clean-guitar chords",
          "halftime", lead=56, bass=33, chords=27, qpm=142),
    _band("xindo_trap", "xindo", "Xindo riconosciuto", "Georg Benda (1765), re-barred in 4/4",
          "trap (quarter = 144): clap on 3 (half-time feel), sixteenth hats with rolls, crystal lead",
          "trap", lead=98, bass=38, chords=88, qpm=144),
    _band("bryllup_drill", "bryllup", "Peters bryllup", "Johann Abraham Peter Schulz (1793), re-barred in 4/4",
          "UK drill (quarter = 139): half-time clap on 3 and a late one, triplet hats, long 808, "
          "choir lead", "drill", lead=52, bass=38, chords=89, qpm=139),
    _band("arion_waltz", "arion", "Arion", "Jean-Baptiste Matho (1714), in 3/4",
          "fast waltz 3/4 (quarter = 184): bass on 1, chords on 2 and 3, French-horn lead, string chords",
          "waltz", lead=60, bass=32, chords=48, qpm=184),
    _band("zephyre_five4", "zephyre", "Zéphyre", "Jean-Philippe Rameau (about 1750), in 5/4",
          "5/4 (quarter = 152, 2+3): ride on every beat, kick on 1 and 3, tenor-sax lead, electric-piano comp",
          "five4", lead=66, bass=33, chords=4, qpm=152),
]

FOLK: list[dict[str, Any]] = [
    _tune("manchedepee_fiddle", "manchedepee", "Reel de Manche-d'Épée", "traditional Québécois",
          "reel in 2/2 (beat = half note = 86) on fiddle", qpm=172, programs=110),
    _tune("moffet_harmonica", "moffet", "Reel de Moffet", "traditional Québécois",
          "reel in 2/2 (beat = half note = 95) on harmonica", qpm=190, programs=22),
    _tune("thoresway_flute", "thoresway", "Thoresway Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 85, even eighths) on flute", qpm=170, programs=73),
    _tune("wenhaston_accordion", "wenhaston", "Wenhaston Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 92, even eighths) on accordion", qpm=184, programs=21),
    _tune("drnholec_piano", "drnholec", "Drnholec Polka", "traditional Czech",
          "2/4 polka (quarter = 118) on acoustic grand piano", qpm=118, programs=0),
    _tune("chropyne_tangoaccordion", "chropyne", "Chropyně Polka", "traditional Czech",
          "2/4 polka (quarter = 136) on tango accordion", qpm=136, programs=23),
    _tune("tubber_violin", "tubber", "Tubber Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 111) on violin", qpm=166.5, programs=40),
    _tune("cleggan_koto", "cleggan", "Cleggan Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 117) on koto", qpm=175.5, programs=107),
    _tune("coppeen_harp", "coppeen", "Coppeen", "traditional Irish",
          "9/8 slip jig (dotted quarter = 114) on orchestral harp", qpm=171, programs=46),
    _tune("hajej_marimba", "hajej", "Hajej, dadej", "traditional Czech, in 6/8",
          "slow 6/8 (dotted quarter = 50) on marimba", qpm=75, programs=12),
    _tune("lumphanan_banjo", "lumphanan", "Lumphanan Waltz", "traditional Scottish, in 3/4",
          "3/4 waltz (quarter = 156) on banjo", qpm=156, programs=105),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout67.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
