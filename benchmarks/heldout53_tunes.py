"""Public-domain melodies for real-heldout53, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Stoja (Josef
Richard Rozkošný, 1894; died 1913), Preziosa (Antonio Smareglia, 1879; died 1929), Alár (Géza
Zichy, 1896; died 1924), Lamia (August Enna, 1899; died 1939), Signa (Frederic Cowen, 1893; died
1935), Irmingard (Viktor Nessler, 1876; died 1890), Pampa (Arturo Berutti, 1897; died 1938),
Circe (Ruperto Chapí, 1902; died 1909), Lautaro (Eliodoro Ortiz de Zárate, 1902; died 1952),
Latavra (Zakaria Paliashvili, 1928; died 1933), Gromoboy (Alexey Verstovsky, 1858; died 1862),
Artemis (Alberto Nepomuceno, 1898; died 1920), Azara (John Knowles Paine, 1901; died 1906), Titania
(Georges Hüe, 1903; died 1948) and Satuala (Emil von Reznicek, 1927; died 1945). Folk pieces: the
Reel de Batiscan and the Reel de Coaticook (traditional Québécois), the Dornoch Hornpipe
(traditional Scottish) and the Tewkesbury Hornpipe (traditional English), the Strakonice Polka and
the Litovel Polka (traditional Czech), the Letterkenny Jig, the Youghal Jig and Allihies
(traditional Irish), Kulning (traditional Swedish) and the Stornoway Waltz (traditional Scottish).
Attribution and dates are from memory. Written here from memory, not copied from a collection: the
notes are an outline in the tune's key, metre and shape more than its exact notes (the grid, exact
by construction, is what is scored); each outline keeps the rhythm of the real-heldout52 outline in
the same slot, its notes moved up one step of the scale (and its key with them). The band pieces
are re-shaped for their arrangement, as a band would: in plain 4/4, Signa in 6/8, Irmingard in
12/8, Titania in 3/4, Satuala in 5/4 throughout; running figures and dotted rhythms evened out
(the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "stoja": abc("Stoja", "4/4", "1/8", "B",
        "B2 d2 f2 d2 | e2 g2 f2 d2 | c2 e2 a2 f2 | b4 f4 | d2 f2 b2 f2 | g2 e2 c2 e2 | "
        "d2 c2 B2 A2 | B4 B4"),
    "preziosa": abc("Preziosa", "4/4", "1/8", "F#m",
        "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 ^e2 c2 | f4 c4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
        "c2 A2 G2 ^E2 | F4 F4"),
    "alar": abc("Alár", "4/4", "1/8", "C#m",
        "c2 e2 g2 e2 | f2 a2 g2 e2 | d2 f2 ^b2 g2 | c'4 g4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
        "e2 d2 c2 ^B2 | c4 c4"),
    "lamia": abc("Lamia", "4/4", "1/8", "A",
        "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 g2 e2 | a4 e4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
        "c2 B2 A2 G2 | A4 A4"),
    "signa": abc("Signa", "6/8", "1/8", "D#m",
        "d3 a2 f | e3 d3 | ^c3 e2 g | f6 | a3 g2 f | e3 ^c3 | d3 f2 e | d6"),
    "irmingard": abc("Irmingard", "12/8", "1/8", "B",
        "B3 d3 f3 d3 | e3 c3 B6 | d3 f3 b3 a3 | g3 e3 c6 | f3 a3 c'3 a3 | b3 g3 e3 c3 | "
        "d3 c3 B3 A3 | B3 F3 B6"),
    "pampa": abc("Pampa", "4/4", "1/8", "G#m",
        "G2 B2 d2 B2 | c2 A2 ^F2 A2 | B2 d2 g2 d2 | ^f4 d4 | B2 d2 g2 b2 | a2 c'2 b2 g2 | "
        "e2 d2 c2 ^F2 | G4 G4"),
    "circe": abc("Circe", "4/4", "1/8", "E",
        "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 d2 B2 | e4 B4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
        "G2 F2 E2 D2 | E4 E4"),
    "lautaro": abc("Lautaro", "4/4", "1/8", "F#m",
        "F2 c2 A2 F2 | G2 d2 B2 G2 | A2 c2 f2 e2 | ^e4 c4 | f2 a2 c'2 a2 | b2 g2 ^e2 g2 | "
        "f2 e2 d2 c2 | F4 F4"),
    "latavra": abc("Latavra", "4/4", "1/8", "Bm",
        "B,2 F2 D2 B,2 | C2 G2 E2 C2 | D2 F2 B2 A2 | ^A4 F4 | B2 d2 f2 d2 | e2 c2 ^A2 c2 | "
        "B2 A2 G2 F2 | B4 B4"),
    "gromoboy": abc("Gromoboy", "4/4", "1/8", "G",
        "G2 d2 B2 d2 | c2 e2 d2 B2 | A2 c2 e2 c2 | d4 G4 | g2 b2 d'2 b2 | c'2 a2 f2 a2 | "
        "g2 f2 e2 d2 | g4 g4"),
    "artemis": abc("Artemis", "4/4", "1/8", "Em",
        "E,2 G,2 B,2 E2 | D2 B,2 C2 A,2 | B,2 E2 G2 E2 | =D4 B,4 | E2 G2 B2 G2 | A2 F2 =D2 F2 | "
        "E2 B,2 G,2 F,2 | E,4 E,4"),
    "azara": abc("Azara", "4/4", "1/8", "A",
        "A2 e2 c2 e2 | d2 f2 e2 c2 | B2 d2 g2 d2 | a4 e4 | c2 e2 a2 c'2 | b2 g2 e2 g2 | "
        "a2 e2 c2 B2 | A4 A4"),
    "titania": abc("Titania", "3/4", "1/8", "D",
        "D2 F2 A2 | B4 A2 | G2 F2 E2 | F4 D2 | E2 G2 B2 | A4 G2 | F2 E2 D2 | E4 A,2 | "
        "D2 F2 A2 | d4 c2 | B2 A2 G2 | F4 E2 | G2 E2 C2 | D4 F2 | E2 C2 A,2 | D4 D2"),
    "satuala": abc("Satuala", "5/4", "1/8", "G#m",
        "G2 B2 d2 B2 G2 | A2 c2 e2 c2 A2 | B2 d2 g2 d2 B2 | ^F2 A2 d2 A2 ^F2 | G2 B2 d2 g2 f2 | "
        "e2 c2 A2 c2 e2 | d2 B2 G2 B2 d2 | G2 G2 G2 G2 G2"),
    # folk pieces
    "batiscan": abc("Reel de Batiscan", "2/2", "1/8", "B",
        "B d f b d' b f d | e g b g e c A c | B d f b d' f' d' b | c' a f a b2 b2 | "
        "f' d' b d' f' d' b d' | e' c' a c' e' c' a c' | d' b c' a b g f d | e c A c B2 B2"),
    "coaticook": abc("Reel de Coaticook", "2/2", "1/8", "C#",
        "c2 e2 g2 c'2 | a g e c d2 c2 | e g g e f e d c | G B d B c2 c2 | c'2 c'2 g2 e2 | "
        "f e d c B c d f | e d c e d c A G | G A B d c2 c2"),
    "dornoch": abc("Dornoch Hornpipe", "2/2", "1/8", "F#",
        "C F A c f c A F | G B d B g e c B | A c f a f c A F | G F E D E2 C2 | "
        "F A c f a f c A | B d f d B G E G | A c B d c e d f | e c G E F2 F2"),
    "tewkesbury": abc("Tewkesbury Hornpipe", "2/2", "1/8", "A",
        "E A c e a e c A | B d f d b g e d | c e a c' a e c A | B A G F G2 E2 | "
        "A c e a c' a e c | d f a f d B G B | c e d f e g f a | g e B G A2 A2"),
    "strakonice": abc("Strakonice Polka", "2/4", "1/8", "B",
        "B d f d | e g f2 | d f b f | c e d2 | f b d' b | c' a f e | d c B A | B2 F2 | "
        "G B e B | A c f2 | B d g d | c e d2 | B d c A | B G A F | G B A F | B2 B2"),
    "litovel": abc("Litovel Polka", "2/4", "1/8", "D",
        "D F A F | G B A2 | F A d A | E G F2 | A d f d | e g f e | d c B A | A2 F2 | G B d B | "
        "A c e2 | F A d A | G B A2 | F A G E | F D E C | D F E C | D2 D2"),
    "letterkenny": abc("Letterkenny Jig", "6/8", "1/8", "C#m",
        "c2 e g2 e | f2 d ^B2 d | e2 c g2 e | d2 ^B c3 | g2 f e2 d | c2 e d2 ^B | c2 d e2 d | "
        "c2 c c3"),
    "youghal": abc("Youghal Jig", "6/8", "1/8", "F#",
        "F2 A c2 A | B2 G E2 G | A2 F c2 A | G2 E F3 | c2 B A2 G | F2 A G2 E | F2 G A2 G | "
        "F2 F F3"),
    "allihies": abc("Allihies", "9/8", "1/8", "B",
        "B2 d f2 d B2 d | c2 e a2 e c2 e | d2 f b2 a g2 f | e2 c A2 c f3 | d2 B F2 B d2 f | "
        "e2 g b2 g e2 c | d2 f e2 c A2 F | B2 F D2 F B3"),
    "kulning": abc("Kulning", "6/8", "1/8", "G#m",
        "G3 B2 d | c3 A3 | B3 G2 ^F | G6 | d3 g2 f | e3 c3 | d3 B2 A | G6"),
    "stornoway": abc("Stornoway Waltz", "3/4", "1/8", "E",
        "E2 G2 B2 | e4 B2 | c2 A2 F2 | G4 B2 | A2 c2 e2 | d4 B2 | c2 B2 A2 | G4 F2 | E2 G2 B2 | "
        "g4 f2 | e2 c2 A2 | B4 G2 | A2 G2 F2 | E4 D2 | F2 D2 B,2 | E4 E2"),
}
