"""Public-domain melodies for real-heldout23, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels Rolling in the Ryegrass, The Abbey Reel and The Steampacket, the hornpipes
The Quarrelsome Piper and The Gypsy Hornpipe, the polkas Tournafulla and The Lisheen Polka, the
jigs The Kilfenora Jig and The Monaghan Jig, the slip jig The Dever the Dancer, the airs Siúil a
Rún and Amhrán na Leabhar, the last a song of Tomás Rua Ó Súilleabháin, died 1848) and tunes
published before 1929 whose writers died more than 70 years ago (The Cascades, Scott Joplin
1904, died 1917; Hilarity Rag, James Scott 1910, died 1938; Evergreen Rag, James Scott 1915;
Knecht Ruprecht, Robert Schumann 1848, died 1856; Kamarinskaya, Mikhail Glinka 1848, died 1857;
Bacchanale from Samson et Dalila, Camille Saint-Saëns 1877, died 1921; Andaluza (Danza
española No. 5), Enrique Granados 1890, died 1916; Accelerationen, Johann Strauss II 1860, died 1899; Venetian Gondola Song,
Felix Mendelssohn 1830, died 1847; Chanson de matin, Edward Elgar 1899, died 1934; Heliotrope
Bouquet, Louis Chauvin and Scott Joplin 1907, died 1908 and 1917; The Chrysanthemum, Joplin
1904; Ophelia Rag, James Scott 1910; Auf der Jagd, Johann Strauss II 1875; Solace, Joplin 1909).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting, and for the lesser-known dance tunes and airs the notes are an outline
in the tune's key, metre and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Some are re-shaped for their arrangement, as a band
would: The Cascades, Hilarity Rag, Evergreen Rag, Knecht Ruprecht, Kamarinskaya, the Bacchanale,
Andaluza, Heliotrope Bouquet, The Chrysanthemum, Ophelia Rag and Auf der Jagd in plain 4/4; the
Venetian Gondola Song and Siúil a Rún in 6/8; Chanson de matin and Amhrán na Leabhar in 12/8;
Solace (a habanera in 2/4) in 5/4 throughout; running sixteenths and dotted rhythms evened out
(the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "cascades": abc("The Cascades", "4/4", "1/8", "C",
                    "e2 g2 e2 c2 | d2 e2 c4 | A2 c2 e2 g2 | f2 e2 d4 | e2 g2 e2 c2 | d2 f2 a2 g2 | "
                    "f2 e2 d2 B2 | c4 c4"),
    "hilarity_rag": abc("Hilarity Rag", "4/4", "1/8", "C",
                        "c2 e2 g2 e2 | a2 g2 e2 c2 | d2 f2 a2 f2 | g4 e4 | c2 e2 g2 c'2 | b2 a2 g2 e2 | "
                        "f2 d2 B2 G2 | c4 c4"),
    "evergreen_rag": abc("Evergreen Rag", "4/4", "1/8", "F",
                         "A2 c2 f2 c2 | d2 c2 A2 F2 | G2 B2 d2 B2 | c4 A4 | A2 c2 f2 a2 | g2 f2 d2 c2 | "
                         "B2 G2 E2 G2 | F4 F4"),
    "ruprecht": abc("Knecht Ruprecht", "4/4", "1/8", "Am",
                    "A,2 C2 E2 A2 | G2 F2 E2 D2 | C2 E2 A2 c2 | B2 ^G2 E4 | A2 c2 e2 c2 | d2 B2 ^G2 E2 | "
                    "F2 D2 B,2 ^G,2 | A,4 A,4"),
    "kamarinskaya": abc("Kamarinskaya", "4/4", "1/8", "D",
                        "A2 A2 B2 A2 | G2 F2 E2 D2 | A2 A2 B2 c2 | d4 A4 | A2 A2 B2 A2 | G2 F2 E2 F2 | "
                        "G2 E2 C2 E2 | D4 D4"),
    "bacchanale": abc("Bacchanale", "4/4", "1/8", "Am",
                      "A2 B2 c2 ^d2 | e2 f2 e2 ^d2 | e2 c2 A2 c2 | B4 E4 | A2 B2 c2 ^d2 | e2 a2 g2 f2 | "
                      "e2 d2 c2 B2 | A4 A4"),
    "andaluza": abc("Andaluza", "4/4", "1/8", "Em",
                    "B2 B2 c2 B2 | A2 G2 F2 E2 | B2 B2 c2 B2 | A4 G4 | G2 A2 B2 c2 | B2 A2 G2 F2 | "
                    "G2 F2 E2 D2 | E4 E4"),
    "accelerationen": abc("Accelerationen", "3/4", "1/8", "D",
                          "F2 A2 d2 | d4 c2 | B2 A2 G2 | F4 A2 | E2 G2 c2 | c4 B2 | A2 G2 F2 | E4 A2 | "
                          "F2 A2 d2 | f4 e2 | d2 c2 B2 | A4 F2 | G2 B2 e2 | d4 c2 | e2 d2 c2 | d4 d2"),
    "gondellied": abc("Venetian Gondola Song", "6/8", "1/8", "Gm",
                      "G3 B2 A | G3 D3 | E3 F2 G | A6 | B3 c2 B | A3 G2 F | G3 A2 F | G6"),
    "chanson_matin": abc("Chanson de matin", "12/8", "1/8", "G",
                         "B3 d3 g3 d3 | c3 e3 A6 | A3 c3 f3 c3 | B3 d3 G6 | B3 d3 g3 b3 | a3 g3 e6 | "
                         "d3 c3 B3 A3 | G3 G3 G6"),
    "heliotrope": abc("Heliotrope Bouquet", "4/4", "1/8", "G",
                      "B2 A2 G2 E2 | D2 G2 B4 | c2 B2 A2 F2 | D2 A2 c4 | B2 A2 G2 E2 | D2 G2 B2 d2 | "
                      "e2 d2 c2 A2 | G4 G4"),
    "chrysanthemum": abc("The Chrysanthemum", "4/4", "1/8", "F",
                         "F2 A2 c2 f2 | e2 c2 A4 | G2 B2 d2 g2 | f2 d2 B4 | A2 c2 f2 a2 | g2 e2 c2 A2 | "
                         "B2 G2 E2 C2 | F4 F4"),
    "ophelia_rag": abc("Ophelia Rag", "4/4", "1/8", "Bb",
                       "d2 f2 d2 B2 | c2 e2 c2 A2 | B2 d2 f2 b2 | a4 f4 | g2 e2 c2 e2 | f2 d2 B2 d2 | "
                       "c2 A2 F2 A2 | B4 B4"),
    "auf_der_jagd": abc("Auf der Jagd", "4/4", "1/8", "C",
                        "G2 c2 e2 g2 | g2 e2 c2 G2 | A2 d2 f2 a2 | g4 e4 | G2 c2 e2 g2 | c'2 b2 a2 g2 | "
                        "f2 d2 B2 G2 | c4 c4"),
    "solace": abc("Solace", "5/4", "1/8", "C",
                  "E2 G2 c2 B2 c2 | d2 c2 A2 F2 A2 | G2 B2 d2 c2 B2 | c2 G2 E2 C2 E2 | F2 A2 c2 B2 A2 | "
                  "G2 B2 d2 f2 e2 | d2 B2 G2 A2 B2 | c2 c2 c2 c2 c2"),
    # folk pieces
    "ryegrass": abc("Rolling in the Ryegrass", "2/2", "1/8", "D",
                    "A F F E F A A F | G E E D E F G E | A F F E F A d f | e d c e d A F A | "
                    "A F F E F A A F | G E E D E F G B | A d d c d e f d | e c A c d2 d2"),
    "abbey_reel": abc("The Abbey Reel", "2/2", "1/8", "Am",
                      "A B c A B A G B | A B c d e d c B | A B c A B A G E | D E G A B A G B | "
                      "A B c A B A G B | A B c d e f g e | a g e d e d c B | c A B G A2 A2"),
    "steampacket": abc("The Steampacket", "2/2", "1/8", "G",
                       "G B d B G B d g | f d c A F A c A | G B d B G B d g | f d c A G2 G2 | "
                       "g f g a g d B d | e c c B c A F A | G B d g f d c A | B G A F G2 G2"),
    "quarrelsome_piper": abc("The Quarrelsome Piper", "2/2", "1/8", "D",
                             "A, D F A d A F A | B G E G B G E G | A, D F A d f e d | c A B c d2 d2 | "
                             "f e d f a f d f | g f e g b g e g | f d e c d B c A | B c A c d2 d2"),
    "gypsy_hornpipe": abc("The Gypsy Hornpipe", "2/2", "1/8", "Am",
                          "A c e c A c e a | g e d B G B d g | A c e c A c e a | g e d B A2 A2 | "
                          "a g a e c e a e | g f g d B d g d | e a g e d B G B | c A B G A2 A2"),
    "tournafulla": abc("Tournafulla", "2/4", "1/8", "D",
                       "A d d f | e d B d | A d d f | e2 d2 | A d f a | g f e d | c e d c | d2 d2 | "
                       "f a a f | g e e g | f a a f | e2 d2 | f a a f | g e e c | d f e c | d2 d2"),
    "lisheen": abc("The Lisheen Polka", "2/4", "1/8", "G",
                   "d B B d | c A A c | B G B d | e2 d2 | d B B d | c A A c | B d c A | G2 G2 | "
                   "g f g a | b2 g2 | f e f g | a2 f2 | g f e d | c e d c | B d c A | G2 G2"),
    "kilfenora": abc("The Kilfenora Jig", "6/8", "1/8", "G",
                     "G B d g d B | c e c A F A | G B d g d B | c A F G3 | B d g b g d | c e g a f d | "
                     "B d g d B G | A F D G3"),
    "monaghan": abc("The Monaghan Jig", "6/8", "1/8", "Em",
                    "B E E G E E | B E E G F E | D F A d A F | D F A d c B | B E E G E E | B E E B c d | "
                    "e d B A F D | E3 E3"),
    "dever_dancer": abc("The Dever the Dancer", "9/8", "1/8", "D",
                        "F A A d A A f e d | c B A B G E G F E | F A A d A A f g a | g f e c A c d3 | "
                        "a f d f d d a f d | g e c e c c g e c | f d A d c B A F A | G E C E C E D3"),
    "siuil_a_run": abc("Siúil a Rún", "6/8", "1/8", "Em",
                       "E3 G2 A | B3 B2 A | G3 E2 D | E6 | B3 d2 e | d3 B2 A | G3 A2 F | E6"),
    "amhran_leabhar": abc("Amhrán na Leabhar", "12/8", "1/8", "G",
                          "D3 G3 A3 B3 | d3 B3 A6 | G3 A3 B3 d3 | e3 d3 B6 | d3 e3 g3 e3 | d3 B3 A6 | "
                          "G3 E3 D3 E3 | G3 G3 G6"),
}
