"""The pieces of real-heldout6 (benchmarks/make_realbeats_heldout6.py), fixed before any scoring.

Band arrangements: ``drums`` names the style (heldout6_band.py), ``programs`` the lead (a GM
program of the csound bank), ``band`` the bass and chord programs, ``intro_bars`` drum-less bars
at the start (only in styles that keep the beat in the melody and chords: pop/rock, waltz,
ballad). Style, tempo and notation follow each style's conventions (why:
benchmarks/realbeats-heldout6.md). 14 of the 24 band arrangements are off-beat-heavy styles.
"""

from __future__ import annotations

from typing import Any

from make_realbeats_heldout2 import _p
from make_realbeats_heldout4 import ABCMIDI, ABCMIDI_META

INLINE = dict(source="transcribed for this set (benchmarks/heldout6_tunes.py)",
              licence="public-domain melody (traditional, or composer died before 1900); transcription ours")
TRAD = "traditional"


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, *, lead: int,
          bass: int, chords: int, **kw: Any) -> dict[str, Any]:
    return _p(name, f"inline:{tune}", title, composer, style, drums=drums, programs=lead,
              band=dict(bass=bass, chords=chords), **{**INLINE, "bar": 1, "dur": 30, **kw})


OFFBEAT: list[dict[str, Any]] = [
    _band("jingle_house", "jingle_bells", "Jingle Bells", "James Lord Pierpont (1857)",
          "house 4/4, four on the floor, off-beat open hats and bass, calliope lead, poly-synth stabs",
          "house", lead=82, bass=38, chords=90, qpm=124, loops=2),
    _band("goodking_house", "good_king", "Good King Wenceslas (Tempus adest floridum)", "traditional (Piae Cantiones, 1582)",
          "house 4/4 on glockenspiel, off-beat stabs and bass", "house", lead=9, bass=39, chords=90,
          qpm=126, loops=2),
    _band("michael_deephouse", "michael_row", "Michael, Row the Boat Ashore", "traditional (spiritual)",
          "deep house 4/4: e-piano lead, syncopated bass, rim on the off-sixteenth", "deephouse", lead=5,
          bass=39, chords=4, qpm=120, loops=5),
    _band("skip_garage", "skip_to_my_lou", "Skip to My Lou", "traditional American",
          "speed garage 4/4: skipping kick, off-beat hats, bass and stabs", "garage", lead=81, bass=38,
          chords=90, qpm=128, loops=5),
    _band("shortnin_funk", "shortnin_bread", "Shortnin' Bread", "traditional American",
          "funk 4/4: trumpet lead, slap bass in sixteenths, muted sixteenth guitar, snare on 2 and 4",
          "funk", lead=56, bass=36, chords=28, qpm=100, loops=4),
    _band("turkey_funk", "turkey_straw", "Turkey in the Straw", "traditional American",
          "funk 4/4 on alto sax and clavinet, faster from the second pass", "funk", lead=65, bass=33,
          chords=7, tempo=[(0, 104), (8, 104), (8, 112)], loops=4),
    _band("linstead_onedrop", "linstead_market", "Linstead Market", "traditional Jamaican",
          "reggae one-drop (quarter = 76): kick and rim on 3 only, organ skank on 2 and 4, flute lead",
          "onedrop", lead=73, bass=33, chords=16, qpm=76, loops=3),
    _band("hill_rockers", "hill_gully", "Hill and Gully Rider", "traditional Jamaican",
          "roots reggae, rockers drums (quarter = 84): kick on every beat, rim on 3, guitar skank on 2 and 4",
          "rockers", lead=64, bass=34, chords=27, qpm=84, loops=3),
    _band("mango_ska", "mango_walk", "Mango Walk", "traditional Jamaican",
          "ska 4/4 (quarter = 132): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=32, chords=27, qpm=132, loops=5),
    _band("water_rocksteady", "water_come", "Water Come a Me Eye", "traditional Jamaican",
          "rocksteady (quarter = 88): one-drop drums, piano skank on every off-beat, vibraphone lead",
          "rocksteady", lead=11, bass=33, chords=2, qpm=88, loops=3),
    _band("polly_disco", "polly_wolly", "Polly Wolly Doodle", "traditional American",
          "disco 4/4: four on the floor, off-beat open hats, octave bass, string pad and stabs",
          "disco", lead=62, bass=33, chords=50, qpm=118, loops=4),
    _band("buffalo_disco", "buffalo_gals", "Buffalo Gals", "traditional American (minstrel song, 1844)",
          "disco 4/4 on tenor sax, tempo ramps up over 8 bars", "disco", lead=66, bass=37, chords=48,
          tempo=[(0, 114), (8, 124)], loops=4),
    _band("riverside_afrobeat", "riverside", "Down by the Riverside", "traditional (spiritual)",
          "afrobeat 4/4: busy kick, cowbell, interlocking sixteenth guitar, brass lead", "afrobeat",
          lead=61, bass=33, chords=27, qpm=110, loops=4),
    _band("alouette_nudisco", "alouette", "Alouette", "traditional French-Canadian",
          "nu-disco 4/4: four on the floor, octave bass, off-beat stabs, voice lead", "nudisco",
          lead=85, bass=38, chords=5, qpm=122, loops=5),
]

OTHER_BAND: list[dict[str, Any]] = [
    _band("redriver_poprock", "red_river", "Red River Valley", "traditional American",
          "pop/rock 4/4 on steel guitar, 2 bars without drums, faster from the second pass", "poprock",
          lead=25, bass=34, chords=29, tempo=[(0, 108), (8, 108), (8, 120)], intro_bars=2, bar=0, loops=4),
    _band("macdonald_poprock", "old_macdonald", "Old MacDonald Had a Farm", "traditional",
          "pop/rock 4/4 on distortion guitar", "poprock", lead=30, bass=34, chords=29, qpm=126, loops=5),
    _band("swinglow_hiphop", "swing_low", "Swing Low, Sweet Chariot", "traditional (spiritual)",
          "hip-hop 4/4 on muted trumpet and e-piano, swung sixteenths", "hiphop", lead=59, bass=38,
          chords=4, qpm=86, swing16=0.58, loops=3),
    _band("auralee_rnb", "aura_lee", "Aura Lee", "George R. Poulton (1861)",
          "r&b 4/4 (quarter = 72): laid-back backbeat, synth voice lead, pad", "rnb", lead=54, bass=38,
          chords=88, qpm=72, loops=3),
    _band("korobeiniki_techno", "korobeiniki", "Korobeiniki", "traditional Russian",
          "techno 4/4: four on the floor, rim on 2 and 4, off-beat bass, saw lead", "techno", lead=81,
          bass=38, chords=95, qpm=132, loops=5),
    _band("volga_trap", "volga", "Song of the Volga Boatmen", "traditional Russian",
          "trap (quarter = 140, clap on 3: half-time feel), music box lead, long sub bass", "trap",
          lead=10, bass=38, chords=91, qpm=140, loops=5),
    _band("hava_dnb", "hava_nagila", "Hava Nagila", "traditional (Hasidic nigun)",
          "drum-and-bass 4/4 on square lead and pad", "dnb", lead=80, bass=39, chords=89, qpm=172, loops=5),
    _band("danube_waltz", "blue_danube", "The Blue Danube (waltz theme)", "Johann Strauss II (1866)",
          "pop waltz 3/4 on violin and piano, 2 bars without drums, ritardando then a tempo",
          "waltz", lead=40, bass=32, chords=0, tempo=[(0, 168), (12, 168), (16, 132), (16, 168)],
          intro_bars=2, bar=0, loops=3),
    _band("silent_ballad", "silent_night", "Silent Night (Stille Nacht)", "Franz Xaver Gruber (1818)",
          "6/8 ballad (dotted quarter = 56) on oboe, guitar arpeggios, 2 bars without drums", "ballad68",
          lead=68, bass=32, chords=24, qpm=84, intro_bars=2, bar=0, loops=2),
    _band("dreamer_ballad", "beautiful_dreamer", "Beautiful Dreamer", "Stephen Foster (1864)",
          "9/8 ballad (dotted quarter = 64) on viola, harp arpeggios", "ballad68", lead=41, bass=35,
          chords=46, qpm=96, loops=4),
]

MONTE = "Claudio Monteverdi"
PAL = "G. P. da Palestrina"
FOLK_CLASSICAL: list[dict[str, Any]] = [
    _p("londonderry_cello", "inline:londonderry", "Londonderry Air", "traditional Irish",
       "slow 4/4 air on cello", qpm=66, programs=42, bar=0, dur=30, **INLINE),
    _p("wiegenlied_musicbox", "inline:wiegenlied", "Wiegenlied (Brahms, Op. 49 No. 4)", "Johannes Brahms (1868)",
       "3/4 lullaby on music box", qpm=100, loops=2, programs=10, bar=0, dur=30, **INLINE),
    _p("monteverdi_5_2", "monteverdi/madrigal.5.2.mxl", "Madrigal, Book 5 No. 2", MONTE,
       "4/4 madrigal with continuo on harpsichord and pizzicato strings", qpm=108, programs=[6, 6, 45, 45, 45, 32], bar=0, dur=30),
    _p("monteverdi_5_5", "monteverdi/madrigal.5.5.mxl", "Madrigal, Book 5 No. 5", MONTE,
       "4/4 madrigal on brass", qpm=104, programs=[56, 56, 60, 57, 58, 58], bar=0, dur=30),
    _p("monteverdi_5_4", "monteverdi/madrigal.5.4.mxl", "Madrigal, Book 5 No. 4", MONTE,
       "4/4 madrigal on voice oohs", qpm=92, programs=[53, 53, 53, 53, 53], bar=0, dur=30),
    _p("monteverdi_5_6", "monteverdi/madrigal.5.6.mxl", "Madrigal, Book 5 No. 6", MONTE,
       "4/4 madrigal on a plucked consort (nylon guitars, harp, acoustic bass)", qpm=100, programs=[24, 24, 46, 46, 32], bar=0, dur=30),
    _p("monteverdi_5_7", "monteverdi/madrigal.5.7.mxl", "Madrigal, Book 5 No. 7", MONTE,
       "4/4 madrigal on marimba, vibraphone and piano", qpm=96, programs=[12, 12, 11, 0, 0], bar=0, dur=30),
    _p("palestrina_agnus", "palestrina/Agnus.krn", "Agnus Dei", PAL,
       "4/2 mass movement on brass", qpm=138, programs=[56, 56, 60, 57, 58, 58], bar=0, dur=30),
    _p("palestrina_benedictus_04", "palestrina/Benedictus_04.krn", "Benedictus (Mass 4)", PAL,
       "4/2 mass movement (beat = half note) on choir aahs", qpm=144, programs=52, bar=0, dur=30),
    _p("palestrina_kyrie_30", "palestrina/Kyrie_30.krn", "Kyrie (Mass 30)", PAL,
       "4/2 mass movement on organ", qpm=150, programs=19, bar=0, dur=30),
    _p("schumann_op41_1_m5", "schumann_robert/opus41no1/movement5.mxl",
       "String Quartet Op. 41 No. 1, finale", "Robert Schumann", "4/4 quartet finale (first 40 bars, before the 2/2) on strings",
       qpm=168, programs=[40, 40, 41, 42], bars=40, bar=4, dur=30),
    _p("dergasn_klezmer", ABCMIDI + "dergasn.abc", "Der gasn nign", "traditional klezmer",
       "3/8 dance tune on clarinet, faster from bar 12", loops=3, programs=71,
       tempo=[(0, 72), (12, 72), (12, 84)], bar=1, dur=30, **ABCMIDI_META),
]

PIECES: list[dict[str, Any]] = OFFBEAT + OTHER_BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = [  # renderer refusals (see the md)
    _p("monteverdi_4_1", "monteverdi/madrigal.4.1.mxl", "Madrigal, Book 4 No. 1", MONTE,
       "4/4 madrigal on recorders and bassoon", qpm=100, programs=[74, 74, 73, 71, 70], bar=0, dur=30),
    _p("monteverdi_4_3", "monteverdi/madrigal.4.3.mxl", "Madrigal, Book 4 No. 3", MONTE,
       "4/4 madrigal on voice oohs", qpm=92, programs=[53, 53, 53, 53, 53], bar=0, dur=30),
    _p("josquin_adieu", "josquin/adieuMesAmours.abc", "Adieu mes amours", "Josquin des Prez",
       "chanson on recorders", number=1, qpm=132, programs=[74, 73, 71, 70], bar=0, dur=30),
    _p("palestrina_gloria_19", "palestrina/Gloria_19_a.krn", "Gloria (Mass 19), first section", PAL,
       "4/2 mass movement on brass", qpm=138, programs=[56, 56, 60, 57, 58, 58], bar=0, dur=30),
    _p("monteverdi_5_3", "monteverdi/madrigal.5.3.mxl", "Madrigal, Book 5 No. 3", MONTE,
       "4/4 madrigal on recorders and bassoon", qpm=100, programs=[74, 74, 73, 71, 70], bar=0, dur=30),
    _p("palestrina_credo_11", "palestrina/Credo_11_e.krn", "Credo (Mass 11), Et iterum", PAL,
       "4/2 mass movement on string ensemble", qpm=132, programs=[48, 48, 49, 49], bar=0, dur=30),
]
