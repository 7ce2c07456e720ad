"""Public-domain melodies for real-heldout10, transcribed for this set (ABC, melody only).

Traditional tunes (Irish, Scottish, English, Welsh, French and American songs and dance tunes,
the carol God Rest Ye Merry) and tunes published before 1900 whose writers died more than 70
years ago (Tchaikovsky 1893, Brahms 1897, Waldteufel 1915, Denza 1922, Stephen Foster 1864: My
Old Kentucky Home and Angelina Baker (1850), the fiddle tune Angeline the Baker's source; Hughie
Cannon 1912, Lowell Mason 1872 for Joy to the World (Antioch, 1839), James Yorkston's Molly Malone
(1883), Christian Petzold 1733). Written
here from memory, not copied from a collection: most follow the tune's outline rather than any
printed setting (the notes matter less than the grid, which is exact by construction). Some are
re-shaped for their arrangement, as a band would: Joy to the World in 12/8 (its quarters as
dotted quarters), Blow the Man Down re-barred in 5/4, the Sugar Plum Fairy's and Swan Lake's
themes in 4/4. No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout10.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "bill_bailey": abc("Bill Bailey, Won't You Please Come Home", "4/4", "1/8", "C",
                        "E2 G2 c4 | z2 E2 G2 c2 | B2 c2 d2 B2 | c8 | E2 G2 c4 | z2 E2 G2 c2 | d2 c2 B2 A2 | G8 | "
                        "A2 A2 A2 G2 | F2 A2 c4 | G2 G2 G2 F2 | E2 G2 c4 | d2 d2 d2 c2 | B2 c2 d2 B2 | c4 G4 | c8"),
    "british_grenadiers": abc("The British Grenadiers", "4/4", "1/8", "G",
                               "G2 G2 G2 A2 | B2 B2 B2 c2 | d2 d2 e2 d2 | c2 B2 A4 | "
                               "G2 G2 G2 A2 | B2 B2 B2 c2 | d2 c2 B2 A2 | G8"),
    "men_of_harlech": abc("Men of Harlech", "4/4", "1/8", "G",
                           "G3 A B2 G2 | D2 G2 B2 d2 | c2 B2 A2 G2 | F2 E2 D4 | "
                           "G3 A B2 G2 | D2 G2 B2 d2 | c2 A2 F2 A2 | G8"),
    "god_rest": abc("God Rest Ye Merry, Gentlemen", "4/4", "1/8", "Em",
                     "E2 E2 B2 B2 | A2 G2 F2 E2 | D2 E2 F2 G2 | A2 B4 z2 | E2 E2 B2 B2 | A2 G2 F2 E2 | D2 E2 F2 G2 | A2 B4 B2 | "
                     "c2 A2 B2 c2 | d2 e2 B2 A2 | G2 E2 F2 G2 | A4 G2 A2 | B4 c2 B2 | B2 A2 G2 F2 | E2 G2 F2 E2 | E8"),
    "sugar_plum": abc("Dance of the Sugar Plum Fairy", "4/4", "1/8", "Em",
                       "B2 G2 B2 A2 | F2 G2 E4 | B2 G2 B2 A2 | F2 G2 E4 | "
                       "c2 A2 c2 B2 | ^G2 A2 F4 | B2 G2 B2 A2 | F2 ^D2 E4"),
    "swan_lake": abc("Swan Lake (the swan theme)", "4/4", "1/8", "Bm",
                      "F6 B2 | c2 d2 e2 f2 | f4 d4 | f4 d4 | f4 B2 d2 | B2 G2 d2 B2 | B8 | B4 z4"),
    "cadet_rousselle": abc("Cadet Rousselle", "4/4", "1/8", "G",
                            "G2 G2 G2 D2 | G2 G2 G2 D2 | G2 A2 B2 c2 | d4 d4 | e2 d2 c2 B2 | A2 B2 c2 A2 | B2 A2 G2 F2 | G8"),
    "au_clair": abc("Au clair de la lune", "4/4", "1/8", "C",
                     "C2 C2 C2 D2 | E4 D4 | C2 E2 D2 D2 | C8 | C2 C2 C2 D2 | E4 D4 | C2 E2 D2 D2 | C8 | "
                     "D2 D2 D2 D2 | A,4 A,4 | D2 C2 B,2 A,2 | G,8 | C2 C2 C2 D2 | E4 D4 | C2 E2 D2 D2 | C8"),
    "london_bridge": abc("London Bridge Is Falling Down", "4/4", "1/8", "C",
                          "G3 A G2 F2 | E2 F2 G4 | D2 E2 F4 | E2 F2 G4 | G3 A G2 F2 | E2 F2 G4 | D4 G4 | E2 C6"),
    "round_mountain": abc("She'll Be Coming Round the Mountain", "4/4", "1/8", "G",
                           "G2 G2 G2 E2 | D2 B,2 D2 G2 | B4 B2 A2 | G8 | G2 G2 G2 A2 | B2 B2 d2 B2 | A8 | z8 | "
                           "d2 d2 d2 B2 | c2 c2 c2 A2 | B2 B2 B2 G2 | A2 G2 A2 B2 | G2 G2 G2 E2 | D2 B,2 D2 G2 | A2 A2 B2 A2 | G8"),
    "this_old_man": abc("This Old Man", "4/4", "1/8", "F",
                         "c2 A2 c4 | c2 A2 c4 | d2 c2 B2 A2 | G2 A2 B4 | A2 B2 c2 F2 | F2 F2 F2 G2 | A2 B2 c2 G2 | G2 A2 F4"),
    "early_morning": abc("Early One Morning", "4/4", "1/8", "G",
                          "G2 A2 B2 c2 | d4 B4 | c2 A2 B2 G2 | A8 | G2 A2 B2 c2 | d4 e4 | d2 c2 B2 A2 | G8"),
    "kentucky_home": abc("My Old Kentucky Home", "4/4", "1/8", "D",
                          "A2 A2 d3 e | f2 d2 e2 f2 | d2 B2 A4 | F2 A2 B2 A2 | F2 D2 E4 | "
                          "A2 A2 d3 e | f2 d2 e2 f2 | d2 B2 A2 F2 | E2 D2 D4 | z8"),
    "comin_rye": abc("Comin' Thro' the Rye", "4/4", "1/8", "G",
                      "D2 G2 G2 A2 | B2 G2 G2 E2 | D2 E2 G2 A2 | B8 | d2 B2 B2 A2 | G2 E2 E2 D2 | E2 G2 A2 B2 | G8"),
    "charlie_darling": abc("Charlie Is My Darling", "6/8", "1/8", "Am",
                            "A3 A2 B | c3 B2 A | G3 G2 A | B3 G3 | A3 A2 B | c3 d2 e | d2 c B2 G | A6"),
    "joy_world": abc("Joy to the World", "12/8", "1/8", "C",
                      "c3 B3 A3 G3 | F3 E3 D6 | G3 A3 A3 B3 | B3 c9 | c3 c3 B3 A3 | G3 G3 F3 E3 | E3 E3 E3 E3 | E3 F3 G6 | "
                      "F3 E3 D3 D3 | D3 E3 F6 | E3 D3 C3 c3 | A3 G3 F3 E3 | F3 E3 D6 | C12"),
    "molly_malone": abc("Molly Malone (Cockles and Mussels)", "3/4", "1/4", "C",
                         "C C C | E2 E | D D D | F2 F | E E E | G2 G | F2 E | D3 | "
                         "C C C | E2 E | D D D | F2 F | E E E | G2 E | D2 D | C3"),
    "blow_man_down": abc("Blow the Man Down", "5/4", "1/8", "G",
                          "D2 G2 G2 A2 B2 | A2 G2 E2 D4 | D2 E2 G2 A2 B2 | A6 z4 | "
                          "B2 d2 d2 B2 d2 | e2 d2 B2 A4 | G2 A2 B2 A2 G2 | G6 z4"),
    # folk and classical pieces (no band): reels and hornpipes in 2/2, 2/4 tunes, jig, slip jig,
    # waltzes, a Neapolitan song, a minuet
    "masons_apron": abc("The Mason's Apron", "2/2", "1/8", "A",
                         "A2 eA fAeA | cdef gfec | d2 fd c2 ec | BAGF EFGB | A2 eA fAeA | cdef gfec | defg agfe | aece A4 | "
                         "a2 ea fece | a2 ea fedc | dfaf ecAc | BAGF EFGB | a2 ea fece | a2 ea fedc | defg agfe | aece A4"),
    "red_haired_boy": abc("The Red-Haired Boy (Gilderoy)", "2/2", "1/8", "D",
                           "A,2 A,B, CDEF | G2 GF GABG | A2 AB c2 Bc | dBcA GEDE | A,2 A,B, CDEF | G2 GF GABG | AFGE FDEC | D2 D2 D4 | "
                           "f2 fe fdde | f2 fe f2 ed | cdeg fedc | dBcA GEDE | f2 fe fdde | f2 fe f2 ed | cAGE FDEC | D2 F2 D4"),
    "boys_bluehill": abc("The Boys of Bluehill", "2/2", "1/8", "D",
                          "FAdc dBAF | GBAG FDEF | D2 FA BAFA | BcdB A2 FE | FAdc dBAF | GBAG FDEF | GBAF EDCE | D2 F2 D4 | "
                          "fgaf gfef | dBAF ABdf | a2 fd e2 dB | ABdf e4 | fgaf gfef | dBAF ABdf | edcB AFEF | D2 F2 D4"),
    "liverpool_hornpipe": abc("The Liverpool Hornpipe", "2/2", "1/8", "D",
                               "AGFE DFAd | fdAF GBdB | AGFE DFAd | cBAG F2 E2 | AGFE DFAd | fdAF GBdB | agfe dcBA | d2 f2 d4 | "
                               "fgaf dfaf | gbag fedc | BcdB AGFE | DFAF E4 | fgaf dfaf | gbag fedc | BcdB AGFE | D2 F2 D4"),
    "angeline": abc("Angeline the Baker", "2/4", "1/8", "D",
                     "FA AB | AF D2 | FA AB | d4 | FA AB | AF DF | ED EF | D4 | "
                     "dd dB | AF D2 | dd dB | A4 | dd dB | AF DF | ED EF | D4"),
    "hungarian_dance": abc("Hungarian Dance No. 5", "2/4", "1/8", "Gm",
                            "G2 G2 | d4 | B2 A2 | G4 | D2 D2 | c4 | B2 A2 | G4 | "
                            "G2 B2 | d2 g2 | f2 e2 | d4 | c2 e2 | d2 c2 | B2 A2 | G4"),
    "morrisons_jig": abc("Morrison's Jig", "6/8", "1/8", "Em",
                          "E2 B BAB | EBE dBA | FAA dAA | FAA BAF | E2 B BAB | EBE dBA | FAA dBA | BEE E3 | "
                          "e2 f g2 e | d2 B BAB | e2 f g2 e | dBA BEE | e2 f g2 e | d2 B BAB | dBA BAF | BEE E3"),
    "butterfly": abc("The Butterfly", "9/8", "1/8", "Em",
                      "B2 E G2 E F3 | B2 E G2 E FED | B2 E G2 E F3 | B2 d d2 B AFD | "
                      "B2 c d2 e f2 e | B2 c d2 e f2 g | B2 c d2 e f2 e | B2 d d2 B AFD"),
    "skaters_waltz": abc("Skaters' Waltz (Les Patineurs)", "3/4", "1/4", "A",
                          "E E E | A2 c | e e e | e3 | d d d | c2 B | A B c | E3 | "
                          "F F F | B2 d | f f f | f3 | e e e | d2 c | B A B | A3"),
    "parting_glass": abc("The Parting Glass", "3/4", "1/4", "Em",
                          "E E D | E2 G | A2 B | A G E | D2 E | G A B | A3 | A3 | "
                          "B d e | d2 B | A B d | B A G | E2 D | E G A | E3 | E3"),
    "funiculi": abc("Funiculì, Funiculà", "6/8", "1/8", "D",
                     "A3 A2 A | B2 A G2 F | A3 A2 A | B2 A G2 F | A3 G2 F | E3 E2 F | G3 F2 E | D6 | "
                     "d3 d2 d | d3 c3 | c3 c2 c | c3 B3 | B3 A2 G | F3 E3 | D3 E2 F | D6"),
    "minuet_g": abc("Minuet in G (BWV Anh. 114)", "3/4", "1/8", "G",
                     "d2 G A B c | d2 G2 G2 | e2 c d e f | g2 G2 G2 | c2 d c B A | B2 c B A G | F2 G A B G | A6 | "
                     "d2 G A B c | d2 G2 G2 | e2 c d e f | g2 G2 G2 | c2 d c B A | B2 c B A G | A2 B A G F | G6"),
}
