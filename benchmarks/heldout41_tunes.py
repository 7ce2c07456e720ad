"""Public-domain melodies for real-heldout41, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Werther (Jules
Massenet, 1892; died 1912), Zazà (Ruggero Leoncavallo, 1900; died 1919), Siberia (Umberto Giordano,
1903; died 1948), Friederike (Franz Lehár, 1928; died 1948), Mignon (Ambroise Thomas, 1866; died
1896), Euryanthe (Carl Maria von Weber, 1823; died 1826), Ernani (Giuseppe Verdi, 1844; died 1901),
Zelmira (Gioachino Rossini, 1822; died 1868), Fierrabras (Franz Schubert, 1823; died 1828), Libuše
(Bedřich Smetana, 1881; died 1884), Lodoletta (Pietro Mascagni, 1917; died 1945), Taras Bulba
(Mykola Lysenko, written 1890; died 1912), Ivanhoe (Arthur Sullivan, 1891; died 1900), Lalla-Roukh
(Félicien David, 1862; died 1876) and Šárka (Zdeněk Fibich, 1897; died 1900). Folk pieces: Cluck
Old Hen and Bonaparte's Retreat (traditional American, old-time), The Job of Journeywork
(traditional Irish set dance), The Aberdeen Hornpipe (traditional Scottish), Barynya (traditional
Russian), Pentozali (traditional Cretan), Hooper's Jig (traditional English), Xiringüelu
(traditional Asturian), Pay the Reckoning (traditional Irish), Ballinderry (traditional Irish, Co.
Antrim) and Varsovienne (traditional). Attribution and dates are from memory. Written here from
memory, not copied from a collection: the notes are an outline in the tune's key, metre and shape
more than its exact notes (the grid, exact by construction, is what is scored). The band pieces
are re-shaped for their arrangement, as a band would: in plain 4/4, Mignon in 6/8, Euryanthe in
12/8, Lalla-Roukh in 3/4, Šárka in 5/4 throughout; running figures and dotted rhythms evened out
(the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "werther": abc("Werther", "4/4", "1/8", "Eb",
                   "G2 B2 e2 B2 | c2 A2 F2 A2 | B2 G2 E2 G2 | F4 B,4 | E2 G2 B2 e2 | d2 c2 B2 A2 | "
                   "G2 F2 E2 F2 | E4 E4"),
    "zaza": abc("Zazà", "4/4", "1/8", "A",
                "A2 c2 e2 c2 | d2 B2 G2 B2 | c2 A2 F2 A2 | E4 E4 | F2 A2 d2 c2 | B2 c2 d2 B2 | "
                "c2 B2 A2 G2 | A4 A4"),
    "siberia": abc("Siberia", "4/4", "1/8", "Em",
                   "E2 G2 B2 G2 | A2 c2 B2 G2 | F2 A2 d2 A2 | G4 E4 | B2 e2 g2 e2 | ^d2 B2 c2 A2 | "
                   "G2 F2 E2 ^D2 | E4 E4"),
    "friederike": abc("Friederike", "4/4", "1/8", "F",
                      "c2 f2 a2 f2 | g2 e2 c2 e2 | f2 d2 B2 d2 | c4 A4 | B2 d2 g2 f2 | e2 g2 c'2 b2 | "
                      "a2 g2 f2 e2 | f4 f4"),
    "mignon": abc("Mignon", "6/8", "1/8", "E",
                  "E3 G2 B | c3 B3 | A3 F2 A | G6 | B3 e2 d | c3 A3 | B3 F2 D | E6"),
    "euryanthe": abc("Euryanthe", "12/8", "1/8", "Eb",
                     "E3 G3 B3 G3 | A3 c3 B6 | G3 B3 e3 d3 | c3 A3 F6 | B3 d3 f3 d3 | e3 c3 A3 F3 | "
                     "G3 F3 E3 D3 | E3 B,3 E6"),
    "ernani": abc("Ernani", "4/4", "1/8", "F",
                  "F2 A2 c2 A2 | B2 G2 E2 G2 | A2 c2 f2 c2 | d4 B4 | c2 e2 g2 e2 | f2 d2 B2 d2 | "
                  "c2 B2 A2 G2 | F4 F4"),
    "zelmira": abc("Zelmira", "4/4", "1/8", "G",
                   "D2 G2 B2 G2 | A2 F2 D2 F2 | G2 B2 d2 B2 | c4 A4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                   "B2 A2 G2 F2 | G4 G4"),
    "fierrabras": abc("Fierrabras", "4/4", "1/8", "Bm",
                      "B,2 D2 F2 B2 | A2 F2 G2 E2 | F2 D2 B,2 D2 | C4 F,4 | D2 F2 B2 d2 | c2 A2 B2 G2 | "
                      "F2 E2 D2 C2 | B,4 B,4"),
    "libuse": abc("Libuše", "4/4", "1/8", "C",
                  "C2 E2 G2 c2 | B2 G2 A2 F2 | E2 G2 c2 e2 | d4 G4 | A2 c2 f2 e2 | d2 B2 G2 B2 | "
                  "c2 G2 E2 D2 | C4 C4"),
    "lodoletta": abc("Lodoletta", "4/4", "1/8", "D",
                     "F2 A2 d2 A2 | B2 G2 E2 G2 | A2 F2 D2 F2 | E4 A,4 | D2 F2 A2 d2 | c2 e2 d2 B2 | "
                     "A2 G2 F2 E2 | D4 D4"),
    "taras": abc("Taras Bulba", "4/4", "1/8", "Gm",
                 "G2 B2 d2 G2 | F2 A2 c2 F2 | E2 G2 B2 E2 | D4 D4 | G2 B2 d2 g2 | f2 d2 e2 c2 | "
                 "B2 A2 G2 ^F2 | G4 G4"),
    "ivanhoe": abc("Ivanhoe", "4/4", "1/8", "Bb",
                   "B2 F2 D2 F2 | G2 B2 d2 B2 | c2 A2 F2 A2 | B4 F4 | d2 f2 b2 f2 | g2 e2 c2 e2 | "
                   "d2 c2 B2 A2 | B4 B4"),
    "lalla": abc("Lalla-Roukh", "3/4", "1/8", "D",
                 "F2 A2 d2 | c4 B2 | A2 G2 F2 | E4 A,2 | G2 B2 e2 | d4 c2 | B2 A2 G2 | F4 D2 | "
                 "F2 A2 d2 | f4 e2 | d2 c2 B2 | A4 F2 | G2 E2 C2 | D4 E2 | F2 E2 C2 | D4 D2"),
    "sarka": abc("Šárka", "5/4", "1/8", "Dm",
                 "D2 F2 A2 F2 D2 | E2 G2 B2 G2 E2 | F2 A2 d2 A2 F2 | ^C2 E2 A2 E2 ^C2 | "
                 "D2 F2 A2 d2 c2 | B2 G2 E2 G2 B2 | A2 F2 D2 F2 A2 | D2 D2 D2 D2 D2"),
    # folk pieces
    "cluckhen": abc("Cluck Old Hen", "2/2", "1/8", "A",
                    "e a a g a2 e d | c A B c d2 c B | A c e c a e c A | B G E G A2 A2 | "
                    "a b a g e d c e | d c B A G A B G | A c e a g e d B | c A B G A2 A2"),
    "bonaparte": abc("Bonaparte's Retreat", "2/2", "1/8", "D",
                     "A d d c d e f d | e A A G F E D F | A d d c d e f a | g e c e d2 d2 | "
                     "f a a g f e d f | e c A c e f g e | f d e c d B A F | E D E F D2 D2"),
    "journeywork": abc("The Job of Journeywork", "2/2", "1/8", "D",
                       "F A d A f d A F | G B e B g e B G | F A d f a f d A | B G E G F2 D2 | "
                       "d f a f d f a f | g e c e g e c A | B d c e d f e g | f d A F D2 D2"),
    "aberdeen": abc("The Aberdeen Hornpipe", "2/2", "1/8", "G",
                    "G B d B g d B d | c e g e c A F A | G B d g b g d B | A F D F G2 G,2 | "
                    "B, D G D B, D G B | c A F A c e f a | g f e d c B A F | G D B, D G2 G2"),
    "barynya": abc("Barynya", "2/4", "1/8", "Dm",
                   "D F A F | D F A2 | E G B G | A2 A2 | F A d A | B A G F | E D ^C E | D2 A,2 | "
                   "A d c B | A G F E | F E D ^C | D2 D2 | G B d B | A F D F | E ^C A, E | D2 D2"),
    "pentozali": abc("Pentozali", "2/4", "1/8", "Am",
                     "A B c A | B c d B | c d e c | B2 E2 | A c e a | g e f d | e d c B | A2 A2 | "
                     "e f g e | f e d c | d c B A | B2 E2 | c B A c | B A ^G B | A ^G A B | A2 A2"),
    "hooper": abc("Hooper's Jig", "6/8", "1/8", "G",
                  "G2 B d2 B | c2 A F2 A | G2 B d2 g | f2 d e3 | d2 B c2 A | B2 G A2 F | G2 B A2 F | G2 G G3"),
    "xiringuelu": abc("Xiringüelu", "6/8", "1/8", "C",
                      "C2 E G2 E | F2 A G2 E | D2 F E2 G | D2 E C3 | G2 c e2 c | d2 B G2 B | c2 A G2 E | D2 D C3"),
    "reckoning": abc("Pay the Reckoning", "9/8", "1/8", "D",
                     "D2 F A2 F D2 F | E2 G B2 G E2 G | F2 A d2 A F2 D | E2 C A,2 C E3 | "
                     "A2 d d2 A F2 A | B2 e e2 B G2 B | A2 F G2 E F2 D | E2 C A,2 C D3"),
    "ballinderry": abc("Ballinderry", "6/8", "1/8", "F",
                       "F3 A2 c | d3 c3 | A3 G2 F | D6 | C3 F2 G | A3 G3 | F3 D2 C | F6"),
    "varsovienne": abc("Varsovienne", "3/4", "1/8", "G",
                       "d2 g2 b2 | a4 g2 | f2 d2 A2 | B4 G2 | D2 G2 B2 | c4 d2 | e2 d2 c2 | A4 A2 | "
                       "d2 g2 b2 | d'4 c'2 | b2 g2 e2 | f4 d2 | e2 c2 A2 | B4 d2 | c2 A2 F2 | G4 G2"),
}
