"""Public-domain melodies for real-heldout34, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Kikimora
(Anatoly Lyadov, Op. 63, 1909; died 1914), La Revoltosa (Ruperto Chapí, 1897; died 1909),
Étincelles (Moritz Moszkowski, Op. 36, 1886; died 1925), Jockey-Polka (Josef Strauss, Op. 278,
1870; died 1870), 'A Vucchella (Francesco Paolo Tosti, 1907; died 1916), I' te vurria vasà
(Eduardo Di Capua, 1900; died 1917), Raymonda (Alexander Glazunov, Op. 57, 1898; died 1936),
Feuerfest (Josef Strauss, Op. 269, 1869; rejected, see heldout34_pieces.REJECTED), Eingesendet (Josef Strauss, Op. 240, 1868), Arlequine
and La Lisonjera (Cécile Chaminade, Op. 53, 1886, and Op. 50, 1890; died 1944), Kobold (Edvard
Grieg, Op. 71, 1901; died 1907), Lezginka (Anton Rubinstein, from The Demon, 1875; died 1894),
Die Libelle (Josef Strauss, Op. 204, 1866; rejected), Moulinet (Josef Strauss, Op. 57, 1858),
Les Sylvains (Chaminade, Op. 60, 1892) and Y Gelynnen (traditional Welsh), the last two taking the
rejected pieces' places.
Folk pieces: Whinham's Reel (Robert Whinham, Northumbrian, died 1893), the traditional Morpeth
Rant and Redesdale Hornpipe (Northumbrian), Portsmouth, Dargason and Jamaica (English, from the
Playford collections of 1651-1728), Säkkijärven polkka and Ievan polkka (traditional Finnish),
The Hen's March to the Midden (traditional Scottish), Tros y Garreg (traditional Welsh air) and
Mylecharaine (traditional Manx). Attribution, opus numbers and dates are from memory.
Written here from memory, not copied from a collection: the notes are an outline in the tune's
key, metre and shape more than its exact notes (the notes matter less than the grid, which is
exact by construction). The band pieces are re-shaped for their arrangement, as a band would: in
plain 4/4 (the 2/4 polkas and marches re-barred), 'A Vucchella in 6/8, I' te vurria vasà in 12/8,
Die Libelle and Y Gelynnen in 3/4, Moulinet in 5/4 throughout; running figures and dotted rhythms evened out
(the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "kikimora": abc("Kikimora", "4/4", "1/8", "Em",
                    "E2 E2 G2 A2 | B2 A2 G2 E2 | F2 F2 A2 B2 | c4 B4 | E2 G2 B2 e2 | d2 B2 A2 G2 | "
                    "F2 E2 D2 F2 | E4 E4"),
    "revoltosa": abc("La Revoltosa", "4/4", "1/8", "G",
                     "D2 G2 B2 d2 | c2 B2 A2 G2 | E2 A2 c2 e2 | d4 B4 | d2 e2 d2 c2 | B2 c2 B2 A2 | "
                     "G2 A2 B2 A2 | G4 G4"),
    "etincelles": abc("Étincelles", "4/4", "1/8", "C",
                      "G2 c2 e2 g2 | f2 e2 d2 c2 | A2 d2 f2 a2 | g4 e4 | G2 B2 d2 f2 | e2 d2 c2 B2 | "
                      "c2 e2 d2 B2 | c4 c4"),
    "jockey": abc("Jockey-Polka", "4/4", "1/8", "D",
                  "A2 A2 d2 f2 | a2 f2 d2 A2 | B2 B2 e2 g2 | f4 d4 | A2 A2 c2 e2 | g2 e2 c2 A2 | "
                  "d2 f2 e2 c2 | d4 d4"),
    "vucchella": abc("'A Vucchella", "6/8", "1/8", "F",
                     "c3 A2 F | G3 A3 | B3 d2 B | A6 | c3 f2 e | d3 c3 | B3 G2 E | F6"),
    "vurria_vasa": abc("I' te vurria vasà", "12/8", "1/8", "G",
                       "D3 G3 B3 d3 | c3 B3 A6 | E3 A3 c3 e3 | d3 c3 B6 | d3 g3 f3 e3 | d3 c3 B3 A3 | "
                       "G3 B3 A3 F3 | G3 G3 G6"),
    "raymonda": abc("Raymonda", "4/4", "1/8", "Dm",
                    "D2 F2 A2 d2 | c2 A2 B2 G2 | A2 F2 G2 E2 | F4 D4 | F2 A2 d2 f2 | e2 c2 d2 B2 | "
                    "A2 G2 F2 E2 | D4 D4"),
    "feuerfest": abc("Feuerfest", "4/4", "1/8", "F",
                     "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 A2 F2 | E4 C4 | F2 A2 c2 f2 | e2 g2 f2 d2 | "
                     "c2 A2 G2 E2 | F4 F4"),
    "eingesendet": abc("Eingesendet", "4/4", "1/8", "Bb",
                       "F2 B2 d2 f2 | e2 c2 A2 F2 | G2 c2 e2 g2 | f4 d4 | B2 d2 f2 b2 | a2 f2 e2 c2 | "
                       "d2 c2 B2 A2 | B4 B4"),
    "arlequine": abc("Arlequine", "4/4", "1/8", "A",
                     "E2 A2 c2 e2 | d2 c2 B2 A2 | F2 B2 d2 f2 | e4 c4 | A2 c2 e2 a2 | g2 e2 d2 B2 | "
                     "c2 B2 A2 G2 | A4 A4"),
    "kobold": abc("Kobold", "4/4", "1/8", "Cm",
                  "C2 E2 G2 c2 | B2 G2 F2 D2 | E2 G2 c2 e2 | d4 B4 | c2 B2 A2 G2 | F2 E2 D2 F2 | "
                  "E2 D2 C2 B,2 | C4 C4"),
    "lisonjera": abc("La Lisonjera", "4/4", "1/8", "Eb",
                     "B2 G2 E2 G2 | B2 e2 d2 c2 | A2 c2 e2 c2 | B4 G4 | F2 A2 c2 e2 | d2 c2 B2 A2 | "
                     "G2 F2 G2 A2 | G4 E4"),
    "lezginka": abc("Lezginka", "4/4", "1/8", "Gm",
                    "G2 G2 B2 d2 | c2 B2 A2 G2 | F2 A2 c2 A2 | B4 G4 | d2 d2 g2 d2 | e2 d2 c2 B2 | "
                    "A2 B2 A2 F2 | G4 G4"),
    "libelle": abc("Die Libelle", "3/4", "1/8", "G",
                   "D2 G2 B2 | d4 B2 | c2 A2 F2 | G4 D2 | E2 A2 c2 | e4 c2 | B2 G2 A2 | G4 G2 | "
                   "B2 d2 g2 | f4 d2 | e2 c2 A2 | B4 G2 | A2 c2 e2 | d4 F2 | A2 G2 F2 | G4 G2"),
    "moulinet": abc("Moulinet", "5/4", "1/8", "C",
                    "C2 E2 G2 c2 G2 | A2 F2 D2 F2 A2 | G2 E2 C2 E2 G2 | F2 D2 B,2 D2 G2 | "
                    "c2 G2 E2 G2 c2 | d2 B2 G2 B2 d2 | e2 d2 c2 B2 G2 | c2 c2 c2 c2 c2"),
    "sylvains": abc("Les Sylvains", "4/4", "1/8", "E",
                    "B2 e2 g2 b2 | a2 g2 f2 e2 | c2 f2 a2 c'2 | b4 g4 | e2 g2 b2 e'2 | d'2 b2 a2 f2 | "
                    "g2 f2 e2 d2 | e4 e4"),
    "y_gelynnen": abc("Y Gelynnen", "3/4", "1/8", "D",
                      "A2 d2 f2 | a4 f2 | g2 e2 c2 | d4 A2 | B2 d2 g2 | f4 d2 | e2 c2 A2 | A4 A2 | "
                      "A2 d2 f2 | a4 b2 | a2 f2 d2 | e4 c2 | d2 f2 a2 | g4 e2 | f2 e2 c2 | d4 d2"),
    # folk pieces
    "whinham": abc("Whinham's Reel", "2/2", "1/8", "G",
                   "G B d B g d B d | c A F A c e d c | B G B d g f g e | d c B A G2 G2 | "
                   "g f g a b g d g | e c A c e g f e | d B G B A F D F | G B A F G2 G2"),
    "morpeth_rant": abc("Morpeth Rant", "2/2", "1/8", "D",
                        "A F A d f d A F | G E G B e c A G | F A d f a f d A | B A G F E2 E2 | "
                        "A F A d f d A F | G E G B e c A G | F d c e d B A c | d A F A d2 d2"),
    "redesdale": abc("Redesdale Hornpipe", "2/2", "1/8", "F",
                     "F A c A f c A c | B d f d B G E G | A c f c A F C F | G B A G F2 F2 | "
                     "c f a f c A F A | B d g d B G E G | A c B G E G B G | F A G E F2 F2"),
    "portsmouth": abc("Portsmouth", "2/2", "1/8", "D",
                      "d c d e f e d c | B A B c d2 A2 | B G B d c A c e | d B A F E2 E2 | "
                      "d c d e f e d c | B A B c d2 A2 | B c d B A F E F | D F A F D2 D2"),
    "sakkijarvi": abc("Säkkijärven polkka", "2/4", "1/8", "Am",
                      "A c e c | A c e2 | B d f d | B d f2 | c e a e | d f a f | e d c B | A2 A2 | "
                      "e e a e | f e d c | d d f d | e d c B | c c e c | B A G B | A c B G | A2 A2"),
    "ievan": abc("Ievan polkka", "2/4", "1/8", "Dm",
                 "D F A F | D F A2 | E G B G | E G B2 | A F G E | F D E C | D F E C | D2 D2 | "
                 "A A d A | B A G F | G G B G | A G F E | F F A F | E D ^C E | D F E ^C | D2 D2"),
    "dargason": abc("Dargason", "6/8", "1/8", "G",
                    "G2 A B2 G | A2 B c2 A | B2 c d2 B | A2 G F2 D | G2 A B2 G | A2 B c2 e | "
                    "d2 B A2 F | G2 G G3"),
    "jamaica_playford": abc("Jamaica", "6/8", "1/8", "Gm",
                            "G2 B d2 B | c2 A F2 A | B2 d g2 d | c2 A d3 | G2 B d2 g | f2 d c2 A | "
                            "B2 G A2 F | G2 G G3"),
    "hens_march": abc("The Hen's March to the Midden", "9/8", "1/8", "A",
                      "A2 c e2 c A2 c | B2 d f2 d B2 d | A2 c e2 a g2 e | f2 d B2 G A3 | "
                      "e2 a a2 e c2 e | f2 d B2 d f2 d | e2 c A2 c B2 G | A2 c B2 G A3"),
    "tros_y_garreg": abc("Tros y Garreg", "6/8", "1/8", "Am",
                         "A3 c2 B | A3 E3 | A3 B2 c | d6 | e3 d2 c | B3 G3 | A3 G2 E | A6"),
    "mylecharaine": abc("Mylecharaine", "3/4", "1/8", "Em",
                        "E2 G2 B2 | e4 d2 | B2 A2 G2 | A4 F2 | G2 B2 d2 | e4 B2 | A2 G2 F2 | E4 E2 | "
                        "B2 e2 f2 | g4 f2 | e2 d2 B2 | d4 A2 | B2 A2 G2 | F4 D2 | E2 F2 G2 | E4 E2"),
}
