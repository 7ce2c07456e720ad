"""Public-domain melodies for real-heldout52, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Zvíkovský
rarášek (Vítězslav Novák, 1915; died 1949), Filenis (Roman Statkowski, 1904; died 1925), Alienor
(Jenő Hubay, 1891; died 1937), Le flibustier (César Cui, 1894; died 1918), Kateryna (Mykola Arkas,
1899; died 1909), Debora (Josef Bohuslav Foerster, 1893; died 1951), Vikerlased (Evald Aav, 1928;
died 1939), Baņuta (Alfrēds Kalniņš, 1920; died 1951), Birutė (Mikas Petrauskas, 1906; died
1937), Meduza (Ludomir Różycki, 1912; died 1953), Alexandru Lăpușneanu (Eduard Caudella, 1923;
died 1924), Rafael (Anton Arensky, 1894; died 1906), Poia (Arthur Nevin, 1910; died 1943), Die
Folkunger (Edmund Kretschmer, 1874; died 1908) and Zenobia (Louis Adolphe Coerne, 1905; died
1922). Folk pieces: the Reel de Roberval and the Reel de Valleyfield (traditional Québécois), the
Warwick Hornpipe (traditional English) and the Peebles Hornpipe (traditional Scottish), Šustas
(traditional Lithuanian), the Tábor Polka (traditional Czech), the Ballina Jig, the Dungarvan Jig,
Ballymote and the Athlone Waltz (traditional Irish) and Joik (traditional Sami). Attribution and
dates are from memory. Written here from memory, not copied from a collection: the notes are an
outline in the tune's key, metre and shape more than its exact notes (the grid, exact by
construction, is what is scored); each outline keeps the rhythm of the real-heldout51 outline in
the same slot, its notes moved up one step of the scale (and its key with them). The band pieces
are re-shaped for their arrangement, as a band would: in plain 4/4, Kateryna in 6/8, Debora in
12/8, Die Folkunger in 3/4, Zenobia in 5/4 throughout; running figures and dotted rhythms evened
out (the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so
looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "rarasek": abc("Zvíkovský rarášek", "4/4", "1/8", "A",
        "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 g2 e2 | a4 e4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
        "c2 B2 A2 G2 | A4 A4"),
    "filenis": abc("Filenis", "4/4", "1/8", "Em",
        "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 ^d2 B2 | e4 B4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
        "B2 G2 F2 ^D2 | E4 E4"),
    "alienor": abc("Alienor", "4/4", "1/8", "Bm",
        "B2 d2 f2 d2 | e2 g2 f2 d2 | c2 e2 ^a2 f2 | b4 f4 | d2 f2 b2 f2 | g2 e2 c2 e2 | "
        "d2 c2 B2 ^A2 | B4 B4"),
    "flibustier": abc("Le flibustier", "4/4", "1/8", "G",
        "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 f2 d2 | g4 d4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
        "B2 A2 G2 F2 | G4 G4"),
    "kateryna": abc("Kateryna", "6/8", "1/8", "C#m",
        "c3 g2 e | d3 c3 | ^B3 d2 f | e6 | g3 f2 e | d3 ^B3 | c3 e2 d | c6"),
    "debora": abc("Debora", "12/8", "1/8", "A",
        "A3 c3 e3 c3 | d3 B3 A6 | c3 e3 a3 g3 | f3 d3 B6 | e3 g3 b3 g3 | a3 f3 d3 B3 | "
        "c3 B3 A3 G3 | A3 E3 A6"),
    "vikerlased": abc("Vikerlased", "4/4", "1/8", "F#m",
        "F2 A2 c2 A2 | B2 G2 ^E2 G2 | A2 c2 f2 c2 | ^e4 c4 | A2 c2 f2 a2 | g2 b2 a2 f2 | "
        "d2 c2 B2 ^E2 | F4 F4"),
    "banuta": abc("Baņuta", "4/4", "1/8", "D",
        "D2 F2 A2 F2 | G2 B2 A2 F2 | E2 G2 c2 A2 | d4 A4 | F2 A2 d2 A2 | B2 G2 E2 G2 | "
        "F2 E2 D2 C2 | D4 D4"),
    "birute": abc("Birutė", "4/4", "1/8", "Em",
        "E2 B2 G2 E2 | F2 c2 A2 F2 | G2 B2 e2 d2 | ^d4 B4 | e2 g2 b2 g2 | a2 f2 ^d2 f2 | "
        "e2 d2 c2 B2 | E4 E4"),
    "meduza": abc("Meduza", "4/4", "1/8", "Am",
        "A,2 E2 C2 A,2 | B,2 F2 D2 B,2 | C2 E2 A2 G2 | ^G4 E4 | A2 c2 e2 c2 | "
        "d2 B2 ^G2 B2 | A2 G2 F2 E2 | A4 A4"),
    "lapusneanu": abc("Alexandru Lăpușneanu", "4/4", "1/8", "F",
        "F2 c2 A2 c2 | B2 d2 c2 A2 | G2 B2 d2 B2 | c4 F4 | f2 a2 c'2 a2 | b2 g2 e2 g2 | "
        "f2 e2 d2 c2 | f4 f4"),
    "rafael": abc("Rafael", "4/4", "1/8", "Dm",
        "D,2 F,2 A,2 D2 | C2 A,2 B,2 G,2 | A,2 D2 F2 D2 | =C4 A,4 | D2 F2 A2 F2 | "
        "G2 E2 =C2 E2 | D2 A,2 F,2 E,2 | D,4 D,4"),
    "poia": abc("Poia", "4/4", "1/8", "G",
        "G2 d2 B2 d2 | c2 e2 d2 B2 | A2 c2 f2 c2 | g4 d4 | B2 d2 g2 b2 | a2 f2 d2 f2 | "
        "g2 d2 B2 A2 | G4 G4"),
    "folkunger": abc("Die Folkunger", "3/4", "1/8", "C",
        "C2 E2 G2 | A4 G2 | F2 E2 D2 | E4 C2 | D2 F2 A2 | G4 F2 | E2 D2 C2 | D4 G,2 | "
        "C2 E2 G2 | c4 B2 | A2 G2 F2 | E4 D2 | F2 D2 B,2 | C4 E2 | D2 B,2 G,2 | C4 C2"),
    "zenobia": abc("Zenobia", "5/4", "1/8", "F#m",
        "F2 A2 c2 A2 F2 | G2 B2 d2 B2 G2 | A2 c2 f2 c2 A2 | ^E2 G2 c2 G2 ^E2 | "
        "F2 A2 c2 f2 e2 | d2 B2 G2 B2 d2 | c2 A2 F2 A2 c2 | F2 F2 F2 F2 F2"),
    # folk pieces
    "roberval": abc("Reel de Roberval", "2/2", "1/8", "A",
        "A c e a c' a e c | d f a f d B G B | A c e a c' e' c' a | b g e g a2 a2 | "
        "e' c' a c' e' c' a c' | d' b g b d' b g b | c' a b g a f e c | d B G B A2 A2"),
    "valleyfield": abc("Reel de Valleyfield", "2/2", "1/8", "B",
        "B2 d2 f2 b2 | g f d B c2 B2 | d f f d e d c B | F A c A B2 B2 | b2 b2 f2 d2 | "
        "e d c B A B c e | d c B d c B G F | F G A c B2 B2"),
    "warwick": abc("Warwick Hornpipe", "2/2", "1/8", "E",
        "B, E G B e B G E | F A c A f d B A | G B e g e B G E | F E D C D2 B,2 | "
        "E G B e g e B G | A c e c A F D F | G B A c B d c e | d B F D E2 E2"),
    "peebles": abc("Peebles Hornpipe", "2/2", "1/8", "G",
        "D G B d g d B G | A c e c a f d c | B d g b g d B G | A G F E F2 D2 | "
        "G B d g b g d B | c e g e c A F A | B d c e d f e g | f d A F G2 G2"),
    "sustas": abc("Šustas", "2/4", "1/8", "A",
        "A c e c | d f e2 | c e a e | B d c2 | e a c' a | b g e d | c B A G | A2 E2 | "
        "F A d A | G B e2 | A c f c | B d c2 | A c B G | A F G E | F A G E | A2 A2"),
    "tabor": abc("Tábor Polka", "2/4", "1/8", "C",
        "C E G E | F A G2 | E G c G | D F E2 | G c e c | d f e d | c B A G | G2 E2 | "
        "F A c A | G B d2 | E G c G | F A G2 | E G F D | E C D B, | C E D B, | C2 C2"),
    "ballina": abc("Ballina Jig", "6/8", "1/8", "Bm",
        "B2 d f2 d | e2 c ^A2 c | d2 B f2 d | c2 ^A B3 | f2 e d2 c | B2 d c2 ^A | "
        "B2 c d2 c | B2 B B3"),
    "dungarvan": abc("Dungarvan Jig", "6/8", "1/8", "E",
        "E2 G B2 G | A2 F D2 F | G2 E B2 G | F2 D E3 | B2 A G2 F | E2 G F2 D | E2 F G2 F | "
        "E2 E E3"),
    "ballymote": abc("Ballymote", "9/8", "1/8", "A",
        "A2 c e2 c A2 c | B2 d g2 d B2 d | c2 e a2 g f2 e | d2 B G2 B e3 | c2 A E2 A c2 e | "
        "d2 f a2 f d2 B | c2 e d2 B G2 E | A2 E C2 E A3"),
    "joik": abc("Joik", "6/8", "1/8", "F#m",
        "F3 A2 c | B3 G3 | A3 F2 ^E | F6 | c3 f2 e | d3 B3 | c3 A2 G | F6"),
    "athlone": abc("Athlone Waltz", "3/4", "1/8", "D",
        "D2 F2 A2 | d4 A2 | B2 G2 E2 | F4 A2 | G2 B2 d2 | c4 A2 | B2 A2 G2 | F4 E2 | "
        "D2 F2 A2 | f4 e2 | d2 B2 G2 | A4 F2 | G2 F2 E2 | D4 C2 | E2 C2 A,2 | D4 D2"),
}
