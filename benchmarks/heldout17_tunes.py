"""Public-domain melodies for real-heldout17, transcribed for this set (ABC, melody only).

Traditional tunes (the Irish reels The Tarbolton, The Teetotaller and The Bag of Spuds, the
hornpipes The Greencastle and The Belfast, the polkas The Ballyvourney and Sweeney's, the jig The
Frost Is All Over, the slip jig Elizabeth Kelly's Delight, the spiritual Were You There, the
American songs Goober Peas, Cindy and The Old Chisholm Trail) and tunes published before 1929
whose writers died more than 70 years ago (Old Dan Tucker, Dan Emmett's minstrels 1843, Emmett
died 1904; Oft in the Stilly Night, Thomas Moore and John Stevenson 1818, died 1852 and 1833;
Nelly Bly, Stephen Foster 1850, died 1864; Danse Macabre, Camille Saint-Saëns 1874, died 1921;
The Moldau, Bedřich Smetana 1875, died 1884; Flow Gently, Sweet Afton, James E. Spilman 1838;
Kathleen Mavourneen, Frederick Crouch 1837, died 1896; The Easy Winners, Scott Joplin 1901, died
1917; Anchors Aweigh, Charles A. Zimmermann 1906, died 1916; National Emblem, E. E. Bagley 1906;
Blaze Away!, Abe Holzmann 1901; The Band Played On, Charles B. Ward and John F. Palmer 1895;
After the Ball, Charles K. Harris 1892, died 1930; Colonel Bogey, Kenneth J. Alford (F. J.
Ricketts) 1914, died 1945; Spilman, Bagley, Holzmann, Ward and Palmer all died before 1956).
Written here from memory, not copied from a collection: they follow the tune's outline rather
than any printed setting (the notes matter less than the grid, which is exact by construction). Some are re-shaped for their arrangement, as a band would:
Colonel Bogey, National Emblem, Blaze Away!, Anchors Aweigh and The Easy Winners in plain 4/4;
Danse Macabre (a waltz) and The Moldau (6/8) in 4/4; Oft in the Stilly Night and Flow Gently,
Sweet Afton in 6/8; Were You There and Kathleen Mavourneen in 12/8; Cindy and The Old Chisholm
Trail re-barred in 5/4; dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats
check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "colonel_bogey": abc("Colonel Bogey", "4/4", "1/8", "G",
                         "B2 A2 G2 E2 | E4 D4 | E2 F2 G2 A2 | B4 A4 | A2 G2 F2 D2 | D4 C4 | "
                         "D2 E2 F2 A2 | G4 G4"),
    "national_emblem": abc("National Emblem", "4/4", "1/8", "Bb",
                           "F2 B2 B2 B2 | d4 B4 | c2 B2 A2 B2 | c4 F4 | F2 c2 c2 c2 | e4 c4 | "
                           "d2 c2 B2 A2 | B4 B4"),
    "danse_macabre": abc("Danse Macabre", "4/4", "1/8", "Gm",
                         "G2 G2 G2 ^F2 | G2 A2 B4 | A2 G2 ^F2 E2 | D4 D4 | G2 A2 B2 c2 | d2 c2 B2 A2 | "
                         "G2 ^F2 A2 ^F2 | G4 G4"),
    "moldau": abc("The Moldau (Vltava)", "4/4", "1/8", "Em",
                  "E2 F2 G2 A2 | B4 B4 | c4 c4 | B4 B4 | A4 A4 | G4 G4 | F2 F2 G2 F2 | E4 E4"),
    "old_dan_tucker": abc("Old Dan Tucker", "4/4", "1/8", "G",
                          "G2 G2 B2 d2 | e2 d2 B4 | A2 A2 B2 A2 | G2 E2 D4 | G2 G2 B2 d2 | e2 d2 B2 G2 | "
                          "A2 B2 A2 F2 | G4 G4"),
    "band_played_on": abc("The Band Played On", "3/4", "1/8", "C",
                          "G4 E2 | G4 E2 | G2 A2 G2 | E4 C2 | D4 E2 | F4 A2 | G4 F2 | E4 G2 | "
                          "G4 E2 | G4 E2 | G2 A2 G2 | c4 A2 | G4 E2 | D4 F2 | E2 D2 B,2 | C4 C2"),
    "stilly_night": abc("Oft in the Stilly Night", "6/8", "1/8", "D",
                        "F3 A2 d | c3 B2 A | B3 A2 F | E6 | F3 A2 d | f3 e2 d | c3 e2 c | d6"),
    "were_you_there": abc("Were You There", "12/8", "1/8", "C",
                          "E3 G3 c3 c3 | A3 c3 c6 | E3 G3 c3 e3 | d3 c3 A6 | c3 c3 d3 e3 | "
                          "g3 e3 d3 c3 | A3 G3 E3 D3 | C3 C3 C6"),
    "nelly_bly": abc("Nelly Bly", "4/4", "1/8", "F",
                     "A2 A2 A2 G2 | F2 A2 c4 | B2 G2 B2 d2 | c4 A4 | A2 A2 A2 G2 | F2 A2 c4 | "
                     "B2 G2 E2 G2 | F4 F4"),
    "blaze_away": abc("Blaze Away!", "4/4", "1/8", "Bb",
                      "F2 B2 d2 B2 | f4 d4 | e2 d2 c2 B2 | c4 F4 | G2 c2 e2 c2 | g4 e4 | "
                      "d2 c2 B2 A2 | B4 B4"),
    "anchors_aweigh": abc("Anchors Aweigh", "4/4", "1/8", "Bb",
                          "B4 B2 d2 | c2 B2 F4 | B2 d2 f2 d2 | c4 c4 | c4 c2 e2 | d2 c2 G4 | "
                          "c2 e2 g2 e2 | d4 B4"),
    "easy_winners": abc("The Easy Winners", "4/4", "1/8", "C",
                        "E2 G2 c2 e2 | d2 c2 A2 G2 | F2 A2 d2 f2 | e2 d2 c4 | E2 G2 c2 e2 | "
                        "g2 e2 d2 c2 | B2 d2 G2 B2 | c4 c4"),
    "goober_peas": abc("Goober Peas", "4/4", "1/8", "G",
                       "D2 G2 G2 G2 | B2 A2 G4 | A2 A2 A2 B2 | A2 G2 E4 | D2 G2 G2 G2 | B2 d2 d4 | "
                       "c2 B2 A2 F2 | G4 G4"),
    "cindy": abc("Cindy", "5/4", "1/8", "G",
                 "G2 G2 G2 B2 d2 | d2 B2 G2 A2 B2 | A2 A2 A2 G2 E2 | D2 E2 G2 A2 G2 | "
                 "G2 G2 G2 B2 d2 | e2 d2 B2 G2 B2 | A2 B2 A2 F2 A2 | G2 G2 G2 D2 G2"),
    # folk and classical pieces
    "tarbolton": abc("The Tarbolton", "2/2", "1/8", "Em",
                     "E2 B E G E B E | G E B E F D A D | E2 B E G E B c | d B A F G E E2 | "
                     "e2 b e g e b e | g e b e f d a d | e2 b e g e f e | d B A F G E E2"),
    "teetotaller": abc("The Teetotaller", "2/2", "1/8", "G",
                       "G2 B G d G B G | F A D A F A D F | G2 B G d G B d | c A F A G2 G2 | "
                       "g2 b g d g b g | f a d a f a d f | g2 b g a f d f | e c A F G2 G2"),
    "bag_of_spuds": abc("The Bag of Spuds", "2/2", "1/8", "D",
                        "F A A F A B c A | B c d B A F E F | D F A F d F A F | E F G E F D D2 | "
                        "f a a f g b b g | f a a f e d c e | d f e d c A B c | d B A F D2 D2"),
    "greencastle": abc("The Greencastle Hornpipe", "2/2", "1/8", "G",
                       "B c d B G A B G | E F G E D E F D | G A B G c B A G | F G A F G2 G2 | "
                       "d e f d g f e d | c B A G F G A F | G B d g f d e f | g2 d2 G2 G2"),
    "belfast_hornpipe": abc("The Belfast Hornpipe", "2/2", "1/8", "D",
                            "F E D F A d f e | d c B A G F E D | E D E F G A B c | d B A F E2 E2 | "
                            "F E D F A d f e | d c B A B d f a | g f e d c B A c | d2 f2 d2 d2"),
    "ballyvourney": abc("The Ballyvourney Polka", "2/4", "1/8", "D",
                        "D2 F A | d2 A2 | B A F A | B2 A2 | D2 F A | d2 A2 | B A F E | D2 D2 | "
                        "f2 e d | e2 d B | A B d e | f2 e2 | f2 e d | e2 d B | A F E F | D2 D2"),
    "sweeneys_polka": abc("Sweeney's Polka", "2/4", "1/8", "G",
                          "B2 A G | A2 G E | D E G A | B2 d2 | e2 d B | d2 B A | G A B A | G2 G2 | "
                          "d2 e d | B2 A G | A B d e | d2 B2 | d2 e d | B2 A G | A B A F | G2 G2"),
    "sweet_afton": abc("Flow Gently, Sweet Afton", "6/8", "1/8", "F",
                       "C3 F2 A | c3 A2 F | G3 A2 B | A6 | c3 A2 F | D3 F2 A | G3 E2 C | F6"),
    "kathleen_mavourneen": abc("Kathleen Mavourneen", "12/8", "1/8", "G",
                               "D3 G3 B3 d3 | c3 B3 A6 | B3 c3 d3 e3 | d3 B3 G6 | D3 G3 B3 d3 | "
                               "e3 d3 c3 B3 | A3 B3 A3 F3 | G3 G3 G6"),
    "frost_all_over": abc("The Frost Is All Over", "6/8", "1/8", "D",
                          "F D F A F A | d c d e c A | F D F A F A | B G E E D E | F D F A F A | "
                          "d c d e f g | f d B A F E | F E F D3"),
    "elizabeth_kelly": abc("Elizabeth Kelly's Delight", "9/8", "1/8", "Em",
                           "E2 B B2 A B3 | d2 B A2 F D3 | E2 B B2 A B2 c | d B A F A F E3 | "
                           "e2 f g2 e f2 d | e2 B B2 A B3 | e2 f g2 e f2 a | g e d B A F E3"),
    "after_ball": abc("After the Ball", "3/4", "1/8", "G",
                      "D4 G2 | B4 A2 | G4 E2 | D4 D2 | E4 F2 | G4 B2 | A4 G2 | A4 D2 | "
                      "D4 G2 | B4 A2 | G4 E2 | D4 B,2 | C4 E2 | D4 G2 | A2 B2 A2 | G4 G2"),
    "chisholm_trail": abc("The Old Chisholm Trail", "5/4", "1/8", "D",
                          "D2 D2 F2 A2 A2 | B2 A2 F2 D2 F2 | E2 E2 E2 F2 G2 | F2 E2 D2 A,2 D2 | "
                          "D2 D2 F2 A2 A2 | B2 A2 F2 A2 d2 | c2 A2 G2 E2 F2 | D2 D2 D2 A,2 D2"),
}
