"""The pieces of real-heldout28 (benchmarks/make_realbeats_heldout28.py), fixed before any scoring.

28 excerpts, all drummed, composition decided by convention (never by how any tracker does): 14
band arrangements of half-time feels and breakbeats (half-time rock and trap four times each, UK
drill and drum-and-bass three times each; quarter 132-150 and 166-176) and 14 of slow drummed
music where the beat is slow (pop ballad three times, 60-70; slow r&b three times, 66-82;
one-drop reggae twice, 72-78; hip-hop three times, 84-94; funk three times, 86-100). No tempo
changes, nothing swung.

Band arrangements as in real-heldout6-25 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs), every style heldout10_band's (no new style). Bank order by
real-heldout25's README rule (the order used longest ago among those with at most one training
bank; it named real-heldout16's for the next set): **real-heldout16's order, csound bands /
FluidR3_GM folk**. Every piece here is a band piece, so only the band bank sounds: everything
plays on the csound GM bank (sf_GMbank) and **no bank of the training renders sounds** (the
folk bank, FluidR3_GM, plays nothing). **Drums: a synthesized kit per piece**, as in
real-heldout25 (benchmarks/synth_kits.py, ``band["kit"]``, ``synth:<family>-<seed>``), seeds
2801-2828, one each, no earlier set's, the four families rotated piece by piece (so each
four-piece style plays on all four, each three-piece style on three, seven kits per family);
``KITS`` (style -> kit) is empty. See benchmarks/realbeats-heldout28.md.
"""

from __future__ import annotations

from typing import Any

from heldout9_pieces import CSOUND, FLUID
from heldout28_tunes import TUNES
from heldout_piece_maker import PieceMaker, synth_kit_names

INLINE = dict(source="transcribed for this set (benchmarks/heldout28_tunes.py)",
              licence="public-domain melody (its writers dead more than 70 years and published "
                      "before 1929); transcription ours")

# style -> a kit for every piece of that style: none (each piece plays its own synthesized kit,
# PIECE_KITS; tests/test_heldout_sets.py checks that no kit plays twice, in this set or any other)
KITS: dict[str, str] = {}

_make = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=FLUID)

HT = "half-time rock 4/4 (quarter = {q}): snare on 3, {lead}"
TRAP = "trap (quarter = {q}): clap on 3 (half-time feel), sixteenth hats with rolls, {lead}"
DRILL = "UK drill (quarter = {q}): half-time clap on 3 and a late one, triplet hats, long 808, {lead}"
DNB = "drum-and-bass 4/4 (quarter = {q}): two-step kick, snare 2 and 4, {lead}"
BALLAD = "pop ballad 4/4 (quarter = {q}): kick 1 and 3, snare 2 and 4, {lead}"
RNB = "slow r&b 4/4 (quarter = {q}): laid-back backbeat on 2 and 4, kick on 1 and the ands of 2 and 3, {lead}"
ONEDROP = "one-drop reggae 4/4 (quarter = {q}): kick and rim on 3 only, {lead}"
HIPHOP = "hip-hop 4/4 (quarter = {q}, straight): boom-bap kick, snare on 2 and 4, sixteenth hats, {lead}"
FUNK = "funk 4/4 (quarter = {q}): off-beat stabs, syncopated bass, sixteenth hats, {lead}"
_kits = synth_kit_names(2801, 28)


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, lead_text: str, *,
          qpm: int, **kw: Any) -> dict[str, Any]:
    """A band arrangement that plays its own kit (``band["kit"]``): the next seed, families in turn."""
    p = _make.band(name, tune, title, composer, style.format(q=qpm, lead=lead_text), drums, qpm=qpm, **kw)
    p["band"]["kit"] = next(_kits)
    return p


BAND: list[dict[str, Any]] = [
    # half-time rock
    _band("rifleregiment_halftime", "rifle_regiment", "The Rifle Regiment", "John Philip Sousa (1886), in 4/4",
          HT, "halftime", "trumpet lead, overdriven-guitar chords", qpm=136, lead=56, bass=34, chords=29),
    _band("occidental_halftime", "occidental", "The Occidental", "John Philip Sousa (1887), in 4/4",
          HT, "halftime", "distortion-guitar lead, organ chords", qpm=144, lead=30, bass=33, chords=16),
    _band("diplomat_halftime", "diplomat", "The Diplomat", "John Philip Sousa (1904), in 4/4",
          HT, "halftime", "alto-sax lead, piano chords", qpm=150, lead=65, bass=34, chords=0),
    _band("charlatan_halftime", "charlatan", "The Charlatan", "John Philip Sousa (1898), in 4/4",
          HT, "halftime", "clarinet lead, muted-guitar chords", qpm=132, lead=71, bass=33, chords=28),
    # trap
    _band("pineapple_trap", "pine_apple", "Pine Apple Rag", "Scott Joplin (1908), in 4/4",
          TRAP, "trap", "bell lead", qpm=140, lead=14, bass=38, chords=89),
    _band("felicity_trap", "felicity", "Felicity Rag", "Scott Joplin and Scott Hayden (1911), in 4/4",
          TRAP, "trap", "flute lead", qpm=134, lead=73, bass=38, chords=90),
    _band("powder_trap", "powder", "Powder Rag", "Charles L. Johnson (1908), in 4/4",
          TRAP, "trap", "kalimba lead", qpm=148, lead=108, bass=39, chords=88),
    _band("snookums_trap", "snookums", "Snookums Rag", "Charles L. Johnson (1918), in 4/4",
          TRAP, "trap", "saw lead", qpm=144, lead=81, bass=38, chords=92),
    # UK drill
    _band("dixiedimples_drill", "dixie_dimples", "Dixie Dimples", "James Scott (1918), in 4/4",
          DRILL, "drill", "violin lead", qpm=140, lead=40, bass=38, chords=49),
    _band("ragsentimental_drill", "rag_sentimental", "Rag Sentimental", "James Scott (1918), in 4/4",
          DRILL, "drill", "piano lead", qpm=146, lead=0, bass=38, chords=89),
    _band("crazybone_drill", "crazy_bone", "Crazy Bone Rag", "Charles L. Johnson (1913), in 4/4",
          DRILL, "drill", "xylophone lead", qpm=138, lead=13, bass=38, chords=48),
    # drum-and-bass
    _band("brideelect_dnb", "bride_elect", "The Bride Elect", "John Philip Sousa (1897), in 4/4",
          DNB, "dnb", "trumpet lead, string pad", qpm=176, lead=56, bass=38, chords=48),
    _band("federal_dnb", "federal", "The Federal", "John Philip Sousa (1910), in 4/4",
          DNB, "dnb", "sawtooth lead, warm pad", qpm=166, lead=81, bass=39, chords=89),
    _band("vanishedarmy_dnb", "vanished_army", "The Vanished Army", "Kenneth J. Alford (1918), in 4/4",
          DNB, "dnb", "piccolo lead, choir pad", qpm=172, lead=72, bass=38, chords=91),
    # slow: pop ballad
    _band("vocalise_ballad", "vocalise", "Vocalise", "Sergei Rachmaninoff (1915), in 4/4",
          BALLAD, "ballad44", "cello lead, piano, string pad", qpm=64, lead=42, bass=33, chords=0),
    _band("rosary_ballad", "rosary", "The Rosary", "Ethelbert Nevin (1898), in 4/4",
          BALLAD, "ballad44", "oboe lead, warm pad", qpm=68, lead=68, bass=32, chords=89),
    _band("serenata_ballad", "serenata", "Serenata (Toselli)", "Enrico Toselli (1900), in 4/4",
          BALLAD, "ballad44", "flute lead, strings", qpm=60, lead=73, bass=33, chords=49),
    # slow: r&b
    _band("sospiri_rnb", "sospiri", "Sospiri", "Edward Elgar (1914), in 4/4",
          RNB, "rnb", "violin lead, electric piano", qpm=66, lead=40, bass=33, chords=4),
    _band("consolation_rnb", "consolation", "Consolation No. 3", "Franz Liszt (1850), in 4/4",
          RNB, "rnb", "tenor-sax lead, electric piano", qpm=74, lead=66, bass=33, chords=5),
    _band("gnossienne_rnb", "gnossienne", "Gnossienne No. 1", "Erik Satie (1893), re-barred in 4/4",
          RNB, "rnb", "english-horn lead, organ", qpm=82, lead=69, bass=34, chords=16),
    # slow: one-drop reggae
    _band("lauralee_onedrop", "laura_lee", "Laura Lee", "Stephen Foster (1851), in 4/4",
          ONEDROP, "onedrop", "organ skank on 2 and 4, harmonica lead", qpm=72, lead=22, bass=33, chords=17),
    _band("glendyburk_onedrop", "glendy_burk", "The Glendy Burk", "Stephen Foster (1860), in 4/4",
          ONEDROP, "onedrop", "guitar skank on 2 and 4, trumpet lead", qpm=78, lead=56, bass=33, chords=27),
    # hip-hop
    _band("broadway_hiphop", "broadway", "Broadway Rag", "James Scott (1922), in 4/4",
          HIPHOP, "hiphop", "e-piano, vibraphone lead", qpm=88, lead=11, bass=38, chords=4),
    _band("arabesque_hiphop", "arabesque", "Arabesque No. 1", "Claude Debussy (1891), in 4/4",
          HIPHOP, "hiphop", "e-piano, harp lead", qpm=84, lead=46, bass=38, chords=5),
    _band("jeteveux_hiphop", "je_te_veux", "Je te veux", "Erik Satie (1902), re-barred in 4/4",
          HIPHOP, "hiphop", "e-piano, muted-trumpet lead", qpm=94, lead=59, bass=38, chords=4),
    # funk
    _band("cleopha_funk", "cleopha", "Cleopha", "Scott Joplin (1902), in 4/4",
          FUNK, "funk", "slap bass, brass stabs, tenor-sax lead", qpm=100, lead=66, bass=36, chords=61),
    _band("whywesmile_funk", "why_we_smile", "Why We Smile", "Charles Hunter (1903), in 4/4",
          FUNK, "funk", "slap bass, clavinet stabs, organ lead", qpm=92, lead=17, bass=37, chords=7),
    _band("fascinator_funk", "fascinator", "The Fascinator", "James Scott (1903), in 4/4",
          FUNK, "funk", "slap bass, brass stabs, soprano-sax lead", qpm=86, lead=64, bass=36, chords=61),
]

PIECES: list[dict[str, Any]] = BAND
# piece -> its synthesized kit (synth_kits: synth:<family>-<seed>), each played by that piece only
PIECE_KITS: dict[str, str] = {p["name"]: p["band"]["kit"] for p in BAND}
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout28.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
