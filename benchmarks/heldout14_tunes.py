"""Public-domain melodies for real-heldout14, transcribed for this set (ABC, melody only).

Traditional tunes (Irish reels, hornpipes and polkas, the slip jig Drops of Brandy, St. James
Infirmary, Two Guitars, Day-O, Las Mañanitas, Drink to Me Only with Thine Eyes) and tunes
published before 1929 whose writers died more than 70 years ago (Corelli 1713, Mendelssohn 1847,
Tchaikovsky 1893, Johann Strauss II 1899, Joseph Barnby 1896, James Frederick Swift ("Godfrey
Marks") 1901, Parry 1918, Fauré 1924, Sousa 1932, Elgar 1934, Lehár 1948). Written here from
memory, not copied from a collection: they follow the tune's outline rather than any printed
setting (the notes matter less than the grid, which is exact by construction). Some are
re-shaped for their arrangement, as a band would: Sailing, Sailing and Las Mañanitas re-barred in
5/4; the Sousa marches, Marche slave, Salut d'amour, the Pomp and Circumstance trio and the Spring
Song in plain 4/4 with even eighths (a dotted rhythm leaves beats without a note, which the
renderer core's >= 60 % notes-on-beats check refuses). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "stars_stripes": abc("The Stars and Stripes Forever", "4/4", "1/8", "F",
                         "A4 A2 A2 | A2 G2 F2 G2 | A4 A4 | A2 B2 A2 G2 | A4 G2 F2 | E2 F2 G2 A2 | G4 G4 | "
                         "G2 A2 B2 G2 | B4 B2 B2 | B2 A2 G2 A2 | B4 B4 | B2 c2 d2 c2 | c2 A2 F2 A2 | "
                         "G2 F2 E2 G2 | F4 F4 | F2 G2 A2 c2"),
    "semper_fidelis": abc("Semper Fidelis", "4/4", "1/8", "C",
                          "G4 c2 e2 | g4 e2 c2 | d2 e2 f2 d2 | c4 G4 | G4 c2 e2 | g4 f2 e2 | d2 c2 B2 d2 | "
                          "c4 c4"),
    "marche_slave": abc("Marche slave", "4/4", "1/8", "Dm",
                        "A2 _B2 A2 G2 | F2 G2 A4 | A2 _B2 A2 G2 | F2 E2 D4 | d2 e2 f2 e2 | d2 ^c2 d4 | "
                        "A2 _B2 A2 G2 | F2 E2 D4"),
    "st_james": abc("St. James Infirmary", "4/4", "1/8", "Dm",
                    "A2 d2 d2 d2 | d2 c2 d4 | A2 d2 f2 e2 | d4 A4 | A2 d2 d2 d2 | f2 e2 d2 c2 | "
                    "A2 G2 F2 E2 | D4 D4"),
    "two_guitars": abc("Two Guitars (Dve gitary)", "4/4", "1/8", "Am",
                       "E2 A2 A2 B2 | c2 B2 A4 | E2 A2 A2 B2 | c2 d2 e4 | e2 d2 c2 B2 | c2 B2 A2 ^G2 | "
                       "A2 B2 c2 B2 | A4 A4"),
    "gold_silver": abc("Gold and Silver (Gold und Silber)", "3/4", "1/8", "G",
                       "D4 G2 | B4 d2 | d4 c2 | B4 A2 | G4 B2 | A4 F2 | G2 A2 B2 | A4 D2 | "
                       "D4 G2 | B4 d2 | e4 d2 | c4 B2 | A2 B2 c2 | B4 A2 | G2 F2 A2 | G4 G2"),
    "sailing": abc("Sailing, Sailing (Over the Bounding Main)", "5/4", "1/8", "C",
                   "G2 E2 G2 c2 c2 | B2 A2 G2 E2 G2 | F2 D2 F2 B2 B2 | A2 G2 F2 D2 F2 | "
                   "E2 G2 c2 e2 e2 | d2 c2 B2 A2 G2 | A2 c2 B2 d2 B2 | c2 c2 c2 G2 c2"),
    "sweet_low": abc("Sweet and Low", "6/8", "1/8", "D",
                     "A3 F2 G | A3 d3 | c2 B A2 G | F6 | A3 F2 G | A3 e3 | d2 c B2 c | d6"),
    "drink_to_me": abc("Drink to Me Only with Thine Eyes", "12/8", "1/8", "D",
                       "F3 F3 F3 G2 A | B3 A3 G3 A2 B | A3 d3 B2 A G3 | F6 E6 | F3 F3 F3 G2 A | "
                       "B3 A3 G3 A2 B | A3 d3 B2 c d3 | d3 A3 F3 D3"),
    "salut_amour": abc("Salut d'amour", "4/4", "1/8", "D",
                       "A4 F2 G2 | A2 B2 c2 d2 | c4 B4 | A4 F4 | G4 E2 F2 | G2 A2 B2 c2 | B4 A4 | F4 D4"),
    "pomp_trio": abc("Pomp and Circumstance (March No. 1, trio)", "4/4", "1/8", "G",
                     "B4 A2 G2 | A4 B2 c2 | d4 e2 d2 | B4 G4 | c4 B2 A2 | B4 G2 E2 | D2 E2 F2 A2 | G4 G4"),
    "day_o": abc("Day-O (The Banana Boat Song)", "4/4", "1/8", "C",
                 "c2 c2 A2 c2 | G4 G4 | A2 A2 G2 F2 | E4 C4 | c2 c2 A2 c2 | G2 A2 G2 E2 | D2 E2 F2 D2 | "
                 "C4 C4"),
    "jerusalem": abc("Jerusalem (And did those feet in ancient time)", "4/4", "1/8", "D",
                     "D2 F2 A2 B2 | A4 F2 A2 | d2 e2 f2 e2 | d4 A4 | B2 A2 G2 F2 | E2 F2 G2 A2 | "
                     "F2 E2 D2 E2 | D4 D4"),
    "spring_song": abc("Spring Song (Songs Without Words, Op. 62 No. 6)", "4/4", "1/8", "A",
                       "c2 e2 e2 c2 | B2 A2 A4 | c2 e2 a2 g2 | f2 e2 e4 | f2 a2 a2 f2 | e2 c2 c4 | "
                       "B2 c2 d2 B2 | A4 A4"),
    # folk and classical pieces
    "sligo_maid": abc("The Sligo Maid", "2/2", "1/8", "Am",
                      "A B A G E A A B | c B A G E D D E | A B A G E A A B | c A B G A2 A2 | "
                      "e a a g a b a g | e d e g e d B d | e a a g a b a g | e d B G A2 A2"),
    "wise_maid": abc("The Wise Maid", "2/2", "1/8", "D",
                     "D F A F D F A F | G B d B A F E D | D F A F D F A F | G B A F E D D2 | "
                     "d f a f g f e d | c d e f g e c e | d f a f g f e d | c A B c d2 d2"),
    "rakish_paddy": abc("Rakish Paddy", "2/2", "1/8", "G",
                        "c2 A c d c A G | E D E G A2 G E | c2 A c d c A G | E G A G E D D2 | "
                        "d2 c d e d c A | G E G A c2 A G | d2 c d e d c A | G E A G E D D2"),
    "fairies_hornpipe": abc("The Fairies' Hornpipe", "2/2", "1/8", "G",
                            "G A B G D G B d | c A F A G F E D | G A B G D G B d | c A F A G2 G2 | "
                            "g f g d B G B d | e d c e d B G B | c B A c B A G B | A G F A G2 G2"),
    "chief_oneill": abc("Chief O'Neill's Favourite", "2/2", "1/8", "D",
                        "f e d f e c A c | d B A F D F A d | f e d f e c A c | d B A c d2 d2 | "
                        "f a f d B d f d | e g e c A c e c | f a f d B d g e | f d e c d2 d2"),
    "kerry_polka": abc("The Kerry Polka", "2/4", "1/8", "G",
                       "B A G A | B2 B2 | d B A G | A2 A2 | B A G A | B2 d2 | e d B A | G2 G2 | "
                       "d e d B | d2 e2 | d B A G | A2 B2 | d e d B | d2 g2 | e d B A | G2 G2"),
    "john_ryan": abc("John Ryan's Polka", "2/4", "1/8", "D",
                     "d B B A | B d d2 | e f e d | e2 A2 | d B B A | B d d2 | e f e d | d2 d2 | "
                     "f a a f | g e e2 | f e d f | e2 d2 | f a a f | g e e2 | f e d e | d2 d2"),
    "sicilienne": abc("Sicilienne (Pelléas et Mélisande)", "6/8", "1/8", "Gm",
                      "D2 E F2 G | D3 G3 | A2 B c2 A | B3 G3 | c2 B A2 G | F3 D3 | E2 F G2 E | D3 D3"),
    "pastorale": abc("Pastorale (Christmas Concerto, Op. 6 No. 8)", "12/8", "1/8", "G",
                     "B3 A2 G A3 B3 | c3 B2 A G3 D3 | B3 c2 d e3 d3 | c3 B2 A B3 G3 | B3 A2 G A3 B3 | "
                     "c3 e2 d c3 B3 | A3 G2 F G3 A3 | B3 A2 F G3 G3"),
    "drops_brandy": abc("Drops of Brandy", "9/8", "1/8", "G",
                        "G2 B d2 B G2 B | A2 c e2 c A2 c | B2 d g2 d B2 G | A2 F D2 F G3 | "
                        "d2 g g2 d B2 G | c2 e e2 c A2 c | B2 d g2 d B2 G | A2 F A2 F G3"),
    "voices_spring": abc("Voices of Spring (Frühlingsstimmen)", "3/4", "1/8", "G",
                         "G2 B2 d2 | g4 d2 | e2 d2 B2 | d4 B2 | A2 c2 e2 | a4 e2 | f2 e2 c2 | e4 c2 | "
                         "B2 d2 g2 | b4 g2 | a2 g2 f2 | e4 d2 | c2 e2 g2 | f2 e2 d2 | c2 B2 A2 | G4 G2"),
    "mananitas": abc("Las Mañanitas", "5/4", "1/8", "C",
                     "G2 G2 c2 c2 e2 | d2 c2 B2 c2 d2 | G2 G2 B2 B2 d2 | c2 B2 A2 B2 c2 | "
                     "e2 e2 f2 e2 d2 | c2 d2 e2 d2 c2 | B2 G2 A2 B2 d2 | c4 G2 c4"),
}
