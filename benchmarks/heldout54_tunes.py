"""Public-domain melodies for real-heldout54, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Simplicius
(Johann Strauss II, 1887; died 1899), Grigri (Paul Lincke, 1911; died 1946), Xavière (Théodore
Dubois, 1895; died 1924), Szibill (Victor Jacobi, 1914; died 1921), Eithne (Robert O'Dwyer, 1909;
died 1949), Alcyone (Marin Marais, 1706; died 1728), Maruzza (Pietro Floridia, 1894; died
1932), Vifandaka (Alfred Tofft, 1898; died 1931), Mudarra (Fernand Le Borne, 1899; died 1929),
Uriel Acosta (Valentina Serova, 1885; died 1924), Caedmar (Granville Bantock, 1892; died 1946),
Madonna Imperia (Franco Alfano, 1927; died 1954), Ekkehard (Johann Joseph Abert, 1878; died 1915),
Omphale (André Cardinal Destouches, 1701; died 1749) and Cimbelino (Nicola van Westerhout, 1892;
died 1898). Folk pieces: the Reel de Paspébiac and the Reel de Mascouche (traditional Québécois),
the Fochabers Hornpipe (traditional Scottish) and the Tenterden Hornpipe (traditional English),
the Soběslav Polka and the Hronov Polka (traditional Czech), the Kinsale Jig, the Granard Jig and
Inchigeelagh (traditional Irish), Itkuvirsi (traditional Finnish) and the Gairloch Waltz
(traditional Scottish). Attribution and dates are from memory. Written here from memory, not
copied from a collection: the notes are an outline in the tune's key, metre and shape more than
its exact notes (the grid, exact by construction, is what is scored); each outline keeps the
rhythm of the real-heldout53 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Eithne in E minor, the Reel de Mascouche in
D, the Fochabers Hornpipe and the Granard Jig in G). The band pieces are re-shaped for their
arrangement, as a band would: in plain 4/4, Eithne in 6/8, Alcyone in 12/8, Omphale in 3/4,
Cimbelino in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's
>= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "simplicius": abc("Simplicius", "4/4", "1/8", "C#",
        "c2 e2 g2 e2 | f2 a2 g2 e2 | d2 f2 b2 g2 | c'4 g4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
        "e2 d2 c2 B2 | c4 c4"),
    "grigri": abc("Grigri", "4/4", "1/8", "G#m",
        "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 ^f2 d2 | g4 d4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
        "d2 B2 A2 ^F2 | G4 G4"),
    "xaviere": abc("Xavière", "4/4", "1/8", "D#m",
        "d2 f2 a2 f2 | g2 b2 a2 f2 | e2 g2 ^c'2 a2 | d'4 a4 | f2 a2 d'2 a2 | b2 g2 e2 g2 | "
        "f2 e2 d2 ^c2 | d4 d4"),
    "szibill": abc("Szibill", "4/4", "1/8", "B",
        "B2 d2 f2 d2 | e2 g2 f2 d2 | c2 e2 a2 f2 | b4 f4 | d2 f2 b2 f2 | g2 e2 c2 e2 | "
        "d2 c2 B2 A2 | B4 B4"),
    "eithne": abc("Eithne", "6/8", "1/8", "Em",
        "e3 b2 g | f3 e3 | ^d3 f2 a | g6 | b3 a2 g | f3 ^d3 | e3 g2 f | e6"),
    "alcyone": abc("Alcyone", "12/8", "1/8", "C#",
        "c3 e3 g3 e3 | f3 d3 c6 | e3 g3 c'3 b3 | a3 f3 d6 | g3 b3 d'3 b3 | c'3 a3 f3 d3 | "
        "e3 d3 c3 B3 | c3 G3 c6"),
    "maruzza": abc("Maruzza", "4/4", "1/8", "A#m",
        "A2 c2 e2 c2 | d2 B2 ^G2 B2 | c2 e2 a2 e2 | ^g4 e4 | c2 e2 a2 c'2 | b2 d'2 c'2 a2 | "
        "f2 e2 d2 ^G2 | A4 A4"),
    "vifandaka": abc("Vifandaka", "4/4", "1/8", "F#",
        "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 e2 c2 | f4 c4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
        "A2 G2 F2 E2 | F4 F4"),
    "mudarra": abc("Mudarra", "4/4", "1/8", "G#m",
        "G2 d2 B2 G2 | A2 e2 c2 A2 | B2 d2 g2 f2 | ^f4 d4 | g2 b2 d'2 b2 | c'2 a2 ^f2 a2 | "
        "g2 f2 e2 d2 | G4 G4"),
    "acosta": abc("Uriel Acosta", "4/4", "1/8", "C#m",
        "C2 G2 E2 C2 | D2 A2 F2 D2 | E2 G2 c2 B2 | ^B4 G4 | c2 e2 g2 e2 | f2 d2 ^B2 d2 | "
        "c2 B2 A2 G2 | c4 c4"),
    "caedmar": abc("Caedmar", "4/4", "1/8", "A",
        "A2 e2 c2 e2 | d2 f2 e2 c2 | B2 d2 f2 d2 | e4 A4 | a2 c'2 e'2 c'2 | d'2 b2 g2 b2 | "
        "a2 g2 f2 e2 | a4 a4"),
    "imperia": abc("Madonna Imperia", "4/4", "1/8", "F#m",
        "F,2 A,2 C2 F2 | E2 C2 D2 B,2 | C2 F2 A2 F2 | =E4 C4 | F2 A2 c2 A2 | B2 G2 =E2 G2 | "
        "F2 C2 A,2 G,2 | F,4 F,4"),
    "ekkehard": abc("Ekkehard", "4/4", "1/8", "B",
        "B2 f2 d2 f2 | e2 g2 f2 d2 | c2 e2 a2 e2 | b4 f4 | d2 f2 b2 d'2 | c'2 a2 f2 a2 | "
        "b2 f2 d2 c2 | B4 B4"),
    "omphale": abc("Omphale", "3/4", "1/8", "E",
        "E2 G2 B2 | c4 B2 | A2 G2 F2 | G4 E2 | F2 A2 c2 | B4 A2 | G2 F2 E2 | F4 B,2 | "
        "E2 G2 B2 | e4 d2 | c2 B2 A2 | G4 F2 | A2 F2 D2 | E4 G2 | F2 D2 B,2 | E4 E2"),
    "cimbelino": abc("Cimbelino", "5/4", "1/8", "A#m",
        "A2 c2 e2 c2 A2 | B2 d2 f2 d2 B2 | c2 e2 a2 e2 c2 | ^G2 B2 e2 B2 ^G2 | A2 c2 e2 a2 g2 | "
        "f2 d2 B2 d2 f2 | e2 c2 A2 c2 e2 | A2 A2 A2 A2 A2"),
    # folk pieces
    "paspebiac": abc("Reel de Paspébiac", "2/2", "1/8", "C#",
        "c e g c' e' c' g e | f a c' a f d B d | c e g c' e' g' e' c' | d' b g b c'2 c'2 | "
        "g' e' c' e' g' e' c' e' | f' d' b d' f' d' b d' | e' c' d' b c' a g e | "
        "f d B d c2 c2"),
    "mascouche": abc("Reel de Mascouche", "2/2", "1/8", "D",
        "d2 f2 a2 d'2 | b a f d e2 d2 | f a a f g f e d | A c e c d2 d2 | d'2 d'2 a2 f2 | "
        "g f e d c d e g | f e d f e d B A | A B c e d2 d2"),
    "fochabers": abc("Fochabers Hornpipe", "2/2", "1/8", "G",
        "D G B d g d B G | A c e c a f d c | B d g b g d B G | A G F E F2 D2 | "
        "G B d g b g d B | c e g e c A F A | B d c e d f e g | f d A F G2 G2"),
    "tenterden": abc("Tenterden Hornpipe", "2/2", "1/8", "B",
        "F B d f b f d B | c e g e c' a f e | d f b d' b f d B | c B A G A2 F2 | "
        "B d f b d' b f d | e g b g e c A c | d f e g f a g b | a f c A B2 B2"),
    "sobeslav": abc("Soběslav Polka", "2/4", "1/8", "C#",
        "c e g e | f a g2 | e g c' g | d f e2 | g c' e' c' | d' b g f | e d c B | c2 G2 | "
        "A c f c | B d g2 | c e a e | d f e2 | c e d B | c A B G | A c B G | c2 c2"),
    "hronov": abc("Hronov Polka", "2/4", "1/8", "E",
        "E G B G | A c B2 | G B e B | F A G2 | B e g e | f a g f | e d c B | B2 G2 | A c e c | "
        "B d f2 | G B e B | A c B2 | G B A F | G E F D | E G F D | E2 E2"),
    "kinsale": abc("Kinsale Jig", "6/8", "1/8", "D#m",
        "d2 f a2 f | g2 e ^c2 e | f2 d a2 f | e2 ^c d3 | a2 g f2 e | d2 f e2 ^c | d2 e f2 e | "
        "d2 d d3"),
    "granard": abc("Granard Jig", "6/8", "1/8", "G",
        "G2 B d2 B | c2 A F2 A | B2 G d2 B | A2 F G3 | d2 c B2 A | G2 B A2 F | G2 A B2 A | "
        "G2 G G3"),
    "inchigeelagh": abc("Inchigeelagh", "9/8", "1/8", "C#",
        "c2 e g2 e c2 e | d2 f b2 f d2 f | e2 g c'2 b a2 g | f2 d B2 d g3 | e2 c G2 c e2 g | "
        "f2 a c'2 a f2 d | e2 g f2 d B2 G | c2 G E2 G c3"),
    "itkuvirsi": abc("Itkuvirsi", "6/8", "1/8", "A#m",
        "A3 c2 e | d3 B3 | c3 A2 ^G | A6 | e3 a2 g | f3 d3 | e3 c2 B | A6"),
    "gairloch": abc("Gairloch Waltz", "3/4", "1/8", "F#",
        "F2 A2 c2 | f4 c2 | d2 B2 G2 | A4 c2 | B2 d2 f2 | e4 c2 | d2 c2 B2 | A4 G2 | F2 A2 c2 | "
        "a4 g2 | f2 d2 B2 | c4 A2 | B2 A2 G2 | F4 E2 | G2 E2 C2 | F4 F2"),
}
