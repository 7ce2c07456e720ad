"""Public-domain melodies for real-heldout44, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Chérubin
(Jules Massenet, 1905; died 1912), Kassya (Léo Delibes, 1893, completed by Massenet; died 1891),
Érostrate (Ernest Reyer, 1862; died 1909), Phryné (Camille Saint-Saëns, 1893; died 1921),
Polyeucte (Charles Gounod, 1878; died 1893), Dejanice (Alfredo Catalani, 1883; died 1893), Asrael
(Alberto Franchetti, 1888; died 1942), Silvano (Pietro Mascagni, 1895; died 1945), Aroldo (Giuseppe
Verdi, 1857; died 1901), Sigismondo (Gioachino Rossini, 1814; died 1868), Saffo (Giovanni Pacini,
1840; died 1867), Servilia (Nikolai Rimsky-Korsakov, 1902; died 1908), Jessonda (Louis Spohr, 1823;
died 1859), Silvana (Carl Maria von Weber, 1810; died 1826) and Vanda (Antonín Dvořák, 1876; died
1904). Folk pieces: Porro (traditional Colombian), Dubuque (traditional American, old-time),
Mulqueeney's Hornpipe (traditional Irish), Marmaduke's Hornpipe (traditional American), Drmeš
(traditional Croatian), Corridinho (traditional Portuguese, Algarve), Bambuco (traditional
Colombian), Huapango (traditional Mexican), Wat Ye Wha I Met Yestreen (traditional Scottish /
Northumbrian), Vidala (traditional Argentine) and Pasillo (traditional Colombian). Attribution
and dates are from memory. Written here from memory, not copied from a collection: the notes are
an outline in the tune's key, metre and shape more than its exact notes (the grid, exact by
construction, is what is scored). The band pieces are re-shaped for their arrangement, as a band
would: in plain 4/4, Polyeucte in 6/8, Dejanice in 12/8, Silvana in 3/4, Vanda in 5/4 throughout;
running figures and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check).
No pickups: every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py
checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "cherubin": abc("Chérubin", "4/4", "1/8", "G",
                    "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 B2 G2 | A4 D4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                    "B2 A2 G2 F2 | G4 G4"),
    "kassya": abc("Kassya", "4/4", "1/8", "Dm",
                  "D2 F2 A2 F2 | G2 B2 A2 F2 | E2 G2 ^C2 E2 | D4 A,4 | F2 A2 d2 A2 | B2 G2 E2 G2 | "
                  "F2 E2 D2 ^C2 | D4 D4"),
    "erostrate": abc("Érostrate", "4/4", "1/8", "Bb",
                     "B2 d2 f2 d2 | e2 c2 A2 c2 | d2 B2 F2 B2 | c4 F4 | G2 B2 e2 d2 | c2 A2 F2 A2 | "
                     "B2 A2 G2 F2 | B4 B4"),
    "phryne": abc("Phryné", "4/4", "1/8", "E",
                  "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 B2 F2 | G4 B,4 | E2 G2 B2 e2 | d2 B2 c2 A2 | "
                  "G2 F2 E2 D2 | E4 E4"),
    "polyeucte": abc("Polyeucte", "6/8", "1/8", "Eb",
                     "E3 G2 B | c3 B3 | A3 F2 D | E6 | G3 B2 e | d3 c3 | B3 F2 D | E6"),
    "dejanice": abc("Dejanice", "12/8", "1/8", "Am",
                    "A3 c3 e3 c3 | d3 f3 e6 | c3 e3 a3 g3 | f3 d3 B6 | e3 g3 c'3 g3 | a3 f3 d3 B3 | "
                    "c3 B3 A3 ^G3 | A3 E3 A6"),
    "asrael": abc("Asrael", "4/4", "1/8", "Cm",
                  "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 B,2 D2 | C4 G,4 | E2 G2 c2 G2 | A2 F2 D2 F2 | "
                  "G2 F2 E2 D2 | C4 C4"),
    "silvano": abc("Silvano", "4/4", "1/8", "A",
                   "A,2 C2 E2 A2 | G2 E2 F2 D2 | C2 E2 A2 c2 | B4 E4 | F2 A2 d2 c2 | B2 G2 E2 G2 | "
                   "A2 E2 C2 B,2 | A,4 A,4"),
    "aroldo": abc("Aroldo", "4/4", "1/8", "Em",
                  "E2 B2 G2 E2 | F2 A2 D2 F2 | G2 B2 e2 B2 | ^D4 B,4 | E2 G2 c2 A2 | B2 G2 F2 ^D2 | "
                  "E2 F2 G2 F2 | E4 E4"),
    "sigismondo": abc("Sigismondo", "4/4", "1/8", "F",
                      "F,2 A,2 C2 F2 | E2 C2 D2 B,2 | A,2 C2 F2 A2 | G4 C4 | D2 F2 B2 A2 | G2 E2 C2 E2 | "
                      "F2 C2 A,2 G,2 | F,4 F,4"),
    "saffo": abc("Saffo", "4/4", "1/8", "Gm",
                 "G2 d2 B2 G2 | A2 c2 e2 A2 | B2 d2 g2 d2 | ^F4 D4 | G2 B2 d2 g2 | f2 d2 e2 c2 | "
                 "B2 A2 G2 ^F2 | G4 G4"),
    "servilia": abc("Servilia", "4/4", "1/8", "Bm",
                    "B,2 D2 F2 B2 | A2 F2 G2 E2 | D2 F2 B2 d2 | ^A4 F4 | B,2 D2 F2 B2 | c2 A2 B2 G2 | "
                    "F2 E2 D2 C2 | B,4 B,4"),
    "jessonda": abc("Jessonda", "4/4", "1/8", "Fm",
                    "F2 A2 c2 F2 | G2 B2 d2 G2 | A2 c2 f2 c2 | =E4 C4 | F2 A2 c2 f2 | e2 c2 d2 B2 | "
                    "A2 G2 F2 =E2 | F4 F4"),
    "silvana": abc("Silvana", "3/4", "1/8", "D",
                   "D2 F2 A2 | G4 F2 | E2 D2 C2 | B,4 A,2 | D2 F2 B2 | A4 G2 | F2 E2 D2 | C4 A,2 | "
                   "D2 F2 A2 | d4 c2 | B2 A2 G2 | F4 E2 | G2 E2 C2 | D4 F2 | E2 C2 A,2 | D4 D2"),
    "vanda": abc("Vanda", "5/4", "1/8", "G",
                 "G2 B2 d2 B2 G2 | A2 c2 e2 c2 A2 | B2 d2 g2 d2 B2 | F2 A2 d2 A2 F2 | "
                 "G2 B2 d2 g2 f2 | e2 c2 A2 c2 e2 | d2 B2 G2 B2 d2 | G2 G2 G2 G2 G2"),
    # folk pieces
    "porro": abc("Porro", "2/2", "1/8", "G",
                 "G2 G2 B2 d2 | e d B G A2 G2 | B d d B c B A G | D F A F G2 G2 | "
                 "g2 g2 d2 B2 | c B A G F G A c | B A G B A G E D | D E F A G2 G2"),
    "dubuque": abc("Dubuque", "2/2", "1/8", "A",
                   "A2 c e a e c A | B d f d B G E G | A c e c a g a e | f d B G A2 A2 | "
                   "e a a g a b c' a | b g e g b a g e | f a g b a e c A | B G E G A2 A2"),
    "mulqueeney": abc("Mulqueeney's Hornpipe", "2/2", "1/8", "D",
                      "A, D F A d A F D | E G B G e c A G | F A d f d A F D | E D C B, C2 A,2 | "
                      "D F A d f d A F | G B d B G E C E | F A G B A c B d | c A E C D2 D2"),
    "marmaduke": abc("Marmaduke's Hornpipe", "2/2", "1/8", "Bb",
                     "F B d f b f d B | c e g e c A F A | B d f d b d f d | c A F A B2 F2 | "
                     "d f b f d f b f | e g c' g e g c' g | f d e c d B c A | B d c A B2 B2"),
    "drmes": abc("Drmeš", "2/4", "1/8", "Em",
                 "E G B G | E G B2 | F A B A | F A B2 | G B e B | A c B A | G F E F | G2 E2 | "
                 "B e g e | f ^d B d | e c A c | B2 B2 | G B e g | f ^d B A | G F E F | E2 E2"),
    "corridinho": abc("Corridinho", "2/4", "1/8", "C",
                      "C E G E | F2 D2 | B, D F D | E2 C2 | C E G c | B G A F | E D C B, | C2 G,2 | "
                      "G A G F | E2 C2 | F G F E | D2 B,2 | C E D F | E G F D | C B, D B, | C2 C2"),
    "bambuco": abc("Bambuco", "6/8", "1/8", "Am",
                   "A2 c e2 c | d2 B ^G2 B | c2 A e2 c | B2 ^G A3 | e2 d c2 B | A2 c B2 ^G | A2 B c2 B | A2 A A3"),
    "huapango": abc("Huapango", "6/8", "1/8", "G",
                    "D2 G B2 G | A2 F D2 F | G2 B d2 g | e2 d B3 | D2 G B2 G | c2 A F2 A | G2 E D2 F | G2 G G3"),
    "yestreen": abc("Wat Ye Wha I Met Yestreen", "9/8", "1/8", "G",
                    "G2 B d2 B G2 B | A2 c e2 c A2 c | B2 d g2 d B2 G | A2 F D2 F A3 | "
                    "d2 g g2 d B2 d | c2 e e2 c A2 c | B2 G A2 F G2 E | F2 D E2 F G3"),
    "vidala": abc("Vidala", "6/8", "1/8", "Dm",
                  "D3 F2 A | B3 A3 | G3 E2 ^C | D6 | A3 d2 c | B3 G3 | A3 F2 E | D6"),
    "pasillo": abc("Pasillo", "3/4", "1/8", "D",
                   "D2 F2 A2 | B4 A2 | G2 E2 C2 | D4 A,2 | F2 A2 d2 | c4 B2 | A2 G2 F2 | E4 A,2 | "
                   "D2 F2 A2 | d4 c2 | B2 G2 E2 | F4 A2 | G2 F2 E2 | D4 C2 | B,2 A,2 G,2 | A,4 D2"),
}
