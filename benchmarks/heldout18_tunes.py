"""Public-domain melodies for real-heldout18, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels The Heathery Breeze, The Longford Collector and The Pigeon
on the Gate, the hornpipes The Wonder and Dunphy's, the polkas The Glenbeigh and The Knocknaboul,
the jig The Cliffs of Moher, the slip jig Strop the Razor, O'Sullivan's March, the airs Eileen
Aroon and The Coolin) and tunes published before 1929 whose writers
died more than 70 years ago (Tambourin, Jean-Philippe Rameau 1724, died 1764; Rigaudon, André
Campra (1690s), died 1744; Old Comrades (Alte Kameraden), Carl Teike 1889, died 1922; Procession
of the Sardar, Mikhail Ippolitov-Ivanov 1895, died 1935; Polovtsian Dances, Alexander Borodin
1890, died 1887 (published posthumously); Promenade, Modest Mussorgsky 1874, died 1881; Panis
Angelicus, César Franck 1872, died 1890; Juanita, Caroline Norton 1853, died 1877; La
Golondrina, Narciso Serradell 1862, died 1910; The Bowery, Percy Gaunt and Charles H. Hoyt
1892, died 1896 and 1900; March of the Toys, Victor Herbert 1903, died 1924; Hiawatha, Neil
Moret (Charles N. Daniels) 1901, died 1943; Dill Pickles, Charles L. Johnson 1906, died
1950; Temptation Rag, Henry Lodge 1909, died 1933; Valse
Bleue, Alfred Margis 1900, died 1913).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting, and for the lesser-known dance tunes and airs the notes are an outline
in the tune's key, metre and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Some are re-shaped for their arrangement, as a band
would: Tambourin, Rigaudon, Old Comrades, Procession of the Sardar, the Polovtsian Dances,
Dill Pickles, La Golondrina, March of the Toys, Hiawatha and Temptation Rag in plain 4/4;
Juanita and Eileen Aroon in 6/8; Panis Angelicus and The Coolin in 12/8; Promenade (5/4 and
6/4) re-barred in 5/4 throughout; dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "rameau_tambourin": abc("Tambourin", "4/4", "1/8", "Em",
                            "e2 B2 e2 B2 | e2 f2 g2 f2 | e2 d2 c2 B2 | A4 G4 | e2 B2 e2 B2 | "
                            "e2 f2 g2 a2 | g2 f2 e2 d2 | e4 e4"),
    "old_comrades": abc("Old Comrades", "4/4", "1/8", "F",
                        "C2 F2 F2 F2 | A4 F4 | G2 A2 B2 G2 | A4 F4 | C2 F2 F2 F2 | A4 c4 | "
                        "B2 A2 G2 E2 | F4 F4"),
    "sardar": abc("Procession of the Sardar", "4/4", "1/8", "Em",
                  "E2 E2 G2 E2 | B4 A4 | G2 F2 E2 D2 | E4 E4 | E2 E2 G2 B2 | d4 c4 | B2 A2 G2 F2 | E4 E4"),
    "campra_rigaudon": abc("Rigaudon", "4/4", "1/8", "D",
                           "d2 A2 d2 f2 | e2 d2 c2 A2 | d2 f2 a2 f2 | e4 A4 | d2 A2 d2 f2 | "
                           "g2 f2 e2 d2 | c2 e2 A2 c2 | d4 d4"),
    "dill_pickles": abc("Dill Pickles", "4/4", "1/8", "C",
                        "G2 c2 A2 G2 | E2 G2 c4 | G2 c2 A2 G2 | F2 A2 d4 | G2 d2 B2 G2 | F2 A2 d2 B2 | "
                        "c2 e2 d2 B2 | c4 c4"),
    "the_bowery": abc("The Bowery", "3/4", "1/8", "C",
                      "E4 G2 | c4 G2 | A4 G2 | E4 C2 | D4 E2 | F4 A2 | G4 E2 | G4 G2 | "
                      "E4 G2 | c4 e2 | d4 c2 | A4 F2 | G4 E2 | D4 B,2 | C2 E2 D2 | C4 C2"),
    "juanita": abc("Juanita", "6/8", "1/8", "D",
                   "F3 F2 G | A3 A3 | B3 A2 F | A6 | G3 G2 F | E3 E3 | F3 E2 D | E6 | "
                   "F3 F2 G | A3 d3 | c3 B2 A | F6 | G3 F2 E | D3 E3 | F3 E2 E | D6"),
    "panis_angelicus": abc("Panis Angelicus", "12/8", "1/8", "G",
                           "D3 G3 G3 A3 | B3 A3 G6 | B3 c3 d3 e3 | d3 c3 B6 | d3 c3 B3 A3 | "
                           "G3 A3 B6 | A3 G3 F3 A3 | G3 G3 G6"),
    "golondrina": abc("La Golondrina", "4/4", "1/8", "G",
                      "B2 B2 B2 A2 | G4 D4 | E2 F2 G2 A2 | B4 B4 | A2 A2 A2 G2 | F4 D4 | "
                      "E2 F2 A2 F2 | G4 G4"),
    "march_of_toys": abc("March of the Toys", "4/4", "1/8", "C",
                         "G2 G2 c2 c2 | e2 e2 c4 | G2 G2 c2 e2 | d4 G4 | A2 A2 d2 d2 | f2 f2 d4 | "
                         "B2 G2 d2 B2 | c4 c4"),
    "polovtsian": abc("Polovtsian Dances", "4/4", "1/8", "A",
                      "A4 B2 c2 | e4 c4 | B2 A2 B2 c2 | A4 E4 | A4 B2 c2 | e4 f4 | e2 c2 B2 A2 | A4 A4"),
    "hiawatha": abc("Hiawatha", "4/4", "1/8", "F",
                    "F2 A2 c2 A2 | B2 G2 E4 | G2 B2 d2 B2 | c2 A2 F4 | F2 A2 c2 A2 | B2 G2 E2 G2 | "
                    "A2 G2 E2 G2 | F4 F4"),
    "temptation_rag": abc("Temptation Rag", "4/4", "1/8", "Dm",
                          "d2 f2 a2 f2 | ^g2 a2 f4 | e2 f2 g2 e2 | d2 f2 a4 | d2 f2 a2 f2 | "
                          "b2 a2 g2 f2 | e2 ^c2 e2 g2 | f4 d4"),
    "promenade": abc("Promenade", "5/4", "1/8", "Bb",
                     "G2 F2 B2 c2 f2 | d2 c2 f2 d2 c2 | B2 c2 G2 F2 G2 | F2 B2 c2 B2 B2 | "
                     "G2 F2 B2 c2 f2 | d2 c2 f2 d2 c2 | B2 c2 d2 c2 G2 | F2 G2 F2 B2 B2"),
    # folk and classical pieces
    "heathery_breeze": abc("The Heathery Breeze", "2/2", "1/8", "G",
                           "G2 B d g d B d | c A F A D F A c | B G B d g f g a | b g a f g2 g2 | "
                           "d g g f g a b g | f d e f g e d c | B d g d c A F A | G B A F G2 G2"),
    "longford_collector": abc("The Longford Collector", "2/2", "1/8", "G",
                              "G2 B G d G B G | A2 c A e A c A | G2 B G d G B d | e d c A B G G2 | "
                              "d2 g d e d g d | f2 a f d f a f | g f e d c B A c | B G A F G2 G2"),
    "pigeon_on_gate": abc("The Pigeon on the Gate", "2/2", "1/8", "Em",
                          "E B, E G B G E G | F D F A d A F A | E B, E G B G E G | A F D F E2 E2 | "
                          "B e e d e f g e | d B A F D F A d | B e e d e f g e | d B A F E2 E2"),
    "wonder_hornpipe": abc("The Wonder Hornpipe", "2/2", "1/8", "D",
                           "A2 F A d A F A | B G B d g f e d | c B A G F G A F | G E C E A2 A2 | "
                           "d c d e f e d c | B A G F G A B c | d f e d c e A c | d2 f2 d2 d2"),
    "dunphys_hornpipe": abc("Dunphy's Hornpipe", "2/2", "1/8", "G",
                            "B A G B d B G B | c B A c e c A c | B A G B d g f g | a f d f g2 g2 | "
                            "d2 g d B d g d | e2 g e c e g e | d c B A G A B G | A F D F G2 G2"),
    "glenbeigh": abc("The Glenbeigh Polka", "2/4", "1/8", "D",
                     "A2 d e | f2 e d | B d A F | E2 D2 | A2 d e | f2 a f | e d B d | e2 e2 | "
                     "a2 f a | b a f e | d e f d | e2 A2 | a2 f a | b a f e | d B A F | D2 D2"),
    "knocknaboul": abc("The Knocknaboul Polka", "2/4", "1/8", "G",
                       "G2 B d | g2 d B | c B A G | A2 D2 | G2 B d | g2 b g | f e d c | B2 G2 | "
                       "d2 B d | e d B A | G A B d | e2 d2 | g2 f e | d B A G | A B A F | G2 G2"),
    "eileen_aroon": abc("Eileen Aroon", "6/8", "1/8", "D",
                        "D3 F2 A | d3 c2 B | A3 F2 E | D6 | F3 A2 d | e3 f2 e | d3 B2 A | A6 | "
                        "d3 e2 f | e3 d2 B | A3 F2 A | B6 | A3 F2 D | E3 F2 E | D3 C2 E | D6"),
    "the_coolin": abc("The Coolin", "12/8", "1/8", "F",
                      "C3 F3 G3 A3 | B3 A3 G6 | A3 c3 d3 c3 | A3 G3 F6 | C3 F3 G3 A3 | c3 d3 c6 | "
                      "B3 A3 G3 E3 | F3 F3 F6"),
    "cliffs_of_moher": abc("The Cliffs of Moher", "6/8", "1/8", "Am",
                           "a3 a g e | d e g a g e | a3 a g e | d e g e d B | A3 A G E | G A B d B A | "
                           "G E D G A B | c B A A3"),
    "strop_the_razor": abc("Strop the Razor", "9/8", "1/8", "G",
                           "B2 G d2 G B2 G | A2 F D2 F A2 F | B2 G d2 G B2 d | e d c B A F G3 | "
                           "d2 g g2 f g2 e | d2 B G2 B d2 B | c2 e B2 d A2 F | G2 A B A F G3"),
    "valse_bleue": abc("Valse Bleue", "3/4", "1/8", "F",
                       "c4 A2 | c4 A2 | B4 G2 | E4 C2 | B4 G2 | B4 G2 | A4 F2 | C4 C2 | "
                       "c4 A2 | c4 f2 | e4 d2 | c4 A2 | B4 G2 | A4 F2 | G2 A2 G2 | F4 F2"),
    "osullivans_march": abc("O'Sullivan's March", "6/8", "1/8", "Em",
                            "E3 B2 A | B3 E2 F | G2 A B2 A | G F E D3 | E3 B2 A | B3 d2 B | A2 G F2 D | E3 E3 | "
                            "e3 d2 B | A3 B2 d | e2 f g2 f | e3 d3 | e3 d2 B | A3 G2 F | E2 F G2 F | E3 E3"),
}
