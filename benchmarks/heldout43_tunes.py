"""Public-domain melodies for real-heldout43, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Grisélidis
(Jules Massenet, 1901; died 1912), Fantasio (Jacques Offenbach, 1872; died 1880), Iris (Pietro
Mascagni, 1898; died 1945), Gillette de Narbonne (Edmond Audran, 1882; died 1901), Zaira (Vincenzo
Bellini, 1829; died 1835), Parisina (Gaetano Donizetti, 1833; died 1848), Alzira (Giuseppe Verdi,
1845; died 1901), Armida (Gioachino Rossini, 1817; died 1868), Fosca (Carlos Gomes, 1873; died
1896), Edgar (Giacomo Puccini, 1889; died 1924), Tilda (Francesco Cilea, 1892; died 1950), Maïa
(Ruggero Leoncavallo, 1910; died 1919), Melenis (Riccardo Zandonai, 1912; died 1944), Briséïs
(Emmanuel Chabrier, 1897; died 1894) and Oceàna (Antonio Smareglia, 1903; died 1929). Folk
pieces: Waynesboro and Jeff Sturgeon (traditional American, old-time), The Whitehaven Hornpipe and
Phillips's Hornpipe (traditional English), Huayno (traditional Andean), Freylekhs (traditional
Jewish, klezmer), The Brolum (traditional Scottish, pipe jig), Cueca (traditional Chilean), Tae in
the Bed (traditional Irish), Zamba (traditional Argentine) and Ilusiones juveniles (Juventino
Rosas, died 1894). Attribution and dates are from memory. Written here from memory, not copied
from a collection: the notes are an outline in the tune's key, metre and shape more than its
exact notes (the grid, exact by construction, is what is scored). The band pieces are re-shaped
for their arrangement, as a band would: in plain 4/4, Zaira in 6/8, Parisina in 12/8, Briséïs in
3/4, Oceàna in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's
>= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "griselidis": abc("Grisélidis", "4/4", "1/8", "C",
                      "C2 E2 G2 E2 | F2 A2 c2 A2 | G2 E2 C2 E2 | D4 G,4 | E2 G2 c2 e2 | d2 B2 G2 B2 | "
                      "c2 A2 G2 E2 | C4 C4"),
    "fantasio": abc("Fantasio", "4/4", "1/8", "F",
                    "F2 A2 c2 A2 | B2 G2 E2 G2 | A2 F2 C2 F2 | G4 C4 | D2 F2 B2 d2 | c2 A2 F2 A2 | "
                    "G2 F2 E2 G2 | F4 F4"),
    "iris": abc("Iris", "4/4", "1/8", "Em",
                "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 ^D2 F2 | E4 B,4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
                "G2 F2 E2 ^D2 | E4 E4"),
    "gillette": abc("Gillette de Narbonne", "4/4", "1/8", "A",
                    "A2 c2 e2 c2 | d2 B2 G2 B2 | c2 A2 E2 A2 | B4 E4 | F2 A2 d2 c2 | B2 G2 E2 G2 | "
                    "A2 G2 F2 E2 | A4 A4"),
    "zaira": abc("Zaira", "6/8", "1/8", "Bb",
                 "B3 d2 f | g3 f3 | e3 c2 A | B6 | d3 f2 b | a3 g3 | f3 c2 A | B6"),
    "parisina": abc("Parisina", "12/8", "1/8", "G",
                    "G3 B3 d3 B3 | c3 e3 d6 | B3 d3 g3 f3 | e3 c3 A6 | d3 f3 a3 f3 | g3 e3 c3 A3 | "
                    "B3 A3 G3 F3 | G3 D3 G6"),
    "alzira": abc("Alzira", "4/4", "1/8", "Gm",
                  "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 ^F2 A2 | G4 D4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                  "d2 c2 B2 A2 | G4 G4"),
    "armida": abc("Armida", "4/4", "1/8", "D",
                  "D2 F2 A2 d2 | c2 A2 B2 G2 | F2 A2 d2 f2 | e4 A4 | B2 d2 g2 f2 | e2 c2 A2 c2 | "
                  "d2 A2 F2 E2 | D4 D4"),
    "fosca": abc("Fosca", "4/4", "1/8", "Am",
                 "A2 e2 c2 A2 | B2 d2 G2 B2 | c2 e2 a2 e2 | ^G4 E4 | A2 c2 f2 d2 | e2 c2 B2 ^G2 | "
                 "A2 B2 c2 B2 | A4 A4"),
    "edgar": abc("Edgar", "4/4", "1/8", "Bb",
                 "B,2 D2 F2 B2 | A2 F2 G2 E2 | D2 F2 B2 d2 | c4 F4 | G2 B2 e2 d2 | c2 A2 F2 A2 | "
                 "B2 F2 D2 C2 | B,4 B,4"),
    "tilda": abc("Tilda", "4/4", "1/8", "Dm",
                 "D2 A2 F2 D2 | E2 G2 B2 E2 | F2 A2 d2 A2 | ^C4 A,4 | D2 F2 A2 d2 | c2 A2 B2 G2 | "
                 "F2 E2 D2 ^C2 | D4 D4"),
    "maia": abc("Maïa", "4/4", "1/8", "Cm",
                "C2 E2 G2 c2 | B2 G2 A2 F2 | E2 G2 c2 e2 | D4 G,4 | C2 E2 G2 c2 | d2 B2 c2 A2 | "
                "G2 F2 E2 D2 | C4 C4"),
    "melenis": abc("Melenis", "4/4", "1/8", "F#m",
                   "F2 A2 c2 F2 | E2 G2 B2 E2 | D2 F2 A2 D2 | ^E4 C4 | F2 A2 c2 f2 | e2 c2 d2 B2 | "
                   "A2 G2 F2 ^E2 | F4 F4"),
    "briseis": abc("Briséïs", "3/4", "1/8", "E",
                   "E2 G2 B2 | A4 G2 | F2 E2 D2 | C4 B,2 | E2 G2 c2 | B4 A2 | G2 F2 E2 | D4 B,2 | "
                   "E2 G2 B2 | e4 d2 | c2 B2 A2 | G4 F2 | A2 F2 D2 | E4 G2 | F2 D2 B,2 | E4 E2"),
    "oceana": abc("Oceàna", "5/4", "1/8", "D",
                  "D2 F2 A2 F2 D2 | E2 G2 B2 G2 E2 | F2 A2 d2 A2 F2 | C2 E2 A2 E2 C2 | "
                  "D2 F2 A2 d2 c2 | B2 G2 E2 G2 B2 | A2 F2 D2 F2 A2 | D2 D2 D2 D2 D2"),
    # folk pieces
    "waynesboro": abc("Waynesboro", "2/2", "1/8", "D",
                      "D2 D2 F2 A2 | B A F D E2 D2 | F A A F G F E D | A, C E C D2 D2 | "
                      "d2 d2 A2 F2 | G F E D C D E G | F E D F E D B, A, | A, B, C E D2 D2"),
    "jeffsturgeon": abc("Jeff Sturgeon", "2/2", "1/8", "C",
                        "C2 E G c G E C | D F A F D B, G, B, | C E G E c B c G | A F D B, C2 C2 | "
                        "G c c B c d e c | d B G B d c B G | A c B d c G E C | D B, G, B, C2 C2"),
    "whitehaven": abc("The Whitehaven Hornpipe", "2/2", "1/8", "G",
                      "D G B d g d B G | A c e c a f d c | B d g b g d B G | A G F E F2 D2 | "
                      "G B d g b g d B | c e g e c A F D | E G F A G B A c | B G D B, G2 G2"),
    "phillips": abc("Phillips's Hornpipe", "2/2", "1/8", "F",
                    "C F A c f c A F | G B d B G E C E | F A c A f A c A | G E C E F2 C2 | "
                    "A c f c A c f c | B d g d B d g d | c A B G A F G E | F A G E F2 F2"),
    "huayno": abc("Huayno", "2/4", "1/8", "Am",
                  "A c e c | d2 B2 | ^G B d B | c2 A2 | A c e a | g e f d | c B A ^G | A2 E2 | "
                  "e f e d | c2 A2 | d e d c | B2 ^G2 | A c B d | c e d B | A ^G B ^G | A2 A2"),
    "freylekhs": abc("Freylekhs", "2/4", "1/8", "Dm",
                     "D F A F | D F A2 | E G A G | E G A2 | F A d A | G B A G | F E D E | F2 D2 | "
                     "A d f d | e ^c A c | d B G B | A2 A2 | F A d f | e ^c A G | F E D E | D2 D2"),
    "brolum": abc("The Brolum", "6/8", "1/8", "D",
                  "A2 c e2 c | B2 G E2 G | A2 c e2 a | f2 e c3 | A2 c e2 c | d2 B G2 B | A2 F E2 G | A2 A A3"),
    "cueca": abc("Cueca", "6/8", "1/8", "Dm",
                 "D2 F A2 F | G2 E ^C2 E | F2 D A2 F | E2 ^C D3 | A2 G F2 E | D2 F E2 ^C | D2 E F2 E | D2 D D3"),
    "taeinthebed": abc("Tae in the Bed", "9/8", "1/8", "D",
                       "D2 F A2 F D2 F | E2 G B2 G E2 G | F2 A d2 A F2 D | E2 C A,2 C E3 | "
                       "A2 d d2 A F2 A | G2 B B2 G E2 G | F2 D E2 C D2 B, | C2 A, B,2 C D3"),
    "zamba": abc("Zamba", "6/8", "1/8", "Em",
                 "E3 G2 B | c3 B3 | A3 F2 ^D | E6 | B3 e2 d | c3 A3 | B3 G2 F | E6"),
    "ilusiones": abc("Ilusiones juveniles", "3/4", "1/8", "G",
                     "G2 B2 d2 | c4 B2 | A2 F2 D2 | G4 D2 | E2 G2 B2 | A4 G2 | F2 E2 D2 | B,4 D2 | "
                     "G2 B2 d2 | e4 d2 | c2 A2 F2 | G4 B2 | A2 G2 F2 | E4 D2 | C2 B,2 A,2 | G,4 G,2"),
}
