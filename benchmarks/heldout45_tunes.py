"""Public-domain melodies for real-heldout45, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Ariane (Jules
Massenet, 1906; died 1912), Proserpine (Camille Saint-Saëns, 1887; died 1921), Cristoforo Colombo
(Alberto Franchetti, 1892; died 1942), La Wally (Alfredo Catalani, 1892; died 1893), Gemma di Vergy
(Gaetano Donizetti, 1834; died 1848), Elena da Feltre (Saverio Mercadante, 1838; died 1870), Il
corsaro (Giuseppe Verdi, 1848; died 1901), Étienne Marcel (Camille Saint-Saëns, 1879), Torvaldo e
Dorliska (Gioachino Rossini, 1815; died 1868), Aureliano in Palmira (Gioachino Rossini, 1813),
Undine (Albert Lortzing, 1845; died 1851), Kashchey the Deathless (Nikolai Rimsky-Korsakov, 1902;
died 1908), The Oprichnik (Pyotr Ilyich Tchaikovsky, 1874; died 1893), Zemire und Azor (Louis
Spohr, 1819; died 1859) and Jakobín (Antonín Dvořák, 1889; died 1904). Folk pieces: the Roscommon
Reel and Ríl Bhéara (traditional Irish), the Cheshire Hornpipe (traditional English), Hennessy's
Hornpipe (traditional Irish), Skočná and Obkročák (traditional Czech), Chamamé (traditional
Argentine, Corrientes), Malambo (traditional Argentine), The Baltimore Salute (traditional Irish),
Yaraví (traditional Peruvian) and Pols (traditional Norwegian). Attribution and dates are from
memory. Written here from memory, not copied from a collection: the notes are an outline in the
tune's key, metre and shape more than its exact notes (the grid, exact by construction, is what is
scored). The band pieces are re-shaped for their arrangement, as a band would: in plain 4/4, Gemma
di Vergy in 6/8, Elena da Feltre in 12/8, Zemire und Azor in 3/4, Jakobín in 5/4 throughout;
running figures and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check).
No pickups: every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py
checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "ariane": abc("Ariane", "4/4", "1/8", "F",
                  "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 A2 F2 | G4 C4 | A2 c2 f2 c2 | d2 B2 G2 B2 | "
                  "A2 G2 F2 E2 | F4 F4"),
    "proserpine": abc("Proserpine", "4/4", "1/8", "Gm",
                      "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 ^F2 A2 | G4 D4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                      "B2 A2 G2 ^F2 | G4 G4"),
    "colombo": abc("Cristoforo Colombo", "4/4", "1/8", "C",
                   "C2 G2 E2 C2 | D2 F2 A2 F2 | G2 E2 C2 E2 | D4 G,4 | E2 G2 c2 e2 | d2 B2 G2 B2 | "
                   "c2 G2 E2 D2 | C4 C4"),
    "wally": abc("La Wally", "4/4", "1/8", "Am",
                 "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 ^G2 B2 | A4 E4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
                 "c2 B2 A2 ^G2 | A4 A4"),
    "gemma": abc("Gemma di Vergy", "6/8", "1/8", "F",
                 "F3 A2 c | d3 c3 | B3 G2 E | F6 | A3 c2 f | e3 d3 | c3 G2 E | F6"),
    "feltre": abc("Elena da Feltre", "12/8", "1/8", "Dm",
                  "D3 F3 A3 F3 | G3 B3 A6 | F3 A3 d3 c3 | B3 G3 E6 | A3 c3 f3 c3 | d3 B3 G3 E3 | "
                  "F3 E3 D3 ^C3 | D3 A,3 D6"),
    "corsaro": abc("Il corsaro", "4/4", "1/8", "Dm",
                   "D2 A2 F2 D2 | E2 G2 B2 G2 | F2 A2 d2 A2 | ^C4 A,4 | D2 F2 B2 G2 | A2 F2 E2 ^C2 | "
                   "D2 E2 F2 E2 | D4 D4"),
    "marcel": abc("Étienne Marcel", "4/4", "1/8", "Eb",
                  "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 D2 F2 | E4 B,4 | G2 B2 e2 B2 | c2 A2 F2 A2 | "
                  "G2 F2 E2 D2 | E4 E4"),
    "dorliska": abc("Torvaldo e Dorliska", "4/4", "1/8", "D",
                    "D2 F2 A2 d2 | c2 A2 B2 G2 | F2 A2 d2 f2 | e4 A4 | B2 d2 g2 f2 | e2 c2 A2 c2 | "
                    "d2 A2 F2 E2 | D4 D4"),
    "palmira": abc("Aureliano in Palmira", "4/4", "1/8", "C",
                   "C2 E2 G2 c2 | B2 G2 A2 F2 | E2 G2 c2 e2 | d4 G4 | A2 c2 f2 e2 | d2 B2 G2 B2 | "
                   "c2 G2 E2 D2 | C4 C4"),
    "undine": abc("Undine", "4/4", "1/8", "Bb",
                  "B,2 D2 F2 B2 | A2 F2 G2 E2 | D2 F2 B2 d2 | c4 F4 | G2 B2 e2 d2 | c2 A2 F2 A2 | "
                  "B2 F2 D2 C2 | B,4 B,4"),
    "kashchey": abc("Kashchey the Deathless", "4/4", "1/8", "Em",
                    "E2 G2 B2 E2 | F2 A2 c2 F2 | G2 B2 e2 B2 | ^D4 B,4 | E2 G2 B2 e2 | d2 B2 c2 A2 | "
                    "G2 F2 E2 ^D2 | E4 E4"),
    "oprichnik": abc("The Oprichnik", "4/4", "1/8", "Cm",
                     "C2 E2 G2 C2 | D2 F2 A2 D2 | E2 G2 c2 G2 | =B,4 G,4 | C2 E2 G2 c2 | B2 G2 A2 F2 | "
                     "E2 D2 C2 =B,2 | C4 C4"),
    "zemire": abc("Zemire und Azor", "3/4", "1/8", "F",
                  "F2 A2 c2 | B4 A2 | G2 F2 E2 | D4 C2 | F2 A2 d2 | c4 B2 | A2 G2 F2 | E4 C2 | "
                  "F2 A2 c2 | f4 e2 | d2 c2 B2 | A4 G2 | B2 G2 E2 | F4 A2 | G2 E2 C2 | F4 F2"),
    "jakobin": abc("Jakobín", "5/4", "1/8", "D",
                   "D2 F2 A2 F2 D2 | E2 G2 B2 G2 E2 | F2 A2 d2 A2 F2 | C2 E2 A2 E2 C2 | "
                   "D2 F2 A2 d2 c2 | B2 G2 E2 G2 B2 | A2 F2 D2 F2 A2 | D2 D2 D2 D2 D2"),
    # folk pieces
    "roscommon": abc("Roscommon Reel", "2/2", "1/8", "D",
                     "D2 F2 A2 d2 | B A F D E2 D2 | F A A F G F E D | A, C E C D2 D2 | "
                     "d2 d2 A2 F2 | G F E D C D E G | F E D F E D B, A, | A, B, C E D2 D2"),
    "rilbheara": abc("Ríl Bhéara", "2/2", "1/8", "G",
                     "G B d g d B G B | A c e c A F D F | G B d B g f g d | e c A F G2 G2 | "
                     "d g g f g a b g | a f d f a g f d | e g f a g d B G | A F D F G2 G2"),
    "cheshire": abc("Cheshire Hornpipe", "2/2", "1/8", "G",
                    "D G B d g d B G | A c e c a f d c | B d g b g d B G | A G F E F2 D2 | "
                    "G B d g b g d B | c e g e c A F A | B d c e d f e g | f d A F G2 G2"),
    "hennessy": abc("Hennessy's Hornpipe", "2/2", "1/8", "F",
                    "C F A c f c A F | G B d B G E C E | F A c A f A c A | G E C E F2 C2 | "
                    "A c f c A c f c | B d g d B d g d | c A B G A F G E | F A G E F2 F2"),
    "skocna": abc("Skočná", "2/4", "1/8", "A",
                  "A c e c | A c e2 | B d e d | B d e2 | c e a e | d f e d | c B A B | c2 A2 | "
                  "e a c' a | b g e g | a f d f | e2 e2 | c e a c' | b g e d | c B A B | A2 A2"),
    "obkrocak": abc("Obkročák", "2/4", "1/8", "F",
                    "F A c A | B2 G2 | E G B G | A2 F2 | F A c f | e c d B | A G F E | F2 C2 | "
                    "c d c B | A2 F2 | B c B A | G2 E2 | F A G B | A c B G | F E G E | F2 F2"),
    "chamame": abc("Chamamé", "6/8", "1/8", "Dm",
                   "D2 F A2 F | G2 E ^C2 E | F2 D A2 F | E2 ^C D3 | A2 G F2 E | D2 F E2 ^C | D2 E F2 E | D2 D D3"),
    "malambo": abc("Malambo", "6/8", "1/8", "Em",
                   "B,2 E G2 E | F2 ^D B,2 D | E2 G B2 e | c2 B G3 | B,2 E G2 E | A2 F ^D2 F | E2 C B,2 ^D | E2 E E3"),
    "baltimore": abc("The Baltimore Salute", "9/8", "1/8", "D",
                     "D2 F A2 F D2 F | E2 G B2 G E2 G | F2 A d2 A F2 D | E2 C A,2 C E3 | "
                     "A2 d d2 A F2 A | G2 B B2 G E2 G | F2 D E2 C D2 B, | C2 A, B,2 C D3"),
    "yaravi": abc("Yaraví", "6/8", "1/8", "Am",
                  "A3 c2 e | f3 e3 | d3 B2 ^G | A6 | e3 a2 g | f3 d3 | e3 c2 B | A6"),
    "pols": abc("Pols", "3/4", "1/8", "G",
                "G2 B2 d2 | e4 d2 | c2 A2 F2 | G4 D2 | B2 d2 g2 | f4 e2 | d2 c2 B2 | A4 D2 | "
                "G2 B2 d2 | g4 f2 | e2 c2 A2 | B4 d2 | c2 B2 A2 | G4 F2 | E2 D2 C2 | D4 G2"),
}
