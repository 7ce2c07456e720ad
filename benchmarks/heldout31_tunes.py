"""Public-domain melodies for real-heldout31, transcribed for this set (ABC, melody only).

Songs and arias by Henry Purcell (died 1695: Nymphs and Shepherds, 1692), Joseph Haydn (died
1809: The Mermaid's Song, 1794), Wolfgang Amadeus Mozart (died 1791: An Chloe, 1787), Ludwig van
Beethoven (died 1827: Adelaide 1797, Wonne der Wehmut 1810), Franz Schubert (died 1828: Auflösung
1824, An die Laute 1827), Friedrich von Flotow (died 1883: M'appari, 1847), Robert Schumann (died
1856: Aufträge, 1850), Charles Gounod (died 1893: Ah! je ris de me voir, the Jewel Song, 1859),
Johannes Brahms (died 1897: Wir wandelten, 1884), Hugo Wolf (died 1903: Mausfallen-Sprüchlein,
1882), Gabriel Fauré (died 1924: Rencontre, 1878), Ernest Chausson (died 1899: Le colibri, 1882),
Francesco Paolo Tosti (died 1916: Aprile 1882, Malia 1887), Reynaldo Hahn (died 1947: Offrande
1891, D'une prison 1892, À Chloris 1916), Umberto Giordano (died 1948: Nemico della patria, 1896),
Richard Strauss (died 1949: Befreit, 1898), Edward Elgar (died 1934: Where Corals Lie, 1899),
Francesco Cilea (died 1950: Io son l'umile ancella, 1902), Sergei Rachmaninoff (died 1943: Lilacs,
1902), Enrique Granados (died 1916: El majo discreto, La maja dolorosa and El mirar de la maja,
1913) and Manuel de Falla (died 1946: El paño moruno, Seguidilla murciana and Asturiana from the
Siete canciones populares españolas, 1915, published 1922; the melodies are Spanish folk songs).
Written here from memory, not copied from a
collection: the notes are an outline in the tune's key and shape more than its exact notes (the
notes matter less than the grid, which is exact by construction). Every piece is re-shaped for
its band arrangement, as a band would: plain 4/4 (the 2/4, 3/4, 3/8, 6/8 and 12/8 songs and arias
re-barred), running figures and syncopations evened out (the renderer core's >= 60 %
notes-on-beats check), mostly quarter notes. No pickups: every bar is whole, so looping keeps the
grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # drum-and-bass
    "auftraege": abc("Aufträge", "4/4", "1/8", "A",
                     "E2 A2 A2 B2 | c2 B2 A4 | F2 B2 B2 c2 | d2 c2 B4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                     "c2 A2 B2 G2 | A4 A4"),
    "mausfallen": abc("Mausfallen-Sprüchlein", "4/4", "1/8", "G",
                      "G2 G2 B2 B2 | A2 F2 D4 | A2 A2 c2 c2 | B2 G2 D4 | G2 B2 d2 B2 | c2 A2 F2 A2 | "
                      "B2 G2 A2 F2 | G4 G4"),
    "seguidilla": abc("Seguidilla murciana", "4/4", "1/8", "Am",
                      "e2 e2 d2 c2 | B2 c2 A4 | c2 c2 B2 A2 | G2 A2 E4 | A2 B2 c2 d2 | e2 f2 e2 d2 | "
                      "c2 B2 A2 G2 | A4 A4"),
    "majo_discreto": abc("El majo discreto", "4/4", "1/8", "E",
                         "B2 B2 e2 B2 | G2 A2 B4 | c2 A2 F2 A2 | B2 G2 E4 | E2 G2 B2 e2 | d2 c2 B2 A2 | "
                         "G2 B2 F2 D2 | E4 E4"),
    "aprile": abc("Aprile", "4/4", "1/8", "F",
                  "c2 A2 c2 f2 | e2 d2 c4 | d2 B2 d2 g2 | f2 e2 d4 | c2 f2 a2 f2 | g2 e2 c2 e2 | "
                  "f2 c2 e2 G2 | F4 F4"),
    "mermaid": abc("The Mermaid's Song", "4/4", "1/8", "C",
                   "c2 G2 E2 G2 | c2 e2 d4 | B2 G2 D2 G2 | B2 d2 c4 | e2 g2 e2 c2 | d2 f2 d2 B2 | "
                   "c2 e2 d2 B2 | c4 c4"),
    "jewel_song": abc("Ah! je ris de me voir", "4/4", "1/8", "E",
                      "B2 B2 e2 e2 | d2 c2 B4 | A2 A2 c2 c2 | B2 A2 G4 | G2 B2 e2 g2 | f2 d2 B2 d2 | "
                      "e2 G2 F2 D2 | E4 E4"),
    "an_chloe": abc("An Chloe", "4/4", "1/8", "Eb",
                    "E2 G2 B2 G2 | e2 d2 c2 B2 | A2 c2 F2 A2 | G4 E4 | B2 e2 g2 e2 | f2 d2 B2 d2 | "
                    "e2 c2 B2 F2 | E4 E4"),
    "wonne": abc("Wonne der Wehmut", "4/4", "1/8", "C",
                 "G2 c2 c2 d2 | e2 d2 c4 | A2 d2 d2 e2 | f2 e2 d4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
                 "e2 c2 d2 B2 | c4 c4"),
    "colibri": abc("Le colibri", "4/4", "1/8", "D",
                   "F2 A2 d2 c2 | B2 A2 F4 | G2 B2 e2 d2 | c2 B2 A4 | d2 f2 a2 f2 | g2 e2 c2 e2 | "
                   "d2 B2 A2 c2 | d4 d4"),
    "rencontre": abc("Rencontre", "4/4", "1/8", "Eb",
                     "G2 B2 e2 B2 | c2 B2 G4 | A2 c2 f2 c2 | d2 c2 A4 | B2 e2 g2 e2 | f2 d2 B2 d2 | "
                     "e2 G2 F2 D2 | E4 E4"),
    "adelaide": abc("Adelaide", "4/4", "1/8", "Bb",
                    "F2 F2 B2 d2 | c2 B2 A2 B2 | c2 c2 e2 c2 | B4 F4 | G2 B2 e2 d2 | c2 B2 A2 G2 | "
                    "F2 A2 c2 A2 | B4 B4"),
    "asturiana": abc("Asturiana", "4/4", "1/8", "Em",
                     "B2 B2 c2 B2 | A2 G2 F4 | G2 A2 B2 G2 | F2 E2 E4 | E2 F2 G2 A2 | B2 c2 B2 A2 | "
                     "G2 F2 G2 F2 | E4 E4"),
    "an_die_laute": abc("An die Laute", "4/4", "1/8", "D",
                        "A2 A2 d2 f2 | e2 d2 A4 | B2 B2 e2 g2 | f2 e2 c4 | d2 f2 a2 f2 | g2 e2 c2 e2 | "
                        "f2 d2 e2 c2 | d4 d4"),
    # slow r&b
    "nymphs": abc("Nymphs and Shepherds", "4/4", "1/8", "G",
                  "G2 B2 d2 d2 | e2 d2 B4 | c2 A2 F2 A2 | G4 D4 | d2 B2 G2 B2 | c2 A2 F2 A2 | "
                  "B2 G2 A2 F2 | G4 G4"),
    "mappari": abc("M'appari", "4/4", "1/8", "F",
                   "C2 F2 A2 c2 | B2 A2 G4 | E2 G2 B2 d2 | c2 B2 A4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                   "A2 F2 G2 E2 | F4 F4"),
    "where_corals": abc("Where Corals Lie", "4/4", "1/8", "Bm",
                        "F2 B2 c2 d2 | c2 B2 F4 | G2 c2 d2 e2 | d2 c2 F4 | B2 d2 f2 d2 | e2 c2 A2 c2 | "
                        "d2 B2 c2 A2 | B4 B4"),
    "offrande": abc("Offrande", "4/4", "1/8", "D",
                    "D2 F2 A2 A2 | B2 A2 F4 | E2 G2 B2 B2 | c2 B2 G4 | F2 A2 d2 d2 | e2 d2 B2 G2 | "
                    "F2 A2 E2 C2 | D4 D4"),
    # funk
    "pano_moruno": abc("El paño moruno", "4/4", "1/8", "Am",
                       "E2 A2 A2 B2 | c2 B2 A2 G2 | F2 E2 F2 G2 | E4 E4 | A2 c2 e2 d2 | c2 B2 A2 G2 | "
                       "F2 E2 D2 F2 | E4 E4"),
    "malia": abc("Malia", "4/4", "1/8", "G",
                 "D2 G2 B2 A2 | G2 F2 G4 | E2 A2 c2 B2 | A2 G2 F4 | G2 B2 d2 B2 | c2 A2 F2 A2 | "
                 "B2 G2 A2 F2 | G4 G4"),
    "aufloesung": abc("Auflösung", "4/4", "1/8", "D",
                      "d2 A2 F2 A2 | d2 e2 f4 | e2 B2 G2 B2 | e2 f2 g4 | f2 d2 A2 d2 | g2 e2 c2 e2 | "
                      "f2 d2 e2 c2 | d4 d4"),
    "dune_prison": abc("D'une prison", "4/4", "1/8", "Em",
                       "E2 G2 B2 B2 | A2 G2 F4 | D2 F2 A2 A2 | G2 F2 E4 | G2 B2 e2 e2 | d2 c2 B2 A2 | "
                       "G2 E2 F2 D2 | E4 E4"),
    # hip-hop
    "ancella": abc("Io son l'umile ancella", "4/4", "1/8", "C",
                   "E2 G2 c2 c2 | B2 A2 G4 | F2 A2 d2 d2 | c2 B2 A4 | G2 c2 e2 d2 | c2 B2 A2 G2 | "
                   "F2 A2 G2 B2 | c4 c4"),
    "lilacs": abc("Lilacs", "4/4", "1/8", "Ab",
                  "E2 A2 B2 c2 | B2 A2 E4 | F2 B2 c2 d2 | c2 B2 F4 | A2 c2 e2 c2 | d2 B2 G2 B2 | "
                  "c2 A2 B2 G2 | A4 A4"),
    "wir_wandelten": abc("Wir wandelten", "4/4", "1/8", "Eb",
                         "B2 G2 E2 G2 | B2 c2 B4 | c2 A2 F2 A2 | c2 d2 c4 | e2 B2 G2 B2 | c2 A2 F2 A2 | "
                         "G2 E2 F2 D2 | E4 E4"),
    "a_chloris": abc("À Chloris", "4/4", "1/8", "E",
                     "B,2 E2 G2 B2 | A2 G2 F4 | C2 F2 A2 c2 | B2 A2 G4 | E2 G2 B2 e2 | d2 c2 B2 A2 | "
                     "G2 E2 F2 D2 | E4 E4"),
    # dembow
    "mirar_maja": abc("El mirar de la maja", "4/4", "1/8", "Dm",
                      "A2 A2 d2 A2 | F2 G2 A4 | B2 A2 G2 F2 | E2 F2 D4 | D2 F2 A2 d2 | c2 B2 A2 G2 | "
                      "F2 E2 F2 E2 | D4 D4"),
    "nemico": abc("Nemico della patria", "4/4", "1/8", "Bm",
                  "F2 F2 B2 B2 | A2 G2 F4 | E2 E2 A2 A2 | G2 F2 E4 | F2 B2 d2 c2 | B2 A2 G2 F2 | "
                  "E2 G2 F2 C2 | B,4 B,4"),
    # rocksteady
    "maja_dolorosa": abc("La maja dolorosa", "4/4", "1/8", "Cm",
                         "G2 G2 c2 B2 | A2 G2 F2 G2 | E2 F2 G2 A2 | G4 G4 | c2 d2 e2 d2 | c2 B2 A2 G2 | "
                         "F2 E2 D2 B,2 | C4 C4"),
    "befreit": abc("Befreit", "4/4", "1/8", "E",
                   "E2 G2 B2 G2 | A2 B2 c4 | B2 G2 E2 G2 | F4 F4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
                   "G2 E2 F2 D2 | E4 E4"),
}
