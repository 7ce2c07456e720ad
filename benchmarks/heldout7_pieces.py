"""The pieces of real-heldout7 (benchmarks/make_realbeats_heldout7.py), fixed before any scoring.

Band arrangements as in real-heldout6 (``drums`` the style, ``programs`` the lead, ``band`` bass
and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the beat).
Style, tempo and notation follow each style's conventions, written out in
benchmarks/realbeats-heldout7.md; several sit where trackers halve or double (pop-punk 168,
rock 152, train beat 152, trap 144; r&b 66, pop ballad 64, one-drop 74, 6/8 ballad at 60 and
12/8 blues at 64 dotted quarters; Palestrina's 4/2 at 66-75 half notes).
"""

from __future__ import annotations

from typing import Any

from make_realbeats_heldout2 import _p

INLINE = dict(source="transcribed for this set (benchmarks/heldout7_tunes.py)",
              licence="public-domain melody (traditional, or composer died before 1900); transcription ours")
TRAD = "traditional"


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, *, lead: int,
          bass: int, chords: int, **kw: Any) -> dict[str, Any]:
    return _p(name, f"inline:{tune}", title, composer, style, drums=drums, programs=lead,
              band=dict(bass=bass, chords=chords), **{**INLINE, "bar": 1, "dur": 30, **kw})


BAND: list[dict[str, Any]] = [
    _band("oldfolks_poprock", "old_folks", "Old Folks at Home (Swanee River)", "Stephen Foster (1851)",
          "pop/rock 4/4 on clean guitar, 2 bars without drums, faster from the second pass", "poprock",
          lead=27, bass=34, chords=0, tempo=[(0, 116), (8, 116), (8, 124)], intro_bars=2, bar=0, loops=3),
    _band("cottoneye_punk", "cotton_eye", "Cotton-Eye Joe", "traditional American",
          "pop-punk 4/4 (quarter = 168, eighth hats, power chords on every beat) on overdriven guitar",
          "poprock", lead=29, bass=34, chords=30, qpm=168, loops=4),
    _band("oldjoe_rock", "old_joe_clark", "Old Joe Clark", "traditional American",
          "rock 4/4 (quarter = 152) on fiddle over distortion guitar", "poprock", lead=110, bass=33,
          chords=30, qpm=152, loops=4),
    _band("bellaciao_house", "bella_ciao", "Bella ciao", "traditional Italian",
          "house 4/4 (124): four on the floor, off-beat open hats, bass and stabs, synth-brass lead",
          "house", lead=62, bass=38, chords=90, qpm=124, loops=3),
    _band("joshua_funk", "joshua", "Joshua Fit the Battle of Jericho", "traditional (spiritual)",
          "funk 4/4 on tenor sax and clavinet, faster from the second pass", "funk", lead=66, bass=36,
          chords=7, tempo=[(0, 100), (8, 100), (8, 108)], loops=3),
    _band("sloop_onedrop", "sloop_john_b", "Sloop John B (The John B. Sails)", "traditional Bahamian",
          "reggae one-drop (quarter = 74): kick and rim on 3, organ skank on 2 and 4, melodica-like reed lead",
          "onedrop", lead=22, bass=33, chords=17, qpm=74, loops=2),
    _band("wade_afrobeat", "wade_water", "Wade in the Water", "traditional (spiritual)",
          "afrobeat 4/4 (108): busy kick, cowbell, interlocking sixteenth guitar, trumpet lead", "afrobeat",
          lead=56, bass=33, chords=27, qpm=108, loops=3),
    _band("nobody_rnb", "nobody_knows", "Nobody Knows the Trouble I've Seen", "traditional (spiritual)",
          "r&b 4/4 (quarter = 66): laid-back backbeat, e-piano pad, alto sax lead", "rnb", lead=65,
          bass=38, chords=4, qpm=66, loops=2),
    _band("kalinka_trap", "kalinka", "Kalinka", "Ivan Larionov (1860)",
          "trap (quarter = 144, clap on 3: half-time feel), pizzicato lead, long sub bass", "trap",
          lead=45, bass=38, chords=89, qpm=144, loops=4),
    _band("johnhenry_hiphop", "john_henry", "John Henry", "traditional American",
          "hip-hop 4/4 (92) on harmonica and e-piano, swung sixteenths", "hiphop", lead=22, bass=38,
          chords=5, qpm=92, swing16=0.58, loops=3),
    _band("yellowrose_disco", "yellow_rose", "The Yellow Rose of Texas", "anonymous (1858)",
          "disco 4/4 on strings and brass, tempo ramps up over 8 bars", "disco", lead=61, bass=33,
          chords=48, tempo=[(0, 114), (8, 124)], loops=3),
    _band("midnight_train", "midnight_special", "The Midnight Special", "traditional American",
          "country train beat 4/4 (quarter = 152): kick 1 and 3, snare eighths accented on 2 and 4, "
          "boom-chick bass and guitar, banjo lead", "train", lead=105, bass=32, chords=25, qpm=152, loops=4),
    _band("lochlomond_bossa", "loch_lomond", "Loch Lomond", "traditional Scottish",
          "bossa nova 4/4 (quarter = 132) on flute and nylon guitar: cajon surdo, 3-side clave, maraca",
          "bossa", lead=73, bass=32, chords=24, qpm=132, loops=3),
    _band("labamba_cumbia", "la_bamba", "La Bamba", "traditional Mexican (son jarocho)",
          "cumbia 4/4 (quarter = 96): thump on 1 and 3, slap and accordion on every \"and\", guacharaca",
          "cumbia", lead=21, bass=33, chords=21, qpm=96, loops=3),
    _band("bonnie_waltz", "my_bonnie", "My Bonnie Lies over the Ocean", "traditional Scottish",
          "waltz 3/4 (quarter = 150) on accordion and piano, 2 bars without drums, ritardando then a tempo",
          "waltz", lead=23, bass=32, chords=0, tempo=[(0, 150), (12, 150), (16, 120), (16, 150)],
          intro_bars=2, bar=0, loops=3),
    _band("lorelei_ballad", "lorelei", "Die Lorelei", "Friedrich Silcher (1837)",
          "6/8 ballad (dotted quarter = 60) on clarinet, guitar arpeggios, 2 bars without drums",
          "ballad68", lead=71, bass=32, chords=24, qpm=90, intro_bars=2, bar=0, loops=2),
    _band("careless_blues", "careless_love", "Careless Love", "traditional American",
          "12/8 slow blues (dotted quarter = 64): walking bass, triplet piano comp, ride triplets, organ lead",
          "blues128", lead=16, bass=33, chords=0, qpm=96, loops=2),
    _band("shenandoah_ballad", "shenandoah", "Shenandoah", "traditional American",
          "pop ballad 4/4 (quarter = 64), eighth hats, snare on 2 and 4, 2 bars without drums, oboe lead",
          "poprock", lead=68, bass=33, chords=48, qpm=64, intro_bars=2, bar=0, loops=2),
]

MONTE = "Claudio Monteverdi"
PAL = "G. P. da Palestrina"
FOLK_CLASSICAL: list[dict[str, Any]] = [
    _p("washerwoman_fiddle", "inline:irish_washerwoman", "The Irish Washerwoman", "traditional Irish",
       "6/8 jig (dotted quarter = 112) on fiddle", qpm=168, loops=6, programs=110, bar=0, dur=30, **INLINE),
    _p("arirang_flute", "inline:arirang", "Arirang", "traditional Korean",
       "3/4 song (quarter = 84) on shakuhachi", qpm=84, loops=2, programs=77, bar=0, dur=30, **INLINE),
    _p("tumbalalaika_accordion", "inline:tumbalalaika", "Tumbalalaika", "traditional (Yiddish)",
       "3/4 song (quarter = 138) on accordion", qpm=138, loops=2, programs=21, bar=0, dur=30, **INLINE),
    _p("santalucia_guitar", "inline:santa_lucia", "Santa Lucia", "Teodoro Cottrau (1849)",
       "3/4 barcarolle (quarter = 96) on nylon guitar", qpm=96, loops=3, programs=24, bar=0, dur=30, **INLINE),
    _p("wayfaring_horn", "inline:wayfaring", "The Wayfaring Stranger", "traditional American",
       "slow 4/4 (quarter = 68) on English horn", qpm=68, loops=2, programs=69, bar=0, dur=30, **INLINE),
    _p("clementine_celesta", "inline:clementine", "Oh My Darling, Clementine", "traditional American",
       "3/4 song (quarter = 120) on celesta", qpm=120, loops=2, programs=8, bar=0, dur=30, **INLINE),
    _p("monteverdi_3_5", "monteverdi/madrigal.3.5.mxl", "Madrigal, Book 3 No. 5", MONTE,
       "4/4 madrigal on recorders, clarinet and bassoon", qpm=100, programs=[74, 74, 71, 71, 70], bar=0, dur=30),
    _p("monteverdi_3_7", "monteverdi/madrigal.3.7.mxl", "Madrigal, Book 3 No. 7", MONTE,
       "4/4 madrigal on harpsichord and pizzicato strings", qpm=104, programs=[6, 6, 45, 45, 45], bar=0, dur=30),
    _p("monteverdi_3_9", "monteverdi/madrigal.3.9.mxl", "Madrigal, Book 3 No. 9", MONTE,
       "4/4 madrigal on piano, nylon guitars and acoustic bass", qpm=96, programs=[0, 0, 24, 24, 32], bar=0, dur=30),
    _p("palestrina_agnus_05", "palestrina/Agnus_05.krn", "Mass 5: Agnus Dei", PAL,
       "4/2 mass movement (beat = half note = 70) on organ", qpm=140, programs=19, bar=0, dur=30),
    _p("palestrina_kyrie_07", "palestrina/Kyrie_07.krn", "Mass 7: Kyrie", PAL,
       "4/2 mass movement (beat = half note = 66) on harp, pizzicato strings and acoustic bass", qpm=132,
       programs=[46, 46, 45, 45, 32, 32], bar=0, dur=30),
    _p("palestrina_sanctus_07", "palestrina/Sanctus_07.krn", "Mass 7: Sanctus", PAL,
       "4/2 mass movement (beat = half note = 75) on brass", qpm=150,
       programs=[56, 56, 60, 57, 58, 58], bar=0, dur=30),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
