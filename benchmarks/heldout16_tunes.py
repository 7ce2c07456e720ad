"""Public-domain melodies for real-heldout16, transcribed for this set (ABC, melody only).

Traditional tunes (Irish reels, hornpipes, polkas, the jig The Blackthorn Stick and the slip jig
The Boys of Ballisodare, The Rising of the Moon, Deep River, Kelvingrove, The Road to the Isles,
Git Along Little Dogies) and tunes published before 1929 whose writers died more than 70 years
ago (Stephen Foster 1864, Lady John Scott 1900 (Annie Laurie), Verdi 1901, Septimus Winner 1902
(Whispering Hope), Grieg 1907, Émile Waldteufel 1915, Julius Fučík 1916, Sousa 1932, Kerry Mills
1948, Lehár 1948). Written here from memory, not copied from a collection: they follow the
tune's outline rather than any printed setting (the notes matter less than the grid, which is
exact by construction). Some are re-shaped for their arrangement, as a band would: El Capitan,
The Invincible Eagle, Manhattan Beach, the Florentiner March and the Aida march in plain 4/4;
Deep River and Annie Laurie in 12/8; Whispering Hope and Git Along Little Dogies re-barred in
5/4; dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check). No pickups:
every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks every
bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "el_capitan": abc("El Capitan", "4/4", "1/8", "G",
                      "D2 G2 B2 d2 | g4 d4 | e2 d2 c2 B2 | A4 D4 | D2 F2 A2 c2 | f4 e4 | "
                      "d2 c2 B2 A2 | G4 G4"),
    "invincible_eagle": abc("The Invincible Eagle", "4/4", "1/8", "Bb",
                            "F2 B2 d2 f2 | d4 B4 | c2 e2 g2 e2 | c4 A4 | F2 B2 d2 f2 | g2 f2 e2 d2 | "
                            "c2 d2 e2 c2 | B4 B4"),
    "solveig": abc("Solveig's Song", "4/4", "1/8", "Am",
                   "A2 B2 c2 e2 | d2 c2 B4 | A2 B2 c2 B2 | A2 ^G2 E4 | A2 B2 c2 e2 | f2 e2 d2 c2 | "
                   "B2 c2 B2 ^G2 | A4 A4"),
    "road_isles": abc("The Road to the Isles", "4/4", "1/8", "D",
                      "A2 F2 A2 d2 | c2 B2 A4 | B2 G2 B2 e2 | d2 c2 B4 | A2 F2 A2 d2 | f2 e2 d2 B2 | "
                      "A2 F2 E2 F2 | D4 D4"),
    "merry_widow": abc("The Merry Widow Waltz", "3/4", "1/8", "G",
                       "B4 A2 | G4 D2 | E2 F2 G2 | A4 F2 | A4 G2 | F4 D2 | E2 F2 E2 | D4 D2 | "
                       "B4 A2 | G4 D2 | E2 F2 G2 | c4 B2 | A2 B2 c2 | e4 d2 | A2 B2 F2 | G4 G2"),
    "kelvingrove": abc("Kelvingrove", "6/8", "1/8", "D",
                       "A3 F2 A | d3 c2 B | A3 F2 E | D6 | F3 A2 d | f3 e2 d | c3 B2 c | d6"),
    "deep_river": abc("Deep River", "12/8", "1/8", "Eb",
                      "G3 B3 c3 B3 | G3 E3 G6 | B3 c3 e3 c3 | B3 G3 B6 | G3 B3 c3 e3 | "
                      "f3 e3 c3 B3 | G3 E3 F3 G3 | E3 E3 E6"),
    "manhattan_beach": abc("Manhattan Beach", "4/4", "1/8", "F",
                           "C2 F2 A2 c2 | f4 c4 | d2 c2 B2 A2 | G4 C4 | C2 E2 G2 B2 | e4 d4 | "
                           "c2 B2 A2 G2 | F4 F4"),
    "florentiner": abc("Florentiner March", "4/4", "1/8", "C",
                       "E2 G2 c2 G2 | e4 c4 | d2 c2 B2 A2 | G4 G4 | F2 A2 d2 A2 | f4 d4 | "
                       "e2 d2 c2 B2 | c4 c4"),
    "ring_banjo": abc("Ring de Banjo", "4/4", "1/8", "D",
                      "A2 F2 A2 B2 | A2 F2 D4 | E2 F2 G2 E2 | F4 D4 | A2 F2 A2 d2 | B2 A2 F4 | "
                      "E2 F2 E2 C2 | D4 D4"),
    "hard_times": abc("Hard Times Come Again No More", "4/4", "1/8", "D",
                      "F2 A2 B2 A2 | F4 D4 | E2 F2 E2 D2 | B,4 A,4 | F2 A2 B2 A2 | F4 D4 | "
                      "E2 E2 F2 E2 | D4 D4"),
    "aida_triumph": abc("Triumphal March (Aida)", "4/4", "1/8", "Ab",
                        "c4 A2 c2 | e4 c4 | d2 c2 B2 A2 | G4 E4 | c4 A2 c2 | e4 a4 | "
                        "g2 f2 e2 B2 | A4 A4"),
    "red_wing": abc("Red Wing", "4/4", "1/8", "F",
                    "C2 F2 F2 F2 | A2 G2 F4 | F2 E2 D2 E2 | C4 C4 | C2 F2 F2 F2 | A2 c2 d4 | "
                    "c2 A2 G2 E2 | F4 F4"),
    "whispering_hope": abc("Whispering Hope", "5/4", "1/8", "F",
                           "A2 A2 B2 A2 G2 | F2 F2 A2 c2 A2 | G2 G2 A2 G2 F2 | E2 E2 G2 c2 G2 | "
                           "A2 A2 B2 c2 d2 | c2 A2 F2 A2 c2 | B2 A2 G2 E2 G2 | F2 F2 F2 C2 F2"),
    # folk and classical pieces
    "maids_mitchelstown": abc("The Maids of Mitchelstown", "2/2", "1/8", "D",
                              "D F A F d F A F | E G B G e G B G | D F A F d f e d | c A B c d2 d2 | "
                              "f d a d f d e d | g e b e g e f e | f d a f g e c A | B c d B A2 A2"),
    "humours_tulla": abc("The Humours of Tulla", "2/2", "1/8", "D",
                         "F D D E F A A F | B A F A B d e f | d c d A F A d f | e d c B A2 A2 | "
                         "d f a f g f e d | c A e A c A e g | f d a f g e c e | d B A c d2 d2"),
    "flogging_reel": abc("The Flogging Reel", "2/2", "1/8", "G",
                         "G B d B c A A2 | G B d g f d e f | g f d B c A F A | G B A F G2 G2 | "
                         "d g g f g a b g | f d c A F A d f | g f d B c A F A | G B A F G2 G2"),
    "derry_hornpipe": abc("The Derry Hornpipe", "2/2", "1/8", "D",
                          "A, D F A d A F D | E G B e g e c A | F A d f a f d A | B G E C D2 D2 | "
                          "a g f e d c B A | B d g b a f d f | g e c A d f e c | d A F E D2 D2"),
    "ricketts": abc("Rickett's Hornpipe", "2/2", "1/8", "D",
                    "A d c d A F D F | G B A G F A d f | g e c e f d A F | G E C E D2 D2 | "
                    "f a a f g b b g | f a g f e c A c | d f e g f d e c | d A F A d2 d2"),
    "johnny_leary": abc("Johnny Leary's Polka", "2/4", "1/8", "G",
                        "B2 d2 | e d B A | G A B d | e2 g2 | B2 d2 | e d B A | G A B A | G2 G2 | "
                        "g f e d | e g e d | B A B d | e2 d2 | g f e d | e g e d | B A G A | G2 G2"),
    "glen_cottage": abc("The Glen Cottage Polka", "2/4", "1/8", "D",
                        "A F A d | c A B c | d f e d | c2 A2 | A F A d | c A B c | d e c e | d2 d2 | "
                        "f2 f e | d c B A | g2 g f | e d c B | A F A d | c A B c | d e c e | d2 d2"),
    "rising_moon": abc("The Rising of the Moon", "6/8", "1/8", "G",
                       "D3 G2 A | B3 c2 d | e3 d2 B | A6 | G3 A2 B | c3 B2 A | G3 E2 F | G6"),
    "annie_laurie": abc("Annie Laurie", "12/8", "1/8", "D",
                        "F3 F3 A3 A3 | d6 c3 B3 | A3 A3 F3 A3 | B6 A6 | F3 F3 A3 A3 | "
                        "d3 e3 f3 e3 | d3 B3 A3 E3 | D6 D6"),
    "ballisodare": abc("The Boys of Ballisodare", "9/8", "1/8", "G",
                       "G2 B d2 B c2 A | G2 B d2 g e2 d | G2 B d2 B c2 A | B2 G A2 F G3 | "
                       "g2 f g2 e d2 B | g2 f g2 a b2 g | e2 d e2 g d2 B | c2 A A2 F G3"),
    "espana_waltz": abc("España (waltz)", "3/4", "1/8", "F",
                        "C4 F2 | A4 c2 | c4 A2 | G4 F2 | E4 G2 | B4 d2 | d4 B2 | A4 F2 | "
                        "C4 F2 | A4 c2 | f4 d2 | c4 A2 | B2 d2 f2 | e2 d2 c2 | B2 A2 G2 | F4 F2"),
    "git_along": abc("Git Along, Little Dogies", "5/4", "1/8", "F",
                     "C2 F2 F2 F2 A2 | G2 F2 G2 A2 F2 | C2 F2 F2 F2 A2 | G4 G2 C2 G2 | "
                     "A2 A2 c2 c2 A2 | G2 F2 G2 A2 G2 | F2 E2 D2 C2 E2 | F2 F2 F2 C2 F2"),
    "blackthorn_stick": abc("The Blackthorn Stick", "6/8", "1/8", "G",
                            "d B G B A G | E G G D G G | d B G B A G | A B c A F D | d B G B A G | "
                            "E G G D G G | c B c A B c | B G G G3"),
}
