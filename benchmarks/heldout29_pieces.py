"""The pieces of real-heldout29 (benchmarks/make_realbeats_heldout29.py), fixed before any scoring.

32 excerpts, all drummed, composition decided by convention (never by how any tracker does): 16
band arrangements of half-time feels and breakbeats (half-time rock, trap, UK drill and
drum-and-bass four times each; quarter 128-152 and 164-178) and 16 of slow drummed music where the
beat is slow (pop ballad three times, 58-72; slow r&b four times, 62-84; one-drop reggae three
times, 66-80; hip-hop three times, 82-96; funk three times, 84-102). No two pieces of a style at
one tempo, no tempo changes, nothing swung.

Band arrangements as in real-heldout6-28 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order: real-heldout25's
README rule (the order used longest ago among those with at most one training bank) named
real-heldout17's (FluidR3_GM bands / MuseScore General folk) and then 18's (csound bands /
TimGM6mb folk). With every piece a band piece only the band bank sounds, so 17's would put a bank
of the training renders on every piece, and 18's would sound exactly as real-heldout28 (csound
only). Of the orders left, the one used longest ago: **real-heldout8's order, MuseScore General
bands / TimGM6mb folk** (used by 8 and 19). Everything plays on MuseScore General
(heldout8_pieces.MSG) and **no bank of the training renders sounds** (the folk bank, TimGM6mb,
plays nothing). **Drums: a synthesized kit per piece**, as in real-heldout25 and 28
(benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds 2901-2932, one
each, no earlier set's, the four families rotated piece by piece (so each four-piece style plays
on all four, each three-piece style on three, eight kits per family); ``KITS`` (style -> kit) is
empty. See benchmarks/realbeats-heldout29.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG, TIM
from heldout29_tunes import TUNES
from heldout_piece_maker import PieceMaker, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout29_tunes.py)",
              licence="public-domain melody (its writers dead more than 70 years and published "
                      "before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each piece plays its own synthesized kit,
# PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=TIM)

HT = "half-time rock 4/4 (quarter = {q}): snare on 3, {lead}"
TRAP = "trap (quarter = {q}): clap on 3 (half-time feel), sixteenth hats with rolls, {lead}"
DRILL = "UK drill (quarter = {q}): half-time clap on 3 and a late one, triplet hats, long 808, {lead}"
DNB = "drum-and-bass 4/4 (quarter = {q}): two-step kick, snare 2 and 4, {lead}"
BALLAD = "pop ballad 4/4 (quarter = {q}): kick 1 and 3, snare 2 and 4, {lead}"
RNB = "slow r&b 4/4 (quarter = {q}): laid-back backbeat on 2 and 4, kick on 1 and the ands of 2 and 3, {lead}"
ONEDROP = "one-drop reggae 4/4 (quarter = {q}): kick and rim on 3 only, {lead}"
HIPHOP = "hip-hop 4/4 (quarter = {q}, straight): boom-bap kick, snare on 2 and 4, sixteenth hats, {lead}"
FUNK = "funk 4/4 (quarter = {q}): off-beat stabs, syncopated bass, sixteenth hats, {lead}"
FIRST_SEED = 2901
_kits = synth_kit_names(FIRST_SEED, 32)


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, lead_text: str, *,
          qpm: int, **kw: Any) -> dict[str, Any]:
    """A band arrangement that plays its own kit (``band["kit"]``): the next seed, families in turn."""
    p = _make.band(name, tune, title, composer, style.format(q=qpm, lead=lead_text), drums, qpm=qpm, **kw)
    p["band"]["kit"] = next(_kits)
    return p


BAND: list[dict[str, Any]] = [
    # half-time rock
    _band("espritdecorps_halftime", "esprit_de_corps", "Esprit de Corps", "John Philip Sousa (1878), in 4/4",
          HT, "halftime", "trombone lead, overdriven-guitar chords", qpm=128, lead=57, bass=34, chords=29),
    _band("transitofvenus_halftime", "transit_of_venus", "Transit of Venus", "John Philip Sousa (1883), in 4/4",
          HT, "halftime", "distortion-guitar lead, organ chords", qpm=138, lead=30, bass=33, chords=18),
    _band("pathfinder_halftime", "pathfinder_panama", "The Pathfinder of Panama",
          "John Philip Sousa (1915), in 4/4",
          HT, "halftime", "french-horn lead, piano chords", qpm=146, lead=60, bass=34, chords=1),
    _band("quidnunc_halftime", "quidnunc", "Quidnunc", "John Philip Sousa (1889), in 4/4",
          HT, "halftime", "baritone-sax lead, clean-guitar chords", qpm=152, lead=67, bass=33, chords=27),
    # trap
    _band("grizzlybear_trap", "grizzly_bear", "Grizzly Bear Rag", "George Botsford (1910), in 4/4",
          TRAP, "trap", "glockenspiel lead", qpm=130, lead=9, bass=38, chords=89),
    _band("pianophiends_trap", "pianophiends", "Pianophiends Rag", "George Botsford (1909), in 4/4",
          TRAP, "trap", "pan-flute lead", qpm=136, lead=75, bass=39, chords=95),
    _band("redpepper_trap", "red_pepper", "Red Pepper", "Henry Lodge (1910), in 4/4",
          TRAP, "trap", "square lead", qpm=142, lead=80, bass=38, chords=88),
    _band("cumbac_trap", "cum_bac", "Cum-Bac Rag", "Charles L. Johnson (1911), in 4/4",
          TRAP, "trap", "music-box lead", qpm=150, lead=10, bass=39, chords=91),
    # UK drill
    _band("hyacinth_drill", "hyacinth", "Hyacinth", "George Botsford (1911), in 4/4",
          DRILL, "drill", "string-ensemble lead", qpm=132, lead=48, bass=38, chords=89),
    _band("panam_drill", "pan_am", "Pan-Am Rag", "Tom Turpin (1914), in 4/4",
          DRILL, "drill", "marimba lead", qpm=140, lead=12, bass=38, chords=49),
    _band("antoinette_drill", "antoinette", "Antoinette", "Scott Joplin (1906), in 4/4",
          DRILL, "drill", "viola lead", qpm=144, lead=41, bass=39, chords=90),
    _band("smokymokes_drill", "smoky_mokes", "Smoky Mokes", "Abe Holzmann (1899), in 4/4",
          DRILL, "drill", "celesta lead", qpm=148, lead=8, bass=38, chords=48),
    # drum-and-bass
    _band("dunedin_dnb", "dunedin", "Dunedin", "Kenneth J. Alford (1928), in 4/4",
          DNB, "dnb", "trumpet lead, string pad", qpm=164, lead=56, bass=38, chords=48),
    _band("lambsmarch_dnb", "lambs_march", "The Lambs' March", "John Philip Sousa (1914), in 4/4",
          DNB, "dnb", "synth-brass lead, warm pad", qpm=168, lead=62, bass=39, chords=89),
    _band("frangesa_dnb", "frangesa", "'A Frangesa", "Mario Pasquale Costa (1894), in 4/4",
          DNB, "dnb", "accordion lead, choir pad", qpm=174, lead=21, bass=38, chords=91),
    _band("whistlingrufus_dnb", "whistling_rufus", "Whistling Rufus", "Kerry Mills (1899), in 4/4",
          DNB, "dnb", "whistle lead, halo pad", qpm=178, lead=78, bass=39, chords=94),
    # slow: pop ballad
    _band("piangero_ballad", "piangero", "Piangerò la sorte mia", "George Frideric Handel (1724), in 4/4",
          BALLAD, "ballad44", "violin lead, piano, string pad", qpm=58, lead=40, bass=33, chords=0),
    _band("castadiva_ballad", "casta_diva", "Casta diva", "Vincenzo Bellini (1831), re-barred in 4/4",
          BALLAD, "ballad44", "flute lead, warm pad", qpm=66, lead=73, bass=32, chords=89),
    _band("widmung_ballad", "widmung", "Widmung", "Robert Schumann (1840), re-barred in 4/4",
          BALLAD, "ballad44", "cello lead, strings", qpm=72, lead=42, bass=33, chords=49),
    # slow: r&b
    _band("extase_rnb", "extase", "Extase", "Henri Duparc (1874), in 4/4",
          RNB, "rnb", "alto-sax lead, electric piano", qpm=62, lead=65, bass=33, chords=4),
    _band("soupir_rnb", "soupir", "Soupir", "Henri Duparc (1869), in 4/4",
          RNB, "rnb", "clarinet lead, electric piano", qpm=70, lead=71, bass=34, chords=5),
    _band("phidyle_rnb", "phidyle", "Phidylé", "Henri Duparc (1882), in 4/4",
          RNB, "rnb", "oboe lead, organ", qpm=76, lead=68, bass=33, chords=16),
    _band("invitation_rnb", "invitation_voyage", "L'invitation au voyage", "Henri Duparc (1870), in 4/4",
          RNB, "rnb", "muted-trumpet lead, electric piano", qpm=84, lead=59, bass=33, chords=4),
    # slow: one-drop reggae
    _band("lagrima_onedrop", "lagrima", "Lágrima", "Francisco Tárrega (1891), re-barred in 4/4",
          ONEDROP, "onedrop", "organ skank on 2 and 4, nylon-guitar lead", qpm=66, lead=24, bass=33, chords=17),
    _band("sonntag_onedrop", "sonntag", "Sonntag", "Johannes Brahms (1868), in 4/4",
          ONEDROP, "onedrop", "guitar skank on 2 and 4, harmonica lead", qpm=74, lead=22, bass=33, chords=27),
    _band("litanei_onedrop", "litanei", "Litanei", "Franz Schubert (1816), in 4/4",
          ONEDROP, "onedrop", "organ skank on 2 and 4, trombone lead", qpm=80, lead=57, bass=34, chords=16),
    # hip-hop
    _band("miobelfoco_hiphop", "mio_bel_foco", "Il mio bel foco", "attributed to Benedetto Marcello, in 4/4",
          HIPHOP, "hiphop", "e-piano, vibraphone lead", qpm=82, lead=11, bass=38, chords=4),
    _band("musensohn_hiphop", "musensohn", "Der Musensohn", "Franz Schubert (1822), re-barred in 4/4",
          HIPHOP, "hiphop", "e-piano, flute lead", qpm=90, lead=73, bass=38, chords=5),
    _band("mandoline_hiphop", "mandoline", "Mandoline", "Gabriel Fauré (1891), re-barred in 4/4",
          HIPHOP, "hiphop", "e-piano, harp lead", qpm=96, lead=46, bass=38, chords=4),
    # funk
    _band("therese_funk", "therese", "Therese", "Johannes Brahms (1882), re-barred in 4/4",
          FUNK, "funk", "slap bass, brass stabs, tenor-sax lead", qpm=84, lead=66, bass=36, chords=61),
    _band("seligkeit_funk", "seligkeit", "Seligkeit", "Franz Schubert (1816), re-barred in 4/4",
          FUNK, "funk", "slap bass, clavinet stabs, trumpet lead", qpm=94, lead=56, bass=37, chords=7),
    _band("allmacht_funk", "allmacht", "Die Allmacht", "Franz Schubert (1825), in 4/4",
          FUNK, "funk", "slap bass, brass stabs, organ lead", qpm=102, lead=17, bass=36, chords=61),
]

PIECES: list[dict[str, Any]] = BAND
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in BAND}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout29.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
