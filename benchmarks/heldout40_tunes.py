"""Public-domain melodies for real-heldout40, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Naughty
Marietta (Victor Herbert, 1910; died 1924), Conchita (Riccardo Zandonai, 1911; died 1944), Isabeau
(Pietro Mascagni, 1911; died 1945), Die Landstreicher (Carl Michael Ziehrer, 1899; died 1922),
Esclarmonde (Jules Massenet, 1889; died 1912), Sigurd (Ernest Reyer, 1884; died 1909), Tancredi
(Gioachino Rossini, 1813; died 1868), Der Vampyr (Heinrich Marschner, 1828; died 1861), Lodoïska
(Luigi Cherubini, 1791; died 1842), Gwendoline (Emmanuel Chabrier, 1886; died 1894), Belisario
(Gaetano Donizetti, 1836; died 1848), Jenůfa (Leoš Janáček, 1904; died 1928), Straszny dwór
(Stanisław Moniuszko, 1865; died 1872), Clo-Clo (Franz Lehár, 1924; died 1948) and Pepita Jiménez
(Isaac Albéniz, 1896; died 1909). Folk pieces: Reel de Chicoutimi and Reel de Gaspé (traditional
Québécois), The Hexham Hornpipe and The Bristol Hornpipe (traditional
English), Sârba (traditional Romanian), Ballos (traditional Greek), The Carraroe Jig and
Gallagher's Frolics (traditional Irish), Dinny O'Brien's (traditional Irish), An Ataireachd Àrd
(Scottish Gaelic, John MacLeod of Lewis, 19th century) and Oberek (traditional Polish).
Attribution and dates are from memory. Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the grid,
exact by construction, is what is scored). The band pieces are re-shaped for their arrangement,
as a band would: in plain 4/4, Esclarmonde in 6/8, Sigurd in 12/8, Clo-Clo in 3/4, Pepita Jiménez
in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "marietta": abc("Naughty Marietta", "4/4", "1/8", "F",
                    "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 e2 d2 | c4 A4 | F2 A2 c2 f2 | e2 d2 c2 B2 | "
                    "A2 G2 F2 E2 | F4 F4"),
    "conchita": abc("Conchita", "4/4", "1/8", "Dm",
                    "A2 d2 f2 d2 | e2 ^c2 A2 c2 | d2 f2 a2 f2 | e4 A4 | B2 d2 g2 f2 | e2 d2 ^c2 e2 | "
                    "d2 A2 F2 E2 | D4 D4"),
    "isabeau": abc("Isabeau", "4/4", "1/8", "E",
                   "E2 G2 B2 e2 | d2 B2 c2 A2 | F2 A2 d2 c2 | B4 G4 | A2 c2 e2 c2 | B2 G2 E2 G2 | "
                   "F2 A2 G2 F2 | E4 E4"),
    "landstreicher": abc("Die Landstreicher", "4/4", "1/8", "Bb",
                         "B2 d2 f2 d2 | e2 c2 A2 c2 | d2 B2 G2 B2 | c4 F4 | B2 d2 f2 b2 | a2 g2 f2 e2 | "
                         "d2 c2 B2 A2 | B4 B4"),
    "esclarmonde": abc("Esclarmonde", "6/8", "1/8", "Db",
                       "F3 A2 F | D3 F3 | E3 G2 B | A6 | d3 c2 B | A3 F3 | G3 E2 C | D6"),
    "sigurd": abc("Sigurd", "12/8", "1/8", "Am",
                  "A3 c3 e3 c3 | d3 f3 e6 | c3 B3 A3 ^G3 | A3 E3 E6 | F3 A3 d3 A3 | G3 B3 e3 B3 | "
                  "c3 B3 A3 ^G3 | A3 A3 A6"),
    "tancredi": abc("Tancredi", "4/4", "1/8", "Bb",
                    "F2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 f2 e2 | d4 B4 | G2 B2 e2 d2 | c2 B2 A2 G2 | "
                    "F2 A2 c2 A2 | B4 B4"),
    "vampyr": abc("Der Vampyr", "4/4", "1/8", "Cm",
                  "C2 E2 G2 c2 | B2 G2 A2 F2 | G2 E2 C2 E2 | D4 G,4 | E2 G2 c2 e2 | d2 B2 c2 A2 | "
                  "G2 F2 E2 D2 | C4 C4"),
    "lodoiska": abc("Lodoïska", "4/4", "1/8", "E",
                    "B2 e2 g2 e2 | f2 d2 B2 d2 | e2 c2 A2 c2 | B4 G4 | A2 c2 f2 e2 | d2 B2 G2 B2 | "
                    "A2 F2 G2 F2 | E4 E4"),
    "gwendoline": abc("Gwendoline", "4/4", "1/8", "Gm",
                      "G2 B2 d2 B2 | c2 A2 F2 A2 | B2 d2 g2 f2 | e4 c4 | d2 ^f2 a2 g2 | f2 d2 B2 G2 | "
                      "A2 c2 B2 A2 | G4 G4"),
    "belisario": abc("Belisario", "4/4", "1/8", "C",
                     "G2 c2 e2 g2 | f2 d2 B2 d2 | e2 c2 A2 c2 | G4 E4 | F2 A2 c2 f2 | e2 c2 G2 c2 | "
                     "d2 B2 G2 B2 | c4 c4"),
    "jenufa": abc("Jenůfa", "4/4", "1/8", "Ab",
                  "A2 c2 e2 c2 | B2 d2 f2 d2 | c2 e2 a2 g2 | f4 c4 | d2 f2 B2 d2 | c2 A2 E2 A2 | "
                  "B2 G2 E2 G2 | A4 A4"),
    "strasznydwor": abc("Straszny dwór", "4/4", "1/8", "D",
                        "D2 F2 A2 d2 | c2 A2 B2 G2 | A2 F2 D2 F2 | E4 A,4 | F2 A2 d2 f2 | e2 c2 d2 B2 | "
                        "A2 G2 F2 E2 | D4 D4"),
    "cloclo": abc("Clo-Clo", "3/4", "1/8", "G",
                  "B2 d2 g2 | f4 e2 | d2 c2 B2 | A4 D2 | c2 e2 a2 | g4 f2 | e2 d2 c2 | B4 G2 | "
                  "B2 d2 g2 | b4 a2 | g2 f2 e2 | d4 B2 | c2 A2 F2 | G4 A2 | B2 A2 F2 | G4 G2"),
    "pepita": abc("Pepita Jiménez", "5/4", "1/8", "Am",
                  "A2 c2 e2 c2 A2 | B2 d2 f2 d2 B2 | c2 e2 a2 e2 c2 | ^G2 B2 e2 B2 ^G2 | "
                  "A2 c2 e2 a2 g2 | f2 d2 B2 d2 f2 | e2 c2 A2 c2 e2 | A2 A2 A2 A2 A2"),
    # folk pieces
    "chicoutimi": abc("Reel de Chicoutimi", "2/2", "1/8", "A",
                      "A c e c a e c e | d f a f d f a f | e c A c e a g e | f d B G A2 A2 | "
                      "c e a e c e a c' | b g e g b g e g | a e c A B c d B | c A E G A2 A2"),
    "gaspe": abc("Reel de Gaspé", "2/2", "1/8", "D",
                 "d A F A d f a f | g e c e g e c A | d f a f g e c e | d B A G F2 D2 | "
                 "F A d A F A d f | e c A c e g b g | f d e c d B A G | F E D E D2 D2"),
    "hexham": abc("The Hexham Hornpipe", "2/2", "1/8", "Bb",
                  "B d f d b f d f | e c A c e c A F | G B e B d B f d | c A F A B2 B,2 | "
                  "D F B F D F B d | e g c' g e g c' g | f d e c d B c A | B F D F B2 B2"),
    "bristol": abc("The Bristol Hornpipe", "2/2", "1/8", "C",
                   "c e g e c' g e g | f a c' a f a c' a | g e c e g c' b g | a f d B c2 C2 | "
                   "E G c G E G c e | d f a f d f a f | e g f d c e d B | c G E G c2 c2"),
    "sarba": abc("Sârba", "2/4", "1/8", "Am",
                 "A c e c | A c e2 | B d f d | e2 e2 | c e a e | f e d c | B A ^G B | A2 E2 | "
                 "e a g f | e d c B | c B A ^G | A2 A2 | d f a f | e c A c | B ^G E B | A2 A2"),
    "ballos": abc("Ballos", "2/4", "1/8", "G",
                  "G B d B | c A F A | G B d g | f2 d2 | e c A c | d B G B | A F D F | G2 G2 | "
                  "B d g d | c e a e | B d g b | a2 f2 | g e c e | d B G B | A F D F | G2 G2"),
    "carraroe": abc("The Carraroe Jig", "6/8", "1/8", "D",
                    "D2 F A2 F | G2 B A2 F | E2 G F2 A | E2 F D3 | A2 d f2 d | e2 c A2 c | d2 B A2 F | E2 E D3"),
    "gallagher": abc("Gallagher's Frolics", "6/8", "1/8", "Dm",
                     "D2 F A2 F | G2 F E2 C | D2 F A2 d | c2 A G3 | F2 A d2 f | e2 c A2 G | F2 D E2 C | D2 D D3"),
    "dinnyobrien": abc("Dinny O'Brien's", "9/8", "1/8", "A",
                       "A2 c e2 c A2 c | B2 d f2 d B2 d | c2 e a2 e c2 A | B2 G E2 G B3 | "
                       "e2 a a2 e c2 e | d2 f f2 d B2 d | c2 A B2 G A2 F | E2 G B2 G A3"),
    "ataireachd": abc("An Ataireachd Àrd", "6/8", "1/8", "G",
                      "G3 B2 d | e3 d3 | B3 A2 G | E6 | D3 G2 A | B3 A3 | G3 E2 D | G6"),
    "oberek": abc("Oberek", "3/4", "1/8", "C",
                  "c2 e2 g2 | a4 g2 | f2 d2 B2 | c4 G2 | E2 G2 c2 | d4 e2 | f2 e2 d2 | G4 G2 | "
                  "c2 e2 g2 | c'4 b2 | a2 f2 d2 | e4 c2 | d2 B2 G2 | c4 e2 | d2 B2 G2 | C4 C2"),
}
