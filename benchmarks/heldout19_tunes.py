"""Public-domain melodies for real-heldout19, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels Jackie Coleman's, The Reel of Mullinavat and The Dairymaid,
the hornpipes The Groves and The Showman's Fancy, the polkas The Scartaglen and The Top of Maol,
the jigs Saddle the Pony and The Rambling Pitchfork, the slip jig The Choice Wife (it replaced
The Boys of Ballysadare, real-heldout16's The Boys of Ballisodare under another spelling, left in
TUNES for the REJECTED piece), the airs Sliabh na mBan and Róisín Dubh) and tunes published before 1929 whose writers died more
than 70 years ago (Trepak, Pyotr Tchaikovsky 1892, died 1893; The Arrival of the Queen of Sheba,
George Frideric Handel 1749, died 1759; Flight of the Bumblebee, Nikolai Rimsky-Korsakov 1900,
died 1908; Pizzicati, Léo Delibes 1876, died 1891; Csárdás, Vittorio Monti 1904, died 1922;
Brindisi, Giuseppe Verdi 1853, died 1901; Killarney, Michael William Balfe 1861, died 1870;
Méditation, Jules Massenet 1894, died 1912; Rondeau, Jean-Joseph Mouret 1729, died 1738; The
Sorcerer's Apprentice, Paul Dukas 1897, died 1935; Frog Legs Rag, James Scott 1906, died 1938;
Mattinata, Ruggero Leoncavallo 1904, died 1919; Mars, the Bringer of War, Gustav Holst,
published 1921, died 1934).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting, and for the lesser-known dance tunes and airs the notes are an outline
in the tune's key, metre and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Some are re-shaped for their arrangement, as a band
would: Trepak, the Queen of Sheba, Flight of the Bumblebee, Pizzicati, Csárdás, Rondeau, The
Sorcerer's Apprentice, Frog Legs Rag and Mattinata in plain 4/4; Brindisi (3/8) in 3/4;
Killarney and Sliabh na mBan in 6/8; Méditation and Róisín Dubh in 12/8; Mars in 5/4 throughout;
running sixteenths and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats
check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "trepak": abc("Trepak", "4/4", "1/8", "G",
                  "G2 G2 B2 d2 | c2 B2 A2 G2 | F2 A2 c2 A2 | G4 D4 | G2 G2 B2 d2 | e2 d2 c2 B2 | "
                  "A2 c2 F2 A2 | G4 G4"),
    "queen_of_sheba": abc("The Arrival of the Queen of Sheba", "4/4", "1/8", "Bb",
                          "B2 F2 B2 d2 | c2 F2 c2 e2 | d2 B2 c2 A2 | B4 F4 | d2 c2 B2 A2 | "
                          "G2 B2 A2 c2 | B2 A2 G2 A2 | B4 B4"),
    "bumblebee": abc("Flight of the Bumblebee", "4/4", "1/8", "Am",
                     "e2 ^d2 d2 ^c2 | c2 B2 _B2 A2 | e2 ^d2 d2 ^c2 | c2 B2 _B2 A2 | A2 ^G2 A2 B2 | "
                     "c2 B2 A2 ^G2 | A2 B2 c2 d2 | e4 A4"),
    "pizzicati": abc("Pizzicati", "4/4", "1/8", "G",
                     "d2 B2 d2 B2 | c2 A2 c2 A2 | B2 G2 A2 B2 | c4 A4 | d2 B2 d2 B2 | e2 c2 e2 c2 | "
                     "d2 B2 A2 F2 | G4 G4"),
    "csardas": abc("Csárdás", "4/4", "1/8", "Dm",
                   "A2 d2 e2 f2 | e2 d2 ^c2 d2 | f2 a2 g2 f2 | e4 A4 | A2 d2 e2 f2 | g2 f2 e2 d2 | "
                   "^c2 e2 A2 ^c2 | d4 d4"),
    "brindisi": abc("Brindisi", "3/4", "1/8", "Bb",
                    "F4 F2 | B4 c2 | d4 c2 | B4 F2 | G4 A2 | B4 G2 | F4 E2 | F4 F2 | "
                    "F4 F2 | c4 d2 | e4 d2 | c4 A2 | B4 G2 | F4 E2 | D2 F2 A2 | B4 B2"),
    "killarney": abc("Killarney", "6/8", "1/8", "Eb",
                     "B3 G2 B | e3 e3 | f3 e2 c | B6 | c3 B2 G | A3 F3 | G3 F2 E | F6 | "
                     "B3 G2 B | e3 g3 | f3 e2 c | B6 | c3 B2 A | G3 F3 | E3 F2 G | E6"),
    "meditation": abc("Méditation", "12/8", "1/8", "D",
                      "F3 A3 d3 f3 | e3 d3 c6 | B3 d3 g3 f3 | e3 d3 A6 | F3 A3 d3 f3 | a3 g3 f6 | "
                      "e3 d3 c3 e3 | d3 d3 d6"),
    "mouret_rondeau": abc("Rondeau", "4/4", "1/8", "D",
                          "d2 d2 A2 A2 | B2 c2 d4 | d2 d2 A2 F2 | G2 F2 E4 | F2 A2 d2 f2 | e2 d2 c2 B2 | "
                          "A2 d2 c2 e2 | d4 d4"),
    "sorcerers_apprentice": abc("The Sorcerer's Apprentice", "4/4", "1/8", "Dm",
                                "D2 D2 A2 A2 | F2 G2 A4 | B2 A2 G2 F2 | E4 A,4 | D2 D2 A2 A2 | "
                                "F2 G2 A2 c2 | B2 G2 E2 ^C2 | D4 D4"),
    "frog_legs": abc("Frog Legs Rag", "4/4", "1/8", "C",
                     "e2 g2 e2 c2 | d2 e2 c4 | A2 c2 e2 c2 | d4 G4 | e2 g2 e2 c2 | f2 e2 d2 c2 | "
                     "B2 d2 G2 B2 | c4 c4"),
    "mattinata": abc("Mattinata", "4/4", "1/8", "G",
                     "d2 d2 e2 d2 | B4 G4 | c2 c2 d2 c2 | A4 F4 | G2 A2 B2 c2 | d2 e2 d2 B2 | "
                     "A2 B2 A2 F2 | G4 G4"),
    "holst_mars": abc("Mars, the Bringer of War", "5/4", "1/8", "C",
                      "G2 G2 G2 G2 G2 | G2 G2 G2 A2 _B2 | c2 c2 B2 A2 G2 | G2 G2 G2 G2 G2 | "
                      "_A2 _A2 G2 F2 E2 | F2 G2 A2 _B2 c2 | d2 c2 _B2 A2 G2 | G2 G2 G2 G2 G2"),
    # folk and classical pieces
    "jackie_coleman": abc("Jackie Coleman's", "2/2", "1/8", "D",
                          "d2 A F D F A F | G B B A B c d B | A F D F A d f d | e c A c d2 d2 | "
                          "f2 d f a f d f | g e c e g e c e | f a g f e d c A | B G A F D2 D2"),
    "mullinavat": abc("The Reel of Mullinavat", "2/2", "1/8", "G",
                      "G2 D G B G D G | A2 E A c A E A | G2 D G B d g e | d B A G A2 A2 | "
                      "B2 g f g a b g | a g f e d B A c | B G A F G B d B | A F D F G2 G2"),
    "dairymaid": abc("The Dairymaid", "2/2", "1/8", "Am",
                     "A2 e A c A e A | G2 d G B G d G | A2 e A c e a e | g e d B A2 A2 | "
                     "a2 e a g e d B | G2 d G B G d G | a2 e a g e d B | c A B G A2 A2"),
    "the_groves": abc("The Groves", "2/2", "1/8", "D",
                      "F A d f a f d f | e g b g e c A c | d f a f d A F A | G E C E D2 D2 | "
                      "a2 f a d a f a | g2 e g c g e g | f a g f e d c e | d2 f2 d2 d2"),
    "showmans_fancy": abc("The Showman's Fancy", "2/2", "1/8", "G",
                          "B c d B G B d g | f g a f d f a f | g f e d c B A G | F A D F G2 G2 | "
                          "B2 d B G B d B | c2 e c A c e c | B d g d c A F A | G B A F G2 G2"),
    "scartaglen": abc("The Scartaglen Polka", "2/4", "1/8", "D",
                      "f2 e d | B A B d | A F A d | e2 e2 | f2 e d | B A B d | A F E F | D2 D2 | "
                      "a2 f a | g f e d | e f g e | f2 d2 | a2 f a | g f e d | e d c e | d2 d2"),
    "top_of_maol": abc("The Top of Maol", "2/4", "1/8", "G",
                       "B2 A G | A B d2 | e2 d B | d2 B A | B2 A G | A B d e | d B A B | G2 G2 | "
                       "g2 f e | d e g2 | e d B d | e2 d2 | g2 f e | d e g e | d B A B | G2 G2"),
    "saddle_the_pony": abc("Saddle the Pony", "6/8", "1/8", "G",
                           "G3 G B d | g f g d B G | c3 c e g | B d B A F D | G3 G B d | g f g a g f | "
                           "e d c B A F | G3 G3"),
    "rambling_pitchfork": abc("The Rambling Pitchfork", "6/8", "1/8", "D",
                              "F D D A D D | F A d c A G | F D D A D D | E F G F E D | F D D A D D | "
                              "F A d f e d | c A G F G E | D3 D3"),
    "boys_of_ballysadare": abc("The Boys of Ballysadare", "9/8", "1/8", "Am",
                               "A2 E c2 E A2 E | G2 D B2 D G2 D | A2 E c2 e d2 c | B A G E D E A3 | "
                               "a2 g e2 d c2 A | g2 e d2 B G2 B | c2 e B2 d G2 B | A2 B c B G A3"),
    "choice_wife": abc("The Choice Wife", "9/8", "1/8", "G",
                       "G2 B d2 B G2 B | c2 A F2 A c2 A | G2 B d2 g f2 d | e2 c A2 F G3 | "
                       "g2 f g2 d B2 d | e2 c A2 c e2 c | d2 B g2 d c2 A | B2 G A2 F G3"),
    "sliabh_na_mban": abc("Sliabh na mBan", "6/8", "1/8", "G",
                          "G3 B2 d | e3 d2 B | A3 G2 E | D6 | G3 A2 B | d3 e2 d | B3 A2 G | A6 | "
                          "d3 e2 g | e3 d2 B | A3 B2 d | e6 | d3 B2 G | A3 B2 A | G3 E2 D | G6"),
    "roisin_dubh": abc("Róisín Dubh", "12/8", "1/8", "Am",
                       "A3 B3 c3 d3 | e3 d3 c6 | d3 e3 g3 e3 | d3 c3 A6 | c3 d3 e3 g3 | a3 g3 e6 | "
                       "d3 c3 B3 G3 | A3 A3 A6"),
}
