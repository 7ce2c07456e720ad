"""Public-domain melodies for real-heldout42, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Ascanio
(Camille Saint-Saëns, 1890; died 1921), La Basoche (André Messager, 1890; died 1929), Germania
(Alberto Franchetti, 1902; died 1942), Zanetto (Pietro Mascagni, 1896; died 1945), Philémon et
Baucis (Charles Gounod, 1860; died 1893), Linda di Chamounix (Gaetano Donizetti, 1842; died 1848),
Stiffelio (Giuseppe Verdi, 1850; died 1901), Il Guarany (Carlos Gomes, 1870; died 1896), Salammbô
(Ernest Reyer, 1890; died 1909), Edmea (Alfredo Catalani, 1886; died 1893), Hellera (Italo
Montemezzi, 1909; died 1952), Risurrezione (Franco Alfano, 1904; died 1954), Belfagor (Ottorino
Respighi, 1923; died 1936), Cendrillon (Jules Massenet, 1899; died 1912) and Fervaal (Vincent
d'Indy, 1897; died 1931). Folk pieces: Cumberland Gap and Greasy Coat (traditional American,
old-time), The Ace and Deuce of Pipering (traditional Irish set dance), Underhand (James Hill,
Tyneside, died 1853), Tancuj, tancuj (traditional Slovak), La Raspa (traditional Mexican), The
Knotted Cord (traditional Irish), Chacarera (traditional Argentine), Top the Candle (traditional
Irish), The Croppy Boy (traditional Irish) and Hambo (traditional Swedish). Attribution and dates
are from memory. Written here from memory, not copied from a collection: the notes are an outline
in the tune's key, metre and shape more than its exact notes (the grid, exact by construction, is
what is scored). The band pieces are re-shaped for their arrangement, as a band would: in plain
4/4, Philémon et Baucis in 6/8, Linda di Chamounix in 12/8, Cendrillon in 3/4, Fervaal in 5/4
throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "ascanio": abc("Ascanio", "4/4", "1/8", "D",
                   "D2 F2 A2 F2 | G2 B2 d2 B2 | A2 F2 D2 F2 | E4 A,4 | F2 A2 d2 f2 | e2 c2 A2 c2 | "
                   "d2 B2 A2 F2 | D4 D4"),
    "basoche": abc("La Basoche", "4/4", "1/8", "C",
                   "c2 e2 g2 e2 | f2 d2 B2 d2 | e2 c2 G2 c2 | d4 G4 | A2 c2 f2 a2 | g2 e2 c2 e2 | "
                   "d2 c2 B2 d2 | c4 c4"),
    "germania": abc("Germania", "4/4", "1/8", "Am",
                    "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 ^G2 B2 | A4 E4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                    "c2 B2 A2 ^G2 | A4 A4"),
    "zanetto": abc("Zanetto", "4/4", "1/8", "Bb",
                   "B2 d2 f2 d2 | e2 c2 A2 c2 | d2 B2 F2 B2 | c4 F4 | G2 B2 e2 d2 | c2 A2 F2 A2 | "
                   "B2 A2 G2 F2 | B4 B4"),
    "philemon": abc("Philémon et Baucis", "6/8", "1/8", "G",
                    "G3 B2 d | e3 d3 | c3 A2 F | G6 | B3 d2 g | f3 e3 | d3 A2 F | G6"),
    "linda": abc("Linda di Chamounix", "12/8", "1/8", "F",
                 "F3 A3 c3 A3 | B3 d3 c6 | A3 c3 f3 e3 | d3 B3 G6 | c3 e3 g3 e3 | f3 d3 B3 G3 | "
                 "A3 G3 F3 E3 | F3 C3 F6"),
    "stiffelio": abc("Stiffelio", "4/4", "1/8", "Dm",
                     "D2 F2 A2 F2 | G2 B2 A2 F2 | E2 G2 ^C2 E2 | D4 A,4 | F2 A2 d2 A2 | B2 G2 E2 G2 | "
                     "A2 G2 F2 E2 | D4 D4"),
    "guarany": abc("Il Guarany", "4/4", "1/8", "E",
                   "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 B2 A2 | G4 E4 | B2 e2 g2 e2 | f2 d2 B2 d2 | "
                   "e2 d2 c2 B2 | E4 E4"),
    "salammbo": abc("Salammbô", "4/4", "1/8", "Cm",
                    "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 B,2 D2 | C4 G,4 | E2 G2 c2 G2 | A2 F2 D2 F2 | "
                    "G2 F2 E2 D2 | C4 C4"),
    "edmea": abc("Edmea", "4/4", "1/8", "A",
                 "A,2 C2 E2 A2 | G2 E2 F2 D2 | C2 E2 A2 c2 | B4 E4 | F2 A2 d2 c2 | B2 G2 E2 G2 | "
                 "A2 E2 C2 B,2 | A,4 A,4"),
    "hellera": abc("Hellera", "4/4", "1/8", "Eb",
                   "E2 G2 B2 G2 | A2 F2 D2 F2 | G2 B2 e2 B2 | c4 A4 | B2 d2 f2 d2 | e2 c2 A2 c2 | "
                   "B2 A2 G2 F2 | E4 E4"),
    "risurrezione": abc("Risurrezione", "4/4", "1/8", "Fm",
                        "F2 A2 c2 F2 | E2 G2 B2 E2 | D2 F2 A2 D2 | C4 C4 | F2 A2 c2 f2 | e2 c2 d2 B2 | "
                        "A2 G2 F2 =E2 | F4 F4"),
    "belfagor": abc("Belfagor", "4/4", "1/8", "Bm",
                    "B2 d2 f2 B2 | A2 c2 e2 A2 | G2 B2 d2 G2 | F4 F4 | B2 d2 f2 b2 | a2 f2 g2 e2 | "
                    "d2 c2 B2 ^A2 | B4 B4"),
    "cendrillon": abc("Cendrillon", "3/4", "1/8", "Bb",
                      "B2 d2 f2 | e4 d2 | c2 B2 A2 | G4 F2 | B2 d2 g2 | f4 e2 | d2 c2 B2 | A4 F2 | "
                      "B2 d2 f2 | b4 a2 | g2 f2 e2 | d4 c2 | e2 c2 A2 | B4 d2 | c2 A2 F2 | B4 B2"),
    "fervaal": abc("Fervaal", "5/4", "1/8", "G",
                   "G2 B2 d2 B2 G2 | A2 c2 e2 c2 A2 | B2 d2 g2 d2 B2 | F2 A2 d2 A2 F2 | "
                   "G2 B2 d2 g2 f2 | e2 c2 A2 c2 e2 | d2 B2 G2 B2 d2 | G2 G2 G2 G2 G2"),
    # folk pieces
    "cumberlandgap": abc("Cumberland Gap", "2/2", "1/8", "A",
                         "A2 A2 c2 e2 | f e c A B2 A2 | c e e c d c B A | E G B G A2 A2 | "
                         "a2 a2 e2 c2 | d c B A G A B d | c B A c B A F E | E F G B A2 A2"),
    "greasycoat": abc("Greasy Coat", "2/2", "1/8", "G",
                      "G2 B d g d B G | A c e c A F D F | G B d B g f g d | e c A F G2 G2 | "
                      "d g g f g a b g | a f d f a g f d | e g f a g d B G | A F D F G2 G2"),
    "acedeuce": abc("The Ace and Deuce of Pipering", "2/2", "1/8", "D",
                    "A, D F A d A F D | E G B G e c A G | F A d f a f d B | A F E D E2 A,2 | "
                    "D F A d f d A F | G B d B g e c A | B d c e d f e g | f d A F D2 D2"),
    "underhand": abc("Underhand", "2/2", "1/8", "A",
                     "E A c e a e c A | B d f d B G E G | A c e c a c e c | B G E G A2 E2 | "
                     "c e a e c e a e | d f b f d f b f | e c d B c A B G | A c B G A2 A2"),
    "tancuj": abc("Tancuj, tancuj", "2/4", "1/8", "G",
                  "G B d B | c2 A2 | F A c A | B2 G2 | G B d g | f d e c | B A G F | G2 D2 | "
                  "d e d c | B2 G2 | c d c B | A2 F2 | G B A c | B d c A | G F A F | G2 G2"),
    "raspa": abc("La Raspa", "2/4", "1/8", "C",
                 "C E G E | C E G2 | D F G F | D F G2 | E G c G | F A G F | E D C D | E2 C2 | "
                 "G c e c | d B G B | c A F A | G2 G2 | E G c e | d B G F | E D C D | C2 C2"),
    "knottedcord": abc("The Knotted Cord", "6/8", "1/8", "Em",
                       "E2 G B2 G | A2 F D2 F | E2 G B2 e | d2 B A3 | G2 B d2 B | c2 A F2 A | G2 E F2 D | E2 E E3"),
    "chacarera": abc("Chacarera", "6/8", "1/8", "Am",
                     "A2 c e2 c | d2 B G2 B | c2 A e2 c | B2 ^G A3 | e2 d c2 B | A2 c B2 ^G | A2 B c2 B | A2 A A3"),
    "topcandle": abc("Top the Candle", "9/8", "1/8", "G",
                     "G2 B d2 B G2 B | A2 c e2 c A2 c | B2 d g2 d B2 G | A2 F D2 F A3 | "
                     "d2 g g2 d B2 d | c2 e e2 c A2 c | B2 G A2 F G2 E | F2 D E2 F G3"),
    "croppyboy": abc("The Croppy Boy", "6/8", "1/8", "D",
                     "D3 F2 A | B3 A3 | G3 E2 F | D6 | A3 d2 c | B3 G3 | A3 F2 E | D6"),
    "hambo": abc("Hambo", "3/4", "1/8", "D",
                 "d2 f2 a2 | g4 f2 | e2 c2 A2 | d4 A2 | B2 d2 f2 | e4 d2 | c2 B2 A2 | F4 A2 | "
                 "d2 f2 a2 | b4 a2 | g2 e2 c2 | d4 f2 | e2 d2 c2 | B4 A2 | G2 F2 E2 | D4 D2"),
}
