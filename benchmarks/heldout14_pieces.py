"""The pieces of real-heldout14 (benchmarks/make_realbeats_heldout14.py), fixed before any scoring.

Band arrangements as in real-heldout6-13 (``drums`` the style, ``programs`` the lead, ``band``
bass and chord programs, ``intro_bars`` drum-less bars only where melody and chords carry the
beat) on the TimGM6mb bank; folk and classical tunes transcribed for this set on the csound GM
bank, no drums: the one pair of the four GM banks none of real-heldout8 (MuseScore General bands,
TimGM6mb folk), 9 (FluidR3_GM, csound), 10 (TimGM6mb, MuseScore General), 11 (MuseScore General,
FluidR3_GM), 12 (TimGM6mb, FluidR3_GM) and 13 (csound, MuseScore General) used, in either order
(real-heldout5-7 played everything on csound). TimGM6mb is also a bank of the training renders
(as for real-heldout12). Every style is an earlier set's pattern (heldout10_band's dispatch,
unchanged); the kit table ``KITS`` is this set's: every style on a kit no held-out set
(real-heldout5-13) played it on. Style, tempo and notation follow each style's conventions,
written out in benchmarks/realbeats-heldout14.md with the level trap each one sets: three
undrummed 2/2 reels and two undrummed 2/2 hornpipes on solo instruments (beat = half note), two
undrummed 2/4 polkas, slow compound metres (6/8 and 12/8 at a dotted quarter of 42-54, with and
without drums), a 9/8 slip jig, drum-and-bass at 170-176, half-time trap and drill at 136-146,
fast waltzes (band and solo), 5/4 twice, deep house, house and disco (four on the floor, off-beat
hats), ska and reggae one-drop (off-beat skanks).
"""

from __future__ import annotations

from typing import Any

from heldout8_pieces import TIM
from heldout9_pieces import CSOUND
from heldout14_tunes import TUNES
from heldout_piece_maker import PieceMaker

INLINE = dict(source="transcribed for this set (benchmarks/heldout14_tunes.py)",
              licence="public-domain melody (traditional, or its writers dead more than 70 years and "
                      "published before 1929); transcription ours")

# style -> the Hydrogen kit that plays it: 12 of the 14 kits of Debian's hydrogen-drumkits, each
# style on a kit no held-out set played it on (heldout5-10_band.KITS, heldout11-13_pieces.KITS).
KITS = {
    "dnb": "The Black Pearl 1.0", "trap": "Audiophob", "drill": "ForzeeStereo", "trap332": "HardElectro1",
    "waltz": "Millo_MultiLayered2", "five4": "Millo-Drums_v.1", "ballad68": "rumpf_kit_z01_h2",
    "blues128": "Millo_MultiLayered3", "deephouse": "VariBreaks", "house": "ForzeeStereo",
    "ska": "ColomboAcousticDrumkit", "onedrop": "BJA_Pacific", "disco": "ElectricEmpireKit",
}


_make = PieceMaker(TUNES, INLINE, band_bank=TIM, tune_bank=CSOUND)
_band, _tune = _make.band, _make.tune


BAND: list[dict[str, Any]] = [
    _band("starsstripes_dnb", "stars_stripes", "The Stars and Stripes Forever", "John Philip Sousa (1896), in 4/4",
          "drum-and-bass 4/4 (quarter = 174): two-step kick, snare 2 and 4, trumpet lead, synth pad", "dnb",
          lead=56, bass=38, chords=90, qpm=174),
    _band("semperfi_dnb", "semper_fidelis", "Semper Fidelis", "John Philip Sousa (1888), in 4/4",
          "drum-and-bass 4/4 (quarter = 170, 176 from bar 9): square lead, synth strings", "dnb",
          lead=80, bass=39, chords=50, tempo=[(0, 170), (8, 170), (8, 176)]),
    _band("marcheslave_trap", "marche_slave", "Marche slave", "Pyotr Ilyich Tchaikovsky (1876), in 4/4",
          "trap (quarter = 136): clap on 3 (half-time feel), sixteenth hats with a roll on 4, flute lead",
          "trap", lead=73, bass=38, chords=89, qpm=136),
    _band("infirmary_drill", "st_james", "St. James Infirmary", "traditional American",
          "drill (quarter = 142): kick on 1 and the \"and\" of 2, clap on 3 (half-time feel), triplet hats, "
          "sliding 808, piano lead, slow strings",
          "drill", lead=0, bass=38, chords=49, qpm=142),
    _band("twoguitars_trap332", "two_guitars", "Two Guitars (Dve gitary)", "traditional Russian (Romani song)",
          "trap (quarter = 146): 3+3+2 kick, clap on 3 (half-time feel), nylon guitar lead, 808 bass",
          "trap332", lead=24, bass=38, chords=89, qpm=146),
    _band("goldsilver_waltz", "gold_silver", "Gold and Silver (Gold und Silber)", "Franz Lehár (1902)",
          "fast waltz 3/4 (quarter = 180) on violin, piano and bass, 2 bars without drums", "waltz",
          lead=40, bass=32, chords=0, qpm=180, intro_bars=2, bar=0),
    _band("sailing_five4", "sailing", "Sailing, Sailing (Over the Bounding Main)",
          "Godfrey Marks (James Frederick Swift, 1880), re-barred in 5/4",
          "5/4 (quarter = 132, 2+3): ride on every beat, kick on 1 and 3, clarinet lead, steel guitar comp",
          "five4", lead=71, bass=32, chords=25, qpm=132),
    _band("sweetlow_ballad", "sweet_low", "Sweet and Low", "Joseph Barnby (1863)",
          "6/8 ballad (dotted quarter = 54), harp arpeggios, 2 bars without drums, flute lead",
          "ballad68", lead=73, bass=32, chords=46, qpm=81, intro_bars=2, bar=0),
    _band("drinktome_ballad128", "drink_to_me", "Drink to Me Only with Thine Eyes", "traditional English air",
          "12/8 slow ballad (dotted quarter = 48): triplet piano, ride triplets, trombone lead",
          "blues128", lead=57, bass=32, chords=0, qpm=72),
    _band("salut_deephouse", "salut_amour", "Salut d'amour", "Edward Elgar (1888), in 4/4",
          "deep house 4/4 (quarter = 120): four on the floor, off-beat open hats, syncopated bass, "
          "e-piano chords, vibraphone lead", "deephouse", lead=11, bass=38, chords=4, qpm=120),
    _band("pomp_house", "pomp_trio", "Pomp and Circumstance (March No. 1, trio)", "Edward Elgar (1901)",
          "house 4/4 (124, up to 128 from bar 9): four on the floor, off-beat open hats, piano stabs, "
          "synth-brass lead", "house", lead=62, bass=38, chords=0, tempo=[(0, 124), (8, 124), (8, 128)]),
    _band("dayo_ska", "day_o", "Day-O (The Banana Boat Song)", "traditional Jamaican (mento)",
          "ska 4/4 (quarter = 158): guitar skank on every off-beat, walking bass, trombone lead", "ska",
          lead=57, bass=33, chords=27, qpm=158),
    _band("jerusalem_onedrop", "jerusalem", "Jerusalem (And did those feet in ancient time)",
          "Hubert Parry (1916)",
          "reggae one-drop (quarter = 74): kick and rim on 3, organ skank on 2 and 4, alto sax lead",
          "onedrop", lead=65, bass=33, chords=16, qpm=74),
    _band("springsong_disco", "spring_song", "Spring Song (Songs Without Words, Op. 62 No. 6)",
          "Felix Mendelssohn (1842), in 4/4",
          "disco 4/4 (quarter = 116): four on the floor, off-beat open hats, octave bass, strings lead, "
          "e-piano stabs", "disco", lead=48, bass=36, chords=5, qpm=116),
]

FOLK_CLASSICAL: list[dict[str, Any]] = [
    _tune("sligomaid_fiddle", "sligo_maid", "The Sligo Maid", "traditional Irish",
          "reel in 2/2 (beat = half note = 108) on fiddle", qpm=216, programs=110),
    _tune("wisemaid_clavinet", "wise_maid", "The Wise Maid", "traditional Irish",
          "reel in 2/2 (beat = half note = 116) on clavinet", qpm=232, programs=7),
    _tune("rakish_koto", "rakish_paddy", "Rakish Paddy", "traditional Irish",
          "reel in 2/2 on koto, accelerando over the first 8 bars (half note 92 -> 112)",
          tempo=[(0, 184), (8, 224)], programs=107),
    _tune("fairies_bandoneon", "fairies_hornpipe", "The Fairies' Hornpipe", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 86, even eighths) on bandoneon", qpm=172, programs=23),
    _tune("chiefoneill_dulcimer", "chief_oneill", "Chief O'Neill's Favourite", "traditional Irish",
          "hornpipe in 2/2 (beat = half note = 90, even eighths) on dulcimer", qpm=180, programs=15),
    _tune("kerry_accordion", "kerry_polka", "The Kerry Polka", "traditional Irish",
          "2/4 polka (quarter = 142) on accordion", qpm=142, programs=21),
    _tune("johnryan_banjo", "john_ryan", "John Ryan's Polka", "traditional Irish",
          "2/4 polka (quarter = 132) on banjo", qpm=132, programs=105),
    _tune("sicilienne_harp", "sicilienne", "Sicilienne (Pelléas et Mélisande)", "Gabriel Fauré (1898)",
          "slow 6/8 sicilienne (dotted quarter = 50) on harp", qpm=75, programs=46),
    _tune("pastorale_celesta", "pastorale", "Pastorale (Christmas Concerto, Op. 6 No. 8)",
          "Arcangelo Corelli (1714)", "slow 12/8 pastorale (dotted quarter = 42) on celesta", qpm=63, programs=8),
    _tune("brandy_marimba", "drops_brandy", "Drops of Brandy", "traditional English",
          "9/8 slip jig (dotted quarter = 112) on marimba", qpm=168, programs=12),
    _tune("voicesspring_piano", "voices_spring", "Voices of Spring (Frühlingsstimmen)",
          "Johann Strauss II (1883)",
          "fast 3/4 waltz (quarter = 188) on piano, ritardando over bars 9-12 (to 148), then a tempo",
          tempo=[(0, 188), (8, 188), (12, 148), (12, 188)], programs=0),
    _tune("mananitas_guitar", "mananitas", "Las Mañanitas", "traditional Mexican, re-barred in 5/4",
          "5/4 (quarter = 120) on nylon guitar", qpm=120, programs=24),
]

PIECES: list[dict[str, Any]] = BAND + FOLK_CLASSICAL
# Tried, then left out before any scoring (renderer refusals), listed so later sets avoid them.
REJECTED: list[dict[str, Any]] = []
