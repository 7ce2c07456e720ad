"""Public-domain melodies for real-heldout20, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels The Salamanca and Crowley's, the hornpipes The Sunshine and
Byrne's, the polkas Din Tarrant's and Jim Keeffe's, the jigs Garrett Barry's and Scatter the
Mud, the slip jig The Dusty Miller, the airs An Raibh Tú ag an gCarraig and Táimse im'
Chodladh) and tunes published before 1929 whose writers died more than 70 years ago (Perpetuum
mobile, Johann Strauss II 1861, died 1899; Badinerie, Johann Sebastian Bach c. 1739, died 1750;
Solfeggietto, Carl Philipp Emanuel Bach 1766, died 1788; Rákóczi March, Hector Berlioz's setting
1846, died 1869; Coronation March, Giacomo Meyerbeer 1849, died 1864; Arabian Dance, Pyotr
Tchaikovsky 1892, died 1893; In the Steppes of Central Asia, Alexander Borodin 1880, died 1887;
Wine, Women and Song, Johann Strauss II 1869; In the Gloaming, Annie Fortescue Harrison 1877,
died 1944; He Shall Feed His Flock, George Frideric Handel 1741, died 1759; La Réjouissance,
Handel 1749; Dance of the Comedians, Bedřich Smetana 1866, died 1884; Peacherine Rag, Scott
Joplin 1901, died 1917; Marechiare, Francesco Paolo Tosti 1886, died 1916; Allegro con grazia,
Tchaikovsky 1893).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting, and for the lesser-known dance tunes and airs the notes are an outline
in the tune's key, metre and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Some are re-shaped for their arrangement, as a band
would: Perpetuum mobile, the Badinerie, Solfeggietto, the Rákóczi March, Arabian Dance, In the
Steppes, La Réjouissance, Dance of the Comedians, Peacherine Rag and Marechiare in plain 4/4; In
the Gloaming and An Raibh Tú ag an gCarraig in 6/8; He Shall Feed His Flock and Táimse im'
Chodladh in 12/8; Allegro con grazia in 5/4 throughout; running sixteenths and dotted rhythms
evened out (the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole,
so looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "perpetuum_mobile": abc("Perpetuum mobile", "4/4", "1/8", "A",
                            "e2 c2 A2 c2 | e2 a2 g2 f2 | e2 d2 c2 B2 | c2 A2 E4 | e2 c2 A2 c2 | "
                            "f2 a2 g2 f2 | e2 c2 B2 G2 | A4 A4"),
    "badinerie": abc("Badinerie", "4/4", "1/8", "Bm",
                     "B2 d2 B2 F2 | D2 F2 B,4 | F2 B2 c2 d2 | c4 F4 | B2 d2 f2 d2 | e2 c2 A2 c2 | "
                     "d2 B2 ^A2 c2 | B4 B4"),
    "solfeggietto": abc("Solfeggietto", "4/4", "1/8", "Cm",
                        "C2 E2 G2 c2 | e2 c2 G2 E2 | F2 A2 c2 f2 | e4 c4 | d2 B2 G2 B2 | c2 A2 F2 A2 | "
                        "B2 G2 F2 D2 | C4 C4"),
    "rakoczi": abc("Rákóczi March", "4/4", "1/8", "Am",
                   "A2 A2 B2 c2 | d2 c2 B2 A2 | E2 E2 ^G2 B2 | A4 E4 | A2 A2 B2 c2 | d2 e2 f2 e2 | "
                   "d2 c2 B2 ^G2 | A4 A4"),
    "coronation_march": abc("Coronation March", "4/4", "1/8", "Eb",
                            "B4 G2 E2 | B4 e4 | d2 c2 B2 A2 | G4 B4 | c4 A2 F2 | B4 G4 | F2 G2 A2 F2 | "
                            "E4 E4"),
    "arabian_dance": abc("Arabian Dance", "4/4", "1/8", "Gm",
                         "D2 G2 A2 B2 | A2 G2 F2 G2 | D4 D4 | G2 A2 B2 c2 | d2 c2 B2 A2 | G2 A2 F2 D2 | "
                         "E2 D2 ^C2 D2 | G4 G4"),
    "steppes": abc("In the Steppes of Central Asia", "4/4", "1/8", "A",
                   "e4 d2 c2 | B2 c2 d4 | c2 B2 A2 F2 | E4 E4 | A2 B2 c2 e2 | f2 e2 c2 B2 | A2 F2 E2 C2 | "
                   "A,4 A,4"),
    "wine_women_song": abc("Wine, Women and Song", "3/4", "1/8", "D",
                           "A4 d2 | f4 d2 | A4 F2 | E4 A2 | B4 c2 | d4 B2 | A4 G2 | F4 A2 | "
                           "A4 d2 | f4 a2 | g4 e2 | c4 A2 | B4 d2 | c4 e2 | d2 f2 e2 | d4 d2"),
    "gloaming": abc("In the Gloaming", "6/8", "1/8", "F",
                    "C3 F2 A | c3 A3 | B3 G2 E | F6 | A3 c2 A | G3 F3 | E3 D2 E | F6"),
    "feed_his_flock": abc("He Shall Feed His Flock", "12/8", "1/8", "F",
                          "C3 A3 G3 F3 | E3 F3 G6 | A3 B3 c3 A3 | G3 F3 F6 | F3 A3 c3 f3 | e3 d3 c6 | "
                          "B3 A3 G3 A3 | F3 F3 F6"),
    "rejouissance": abc("La Réjouissance", "4/4", "1/8", "D",
                        "d2 A2 d2 f2 | e2 d2 c2 A2 | d2 f2 a2 f2 | e4 A4 | B2 c2 d2 e2 | f2 e2 d2 c2 | "
                        "B2 G2 A2 c2 | d4 d4"),
    "comedians": abc("Dance of the Comedians", "4/4", "1/8", "A",
                     "A2 c2 e2 a2 | g2 e2 f2 d2 | c2 e2 B2 d2 | A4 E4 | A2 c2 e2 a2 | b2 g2 a2 f2 | "
                     "e2 c2 B2 G2 | A4 A4"),
    "peacherine": abc("Peacherine Rag", "4/4", "1/8", "C",
                      "G2 c2 e2 g2 | f2 e2 d2 c2 | A2 c2 f2 a2 | g4 e4 | G2 c2 e2 g2 | a2 g2 f2 e2 | "
                      "d2 f2 B2 d2 | c4 c4"),
    "marechiare": abc("Marechiare", "4/4", "1/8", "D",
                      "F2 A2 d2 A2 | B2 A2 F4 | G2 B2 e2 B2 | A4 F4 | F2 A2 d2 f2 | e2 d2 c2 B2 | "
                      "A2 c2 e2 c2 | d4 d4"),
    "con_grazia": abc("Allegro con grazia", "5/4", "1/8", "D",
                      "F2 G2 A4 F2 | B2 A2 G2 F2 E2 | E2 F2 G4 E2 | A2 G2 F2 E2 D2 | F2 G2 A4 d2 | "
                      "c2 B2 A2 G2 F2 | E2 F2 G2 A2 E2 | D2 D2 D2 D2 D2"),
    # folk and classical pieces
    "salamanca": abc("The Salamanca", "2/2", "1/8", "D",
                     "f A A2 d A F A | B A d A F E D E | f A A2 d A F A | B e e d e f g e | "
                     "f A A2 d A F A | B A d e f g a f | g f e d B d e f | e d B A d2 d2"),
    "crowleys": abc("Crowley's Reel", "2/2", "1/8", "Em",
                    "E2 B E G E B E | D2 A D F D A D | E2 B E G A B d | e d B A B2 E2 | "
                    "e2 B e g e d B | A2 F A D F A F | E F G A B d e f | g e d B e2 e2"),
    "sunshine": abc("The Sunshine Hornpipe", "2/2", "1/8", "G",
                    "B c d B G B d g | f a g f e d c B | A B c A F A c e | d c B A G2 G2 | "
                    "g2 d g B g d B | c e a e c A F A | G B d g f d e f | g2 f2 g2 g2"),
    "byrnes": abc("Byrne's Hornpipe", "2/2", "1/8", "A",
                  "e c A c e a f e | d B G B d f e d | c e a e c A E A | B A G B A2 A2 | "
                  "a2 e a c e a e | f d B d f a g f | e c d B c A B G | A2 c2 A2 A2"),
    "din_tarrant": abc("Din Tarrant's Polka", "2/4", "1/8", "D",
                       "A d d e | f2 e d | B d A F | E2 E2 | A d d e | f2 e f | g e d B | d2 d2 | "
                       "f a a f | g2 f e | f d e c | d2 A2 | f a a f | g2 f e | f d e c | d2 d2"),
    "jim_keeffe": abc("Jim Keeffe's Polka", "2/4", "1/8", "G",
                      "G B d B | c2 A2 | B d g d | e2 d2 | G B d B | c A F A | G B A F | G2 G2 | "
                      "d g g a | b2 a g | e g d g | B2 A2 | d g g a | b a g e | d B A F | G2 G2"),
    "garrett_barry": abc("Garrett Barry's", "6/8", "1/8", "D",
                         "A F D A F D | A d e f e d | c A G A B c | d c A G E D | A F D A F D | "
                         "A d e f g a | g e c d B G | A F D D3"),
    "scatter_the_mud": abc("Scatter the Mud", "6/8", "1/8", "Em",
                           "E F E B E E | d B A B A F | E F E B E E | d B A F E D | E F E B E E | "
                           "d e f g f e | d B A B d f | e B G E3"),
    "dusty_miller": abc("The Dusty Miller", "9/8", "1/8", "A",
                        "A2 c e2 c A2 c | B2 G d2 G B2 G | A2 c e2 a g2 e | f2 d B2 G A3 | "
                        "a2 f e2 c A2 c | d2 f e2 c B2 G | A2 c e2 c d2 B | c2 A B2 G A3"),
    "an_raibh_tu": abc("An Raibh Tú ag an gCarraig", "6/8", "1/8", "D",
                       "D3 F2 A | B3 A2 F | A3 d2 e | f6 | e3 d2 B | A3 F2 E | D3 E2 F | D6"),
    "taimse": abc("Táimse im' Chodladh", "12/8", "1/8", "Em",
                  "E3 G3 A3 B3 | d3 B3 A6 | G3 A3 B3 d3 | e3 d3 B6 | d3 e3 g3 e3 | d3 B3 A6 | "
                  "B3 A3 G3 E3 | D3 E3 E6"),
}
