"""The pieces of real-heldout15 (benchmarks/make_realbeats_heldout15.py), fixed before any scoring.

Band arrangements as in real-heldout6-14 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the MuseScore General bank; folk and classical tunes transcribed for this set on the
csound GM bank, no drums. Every unordered pair of the four GM banks has been used by some
held-out set (real-heldout8 MuseScore General bands / TimGM6mb folk, 9 FluidR3_GM / csound, 10
TimGM6mb / MuseScore General, 11 MuseScore General / FluidR3_GM, 12 TimGM6mb / FluidR3_GM, 13
csound / MuseScore General, 14 TimGM6mb / csound); this set takes the one ordered pair that
neither repeats an earlier set's order nor uses a bank of the training renders (TimGM6mb and
FluidR3_GM): MuseScore General bands, csound folk and classical, real-heldout13's pair reversed.
Every style is an earlier set's pattern (heldout10_band's dispatch, unchanged); the kit table
``KITS`` is this set's: every style on a kit no held-out set (real-heldout5-14) played it on.
Style, tempo and notation follow each style's conventions, written out in
benchmarks/realbeats-heldout15.md with the level or phase trap each one sets: three undrummed
2/2 reels and two undrummed 2/2 hornpipes on solo instruments (beat = half note), two undrummed
2/4 polkas, slow compound metres (6/8 and 12/8 at a dotted quarter of 44-52, with and without
drums), a 9/8 slip jig, drum-and-bass at 170-176, half-time trap and drill at 140-144, fast
waltzes (band and solo), 5/4 twice, deep house, house, disco and techno (four on the floor,
off-beat open hats), ska and reggae one-drop (off-beat skanks).
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import MSG
from heldout9_pieces import CSOUND
from heldout15_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout15_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> the Hydrogen kit that plays it, each style on a kit no held-out set played it on
# (heldout5-10_band.KITS, heldout11-14_pieces.KITS; tests/test_heldout_sets.py).
KITS = {
    "dnb": "rumpf_kit_z01_h2", "trap": "The Black Pearl 1.0", "drill": "Audiophob",
    "waltz": "ElectricEmpireKit", "five4": "circAfrique v4", "ballad68": "VariBreaks",
    "blues128": "Millo_MultiLayered2", "deephouse": "HardElectro1", "house": "Millo_MultiLayered3",
    "disco": "ForzeeStereo", "techno": "Millo-Drums_v.1", "ska": "BJA_Pacific",
    "onedrop": "ColomboAcousticDrumkit",
}


_make = PieceMaker(TUNES, INLINE, band_bank=MSG, tune_bank=CSOUND)
_band, _tune = _make.band, _make.tune


BAND: list[dict[str, Any]] = [
    _band("washpost_dnb", "washington_post", "The Washington Post", "John Philip Sousa (1889), in 4/4",
          "drum-and-bass 4/4 (quarter = 172): two-step kick, snare 2 and 4, brass-section lead, warm pad",
          "dnb", lead=61, bass=38, chords=89, qpm=172),
    _band("libertybell_dnb", "liberty_bell", "The Liberty Bell", "John Philip Sousa (1893), in 4/4",
          "drum-and-bass 4/4 (quarter = 170, 176 from bar 9): sawtooth lead, string pad", "dnb",
          lead=81, bass=39, chords=48, tempo=[(0, 170), (8, 170), (8, 176)]),
    _band("anitra_trap", "anitra", "Anitra's Dance (Peer Gynt)", "Edvard Grieg (1875), in 4/4",
          "trap (quarter = 140): clap on 3 (half-time feel), sixteenth hats with a roll on 4, oboe lead",
          "trap", lead=68, bass=38, chords=88, qpm=140),
    _band("blackis_drill", "black_is", "Black Is the Colour (of My True Love's Hair)", "traditional Appalachian",
          "drill (quarter = 144): kick on 1 and the \"and\" of 2, clap on 3 (half-time feel), triplet hats, "
          "sliding 808, electric piano lead, choir pad",
          "drill", lead=4, bass=38, chords=52, qpm=144),
    _band("emperor_waltz", "emperor_waltz", "Emperor Waltz (Kaiser-Walzer)", "Johann Strauss II (1889)",
          "fast waltz 3/4 (quarter = 184) on flute, strings and bass, 2 bars without drums", "waltz",
          lead=73, bass=32, chords=48, qpm=184, intro_bars=2, bar=0),
    _band("bendemeer_ballad", "bendemeer", "Bendemeer's Stream", "traditional Irish air",
          "6/8 ballad (dotted quarter = 52), harp arpeggios, 2 bars without drums, violin lead",
          "ballad68", lead=40, bass=32, chords=46, qpm=78, intro_bars=2, bar=0),
    _band("believeme_ballad128", "believe_me", "Believe Me If All Those Endearing Young Charms",
          "traditional Irish air, in 12/8",
          "12/8 slow ballad (dotted quarter = 46): triplet piano, ride triplets, cello lead",
          "blues128", lead=42, bass=32, chords=0, qpm=69),
    _band("liebestraum_deephouse", "liebestraum", "Liebestraum No. 3", "Franz Liszt (1850), in 4/4",
          "deep house 4/4 (quarter = 122): four on the floor, off-beat open hats, syncopated bass, "
          "e-piano chords, muted-trumpet lead", "deephouse", lead=59, bass=38, chords=4, qpm=122),
    _band("thunderer_house", "thunderer", "The Thunderer", "John Philip Sousa (1889), in 4/4",
          "house 4/4 (122, up to 126 from bar 9): four on the floor, off-beat open hats, organ stabs, "
          "synth-brass lead", "house", lead=63, bass=38, chords=17, tempo=[(0, 122), (8, 122), (8, 126)]),
    _band("lightcavalry_disco", "light_cavalry", "Light Cavalry Overture (galop)", "Franz von Suppé (1866), in 4/4",
          "disco 4/4 (quarter = 118): four on the floor, off-beat open hats, octave bass, brass lead, "
          "clavinet stabs", "disco", lead=61, bass=36, chords=7, qpm=118),
    _band("anvil_techno", "anvil_chorus", "Anvil Chorus (Il trovatore)", "Giuseppe Verdi (1853), in 4/4",
          "techno 4/4 (quarter = 130): four on the floor, off-beat open hats, rim on 2 and 4, sixteenth "
          "hats, off-beat bass, square lead", "techno", lead=80, bass=38, chords=89, qpm=130),
    _band("choucoune_ska", "choucoune", "Choucoune (Yellow Bird)", "Michel Mauléart Monton (1893), in 4/4",
          "ska 4/4 (quarter = 162): guitar skank on every off-beat, walking bass, trumpet lead", "ska",
          lead=56, bass=33, chords=27, qpm=162),
    _band("marineshymn_onedrop", "marines_hymn", "The Marines' Hymn (From the Halls of Montezuma)",
          "Jacques Offenbach (1867), as sung",
          "reggae one-drop (quarter = 76): kick and rim on 3, organ skank on 2 and 4, melodica-like reed lead",
          "onedrop", lead=22, bass=33, chords=16, qpm=76),
    _band("ohdear_five4", "oh_dear", "Oh Dear, What Can the Matter Be", "traditional English, re-barred in 5/4",
          "5/4 (quarter = 136, 2+3): ride on every beat, kick on 1 and 3, vibraphone lead, piano comp",
          "five4", lead=11, bass=33, chords=0, qpm=136),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("bucks_flute", "bucks_oranmore", "The Bucks of Oranmore", "traditional Irish",
          "reel in 2/2 (beat = half note = 104) on flute", qpm=208, programs=73),
    _tune("concertina_harmonica", "concertina_reel", "The Concertina Reel", "traditional Irish",
          "reel in 2/2 (beat = half note = 114) on harmonica", qpm=228, programs=22),
    _tune("banshee_recorder", "banshee", "The Banshee", "traditional Irish",
          "reel in 2/2 on recorder, accelerando over the first 8 bars (half note 90 -> 110)",
          tempo=[(0, 180), (8, 220)], programs=74),
    _tune("higgins_harpsichord", "higgins", "Higgins' Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 84, even eighths) on harpsichord", qpm=168, programs=6),
    _tune("kildare_guitar", "kildare_fancy", "The Kildare Fancy", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 88, even eighths) on steel guitar", qpm=176, programs=25),
    _tune("dennismurphy_ocarina", "dennis_murphy", "Dennis Murphy's Polka", "traditional Irish",
          "2/4 polka (quarter = 138) on ocarina", qpm=138, programs=79),
    _tune("egan_accordion", "egans_polka", "Egan's Polka", "traditional Irish",
          "2/4 polka (quarter = 128) on accordion", qpm=128, programs=21),
    _tune("richmondhill_clarinet", "richmond_hill", "The Lass of Richmond Hill", "James Hook (1789), in 6/8",
          "slow 6/8 (dotted quarter = 52) on clarinet", qpm=78, programs=71),
    _tune("holynight_organ", "holy_night", "O Holy Night (Cantique de Noël)", "Adolphe Adam (1847), in 12/8",
          "slow 12/8 (dotted quarter = 44) on church organ", qpm=66, programs=19),
    _tune("hardiman_xylophone", "hardiman", "Hardiman the Fiddler", "traditional Irish",
          "9/8 slip jig (dotted quarter = 116) on xylophone", qpm=174, programs=13),
    _tune("estudiantina_piano", "estudiantina", "Estudiantina", "Émile Waldteufel (1883)",
          "fast 3/4 waltz (quarter = 192) on bright piano, ritardando over bars 9-12 (to 150), then a tempo",
          tempo=[(0, 192), (8, 192), (12, 150), (12, 192)], programs=1),
    _tune("shadygrove_vibraphone", "shady_grove", "Shady Grove",
          "traditional Appalachian, re-barred in 5/4", "5/4 (quarter = 116) on vibraphone", qpm=116, programs=11),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
