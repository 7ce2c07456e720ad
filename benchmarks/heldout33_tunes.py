"""Public-domain melodies for real-heldout33, transcribed for this set (ABC, melody only).

Waltzes: Joseph Lanner (died 1843: Die Romantiker, Op. 167, 1840; Steyrische Tänze, Op. 165,
1841; Die Schönbrunner, Op. 200, 1842), Josef Strauss (died 1870: Transaktionen, Op. 184, 1865;
Delirien, Op. 212, 1867; Aquarellen, Op. 258, 1869), Johann Strauss II (died 1899: Hydropaten,
Op. 149, 1854, rejected; Telegramme, Op. 318, 1867; Seid umschlungen, Millionen, Op. 443, 1892), Émile Waldteufel (died 1915:
Tout-Paris and Chantilly, both from the 1880s) and Juventino Rosas (died 1894: Josefina and
Carmen, both from the 1880s); tangos, danzones and songs: Ernesto Nazareth (died 1934: Brejeiro,
1893, and the Brazilian tangos Fon-Fon, Travesso, Espalhafatoso, Plangente, Duvidoso and
Labirinto, all published in the 1910s and 1920s), Ernesto Ponzio (died 1934: Don Juan, c. 1900),
Augusto Berto (died 1953: La payanca, c. 1906), Vicente Greco (died 1924: Rodríguez Peña, 1911),
Miguel Faílde (died 1921: Las alturas de Simpson, 1879) and Henri Berger (died 1929: the music of
Hawaiʻi Ponoʻī, 1874). Written here from memory, not copied from a collection: the notes are an
outline in the tune's key and shape more than its exact notes (the notes matter less than the
grid, which is exact by construction). Every piece is re-shaped for its band arrangement, as a
band would: the waltzes in plain 3/4, the others in plain 4/4 (the 2/4 tangos and danzones
re-barred), running figures and syncopations evened out (the renderer core's >= 60 %
notes-on-beats check), mostly quarter notes. No pickups: every bar is whole, so looping keeps the
grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # fast waltzes (3/4)
    "schoenbrunner": abc("Die Schönbrunner", "3/4", "1/8", "D",
                         "A2 d2 f2 | f4 e2 | d2 c2 B2 | A4 F2 | G2 B2 e2 | e4 d2 | c2 B2 A2 | A4 A2 | "
                         "A2 d2 f2 | a4 f2 | g2 f2 e2 | d4 B2 | A2 c2 e2 | g4 f2 | e2 d2 c2 | d4 d2"),
    "romantiker": abc("Die Romantiker", "3/4", "1/8", "G",
                      "D2 G2 B2 | d4 B2 | c2 B2 A2 | B4 G2 | E2 A2 c2 | e4 c2 | B2 A2 G2 | A4 D2 | "
                      "D2 G2 B2 | d4 g2 | f2 e2 d2 | c4 A2 | B2 d2 g2 | f4 a2 | g2 f2 e2 | g4 g2"),
    "steyrische": abc("Steyrische Tänze", "3/4", "1/8", "C",
                      "G2 c2 e2 | g4 e2 | f2 e2 d2 | c4 G2 | F2 A2 c2 | d4 c2 | B2 A2 G2 | G4 G2 | "
                      "G2 c2 e2 | g4 c'2 | b2 a2 g2 | f4 d2 | e2 g2 c'2 | b4 g2 | d2 e2 f2 | e4 c2"),
    "delirien": abc("Delirien", "3/4", "1/8", "A",
                    "E2 A2 c2 | e4 c2 | d2 c2 B2 | c4 A2 | F2 B2 d2 | f4 d2 | c2 B2 A2 | B4 E2 | "
                    "E2 A2 c2 | e4 a2 | g2 f2 e2 | d4 B2 | c2 e2 a2 | g4 e2 | d2 c2 B2 | A4 A2"),
    "transaktionen": abc("Transaktionen", "3/4", "1/8", "F",
                         "C2 F2 A2 | c4 A2 | B2 A2 G2 | A4 F2 | G2 B2 d2 | c4 B2 | A2 G2 F2 | G4 C2 | "
                         "C2 F2 A2 | c4 f2 | e2 d2 c2 | B4 G2 | A2 c2 f2 | e4 c2 | d2 c2 B2 | F4 F2"),
    "aquarellen": abc("Aquarellen", "3/4", "1/8", "Bb",
                      "F2 B2 d2 | f4 d2 | e2 d2 c2 | d4 B2 | c2 e2 g2 | f4 e2 | d2 c2 B2 | c4 F2 | "
                      "F2 B2 d2 | f4 b2 | a2 g2 f2 | e4 c2 | d2 f2 b2 | a4 f2 | g2 f2 e2 | B4 B2"),
    "seid_umschlungen": abc("Seid umschlungen, Millionen", "3/4", "1/8", "D",
                            "F2 A2 d2 | c4 d2 | e4 A2 | F4 D2 | E2 G2 B2 | A4 G2 | F2 E2 D2 | E4 A2 | "
                            "F2 A2 d2 | f4 d2 | g4 e2 | c4 A2 | B2 d2 g2 | f4 e2 | d2 c2 e2 | d4 d2"),
    "hydropaten": abc("Hydropaten", "3/4", "1/8", "Eb",
                      "B2 e2 g2 | b4 g2 | a2 g2 f2 | g4 e2 | F2 A2 c2 | e4 c2 | B2 A2 G2 | F4 B2 | "
                      "B2 e2 g2 | b4 e'2 | d'2 c'2 b2 | a4 f2 | g2 b2 e'2 | d'4 b2 | c'2 b2 f2 | e4 e2"),
    "telegramme": abc("Telegramme", "3/4", "1/8", "A",
                      "E2 A2 c2 | e4 c2 | f2 e2 d2 | c4 A2 | B2 d2 f2 | e4 d2 | c2 B2 A2 | B4 E2 | "
                      "E2 A2 c2 | e4 a2 | a2 g2 f2 | e4 c2 | d2 f2 a2 | g4 e2 | d2 c2 B2 | A4 A2"),
    "tout_paris": abc("Tout-Paris", "3/4", "1/8", "G",
                      "B4 d2 | g4 d2 | c2 B2 A2 | B4 G2 | A4 c2 | e4 c2 | B2 A2 G2 | F4 D2 | "
                      "B4 d2 | g4 b2 | a2 g2 f2 | e4 c2 | d2 B2 G2 | c2 A2 F2 | A2 B2 F2 | G4 G2"),
    "chantilly": abc("Chantilly", "3/4", "1/8", "C",
                     "e4 g2 | c'4 g2 | f2 e2 d2 | e4 c2 | d4 f2 | a4 f2 | e2 d2 c2 | B4 G2 | "
                     "e4 g2 | c'4 e'2 | d'2 c'2 b2 | a4 f2 | g2 e2 c2 | f2 d2 B2 | d2 e2 B2 | c4 c2"),
    "josefina": abc("Josefina", "3/4", "1/8", "Am",
                    "E2 A2 c2 | e4 d2 | c2 B2 A2 | B4 E2 | F2 A2 d2 | f4 e2 | d2 c2 B2 | c4 A2 | "
                    "E2 A2 c2 | e4 a2 | g2 f2 e2 | d4 B2 | c2 e2 a2 | f4 d2 | B2 c2 B2 | A4 A2"),
    "carmen_vals": abc("Carmen", "3/4", "1/8", "F",
                       "A4 c2 | f4 c2 | B2 A2 G2 | A4 F2 | G4 B2 | d4 B2 | A2 G2 F2 | E4 C2 | "
                       "A4 c2 | f4 a2 | g2 f2 e2 | d4 B2 | c2 A2 F2 | B2 G2 E2 | G2 A2 E2 | F4 F2"),
    # hip-hop
    "brejeiro": abc("Brejeiro", "4/4", "1/8", "G",
                    "B2 d2 B2 G2 | A2 B2 c4 | A2 c2 A2 F2 | G2 A2 B4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                    "B2 G2 A2 F2 | G4 G4"),
    "fon_fon": abc("Fon-Fon", "4/4", "1/8", "D",
                   "d2 d2 c2 d2 | e2 d2 A4 | B2 B2 A2 B2 | c2 B2 F4 | G2 B2 d2 g2 | f2 e2 d2 c2 | "
                   "B2 d2 A2 c2 | d4 d4"),
    "travesso": abc("Travesso", "4/4", "1/8", "C",
                    "c2 e2 g2 e2 | f2 d2 B4 | d2 f2 a2 f2 | g2 e2 c4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
                    "e2 c2 d2 B2 | c4 c4"),
    "espalhafatoso": abc("Espalhafatoso", "4/4", "1/8", "F",
                         "F2 A2 c2 A2 | B2 G2 E4 | G2 B2 d2 B2 | c2 A2 F4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                         "A2 F2 G2 E2 | F4 F4"),
    # slow r&b
    "don_juan": abc("Don Juan", "4/4", "1/8", "Dm",
                    "A2 A2 d2 A2 | B2 A2 G4 | G2 G2 c2 G2 | A2 G2 F4 | F2 A2 d2 f2 | e2 d2 c2 B2 | "
                    "A2 F2 G2 E2 | D4 D4"),
    "payanca": abc("La payanca", "4/4", "1/8", "Am",
                   "E2 A2 B2 c2 | d2 c2 B4 | D2 G2 A2 B2 | c2 B2 A4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                   "c2 A2 B2 G2 | A4 A4"),
    "plangente": abc("Plangente", "4/4", "1/8", "Em",
                     "B2 e2 g2 e2 | f2 e2 d4 | A2 d2 f2 d2 | e2 d2 B4 | G2 B2 e2 g2 | f2 d2 A2 c2 | "
                     "B2 G2 A2 F2 | E4 E4"),
    # rocksteady
    "hawaii_ponoi": abc("Hawaiʻi Ponoʻī", "4/4", "1/8", "Bb",
                        "F2 B2 B2 B2 | c2 d2 B4 | d2 e2 f2 d2 | c4 F4 | F2 B2 d2 f2 | e2 c2 A2 c2 | "
                        "B2 d2 c2 A2 | B4 B4"),
    "duvidoso": abc("Duvidoso", "4/4", "1/8", "Gm",
                    "D2 G2 B2 G2 | A2 F2 D4 | E2 A2 c2 A2 | B2 G2 D4 | G2 B2 d2 g2 | f2 d2 c2 B2 | "
                    "A2 G2 A2 F2 | G4 G4"),
    # dembow
    "rodriguez_pena": abc("Rodríguez Peña", "4/4", "1/8", "Em",
                          "E2 G2 B2 e2 | d2 B2 G4 | F2 A2 c2 e2 | d2 B2 A4 | B2 e2 g2 e2 | f2 d2 B2 d2 | "
                          "c2 A2 B2 F2 | E4 E4"),
    # funk
    "alturas_simpson": abc("Las alturas de Simpson", "4/4", "1/8", "C",
                           "G2 c2 e2 c2 | d2 B2 G4 | A2 c2 f2 c2 | e2 c2 G4 | c2 e2 g2 e2 | f2 d2 B2 d2 | "
                           "c2 A2 B2 G2 | c4 c4"),
    "labirinto": abc("Labirinto", "4/4", "1/8", "A",
                     "A2 c2 e2 c2 | d2 B2 G4 | B2 d2 f2 d2 | e2 c2 A4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                     "c2 A2 B2 G2 | A4 A4"),
}
