"""Public-domain melodies for real-heldout24, transcribed for this set (ABC, melody only).

Traditional Irish dance tunes (the reels The Ravelled Hank of Yarn, The Oak Tree, The Pinch of
Snuff, The Scholar, The Honeymoon Reel, The Providence Reel and The Dogs Among the Bushes, the
hornpipe The Western Hornpipe) and rags published before 1929 whose writers died more than 70
years ago (Scott Joplin, died 1917: Gladiolus Rag 1907, Magnetic Rag 1914, Paragon Rag 1909,
Leola 1905, The Sycamore 1904, Eugenia 1906; Kismet Rag, Joplin and Scott Hayden 1913, Hayden
died 1915; James Scott, died 1938: Sunburst Rag 1909, Great Scott Rag 1909, Ragtime Oriole
1911, Victory Rag 1921, Efficiency Rag 1917, Troubadour Rag 1919, Modesty Rag 1920, Prosperity
Rag 1916; Harlem Rag, Tom Turpin 1897, died 1922). Written here from memory, not copied from a
collection: they follow the tune's outline rather than any printed setting, and for most the
notes are an outline in the tune's key, metre and shape more than its exact notes (the notes
matter less than the grid, which is exact by construction). The rags are re-shaped for their
arrangement, as a band would: plain 4/4, running sixteenths and syncopations evened out (the
renderer core's >= 60 % notes-on-beats check). The reels and the hornpipe are in 2/2 with even
eighths. No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "gladiolus": abc("Gladiolus Rag", "4/4", "1/8", "Bb",
                     "d2 f2 d2 B2 | c2 A2 F4 | G2 B2 d2 g2 | f2 d2 B4 | d2 f2 b2 f2 | g2 e2 c2 A2 | "
                     "B2 G2 F2 A2 | B4 B4"),
    "magnetic": abc("Magnetic Rag", "4/4", "1/8", "Bb",
                    "F2 B2 d2 f2 | e2 d2 c2 B2 | G2 c2 e2 g2 | f4 d4 | F2 B2 d2 f2 | g2 f2 e2 d2 | "
                    "c2 A2 F2 A2 | B4 B4"),
    "kismet": abc("Kismet Rag", "4/4", "1/8", "F",
                  "c2 A2 F2 A2 | c2 d2 c4 | B2 G2 E2 G2 | B2 c2 B4 | A2 c2 f2 c2 | d2 f2 a2 f2 | "
                  "g2 e2 c2 E2 | F4 F4"),
    "paragon": abc("Paragon Rag", "4/4", "1/8", "C",
                   "c2 e2 g2 e2 | f2 a2 g4 | e2 c2 G2 c2 | d2 e2 d4 | c2 e2 g2 c'2 | a2 f2 d2 f2 | "
                   "e2 d2 c2 B2 | c4 c4"),
    "leola": abc("Leola", "4/4", "1/8", "Bb",
                 "B2 d2 f2 d2 | e2 c2 A2 c2 | d2 B2 F2 B2 | c4 F4 | B2 d2 f2 b2 | a2 g2 f2 e2 | "
                 "d2 c2 B2 A2 | B4 B4"),
    "sycamore": abc("The Sycamore", "4/4", "1/8", "C",
                    "E2 G2 c2 e2 | d2 c2 B2 G2 | A2 c2 f2 a2 | g4 e4 | E2 G2 c2 e2 | f2 e2 d2 c2 | "
                    "B2 d2 G2 B2 | c4 c4"),
    "eugenia": abc("Eugenia", "4/4", "1/8", "Bb",
                   "f2 d2 B2 d2 | f2 g2 f4 | e2 c2 A2 c2 | e2 f2 e4 | d2 f2 b2 f2 | g2 e2 c2 e2 | "
                   "d2 c2 B2 A2 | B4 B4"),
    "sunburst": abc("Sunburst Rag", "4/4", "1/8", "Ab",
                    "A2 c2 e2 c2 | B2 G2 E4 | F2 A2 c2 f2 | e2 c2 A4 | A2 c2 e2 a2 | g2 e2 c2 e2 | "
                    "f2 d2 B2 G2 | A4 A4"),
    "great_scott": abc("Great Scott Rag", "4/4", "1/8", "G",
                       "G2 B2 d2 B2 | c2 e2 d4 | B2 G2 D2 G2 | A2 B2 A4 | G2 B2 d2 g2 | e2 c2 A2 c2 | "
                       "B2 A2 G2 F2 | G4 G4"),
    "harlem_rag": abc("Harlem Rag", "4/4", "1/8", "C",
                      "c2 c2 e2 g2 | a2 g2 e2 c2 | d2 d2 f2 a2 | g4 e4 | c2 c2 e2 g2 | c'2 a2 g2 e2 | "
                      "d2 f2 e2 D2 | C4 C4"),
    "ragtime_oriole": abc("Ragtime Oriole", "4/4", "1/8", "Gm",
                          "G2 B2 d2 g2 | f2 d2 B2 d2 | c2 e2 g2 e2 | d4 D4 | G2 B2 d2 g2 | a2 g2 f2 d2 | "
                          "e2 c2 A2 F2 | G4 G4"),
    "victory_rag": abc("Victory Rag", "4/4", "1/8", "Dm",
                       "D2 F2 A2 d2 | c2 A2 F2 A2 | G2 B2 d2 B2 | A4 E4 | D2 F2 A2 d2 | f2 e2 d2 c2 | "
                       "B2 G2 E2 C2 | D4 D4"),
    "efficiency": abc("Efficiency Rag", "4/4", "1/8", "Em",
                      "E2 G2 B2 e2 | d2 B2 G2 B2 | A2 c2 e2 c2 | B4 F4 | E2 G2 B2 e2 | g2 f2 e2 d2 | "
                      "c2 A2 F2 D2 | E4 E4"),
    "troubadour": abc("Troubadour Rag", "4/4", "1/8", "Am",
                      "A2 c2 e2 a2 | g2 e2 c2 e2 | f2 d2 A2 d2 | e4 E4 | A2 c2 e2 c2 | d2 f2 e2 d2 | "
                      "c2 B2 A2 ^G2 | A4 A4"),
    "modesty": abc("Modesty Rag", "4/4", "1/8", "F",
                   "F2 A2 c2 f2 | e2 g2 f4 | d2 B2 G2 B2 | c2 A2 F4 | F2 A2 c2 f2 | a2 g2 f2 d2 | "
                   "c2 B2 A2 G2 | F4 F4"),
    "prosperity": abc("Prosperity Rag", "4/4", "1/8", "Eb",
                      "E2 G2 B2 e2 | d2 B2 G4 | F2 A2 c2 A2 | B2 G2 E4 | E2 G2 B2 e2 | g2 f2 e2 c2 | "
                      "B2 A2 G2 F2 | E4 E4"),
    # undrummed reels and a hornpipe
    "ravelled_hank": abc("The Ravelled Hank of Yarn", "2/2", "1/8", "D",
                         "F A A F G B B G | F A A F E D E G | F A A F G B B d | c A B G A D D2 | "
                         "f a a f g b b g | f a a f e d e g | f a g e f d e c | d B A F D2 D2"),
    "oak_tree": abc("The Oak Tree", "2/2", "1/8", "G",
                    "G2 B G d G B G | A B c A F A c A | G2 B G d G B d | e c A F G2 G2 | "
                    "g2 f g d g f g | e f g e d B A G | B d g d e c A F | G B A F G2 G2"),
    "pinch_snuff": abc("The Pinch of Snuff", "2/2", "1/8", "D",
                       "A D F A d A F A | B G E G B G E G | A D F A d f e d | c A B c d2 d2 | "
                       "f d a d f d a d | g e b e g e b e | f d e c d B A F | G B A F D2 D2"),
    "scholar": abc("The Scholar", "2/2", "1/8", "D",
                   "F E D F A D F A | B c d B A F D F | G F E F G A B G | A F E D E2 E2 | "
                   "F E D F A D F A | B c d e f d e c | d B A F G E F E | D F E F D2 D2"),
    "honeymoon": abc("The Honeymoon Reel", "2/2", "1/8", "Em",
                     "E B, E F G E F D | E F G A B G A F | E B, E F G E F A | B G F D E2 E2 | "
                     "e f g e f d B d | e f g e B A G F | E F G A B G A F | G E F D E2 E2"),
    "providence": abc("The Providence Reel", "2/2", "1/8", "D",
                       "d c d A F A d f | e d c e A c e g | f e d A F A d f | e c A c d2 d2 | "
                       "a f d f a f d f | g e c e g e c e | f d A d c e A c | d f e c d2 d2"),
    "dogs_bushes": abc("The Dogs Among the Bushes", "2/2", "1/8", "G",
                       "G B d B G B d B | c A F A c A F A | G B d B G B d g | f d c A G2 G2 | "
                       "g f g a b a g f | e d c e d B G B | c B c d e d c A | B G A F G2 G2"),
    "western_hornpipe": abc("The Western Hornpipe", "2/2", "1/8", "G",
                            "G, B, D G B G D B, | C E G c e c G E | D F A d f d A F | G B A F G2 G2 | "
                            "B d g d B d g d | c e g e c e g e | d c B A G F E D | G B A F G2 G2"),
}
