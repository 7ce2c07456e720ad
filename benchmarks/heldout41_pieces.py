"""The pieces of real-heldout41 (benchmarks/make_realbeats_heldout41.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-40's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout36's, 37's, 38's, 39's and 40's
for the same style or kind (five sets back); the 26 lead programs differ from each other. Every
integer drum-and-bass tempo in 166-178 was one of those sets', so the three drum-and-bass pieces
play at half-integer quarters (167.5, 171.5, 176.5), as two of real-heldout40's did; one jig
plays at an odd dotted quarter (117; quarter 175.5).

Band arrangements as in real-heldout6-40 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-40,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout40, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout39, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout39 did (real-heldout40's README named it next, alternating), and no bank of the
training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and 28-40
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4101, one
each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is empty.
See benchmarks/realbeats-heldout41.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout41_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout41_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 4101
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("werther_funk", "werther", "Werther", "Jules Massenet (1892), re-barred in 4/4",
          "funk 4/4 (quarter = 102): syncopated kick, ghosted snare on 2 and 4, slap bass, alto-sax lead, "
          "clavinet chords", "funk", lead=65, bass=36, chords=7, qpm=102),
    _band("zaza_ska", "zaza", "Zazà", "Ruggero Leoncavallo (1900), re-barred in 4/4",
          "ska 4/4 (quarter = 154): guitar skank on every off-beat, walking bass, muted-trumpet lead", "ska",
          lead=59, bass=33, chords=27, qpm=154),
    _band("siberia_house", "siberia", "Siberia", "Umberto Giordano (1903), re-barred in 4/4",
          "house 4/4 (quarter = 122): four on the floor, off-beat open hats, electric-piano stabs, "
          "synth-strings lead", "house", lead=50, bass=38, chords=4, qpm=122),
    _band("friederike_disco", "friederike", "Friederike", "Franz Lehár (1928), re-barred in 4/4",
          "disco 4/4 (quarter = 116): four on the floor, off-beat open hats, octave bass, trumpet lead, "
          "string stabs", "disco", lead=56, bass=34, chords=49, qpm=116),
    _band("mignon_ballad68", "mignon", "Mignon", "Ambroise Thomas (1866), in 6/8",
          "6/8 ballad (dotted quarter = 54): steel-guitar arpeggios, flute lead", "ballad68",
          lead=73, bass=32, chords=25, qpm=81),
    _band("euryanthe_ballad128", "euryanthe", "Euryanthe", "Carl Maria von Weber (1823), in 12/8",
          "12/8 slow ballad (dotted quarter = 48): triplet piano, ride triplets, jazz-guitar lead",
          "blues128", lead=26, bass=32, chords=0, qpm=72),
    _band("ernani_dnb", "ernani", "Ernani", "Giuseppe Verdi (1844), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 167.5): two-step kick, snare 2 and 4, square lead, warm pad",
          "dnb", lead=80, bass=38, chords=89, qpm=167.5),
    _band("zelmira_dnb", "zelmira", "Zelmira", "Gioachino Rossini (1822), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 171.5): two-step kick, snare 2 and 4, synth-brass lead, halo pad",
          "dnb", lead=62, bass=39, chords=94, qpm=171.5),
    _band("fierrabras_dnb", "fierrabras", "Fierrabras", "Franz Schubert (1823), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 176.5): two-step kick, snare 2 and 4, new-age lead, polysynth pad",
          "dnb", lead=88, bass=38, chords=90, qpm=176.5),
    _band("libuse_halftime", "libuse", "Libuše", "Bedřich Smetana (1881), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 139): snare on 3, driven eighth hats, sawtooth lead, "
          "distortion-guitar chords", "halftime", lead=81, bass=34, chords=30, qpm=139),
    _band("lodoletta_halftime", "lodoletta", "Lodoletta", "Pietro Mascagni (1917), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 146): snare on 3, percussive-organ lead, string chords",
          "halftime", lead=17, bass=33, chords=48, qpm=146),
    _band("taras_trap", "taras", "Taras Bulba", "Mykola Lysenko (written 1890), re-barred in 4/4",
          "trap (quarter = 138): clap on 3 (half-time feel), sixteenth hats with rolls, whistle lead",
          "trap", lead=78, bass=38, chords=88, qpm=138),
    _band("ivanhoe_drill", "ivanhoe", "Ivanhoe", "Arthur Sullivan (1891), re-barred in 4/4",
          "UK drill (quarter = 144): half-time clap on 3 and a late one, triplet hats, long 808, "
          "string-ensemble lead", "drill", lead=48, bass=38, chords=89, qpm=144),
    _band("lalla_waltz", "lalla", "Lalla-Roukh", "Félicien David (1862), in 3/4",
          "fast waltz 3/4 (quarter = 186): bass on 1, chords on 2 and 3, clarinet lead, string chords",
          "waltz", lead=71, bass=32, chords=48, qpm=186),
    _band("sarka_five4", "sarka", "Šárka", "Zdeněk Fibich (1897), in 5/4",
          "5/4 (quarter = 136, 2+3): ride on every beat, kick on 1 and 3, oboe lead, "
          "electric-piano comp", "five4", lead=68, bass=33, chords=4, qpm=136),
]

FOLK: list[dict[str, Any]] = [
    _tune("cluckhen_violin", "cluckhen", "Cluck Old Hen", "traditional American (old-time)",
          "reel in 2/2 (beat = half note = 90) on violin", qpm=180, programs=40),
    _tune("bonaparte_steelguitar", "bonaparte", "Bonaparte's Retreat", "traditional American (old-time)",
          "reel in 2/2 (beat = half note = 97) on steel-string guitar", qpm=194, programs=25),
    _tune("journeywork_epiano", "journeywork", "The Job of Journeywork", "traditional Irish (set dance)",
          "hornpipe in 2/2 (beat = half note = 86, even eighths) on electric grand piano", qpm=172, programs=2),
    _tune("aberdeen_glockenspiel", "aberdeen", "The Aberdeen Hornpipe", "traditional Scottish",
          "hornpipe in 2/2 (beat = half note = 94, even eighths) on glockenspiel", qpm=188, programs=9),
    _tune("barynya_banjo", "barynya", "Barynya", "traditional Russian",
          "2/4 polka (quarter = 120) on banjo", qpm=120, programs=105),
    _tune("pentozali_koto", "pentozali", "Pentozali", "traditional Greek (Cretan)",
          "2/4 polka (quarter = 140) on koto", qpm=140, programs=107),
    _tune("hooper_harp", "hooper", "Hooper's Jig", "traditional English",
          "jig in 6/8 (dotted quarter = 110) on harp", qpm=165, programs=46),
    _tune("xiringuelu_musicbox", "xiringuelu", "Xiringüelu", "traditional Spanish (Asturian)",
          "jig in 6/8 (dotted quarter = 117) on music box", qpm=175.5, programs=10),
    _tune("reckoning_marimba", "reckoning", "Pay the Reckoning", "traditional Irish",
          "9/8 slip jig (dotted quarter = 116) on marimba", qpm=174, programs=12),
    _tune("ballinderry_nylon", "ballinderry", "Ballinderry", "traditional Irish (Co. Antrim), in 6/8",
          "slow 6/8 (dotted quarter = 52) on nylon-string guitar", qpm=78, programs=24),
    _tune("varsovienne_accordion", "varsovienne", "Varsovienne", "traditional, in 3/4",
          "3/4 waltz (quarter = 156) on accordion", qpm=156, programs=21),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout41.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
