"""Public-domain melodies for real-heldout49, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Treemonisha
(Scott Joplin, 1911; died 1917), Le chemineau (Xavier Leroux, 1907; died 1919), Semirâma (Ottorino
Respighi, 1910; died 1936), Nerto (Charles-Marie Widor, 1924; died 1937), Yolande (Albéric Magnard,
1892; died 1914), Leyli and Majnun (Uzeyir Hajibeyov, 1908; died 1948), Genesius (Felix
Weingartner, 1892; died 1942), Banadietrich (Siegfried Wagner, 1900; died 1930), Glauco (Alberto
Franchetti, 1922; died 1942), Amleto (Franco Faccio, 1865; died 1891), La falena (Antonio
Smareglia, 1897; died 1929), The Saracen (César Cui, 1899; died 1918), Jessika (Josef Bohuslav
Foerster, 1905; died 1951), Gunlöd (Peter Cornelius, left unfinished, completed by others and
staged 1891; died 1874) and Nal and Damayanti (Anton Arensky, 1904; died 1906). Folk pieces: the
Reel de Portneuf and the Reel de Nicolet (traditional Québécois), the Suffolk Hornpipe and the
Devonshire Hornpipe (traditional English), Plena (traditional Puerto Rican), Pasacalle
(traditional Ecuadorian), Abozao and Bullerengue (traditional Colombian), Tierney's (traditional
Irish), Harawi (traditional Andean) and Hulán (traditional Czech). Attribution and dates are from
memory. Written here from memory, not copied from a collection: the notes are an outline in the
tune's key, metre and shape more than its exact notes (the grid, exact by construction, is what is
scored). The band pieces are re-shaped for their arrangement, as a band would: in plain 4/4,
Yolande in 6/8, Leyli and Majnun in 12/8, Gunlöd in 3/4, Nal and Damayanti in 5/4 throughout;
running figures and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check).
No pickups: every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py
checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "treemonisha": abc("Treemonisha", "4/4", "1/8", "F",
                       "F2 A2 c2 A2 | B2 d2 c2 A2 | G2 B2 e2 c2 | F4 C4 | A2 c2 f2 c2 | d2 f2 e2 c2 | "
                       "B2 G2 E2 C2 | F4 F4"),
    "chemineau": abc("Le chemineau", "4/4", "1/8", "Em",
                     "E2 G2 B2 G2 | A2 F2 D2 F2 | G2 B2 e2 B2 | ^D4 B,4 | E2 G2 B2 e2 | d2 B2 c2 A2 | "
                     "G2 F2 E2 ^D2 | E4 E4"),
    "semirama": abc("Semirâma", "4/4", "1/8", "C#m",
                    "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 A2 F2 | ^B,4 G,4 | c2 G2 E2 C2 | D2 F2 A2 c2 | "
                    "B2 G2 ^B,2 D2 | C4 C4"),
    "nerto": abc("Nerto", "4/4", "1/8", "D",
                 "D2 F2 A2 F2 | G2 B2 A2 F2 | E2 G2 c2 A2 | d4 A4 | F2 A2 d2 A2 | B2 d2 c2 A2 | "
                 "G2 E2 C2 E2 | D4 D4"),
    "yolande": abc("Yolande", "6/8", "1/8", "Am",
                   "A3 c2 e | d3 c3 | B3 ^G2 B | A6 | c3 e2 a | g3 f3 | e3 ^G2 B | A6"),
    "leyli": abc("Leyli and Majnun", "12/8", "1/8", "Dm",
                 "D3 F3 A3 F3 | G3 E3 D6 | F3 A3 d3 c3 | B3 G3 E6 | A3 ^c3 e3 ^c3 | d3 B3 G3 E3 | "
                 "F3 E3 D3 ^C3 | D3 A,3 D6"),
    "genesius": abc("Genesius", "4/4", "1/8", "Am",
                    "A,2 E2 C2 E2 | F2 D2 B,2 D2 | E2 A2 c2 A2 | ^G4 E4 | C2 E2 A2 c2 | B2 d2 c2 A2 | "
                    "F2 E2 D2 ^G,2 | A,4 A,4"),
    "banadietrich": abc("Banadietrich", "4/4", "1/8", "G",
                        "G2 D2 B,2 D2 | E2 G2 F2 D2 | C2 E2 A2 F2 | G4 D4 | B2 d2 g2 d2 | e2 g2 f2 d2 | "
                        "c2 A2 F2 D2 | G4 G4"),
    "glauco": abc("Glauco", "4/4", "1/8", "Fm",
                  "F2 A2 c2 A2 | B2 G2 E2 G2 | A2 c2 f2 c2 | =E4 C4 | A2 c2 f2 a2 | g2 e2 f2 c2 | "
                  "B2 A2 G2 =E2 | F4 F4"),
    "amleto": abc("Amleto", "4/4", "1/8", "Bb",
                  "B,2 F2 D2 B,2 | C2 G2 E2 C2 | D2 F2 B2 A2 | G4 F4 | B2 d2 f2 d2 | e2 c2 A2 c2 | "
                  "B2 A2 G2 A2 | B4 B4"),
    "falena": abc("La falena", "4/4", "1/8", "E",
                  "E2 B,2 G2 B,2 | F2 B,2 A2 B,2 | G2 E2 B2 G2 | F4 B,4 | E2 G2 B2 e2 | d2 B2 c2 A2 | "
                  "G2 F2 E2 D2 | E4 E4"),
    "saracen": abc("The Saracen", "4/4", "1/8", "Dm",
                   "D,2 F,2 A,2 D2 | C2 A,2 B,2 G,2 | A,2 D2 F2 D2 | ^C4 A,4 | D2 F2 A2 F2 | G2 E2 ^C2 E2 | "
                   "D2 A,2 F,2 E,2 | D,4 D,4"),
    "jessika": abc("Jessika", "4/4", "1/8", "Bm",
                   "B,2 F2 D2 F2 | E2 G2 F2 D2 | C2 E2 ^A2 E2 | B4 F4 | D2 F2 B2 d2 | c2 ^A2 F2 A2 | "
                   "B2 F2 D2 C2 | B,4 B,4"),
    "gunlod": abc("Gunlöd", "3/4", "1/8", "G",
                  "G2 B2 d2 | e4 d2 | c2 B2 A2 | B4 G2 | A2 c2 e2 | d4 c2 | B2 A2 G2 | A4 D2 | "
                  "G2 B2 d2 | g4 f2 | e2 d2 c2 | B4 A2 | c2 A2 F2 | G4 B2 | A2 F2 D2 | G4 G2"),
    "damayanti": abc("Nal and Damayanti", "5/4", "1/8", "Em",
                     "E2 G2 B2 G2 E2 | F2 A2 c2 A2 F2 | G2 B2 e2 B2 G2 | ^D2 F2 B2 F2 ^D2 | "
                     "E2 G2 B2 e2 d2 | c2 A2 F2 A2 c2 | B2 G2 E2 G2 B2 | E2 E2 E2 E2 E2"),
    # folk pieces
    "portneuf": abc("Reel de Portneuf", "2/2", "1/8", "G",
                    "G, B, D G B G D B, | C E G E C A, F, A, | G, B, D G B d B G | A F D F G2 G2 | "
                    "d B G B d g d B | e c A c e g e c | d B c A B G D G | A F D F G2 G2"),
    "nicolet": abc("Reel de Nicolet", "2/2", "1/8", "A",
                   "A2 c2 e2 a2 | f e c A B2 A2 | c e e c d c B A | E G B G A2 A2 | "
                   "a2 a2 e2 c2 | d c B A G A B d | c B A c B A F E | E F G B A2 A2"),
    "suffolk": abc("Suffolk Hornpipe", "2/2", "1/8", "D",
                   "A, D F A d A F D | E G B G e c A G | F A d f d A F D | E D C B, C2 A,2 | "
                   "D F A d f d A F | G B d B G E C E | F A G B A c B d | c A E C D2 D2"),
    "devonshire": abc("Devonshire Hornpipe", "2/2", "1/8", "F",
                      "C F A c f c A F | G B d B g e c B | A c f a f c A F | G F E D E2 C2 | "
                      "F A c f a f c A | B d f d B G E G | A c B d c e d f | e c G E F2 F2"),
    "plena": abc("Plena", "2/4", "1/8", "G",
                 "G B d B | c e d2 | B d g d | A c B2 | d g b g | a c' b a | g f e d | d2 B2 | "
                 "c e g e | d f a2 | B d g d | c e d2 | B d c A | B G A F | G B A F | G2 G2"),
    "pasacalle": abc("Pasacalle", "2/4", "1/8", "Em",
                     "E G B G | E G B2 | ^D F B F | ^D F B2 | E G e G | F A G F | E ^D E F | G2 E2 | "
                     "B e g e | f ^d B d | e c A c | B2 B2 | G B A c | B ^d c A | G F E ^D | E2 E2"),
    "abozao": abc("Abozao", "6/8", "1/8", "Dm",
                  "D2 F A2 F | G2 E ^C2 E | F2 D A2 F | E2 ^C D3 | A2 G F2 E | D2 F E2 ^C | D2 E F2 E | D2 D D3"),
    "bullerengue": abc("Bullerengue", "6/8", "1/8", "G",
                       "G2 B d2 B | c2 A F2 A | B2 G d2 B | A2 F G3 | d2 c B2 A | G2 B A2 F | G2 A B2 A | G2 G G3"),
    "tierney": abc("Tierney's", "9/8", "1/8", "D",
                   "D2 F A2 F D2 F | E2 G B2 G E2 G | F2 A d2 c B2 A | G2 E C2 E A3 | "
                   "F2 D A,2 D F2 A | G2 B d2 B G2 E | F2 A G2 E C2 A, | D2 A, F,2 A, D3"),
    "harawi": abc("Harawi", "6/8", "1/8", "Em",
                  "E3 G2 B | A3 G3 | F3 ^D2 F | E6 | B3 e2 d | c3 A3 | B3 G2 F | E6"),
    "hulan": abc("Hulán", "3/4", "1/8", "C",
                 "C2 E2 G2 | c4 G2 | A2 F2 D2 | E4 G2 | F2 A2 c2 | B4 G2 | A2 G2 F2 | E4 D2 | "
                 "C2 E2 G2 | e4 d2 | c2 A2 F2 | G4 E2 | F2 E2 D2 | C4 B,2 | D2 B,2 G,2 | C4 C2"),
}
