"""The pieces of real-heldout25 (benchmarks/make_realbeats_heldout25.py), fixed before any scoring.

32 excerpts, composition decided by convention (never by how any tracker does): 16 band
arrangements of half-time feels and breakbeats (half-time rock, trap, UK drill and
drum-and-bass, four each), 8 band arrangements of slow music (pop ballad three times, slow r&b
three times, one-drop reggae twice) and 8 undrummed pieces on solo instruments (four slow hymn
tunes in 4/4, four 6/8 jigs). No tempo changes, nothing swung.

Band arrangements as in real-heldout6-24 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style), on the MuseScore General
bank; the hymns and jigs undrummed on the csound bank (sf_GMbank). Bank order by real-heldout24's
README rule (the order used longest ago among those with at most one training bank):
real-heldout15's, **MuseScore General bands, csound folk** (used once, ten sets back; no bank of
the training renders). **Drums: a synthesized kit per piece** (benchmarks/synth_kits.py): every
Hydrogen kit had played every style by real-heldout24, so no Hydrogen kit and no SoundFont drum
kit plays here; each drummed piece carries its own freshly seeded kit in ``band["kit"]``
(``synth:<family>-<seed>``, seeds 2501-2524, one each, the four families rotated so that every
four-piece style plays on all four), which make_realbeats_heldout6.kit_of takes before the
style's table; so ``KITS`` (style -> kit) is empty. See benchmarks/realbeats-heldout25.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout25_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout25_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each piece plays its own synthesized kit,
# PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_tune = _make.tune


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, *, kit: str,
          **kw: Any) -> dict[str, Any]:
    """A band arrangement that plays its own kit (``band["kit"]``)."""
    p = _make.band(name, tune, title, composer, style, drums, **kw)
    p["band"]["kit"] = kit
    return p


BAND: list[dict[str, Any]] = [
    # half-time rock
    _band("picador_halftime", "picador", "The Picador", "John Philip Sousa (1889), in 4/4",
          "half-time rock 4/4 (quarter = 136): snare on 3, driven eighth hats, distortion-guitar lead",
          "halftime", kit="synth:acoustic-2501", lead=30, bass=34, chords=29, qpm=136),
    _band("beauideal_halftime", "beau_ideal", "The Beau Ideal", "John Philip Sousa (1893), in 4/4",
          "half-time rock 4/4 (quarter = 144): snare on 3, trumpet lead, overdriven-guitar chords",
          "halftime", kit="synth:analog-2502", lead=56, bass=33, chords=29, qpm=144),
    _band("directorate_halftime", "directorate", "The Directorate", "John Philip Sousa (1894), in 4/4",
          "half-time rock 4/4 (quarter = 150): snare on 3, organ lead, muted-guitar chords",
          "halftime", kit="synth:lofi-2503", lead=16, bass=34, chords=28, qpm=150),
    _band("corcoran_halftime", "corcoran", "The Corcoran Cadets", "John Philip Sousa (1890), in 4/4",
          "half-time rock 4/4 (quarter = 132): snare on 3, tenor-sax lead, piano chords",
          "halftime", kit="synth:fm-2504", lead=66, bass=33, chords=0, qpm=132),
    # trap
    _band("porcupine_trap", "porcupine", "Porcupine Rag", "Charles L. Johnson (1909), in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with rolls, synth-brass lead",
          "trap", kit="synth:analog-2505", lead=62, bass=38, chords=89, qpm=140),
    _band("possum_trap", "possum_taters", "Possum and Taters", "Charles Hunter (1900), in 4/4",
          "trap (quarter = 134): clap on 3 (half-time feel), sixteenth hats with rolls, music-box lead",
          "trap", kit="synth:fm-2506", lead=10, bass=38, chords=90, qpm=134),
    _band("searchlight_trap", "searchlight", "Searchlight Rag", "Scott Joplin (1907), in 4/4",
          "trap (quarter = 148): clap on 3 (half-time feel), sixteenth hats with rolls, pan-flute lead",
          "trap", kit="synth:acoustic-2507", lead=75, bass=38, chords=88, qpm=148),
    _band("reflection_trap", "reflection", "Reflection Rag", "Scott Joplin (1917), in 4/4",
          "trap (quarter = 144): clap on 3 (half-time feel), sixteenth hats with rolls, glockenspiel lead",
          "trap", kit="synth:lofi-2508", lead=9, bass=39, chords=92, qpm=144),
    # UK drill
    _band("paramount_drill", "paramount", "Paramount Rag", "James Scott (1917), in 4/4",
          "UK drill (quarter = 140): half-time clap on 3 and a late one, triplet hats, long 808, "
          "cello lead", "drill", kit="synth:fm-2509", lead=42, bass=38, chords=49, qpm=140),
    _band("peaceplenty_drill", "peace_plenty", "Peace and Plenty Rag", "James Scott (1919), in 4/4",
          "UK drill (quarter = 144): half-time clap on 3 and a late one, triplet hats, long 808, "
          "marimba lead", "drill", kit="synth:lofi-2510", lead=12, bass=38, chords=89, qpm=144),
    _band("newera_drill", "new_era", "New Era Rag", "James Scott (1919), in 4/4",
          "UK drill (quarter = 138): half-time clap on 3 and a late one, triplet hats, long 808, "
          "oboe lead", "drill", kit="synth:analog-2511", lead=68, bass=38, chords=48, qpm=138),
    _band("pegasus_drill", "pegasus", "Pegasus", "James Scott (1920), in 4/4",
          "UK drill (quarter = 146): half-time clap on 3 and a late one, triplet hats, long 808, "
          "harmonica lead", "drill", kit="synth:acoustic-2512", lead=22, bass=38, chords=91, qpm=146),
    # drum-and-bass
    _band("loyallegion_dnb", "loyal_legion", "The Loyal Legion", "John Philip Sousa (1890), in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, vibraphone lead, warm pad",
          "dnb", kit="synth:lofi-2513", lead=11, bass=38, chords=89, qpm=174),
    _band("crusader_dnb", "crusader", "The Crusader", "John Philip Sousa (1888), in 4/4",
          "drum-and-bass 4/4 (quarter = 170): two-step kick, snare 2 and 4, clarinet lead, string pad",
          "dnb", kit="synth:acoustic-2514", lead=71, bass=39, chords=48, qpm=170),
    _band("mysticshrine_dnb", "mystic_shrine", "Nobles of the Mystic Shrine", "John Philip Sousa (1923), in 4/4",
          "drum-and-bass 4/4 (quarter = 178): two-step kick, snare 2 and 4, square lead, halo pad",
          "dnb", kit="synth:fm-2515", lead=80, bass=38, chords=94, qpm=178),
    _band("dauntless_dnb", "dauntless", "The Dauntless Battalion", "John Philip Sousa (1922), in 4/4",
          "drum-and-bass 4/4 (quarter = 168): two-step kick, snare 2 and 4, e-piano lead, choir pad",
          "dnb", kit="synth:analog-2516", lead=4, bass=38, chords=91, qpm=168),
    # slow: pop ballad
    _band("gymnopedie_ballad", "gymnopedie", "Gymnopédie No. 1", "Erik Satie (1888), re-barred in 4/4",
          "pop ballad 4/4 (quarter = 62): kick 1 and 3, snare 2 and 4, piano, string pad, flute lead",
          "ballad44", kit="synth:acoustic-2517", lead=73, bass=33, chords=0, qpm=62),
    _band("reverie_ballad", "reverie", "Rêverie", "Claude Debussy (1890), in 4/4",
          "pop ballad 4/4 (quarter = 68): kick 1 and 3, snare 2 and 4, nylon-guitar lead, warm pad",
          "ballad44", kit="synth:analog-2518", lead=24, bass=32, chords=89, qpm=68),
    _band("nimrod_ballad", "nimrod", "Nimrod", "Edward Elgar (1899), re-barred in 4/4",
          "pop ballad 4/4 (quarter = 64): kick 1 and 3, snare 2 and 4, french-horn lead, strings",
          "ballad44", kit="synth:lofi-2519", lead=60, bass=33, chords=49, qpm=64),
    # slow: r&b
    _band("pavane_rnb", "pavane", "Pavane", "Gabriel Fauré (1887), in 4/4",
          "slow r&b 4/4 (quarter = 72): laid-back backbeat on 2 and 4, kick on 1 and the ands of 2 "
          "and 3, alto-sax lead, electric piano", "rnb", kit="synth:fm-2520", lead=65, bass=33, chords=4, qpm=72),
    _band("elegie_rnb", "elegie", "Élégie", "Jules Massenet (1875), re-barred in 4/4",
          "slow r&b 4/4 (quarter = 66): laid-back backbeat on 2 and 4, kick on 1 and the ands of 2 "
          "and 3, violin lead, electric piano", "rnb", kit="synth:analog-2521", lead=40, bass=33, chords=5, qpm=66),
    _band("intermezzo_rnb", "intermezzo", "Intermezzo (Cavalleria rusticana)", "Pietro Mascagni (1890), in 4/4",
          "slow r&b 4/4 (quarter = 80): laid-back backbeat on 2 and 4, kick on 1 and the ands of 2 "
          "and 3, soprano-sax lead, organ", "rnb", kit="synth:acoustic-2522", lead=64, bass=34, chords=16, qpm=80),
    # slow: one-drop reggae
    _band("olddogtray_onedrop", "old_dog_tray", "Old Dog Tray", "Stephen Foster (1853), in 4/4",
          "one-drop reggae 4/4 (quarter = 74): kick and rim on 3 only, organ skank on 2 and 4, "
          "melodica-like reed lead", "onedrop", kit="synth:lofi-2523", lead=22, bass=33, chords=17, qpm=74),
    _band("ellenbayne_onedrop", "ellen_bayne", "Ellen Bayne", "Stephen Foster (1854), in 4/4",
          "one-drop reggae 4/4 (quarter = 78): kick and rim on 3 only, guitar skank on 2 and 4, "
          "trombone lead", "onedrop", kit="synth:fm-2524", lead=57, bass=33, chords=27, qpm=78),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("eventide_organ", "eventide", "Abide with Me (Eventide)", "William Henry Monk (1861)",
          "hymn in 4/4 (quarter = 60) on church organ", qpm=60, programs=19),
    # replaced Now Thank We All Our God (Nun danket) (REJECTED)
    _tune("melcombe_horn", "melcombe", "Melcombe", "Samuel Webbe (1782)",
          "hymn in 4/4 (quarter = 66) on french horn", qpm=66, programs=60),
    _tune("ebenezer_cello", "ebenezer", "Ebenezer (Ton-y-Botel)", "Thomas John Williams (1890)",
          "hymn in 4/4 (quarter = 56) on cello", qpm=56, programs=42),
    _tune("darwall_clarinet", "darwall", "Darwall's 148th", "John Darwall (1770)",
          "hymn in 4/4 (quarter = 72) on clarinet", qpm=72, programs=71),
    _tune("scotsman_pipes", "scotsman_border", "The Scotsman over the Border", "traditional Irish",
          "jig in 6/8 (dotted quarter = 112) on bagpipe", qpm=168, programs=109),
    _tune("brianolynn_flute", "brian_olynn", "Brian O'Lynn", "traditional Irish",
          "jig in 6/8 (dotted quarter = 104) on flute", qpm=156, programs=73),
    _tune("legacy_fiddle", "legacy", "The Legacy Jig", "traditional Irish",
          "jig in 6/8 (dotted quarter = 118) on fiddle", qpm=177, programs=110),
    _tune("petticoat_accordion", "petticoat_loose", "Petticoat Loose", "traditional Irish",
          "jig in 6/8 (dotted quarter = 100) on accordion", qpm=150, programs=21),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in BAND}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = [
    # dropped while the render ran (its excerpt deleted, before any check or anchor): its melody
    # is the chorale Nun danket alle Gott, which real-train holds in Bach's setting (music21's
    # bach/bwv252.mxl, titled by its file name, so neither the scan nor the title screen saw it);
    # replaced by Melcombe
    _tune("nundanket_horn", "nun_danket", "Now Thank We All Our God (Nun danket)", "Johann Crüger (1647)",
          "chorale in 4/4 (quarter = 66) on french horn", qpm=66, programs=60),
]
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout25.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
