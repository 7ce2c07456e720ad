"""Public-domain melodies for real-heldout21, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels The Copperplate and The Duke of Leinster, the hornpipes The
Independent and The Sweep's, the polkas Ger the Rigger and The Gleanntan, the jigs Tripping Up
the Stairs and The Tenpenny Bit, the slip jig Cucanandy, the airs Seán Ó Duibhir a' Ghleanna and
The Snowy-Breasted Pearl, and the Bulgarian Paydushko Horo) and tunes published before 1929
whose writers died more than 70 years ago (Dance of the Tumblers, Nikolai Rimsky-Korsakov 1881,
died 1908; The Spinning Song, Felix Mendelssohn 1845, died 1847; Gnomenreigen, Franz Liszt 1863,
died 1886; Farandole, Georges Bizet 1872, died 1875; Norwegian Dance, Edvard Grieg 1881, died
1907; Scheherazade, Rimsky-Korsakov 1888; Aase's Death, Grieg 1875 (rejected: see heldout21_pieces.REJECTED);
Slavonic Dance, Antonín Dvořák 1878, died 1904; Wiener Blut, Johann Strauss
II 1873, died 1899; Ombra mai fu, George Frideric Handel 1738, died 1759; Jesu, Joy of Man's
Desiring, Johann Sebastian Bach 1723, died 1750; Canon in D, Johann Pachelbel c. 1700, died
1706; Fossils, Camille Saint-Saëns 1886, published 1922, died 1921; Golliwogg's Cakewalk, Claude
Debussy 1908, died 1918; Torna a Surriento, Ernesto De Curtis 1902, died 1937).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting, and for the lesser-known dance tunes and airs the notes are an outline
in the tune's key, metre and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Some are re-shaped for their arrangement, as a band
would: Dance of the Tumblers, The Spinning Song, Gnomenreigen, the Farandole, Norwegian Dance,
Scheherazade, Aase's Death, Slavonic Dance, Canon in D, Fossils, Golliwogg's Cakewalk and Torna a Surriento in
plain 4/4; Ombra mai fu in 6/8; Jesu, Joy of Man's Desiring and The Snowy-Breasted Pearl in 12/8;
Paydushko Horo (a 5/8 dance, 2+3) in 5/4 throughout; running sixteenths and dotted rhythms
evened out (the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole,
so looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "tumblers": abc("Dance of the Tumblers", "4/4", "1/8", "D",
                    "A2 d2 d2 c2 | d2 e2 f2 d2 | A2 d2 d2 c2 | d4 A4 | B2 e2 e2 d2 | e2 f2 g2 e2 | "
                    "f2 e2 d2 c2 | d4 d4"),
    "spinning_song": abc("The Spinning Song", "4/4", "1/8", "C",
                         "G2 c2 e2 g2 | f2 d2 B2 G2 | A2 c2 f2 a2 | g4 e4 | G2 c2 e2 g2 | a2 f2 d2 B2 | "
                         "c2 e2 d2 B2 | c4 c4"),
    "gnomenreigen": abc("Gnomenreigen", "4/4", "1/8", "Em",
                        "E2 G2 B2 e2 | d2 B2 A2 G2 | F2 A2 c2 B2 | G4 E4 | E2 G2 B2 e2 | g2 f2 e2 d2 | "
                        "c2 B2 A2 F2 | E4 E4"),
    "farandole": abc("Farandole", "4/4", "1/8", "Dm",
                     "D4 A4 | F2 E2 D2 A,2 | D2 E2 F2 G2 | A4 A4 | d4 A4 | B2 A2 G2 F2 | E2 D2 ^C2 E2 | "
                     "D4 D4"),
    "norwegian_dance": abc("Norwegian Dance", "4/4", "1/8", "A",
                           "c2 B2 A2 E2 | F2 A2 E4 | c2 B2 A2 c2 | B4 E4 | c2 B2 A2 E2 | F2 A2 d2 c2 | "
                           "B2 G2 E2 G2 | A4 A4"),
    "scheherazade": abc("Scheherazade", "4/4", "1/8", "Em",
                        "B4 c2 B2 | A2 G2 F2 E2 | F2 G2 A4 | B4 B4 | e4 d2 c2 | B2 A2 G2 F2 | G2 F2 ^D2 F2 | "
                        "E4 E4"),
    "aase": abc("Aase's Death", "4/4", "1/8", "Bm",
                "B4 c4 | d4 c4 | B4 A4 | F8 | G4 A4 | B4 c4 | d4 c4 | B8"),
    "slavonic_dance": abc("Slavonic Dance", "4/4", "1/8", "Gm",
                          "G2 B2 d2 B2 | c2 B2 A2 G2 | F2 A2 c2 A2 | B2 A2 G2 F2 | G2 B2 d2 g2 | f2 e2 d2 c2 | "
                          "B2 A2 ^F2 A2 | G2 G2 G4"),
    "wiener_blut": abc("Wiener Blut", "3/4", "1/8", "D",
                       "A4 d2 | c4 d2 | e4 d2 | A4 F2 | G4 B2 | A4 G2 | F4 E2 | D4 A2 | "
                       "A4 d2 | c4 d2 | e4 f2 | g4 e2 | d2 c2 B2 | A4 c2 | e2 d2 c2 | d4 d2"),
    "ombra_mai_fu": abc("Ombra mai fu", "6/8", "1/8", "F",
                        "F3 A2 c | c3 A3 | B3 d2 B | A6 | c3 B2 A | G3 F3 | E3 G2 E | F6"),
    "jesu_joy": abc("Jesu, Joy of Man's Desiring", "12/8", "1/8", "G",
                    "G3 A3 B3 d3 | c3 c3 e3 d3 | d3 g3 f3 g3 | d3 B3 G6 | A3 B3 c3 d3 | e3 d3 c3 B3 | "
                    "A3 B3 G3 F3 | G3 G3 G6"),
    "canon_in_d": abc("Canon in D", "4/4", "1/8", "D",
                      "f4 e4 | d4 c4 | B4 A4 | B4 c4 | d2 c2 B2 A2 | G2 F2 G2 E2 | F2 A2 G2 E2 | D4 D4"),
    "fossils": abc("Fossils", "4/4", "1/8", "Gm",
                   "G2 B2 d2 B2 | G2 A2 B2 G2 | F2 A2 c2 A2 | G4 D4 | G2 B2 d2 g2 | f2 d2 e2 c2 | "
                   "A2 c2 F2 A2 | G4 G4"),
    "golliwogg": abc("Golliwogg's Cakewalk", "4/4", "1/8", "C",
                     "G2 G2 A2 c2 | e4 c4 | d2 c2 A2 G2 | c4 G4 | G2 G2 A2 c2 | e2 g2 e2 c2 | d2 e2 d2 B2 | "
                     "c4 c4"),
    "torna_surriento": abc("Torna a Surriento", "4/4", "1/8", "A",
                           "E2 A2 c2 e2 | e4 d4 | c2 B2 A2 ^G2 | A4 E4 | E2 A2 c2 e2 | f2 e2 d2 c2 | "
                           "B2 A2 ^G2 B2 | A4 A4"),
    "paydushko": abc("Paydushko Horo", "5/4", "1/8", "Dm",
                     "D2 F2 A2 G2 F2 | E2 D2 E2 F2 E2 | D2 F2 A2 c2 A2 | G2 F2 E2 D2 E2 | A2 G2 F2 E2 D2 | "
                     "^C2 D2 E2 F2 E2 | D2 F2 E2 ^C2 A,2 | D2 D2 D2 D2 D2"),
    # folk pieces
    "copperplate": abc("The Copperplate", "2/2", "1/8", "D",
                       "A2 F A D A F A | B A F A d A F A | A2 F A D A F A | B e e d e f g e | "
                       "f d d c d f a f | g f e f g a b g | f a g f e d c e | d c B c d2 d2"),
    "duke_leinster": abc("The Duke of Leinster", "2/2", "1/8", "G",
                         "G2 B G D G B G | A2 c A F A c A | G2 B G D G B d | c A F A G2 G2 | "
                         "g2 d g B g d B | c2 e c A c e c | B d g d c A F A | G B A F G2 G2"),
    "independent": abc("The Independent", "2/2", "1/8", "D",
                       "A F D F A d f d | e c A c e g f e | d f a f d B A F | G E C E D2 D2 | "
                       "f2 d f a f d f | g e c e g b a g | f a g f e d c e | d2 f2 d2 d2"),
    "sweeps": abc("The Sweep's Hornpipe", "2/2", "1/8", "G",
                  "G B d B G B d g | f d e c A c e g | f d c A F A c A | B G A F G2 G2 | "
                  "d B G B d g b g | a f d f a f e d | c e d B c A F A | G B A F G2 G2"),
    "ger_rigger": abc("Ger the Rigger", "2/4", "1/8", "A",
                      "A c e c | d2 c B | A c e c | B2 A2 | A c e c | d2 f d | c e B c | A2 A2 | "
                      "e a a f | e2 c A | d f f d | c2 B2 | e a a f | e2 c e | d c B c | A2 A2"),
    "gleanntan": abc("The Gleanntan", "2/4", "1/8", "D",
                     "d A F A | d2 e f | g f e d | e2 A2 | d A F A | d2 e f | g e c e | d2 d2 | "
                     "f a a f | g2 e c | d f e d | c2 A2 | f a a f | g2 e g | f d e c | d2 d2"),
    "tripping_stairs": abc("Tripping Up the Stairs", "6/8", "1/8", "D",
                           "F A A F A A | F A d c A G | F A A F A A | G E E E F G | F A A F A A | "
                           "F A d c A G | F A d c A F | E D D D3"),
    "tenpenny": abc("The Tenpenny Bit", "6/8", "1/8", "Am",
                    "e A A c A A | e A A c B A | G B B d B B | G B B d B G | e A A c A A | e a a g e d | "
                    "c B A B c d | e A A A3"),
    "cucanandy": abc("Cucanandy", "9/8", "1/8", "G",
                     "G2 B d2 B G2 B | A2 F D2 F A2 F | G2 B d2 g f2 d | e2 c A2 F G3 | "
                     "g2 d B2 d g2 d | e2 c A2 c e2 c | d2 B G2 B A2 F | G2 B A2 F G3"),
    "sean_o_duibhir": abc("Seán Ó Duibhir a' Ghleanna", "6/8", "1/8", "G",
                          "D3 G2 A | B3 A2 G | A3 B2 d | e6 | d3 B2 G | A3 G2 E | D3 E2 G | G6"),
    "snowy_pearl": abc("The Snowy-Breasted Pearl", "12/8", "1/8", "G",
                       "D3 G3 A3 B3 | c3 B3 A6 | G3 A3 B3 d3 | e3 d3 B6 | d3 B3 A3 G3 | A3 B3 G6 | "
                       "E3 G3 A3 B3 | A3 G3 G6"),
}
