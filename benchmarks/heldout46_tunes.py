"""Public-domain melodies for real-heldout46, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Panurge (Jules
Massenet, 1913; died 1912, staged after his death), Frédégonde (Ernest Guiraud, completed by Camille
Saint-Saëns, 1895; died 1892 and 1921), Cléopâtre (Jules Massenet, 1914), Der Evangelimann
(Wilhelm Kienzl, 1895; died 1941), Pia de' Tolomei (Gaetano Donizetti, 1837; died 1848), Guido et
Ginevra (Fromental Halévy, 1838; died 1862), Demetrio e Polibio (Gioachino Rossini, 1812; died
1868), Judith (Alexander Serov, 1863; died 1871), Nero (Anton Rubinstein, 1879; died 1894),
Margherita d'Anjou (Giacomo Meyerbeer, 1820; died 1864), Messidor (Alfred Bruneau, 1897; died
1934), The Voyevoda (Pyotr Ilyich Tchaikovsky, 1869; died 1893), Sarema (Alexander Zemlinsky,
1897; died 1942), Der Corregidor (Hugo Wolf, 1896; died 1903) and Nikola Šubić Zrinjski (Ivan
Zajc, 1876; died 1914). Folk pieces: the Reel de Tadoussac (traditional Québécois), Da Sixareen
(traditional Shetland), the Plymouth Hornpipe (traditional English), the Carlow Hornpipe
(traditional Irish), Dupák (traditional Czech), Xote (traditional Brazilian), Tondero
(traditional Peruvian), Currulao (traditional Colombian), The Rapparee (traditional Irish), Baguala
(traditional Argentine) and Tyrolienne (traditional Tyrolean). Attribution and dates are from
memory. Written here from memory, not copied from a collection: the notes are an outline in the
tune's key, metre and shape more than its exact notes (the grid, exact by construction, is what is
scored). The band pieces are re-shaped for their arrangement, as a band would: in plain 4/4, Pia
de' Tolomei in 6/8, Guido et Ginevra in 12/8, Der Corregidor in 3/4, Nikola Šubić Zrinjski in 5/4
throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "panurge": abc("Panurge", "4/4", "1/8", "G",
                   "G2 B2 d2 B2 | c2 A2 F2 A2 | B2 G2 E2 G2 | D4 D4 | G2 B2 d2 g2 | f2 d2 A2 c2 | "
                   "B2 A2 G2 F2 | G4 G4"),
    "fredegonde": abc("Frédégonde", "4/4", "1/8", "Cm",
                      "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 =B,2 D2 | C4 G,4 | E2 G2 c2 G2 | A2 F2 D2 F2 | "
                      "E2 D2 C2 =B,2 | C4 C4"),
    "cleopatre": abc("Cléopâtre", "4/4", "1/8", "Em",
                     "E2 B2 G2 E2 | F2 A2 c2 A2 | B2 G2 E2 G2 | F4 B,4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
                     "G2 F2 E2 ^D2 | E4 E4"),
    "evangelimann": abc("Der Evangelimann", "4/4", "1/8", "D",
                        "D2 A2 F2 A2 | B2 G2 E2 G2 | A2 F2 D2 F2 | E4 A,4 | F2 A2 d2 A2 | B2 d2 c2 A2 | "
                        "G2 F2 E2 C2 | D4 D4"),
    "tolomei": abc("Pia de' Tolomei", "6/8", "1/8", "Bb",
                   "B3 d2 f | e3 d3 | c3 A2 F | B6 | d3 f2 b | a3 g3 | f3 c2 A | B6"),
    "ginevra": abc("Guido et Ginevra", "12/8", "1/8", "Gm",
                   "G3 B3 d3 B3 | c3 A3 G6 | B3 d3 g3 f3 | e3 c3 A6 | d3 f3 a3 f3 | g3 e3 c3 A3 | "
                   "B3 A3 G3 ^F3 | G3 D3 G6"),
    "polibio": abc("Demetrio e Polibio", "4/4", "1/8", "A",
                   "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 ^G2 B2 | A4 E4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                   "c2 B2 A2 ^G2 | A4 A4"),
    "judith": abc("Judith", "4/4", "1/8", "Fm",
                  "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 =E2 G2 | F4 C4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                  "A2 G2 F2 =E2 | F4 F4"),
    "nero": abc("Nero", "4/4", "1/8", "E",
                "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 ^D2 F2 | E4 B,4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
                "G2 F2 E2 ^D2 | E4 E4"),
    "anjou": abc("Margherita d'Anjou", "4/4", "1/8", "F",
                 "F2 A2 c2 f2 | e2 c2 d2 B2 | A2 c2 f2 a2 | g4 c4 | d2 f2 b2 a2 | g2 e2 c2 e2 | "
                 "f2 c2 A2 G2 | F4 F4"),
    "messidor": abc("Messidor", "4/4", "1/8", "Ab",
                    "A2 c2 e2 c2 | B2 d2 c2 A2 | G2 B2 E2 G2 | A4 E4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                    "c2 B2 A2 G2 | A4 A4"),
    "voyevoda": abc("The Voyevoda", "4/4", "1/8", "Bm",
                    "B,2 D2 F2 B,2 | C2 E2 G2 C2 | D2 F2 B2 F2 | ^A,4 F,4 | B,2 D2 F2 B2 | A2 F2 G2 E2 | "
                    "D2 C2 B,2 ^A,2 | B,4 B,4"),
    "sarema": abc("Sarema", "4/4", "1/8", "Dm",
                  "D2 F2 A2 D2 | E2 G2 B2 E2 | F2 A2 d2 A2 | ^C4 A,4 | D2 F2 A2 d2 | c2 A2 B2 G2 | "
                  "F2 E2 D2 ^C2 | D4 D4"),
    "corregidor": abc("Der Corregidor", "3/4", "1/8", "C",
                      "C2 E2 G2 | A4 G2 | F2 E2 D2 | E4 C2 | D2 F2 A2 | G4 F2 | E2 D2 C2 | D4 G,2 | "
                      "C2 E2 G2 | c4 B2 | A2 G2 F2 | E4 D2 | F2 D2 B,2 | C4 E2 | D2 B,2 G,2 | C4 C2"),
    "zrinjski": abc("Nikola Šubić Zrinjski", "5/4", "1/8", "G",
                    "G2 B2 d2 B2 G2 | A2 c2 e2 c2 A2 | B2 d2 g2 d2 B2 | F2 A2 d2 A2 F2 | "
                    "G2 B2 d2 g2 f2 | e2 c2 A2 c2 e2 | d2 B2 G2 B2 d2 | G2 G2 G2 G2 G2"),
    # folk pieces
    "tadoussac": abc("Reel de Tadoussac", "2/2", "1/8", "A",
                     "A2 c2 e2 a2 | f e c A B2 A2 | c e e c d c B A | E G B G A2 A2 | "
                     "a2 a2 e2 c2 | d c B A G A B d | c B A c B A F E | E F G B A2 A2"),
    "sixareen": abc("Da Sixareen", "2/2", "1/8", "D",
                    "D F A d A F D F | E G B G E C A, C | D F A F d c d A | B G E C D2 D2 | "
                    "A d d c d e f d | e c A c e d c A | B d c e d A F D | E C A, C D2 D2"),
    "plymouth": abc("Plymouth Hornpipe", "2/2", "1/8", "C",
                    "G, C E G c G E C | D F A F d B G F | E G c e c G E C | D C B, A, B,2 G,2 | "
                    "C E G c e c G E | F A c A F D B, D | E G F A G B A c | B G D B, C2 C2"),
    "carlow": abc("Carlow Hornpipe", "2/2", "1/8", "Bb",
                  "F B d f b f d B | c e g e c A F A | B d f d b d f d | c A F A B2 F2 | "
                  "d f b f d f b f | e g c' g e g c' g | f d e c d B c A | B d c A B2 B2"),
    "dupak": abc("Dupák", "2/4", "1/8", "C",
                 "C E G E | C E G2 | D F G F | D F G2 | E G c G | F A G F | E D C D | E2 C2 | "
                 "G c e c | d B G B | c A F A | G2 G2 | E G F A | G B A F | E D C D | C2 C2"),
    "xote": abc("Xote", "2/4", "1/8", "G",
                "G B d B | c2 A2 | F A c A | B2 G2 | G B d g | f d e c | B A G F | G2 D2 | "
                "d e d c | B2 G2 | c d c B | A2 F2 | G B A c | B d c A | G F A F | G2 G2"),
    "tondero": abc("Tondero", "6/8", "1/8", "Em",
                   "E2 G B2 G | A2 F ^D2 F | G2 E B2 G | F2 ^D E3 | B2 A G2 F | E2 G F2 ^D | E2 F G2 F | E2 E E3"),
    "currulao": abc("Currulao", "6/8", "1/8", "Am",
                    "E2 A c2 A | B2 ^G E2 G | A2 c e2 a | f2 e c3 | E2 A c2 A | d2 B ^G2 B | A2 F E2 ^G | A2 A A3"),
    "rapparee": abc("The Rapparee", "9/8", "1/8", "G",
                    "G2 B d2 B G2 B | A2 c e2 c A2 c | B2 d g2 d B2 G | A2 F D2 F A3 | "
                    "d2 g g2 d B2 d | c2 e e2 c A2 c | B2 G A2 F G2 E | F2 D E2 F G3"),
    "baguala": abc("Baguala", "6/8", "1/8", "Dm",
                   "D3 F2 A | B3 A3 | G3 E2 ^C | D6 | A3 d2 c | B3 G3 | A3 F2 E | D6"),
    "tyrolienne": abc("Tyrolienne", "3/4", "1/8", "F",
                      "F2 A2 c2 | d4 c2 | B2 G2 E2 | F4 C2 | A2 c2 f2 | e4 d2 | c2 B2 A2 | G4 C2 | "
                      "F2 A2 c2 | f4 e2 | d2 B2 G2 | A4 c2 | B2 A2 G2 | F4 E2 | D2 C2 B,2 | C4 F2"),
}
