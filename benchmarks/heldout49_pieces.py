"""The pieces of real-heldout49 (benchmarks/make_realbeats_heldout49.py), fixed before any scoring.

26 excerpts of 30 s, composition decided by convention (never by how any tracker does): real-
heldout21's and 34's-48's mix, an untargeted spread of the styles earlier sets used. 15 band
arrangements (funk, ska with its off-beat skank, house, disco with off-beat open hats, a slow 6/8
and a 12/8 ballad at dotted quarter 46-56, three drum-and-bass at 166-178, two half-time rock at
132-150, a trap and a UK drill at 136-148, a fast waltz at 176-192 and a piece in 5/4) and 11
undrummed folk pieces on solo instruments (two 2/2 reels and two 2/2 hornpipes at half note
80-100, two 2/4 polkas, two 6/8 jigs at dotted quarter 104-120, a 9/8 slip jig, a slow 6/8 air at
dotted quarter 46-56 and a 3/4 waltz at quarter 120-170). No tempo changes, nothing swung, no
drum-less intro. Tempos and lead programs differ from real-heldout44's, 45's, 46's, 47's and 48's
for the same style or kind (five sets back); the 26 lead programs differ from each other. With
real-heldout43 out of the window, the three integer drum-and-bass quarters in 166-178 that 44-48
left free (169, 173, 177) play here, so every beat tempo of the set is an integer (the jigs at
dotted quarter 104 and 117: quarters 156 and 175.5).

Band arrangements as in real-heldout6-48 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: as for 34-48,
with undrummed pieces both banks of an order sound, so every order with a bank of the training
renders (FluidR3_GM or TimGM6mb) would sound one; of the two orders with none, real-heldout13's
(csound bands / MuseScore General folk) was sounded whole by real-heldout48, the last set, and
15's (MuseScore General bands / csound folk) last by real-heldout47, so 15's is the one used
longer ago: this set takes **real-heldout15's order, MuseScore General bands / csound folk**, as
real-heldout47 did (alternating; tests/test_heldout_sets.py REPEATED_ORDER[49] = 47), and no bank
of the training renders sounds. **Drums: a synthesized kit per piece**, as in real-heldout25 and
28-48 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds from 4901,
one each, no earlier set's, the four families rotated seed by seed; ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout49.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout49_tunes import TUNES
from heldout_piece_maker import PieceMaker, kit_band, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout49_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each drummed piece plays its own synthesized
# kit, PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune
FIRST_SEED = 4901
# a band arrangement on its own kit: the next seed, families in turn
_band = kit_band(_make, synth_kit_names(FIRST_SEED, 15))  # 15 pieces


BAND: list[dict[str, Any]] = [
    _band("treemonisha_funk", "treemonisha", "Treemonisha", "Scott Joplin (1911), re-barred in 4/4",
          "funk 4/4 (quarter = 86): syncopated kick, ghosted snare on 2 and 4, slap bass, trumpet lead, "
          "clavinet chords", "funk", lead=56, bass=36, chords=7, qpm=86),
    _band("chemineau_ska", "chemineau", "Le chemineau", "Xavier Leroux (1907), re-barred in 4/4",
          "ska 4/4 (quarter = 144): guitar skank on every off-beat, walking bass, baritone-sax lead", "ska",
          lead=67, bass=33, chords=27, qpm=144),
    _band("semirama_house", "semirama", "Semirâma", "Ottorino Respighi (1910), re-barred in 4/4",
          "house 4/4 (quarter = 126): four on the floor, off-beat open hats, electric-piano stabs, "
          "square lead", "house", lead=80, bass=38, chords=4, qpm=126),
    _band("nerto_disco", "nerto", "Nerto", "Charles-Marie Widor (1924), re-barred in 4/4",
          "disco 4/4 (quarter = 112): four on the floor, off-beat open hats, octave bass, brass-section lead, "
          "string stabs", "disco", lead=61, bass=34, chords=49, qpm=112),
    _band("yolande_ballad68", "yolande", "Yolande", "Albéric Magnard (1892), in 6/8",
          "6/8 ballad (dotted quarter = 50): steel-guitar arpeggios, English-horn lead", "ballad68",
          lead=69, bass=32, chords=25, qpm=75),
    _band("leyli_ballad128", "leyli", "Leyli and Majnun", "Uzeyir Hajibeyov (1908), in 12/8",
          "12/8 slow ballad (dotted quarter = 52): triplet piano, ride triplets, alto-sax lead",
          "blues128", lead=65, bass=32, chords=0, qpm=78),
    _band("genesius_dnb", "genesius", "Genesius", "Felix Weingartner (1892), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 169): two-step kick, snare 2 and 4, calliope lead, warm pad",
          "dnb", lead=82, bass=38, chords=89, qpm=169),
    _band("banadietrich_dnb", "banadietrich", "Banadietrich", "Siegfried Wagner (1900), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 173): two-step kick, snare 2 and 4, bass-and-lead lead, bowed pad",
          "dnb", lead=87, bass=39, chords=92, qpm=173),
    _band("glauco_dnb", "glauco", "Glauco", "Alberto Franchetti (1922), re-barred in 4/4",
          "drum-and-bass 4/4 (quarter = 177): two-step kick, snare 2 and 4, crystal lead, "
          "halo pad", "dnb", lead=98, bass=38, chords=94, qpm=177),
    _band("amleto_halftime", "amleto", "Amleto", "Franco Faccio (1865), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 132): snare on 3, driven eighth hats, drawbar-organ lead, "
          "string chords", "halftime", lead=16, bass=34, chords=48, qpm=132),
    _band("falena_halftime", "falena", "La falena", "Antonio Smareglia (1897), re-barred in 4/4",
          "half-time rock 4/4 (quarter = 147): snare on 3, nylon-guitar lead, distortion-guitar chords",
          "halftime", lead=24, bass=33, chords=30, qpm=147),
    _band("saracen_trap", "saracen", "The Saracen", "César Cui (1899), re-barred in 4/4",
          "trap (quarter = 144): clap on 3 (half-time feel), sixteenth hats with rolls, whistle lead",
          "trap", lead=78, bass=38, chords=88, qpm=144),
    _band("jessika_drill", "jessika", "Jessika", "Josef Bohuslav Foerster (1905), re-barred in 4/4",
          "UK drill (quarter = 140): half-time clap on 3 and a late one, triplet hats, long 808, "
          "tremolo-strings lead", "drill", lead=44, bass=38, chords=89, qpm=140),
    _band("gunlod_waltz", "gunlod", "Gunlöd", "Peter Cornelius (completed by others, staged 1891), in 3/4",
          "fast waltz 3/4 (quarter = 182): bass on 1, chords on 2 and 3, violin lead, string chords",
          "waltz", lead=40, bass=32, chords=48, qpm=182),
    _band("damayanti_five4", "damayanti", "Nal and Damayanti", "Anton Arensky (1904), in 5/4",
          "5/4 (quarter = 124, 2+3): ride on every beat, kick on 1 and 3, marimba lead, "
          "electric-piano comp", "five4", lead=12, bass=33, chords=4, qpm=124),
]

FOLK: list[dict[str, Any]] = [
    _tune("portneuf_harmonica", "portneuf", "Reel de Portneuf", "traditional Québécois",
          "reel in 2/2 (beat = half note = 86) on harmonica", qpm=172, programs=22),
    _tune("nicolet_panflute", "nicolet", "Reel de Nicolet", "traditional Québécois",
          "reel in 2/2 (beat = half note = 95) on pan flute", qpm=190, programs=75),
    _tune("suffolk_honkytonk", "suffolk", "Suffolk Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 83, even eighths) on honky-tonk piano", qpm=166, programs=3),
    _tune("devonshire_musicbox", "devonshire", "Devonshire Hornpipe", "traditional English",
          "hornpipe in 2/2 (beat = half note = 90, even eighths) on music box", qpm=180, programs=10),
    _tune("plena_piano", "plena", "Plena", "traditional Puerto Rican",
          "2/4 polka (quarter = 116) on bright acoustic piano", qpm=116, programs=1),
    _tune("pasacalle_banjo", "pasacalle", "Pasacalle", "traditional Ecuadorian",
          "2/4 polka (quarter = 136) on banjo", qpm=136, programs=105),
    _tune("abozao_pizzicato", "abozao", "Abozao", "traditional Colombian (Chocó)",
          "jig in 6/8 (dotted quarter = 104) on pizzicato strings", qpm=156, programs=45),
    _tune("bullerengue_guitar", "bullerengue", "Bullerengue", "traditional Colombian (Caribbean coast)",
          "jig in 6/8 (dotted quarter = 117) on steel-string guitar", qpm=175.5, programs=25),
    _tune("tierney_kalimba", "tierney", "Tierney's", "traditional Irish",
          "9/8 slip jig (dotted quarter = 116) on kalimba", qpm=174, programs=108),
    _tune("harawi_flute", "harawi", "Harawi", "traditional Andean (Quechua), in 6/8",
          "slow 6/8 (dotted quarter = 54) on flute", qpm=81, programs=73),
    _tune("hulan_harp", "hulan", "Hulán", "traditional Czech, in 3/4",
          "3/4 waltz (quarter = 144) on orchestral harp", qpm=144, programs=46),
]

PIECES: list[dict[str, Any]] = BAND + FOLK
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in PIECES if p.get("drums")}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout49.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
