"""Public-domain melodies for real-heldout32, transcribed for this set (ABC, melody only).

Marches: Johann Gottfried Piefke (died 1884: Königgrätzer Marsch, 1866), Dominik Ertl (died 1911:
Hoch- und Deutschmeister, 1893), Karel Komzák II (died 1905: Erzherzog-Albrecht-Marsch), Adolf
Scherzer (died 1864: Bayerischer Defiliermarsch, c. 1850), the Hohenfriedberger (1745, ascribed to
Frederick II, died 1786), Ludwig van Beethoven (died 1827: the Yorckscher Marsch, WoO 18, 1809),
Russell Alexander (died 1915: From Tropic to Tropic, 1898); Spanish paso-dobles and zarzuela:
Federico Chueca and Joaquín Valverde (died 1908 and 1910: Marcha de Cádiz, 1886), Manuel Penella
(died 1939: El gato montés, 1916), Eduardo López Juarranz (died 1897: La Giralda); tangos and
dances of the Americas: Chiquinha Gonzaga (died 1935: Corta-Jaca, 1895), Ángel Villoldo (died
1919: El esquinazo), Manuel Saumell (died 1870: La Tedezco); songs: Alexander Alyabyev (died
1851: Solovey, The Nightingale, 1825), Mikhail Glinka (died 1857: Somnenie, Doubt, 1838),
Alexander Varlamov (died 1848: Krasny sarafan, The Red Sarafan, 1833), Mario Costa (died 1933:
Lariulà, 1888); and folk songs: Russian (Akh vy seni; Oy, to ne vecher), Ukrainian (Ty zh mene
pidmanula), Polish (Hej, sokoły), Neapolitan (Cicerenella, Tiritomba, Lo guarracino, Cannetella,
Michelemmà, Lu cardillo, Vieni sul mar), Spanish (Zorongo, Anda jaleo), Mexican (La Valentina)
and Swedish (Visa från Utanmyra). Written here from memory, not copied from a collection: the
notes are an outline in the tune's key and shape more than its exact notes (the notes matter
less than the grid, which is exact by construction). Every piece is re-shaped for its band
arrangement, as a band would: plain 4/4 (the 2/4 and 6/8 marches, the 3/4 songs and waltzes and
the 6/8 tarantellas re-barred), the three slow 6/8 ballads in 6/8, running figures and
syncopations evened out (the renderer core's >= 60 % notes-on-beats check), mostly quarter
notes. No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # drum-and-bass
    "corta_jaca": abc("Corta-Jaca", "4/4", "1/8", "G",
                      "D2 G2 B2 G2 | A2 B2 c4 | B2 A2 G2 F2 | E2 F2 G4 | d2 B2 G2 B2 | c2 A2 F2 A2 | "
                      "B2 G2 A2 F2 | G4 G4"),
    "koniggratzer": abc("Königgrätzer Marsch", "4/4", "1/8", "F",
                        "C2 F2 F2 A2 | c4 A4 | B2 G2 E2 G2 | c4 A4 | F2 A2 c2 f2 | e2 d2 c2 B2 | "
                        "A2 c2 G2 E2 | F4 F4"),
    "deutschmeister": abc("Hoch- und Deutschmeister", "4/4", "1/8", "Bb",
                          "F2 B2 d2 B2 | c2 d2 e4 | d2 c2 B2 A2 | B2 c2 d4 | f2 d2 B2 d2 | e2 c2 A2 c2 | "
                          "d2 B2 c2 A2 | B4 B4"),
    "erzherzog_albrecht": abc("Erzherzog-Albrecht-Marsch", "4/4", "1/8", "Eb",
                              "B2 B2 e2 g2 | f2 e2 d4 | c2 c2 f2 a2 | g2 f2 e4 | B2 e2 g2 b2 | a2 f2 d2 f2 | "
                              "e2 c2 d2 B2 | e4 e4"),
    "defiliermarsch": abc("Bayerischer Defiliermarsch", "4/4", "1/8", "Bb",
                          "B2 d2 f2 d2 | B4 F4 | G2 B2 e2 B2 | A4 F4 | B2 c2 d2 e2 | f2 e2 d2 c2 | "
                          "d2 B2 c2 A2 | B4 B4"),
    "hohenfriedberger": abc("Hohenfriedberger", "4/4", "1/8", "Eb",
                            "E2 G2 B2 e2 | d2 e2 B4 | A2 c2 F2 A2 | G2 A2 B4 | e2 g2 f2 e2 | d2 c2 B2 A2 | "
                            "G2 B2 F2 D2 | E4 E4"),
    "yorckscher": abc("Yorckscher Marsch", "4/4", "1/8", "F",
                      "F2 F2 A2 c2 | f4 c4 | d2 c2 B2 A2 | G4 C4 | A2 c2 f2 a2 | g2 e2 c2 e2 | "
                      "f2 c2 G2 E2 | F4 F4"),
    "marcha_cadiz": abc("Marcha de Cádiz", "4/4", "1/8", "D",
                        "A2 A2 d2 d2 | f2 e2 d4 | c2 c2 e2 e2 | g2 f2 e4 | f2 a2 f2 d2 | e2 g2 e2 c2 | "
                        "d2 f2 e2 c2 | d4 d4"),
    "gato_montes": abc("El gato montés", "4/4", "1/8", "Am",
                       "E2 A2 c2 e2 | d2 c2 B4 | A2 B2 c2 d2 | e4 E4 | e2 f2 e2 d2 | c2 B2 A2 G2 | "
                       "F2 E2 F2 G2 | A4 A4"),
    "giralda": abc("La Giralda", "4/4", "1/8", "A",
                   "E2 A2 c2 e2 | e2 d2 c4 | B2 c2 d2 B2 | A2 B2 c4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                   "c2 A2 B2 G2 | A4 A4"),
    "tropic": abc("From Tropic to Tropic", "4/4", "1/8", "C",
                  "G2 c2 e2 g2 | e2 c2 G4 | A2 d2 f2 a2 | f2 d2 A4 | G2 B2 d2 f2 | e2 d2 c2 B2 | "
                  "A2 F2 G2 B2 | c4 c4"),
    "esquinazo": abc("El esquinazo", "4/4", "1/8", "Dm",
                     "D2 F2 A2 F2 | G2 E2 C4 | E2 G2 B2 G2 | A2 F2 D4 | d2 d2 c2 B2 | A2 G2 F2 E2 | "
                     "F2 D2 E2 C2 | D4 D4"),
    # half-time rock
    "oy_ne_vecher": abc("Oy, to ne vecher", "4/4", "1/8", "Em",
                        "B,2 E2 G2 F2 | E4 B,4 | E2 G2 B2 A2 | G4 F4 | B2 B2 A2 G2 | F2 G2 A4 | "
                        "G2 F2 E2 D2 | E4 E4"),
    "hej_sokoly": abc("Hej, sokoły", "4/4", "1/8", "G",
                      "D2 G2 G2 A2 | B2 A2 G4 | A2 F2 D2 F2 | A2 G2 F4 | D2 G2 B2 d2 | c2 A2 F2 A2 | "
                      "G2 B2 A2 F2 | G4 G4"),
    "guarracino": abc("Lo guarracino", "4/4", "1/8", "Am",
                      "A2 c2 e2 c2 | d2 B2 G4 | G2 B2 d2 B2 | c2 A2 E4 | A2 A2 B2 c2 | d2 c2 B2 A2 | "
                      "G2 B2 E2 G2 | A4 A4"),
    "pidmanula": abc("Ty zh mene pidmanula", "4/4", "1/8", "Dm",
                     "A2 A2 A2 F2 | G2 F2 E4 | G2 G2 G2 E2 | F2 E2 D4 | A2 d2 d2 c2 | B2 A2 G2 F2 | "
                     "E2 G2 F2 E2 | D4 D4"),
    # trap
    "akh_vy_seni": abc("Akh vy seni", "4/4", "1/8", "D",
                       "F2 A2 A2 F2 | G2 F2 E4 | E2 G2 G2 E2 | F2 E2 D4 | F2 A2 d2 A2 | B2 G2 E2 G2 | "
                       "F2 D2 E2 C2 | D4 D4"),
    "cicerenella": abc("Cicerenella", "4/4", "1/8", "Dm",
                       "A2 F2 A2 d2 | c2 B2 A4 | G2 E2 G2 c2 | B2 A2 G4 | F2 G2 A2 B2 | c2 B2 A2 G2 | "
                       "F2 A2 E2 C2 | D4 D4"),
    "lariula": abc("Lariulà", "4/4", "1/8", "E",
                   "E2 G2 B2 G2 | c2 B2 A4 | F2 A2 c2 A2 | B2 A2 G4 | G2 B2 e2 d2 | c2 B2 A2 G2 | "
                   "F2 A2 G2 F2 | E4 E4"),
    # UK drill
    "tiritomba": abc("Tiritomba", "4/4", "1/8", "G",
                     "G2 B2 d2 B2 | c2 A2 F4 | A2 c2 e2 c2 | B2 G2 D4 | d2 d2 e2 d2 | c2 B2 A2 G2 | "
                     "F2 A2 G2 F2 | G4 G4"),
    "zorongo": abc("Zorongo", "4/4", "1/8", "Am",
                   "A2 B2 c2 B2 | A2 G2 F2 E2 | F2 G2 A2 G2 | F2 E2 E4 | c2 c2 B2 A2 | G2 A2 B2 c2 | "
                   "B2 A2 G2 F2 | E4 E4"),
    "anda_jaleo": abc("Anda jaleo", "4/4", "1/8", "Em",
                      "E2 F2 G2 A2 | B2 A2 G4 | A2 G2 F2 E2 | F2 G2 F4 | B2 c2 B2 A2 | G2 F2 G2 A2 | "
                      "G2 F2 E2 F2 | E4 E4"),
    # pop ballad
    "solovey": abc("Solovey", "4/4", "1/8", "Am",
                   "E2 A2 B2 c2 | B4 A4 | c2 B2 A2 G2 | F4 E4 | E2 G2 B2 d2 | c2 B2 A2 c2 | "
                   "B2 G2 E2 G2 | A8"),
    "somnenie": abc("Somnenie", "4/4", "1/8", "Dm",
                    "A2 A2 B2 A2 | G4 F4 | E2 F2 G2 A2 | F4 D4 | d2 c2 B2 A2 | G2 F2 E2 D2 | "
                    "C2 E2 G2 E2 | D8"),
    # slow r&b
    "krasny_sarafan": abc("Krasny sarafan", "4/4", "1/8", "Am",
                          "E2 A2 A2 B2 | c2 B2 A4 | c2 d2 e2 c2 | B2 G2 E4 | A2 c2 e2 d2 | c2 B2 A2 G2 | "
                          "F2 E2 B2 G2 | A4 A4"),
    "tedezco": abc("La Tedezco", "4/4", "1/8", "C",
                   "E2 G2 c2 G2 | A2 F2 D4 | F2 A2 d2 A2 | G2 E2 C4 | E2 G2 c2 e2 | d2 B2 G2 B2 | "
                   "c2 A2 B2 G2 | c4 c4"),
    "valentina": abc("La Valentina", "4/4", "1/8", "G",
                     "D2 G2 G2 G2 | A2 B2 A4 | D2 F2 F2 F2 | G2 A2 G4 | B2 d2 d2 d2 | e2 d2 c2 B2 | "
                     "A2 c2 B2 A2 | G4 G4"),
    # one-drop reggae
    "cannetella": abc("Cannetella", "4/4", "1/8", "F",
                      "C2 F2 A2 F2 | G2 A2 B4 | A2 G2 F2 E2 | F2 G2 A4 | c2 A2 F2 A2 | B2 G2 E2 G2 | "
                      "A2 F2 G2 E2 | F4 F4"),
    "utanmyra": abc("Visa från Utanmyra", "4/4", "1/8", "Dm",
                    "D2 E2 F2 G2 | A4 F4 | G2 F2 E2 D2 | E4 C4 | D2 F2 A2 d2 | c2 A2 G2 E2 | "
                    "F2 E2 C2 E2 | D4 D4"),
    # slow 6/8 ballad
    "michelemma": abc("Michelemmà", "6/8", "1/8", "Am",
                      "E3 A2 B | c3 B2 A | G3 E2 G | A6 | c3 d2 e | d3 c2 B | c3 B2 G | A6"),
    "cardillo": abc("Lu cardillo", "6/8", "1/8", "G",
                    "D3 G2 A | B3 A2 G | A3 F2 D | G6 | B3 c2 d | e3 d2 B | c3 A2 F | G6"),
    "vieni_sul_mar": abc("Vieni sul mar", "6/8", "1/8", "C",
                         "G3 c2 d | e3 d2 c | A3 c2 A | G6 | E3 G2 c | d3 B2 G | F3 D2 B, | C6"),
}
