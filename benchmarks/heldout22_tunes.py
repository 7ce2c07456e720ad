"""Public-domain melodies for real-heldout22, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels The Ashplant and Julia Delaney, the hornpipes The Wicklow
Hornpipe and Cronin's Hornpipe, the polkas The Toormore Polka and The Knocknagree Polka, the
jigs The Battering Ram and The Eavesdropper, the slip jig The Song of the Chanter, the airs
Anach Cuain and Úna Bhán, and the Basque Zortziko) and tunes published before 1929 whose writers
died more than 70 years ago (The Entertainer, Scott Joplin 1902, died 1917; Champagne Galop,
Hans Christian Lumbye 1845, died 1874; Troika, Pyotr Ilyich Tchaikovsky 1876, died 1893; The
Happy Farmer, Robert Schumann 1848, died 1856; March of the Dwarfs, Edvard Grieg 1891, died
1907; Largo al factotum, Gioachino Rossini 1816, died 1868; Hopak, Modest Mussorgsky 1874, died
1881; Künstlerleben, Johann Strauss II 1867, died 1899; Berceuse from Jocelyn, Benjamin Godard
1888, died 1895; Arioso, Johann Sebastian Bach 1729, died 1750; Musette, from the Notebook for
Anna Magdalena Bach 1725, anonymous; Elite Syncopations, Joplin 1902; Climax Rag, James Scott
1914, died 1938; Annen Polka, Johann Strauss II 1852).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting, and for the lesser-known dance tunes and airs the notes are an outline
in the tune's key, metre and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Some are re-shaped for their arrangement, as a band
would: The Entertainer, Champagne Galop, Troika, The Happy Farmer, March of the Dwarfs, Largo al
factotum, Hopak, Musette, Elite Syncopations, Climax Rag and Annen Polka in plain 4/4; the
Berceuse from Jocelyn and Anach Cuain in 6/8; Arioso and Úna Bhán in 12/8; the Zortziko (a 5/8
dance) in 5/4 throughout; running sixteenths and dotted rhythms evened out (the renderer core's
>= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "entertainer": abc("The Entertainer", "4/4", "1/8", "C",
                       "d e c A2 B G2 | d e c A2 B G2 | d e c A2 B G2 | A G ^F A c2 e2 | d2 c2 A2 B2 | c4 G4 | "
                       "d e c A2 B G2 | c2 e2 c4"),
    "champagne_galop": abc("Champagne Galop", "4/4", "1/8", "D",
                           "A2 d2 d2 f2 | e2 d2 c2 B2 | A2 c2 e2 g2 | f2 e2 d2 A2 | A2 d2 d2 f2 | a2 g2 f2 e2 | "
                           "d2 f2 e2 c2 | d4 d4"),
    "troika": abc("Troika", "4/4", "1/8", "E",
                  "B2 e2 e2 d2 | c2 B2 A2 G2 | A2 c2 B2 A2 | G2 F2 E4 | B2 e2 e2 d2 | c2 B2 A2 c2 | B2 G2 F2 G2 | "
                  "E4 E4"),
    "happy_farmer": abc("The Happy Farmer", "4/4", "1/8", "F",
                        "F2 A2 c2 A2 | F2 A2 c2 A2 | B2 G2 E2 G2 | F2 A2 c4 | F2 A2 c2 A2 | F2 A2 c2 f2 | "
                        "e2 c2 G2 B2 | A2 G2 F4"),
    "dwarfs": abc("March of the Dwarfs", "4/4", "1/8", "Dm",
                  "D2 A2 D2 A2 | F2 E2 D2 A,2 | D2 F2 A2 d2 | ^c2 A2 E2 A2 | D2 A2 D2 A2 | F2 G2 A2 B2 | "
                  "A2 G2 F2 E2 | D4 D4"),
    "factotum": abc("Largo al factotum", "4/4", "1/8", "C",
                    "G2 G2 G2 A2 | G2 F2 E2 D2 | C2 E2 G2 c2 | c4 B4 | A2 A2 A2 B2 | A2 G2 F2 E2 | "
                    "D2 F2 B2 d2 | c4 c4"),
    "hopak": abc("Hopak", "4/4", "1/8", "Gm",
                 "G2 B2 d2 B2 | A2 c2 B2 A2 | G2 B2 d2 g2 | f2 d2 d4 | c2 e2 d2 c2 | B2 d2 c2 B2 | A2 c2 B2 A2 | "
                 "G4 G4"),
    "kunstlerleben": abc("Künstlerleben", "3/4", "1/8", "D",
                         "A4 F2 | A4 F2 | A2 B2 c2 | d4 F2 | G4 E2 | G4 E2 | G2 A2 B2 | c4 E2 | "
                         "A4 F2 | A4 F2 | A2 B2 c2 | d4 f2 | e2 d2 c2 | B4 A2 | G2 F2 E2 | D4 D2"),
    "jocelyn": abc("Berceuse from Jocelyn", "6/8", "1/8", "F",
                   "C3 F2 A | G3 F2 E | F3 A2 c | c6 | B3 A2 G | A3 G2 F | G3 E2 C | F6"),
    "arioso": abc("Arioso", "12/8", "1/8", "F",
                  "A3 c3 F3 A3 | G3 B3 E3 G3 | F3 A3 c3 f3 | e3 d3 c6 | d3 c3 B3 A3 | G3 A3 B3 d3 | "
                  "c3 B3 A3 G3 | F3 F3 F6"),
    "musette": abc("Musette", "4/4", "1/8", "D",
                   "d2 A2 d2 A2 | d2 f2 e2 d2 | c2 A2 c2 A2 | c2 e2 d2 c2 | B2 G2 B2 d2 | c2 A2 c2 e2 | "
                   "d2 f2 e2 c2 | d4 d4"),
    "elite_syncopations": abc("Elite Syncopations", "4/4", "1/8", "F",
                              "c2 A2 c2 d2 | c2 A2 F4 | G2 A2 B2 c2 | d2 c2 A2 G2 | c2 A2 c2 d2 | f2 e2 d2 c2 | "
                              "B2 A2 G2 E2 | F4 F4"),
    "climax_rag": abc("Climax Rag", "4/4", "1/8", "G",
                      "B2 d2 g2 d2 | e2 d2 B2 G2 | A2 c2 e2 c2 | d4 B4 | B2 d2 g2 d2 | e2 g2 f2 e2 | "
                      "d2 c2 A2 F2 | G4 G4"),
    "annen_polka": abc("Annen Polka", "4/4", "1/8", "F",
                       "F2 A2 c2 A2 | G2 B2 d4 | E2 G2 B2 G2 | F2 A2 c4 | F2 A2 c2 f2 | e2 d2 c2 B2 | "
                       "A2 G2 F2 E2 | F4 F4"),
    "zortziko": abc("Zortziko", "5/4", "1/8", "G",
                    "G2 B2 d2 c2 B2 | A2 c2 B2 A2 G2 | G2 B2 d2 e2 d2 | c2 B2 A2 G2 A2 | B2 d2 g2 f2 e2 | "
                    "d2 c2 B2 A2 B2 | c2 A2 F2 G2 A2 | G2 G2 G2 G2 G2"),
    # folk pieces
    "ashplant": abc("The Ashplant", "2/2", "1/8", "Em",
                    "E B B A B e e d | B A F A D F A F | E B B A B e e f | g e d B A F D F | "
                    "E B B A B e e d | B A F A D E F A | B e e d e f g e | f d A F E2 E2"),
    "julia_delaney": abc("Julia Delaney", "2/2", "1/8", "Dm",
                         "D E F D E F D F | E C C B, C D E C | D E F D E F A d | c A G E F D D2 | "
                         "D E F D E F D F | E C C B, C D E G | A d d c A G F A | G E C E D2 D2"),
    "wicklow": abc("The Wicklow Hornpipe", "2/2", "1/8", "G",
                   "B, D G B d B G B | c A F A d c A F | G B d g f d c A | B G A F G2 G2 | "
                   "d g g f g d B d | c e e d e c A c | B d g d c A F A | G B A F G2 G2"),
    "cronins": abc("Cronin's Hornpipe", "2/2", "1/8", "A",
                   "A c e c A c e a | g e c e g e c e | f a f d c e c A | B2 e2 c2 A2 | "
                   "c e a e c e a e | d f b f d f b f | c e d B A c B G | A2 c2 A2 A2"),
    "toormore": abc("The Toormore Polka", "2/4", "1/8", "G",
                    "G B d B | c2 A2 | B d g d | e2 d2 | G B d B | c2 e c | B d A F | G2 G2 | "
                    "g f g a | g2 d2 | e d e f | e2 c2 | d B c A | B2 G2 | A c B A | G2 G2"),
    "knocknagree": abc("The Knocknagree Polka", "2/4", "1/8", "D",
                       "f d d f | e c c e | d f a f | e2 d2 | f d d f | e c c A | B d c e | d2 d2 | "
                       "A d d e | f2 e d | c A c e | d2 A2 | A d d e | f2 a f | e d c e | d2 d2"),
    "battering_ram": abc("The Battering Ram", "6/8", "1/8", "G",
                         "B G G d G G | B G B d c B | c A A e A A | c A c e d c | B G G d G G | "
                         "B G B d B G | A B c B A G | A F D G3"),
    "eavesdropper": abc("The Eavesdropper", "6/8", "1/8", "D",
                        "A D D F D D | A D D F E D | B, E E G E E | B, E E G F E | A D D F A d | "
                        "c A G F E D | E F G A B c | d A F D3"),
    "chanter": abc("The Song of the Chanter", "9/8", "1/8", "G",
                   "d B G B G G d B G | c A F A F F c A F | d B G B G B d e f | g f e d c A B3 | "
                   "d g g d g g d B G | c e e c e e c A F | d B G c A F G B d | c A F A F D G3"),
    "anach_cuain": abc("Anach Cuain", "6/8", "1/8", "Am",
                       "A3 c2 d | e3 d2 c | d3 c2 A | G6 | A3 c2 d | e3 g2 e | d3 c2 B | A6"),
    "una_bhan": abc("Úna Bhán", "12/8", "1/8", "Am",
                    "E3 A3 B3 c3 | d3 c3 B6 | c3 B3 A3 G3 | E3 G3 A6 | A3 c3 d3 e3 | g3 e3 d6 | "
                    "c3 A3 G3 E3 | G3 A3 A6"),
}
