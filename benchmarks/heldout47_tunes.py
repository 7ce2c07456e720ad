"""Public-domain melodies for real-heldout47, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Don Procopio
(Georges Bizet, written 1859, staged 1906; died 1875), Curro Vargas (Ruperto Chapí, 1898; died
1909), Tiefland (Eugen d'Albert, 1903; died 1932), I Rantzau (Pietro Mascagni, 1892; died 1945),
Koanga (Frederick Delius, 1904; died 1934), Satanella (Michael William Balfe, 1858; died 1870), Il
bravo (Saverio Mercadante, 1839; died 1870), Il figliuol prodigo (Amilcare Ponchielli, 1880; died
1886), Konrad Wallenrod (Władysław Żeleński, 1885; died 1921), Götz von Berlichingen (Karl Goldmark,
1902; died 1915), I Medici (Ruggero Leoncavallo, 1893; died 1919), Aleko (Sergei Rachmaninoff,
1893; died 1943), Dózsa György (Ferenc Erkel, 1867; died 1893), Le caïd (Ambroise Thomas, 1849;
died 1896) and Natalka Poltavka (Mykola Lysenko, 1889; died 1912). Folk pieces: the Reel à
Bouchard and the Reel de Montebello (traditional Québécois), the Dorset Hornpipe and the
Westmorland Hornpipe (traditional English), Cachua (traditional Peruvian), Reinlender
(traditional Norwegian), Zapateado (traditional Mexican), Chamarrita (traditional Argentine, of the Litoral),
Kerfunten (traditional Irish), Morna (traditional Cape Verdean) and Jota (traditional Aragonese).
Attribution and dates are from memory. Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the grid,
exact by construction, is what is scored). The band pieces are re-shaped for their arrangement,
as a band would: in plain 4/4, Koanga in 6/8, Satanella in 12/8, Le caïd in 3/4, Natalka
Poltavka in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's
>= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "procopio": abc("Don Procopio", "4/4", "1/8", "F",
                    "c2 A2 F2 A2 | B2 G2 E2 G2 | A2 c2 f2 e2 | d4 c4 | B2 d2 g2 f2 | e2 c2 G2 B2 | "
                    "A2 F2 G2 E2 | F4 F4"),
    "vargas": abc("Curro Vargas", "4/4", "1/8", "D",
                  "D2 F2 A2 F2 | G2 B2 A2 F2 | E2 G2 c2 A2 | d4 A4 | F2 A2 d2 f2 | e2 c2 A2 c2 | "
                  "d2 B2 G2 E2 | D4 D4"),
    "tiefland": abc("Tiefland", "4/4", "1/8", "Am",
                    "A2 c2 e2 c2 | d2 B2 G2 B2 | c2 e2 a2 e2 | ^g4 e4 | f2 d2 B2 d2 | e2 c2 A2 c2 | "
                    "B2 A2 ^G2 B2 | A4 A4"),
    "rantzau": abc("I Rantzau", "4/4", "1/8", "Eb",
                   "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 d2 B2 | e4 B4 | G2 B2 e2 g2 | f2 d2 B2 d2 | "
                   "e2 B2 G2 F2 | E4 E4"),
    "koanga": abc("Koanga", "6/8", "1/8", "Em",
                  "E3 G2 B | A3 G3 | F3 ^D2 F | E6 | G3 B2 e | d3 c3 | B3 ^D2 F | E6"),
    "satanella": abc("Satanella", "12/8", "1/8", "Eb",
                     "E3 G3 B3 G3 | A3 F3 E6 | G3 B3 e3 d3 | c3 A3 F6 | B3 d3 f3 d3 | e3 c3 A3 F3 | "
                     "G3 F3 E3 D3 | E3 B,3 E6"),
    "bravo": abc("Il bravo", "4/4", "1/8", "C",
                 "C2 E2 G2 c2 | B2 G2 A2 F2 | E2 G2 c2 e2 | d4 G4 | c2 A2 F2 A2 | G2 E2 C2 E2 | "
                 "D2 F2 E2 D2 | C4 C4"),
    "prodigo": abc("Il figliuol prodigo", "4/4", "1/8", "G",
                   "G2 D2 B,2 D2 | E2 G2 F2 D2 | G2 B2 d2 B2 | A4 D4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                   "B2 A2 G2 F2 | G4 G4"),
    "wallenrod": abc("Konrad Wallenrod", "4/4", "1/8", "Gm",
                     "G2 B2 d2 g2 | f2 d2 e2 c2 | d2 B2 G2 B2 | A4 D4 | B2 d2 g2 d2 | c2 A2 F2 A2 | "
                     "B2 A2 G2 ^F2 | G4 G4"),
    "berlichingen": abc("Götz von Berlichingen", "4/4", "1/8", "Bb",
                        "B,2 D2 F2 B2 | A2 F2 G2 E2 | F2 A2 c2 A2 | B4 F4 | D2 F2 B2 d2 | c2 A2 F2 A2 | "
                        "G2 F2 E2 C2 | B,4 B,4"),
    "medici": abc("I Medici", "4/4", "1/8", "Cm",
                  "C2 G2 E2 G2 | F2 A2 G2 E2 | D2 F2 =B2 G2 | c4 G4 | E2 G2 c2 e2 | d2 =B2 G2 =B2 | "
                  "c2 G2 F2 D2 | C4 C4"),
    "aleko": abc("Aleko", "4/4", "1/8", "Am",
                 "A,2 C2 E2 A2 | G2 E2 F2 D2 | E2 A2 c2 A2 | ^G4 E4 | A2 c2 e2 c2 | d2 B2 ^G2 B2 | "
                 "A2 E2 C2 B,2 | A,4 A,4"),
    "dozsa": abc("Dózsa György", "4/4", "1/8", "Dm",
                 "D2 A2 F2 A2 | G2 B2 A2 F2 | E2 G2 ^c2 A2 | d4 A4 | F2 A2 d2 f2 | e2 ^c2 A2 c2 | "
                 "d2 A2 F2 E2 | D4 D4"),
    "caid": abc("Le caïd", "3/4", "1/8", "A",
                "A2 c2 e2 | f4 e2 | d2 c2 B2 | c4 A2 | B2 d2 f2 | e4 d2 | c2 B2 A2 | B4 E2 | "
                "A2 c2 e2 | a4 g2 | f2 e2 d2 | c4 B2 | d2 B2 G2 | A4 c2 | B2 G2 E2 | A4 A2"),
    "natalka": abc("Natalka Poltavka", "5/4", "1/8", "Em",
                   "E2 G2 B2 G2 E2 | F2 A2 c2 A2 F2 | G2 B2 e2 B2 G2 | ^D2 F2 B2 F2 ^D2 | "
                   "E2 G2 B2 e2 d2 | c2 A2 F2 A2 c2 | B2 G2 E2 G2 B2 | E2 E2 E2 E2 E2"),
    # folk pieces
    "bouchard": abc("Reel à Bouchard", "2/2", "1/8", "D",
                    "A, D F A d A F D | E G B G E C A, C | D F A d f d A F | G E C E D2 D2 | "
                    "f d A d f a f d | g e c e g b g e | f d e c d A F A | G E C E D2 D2"),
    "montebello": abc("Reel de Montebello", "2/2", "1/8", "G",
                      "G2 B2 d2 g2 | e d B G A2 G2 | B d d B c B A G | D F A F G2 G2 | "
                      "g2 g2 d2 B2 | c B A G F G A c | B A G B A G E D | D E F A G2 G2"),
    "dorset": abc("Dorset Hornpipe", "2/2", "1/8", "F",
                  "C F A c f c A F | G B d B g e c B | A c f a f c A F | G F E D E2 C2 | "
                  "F A c f a f c A | B d f d B G E G | A c B d c e d f | e c G E F2 F2"),
    "westmorland": abc("Westmorland Hornpipe", "2/2", "1/8", "D",
                       "A, D F A d A F D | E G B G e c A G | F A d f d A F D | E D C B, C2 A,2 | "
                       "D F A d f d A F | G B d B G E C E | F A G B A c B d | c A E C D2 D2"),
    "cachua": abc("Cachua", "2/4", "1/8", "Am",
                  "A c e c | A c e2 | G B d B | G B d2 | c e a e | d f e d | c B A B | c2 A2 | "
                  "e a c' a | b ^g e ^g | a f d f | e2 e2 | c e d f | e ^g f d | c B A B | A2 A2"),
    "reinlender": abc("Reinlender", "2/4", "1/8", "D",
                      "D F A F | D F A2 | E G B G | E G B2 | F A d A | G B A G | F E D E | F2 D2 | "
                      "A d f d | e c A c | d B G B | A2 A2 | F A G B | A c B G | F E D E | D2 D2"),
    "zapateado": abc("Zapateado", "6/8", "1/8", "D",
                     "D2 F A2 F | G2 E C2 E | F2 D A2 F | E2 C D3 | A2 G F2 E | D2 F E2 C | D2 E F2 E | D2 D D3"),
    "chamarrita": abc("Chamarrita", "6/8", "1/8", "G",
                      "G2 B d2 B | c2 A F2 A | B2 G d2 B | A2 F G3 | d2 c B2 A | G2 B A2 F | G2 A B2 A | G2 G G3"),
    "kerfunten": abc("Kerfunten", "9/8", "1/8", "D",
                     "D2 F A2 F D2 F | E2 G B2 G E2 G | F2 A d2 A F2 D | E2 C A,2 C E3 | "
                     "A2 d d2 A F2 A | G2 B B2 G E2 G | F2 D E2 C D2 B, | C2 A, B,2 C D3"),
    "morna": abc("Morna", "6/8", "1/8", "Am",
                 "A3 c2 e | d3 c3 | B3 ^G2 E | A6 | e3 a2 g | f3 d3 | e3 c2 B | A6"),
    "jota": abc("Jota", "3/4", "1/8", "Bb",
                "B,2 D2 F2 | B4 F2 | G2 E2 C2 | D4 F2 | E2 G2 B2 | A4 F2 | G2 F2 E2 | D4 C2 | "
                "B,2 D2 F2 | d4 c2 | B2 G2 E2 | F4 D2 | E2 D2 C2 | B,4 A,2 | C2 A,2 F,2 | B,4 B,2"),
}
