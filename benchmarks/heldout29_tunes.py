"""Public-domain melodies for real-heldout29, transcribed for this set (ABC, melody only).

Marches by John Philip Sousa (died 1932: Esprit de Corps 1878, Transit of Venus 1883, Quidnunc
1889, The Lambs' March 1914, The Pathfinder of Panama 1915) and Kenneth J. Alford (died 1945:
Dunedin 1928); a Neapolitan song by Mario Pasquale Costa (died 1933: 'A Frangesa 1894); rags,
cakewalks and two-steps by George Botsford (died 1949: Pianophiends Rag 1909, Grizzly Bear Rag
1910, Hyacinth 1911), Henry Lodge (died 1933: Red Pepper 1910), Charles L. Johnson (died 1950:
Cum-Bac Rag 1911), Tom Turpin (died 1922: Pan-Am Rag 1914), Scott Joplin (died 1917: Antoinette
1906), Abe Holzmann (died 1939: Smoky Mokes 1899) and Kerry Mills (died 1948: Whistling Rufus
1899); slow pieces: arias by George Frideric Handel (died 1759: Piangerò la sorte mia, 1724),
Vincenzo Bellini (died 1835: Casta diva, 1831) and the aria Il mio bel foco attributed to
Benedetto Marcello (died 1739); songs by Robert Schumann (died 1856: Widmung, 1840), Henri Duparc
(died 1933: Soupir 1869, L'invitation au voyage 1870, Extase 1874, Phidylé 1882), Johannes Brahms
(died 1897: Sonntag 1868, Therese 1882), Franz Schubert (died 1828: Litanei, Seligkeit, Der
Musensohn, Die Allmacht) and Gabriel Fauré (died 1924: Mandoline, 1891); and Lágrima, a guitar
prelude by Francisco Tárrega (died 1909). Written here from memory, not copied from a collection: the notes are an
outline in the tune's key and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Every piece is re-shaped for its band arrangement, as a
band would: plain 4/4 (the 2/4 and 6/8 marches, the 3/4, 3/2, 6/8 and 12/8 arias, songs and
the prelude re-barred), running figures and syncopations evened out (the renderer core's >= 60 %
notes-on-beats check), mostly quarter notes. No pickups: every bar is whole, so looping keeps the
grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # half-time rock
    "esprit_de_corps": abc("Esprit de Corps", "4/4", "1/8", "F",
                           "c2 c2 A2 F2 | G2 A2 B4 | d2 d2 B2 G2 | A2 B2 c4 | c2 f2 e2 d2 | c2 B2 A2 G2 | "
                           "F2 A2 G2 E2 | F4 F4"),
    "transit_of_venus": abc("Transit of Venus", "4/4", "1/8", "Bb",
                            "B2 F2 B2 d2 | c2 B2 A4 | G2 c2 e2 c2 | B2 A2 F4 | B2 d2 f2 d2 | e2 c2 A2 F2 | "
                            "G2 A2 c2 A2 | B4 B4"),
    "pathfinder_panama": abc("The Pathfinder of Panama", "4/4", "1/8", "Eb",
                             "G2 B2 e2 d2 | c2 B2 G4 | A2 c2 f2 e2 | d2 c2 B4 | G2 B2 e2 g2 | f2 e2 d2 c2 | "
                             "B2 d2 F2 A2 | G4 E4"),
    "quidnunc": abc("Quidnunc", "4/4", "1/8", "G",
                    "D2 G2 B2 d2 | c2 B2 A4 | D2 F2 A2 c2 | B2 A2 G4 | B2 d2 g2 d2 | e2 c2 A2 F2 | "
                    "G2 B2 A2 F2 | G4 G4"),
    # trap
    "grizzly_bear": abc("Grizzly Bear Rag", "4/4", "1/8", "C",
                        "c2 E2 G2 c2 | B2 c2 d4 | A2 C2 F2 A2 | G2 F2 E4 | c2 e2 g2 e2 | f2 d2 B2 G2 | "
                        "A2 F2 D2 B,2 | C4 C4"),
    "pianophiends": abc("Pianophiends Rag", "4/4", "1/8", "G",
                        "G2 B2 d2 B2 | c2 B2 A4 | F2 A2 c2 A2 | B2 A2 G4 | d2 g2 f2 e2 | d2 c2 B2 A2 | "
                        "G2 A2 B2 F2 | G4 G4"),
    "red_pepper": abc("Red Pepper", "4/4", "1/8", "F",
                      "F2 A2 c2 f2 | e2 d2 c4 | B2 G2 E2 G2 | B2 c2 A4 | f2 e2 d2 c2 | B2 A2 G2 F2 | "
                      "E2 G2 c2 E2 | F4 F4"),
    "cum_bac": abc("Cum-Bac Rag", "4/4", "1/8", "Bb",
                   "d2 f2 d2 B2 | c2 d2 e4 | c2 e2 c2 A2 | B2 c2 d4 | f2 d2 B2 d2 | g2 e2 c2 e2 | "
                   "d2 c2 A2 c2 | B4 B4"),
    # UK drill
    "hyacinth": abc("Hyacinth", "4/4", "1/8", "D",
                    "F2 A2 d2 A2 | B2 A2 F4 | E2 G2 c2 G2 | A2 G2 E4 | F2 A2 d2 f2 | e2 d2 c2 B2 | "
                    "A2 F2 E2 C2 | D4 D4"),
    "pan_am": abc("Pan-Am Rag", "4/4", "1/8", "Ab",
                  "c2 E2 A2 c2 | e2 c2 B4 | B2 D2 G2 B2 | d2 B2 A4 | c2 e2 a2 e2 | f2 e2 d2 c2 | "
                  "B2 G2 E2 G2 | A4 A4"),
    "antoinette": abc("Antoinette", "4/4", "1/8", "Bb",
                      "B2 d2 f2 d2 | e2 d2 c4 | A2 c2 e2 c2 | d2 c2 B4 | f2 d2 B2 F2 | G2 B2 e2 g2 | "
                      "f2 e2 d2 c2 | B4 B4"),
    "smoky_mokes": abc("Smoky Mokes", "4/4", "1/8", "Eb",
                       "E2 G2 B2 G2 | c2 B2 G4 | F2 A2 c2 A2 | B2 A2 F4 | E2 G2 B2 e2 | d2 c2 B2 A2 | "
                       "G2 F2 E2 F2 | E4 E4"),
    # drum-and-bass
    "dunedin": abc("Dunedin", "4/4", "1/8", "Bb",
                   "F2 B2 c2 d2 | e2 d2 c4 | G2 c2 d2 e2 | f2 e2 d4 | B2 d2 f2 d2 | c2 A2 F2 A2 | "
                   "B2 G2 A2 c2 | B4 B4"),
    "lambs_march": abc("The Lambs' March", "4/4", "1/8", "F",
                       "A2 A2 c2 A2 | F2 G2 A4 | B2 B2 d2 B2 | G2 A2 B4 | c2 A2 F2 A2 | d2 c2 B2 A2 | "
                       "G2 E2 C2 E2 | F4 F4"),
    "frangesa": abc("'A Frangesa", "4/4", "1/8", "C",
                    "G2 c2 c2 d2 | e2 d2 c4 | B2 d2 d2 e2 | f2 e2 d4 | c2 e2 g2 e2 | f2 e2 d2 c2 | "
                    "B2 d2 G2 B2 | c4 c4"),
    "whistling_rufus": abc("Whistling Rufus", "4/4", "1/8", "G",
                           "B2 d2 B2 G2 | A2 B2 c4 | A2 c2 A2 F2 | G2 A2 B4 | d2 B2 g2 d2 | e2 c2 A2 c2 | "
                           "B2 A2 G2 F2 | G4 G4"),
    # pop ballad
    "piangero": abc("Piangerò la sorte mia", "4/4", "1/8", "E",
                    "B2 B2 c2 B2 | A4 G4 | F2 G2 A2 F2 | G4 E4 | e2 d2 c2 B2 | A2 G2 F2 E2 | "
                    "F2 A2 G2 F2 | E8"),
    "casta_diva": abc("Casta diva", "4/4", "1/8", "F",
                      "A2 B2 c2 A2 | F4 c4 | d2 c2 B2 A2 | G4 F4 | A2 c2 f2 e2 | d2 c2 B2 A2 | "
                      "G2 B2 A2 G2 | F8"),
    "widmung": abc("Widmung", "4/4", "1/8", "Ab",
                   "E2 A2 c2 e2 | f4 e4 | d2 c2 B2 c2 | A4 E4 | A2 c2 e2 a2 | g2 f2 e2 d2 | "
                   "c2 e2 B2 d2 | A8"),
    # slow r&b
    "extase": abc("Extase", "4/4", "1/8", "D",
                  "F2 E2 F2 A2 | G4 F4 | E2 D2 E2 G2 | F4 D4 | A2 B2 c2 d2 | e2 d2 c2 B2 | "
                  "A2 G2 F2 E2 | D8"),
    "soupir": abc("Soupir", "4/4", "1/8", "Gm",
                  "D2 G2 A2 B2 | c4 B4 | A2 G2 F2 G2 | D4 D4 | G2 B2 d2 c2 | B2 A2 G2 F2 | "
                  "E2 D2 F2 A2 | G8"),
    "phidyle": abc("Phidylé", "4/4", "1/8", "Eb",
                   "B2 G2 B2 c2 | B4 G4 | A2 F2 A2 B2 | G4 E4 | E2 G2 B2 e2 | d2 c2 B2 A2 | "
                   "G2 F2 A2 F2 | E8"),
    "invitation_voyage": abc("L'invitation au voyage", "4/4", "1/8", "Cm",
                             "G2 G2 A2 G2 | F4 E4 | D2 E2 F2 D2 | C4 G,4 | C2 E2 G2 c2 | B2 A2 G2 F2 | "
                             "E2 D2 E2 D2 | C8"),
    # one-drop reggae
    "lagrima": abc("Lágrima", "4/4", "1/8", "E",
                   "G2 F2 G2 B2 | A4 F4 | F2 E2 F2 A2 | G4 E4 | B2 c2 d2 e2 | d2 c2 B2 A2 | "
                   "G2 F2 G2 F2 | E8"),
    "sonntag": abc("Sonntag", "4/4", "1/8", "F",
                   "C2 F2 F2 G2 | A2 G2 F4 | C2 E2 G2 B2 | A2 G2 F4 | A2 c2 c2 d2 | c2 B2 A2 G2 | "
                   "F2 A2 G2 E2 | F8"),
    "litanei": abc("Litanei", "4/4", "1/8", "Eb",
                   "G2 G2 A2 B2 | B4 G4 | F2 G2 A2 F2 | E4 E4 | G2 B2 e2 d2 | c2 B2 A2 G2 | "
                   "F2 A2 G2 F2 | E8"),
    # hip-hop
    "mio_bel_foco": abc("Il mio bel foco", "4/4", "1/8", "Cm",
                        "G2 c2 B2 c2 | d2 e2 d4 | c2 e2 d2 c2 | B2 A2 G4 | c2 d2 e2 f2 | g2 f2 e2 d2 | "
                        "e2 c2 d2 B2 | c4 c4"),
    "musensohn": abc("Der Musensohn", "4/4", "1/8", "G",
                     "D2 G2 G2 A2 | B2 A2 G4 | F2 A2 A2 B2 | c2 B2 A4 | B2 d2 d2 e2 | d2 c2 B2 A2 | "
                     "G2 B2 A2 F2 | G4 G4"),
    "mandoline": abc("Mandoline", "4/4", "1/8", "G",
                     "d2 B2 c2 A2 | B2 G2 D4 | E2 F2 G2 A2 | B4 A4 | d2 e2 d2 B2 | c2 A2 F2 A2 | "
                     "G2 A2 F2 A2 | G4 G4"),
    # funk
    "therese": abc("Therese", "4/4", "1/8", "D",
                   "A2 F2 A2 d2 | c2 B2 A4 | G2 E2 G2 B2 | A2 G2 F4 | d2 c2 B2 A2 | B2 c2 d2 e2 | "
                   "f2 e2 d2 c2 | d4 d4"),
    "seligkeit": abc("Seligkeit", "4/4", "1/8", "E",
                     "B2 G2 B2 e2 | d2 c2 B4 | A2 F2 A2 c2 | B2 A2 G4 | E2 G2 B2 e2 | f2 e2 d2 c2 | "
                     "B2 A2 F2 D2 | E4 E4"),
    "allmacht": abc("Die Allmacht", "4/4", "1/8", "C",
                    "c2 c2 e2 g2 | a2 g2 e4 | f2 f2 d2 B2 | c2 d2 e4 | g2 e2 c2 e2 | f2 d2 B2 d2 | "
                    "e2 c2 d2 B2 | c4 c4"),
}
