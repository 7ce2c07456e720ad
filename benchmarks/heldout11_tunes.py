"""Public-domain melodies for real-heldout11, transcribed for this set (ABC, melody only).

Traditional tunes (Irish, Scottish, English, Welsh and American songs and dance tunes, the carol
Deck the Halls) and tunes published before 1900 whose writers died more than 70 years ago
(Chopin 1849, Beethoven 1827 (Für Elise, published 1867), Mozart 1791, Johann Strauss I 1849 and
II 1899, Tchaikovsky 1893, Grieg 1907, Dvořák 1904, Boccherini 1805, Sebastián Yradier 1865,
Eduardo di Capua 1917, Henry Bishop 1855, Thomas Haynes Bayly 1839, James R. Murray 1905,
Charles B. Lawlor 1925 and James W. Blake 1935). Written here from memory, not copied from a
collection: most follow the tune's outline rather than any printed setting (the notes matter
less than the grid, which is exact by construction). Some are re-shaped for their arrangement,
as a band would: the Radetzky March, Rondo alla Turca and Für Elise re-barred in 4/4, Away in a
Manger in 12/8, Carrickfergus in 6/8, Polly Put the Kettle On re-barred in 5/4, Humoresque's
dotted rhythm evened out into eighths (a dotted rhythm leaves beats without a note, which the
renderer core's >= 60 % notes-on-beats check refuses). No pickups: every bar is whole, so
looping keeps the grid regular (tests/test_heldout11.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "whiskey_jar": abc("Whiskey in the Jar", "4/4", "1/8", "C",
                       "G2 G2 G2 G2 | A2 G2 E2 C2 | D2 D2 D2 E2 | F2 E2 D2 D2 | G2 G2 G2 G2 | A2 G2 E2 C2 | "
                       "D2 E2 F2 D2 | C2 C2 C4 | E2 E2 E2 E2 | F2 E2 D2 C2 | G2 G2 G2 G2 | A2 G2 E2 C2 | "
                       "G2 G2 A2 B2 | c2 B2 A2 G2 | F2 E2 D2 E2 | C2 C2 C4"),
    "radetzky": abc("Radetzky March", "4/4", "1/8", "D",
                    "D2 F2 A2 A2 | A2 F2 A2 A2 | B2 A2 G2 F2 | E2 E2 A,4 | E2 G2 B2 B2 | B2 G2 B2 B2 | "
                    "c2 B2 A2 G2 | F2 F2 D4 | D2 F2 A2 A2 | A2 F2 A2 A2 | d2 c2 B2 A2 | G2 G2 B4 | "
                    "A2 F2 G2 E2 | F2 D2 E2 C2 | D2 F2 E2 C2 | D2 D2 D4"),
    "alla_turca": abc("Rondo alla Turca", "4/4", "1/8", "Am",
                      "BA^GA c4 | dcBc e4 | fe^de BA^GA | BA^GA c4 | A2 c2 B2 A2 | ^G2 A2 B2 A2 | "
                      "^G2 A2 B2 A2 | ^G2 F2 E4"),
    "funeral_march": abc("Funeral March (Marche funebre)", "4/4", "1/8", "Bbm",
                         "B,2 B,2 B,2 B,2 | B,2 D2 C2 C2 | C2 B,2 B,2 =A,2 | B,4 B,4 | B,2 B,2 B,2 B,2 | "
                         "B,2 D2 C2 C2 | C2 B,2 B,2 =A,2 | B,4 B,4 | F2 F2 E2 D2 | D2 C2 C2 B,2 | "
                         "F2 F2 E2 D2 | D2 C2 C2 B,2 | B,2 B,2 B,2 B,2 | B,2 D2 C2 C2 | C2 B,2 B,2 =A,2 | B,4 B,4"),
    "fur_elise": abc("Für Elise", "4/4", "1/8", "Am",
                     "e^d e^d eB dc | A2 CE A2 B2 | E^G B2 c2 E2 | e^d e^d eB dc | A2 CE A2 B2 | "
                     "Ec B2 A4 | Bc de f2 e2 | dc B2 A4"),
    "foggy_dew": abc("The Foggy Dew", "4/4", "1/8", "Em",
                     "E2 G2 A2 B2 | B2 A2 G2 E2 | D2 E2 G2 A2 | B2 B2 B4 | e2 d2 B2 A2 | G2 A2 B2 G2 | "
                     "E2 D2 E2 G2 | E2 E2 E4 | B2 d2 e2 e2 | e2 d2 B2 d2 | e2 g2 e2 d2 | B2 B2 B4 | "
                     "e2 d2 B2 A2 | G2 A2 B2 G2 | E2 D2 E2 G2 | E2 E2 E4"),
    "la_paloma": abc("La Paloma", "4/4", "1/8", "G",
                     "B2 c2 d2 d2 | d2 c2 B2 B2 | A2 B2 c2 c2 | c2 B2 A2 A2 | A2 B2 c2 d2 | e2 d2 c2 A2 | "
                     "B2 A2 G2 F2 | G2 G2 G4"),
    "sourwood": abc("Sourwood Mountain", "4/4", "1/8", "A",
                    "E2 A2 A2 A2 | A2 c2 B2 A2 | B2 c2 B2 A2 | F2 E2 E2 E2 | E2 A2 A2 A2 | A2 c2 e2 c2 | "
                    "B2 A2 B2 c2 | A2 A2 A4"),
    "deck_halls": abc("Deck the Halls", "4/4", "1/8", "F",
                      "c3 B A2 G2 | F2 G2 A2 F2 | G A B G A3 G | F2 E2 F4 | c3 B A2 G2 | F2 G2 A2 F2 | "
                      "G A B G A3 G | F2 E2 F4 | G3 A B2 G2 | A3 B c2 G2 | A B c2 d c B2 | A2 G2 F4 | "
                      "c3 B A2 G2 | F2 G2 A2 F2 | d d d c B3 A | G2 E2 F4"),
    "wearing_green": abc("The Wearing of the Green", "4/4", "1/8", "G",
                         "D2 G2 G2 A2 | B2 A2 G2 E2 | D2 G2 G2 A2 | B2 B2 B4 | d2 d2 e2 d2 | B2 A2 G2 E2 | "
                         "D2 G2 A2 B2 | G2 G2 G4"),
    "eighth_january": abc("The Eighth of January", "4/4", "1/8", "D",
                          "A2 A2 F2 A2 | B2 A2 F2 A2 | d2 d2 e2 d2 | B2 A2 F2 E2 | A2 A2 F2 A2 | B2 A2 F2 A2 | "
                          "d2 B2 A2 F2 | E2 D2 D4 | d2 d2 f2 f2 | e2 d2 B2 A2 | d2 d2 f2 f2 | e2 e2 e4 | "
                          "d2 d2 f2 f2 | e2 d2 B2 A2 | d2 B2 A2 F2 | E2 D2 D4"),
    "long_ago": abc("Long, Long Ago", "4/4", "1/8", "C",
                    "C2 C2 D2 E2 | E2 F2 G2 G2 | A2 A2 G2 E2 | D2 D2 D4 | E2 E2 F2 G2 | G2 A2 c2 c2 | "
                    "A2 G2 E2 D2 | C2 C2 C4"),
    "sole_mio": abc("'O sole mio", "4/4", "1/8", "D",
                    "D2 E2 F2 G2 | A2 G2 F2 F2 | E2 F2 G2 A2 | B2 B2 B4 | B2 A2 G2 F2 | E2 D2 E2 F2 | "
                    "A2 G2 F2 E2 | D2 D2 D4"),
    "home_sweet": abc("Home! Sweet Home!", "4/4", "1/8", "C",
                      "E2 F2 G2 E2 | c2 c2 A2 A2 | G2 E2 F2 D2 | E2 E2 E4 | E2 F2 G2 E2 | c2 c2 A2 A2 | "
                      "G2 E2 D2 D2 | C2 C2 C4"),
    "carrickfergus": abc("Carrickfergus", "6/8", "1/8", "G",
                         "G3 A2 B | c3 B2 A | G3 E2 D | E3 E3 | G3 A2 B | c3 d2 e | d2 B A2 G | A3 A3 | "
                         "B3 d2 B | c3 A2 G | E3 D2 E | G3 A3 | B3 c2 d | e3 d2 B | A2 G E2 D | G3 G3"),
    "away_manger": abc("Away in a Manger", "12/8", "1/8", "C",
                       "C3 C3 D3 E3 | C3 C3 E3 F3 | G3 G3 A3 F3 | E3 E3 E3 E3 | E3 E3 D3 C3 | B,3 A,3 G,3 G,3 | "
                       "G3 A3 F3 E3 | C3 C3 C6"),
    "sidewalks": abc("The Sidewalks of New York", "3/4", "1/4", "C",
                     "C E G | c2 G | E G c | B2 A | G E D | C2 E | D E F | D2 D | "
                     "D F A | d2 A | F A d | c2 B | A G F | E2 G | D E D | C2 C"),
    "polly_kettle": abc("Polly Put the Kettle On", "5/4", "1/8", "G",
                        "G2 G2 A2 B2 G2 | A2 A2 B2 c2 c2 | B2 B2 c2 d2 B2 | A2 G2 F2 G2 G2 | "
                        "G2 G2 A2 B2 G2 | A2 A2 B2 c2 c2 | d2 c2 B2 A2 G2 | G2 G2 G2 G2 G2"),
    # folk and classical pieces (no band): reels and hornpipes in 2/2, 2/4 tunes, jig, slip jig,
    # waltzes, a minuet, a slow 6/8 over running eighths
    "cooleys": abc("Cooley's Reel", "2/2", "1/8", "Em",
                   "EBBA B2 EB | B2 AB dBAG | FDAD BDAD | FDAD dAFD | EBBA B2 EB | B2 AB defg | afge dBAF | DEFD E4 | "
                   "eaag efgf | edBd edBd | eaag efge | dBAF DEFD | eaag efgf | edBd efge | afge dBAF | DEFD E4"),
    "barley_reel": abc("The Wind That Shakes the Barley", "2/2", "1/8", "D",
                       "A2 FA BAFA | dAFA BE E2 | A2 FA BAFA | dBAF E2 D2 | A2 FA BAFA | dAFA BE E2 | "
                       "ABde fdec | dBAF E2 D2 | f2 af gfeg | fdAd Bdef | f2 af gfeg | fdec d2 d2 | "
                       "f2 af gfeg | fdAd Bdef | gfgb afge | dBAF E2 D2"),
    "rights_man": abc("The Rights of Man", "2/2", "1/8", "Em",
                      "GFGA BAGF | E2 B,2 E2 FG | AGAB cBAG | F2 D2 D2 FA | GFGA BAGF | E2 B,2 E2 FG | "
                      "AGFE DEFA | G2 E2 E4 | e2 ef edBd | e2 ef edBd | e2 ed BcdB | A2 F2 F2 FA | "
                      "GFGA BAGF | E2 B,2 E2 FG | AGFE DEFA | G2 E2 E4"),
    "staten_island": abc("Staten Island", "2/2", "1/8", "D",
                         "d2 fd Adfd | cdec Acec | d2 fd Adfd | gfed c2 A2 | d2 fd Adfd | cdec Acec | "
                         "dfed cABc | d2 f2 d4 | a2 fa gfed | cdec Acec | a2 fa gfed | gfed c2 A2 | "
                         "a2 fa gfed | cdec Acec | dfed cABc | d2 f2 d4"),
    "tritsch_tratsch": abc("Tritsch-Tratsch-Polka", "2/4", "1/8", "G",
                           "d2 d2 | dBGB | d2 d2 | d2 d2 | e2 e2 | ecAc | e2 e2 | e2 e2 | "
                           "d2 B2 | c2 A2 | B2 G2 | A2 F2 | GBdg | fage | d2 F2 | G2 G2"),
    "humoresque": abc("Humoresque (Op. 101 No. 7)", "2/4", "1/8", "G",
                      "GAGA | Bded | gfag | fage | dede | gedB | A2 B2 | A2 A2 | "
                      "GAGA | Bded | gfag | fage | dede | gfaf | g2 G2 | G2 G2"),
    "garryowen": abc("Garryowen", "6/8", "1/8", "D",
                     "dfe dcB | AFA AFA | dfe dcB | Agf edc | dfe dcB | AFA AFA | Bcd efg | fdd d3 | "
                     "a3 afd | a3 afd | gfe fdB | AFA AFA | a3 afd | a3 gfe | fed efg | fdd d3"),
    "rocky_road": abc("The Rocky Road to Dublin", "9/8", "1/8", "Dm",
                      "D2 D DED C2 A, | D2 D DEF G2 E | D2 D DED C2 A, | DEF G2 E DED | "
                      "A2 A ABA G2 E | A2 A ABc d2 c | A2 A ABA G2 E | DEF G2 E DED"),
    "flowers_waltz": abc("Waltz of the Flowers", "3/4", "1/4", "D",
                         "F A d | f2 e | d c B | A A A | G B e | g2 f | e d c | d d d | "
                         "F A d | f2 e | d c B | A A A | B c d | e2 c | d B A | d d d"),
    "salley_gardens": abc("Down by the Salley Gardens", "3/4", "1/8", "D",
                          "DE F2 A2 | A2 B2 d2 | A2 F2 E2 | D2 D2 D2 | DE F2 A2 | A2 B2 d2 | A2 F2 E2 | D2 D2 D2 | "
                          "A2 d2 c2 | B2 A2 F2 | A2 B2 c2 | d2 d2 d2 | DE F2 A2 | A2 B2 d2 | A2 F2 E2 | D2 D2 D2"),
    "boccherini_minuet": abc("Minuet (String Quintet in E, Op. 11 No. 5)", "3/4", "1/8", "A",
                             "c2 A2 c2 | e2 c2 e2 | fe dc BA | B2 E2 E2 | d2 B2 d2 | f2 d2 f2 | ed cB AG | A2 A2 A2 | "
                             "c2 A2 c2 | e2 c2 e2 | fe dc BA | B2 E2 E2 | d2 B2 d2 | f2 e2 d2 | cB AG Bc | A2 A2 A2"),
    "morning_mood": abc("Morning Mood (Peer Gynt)", "6/8", "1/8", "C",
                        "GED CDE | GED CDE | GEG AEA | GED C3 | AFE DEF | AFE DEF | AFA BFB | AFE D3 | "
                        "cAG FGA | cAG FGA | cAc dAd | cAG F3 | GED CDE | GED CDE | DCD EDE | C3 C3"),
}
