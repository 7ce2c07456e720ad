"""Public-domain melodies for real-heldout30, transcribed for this set (ABC, melody only).

A march by Jean-Robert Rauski (died 1910: Sambre et Meuse, 1879) and a xylophone duet by Kenneth
J. Alford (died 1945: The Two Imps, 1923); three waltzes by Scott Joplin (died 1917: Bethena
1905, Binks' Waltz 1905, Pleasant Moments 1909); arias and songs by George Frideric Handel (died
1759: Sommi dei 1720, Rendi 'l sereno al ciglio 1732, Scherza infida, Tornami a vagheggiar and
Credete al mio dolore 1735), Alessandro Scarlatti (died 1725: O cessate di piagarmi and Le
violette, 1694), Giovanni Battista Pergolesi (died 1736: Stizzoso, mio stizzoso, 1733),
Christoph Willibald Gluck (died 1787: O del mio dolce ardor and Spiagge amate, 1770), Wolfgang
Amadeus Mozart (died 1791: Das Veilchen 1785, Dove sono 1786, Il mio tesoro and Als Luise die
Briefe 1787, Un'aura amorosa 1790, Parto, parto 1791), Franz Schubert (died 1828: Ganymed,
1817), Johannes Brahms (died 1897: Vergebliches Ständchen 1882, Sapphische Ode 1884, Auf dem
Kirchhofe 1886, Mädchenlied 1888), Hugo Wolf (died 1903: Elfenlied, 1888), Ruggero Leoncavallo
(died 1919: Vesti la giubba, 1892) and Richard Strauss (died 1949: Cäcilie and Morgen! 1894,
Schlagende Herzen 1895, Ich trage meine Minne 1896, Freundliche Vision 1900). Written here from
memory, not copied from a collection: the notes are an outline in the tune's key and shape more
than its exact notes (the notes matter less than the grid, which is exact by construction).
Every piece is re-shaped for its band arrangement, as a band would: plain 4/4 (the 2/4 and 6/8
marches, the 3/4 waltzes, the 3/4, 3/8, 6/8 and 12/8 arias and songs re-barred), the three 6/8
ballads in 6/8, running figures and syncopations evened out (the renderer core's >= 60 %
notes-on-beats check), mostly quarter notes. No pickups: every bar is whole, so looping keeps the
grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # drum-and-bass
    "sambre_meuse": abc("Sambre et Meuse", "4/4", "1/8", "Bb",
                        "F2 B2 B2 c2 | d2 c2 B4 | A2 c2 c2 d2 | e2 d2 c4 | B2 d2 f2 d2 | e2 c2 A2 c2 | "
                        "d2 B2 c2 A2 | B4 B4"),
    "two_imps": abc("The Two Imps", "4/4", "1/8", "G",
                    "G2 B2 d2 g2 | f2 e2 d4 | c2 e2 g2 e2 | d2 c2 B4 | A2 c2 e2 c2 | B2 d2 g2 d2 | "
                    "c2 A2 F2 A2 | G4 G4"),
    "bethena": abc("Bethena", "4/4", "1/8", "G",
                   "B2 B2 d2 B2 | A4 G4 | A2 A2 c2 A2 | G4 F4 | E2 G2 B2 e2 | d2 B2 G2 B2 | "
                   "A2 F2 D2 F2 | G4 G4"),
    "binks_waltz": abc("Binks' Waltz", "4/4", "1/8", "Eb",
                       "G2 B2 e2 d2 | c4 B4 | A2 c2 f2 e2 | d4 B4 | G2 B2 e2 g2 | f2 e2 d2 c2 | "
                       "B2 d2 A2 F2 | E4 E4"),
    "pleasant_moments": abc("Pleasant Moments", "4/4", "1/8", "C",
                            "e2 d2 c2 e2 | g4 e4 | f2 e2 d2 f2 | a4 f4 | e2 g2 c'2 g2 | f2 d2 B2 d2 | "
                            "c2 E2 G2 B2 | c4 c4"),
    "vesti_giubba": abc("Vesti la giubba", "4/4", "1/8", "Em",
                        "B2 B2 B2 c2 | B4 A4 | G2 A2 B2 G2 | E4 E4 | e2 e2 d2 c2 | B2 A2 G2 F2 | "
                        "G2 E2 F2 D2 | E4 E4"),
    "mio_tesoro": abc("Il mio tesoro", "4/4", "1/8", "Bb",
                      "F2 B2 d2 c2 | B2 A2 B4 | c2 e2 d2 c2 | B2 A2 F4 | B2 c2 d2 e2 | f2 d2 B2 d2 | "
                      "c2 A2 F2 A2 | B4 B4"),
    "parto_parto": abc("Parto, parto", "4/4", "1/8", "Bb",
                       "B2 F2 B2 d2 | f4 d4 | e2 c2 A2 c2 | B4 F4 | G2 B2 e2 d2 | c2 B2 A2 G2 | "
                       "F2 A2 c2 A2 | B4 B4"),
    "scherza_infida": abc("Scherza infida", "4/4", "1/8", "Gm",
                          "G2 B2 A2 G2 | F4 D4 | E2 G2 F2 E2 | D4 D4 | G2 A2 B2 c2 | d2 c2 B2 A2 | "
                          "B2 G2 A2 F2 | G4 G4"),
    "tornami": abc("Tornami a vagheggiar", "4/4", "1/8", "C",
                   "c2 G2 c2 e2 | d2 c2 B4 | c2 A2 d2 f2 | e2 d2 c4 | g2 e2 c2 e2 | f2 d2 B2 d2 | "
                   "e2 c2 d2 B2 | c4 c4"),
    # half-time rock
    "sommi_dei": abc("Sommi dei", "4/4", "1/8", "D",
                     "D2 F2 A2 d2 | c2 B2 A4 | B2 G2 E2 G2 | A2 F2 D4 | d2 c2 B2 A2 | G2 F2 E2 D2 | "
                     "F2 A2 E2 C2 | D4 D4"),
    "spiagge_amate": abc("Spiagge amate", "4/4", "1/8", "A",
                         "A2 c2 e2 c2 | d2 B2 G4 | F2 A2 d2 A2 | B2 c2 d4 | e2 c2 A2 c2 | d2 B2 G2 B2 | "
                         "c2 A2 B2 G2 | A4 A4"),
    "stizzoso": abc("Stizzoso, mio stizzoso", "4/4", "1/8", "F",
                    "F2 F2 A2 A2 | c2 A2 F4 | G2 G2 B2 B2 | d2 B2 G4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                    "A2 F2 G2 E2 | F4 F4"),
    # UK drill
    "als_luise": abc("Als Luise die Briefe", "4/4", "1/8", "Cm",
                     "C2 E2 G2 c2 | B4 G4 | A2 F2 D2 F2 | G4 E4 | c2 d2 e2 c2 | A2 G2 F2 E2 | "
                     "D2 F2 E2 D2 | C4 C4"),
    "ganymed": abc("Ganymed", "4/4", "1/8", "Ab",
                   "E2 A2 c2 A2 | B4 G4 | E2 G2 B2 G2 | A4 E4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                   "c2 A2 B2 G2 | A4 A4"),
    "cacilie": abc("Cäcilie", "4/4", "1/8", "E",
                   "B,2 E2 G2 B2 | c4 B4 | A2 F2 D2 F2 | G4 E4 | B2 e2 d2 c2 | B2 A2 G2 F2 | "
                   "G2 B2 F2 D2 | E4 E4"),
    # hip-hop
    "morgen": abc("Morgen!", "4/4", "1/8", "G",
                  "B2 A2 G2 B2 | d4 B4 | c2 B2 A2 c2 | e4 c4 | d2 B2 G2 B2 | A2 G2 F2 A2 | "
                  "G2 B2 A2 F2 | G8"),
    "dove_sono": abc("Dove sono", "4/4", "1/8", "C",
                     "G2 G2 c2 c2 | e2 d2 c4 | A2 A2 d2 d2 | f2 e2 d4 | e2 f2 g2 e2 | d2 c2 B2 A2 | "
                     "G2 c2 d2 B2 | c8"),
    "aura_amorosa": abc("Un'aura amorosa", "4/4", "1/8", "A",
                        "E2 A2 c2 B2 | A4 E4 | F2 A2 d2 c2 | B4 E4 | A2 c2 e2 d2 | c2 B2 A2 G2 | "
                        "F2 A2 G2 B2 | A8"),
    # funk
    "vergebliches": abc("Vergebliches Ständchen", "4/4", "1/8", "A",
                        "E2 A2 A2 B2 | c2 B2 A4 | E2 G2 B2 d2 | c2 B2 A4 | c2 e2 e2 f2 | e2 d2 c2 B2 | "
                        "A2 c2 B2 G2 | A4 A4"),
    "schlagende_herzen": abc("Schlagende Herzen", "4/4", "1/8", "E",
                             "E2 G2 B2 G2 | A2 B2 c4 | B2 G2 E2 G2 | F2 A2 B4 | e2 B2 G2 B2 | c2 A2 F2 A2 | "
                             "G2 E2 F2 D2 | E4 E4"),
    "freundliche_vision": abc("Freundliche Vision", "4/4", "1/8", "D",
                              "F2 A2 d2 A2 | B4 A4 | G2 B2 e2 B2 | c4 A4 | d2 f2 a2 f2 | g2 e2 c2 e2 | "
                              "d2 B2 A2 F2 | D4 D4"),
    # ska
    "veilchen": abc("Das Veilchen", "4/4", "1/8", "G",
                    "D2 G2 G2 A2 | B2 c2 d4 | c2 B2 A2 G2 | F2 G2 A4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                    "B2 G2 A2 F2 | G4 G4"),
    "credete": abc("Credete al mio dolore", "4/4", "1/8", "Em",
                   "E2 G2 B2 G2 | A2 F2 D4 | F2 A2 c2 A2 | B2 G2 E4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
                   "G2 E2 F2 D2 | E4 E4"),
    "rendi_sereno": abc("Rendi 'l sereno al ciglio", "4/4", "1/8", "Eb",
                        "B2 G2 E2 G2 | A2 B2 c4 | B2 A2 G2 F2 | G2 A2 B4 | e2 d2 c2 B2 | A2 G2 F2 E2 | "
                        "F2 A2 G2 F2 | E4 E4"),
    # rocksteady
    "minne": abc("Ich trage meine Minne", "4/4", "1/8", "G",
                 "D2 G2 B2 d2 | c2 B2 A4 | G2 B2 d2 g2 | f2 e2 d4 | B2 d2 c2 B2 | A2 G2 F2 A2 | "
                 "G2 B2 A2 F2 | G4 G4"),
    "madchenlied": abc("Mädchenlied", "4/4", "1/8", "Dm",
                       "A2 A2 F2 D2 | E2 F2 G4 | A2 B2 A2 G2 | F2 E2 D4 | F2 A2 d2 c2 | B2 A2 G2 F2 | "
                       "E2 G2 F2 E2 | D4 D4"),
    # one-drop reggae
    "sapphische_ode": abc("Sapphische Ode", "4/4", "1/8", "D",
                          "A2 A2 B2 A2 | d4 A4 | G2 F2 E2 F2 | G4 F4 | A2 d2 f2 e2 | d2 c2 B2 A2 | "
                          "G2 B2 A2 C2 | D8"),
    "kirchhofe": abc("Auf dem Kirchhofe", "4/4", "1/8", "Cm",
                     "G2 G2 A2 G2 | F4 E4 | D2 E2 F2 D2 | E4 C4 | G2 c2 e2 d2 | c2 B2 A2 G2 | "
                     "F2 D2 E2 D2 | C8"),
    # slow 6/8 ballad
    "cessate": abc("O cessate di piagarmi", "6/8", "1/8", "Gm",
                   "G3 A2 B | c3 B2 A | B3 G2 D | D6 | E3 F2 G | A3 G2 F | G3 F2 D | G6"),
    "violette": abc("Le violette", "6/8", "1/8", "F",
                    "C3 F2 G | A3 G2 F | B3 A2 G | A6 | c3 A2 F | G3 E2 C | E3 G2 E | F6"),
    "dolce_ardor": abc("O del mio dolce ardor", "6/8", "1/8", "G",
                       "D3 G2 A | B3 A2 G | c3 B2 A | B6 | d3 B2 G | A3 F2 D | F3 A2 F | G6"),
}
