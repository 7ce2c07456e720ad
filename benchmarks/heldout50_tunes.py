"""Public-domain melodies for real-heldout50, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Der Roland von
Berlin (Ruggero Leoncavallo, 1904; died 1919), Die Abreise (Eugen d'Albert, 1898; died 1932), Die
Gezeichneten (Franz Schreker, 1918; died 1934), Goplana (Władysław Żeleński, 1896; died 1921),
Hulda (César Franck, staged 1894; died 1890), Savonarola (Charles Villiers Stanford, 1884; died
1924), Tirfing (Wilhelm Stenhammar, 1898; died 1927), Urvasi (Wilhelm Kienzl, 1886; died 1941),
Lobetanz (Ludwig Thuille, 1898; died 1907), Thorgrim (Frederic Cowen, 1890; died 1935), Arnljot
(Wilhelm Peterson-Berger, 1910; died 1942), Atzimba (Ricardo Castro, 1900; died 1907), Aino (Erkki
Melartin, 1909; died 1937), Orazi e Curiazi (Domenico Cimarosa, 1796; died 1801) and Ildegonda
(Melesio Morales, 1866; died 1908). Folk pieces: the Reel de Rivière-du-Loup and the Reel de la
Beauce (traditional Québécois), the Somerset Hornpipe and the Staffordshire Hornpipe (traditional
English), Humppa (traditional Finnish), Odzemok (traditional Slovak), Albazo (traditional
Ecuadorian), Jarana (traditional Yucatecan), The Orphan (traditional Irish), Na Connerys
(traditional Irish, Connemara) and Padespaň (traditional Czech). Attribution and dates are from
memory. Written here from memory, not copied from a collection: the notes are an outline in the
tune's key, metre and shape more than its exact notes (the grid, exact by construction, is what is
scored). The band pieces are re-shaped for their arrangement, as a band would: in plain 4/4, Hulda
in 6/8, Savonarola in 12/8, Orazi e Curiazi in 3/4, Ildegonda in 5/4 throughout; running figures
and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check). No pickups: every
bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's
length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "roland": abc("Der Roland von Berlin", "4/4", "1/8", "C",
                  "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 B2 G2 | C4 G,4 | E2 G2 c2 G2 | A2 c2 B2 G2 | "
                  "F2 D2 B,2 D2 | C4 C4"),
    "abreise": abc("Die Abreise", "4/4", "1/8", "Bb",
                   "B,2 D2 F2 D2 | E2 G2 F2 D2 | C2 E2 A2 F2 | B4 F4 | D2 F2 B2 F2 | G2 B2 A2 F2 | "
                   "E2 C2 A,2 C2 | B,4 B,4"),
    "gezeichneten": abc("Die Gezeichneten", "4/4", "1/8", "F#m",
                        "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 d2 B2 | ^E4 C4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                        "c2 A2 ^E2 G2 | F4 F4"),
    "goplana": abc("Goplana", "4/4", "1/8", "Eb",
                   "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 d2 B2 | e4 B4 | G2 B2 e2 B2 | c2 e2 d2 B2 | "
                   "A2 F2 D2 F2 | E4 E4"),
    "hulda": abc("Hulda", "6/8", "1/8", "Gm",
                 "G3 B2 d | c3 B3 | A3 ^F2 A | G6 | B3 d2 g | f3 e3 | d3 ^F2 A | G6"),
    "savonarola": abc("Savonarola", "12/8", "1/8", "Em",
                      "E3 G3 B3 G3 | A3 F3 E6 | G3 B3 e3 d3 | c3 A3 F6 | B3 ^d3 f3 ^d3 | e3 c3 A3 F3 | "
                      "G3 F3 E3 ^D3 | E3 B,3 E6"),
    "tirfing": abc("Tirfing", "4/4", "1/8", "Cm",
                   "C2 E2 G2 E2 | F2 D2 B,2 D2 | E2 G2 c2 G2 | =B4 G4 | E2 G2 c2 e2 | d2 f2 e2 c2 | "
                   "A2 G2 F2 =B,2 | C4 C4"),
    "urvasi": abc("Urvasi", "4/4", "1/8", "A",
                  "A,2 C2 E2 C2 | D2 F2 E2 C2 | B,2 D2 G2 E2 | A4 E4 | c2 e2 a2 e2 | f2 a2 g2 e2 | "
                  "d2 B2 G2 E2 | A4 A4"),
    "lobetanz": abc("Lobetanz", "4/4", "1/8", "D",
                    "D2 F2 A2 F2 | G2 E2 C2 E2 | F2 A2 d2 A2 | E4 A,4 | F2 A2 d2 f2 | e2 c2 d2 A2 | "
                    "G2 F2 E2 C2 | D4 D4"),
    "thorgrim": abc("Thorgrim", "4/4", "1/8", "Am",
                    "A,2 E2 C2 A,2 | B,2 F2 D2 B,2 | C2 E2 A2 G2 | ^G4 E4 | A2 c2 e2 c2 | d2 B2 G2 B2 | "
                    "A2 G2 F2 E2 | A4 A4"),
    "arnljot": abc("Arnljot", "4/4", "1/8", "B",
                   "B,2 F2 D2 F2 | E2 G2 F2 D2 | C2 E2 G2 E2 | F4 B,4 | B2 d2 f2 d2 | e2 c2 A2 c2 | "
                   "B2 A2 G2 F2 | B4 B4"),
    "atzimba": abc("Atzimba", "4/4", "1/8", "Gm",
                   "G,2 B,2 D2 G2 | F2 D2 E2 C2 | D2 G2 B2 G2 | ^F4 D4 | G2 B2 d2 B2 | c2 A2 ^F2 A2 | "
                   "G2 D2 B,2 A,2 | G,4 G,4"),
    "aino": abc("Aino", "4/4", "1/8", "Em",
                "E2 B2 G2 B2 | A2 c2 B2 G2 | F2 A2 ^d2 A2 | e4 B4 | G2 B2 e2 g2 | f2 ^d2 B2 d2 | "
                "e2 B2 G2 F2 | E4 E4"),
    "orazi": abc("Orazi e Curiazi", "3/4", "1/8", "D",
                 "D2 F2 A2 | B4 A2 | G2 F2 E2 | F4 D2 | E2 G2 B2 | A4 G2 | F2 E2 D2 | E4 A,2 | "
                 "D2 F2 A2 | d4 c2 | B2 A2 G2 | F4 E2 | G2 E2 C2 | D4 F2 | E2 C2 A,2 | D4 D2"),
    "ildegonda": abc("Ildegonda", "5/4", "1/8", "Am",
                     "A2 c2 e2 c2 A2 | B2 d2 f2 d2 B2 | c2 e2 a2 e2 c2 | ^G2 B2 e2 B2 ^G2 | "
                     "A2 c2 e2 a2 g2 | f2 d2 B2 d2 f2 | e2 c2 A2 c2 e2 | A2 A2 A2 A2 A2"),
    # folk pieces
    "riviereduloup": abc("Reel de Rivière-du-Loup", "2/2", "1/8", "D",
                         "D F A d f d A F | G B d B G E C E | D F A d f a f d | e c A c d2 d2 | "
                         "a f d f a f d f | g e c e g e c e | f d e c d B A F | G E C E D2 D2"),
    "beauce": abc("Reel de la Beauce", "2/2", "1/8", "C",
                  "C2 E2 G2 c2 | A G E C D2 C2 | E G G E F E D C | G, B, D B, C2 C2 | "
                  "c2 c2 G2 E2 | F E D C B, C D F | E D C E D C A, G, | G, A, B, D C2 C2"),
    "somerset": abc("Somerset Hornpipe", "2/2", "1/8", "G",
                    "D G B d g d B G | A c e c a f d c | B d g b g d B G | A G F E F2 D2 | "
                    "G B d g b g d B | c e g e c A F A | B d c e d f e g | f d A F G2 G2"),
    "staffordshire": abc("Staffordshire Hornpipe", "2/2", "1/8", "Bb",
                         "F, B, D F B F D B, | C E G E c A F E | D F B d B F D B, | C B, A, G, A,2 F,2 | "
                         "B, D F B d B F D | E G B G E C A, C | D F E G F A G B | A F C A, B,2 B,2"),
    "humppa": abc("Humppa", "2/4", "1/8", "Am",
                  "A c e c | A c e2 | ^G B e B | ^G B e2 | A c a c | B d c B | A ^G A B | c2 A2 | "
                  "e a c' a | b ^g e g | a f d f | e2 e2 | c e d f | e ^g f d | c B A ^G | A2 A2"),
    "odzemok": abc("Odzemok", "2/4", "1/8", "D",
                   "D F A F | G B A2 | F A d A | E G F2 | A d f d | e g f e | d c B A | A2 F2 | "
                   "G B d B | A c e2 | F A d A | G B A2 | F A G E | F D E C | D F E C | D2 D2"),
    "albazo": abc("Albazo", "6/8", "1/8", "Em",
                  "E2 G B2 G | A2 F ^D2 F | G2 E B2 G | F2 ^D E3 | B2 A G2 F | E2 G F2 ^D | E2 F G2 F | E2 E E3"),
    "jarana": abc("Jarana", "6/8", "1/8", "F",
                  "F2 A c2 A | B2 G E2 G | A2 F c2 A | G2 E F3 | c2 B A2 G | F2 A G2 E | F2 G A2 G | F2 F F3"),
    "orphan": abc("The Orphan", "9/8", "1/8", "Am",
                  "A2 c e2 c A2 c | B2 d g2 d B2 d | c2 e a2 g f2 e | d2 B G2 B e3 | "
                  "c2 A E2 A c2 e | d2 f a2 f d2 B | c2 e d2 B G2 E | A2 E C2 E A3"),
    "connerys": abc("Na Connerys", "6/8", "1/8", "Dm",
                    "D3 F2 A | G3 F3 | E3 ^C2 E | D6 | A3 d2 c | B3 G3 | A3 F2 E | D6"),
    "padespan": abc("Padespaň", "3/4", "1/8", "F",
                    "F2 A2 c2 | f4 c2 | d2 B2 G2 | A4 c2 | B2 d2 f2 | e4 c2 | d2 c2 B2 | A4 G2 | "
                    "F2 A2 c2 | a4 g2 | f2 d2 B2 | c4 A2 | B2 A2 G2 | F4 E2 | G2 E2 C2 | F4 F2"),
}
