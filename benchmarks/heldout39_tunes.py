"""Public-domain melodies for real-heldout39, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Djamileh
(Georges Bizet, 1872; died 1875), Maruxa (Amadeo Vives, 1914; died 1932), Lakmé (Léo Delibes,
1883; died 1891), Robin Hood (Reginald De Koven, 1890; died 1920), Mireille (Charles Gounod,
1864; died 1893), Hérodiade (Jules Massenet, 1881; died 1912), Nabucco (Giuseppe Verdi, 1842;
died 1901), Khovanshchina (Modest Mussorgsky, completed by Nikolai Rimsky-Korsakov, 1886; died
1881 and 1908), Lysistrata (Paul Lincke, 1902; died 1946), Hunyadi László (Ferenc Erkel, 1844;
died 1893), Mefistofele (Arrigo Boito, 1868; died 1918), Fedora (Umberto Giordano, 1898; died
1948), Manru (Ignacy Jan Paderewski, 1901; died 1941), Waldmeister (Johann Strauss II, 1895;
died 1899) and Dubrovsky (Eduard Nápravník, 1895; died 1916). Folk pieces: Reel de Sherbrooke
and Reel de la Pointe-au-Pic (traditional Québécois), The Factory Smoke and The Galtee Hornpipe
(traditional Irish), Syrtos (traditional Greek), Suktinis (traditional Lithuanian), The
Gallowglass (traditional Irish), Gangar (traditional Norwegian), The Soup of Dumplings
(traditional Irish), Morag of Dunvegan (traditional Scottish) and Sousedská (traditional Czech).
Attribution and dates are from memory. Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the grid,
exact by construction, is what is scored). The band pieces are re-shaped for their arrangement,
as a band would: in plain 4/4, Mireille in 6/8, Hérodiade in 12/8, Waldmeister in 3/4, Dubrovsky
in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "djamileh": abc("Djamileh", "4/4", "1/8", "Am",
                    "E2 A2 c2 e2 | d2 c2 B2 A2 | ^G2 B2 e2 B2 | A4 E4 | F2 A2 d2 f2 | e2 d2 c2 B2 | "
                    "A2 ^G2 F2 E2 | A4 A4"),
    "maruxa": abc("Maruxa", "4/4", "1/8", "C",
                  "C2 E2 G2 E2 | F2 A2 G2 E2 | D2 F2 A2 c2 | B4 G4 | c2 B2 A2 G2 | F2 E2 D2 F2 | "
                  "E2 G2 D2 B,2 | C4 C4"),
    "lakme": abc("Lakmé", "4/4", "1/8", "Bm",
                 "B2 d2 f2 b2 | a2 f2 e2 d2 | c2 e2 g2 e2 | f4 B4 | d2 c2 B2 A2 | G2 B2 e2 g2 | "
                 "f2 e2 d2 c2 | B4 B4"),
    "robinhood": abc("Robin Hood", "4/4", "1/8", "G",
                     "G2 G2 B2 d2 | e2 d2 B2 G2 | A2 B2 c2 A2 | B4 G4 | d2 d2 e2 f2 | g2 f2 e2 d2 | "
                     "c2 B2 A2 F2 | G4 G4"),
    "mireille": abc("Mireille", "6/8", "1/8", "A",
                    "c3 e2 c | B3 A3 | F3 A2 F | E6 | A3 c2 e | f3 e3 | d3 B2 G | A6"),
    "herodiade": abc("Hérodiade", "12/8", "1/8", "Cm",
                     "C3 E3 G3 E3 | F3 A3 G6 | c3 B3 A3 G3 | F3 D3 G6 | E3 G3 c3 G3 | A3 F3 D3 F3 | "
                     "G3 F3 E3 D3 | C3 C3 C6"),
    "nabucco": abc("Nabucco", "4/4", "1/8", "F",
                   "A2 A2 B2 c2 | d4 c4 | B2 A2 G2 A2 | F4 C4 | A2 A2 B2 c2 | f4 e4 | d2 c2 B2 G2 | F4 F4"),
    "khovanshchina": abc("Khovanshchina", "4/4", "1/8", "D",
                         "A2 f2 e2 d2 | c2 d2 e2 A2 | B2 d2 c2 B2 | A4 F4 | G2 B2 A2 G2 | F2 A2 G2 F2 | "
                         "E2 G2 F2 E2 | D4 D4"),
    "lysistrata": abc("Lysistrata", "4/4", "1/8", "G",
                      "d2 B2 c2 A2 | B2 G2 A2 F2 | G2 B2 d2 g2 | f4 d4 | e2 c2 d2 B2 | c2 A2 B2 G2 | "
                      "A2 F2 D2 F2 | G4 G4"),
    "hunyadi": abc("Hunyadi László", "4/4", "1/8", "Dm",
                   "D2 A2 A2 F2 | G2 B2 A2 F2 | E2 G2 ^c2 e2 | d4 A4 | f2 e2 d2 ^c2 | d2 B2 G2 B2 | "
                   "A2 G2 F2 E2 | D4 D4"),
    "mefistofele": abc("Mefistofele", "4/4", "1/8", "Eb",
                       "E2 G2 B2 e2 | d2 B2 c2 A2 | B2 G2 E2 G2 | F4 B,4 | G2 B2 e2 g2 | f2 d2 e2 c2 | "
                       "B2 A2 G2 F2 | E4 E4"),
    "fedora": abc("Fedora", "4/4", "1/8", "Em",
                  "B2 e2 g2 f2 | e2 d2 B2 A2 | G2 B2 e2 d2 | c4 A4 | B2 d2 f2 a2 | g2 f2 e2 d2 | "
                  "c2 B2 A2 ^D2 | E4 E4"),
    "manru": abc("Manru", "4/4", "1/8", "Gm",
                 "G2 d2 B2 G2 | A2 c2 B2 A2 | ^F2 A2 d2 c2 | B4 G4 | g2 f2 e2 d2 | c2 e2 d2 c2 | "
                 "B2 A2 G2 ^F2 | G4 G4"),
    "waldmeister": abc("Waldmeister", "3/4", "1/8", "D",
                       "F2 A2 d2 | f4 e2 | d2 c2 B2 | A4 F2 | G2 B2 e2 | g4 f2 | e2 d2 c2 | d4 A2 | "
                       "F2 A2 d2 | f4 a2 | g2 f2 e2 | B4 d2 | c2 e2 g2 | f4 e2 | d2 c2 A2 | D4 D2"),
    "dubrovsky": abc("Dubrovsky", "5/4", "1/8", "Em",
                     "E2 G2 B2 G2 E2 | F2 A2 c2 A2 F2 | G2 B2 e2 B2 G2 | ^D2 F2 B2 F2 ^D2 | "
                     "E2 G2 B2 e2 g2 | f2 d2 B2 d2 f2 | e2 c2 A2 c2 e2 | E2 E2 E2 E2 E2"),
    # folk pieces
    "sherbrooke": abc("Reel de Sherbrooke", "2/2", "1/8", "G",
                      "G B d B g d B d | c A F A d A F A | G B d g b g d B | c A F A G2 G2 | "
                      "B d g d B d g a | b g a f g e d B | c e d B A c B G | A F D F G2 G2"),
    "pointeaupic": abc("Reel de la Pointe-au-Pic", "2/2", "1/8", "D",
                       "D F A d f d A F | G B d B G B d B | F A d f a f d f | e c A c d2 D2 | "
                       "A d f d A d f a | g e c e g e c e | f d e c d B A F | E A G E D2 D2"),
    "factorysmoke": abc("The Factory Smoke", "2/2", "1/8", "A",
                        "A c e a g e c e | f d B d f d B G | A c e c a e c A | B G E G A2 A2 | "
                        "c e a e c e a c' | b g e g b g e g | a f d f e c B G | A E C E A2 A2"),
    "galtee": abc("The Galtee Hornpipe", "2/2", "1/8", "F",
                  "F A c f a f c A | B d g d B d g d | c A F A c f a f | g e c e f2 F2 | "
                  "A c f c A c f a | b g e g b g e c | d B c A B G A F | G E C E F2 F2"),
    "syrtos": abc("Syrtos", "2/4", "1/8", "Dm",
                  "D F A F | D F A2 | G B d B | A2 A2 | ^c e g e | f e d c | B A G F | E2 A,2 | "
                  "D d c B | A G F E | F A d f | e d ^c A | d c B A | G F E D | ^C E A, ^C | D2 D2"),
    "suktinis": abc("Suktinis", "2/4", "1/8", "C",
                    "c B A G | E G c2 | d c B A | G2 G2 | A c f a | g e c e | d f B d | c2 G2 | "
                    "E G c e | d B G B | c A F A | G2 E2 | F A d f | e c G c | B d G B | c2 c2"),
    "gallowglass": abc("The Gallowglass", "6/8", "1/8", "G",
                       "G2 B d2 B | c2 e d2 B | A2 c F2 A | G2 D G3 | B2 d g2 d | e2 c A2 c | B2 G A2 F | G2 G G3"),
    "gangar": abc("Gangar", "6/8", "1/8", "A",
                  "A2 c e2 c | f2 d c2 A | B2 d c2 A | E2 F E3 | A2 c e2 a | f2 d B2 d | c2 A B2 G | A2 A A3"),
    "dumplings": abc("The Soup of Dumplings", "9/8", "1/8", "G",
                     "G2 B d2 B G2 B | A2 c e2 c A2 c | B2 d g2 d B2 G | A2 F D2 F A3 | "
                     "d2 g g2 d B2 d | c2 e e2 c A2 c | B2 G A2 F G2 E | F2 A D2 F G3"),
    "morag": abc("Morag of Dunvegan", "6/8", "1/8", "D",
                 "D3 F2 A | B3 A3 | d3 c2 A | F6 | G3 A2 B | A3 F3 | E3 D2 E | D6"),
    "sousedska": abc("Sousedská", "3/4", "1/8", "F",
                     "c2 A2 F2 | G4 A2 | B2 d2 c2 | A4 F2 | c2 A2 F2 | G4 A2 | B2 G2 E2 | F4 F2 | "
                     "A2 c2 f2 | e4 d2 | c2 B2 A2 | G4 C2 | A2 c2 f2 | e4 g2 | f2 c2 A2 | F4 F2"),
}
