"""The pieces of real-heldout5 (benchmarks/make_realbeats_heldout5.py), fixed before any scoring.

Band arrangements: ``drums`` names the style (heldout5_band.py), ``programs`` the lead,
``band`` the bass and chord programs, ``intro_bars`` drum-less bars at the start. Style, tempo
and notation follow each style's conventions (why: benchmarks/realbeats-heldout5.md).
"""

from __future__ import annotations

from typing import Any

from make_realbeats_heldout2 import _p
from make_realbeats_heldout4 import ABCMIDI, ABCMIDI_META

T0, T1, V0 = "essenFolksong/test0.abc", "essenFolksong/test1.abc", "essenFolksong/variant0.abc"
ESSEN = "traditional (Essen folksong collection, test files)"
GERMAN = "traditional German (Essen folksong collection, variants)"
INLINE = dict(source="transcribed for this set (benchmarks/heldout5_tunes.py)",
              licence="public-domain melody (traditional, or composer died before 1900); transcription ours")


def _band(name: str, src: str, title: str, composer: str, style: str, drums: str, *, lead: int,
          bass: int, chords: int, **kw: Any) -> dict[str, Any]:
    meta = INLINE if src.startswith("inline:") else {}
    return _p(name, src, title, composer, style, drums=drums, programs=lead,
              band=dict(bass=bass, chords=chords), **{**meta, **kw})


BAND: list[dict[str, Any]] = [
    _band("saints_shuffle", "inline:saints", "When the Saints Go Marching In", "traditional (spiritual)",
          "shuffle blues 4/4 on tenor sax, boogie bass, piano on 2 and 4", "shuffle", lead=66, bass=33,
          chords=0, qpm=96, swing=0.67, loops=2, bar=1, dur=30),
    _band("susanna_poprock", "inline:susanna", "Oh! Susanna", "Stephen Foster (1848)",
          "pop/rock 4/4 on harmonica and overdrive guitar, 2 bars without drums, faster from the second verse",
          "poprock", lead=22, bass=34, chords=29, tempo=[(0, 112), (8, 112), (8, 124)], intro_bars=2,
          loops=2, bar=0, dur=30),
    _band("ode_trance", "inline:ode", "Ode to Joy (Symphony No. 9, finale theme)", "L. van Beethoven (1824)",
          "trance 4/4 on saw lead and pad, off-beat bass, tempo ramps up over 8 bars", "trance", lead=81,
          bass=38, chords=89, tempo=[(0, 128), (8, 138)], loops=3, bar=0, dur=30),
    _band("sailor_dnb", "inline:sailor", "Drunken Sailor", "traditional (sea shanty)",
          "drum-and-bass 4/4, two-step break, square lead over a sweep pad", "dnb", lead=80, bass=39,
          chords=95, qpm=174, loops=3, bar=1, dur=30),
    _band("frere_jacques_dembow", "inline:frere_jacques", "Frere Jacques", "traditional French (round)",
          "reggaeton 4/4 (dembow) on marimba and nylon guitar, 808 kit", "dembow", lead=12,
          bass=38, chords=24, qpm=96, loops=3, bar=1, dur=30),
    _band("sakura_hiphop", T0, "Sakura", "traditional Japanese (Essen test file)",
          "hip-hop 4/4 on koto and e-piano, swung sixteenths, 808 kit", "hiphop", number=5, lead=107,
          bass=33, chords=4, qpm=84, swing16=0.6, loops=2, bar=1, dur=30),
    _band("sterben_halftime", T1, "Sterben ist ein harte Buss", ESSEN,
          "rock 4/4 with a half-time feel (snare on 3) on distorted guitar", "halftime", number=20,
          lead=30, bass=34, chords=29, qpm=144, loops=5, bar=1, dur=30),
    _band("ladrangan_house", T0, "Ladrangan Bima Kurda", "traditional Javanese (Essen test file)",
          "house 4/4, four on the floor, vibraphone lead, poly-synth stabs", "house", number=10, lead=11,
          bass=38, chords=90, qpm=124, loops=1, bar=1, dur=30),
    _band("rosestock_waltz", T1, "Rosestock, Holderblueh", ESSEN,
          "pop waltz 3/4 on accordion and nylon guitar, 4 bars without drums", "waltz", number=6,
          lead=21, bass=32, chords=24, qpm=150, intro_bars=4, loops=3, bar=0, dur=30),
    _band("nacht_ballad", T0, "Ich hab die Nacht getraeumet", ESSEN,
          "6/8 ballad on piano, guitar arpeggios, 2 bars without drums", "ballad68", number=1, lead=0,
          bass=35, chords=25, qpm=87, intro_bars=2, loops=3, bar=0, dur=30),
    _band("rising_sun_ballad", "inline:rising_sun", "House of the Rising Sun", "traditional (American folk song)",
          "6/8 ballad on organ, guitar arpeggios, ritardando into the second verse", "ballad68", lead=16,
          bass=33, chords=27, tempo=[(0, 99), (14, 99), (16, 78), (16, 99)], loops=2, bar=8, dur=30),
    _band("amazing_grace_waltz", "inline:amazing_grace", "Amazing Grace (New Britain)", "traditional (hymn tune)",
          "slow pop waltz 3/4 on pan flute and piano, 2 bars without drums", "waltz", lead=75, bass=32,
          chords=1, qpm=84, intro_bars=2, loops=2, bar=0, dur=30),
    _band("yankee_funk", "inline:yankee_doodle", "Yankee Doodle", "traditional (American)",
          "funk 4/4: brass lead, clavinet stabs, syncopated slap bass, sixteenth hats", "funk", lead=61,
          bass=36, chords=7, qpm=104, loops=2, bar=1, dur=30),
    _band("auld_lang_syne_pop", "inline:auld_lang_syne", "Auld Lang Syne", "traditional Scottish",
          "pop/rock ballad 4/4 on piano and strings", "poprock", lead=0, bass=33, chords=48, qpm=88,
          loops=2, bar=1, dur=30),
    _band("camptown_folkpop", "inline:camptown", "Camptown Races", "Stephen Foster (1850)",
          "folk-pop 4/4 on banjo, strummed steel guitar", "folkpop", lead=105, bass=32, chords=25,
          qpm=120, loops=3, bar=1, dur=30),
    _band("scarborough_waltz", "inline:scarborough", "Scarborough Fair", "traditional English",
          "pop waltz 3/4 on flute and harp, 2 bars without drums", "waltz", lead=73, bass=35, chords=46,
          qpm=126, intro_bars=2, loops=2, bar=0, dur=30),
    _band("simple_gifts_hiphop", "inline:simple_gifts", "Simple Gifts", "Joseph Brackett (1848, Shaker song)",
          "hip-hop 4/4 on muted trumpet and e-piano, swung sixteenths, 808 kit", "hiphop", lead=59,
          bass=38, chords=4, qpm=92, swing16=0.56, loops=2, bar=1, dur=30),
    _band("boys_celtic", ABCMIDI + "boys.abc", "The Boys of Carrigallen", "traditional Irish (O'Neill's 210)",
          "Celtic rock 6/8 on whistle, guitar arpeggios", "celtic68", lead=78, bass=34, chords=25,
          qpm=168, loops=3, bar=1, dur=30, **ABCMIDI_META),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _p("moli_hua", T1, "Moli hua (Jasmine Flower)", "traditional Chinese (Essen test file)",
       "slow 2/4 song on flute", number=9, qpm=66, programs=73, bar=0, dur=30),
    _p("taiyang_chulai", T0, "Taiyang chulai xiyangyang", "traditional Chinese (Essen test file)",
       "2/4 song on kalimba", number=12, qpm=108, loops=4, programs=108, bar=1, dur=30),
    _p("yang_guan", T0, "Yang-Guan San Tie", "traditional Chinese (Essen test file)",
       "slow 2/4 song on koto", number=6, qpm=80, programs=107, bar=0, dur=30),
    _p("xiu_he_bao", T1, "Xiu he bao", "traditional Chinese (Essen test file)",
       "2/4 song on shamisen", number=8, qpm=96, loops=5, programs=106, bar=1, dur=30),
    _p("gemuetlichkeit", V0, "Es geht nix ueber die Gemuetlichkeit", GERMAN,
       "2/4 song on accordion, faster the second time", number=6, loops=5, programs=21,
       tempo=[(0, 120), ("loop2", 120), ("loop2", 138)], bar=1, dur=30),
    _p("buechabecher", V0, "Der Buechabecher Boder", GERMAN, "2/4 song on clarinet, accelerando",
       number=23, loops=2, programs=71, tempo=[(0, 104), (20, 132)], bar=1, dur=30),
    _p("cucaracha_verse", T0, "La Cucaracha (CUCA 1)", ESSEN, "3/4 song on marimba", number=2,
       qpm=138, loops=2, programs=12, bar=1, dur=30),
    _p("monteverdi_3_4", "monteverdi/madrigal.3.4.mxl", "Madrigal, Book 3 No. 4", "Claudio Monteverdi",
       "4/4 madrigal on harpsichords and strings", qpm=112,
       programs=[6, 6, 41, 42, 42], bar=0, dur=30),
    _p("monteverdi_3_2", "monteverdi/madrigal.3.2.mxl", "Madrigal, Book 3 No. 2", "Claudio Monteverdi",
       "4/4 madrigal on choir aahs and strings", qpm=104, programs=[52, 52, 48, 48, 42], bar=0, dur=30),
    _p("monteverdi_3_3", "monteverdi/madrigal.3.3.mxl", "Madrigal, Book 3 No. 3", "Claudio Monteverdi",
       "4/4 madrigal on a plucked consort (nylon guitars, harps, acoustic bass)", qpm=96,
       programs=[24, 24, 46, 46, 32], bar=0, dur=30),
    _p("clara_trio_m3", "schumann_clara/opus17/movement3.xml", "Piano Trio Op. 17, III. Andante",
       "Clara Schumann", "6/8 piano trio", qpm=84, programs=[40, 42, 0, 0], bars=24, bar=0, dur=30),
    _p("beethoven_op59n2_m4", "beethoven/opus59no2/movement4.mxl",
       "String Quartet Op. 59 No. 2, IV. Finale (Presto)", "L. van Beethoven",
       "fast 2/2 quartet finale on strings", qpm=176, programs=[40, 40, 41, 42], bars=48, bar=0, dur=30),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = [
    _band("cucaracha_dembow", T0, "La Cucaracha (CUCA 2)", ESSEN,
          "reggaeton 4/4 (dembow) on marimba and nylon guitar, 808 kit", "dembow", number=3, lead=12,
          bass=38, chords=24, qpm=96, loops=2, bar=1, dur=30),
    _p("daramad_shur", ABCMIDI + "daramud.abc", "Daramad of Shur", "traditional Persian",
       "4/4 tune on dulcimer", qpm=126, loops=3, programs=15, bar=1, dur=30, **ABCMIDI_META),
]
