"""The pieces of real-heldout26 (benchmarks/make_realbeats_heldout26.py), fixed before any scoring.

A **targeted** set (decided by convention, never by how any tracker does), **all undrummed**:
18 reels and hornpipes in 2/2 on solo instruments (the beat is the half note, as the earlier
sets annotate 2/2 reels): 13 reels (half note 84-112) and 5 hornpipes played with even eighths
(half note 80-96), running eighths, nothing marking the half note but the melody; six of the
reels with a light piano vamp from the tune's chord symbols (the renderer core's ``stride``
accompaniment: the chord's bass note on the first half note of the bar, the chord on the
second), the other twelve truly solo; and 6 slip jigs in 9/8 on solo instruments (beat = the
dotted quarter, three per bar; dotted quarter 100-126). No 6/8 jigs, no tempo changes, nothing
swung, no drums, so no kit (``KITS`` is empty).

Sound: SoundFonts only, **no bank of the training renders** (TimGM6mb and FluidR3_GM are not
used): half the pieces on **MuseScore General** (heldout8_pieces.MSG), half on the **csound
bank** (sf_GMbank, heldout9_pieces.CSOUND): 12 each, 7 reels, 2 hornpipes and 3 slip jigs on
MuseScore General, 6 reels, 3 hornpipes and 3 slip jigs on csound. See
benchmarks/realbeats-heldout26.md.
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout26_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout26_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# No drums in this set: no style, no kit.
KITS: dict[str, str] = {}

_msg = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=MSG).tune
_cs = PieceMaker(TUNES, INLINE, band_bank=CSOUND, tune_bank=CSOUND).tune
VAMP = dict(accomp="stride")  # the core's piano from the chord symbols: bass on half note 1, chord on 2


REELS: list[dict[str, Any]] = [
    _msg("blackberry_banjo", "blackberry", "The Blackberry Blossom", "traditional (Irish and American)",
         "reel in 2/2 (beat = half note = 104) on banjo, piano vamp", qpm=208, programs=105, **VAMP),
    _cs("shaskeen_fiddle", "shaskeen", "The Shaskeen", "traditional Irish",
        "reel in 2/2 (beat = half note = 96) on fiddle, solo", qpm=192, programs=110),
    _msg("sawyer_violin", "mississippi_sawyer", "Mississippi Sawyer", "traditional American",
         "reel in 2/2 (beat = half note = 108) on violin, piano vamp", qpm=216, programs=40, **VAMP),
    _cs("timour_bagpipe", "timour", "Timour the Tartar", "traditional (Scottish and Irish)",
        "reel in 2/2 (beat = half note = 88) on bagpipe, solo", qpm=176, programs=109),
    _msg("mullingar_accordion", "mullingar_lea", "The Mullingar Lea", "traditional Irish",
         "reel in 2/2 (beat = half note = 100) on accordion, piano vamp", qpm=200, programs=21, **VAMP),
    _cs("chicago_bandoneon", "chicago_reel", "The Chicago Reel", "traditional Irish",
        "reel in 2/2 (beat = half note = 92) on bandoneon (concertina-like reed), solo", qpm=184,
        programs=23),
    _msg("colliers_flute", "colliers_reel", "The Collier's Reel", "traditional Irish",
         "reel in 2/2 (beat = half note = 84) on flute, piano vamp", qpm=168, programs=73, **VAMP),
    _cs("cameronian_harp", "cameronian", "The Cameronian Reel", "traditional Scottish",
        "reel in 2/2 (beat = half note = 112) on harp, solo", qpm=224, programs=46),
    _msg("templehouse_guitar", "templehouse", "The Templehouse Reel", "traditional Irish",
         "reel in 2/2 (beat = half note = 94) on steel-string guitar, solo", qpm=188, programs=25),
    _cs("sciota_clarinet", "big_sciota", "Big Sciota", "traditional American",
        "reel in 2/2 (beat = half note = 106) on clarinet, piano vamp", qpm=212, programs=71, **VAMP),
    _msg("cabarfeidh_dulcimer", "cabar_feidh", "Cabar Feidh", "traditional Scottish",
         "reel in 2/2 (beat = half note = 90) on dulcimer, solo", qpm=180, programs=15),
    _cs("rachelrae_oboe", "rachel_rae", "Rachel Rae", "traditional Scottish",
        "reel in 2/2 (beat = half note = 98) on oboe, solo", qpm=196, programs=68),
    _msg("keelrow_whistle", "keel_row", "The Keel Row", "traditional Northumbrian",
         "reel in 2/2 (beat = half note = 102) on whistle, piano vamp", qpm=204, programs=78, **VAMP),
]

HORNPIPES: list[dict[str, Any]] = [
    _cs("durang_piano", "durang", "Durang's Hornpipe", "traditional American (1785)",
        "hornpipe in 2/2 (beat = half note = 88, even eighths) on piano, solo", qpm=176, programs=0),
    _msg("bantry_harmonica", "bantry_bay", "The Bantry Bay Hornpipe", "traditional Irish",
         "hornpipe in 2/2 (beat = half note = 80, even eighths) on harmonica, solo", qpm=160, programs=22),
    _cs("jackytar_marimba", "jacky_tar", "Jacky Tar", "traditional English",
        "hornpipe in 2/2 (beat = half note = 96, even eighths) on marimba, solo", qpm=192, programs=12),
    _msg("manchester_harpsichord", "manchester", "The Manchester Hornpipe", "traditional English",
         "hornpipe in 2/2 (beat = half note = 84, even eighths) on harpsichord, solo", qpm=168, programs=6),
    _cs("newcastle_guitar", "newcastle", "The Newcastle Hornpipe", "traditional Northumbrian",
        "hornpipe in 2/2 (beat = half note = 92, even eighths) on nylon-string guitar, solo", qpm=184,
        programs=24),
]

SLIP_JIGS: list[dict[str, Any]] = [
    _cs("hurryjug_accordion", "hurry_jug", "Hurry the Jug", "traditional Irish",
        "9/8 slip jig (dotted quarter = 120) on accordion, solo", qpm=180, programs=21),
    _msg("phisfliuch_fiddle", "phis_fliuch", "An Phis Fliuch", "traditional Irish",
         "9/8 slip jig (dotted quarter = 112) on fiddle, solo", qpm=168, programs=110),
    _msg("snug_xylophone", "snug_blanket", "The Snug in the Blanket", "traditional Irish",
         "9/8 slip jig (dotted quarter = 126) on xylophone, solo", qpm=189, programs=13),
    _cs("nancyhynes_banjo", "nancy_hynes", "Nancy Hynes", "traditional Irish",
        "9/8 slip jig (dotted quarter = 104) on banjo, solo", qpm=156, programs=105),
    _msg("bigman_clarinet", "big_man", "Is the Big Man Within", "traditional Irish",
         "9/8 slip jig (dotted quarter = 116) on clarinet, solo", qpm=174, programs=71),
    _cs("holey_koto", "holey_hapenny", "Holey Ha'penny", "traditional Northumbrian",
        "9/8 slip jig (dotted quarter = 100) on koto, solo", qpm=150, programs=107),
]

PIECES: list[dict[str, Any]] = REELS + HORNPIPES + SLIP_JIGS
# Tried, then left out before our tracker ran on the set, listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
# Key words this set's titles share with another set's (benchmarks/title_words.py), each reviewed:
# why this set's tune is another tune. None: every candidate with a hit was dropped before the
# render (benchmarks/realbeats-heldout26.md, "Choosing the titles").
REVIEWED_WORDS: dict[str, str] = {}
