"""Public-domain melodies for real-heldout8's band arrangements, transcribed for this set (ABC,
melody only).

Traditional tunes (American, Irish, Scottish and Welsh songs and dance tunes, the spirituals,
the cowboy song) and tunes published before 1900 whose writers died more than 70 years ago
(Henry J. Sayers 1932, Joseph E. Winner 1918, James A. Bland 1911, Alfred Lee 1906, Tchaikovsky
1893, Juventino Rosas 1894, Henry Clay Work 1884; Shoo Fly 1869). Written here from memory of
the common versions, not copied from a collection: several are close to the tune's outline
rather than to any printed setting (the notes matter less than the grid, which is exact). No pickups: every bar is whole, so
looping keeps the grid regular (tests/test_heldout8.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    "ta_ra_ra": abc("Ta-ra-ra Boom-de-ay", "4/4", "1/8", "G",
                     "G2 G2 G2 G2 | G2 z2 E4 | F2 F2 F2 F2 | F2 z2 D4 | G2 G2 B2 d2 | e2 d2 B2 G2 | A2 B2 A2 F2 | G8"),
    "little_brown_jug": abc("Little Brown Jug", "4/4", "1/8", "C",
                             "E2 G2 G2 E2 | F2 A2 A4 | G2 G2 F2 E2 | D2 E2 F2 D2 | E2 G2 G2 E2 | F2 A2 A4 | G2 B2 d2 B2 | c8"),
    "golden_slippers": abc("Oh! Dem Golden Slippers", "4/4", "1/8", "F",
                            "c2 c2 A2 c2 | d2 c2 A4 | G2 G2 G2 A2 | G2 F2 G4 | c2 c2 A2 c2 | d2 c2 A2 c2 | d2 c2 B2 G2 | F8"),
    "shoo_fly": abc("Shoo Fly, Don't Bother Me", "4/4", "1/8", "G",
                     "B2 B2 G2 G2 | A2 A2 B4 | B2 B2 G2 G2 | A2 A2 B4 | B2 B2 G2 G2 | A2 A2 B2 c2 | d2 B2 A2 F2 | G8"),
    "go_tell": abc("Go Tell It on the Mountain", "4/4", "1/8", "F",
                    "c2 c2 A2 G2 | F2 D2 C4 | F2 G2 A2 F2 | G6 z2 | c2 c2 A2 G2 | F2 D2 C4 | F2 G2 A2 G2 | F8"),
    "liza_jane": abc("Liza Jane", "4/4", "1/8", "D",
                      "F2 A2 A2 A2 | B2 A2 F4 | E2 F2 E2 D2 | E2 F2 A4 | F2 A2 A2 A2 | B2 A2 F2 A2 | E2 F2 E2 C2 | D8"),
    "frankie_johnny": abc("Frankie and Johnny", "4/4", "1/8", "G",
                           "B2 B2 B2 G2 | A2 B2 G4 | c2 c2 c2 A2 | B2 c2 B4 | d2 d2 B2 G2 | A2 B2 G2 E2 | D2 E2 G2 A2 | G8"),
    "hush_little": abc("Hush, Little Baby", "4/4", "1/8", "D",
                        "A2 F2 F2 F2 | F2 A2 G2 F2 | E2 E2 E2 E2 | G2 F2 E2 D2 | A2 F2 F2 F2 | F2 A2 G2 F2 | E2 E2 F2 E2 | D8"),
    "drinking_gourd": abc("Follow the Drinking Gourd", "4/4", "1/8", "Dm",
                           "D2 F2 A2 A2 | G2 F2 D4 | D2 F2 A2 c2 | A6 z2 | d2 c2 A2 G2 | F2 G2 A4 | G2 F2 E2 C2 | D8"),
    "go_down_moses": abc("Go Down, Moses", "4/4", "1/8", "Em",
                          "B2 B2 c2 c2 | B2 B2 G4 | A2 A2 B2 B2 | A6 z2 | E2 G2 B2 B2 | c2 c2 B4 | A2 G2 F2 G2 | E8"),
    "girl_left_behind": abc("The Girl I Left Behind Me", "4/4", "1/8", "G",
                             "B2 A2 G2 B2 | d2 B2 G2 B2 | A2 G2 A2 B2 | A2 G2 E2 D2 | B2 A2 G2 B2 | d2 B2 G2 d2 | e2 d2 B2 A2 | G8"),
    "motherless_child": abc("Sometimes I Feel Like a Motherless Child", "4/4", "1/8", "Dm",
                             "A4 A2 G2 | F2 D2 D4 | F2 A2 d2 c2 | A6 z2 | A4 A2 G2 | F2 D2 D4 | F2 E2 D2 C2 | D8"),
    "all_through_night": abc("All Through the Night (Ar Hyd y Nos)", "4/4", "1/8", "G",
                              "G3 F E2 G2 | A3 G F2 D2 | G3 F E2 G2 | A2 F2 G4 | B3 c d2 B2 | c3 B A2 F2 | G3 F E2 G2 | A2 F2 G4"),
    "skye_boat": abc("The Skye Boat Song", "6/8", "1/8", "F",
                      "c3 d2 c | F3 G3 | A3 c2 A | G6 | c3 d2 c | F3 G3 | A3 G2 F | F6 | "
                      "A3 A2 G | A3 c3 | d3 c2 A | G6 | A3 A2 G | A3 F3 | D3 E2 D | C6"),
    "steal_away": abc("Steal Away", "12/8", "1/8", "F",
                       "F3 F3 A3 A3 | c6 A6 | G3 G3 A3 G3 | F12 | A3 c3 d3 c3 | A6 F6 | G3 A3 G3 F3 | F12"),
    "flying_trapeze": abc("The Man on the Flying Trapeze", "3/4", "1/4", "C",
                           "c c c | e d c | B B B | d c B | A A A | c B A | G E G | c3 | "
                           "e e e | g f e | d d d | f e d | c c c | e d c | B A B | c3"),
    "laredo": abc("The Streets of Laredo", "3/4", "1/4", "G",
                   "D G G | G A B | A G F | G2 D | G G A | B c d | c3 | B2 D | "
                   "G G G | G A B | c B A | B2 G | A G F | E F G | A F D | G3"),
    "pathetique_5_4": abc("Symphony No. 6, second movement (the 5/4 theme)", "5/4", "1/8", "D",
                           "F4 G2 A2 B2 | A4 F2 D2 E2 | F4 G2 A2 G2 | E4 D2 E2 F2 | "
                           "G4 A2 B2 c2 | d4 c2 B2 A2 | G4 F2 E2 F2 | D4 D2 D4"),
    # folk pieces (no band): reels and a hornpipe in 2/2, jig, slip jig, airs, waltz, march
    "drowsy_maggie": abc("Drowsy Maggie", "2/2", "1/8", "Edor",
                          "E2 BE dEBE | E2 BE AFDF | E2 BE dEBE | BABc dAFD | E2 BE dEBE | E2 BE AFDF | E2 BE dEBE | BABc dAFD | "
                          "d2 fd c2 ec | defd cdec | d2 fd c2 ec | BABc dAFD | d2 fd c2 ec | defd cdec | defg afge | BABc dAFD"),
    "miss_mcleod": abc("Miss McLeod's Reel", "2/2", "1/8", "G",
                        "G2 BG dGBG | G2 BG AGEG | G2 BG dGBd | egdB AGEG | G2 BG dGBG | G2 BG AGEG | G2 BG dGBd | egdB A2 G2 | "
                        "g2 fg egdB | g2 fg e2 a2 | g2 fg egdB | egdB AGEG | g2 fg egdB | g2 fg e2 a2 | gfge dBGB | egdB A2 G2"),
    "harvest_home": abc("The Harvest Home", "2/2", "1/8", "D",
                         "DFAF dAFA | dfed cdef | g2 fe dcBA | BGAF EDCE | DFAF dAFA | dfed cdef | gfed cABc | d2 f2 d4 | "
                         "fdcd Adcd | fdcd Adcd | gfed cABc | defd e2 A2 | fdcd Adcd | fdcd Adcd | gfed cABc | d2 f2 d4"),
    "sailors_hornpipe": abc("The Sailor's Hornpipe (College Hornpipe)", "2/2", "1/8", "D",
                             "d2 cd BdAG | FAdf a2 gf | gbeg fadf | gfed cBAG | FAdf a2 gf | gbeg fadf | gfed cABc | d2 f2 d4"),
    "the_kesh": abc("The Kesh", "6/8", "1/8", "G",
                     "GAG GAB | ABA ABd | edd gdd | edB dBA | GAG GAB | ABA ABd | edd gdB | AGF G3 | "
                     "gfg aga | bag bag | gfg ege | dBG ABd | gfg aga | bag bag | edd gdB | AGF G3"),
    "kid_mountain": abc("The Kid on the Mountain", "9/8", "1/8", "Em",
                         "E2 B BAB BAF | E2 B BAB d2 B | E2 B BAB BAF | AFD FED FED | "
                         "E2 B BAB BAF | E2 B BAB d2 B | e2 f gfe dBA | AFD FED E3"),
    "over_waves": abc("Over the Waves (Sobre las olas)", "3/4", "1/4", "G",
                       "D E F | G3 | G F E | D3 | D E F | A3 | A G F | E3 | E F G | c3 | c B A | G3 | B A G | F G A | G3 | G3"),
    "ash_grove": abc("The Ash Grove", "3/4", "1/4", "G",
                      "G2 D | B, C D | G2 A | B2 G | c B A | G F E | D2 F | G3 | "
                      "B2 G | A B c | d2 B | G2 B | c B A | G F E | D2 F | G3"),
    "bonnie_doon": abc("Ye Banks and Braes o' Bonnie Doon", "6/8", "1/8", "G",
                        "G2 A B2 c | d2 e d2 B | c2 B A2 G | A6 | G2 A B2 c | d2 e d2 B | c2 A F2 A | G6"),
    "marching_georgia": abc("Marching Through Georgia", "2/4", "1/8", "G",
                             "B2 B2 | c B A G | A2 A2 | G4 | B2 d2 | e d B G | A2 F2 | G4 | "
                             "d2 d2 | e d c B | c2 c2 | B4 | B2 d2 | e d B G | A2 F2 | G4"),
}
