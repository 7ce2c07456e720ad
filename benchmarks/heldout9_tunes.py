"""Public-domain melodies for real-heldout9, transcribed for this set (ABC, melody only).

Traditional tunes (American, French, Venetian, Scottish, Irish and English songs and dance tunes, the
spiritual Kum ba yah) and tunes published before 1900 whose writers died more than 70 years ago
(Offenbach 1880, Grieg 1907, Bizet 1875, Rossini 1868, Steffe 1890, Eliphalet O. Lyte 1913, Thomas S. Allen 1919 for Low Bridge (1905)). Written
here from memory, not copied from a collection: several follow the tune's outline rather than
any printed setting (the notes matter less than the grid, which is exact by construction). Two
are re-shaped for their arrangement, as a band would: The Water Is Wide in 12/8 (its quarters as
dotted quarters) and She Moved Through the Fair re-barred in 5/4. No pickups: every bar is whole,
so looping keeps the grid regular (tests/test_heldout9.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "cripple_creek": abc("Cripple Creek", "4/4", "1/8", "A",
                          "e2 e2 c2 e2 | f2 e2 c4 | e2 e2 c2 A2 | B2 A2 A4 | "
                          "e2 e2 c2 e2 | f2 e2 c2 e2 | f2 e2 c2 B2 | A8"),
    "battle_hymn": abc("Battle Hymn of the Republic (Glory, Hallelujah)", "4/4", "1/8", "G",
                        "D2 D2 D2 C2 | B,2 D2 G2 A2 | B2 B2 B2 A2 | G2 E2 D4 | E2 E2 F2 G2 | A2 G2 F2 D2 | E2 E2 D2 D2 | G8 | "
                        "D2 D2 D2 C2 | B,2 D2 G2 A2 | B2 B2 B2 A2 | G2 A2 B4 | c4 c4 | B2 A2 G2 F2 | G2 A2 B2 A2 | G8"),
    "can_can": abc("Galop infernal (the Can-Can)", "4/4", "1/8", "G",
                    "G4 A2 c2 | B2 A2 d4 | d4 d2 e2 | B2 c2 A4 | A4 A2 c2 | B2 A2 G2 g2 | f2 e2 d2 c2 | B2 A2 G4"),
    "mountain_king": abc("In the Hall of the Mountain King", "4/4", "1/8", "Bm",
                          "B, C D E F D F2 | E C E2 D B, D2 | B, C D E F D F B | A F D F A4 | "
                          "F G A B c A c2 | B G B2 A F A2 | F G A B c A c f | e c A c e4"),
    "avignon": abc("Sur le pont d'Avignon", "4/4", "1/8", "G",
                    "G2 G2 G4 | A2 A2 A4 | B2 c2 d2 G2 | F2 G2 A2 D2 | G2 G2 G4 | A2 A2 A4 | B2 c2 d2 G2 | F2 A2 G4"),
    "habanera": abc("Habanera (L'amour est un oiseau rebelle)", "4/4", "1/8", "Dm",
                     "d2 ^c2 =c2 c2 | =B2 _B2 A2 _A2 | G2 G2 F2 F2 | E6 z2 | "
                     "d2 ^c2 =c2 c2 | =B2 _B2 A2 _A2 | G2 A2 G2 F2 | E6 z2"),
    "toreador": abc("Toreador Song (Votre toast, je peux vous le rendre)", "4/4", "1/8", "F",
                     "c2 d2 c2 A2 | A2 A2 G2 A2 | B2 A2 A2 z2 | B2 G2 c2 A2 | F2 D2 D2 G2 | C2 C2 C4 | "
                     "c2 d2 c2 A2 | A2 A2 G2 A2 | B2 A2 A2 z2 | B2 G2 c2 A2 | G2 E2 E2 G2 | F2 F2 F4"),
    "water_wide": abc("The Water Is Wide (O Waly, Waly)", "12/8", "1/8", "G",
                       "G3 A3 B3 B3 | A3 G3 E6 | G3 A3 B3 d3 | B12 | d3 e3 d3 B3 | A3 G3 E6 | G3 A3 B3 A3 | G12"),
    "scotland_brave": abc("Scotland the Brave", "4/4", "1/8", "G",
                           "D2 G2 G3 A | B2 G2 B2 d2 | c2 A2 A3 B | c2 A2 c2 e2 | "
                           "d2 G2 G3 A | B2 G2 B2 d2 | c2 A2 B2 A2 | G8"),
    "william_tell": abc("William Tell Overture (the final galop)", "4/4", "1/8", "Am",
                         "E E E2 E E E2 | E E A2 B2 c2 | E E E2 E E E2 | E E c2 B2 G2 | "
                         "E E E2 E E E2 | E E A2 B2 c2 | A2 c2 B2 G2 | A8"),
    "erie_canal": abc("Low Bridge, Everybody Down (The Erie Canal)", "4/4", "1/8", "Dm",
                       "A2 d2 d2 e2 | f2 e2 d4 | c2 A2 A2 c2 | d2 c2 A4 | A2 d2 d2 e2 | f2 g2 a4 | g2 f2 e2 c2 | d8"),
    "kumbaya": abc("Kum ba yah", "4/4", "1/8", "C",
                    "C2 E2 G3 G | G4 A4 | G8 | C2 E2 G3 G | G4 F2 E2 | D8 | "
                    "C2 E2 G3 G | G4 A4 | G4 F2 F2 | E2 E2 D2 D2 | C8 | z8"),
    "goodnight_ladies": abc("Goodnight, Ladies", "4/4", "1/8", "C",
                             "e4 c2 G2 | e4 c2 A2 | e4 c2 G2 | G2 F2 E2 D2 | "
                             "e4 c2 G2 | e4 c2 A2 | e2 d2 c2 A2 | G2 D2 C4"),
    "twinkle": abc("Ah! vous dirai-je, maman (Twinkle, Twinkle, Little Star)", "4/4", "1/8", "C",
                    "C2 C2 G2 G2 | A2 A2 G4 | F2 F2 E2 E2 | D2 D2 C4 | G2 G2 F2 F2 | E2 E2 D4 | "
                    "G2 G2 F2 F2 | E2 E2 D4 | C2 C2 G2 G2 | A2 A2 G4 | F2 F2 E2 E2 | D2 D2 C4"),
    "row_boat": abc("Row, Row, Row Your Boat", "6/8", "1/8", "C",
                     "C3 C3 | C2 D E3 | E2 D E2 F | G6 | c c c G G G | E E E C C C | G2 F E2 D | C6"),
    "lavender_blue": abc("Lavender's Blue (Diddle Diddle)", "3/4", "1/4", "G",
                          "D D D | G2 D | E E E | D3 | D D D | G2 A | B A G | A3 | "
                          "B B B | c2 A | B B B | G3 | A B c | B2 G | A B A | G3"),
    "home_range": abc("Home on the Range", "3/4", "1/4", "F",
                       "C C F | G A F | E D B | B2 B | A B c | c2 F | F E F | G3 | "
                       "C C F | G A F | E D B | B2 B | A G F | E F G | A F F | F3"),
    "she_moved": abc("She Moved Through the Fair", "5/4", "1/8", "D",
                      "D4 E2 F2 G2 | A4 G2 F2 E2 | D4 C2 D2 E2 | F4 D2 D4 | "
                      "A4 B2 c2 d2 | c4 A2 G2 E2 | F4 E2 D2 C2 | D4 D2 D4"),
    # folk pieces (no band): reels and hornpipe in 2/2, jig, waltz, lullaby, air, polka, march
    "silver_spear": abc("The Silver Spear", "2/2", "1/8", "D",
                         "FAAA BAFA | dfed BddA | FAAA BAFA | dfed Bdd2 | FAAA BAFA | dfed BddA | dfed BAFA | dfed Bdd2 | "
                         "fa a2 bafa | gfed Bdde | fa a2 bafa | gfed Bdd2 | fa a2 bafa | gfed Bdde | fedc BAFA | dfed Bdd2"),
    "st_anne": abc("St. Anne's Reel", "2/2", "1/8", "D",
                    "fedc dAFA | dAFA BAFA | GBdB AFDF | EFGA Bcde | fedc dAFA | dAFA BAFA | GBdB AFEF | D2 F2 D4 | "
                    "faab afdf | gfed cAAB | cdef gfed | cdec A2 ag | faab afdf | gfed cABc | dcdB AFEF | D2 F2 D4"),
    "fishers_hornpipe": abc("Fisher's Hornpipe", "2/2", "1/8", "F",
                             "FAcA fcAF | GBdB gdBG | FAcA fcAF | EGce g2 fe | FAcA fcAF | GBdB gdBG | agfe dcBA | G2 F2 F4 | "
                             "afcf afcf | bgcg bgcg | afcf afcf | gece g2 fe | afcf afcf | bgcg bgcg | agfe dcBA | G2 F2 F4"),
    "arkansas_traveler": abc("The Arkansas Traveler", "2/2", "1/8", "D",
                              "fedf edcB | AFAd efge | fedf edcB | AFEF D4 | fedf edcB | AFAd efge | fafd ecAc | d2 f2 d4 | "
                              "AddF AddF | Adfd ecAc | AddF AddF | GBAG FDD2 | AddF AddF | Adfd ecAc | dfaf gece | d2 f2 d4"),
    "swallowtail": abc("The Swallowtail Jig", "6/8", "1/8", "Em",
                        "GEE BEE | GEE BAG | FDD ADD | dcd AGF | GEE BEE | GEE B2 c | dcd AGF | GEE E3 | "
                        "Bcd e2 f | e2 f edB | Bcd e2 f | edB d3 | Bcd e2 f | e2 f edB | dcd AGF | GEE E3"),
    "sweet_betsy": abc("Sweet Betsy from Pike", "3/4", "1/4", "G",
                        "G G G | G A B | A A A | A2 G | F F F | F G A | G3 | G3 | "
                        "B B B | B c d | c c c | c2 B | A A A | A B c | B2 A | G3"),
    "down_valley": abc("Down in the Valley", "3/4", "1/4", "C",
                        "G, C D | E3 | D E F | E2 D | C3 | C3 | G, B, D | F3 | "
                        "E F G | F2 E | D3 | D3 | G, C D | E3 | D F E | C3"),
    "carnival_venice": abc("The Carnival of Venice", "6/8", "1/8", "G",
                            "d2 e d2 B | G3 B2 A | A2 B A2 F | D6 | d2 e d2 B | G3 B2 A | A2 c B2 A | G6"),
    "rakes_mallow": abc("The Rakes of Mallow", "2/4", "1/8", "G",
                         "B2 GB | d2 BG | A2 FA | c2 AF | B2 GB | d2 BG | AB cA | G2 G2 | "
                         "Bd dd | ed dB | Ac cc | dc cA | Bd dd | ed dB | AB cA | G2 G2"),
    "johnny_marching": abc("When Johnny Comes Marching Home", "6/8", "1/8", "Em",
                            "B,2 E E2 E | E2 F G2 A | B3 B2 G | B6 | B2 A G2 F | E2 F G2 E | D3 D2 D | D6 | "
                            "G2 A B2 B | B2 A G2 F | E2 E G2 B | e6 | e2 d B2 G | B2 A G2 F | E3 E3 | E6"),
}
