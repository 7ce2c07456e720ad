"""Public-domain melodies for real-heldout12, transcribed for this set (ABC, melody only).

Traditional tunes (Irish dance tunes and airs, the shanty Haul Away Joe, the ballad The Wild
Rover, the carol Jolly Old Saint Nicholas, the English Greensleeves) and tunes published before
1900 whose writers died more than 70 years ago (Schubert 1828, Mozart 1791, Ponchielli 1886,
Dvořák 1904, Jeremiah Clarke 1707, Gossec 1829, Mendelssohn 1847, Schumann 1856, John Francis
Wade 1786, Chopin 1849, Turlough O'Carolan 1738). Written here from memory, not copied from a
collection: most follow the tune's outline rather than any printed setting (the notes matter
less than the grid, which is exact by construction). Some are re-shaped for their arrangement,
as a band would: the Marche militaire re-barred in 4/4, Jolly Old Saint Nicholas re-barred in
5/4, Greensleeves in 6/8, Schubert's Ave Maria in 12/8, Dance of the Hours, the Largo and
Träumerei in plain 4/4 with even eighths (a dotted rhythm leaves beats without a note, which the
renderer core's >= 60 % notes-on-beats check refuses). No pickups: every bar is whole, so
looping keeps the grid regular (tests/test_heldout12.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "marche_militaire": abc("Marche militaire No. 1", "4/4", "1/8", "D",
                            "d2 A2 F2 A2 | d2 A2 F2 D2 | E2 G2 B2 e2 | c2 A2 A4 | d2 A2 F2 A2 | d2 A2 F2 D2 | "
                            "E2 A2 c2 e2 | d2 d2 d4"),
    "nachtmusik": abc("Eine kleine Nachtmusik", "4/4", "1/8", "G",
                      "G4 D4 | G2 D2 G2 B2 | d4 A4 | d2 A2 d2 f2 | a2 g2 f2 e2 | d2 c2 B2 A2 | G2 A2 B2 c2 | "
                      "d2 d2 d4 | G4 D4 | G2 D2 G2 B2 | d4 A4 | d2 A2 d2 f2 | a2 f2 d2 f2 | e2 c2 A2 c2 | "
                      "B2 A2 G2 F2 | G2 G2 G4"),
    "haul_away": abc("Haul Away Joe", "4/4", "1/8", "Dm",
                     "A2 A2 A2 F2 | G2 G2 G4 | A2 A2 A2 F2 | E2 D2 D4 | A2 d2 d2 c2 | A2 G2 F2 E2 | "
                     "D2 F2 E2 C2 | D2 D2 D4"),
    "wild_rover": abc("The Wild Rover", "3/4", "1/8", "G",
                      "D2 G2 G2 | G4 A2 | B2 A2 G2 | F4 D2 | D2 F2 A2 | A4 B2 | A2 G2 F2 | G4 D2 | "
                      "D2 G2 G2 | G4 A2 | B2 c2 d2 | e4 d2 | c2 B2 A2 | G2 F2 E2 | D2 F2 A2 | G4 G2"),
    "jolly_nicholas": abc("Jolly Old Saint Nicholas", "5/4", "1/8", "G",
                          "B2 B2 B2 B2 A2 | A2 A2 G2 G2 G2 | G2 B4 D2 G2 | B2 d4 A2 A2 | c2 c2 c2 c2 B2 | "
                          "B2 B2 A2 A2 A2 | A2 d2 c2 B2 A2 | G4 G2 G2 G2"),
    "greensleeves": abc("Greensleeves", "6/8", "1/8", "Am",
                        "A2 c d2 e | f e d B2 G | A B c A2 A | ^G ^F ^G E2 E | A2 c d2 e | f e d B2 G | "
                        "A B c B A ^G | A3 A3 | g3 g f e | d2 B G A B | c2 A A ^G A | B2 ^G E3 | g3 g f e | "
                        "d2 B G A B | c B A ^G ^F ^G | A3 A3"),
    "ave_maria": abc("Ave Maria (Ellens dritter Gesang)", "12/8", "1/8", "C",
                     "E6 E2 D E2 F | G6 G3 A3 | c3 B3 A3 G3 | E6 D6 | E6 E2 D E2 F | G6 G3 E3 | "
                     "F3 E3 D3 B,3 | C6 C6"),
    "dance_hours": abc("Dance of the Hours", "4/4", "1/8", "F",
                       "c2 A2 c2 A2 | c2 B2 A2 G2 | F2 A2 G2 F2 | E2 F2 G4 | c2 A2 c2 A2 | c2 B2 A2 G2 | "
                       "F2 A2 G2 E2 | F2 F2 F4"),
    "new_world_largo": abc("Largo (Symphony No. 9, From the New World)", "4/4", "1/8", "C",
                           "E3 G G4 | E2 D2 C4 | D2 E2 G2 E2 | D4 D4 | E3 G G4 | E2 D2 C4 | D2 E2 D2 C2 | C4 C4"),
    "trumpet_voluntary": abc("Prince of Denmark's March (Trumpet Voluntary)", "4/4", "1/8", "D",
                             "A2 A2 A2 d2 | c2 B2 A4 | B2 c2 d2 e2 | c2 B2 A4 | d2 d2 e2 f2 | e2 d2 c2 B2 | "
                             "A2 d2 c2 B2 | A2 A2 A4"),
    "gossec_gavotte": abc("Gavotte (Gossec)", "4/4", "1/8", "D",
                          "f2 f2 e2 f2 | g2 f2 e2 d2 | c2 d2 e2 c2 | d2 A2 A4 | f2 f2 e2 f2 | g2 f2 e2 d2 | "
                          "c2 e2 d2 c2 | d2 d2 d4"),
    "herald_angels": abc("Hark! The Herald Angels Sing", "4/4", "1/8", "F",
                         "C2 F2 F3 E | F2 A2 A2 G2 | c2 c2 c3 B | A2 G2 A4 | C2 F2 F3 E | F2 A2 A2 G2 | "
                         "c2 G2 G3 E | E2 D2 C4"),
    "traumerei": abc("Träumerei (Kinderszenen No. 7)", "4/4", "1/8", "F",
                     "C2 F4 E2 | F2 A2 c2 f2 | f4 e2 d2 | c2 A2 F2 G2 | A4 G2 F2 | E2 D2 C2 D2 | "
                     "E2 F2 G2 A2 | F4 F4"),
    "adeste": abc("O Come, All Ye Faithful (Adeste Fideles)", "4/4", "1/8", "G",
                  "G4 G2 D2 | G2 A2 D4 | B2 A2 B2 c2 | B4 A2 G2 | G4 F2 E2 | F2 G2 A2 B2 | F4 E2 D2 | D4 D4"),
    # folk and classical pieces
    "merry_blacksmith": abc("The Merry Blacksmith", "2/2", "1/8", "D",
                            "d2 A d B d A F | G F E F G A B c | d2 A d B d A F | G E c E D2 D2 | "
                            "d2 A d B d A F | G F E F G A B c | d c d e f d e c | d B A F D2 D2"),
    "earls_chair": abc("The Earl's Chair", "2/2", "1/8", "Bm",
                       "B2 F B d B F B | A F E F D F A F | B2 F B d B F B | A F E F D2 D2 | "
                       "B c d e f d e c | d B A F D F A F | B c d e f d e c | d B A F B2 B2"),
    "musical_priest": abc("The Musical Priest", "2/2", "1/8", "Bm",
                          "F B B A B c d e | f e d c B A F E | F B B A B c d e | f d c A B2 B2 | "
                          "f b b a f e d c | B A F A B c d e | f b b a f e d c | B A F E F B B2"),
    "britches": abc("Britches Full of Stitches", "2/4", "1/8", "A",
                    "A2 c B | A2 F2 | A c B A | B2 c2 | A2 c B | A2 F2 | A c B c | A2 A2 | "
                    "e2 f e | c2 A2 | e f e c | B2 c2 | e2 f e | c2 A2 | B c B c | A2 A2"),
    "maggie_woods": abc("Maggie in the Woods", "2/4", "1/8", "G",
                        "d B d B | d2 e2 | d c B A | B2 G2 | d B d B | d2 e2 | d c B A | G2 G2 | "
                        "g f e d | e2 d2 | c B A G | A2 B2 | g f e d | e2 d2 | c B A F | G2 G2"),
    "tobins": abc("Tobin's Jig", "6/8", "1/8", "D",
                  "A F A A F A | B G B B G B | A F A A F A | B A G F E D | A F A A F A | B G B B G B | "
                  "d c B A F A | B A G F D D"),
    "blarney_pilgrim": abc("The Blarney Pilgrim", "6/8", "1/8", "G",
                           "D E D D E G | A G E A B c | B A G A G E | G E D E G A | D E D D E G | A G E A B c | "
                           "B d B A G E | G E D D E D"),
    "foxhunters": abc("The Foxhunter's Jig", "9/8", "1/8", "G",
                      "G2 B d2 B d2 B | c2 A e2 A c2 A | G2 B d2 B d2 B | c B A B G E D3 | "
                      "g2 e d2 B d2 B | c2 A e2 A c2 A | g2 e d2 B G B d | c B A B G F G3"),
    "planxty_irwin": abc("Planxty Irwin", "3/4", "1/8", "G",
                         "G2 B2 d2 | g4 f e | d2 B2 G2 | A4 B c | d2 e2 d2 | c2 B2 A2 | B2 A2 G2 | A4 A2 | "
                         "G2 B2 d2 | g4 f e | d2 B2 G2 | A4 B c | d2 g2 f2 | e2 d2 c2 | B2 A2 F2 | G4 G2"),
    "si_bheag": abc("Sí Bheag, Sí Mhór", "3/4", "1/8", "D",
                    "F2 E D E F | A4 B2 | A F E D E F | E4 D2 | F2 E D E F | A4 d2 | B A F A E F | D4 D2 | "
                    "d2 e d B A | B4 A2 | d2 e d B A | F4 E2 | F2 E D E F | A4 d2 | B A F A E F | D4 D2"),
    "minute_waltz": abc("Waltz in D-flat major, Op. 64 No. 1 (Minute Waltz)", "3/4", "1/8", "Db",
                        "A G A c B A | G A c B A G | A G A c B A | G A B c d e | f e d c B A | G F E D C E | "
                        "F A G E F D | C2 C2 C2"),
    "wedding_march": abc("Wedding March (A Midsummer Night's Dream)", "4/4", "1/8", "C",
                         "G2 c2 c3 c | c2 B2 A2 G2 | A2 d2 d3 d | d2 c2 B2 A2 | G2 e2 e3 e | e2 d2 c2 B2 | "
                         "A2 c2 B2 A2 | G2 G2 G4"),
}
