"""The pieces of real-heldout8 (benchmarks/make_realbeats_heldout8.py), fixed before any scoring.

Band arrangements as in real-heldout6/7 (``drums`` the style, ``programs`` the lead, ``band`` bass
and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the beat)
on the MuseScore General bank; folk tunes transcribed for this set and two Palestrina mass
movements from the music21 corpus on TimGM6mb, no drums (O'Neill's and Aird's collections are
real-heldout2's reserved pool, so none of their tunes). Style, tempo and notation follow each
style's conventions, written out in benchmarks/realbeats-heldout8.md with the level traps each
one sets: reels and hornpipes in 2/2 (beat = half note), punk 176, dnb 174, drill 144, trap
140, r&b 70, one-drop 72, a ballad at 62 over eighth-note piano, 6/8 at 56 and 12/8 at 66
dotted quarters, waltzes at 184 and 88, a 3/8 waltz, 5/4.
"""

from __future__ import annotations

from typing import Any

from make_realbeats_heldout2 import _p

MSG = dict(file="/usr/share/sounds/sf3/MuseScore_General_Full.sf3",
           name="MuseScore General (Full) 0.2.1 (S. Christian Collins)",
           package="musescore-general-soundfont", licence="MIT, parts CC0/PD")
TIM = dict(file="/usr/share/sounds/sf2/TimGM6mb.sf2", name="TimGM6mb 1.3 (Tim Brechbill)",
           package="timgm6mb-soundfont", licence="GPL-2")
INLINE = dict(source="transcribed for this set (benchmarks/heldout8_tunes.py)",
              licence="public-domain melody (traditional, or published before 1900 and its writers "
                      "dead more than 70 years); transcription ours")


def _band(name: str, tune: str, title: str, composer: str, style: str, drums: str, *, lead: int,
          bass: int, chords: int, **kw: Any) -> dict[str, Any]:
    return _p(name, f"inline:{tune}", title, composer, style, drums=drums, programs=lead,
              band=dict(bass=bass, chords=chords), bank=MSG, **{**INLINE, "bar": 1, "dur": 30, **kw})


def _folk(name: str, src: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
    return _p(name, src, title, composer, style, bank=TIM, **{"bar": 1, "dur": 30, **kw})


BAND: list[dict[str, Any]] = [
    _band("taraboom_punk", "ta_ra_ra", "Ta-ra-ra Boom-de-ay", "Henry J. Sayers (1891)",
          "fast punk 4/4 (quarter = 176): eighth hats, root-eighth bass, power chords on every eighth",
          "punk", lead=30, bass=34, chords=29, qpm=176, loops=4),
    _band("brownjug_rock", "little_brown_jug", "Little Brown Jug", "Joseph E. Winner (1869)",
          "rock 4/4 on overdriven guitar, 2 bars without drums, faster from the second pass", "poprock",
          lead=29, bass=33, chords=30, tempo=[(0, 148), (8, 148), (8, 156)], intro_bars=2, bar=0, loops=4),
    _band("slippers_house", "golden_slippers", "Oh! Dem Golden Slippers", "James A. Bland (1879)",
          "house 4/4 (124): four on the floor, off-beat open hats, bass and stabs, square lead",
          "house", lead=80, bass=38, chords=90, qpm=124, loops=3),
    _band("shoofly_techno", "shoo_fly", "Shoo Fly, Don't Bother Me", "Frank Campbell and Billy Reeves (1869)",
          "techno 4/4 (128): four on the floor, rim on 2 and 4, off-beat bass, sixteenth hats",
          "techno", lead=81, bass=38, chords=95, qpm=128, loops=3),
    _band("gotell_afrobeat", "go_tell", "Go Tell It on the Mountain", "traditional (spiritual)",
          "afrobeat 4/4 (112): busy kick, cowbell, interlocking sixteenth guitar, baritone sax lead",
          "afrobeat", lead=67, bass=33, chords=27, qpm=112, loops=3),
    _band("lizajane_highlife", "liza_jane", "Liza Jane", "traditional American",
          "highlife 4/4 (104): dunun on 1 and 3, djembe slap on 2 and 4, bell timeline, picked guitar "
          "in eighths, trumpet lead", "highlife", lead=56, bass=33, chords=25, qpm=104, loops=3),
    _band("frankie_funk", "frankie_johnny", "Frankie and Johnny", "traditional American",
          "funk 4/4 with off-beat brass stabs and slap bass, faster from the second pass", "funk",
          lead=65, bass=36, chords=61, tempo=[(0, 96), (8, 96), (8, 104)], loops=3),
    _band("hush_onedrop", "hush_little", "Hush, Little Baby", "traditional American",
          "reggae one-drop (quarter = 72): kick and rim on 3, organ skank on 2 and 4, melodica-like lead",
          "onedrop", lead=22, bass=33, chords=17, qpm=72, loops=2),
    _band("gourd_trap", "drinking_gourd", "Follow the Drinking Gourd", "traditional American",
          "trap (quarter = 140, clap on 3: half-time feel), flute lead, long sub bass", "trap",
          lead=73, bass=38, chords=89, qpm=140, loops=3),
    _band("moses_drill", "go_down_moses", "Go Down, Moses", "traditional (spiritual)",
          "UK drill (quarter = 144, clap on 3 and a late one, triplet hats: half-time feel), sliding "
          "sub bass, string lead", "drill", lead=48, bass=38, chords=91, qpm=144, loops=3),
    _band("girl_dnb", "girl_left_behind", "The Girl I Left Behind Me", "traditional (Irish and American)",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, saw lead and pad", "dnb",
          lead=81, bass=39, chords=89, qpm=174, loops=4),
    _band("motherless_rnb", "motherless_child", "Sometimes I Feel Like a Motherless Child", "traditional (spiritual)",
          "r&b 4/4 (quarter = 70): laid-back backbeat, e-piano, soprano sax lead", "rnb", lead=64,
          bass=38, chords=4, qpm=70, loops=2),
    _band("allnight_ballad", "all_through_night", "All Through the Night (Ar Hyd y Nos)", "traditional Welsh",
          "slow ballad 4/4 (quarter = 62) with eighth-note piano arpeggios, cross-stick on 2 and 4, "
          "2 bars without drums, violin lead", "ballad44", lead=40, bass=32, chords=0, qpm=62,
          intro_bars=2, bar=0, loops=2),
    _band("skye_ballad", "skye_boat", "The Skye Boat Song", "traditional Scottish air",
          "6/8 ballad (dotted quarter = 56) on whistle-like flute, guitar arpeggios, 2 bars without drums",
          "ballad68", lead=73, bass=32, chords=25, qpm=84, intro_bars=2, bar=0, loops=2),
    _band("stealaway_doowop", "steal_away", "Steal Away", "traditional (spiritual)",
          "12/8 doo-wop ballad (dotted quarter = 66): walking bass, triplet piano, ride triplets, choir lead",
          "blues128", lead=52, bass=32, chords=0, qpm=99, loops=2),
    _band("trapeze_waltz", "flying_trapeze", "The Man on the Flying Trapeze", "Alfred Lee (1867)",
          "fast waltz 3/4 (quarter = 184) on accordion and piano, 2 bars without drums, ritardando then a tempo",
          "waltz", lead=21, bass=32, chords=0, tempo=[(0, 184), (12, 184), (16, 144), (16, 184)],
          intro_bars=2, bar=0, loops=3),
    _band("laredo_waltz", "laredo", "The Streets of Laredo", "traditional American (cowboy song)",
          "slow waltz 3/4 (quarter = 88) on nylon guitar and strings", "waltz", lead=24, bass=32,
          chords=48, qpm=88, loops=2),
    _band("pathetique_five4", "pathetique_5_4", "Symphony No. 6, second movement (the 5/4 theme)",
          "Pyotr Ilyich Tchaikovsky (1893)",
          "5/4 (quarter = 152, 2+3): ride on every beat, kick on 1 and 3, cello lead, piano comp", "five4",
          lead=42, bass=32, chords=0, qpm=152, loops=3),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _folk("drowsymaggie_fiddle", "inline:drowsy_maggie", "Drowsy Maggie", "traditional Irish",
          "reel in 2/2 (beat = half note = 108) on fiddle", qpm=216, loops=2, programs=110, bar=0, **INLINE),
    _folk("mcleod_flute", "inline:miss_mcleod", "Miss McLeod's Reel", "traditional Scottish",
          "reel in 2/2 on flute, accelerando over the first 8 bars (half note 96 -> 108)",
          tempo=[(0, 192), (8, 216)], loops=2, programs=73, bar=0, **INLINE),
    _folk("harvesthome_accordion", "inline:harvest_home", "The Harvest Home", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 84) on accordion", qpm=168, loops=2, programs=21, bar=0, **INLINE),
    _folk("sailors_piano", "inline:sailors_hornpipe", "The Sailor's Hornpipe (College Hornpipe)", "traditional English",
          "hornpipe in 2/2 (beat = half note = 92) on piano", qpm=184, loops=4, programs=0, bar=0, **INLINE),
    _folk("kesh_banjo", "inline:the_kesh", "The Kesh", "traditional Irish",
          "6/8 double jig (dotted quarter = 112) on banjo", qpm=168, loops=2, programs=105, bar=0, **INLINE),
    _folk("kidmountain_harp", "inline:kid_mountain", "The Kid on the Mountain", "traditional Irish",
          "9/8 slip jig (dotted quarter = 104) on harp", qpm=156, loops=3, programs=46, bar=0, **INLINE),
    _folk("overwaves_guitar", "inline:over_waves", "Over the Waves (Sobre las olas)", "Juventino Rosas (1888)",
          "3/4 waltz (quarter = 144) on steel guitar", qpm=144, loops=2, programs=25, bar=0, **INLINE),
    _folk("ashgrove_cello", "inline:ash_grove", "The Ash Grove", "traditional Welsh",
          "slow 3/4 air (quarter = 63) on cello", qpm=63, loops=1, programs=42, bar=0, **INLINE),
    _folk("bonniedoon_oboe", "inline:bonnie_doon", "Ye Banks and Braes o' Bonnie Doon", "traditional Scottish air",
          "slow 6/8 air (dotted quarter = 48) on oboe", qpm=72, loops=2, programs=68, bar=0, **INLINE),
    _folk("georgia_trumpet", "inline:marching_georgia", "Marching Through Georgia", "Henry Clay Work (1865)",
          "2/4 march (quarter = 112) on trumpet", qpm=112, loops=2, programs=56, bar=0, **INLINE),
    _folk("palestrina_agnus_09", "palestrina/Agnus_09.krn", "Mass 9: Agnus Dei", "G. P. da Palestrina",
          "4/2 mass movement (beat = half note = 72) on organ", qpm=144, programs=19, bar=0),
    _folk("palestrina_sanctus_08", "palestrina/Sanctus_08.krn", "Mass 8: Sanctus", "G. P. da Palestrina",
          "4/2 mass movement (beat = half note = 68) on brass", qpm=136, programs=[56, 56, 60, 57, 58, 58], bar=0),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
