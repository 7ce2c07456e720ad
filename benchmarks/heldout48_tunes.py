"""Public-domain melodies for real-heldout48, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Natoma (Victor
Herbert, 1911; died 1924), Lurline (William Vincent Wallace, 1860; died 1865), Padmâvatî (Albert
Roussel, 1923; died 1937), Mârouf (Henri Rabaud, 1914; died 1949), Sāvitri (Gustav Holst, 1916;
died 1934), Gildet på Solhaug (Wilhelm Stenhammar, 1899; died 1927), La jacquerie (Édouard Lalo,
completed by Arthur Coquard, 1895; died 1892 and 1910), Ingwelde (Max von Schillings, 1894; died
1933), Oresteia (Sergei Taneyev, 1895; died 1915), Der Templer und die Jüdin (Heinrich Marschner,
1829; died 1861), Niccolò de' Lapi (Giovanni Pacini, 1873; died 1867, staged after his death),
Anoush (Armen Tigranian, 1912; died 1950), The Veiled Prophet (Charles Villiers Stanford, 1881;
died 1924), Der Widerspenstigen Zähmung (Hermann Goetz, 1874; died 1876) and Porin (Vatroslav
Lisinski, written 1851, staged 1897; died 1854). Folk pieces: the Reel de Charlevoix and the Reel
de Joliette (traditional Québécois), the Shropshire Hornpipe and the Sussex Hornpipe (traditional
English), Bătută (traditional Romanian), Lundu (traditional Brazilian), Sardana (traditional
Catalan), Petenera (traditional Spanish), Shanahan's (traditional Irish), Endecha (traditional
Canarian) and Sevillanas (traditional Andalusian). Attribution and dates are from memory. Written
here from memory, not copied from a collection: the notes are an outline in the tune's key, metre
and shape more than its exact notes (the grid, exact by construction, is what is scored). The
band pieces are re-shaped for their arrangement, as a band would: in plain 4/4, Sāvitri in 6/8,
Gildet på Solhaug in 12/8, Der Widerspenstigen Zähmung in 3/4, Porin in 5/4 throughout; running
figures and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check). No
pickups: every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks
every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "natoma": abc("Natoma", "4/4", "1/8", "Bb",
                  "B,2 F2 D2 F2 | E2 G2 F2 D2 | C2 E2 A2 F2 | B4 F4 | D2 F2 B2 d2 | c2 e2 d2 B2 | "
                  "B2 G2 E2 C2 | B,4 B,4"),
    "lurline": abc("Lurline", "4/4", "1/8", "G",
                   "G2 B2 D2 B2 | c2 E2 D2 B,2 | A,2 C2 F2 D2 | G4 D4 | B2 d2 g2 d2 | e2 g2 f2 d2 | "
                   "c2 A2 F2 D2 | G4 G4"),
    "padmavati": abc("Padmâvatî", "4/4", "1/8", "Bm",
                     "B2 d2 f2 d2 | e2 c2 A2 c2 | d2 f2 b2 f2 | ^a4 f4 | g2 e2 c2 e2 | f2 d2 B2 d2 | "
                     "c2 B2 ^A2 c2 | B4 B4"),
    "marouf": abc("Mârouf", "4/4", "1/8", "E",
                  "E2 B2 G2 B2 | A2 c2 B2 G2 | F2 A2 c2 e2 | B4 G4 | e2 B2 G2 E2 | F2 A2 B2 d2 | "
                  "c2 A2 F2 D2 | E4 E4"),
    "savitri": abc("Sāvitri", "6/8", "1/8", "Dm",
                   "D3 A2 F | G3 F3 | E3 ^C2 E | D6 | F3 A2 d | c3 B3 | A3 ^C2 E | D6"),
    "solhaug": abc("Gildet på Solhaug", "12/8", "1/8", "F",
                   "F3 A3 c3 A3 | B3 G3 F6 | A3 c3 f3 e3 | d3 B3 G6 | c3 e3 g3 e3 | f3 d3 B3 G3 | "
                   "A3 G3 F3 E3 | F3 C3 F6"),
    "jacquerie": abc("La jacquerie", "4/4", "1/8", "Bm",
                     "B,2 F2 D2 F2 | G2 E2 C2 E2 | F2 B2 d2 B2 | ^A4 F4 | D2 F2 B2 d2 | c2 e2 d2 B2 | "
                     "G2 F2 E2 ^A,2 | B,4 B,4"),
    "ingwelde": abc("Ingwelde", "4/4", "1/8", "Ab",
                    "A2 E2 C2 E2 | F2 A2 G2 E2 | D2 F2 B2 G2 | A4 E4 | c2 e2 a2 e2 | f2 a2 g2 e2 | "
                    "d2 B2 G2 E2 | A4 A4"),
    "oresteia": abc("Oresteia", "4/4", "1/8", "Cm",
                    "C2 E2 G2 E2 | A2 F2 D2 F2 | G2 =B2 d2 =B2 | c4 G4 | E2 G2 c2 G2 | F2 A2 c2 A2 | "
                    "G2 F2 E2 D2 | C4 C4"),
    "templer": abc("Der Templer und die Jüdin", "4/4", "1/8", "D",
                   "D2 A2 F2 D2 | E2 B2 G2 E2 | F2 A2 d2 c2 | B4 A4 | d2 f2 a2 f2 | g2 e2 c2 e2 | "
                   "d2 c2 B2 c2 | d4 d4"),
    "lapi": abc("Niccolò de' Lapi", "4/4", "1/8", "A",
                "A2 E2 c2 E2 | B2 E2 d2 E2 | c2 A2 e2 c2 | B4 E4 | A2 c2 e2 a2 | g2 e2 f2 d2 | "
                "c2 B2 A2 G2 | A4 A4"),
    "anoush": abc("Anoush", "4/4", "1/8", "Gm",
                  "G,2 B,2 D2 G2 | F2 D2 E2 C2 | D2 G2 B2 G2 | ^F4 D4 | G2 B2 d2 B2 | c2 A2 ^F2 A2 | "
                  "G2 D2 B,2 A,2 | G,4 G,4"),
    "prophet": abc("The Veiled Prophet", "4/4", "1/8", "Em",
                   "E2 B2 G2 B2 | A2 c2 B2 G2 | F2 A2 ^d2 A2 | e4 B4 | G2 B2 e2 g2 | f2 ^d2 B2 d2 | "
                   "e2 B2 G2 F2 | E4 E4"),
    "zaehmung": abc("Der Widerspenstigen Zähmung", "3/4", "1/8", "D",
                    "D2 F2 A2 | B4 A2 | G2 F2 E2 | F4 D2 | E2 G2 B2 | A4 G2 | F2 E2 D2 | E4 A,2 | "
                    "D2 F2 A2 | d4 c2 | B2 A2 G2 | F4 E2 | G2 E2 C2 | D4 F2 | E2 C2 A,2 | D4 D2"),
    "porin": abc("Porin", "5/4", "1/8", "Am",
                 "A2 c2 e2 c2 A2 | B2 d2 f2 d2 B2 | c2 e2 a2 e2 c2 | ^G2 B2 e2 B2 ^G2 | "
                 "A2 c2 e2 a2 g2 | f2 d2 B2 d2 f2 | e2 c2 A2 c2 e2 | A2 A2 A2 A2 A2"),
    # folk pieces
    "charlevoix": abc("Reel de Charlevoix", "2/2", "1/8", "A",
                      "A, C E A c A E C | D F A F D B, G, B, | A, C E A c e c A | B G E G A2 A2 | "
                      "e c A c e a e c | f d B d f a f d | e c d B c A E A | B G E G A2 A2"),
    "joliette": abc("Reel de Joliette", "2/2", "1/8", "D",
                    "D2 F2 A2 d2 | B A F D E2 D2 | F A A F G F E D | A, C E C D2 D2 | "
                    "d2 d2 A2 F2 | G F E D C D E G | F E D F E D B, A, | A, B, C E D2 D2"),
    "shropshire": abc("Shropshire Hornpipe", "2/2", "1/8", "G",
                      "D G B d g d B G | A c e c a f d c | B d g b g d B G | A G F E F2 D2 | "
                      "G B d g b g d B | c e g e c A F A | B d c e d f e g | f d A F G2 G2"),
    "sussex": abc("Sussex Hornpipe", "2/2", "1/8", "Bb",
                  "F, B, D F B F D B, | C E G E c A F E | D F B d B F D B, | C B, A, G, A,2 F,2 | "
                  "B, D F B d B F D | E G B G E C A, C | D F E G F A G B | A F C A, B,2 B,2"),
    "batuta": abc("Bătută", "2/4", "1/8", "Dm",
                  "D F A F | D F A2 | ^C E A E | ^C E A2 | D F d F | E G F E | D ^C D E | F2 D2 | "
                  "A d f d | e ^c A c | d B G B | A2 A2 | F A G B | A ^c B G | F E D ^C | D2 D2"),
    "lundu": abc("Lundu", "2/4", "1/8", "C",
                 "C E G E | F A G2 | E G c G | D F E2 | G c e c | d f e d | c B A G | G2 E2 | "
                 "F A c A | G B d2 | E G c G | F A G2 | E G F D | E C D B, | C E D B, | C2 C2"),
    "sardana": abc("Sardana", "6/8", "1/8", "F",
                   "F2 A c2 A | B2 G E2 G | A2 F c2 A | G2 E F3 | c2 B A2 G | F2 A G2 E | F2 G A2 G | F2 F F3"),
    "petenera": abc("Petenera", "6/8", "1/8", "Am",
                    "A2 c e2 c | d2 B ^G2 B | c2 A e2 c | B2 ^G A3 | e2 d c2 B | A2 c B2 ^G | A2 B c2 B | A2 A A3"),
    "shanahan": abc("Shanahan's", "9/8", "1/8", "A",
                    "A2 c e2 c A2 c | B2 d f2 d B2 d | c2 e a2 g f2 e | d2 B G2 B e3 | "
                    "c2 A E2 A c2 e | d2 f a2 f d2 B | c2 e d2 B G2 E | A2 E C2 E A3"),
    "endecha": abc("Endecha", "6/8", "1/8", "Gm",
                   "G3 B2 d | c3 B3 | A3 ^F2 D | G6 | d3 g2 f | e3 c3 | d3 B2 A | G6"),
    "sevillanas": abc("Sevillanas", "3/4", "1/8", "Em",
                      "E2 G2 B2 | e4 B2 | c2 A2 F2 | G4 B2 | A2 c2 e2 | ^d4 B2 | c2 B2 A2 | G4 F2 | "
                      "E2 G2 B2 | g4 f2 | e2 c2 A2 | B4 G2 | A2 G2 F2 | E4 ^D2 | F2 ^D2 B,2 | E4 E2"),
}
