"""Public-domain melodies for real-heldout51, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Ženichové
(Karel Kovařovic, 1884; died 1920), Drahomíra (Karel Šebor, 1867; died 1903), Kérim (Alfred
Bruneau, 1887; died 1934), Sulamith (Anton Rubinstein, 1883; died 1894), Kordeliya (Nikolai
Solovyov, 1885; died 1916), Estrella de Soria (Franz Berwald, 1862; died 1868), Tushintsy (Pyotr
Blaramberg, 1895; died 1907), Keto da Kote (Viktor Dolidze, 1919; died 1933), Pohjalaisia (Leevi
Madetoja, 1924; died 1947), Kosakkerne (Catharinus Elling, 1897; died 1942), Guntram (Richard
Strauss, 1894; died 1949), Rustam and Zohrab (Uzeyir Hajibeyov, 1910; died 1948), Godelieve (Edgar
Tinel, 1897; died 1912), Uthal (Étienne Méhul, 1806; died 1817) and Neaga (Ivar Hallström, 1885;
died 1901). Folk pieces: the Reel de Montmagny and the Reel de Yamachiche (traditional
Québécois), the Bedfordshire Hornpipe and the Alnwick Hornpipe (traditional English), Moravac (traditional
Serbian), Kepurinė (traditional Lithuanian), Yumbo (traditional Ecuadorian), Refalosa (traditional
Chilean), Kilcummin (traditional Irish), Daina (traditional Latvian) and Rejdovák (traditional Czech).
Attribution and dates are from memory. Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the grid,
exact by construction, is what is scored). The band pieces are re-shaped for their arrangement,
as a band would: in plain 4/4, Kordeliya in 6/8, Estrella de Soria in 12/8, Uthal in 3/4, Neaga
in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "zenichove": abc("Ženichové", "4/4", "1/8", "G",
                     "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 f2 d2 | g4 d4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                     "B2 A2 G2 F2 | G4 G4"),
    "drahomira": abc("Drahomíra", "4/4", "1/8", "Dm",
                     "D2 F2 A2 F2 | G2 B2 A2 F2 | E2 G2 ^c2 A2 | d4 A4 | F2 A2 d2 A2 | B2 G2 E2 G2 | "
                     "A2 F2 E2 ^C2 | D4 D4"),
    "kerim": abc("Kérim", "4/4", "1/8", "Am",
                 "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 ^g2 e2 | a4 e4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                 "c2 B2 A2 ^G2 | A4 A4"),
    "sulamith": abc("Sulamith", "4/4", "1/8", "F",
                    "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 e2 c2 | f4 c4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                    "A2 G2 F2 E2 | F4 F4"),
    "kordeliya": abc("Kordeliya", "6/8", "1/8", "Bm",
                     "B3 f2 d | c3 B3 | ^A3 c2 e | d6 | f3 e2 d | c3 ^A3 | B3 d2 c | B6"),
    "estrella": abc("Estrella de Soria", "12/8", "1/8", "G",
                    "G3 B3 d3 B3 | c3 A3 G6 | B3 d3 g3 f3 | e3 c3 A6 | d3 f3 a3 f3 | g3 e3 c3 A3 | "
                    "B3 A3 G3 F3 | G3 D3 G6"),
    "tushintsy": abc("Tushintsy", "4/4", "1/8", "Em",
                     "E2 G2 B2 G2 | A2 F2 ^D2 F2 | G2 B2 e2 B2 | ^d4 B4 | G2 B2 e2 g2 | f2 a2 g2 e2 | "
                     "c2 B2 A2 ^D2 | E4 E4"),
    "ketokote": abc("Keto da Kote", "4/4", "1/8", "C",
                    "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 B2 G2 | c4 G4 | E2 G2 c2 G2 | A2 F2 D2 F2 | "
                    "E2 D2 C2 B,2 | C4 C4"),
    "pohjalaisia": abc("Pohjalaisia", "4/4", "1/8", "Dm",
                       "D2 A2 F2 D2 | E2 B2 G2 E2 | F2 A2 d2 c2 | ^c4 A4 | d2 f2 a2 f2 | g2 e2 ^c2 e2 | "
                       "d2 c2 B2 A2 | D4 D4"),
    "kosakkerne": abc("Kosakkerne", "4/4", "1/8", "Gm",
                      "G,2 D2 B,2 G,2 | A,2 E2 C2 A,2 | B,2 D2 G2 F2 | ^F4 D4 | G2 B2 d2 B2 | c2 A2 ^F2 A2 | "
                      "G2 F2 E2 D2 | G4 G4"),
    "guntram": abc("Guntram", "4/4", "1/8", "Eb",
                   "E2 B2 G2 B2 | A2 c2 B2 G2 | F2 A2 c2 A2 | B4 E4 | e2 g2 b2 g2 | a2 f2 d2 f2 | "
                   "e2 d2 c2 B2 | e4 e4"),
    "rustam": abc("Rustam and Zohrab", "4/4", "1/8", "Cm",
                  "C,2 E,2 G,2 C2 | B,2 G,2 A,2 F,2 | G,2 C2 E2 C2 | =B,4 G,4 | C2 E2 G2 E2 | F2 D2 =B,2 D2 | "
                  "C2 G,2 E,2 D,2 | C,4 C,4"),
    "godelieve": abc("Godelieve", "4/4", "1/8", "F",
                     "F2 c2 A2 c2 | B2 d2 c2 A2 | G2 B2 e2 B2 | f4 c4 | A2 c2 f2 a2 | g2 e2 c2 e2 | "
                     "f2 c2 A2 G2 | F4 F4"),
    "uthal": abc("Uthal", "3/4", "1/8", "Bb",
                 "B,2 D2 F2 | G4 F2 | E2 D2 C2 | D4 B,2 | C2 E2 G2 | F4 E2 | D2 C2 B,2 | C4 F,2 | "
                 "B,2 D2 F2 | B4 A2 | G2 F2 E2 | D4 C2 | E2 C2 A,2 | B,4 D2 | C2 A,2 F,2 | B,4 B,2"),
    "neaga": abc("Neaga", "5/4", "1/8", "Em",
                 "E2 G2 B2 G2 E2 | F2 A2 c2 A2 F2 | G2 B2 e2 B2 G2 | ^D2 F2 B2 F2 ^D2 | "
                 "E2 G2 B2 e2 d2 | c2 A2 F2 A2 c2 | B2 G2 E2 G2 B2 | E2 E2 E2 E2 E2"),
    # folk pieces
    "montmagny": abc("Reel de Montmagny", "2/2", "1/8", "G",
                     "G B d g b g d B | c e g e c A F A | G B d g b d' b g | a f d f g2 g2 | "
                     "d' b g b d' b g b | c' a f a c' a f a | b g a f g e d B | c A F A G2 G2"),
    "yamachiche": abc("Reel de Yamachiche", "2/2", "1/8", "A",
                      "A2 c2 e2 a2 | f e c A B2 A2 | c e e c d c B A | E G B G A2 A2 | "
                      "a2 a2 e2 c2 | d c B A G A B d | c B A c B A F E | E F G B A2 A2"),
    "bedfordshire": abc("Bedfordshire Hornpipe", "2/2", "1/8", "D",
                        "A, D F A d A F D | E G B G e c A G | F A d f d A F D | E D C B, C2 A,2 | "
                        "D F A d f d A F | G B d B G E C E | F A G B A c B d | c A E C D2 D2"),
    "alnwick": abc("Alnwick Hornpipe", "2/2", "1/8", "F",
                   "C F A c f c A F | G B d B g e c B | A c f a f c A F | G F E D E2 C2 | "
                   "F A c f a f c A | B d f d B G E G | A c B d c e d f | e c G E F2 F2"),
    "moravac": abc("Moravac", "2/4", "1/8", "G",
                   "G B d B | c e d2 | B d g d | A c B2 | d g b g | a f d c | B A G F | G2 D2 | "
                   "E G c G | F A d2 | G B e B | A c B2 | G B A F | G E F D | E G F D | G2 G2"),
    "kepurine": abc("Kepurinė", "2/4", "1/8", "Bb",
                    "B, D F D | E G F2 | D F B F | C E D2 | F B d B | c e d c | B A G F | F2 D2 | "
                    "E G B G | F A c2 | D F B F | E G F2 | D F E C | D B, C A, | B, D C A, | B,2 B,2"),
    "yumbo": abc("Yumbo", "6/8", "1/8", "Am",
                 "A2 c e2 c | d2 B ^G2 B | c2 A e2 c | B2 ^G A3 | e2 d c2 B | A2 c B2 ^G | A2 B c2 B | A2 A A3"),
    "refalosa": abc("Refalosa", "6/8", "1/8", "D",
                    "D2 F A2 F | G2 E C2 E | F2 D A2 F | E2 C D3 | A2 G F2 E | D2 F E2 C | D2 E F2 E | D2 D D3"),
    "kilcummin": abc("Kilcummin", "9/8", "1/8", "G",
                     "G2 B d2 B G2 B | A2 c f2 c A2 c | B2 d g2 f e2 d | c2 A F2 A d3 | "
                     "B2 G D2 G B2 d | c2 e g2 e c2 A | B2 d c2 A F2 D | G2 D B,2 D G3"),
    "daina": abc("Daina", "6/8", "1/8", "Em",
                 "E3 G2 B | A3 F3 | G3 E2 ^D | E6 | B3 e2 d | c3 A3 | B3 G2 F | E6"),
    "rejdovak": abc("Rejdovák", "3/4", "1/8", "C",
                    "C2 E2 G2 | c4 G2 | A2 F2 D2 | E4 G2 | F2 A2 c2 | B4 G2 | A2 G2 F2 | E4 D2 | "
                    "C2 E2 G2 | e4 d2 | c2 A2 F2 | G4 E2 | F2 E2 D2 | C4 B,2 | D2 B,2 G,2 | C4 C2"),
}
