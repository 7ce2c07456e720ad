"""Public-domain melodies for real-heldout13, transcribed for this set (ABC, melody only).

Traditional tunes (Irish reels, hornpipes, polkas and a slip jig, The Minstrel Boy, The
Lincolnshire Poacher, Dark Eyes, Brown Girl in the Ring, De Colores, Shosholoza, the chant Dies
Irae) and tunes published before 1900 whose writers died more than 70 years ago (Vivaldi 1741,
Bach 1750, Handel 1759, Tchaikovsky 1893, Offenbach 1880, Fučík 1916, Johann Strauss II 1899,
Martini 1816, Edmund Sears and Richard Storrs Willis 1876/1900, John Walter Bratton 1947 for a
tune published in 1907). Written here from memory, not copied from a collection: most follow the
tune's outline rather than any printed setting (the notes matter less than the grid, which is
exact by construction). Some are re-shaped for their arrangement, as a band would: The
Lincolnshire Poacher and Plaisir d'amour re-barred in 5/4, De Colores and Dark Eyes in 4/4,
Vivaldi's Spring, the Toccata, the Teddy Bears' Picnic and the Entry of the Gladiators in plain
4/4 with even eighths (a dotted rhythm leaves beats without a note, which the renderer core's
>= 60 % notes-on-beats check refuses). No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "primavera": abc("La primavera (The Four Seasons, RV 269)", "4/4", "1/8", "E",
                     "E2 G2 G2 G2 | F E B4 B2 | E2 G2 G2 G2 | F E B4 B2 | B A G A B2 A2 | G2 F2 E4 | "
                     "B A G A B2 A2 | G2 F2 E4"),
    "minstrel_boy": abc("The Minstrel Boy", "4/4", "1/8", "F",
                        "F2 G2 A2 B2 | c2 d2 c2 A2 | G2 F2 G2 A2 | F4 F4 | F2 G2 A2 B2 | c2 d2 c2 A2 | "
                        "G2 F2 E2 G2 | F4 F4 | c2 c2 d2 c2 | A2 G2 A2 c2 | d2 c2 A2 G2 | A4 G4 | "
                        "F2 G2 A2 B2 | c2 d2 c2 A2 | G2 F2 G2 E2 | F4 F4"),
    "dies_irae": abc("Dies Irae", "4/4", "1/8", "Dm",
                     "F2 E2 F2 D2 | E2 C2 D4 | F2 F2 G2 F2 | E2 D2 C2 E2 | F2 E2 D4 | F2 E2 F2 D2 | "
                     "E2 C2 D4 | D2 D2 D4"),
    "toccata": abc("Toccata and Fugue in D minor (BWV 565)", "4/4", "1/8", "Dm",
                   "a2 g2 a4 | g2 f2 e2 d2 | ^c2 d2 d4 | A2 G2 A4 | F2 G2 E2 D2 | ^C2 D2 D4 | "
                   "A2 ^c2 e2 g2 | f2 e2 d4"),
    "dark_eyes": abc("Dark Eyes (Ochi chyornye)", "4/4", "1/8", "Am",
                     "E2 A2 B2 c2 | d4 c4 | B2 A2 ^G2 A2 | B4 E4 | E2 ^G2 A2 B2 | c4 B4 | A2 ^G2 F2 ^G2 | "
                     "A4 A4"),
    "garland_waltz": abc("Garland Waltz (The Sleeping Beauty)", "3/4", "1/8", "D",
                         "A4 F2 | G4 E2 | F2 G2 A2 | B4 A2 | d4 c2 | B4 A2 | G2 F2 E2 | F4 F2 | "
                         "A4 F2 | G4 E2 | F2 G2 A2 | B4 A2 | d4 f2 | e4 d2 | c2 B2 c2 | d4 d2"),
    "lincolnshire": abc("The Lincolnshire Poacher", "5/4", "1/8", "G",
                        "G2 G2 B2 d2 d2 | e2 d2 B2 A2 G2 | A2 A2 B2 c2 B2 | A2 G2 A2 B2 A2 | "
                        "G2 G2 B2 d2 d2 | e2 d2 B2 A2 G2 | A2 B2 c2 A2 F2 | G2 A2 G2 F2 G2"),
    "barcarolle": abc("Barcarolle (The Tales of Hoffmann)", "6/8", "1/8", "D",
                      "F2 G A2 F | E3 E3 | F2 G A2 F | E3 E3 | A2 B c2 A | G3 F3 | E2 F G2 E | D3 D3"),
    "pifa": abc("Pastoral Symphony (Pifa, Messiah)", "12/8", "1/8", "C",
                "E2 F G3 G2 A G3 | F2 E D3 D2 E F3 | E2 F G3 c2 B A3 | G2 F E3 D3 C3 | "
                "E2 F G3 G2 A G3 | A2 G F3 F2 E D3 | E2 F G3 A2 F D3 | C2 D E3 C3 C3"),
    "teddy_bears": abc("The Teddy Bears' Picnic", "4/4", "1/8", "G",
                       "B2 G2 B2 G2 | A2 F2 D4 | B2 G2 B2 G2 | A2 c2 B4 | d2 B2 d2 B2 | c2 A2 F4 | "
                       "G2 A2 B2 A2 | G2 G2 G4"),
    "brown_girl": abc("Brown Girl in the Ring", "4/4", "1/8", "C",
                      "G2 G2 E2 C2 | D2 E2 C4 | G2 G2 E2 C2 | D2 E2 G4 | A2 A2 G2 E2 | F2 D2 D4 | "
                      "G2 E2 D2 E2 | C2 C2 C4"),
    "de_colores": abc("De Colores", "4/4", "1/8", "D",
                      "A2 A2 F2 A2 | A2 G2 E4 | G2 G2 E2 G2 | G2 F2 D4 | A2 A2 F2 A2 | B2 A2 G2 F2 | "
                      "E2 F2 G2 E2 | D2 D2 D4"),
    "shosholoza": abc("Shosholoza", "4/4", "1/8", "F",
                      "A2 A2 G2 F2 | G2 A2 F4 | A2 A2 G2 F2 | G2 E2 C4 | A2 c2 A2 G2 | F2 G2 A4 | "
                      "G2 F2 E2 G2 | F2 F2 F4"),
    "gladiators": abc("Entry of the Gladiators", "4/4", "1/8", "C",
                      "c2 B2 _B2 A2 | _A2 G2 ^F2 G2 | _A2 G2 ^F2 G2 | _e2 d2 c4 | c2 B2 _B2 A2 | "
                      "_A2 G2 ^F2 G2 | B2 c2 d2 B2 | c2 c2 c4"),
    # folk and classical pieces
    "maid_behind_bar": abc("The Maid Behind the Bar", "2/2", "1/8", "D",
                           "F A A F A B c A | d B A F E D E F | F A A F A B c A | d f e c d2 d2 | "
                           "f d d c d f e d | c A A G A c e c | f d d c d f e d | c A G E D2 D2"),
    "star_munster": abc("The Star of Munster", "2/2", "1/8", "Am",
                        "A c e c d B G B | c A A G E G A B | c e e c d B G B | c A B G A2 A2 | "
                        "e a a g a g e d | e d c d e a g e | d B G B c A G E | A c B G A2 A2"),
    "toss_feathers": abc("Toss the Feathers", "2/2", "1/8", "D",
                         "D E F A d A F A | G F E F G A B G | D E F A d A F A | G E c E D2 D2 | "
                         "d c d e f d e c | d B A F G F E D | F A d f e c A c | d B A F D2 D2"),
    "plains_boyle": abc("The Plains of Boyle", "2/2", "1/8", "D",
                        "A F D F A d c d | e c A c e d c B | A F D F A d c d | e c A c d2 d2 | "
                        "f d A d f a g f | e c A c e f g e | f d A d f e d c | d B A c d2 d2"),
    "stack_barley": abc("The Stack of Barley", "2/2", "1/8", "G",
                        "G F G A B G B d | c B A G F A d c | B G B d g d B G | A G F A G2 G2 | "
                        "B d g d B d g d | c e g e c e g e | d c B A G B d c | B A F A G2 G2"),
    "ballydesmond": abc("The Ballydesmond Polka", "2/4", "1/8", "Am",
                        "A B c d | e2 e2 | d c B A | G2 E2 | A B c d | e2 e2 | d B G B | A2 A2 | "
                        "a2 g e | g2 e d | e d B d | e2 d2 | a2 g e | g2 e d | e d B G | A2 A2"),
    "denis_murphy": abc("Denis Murphy's Polka", "2/4", "1/8", "D",
                        "d B A F | A2 B2 | d B A F | E2 D2 | d B A F | A2 B2 | d e f e | d2 d2 | "
                        "f e d e | f2 a2 | f e d B | A2 B2 | f e d e | f2 a2 | f e d B | d2 d2"),
    "siciliano": abc("Siciliano (Flute Sonata in E-flat, BWV 1031)", "12/8", "1/8", "Gm",
                     "D2 G G2 A B3 A3 | G2 ^F G3 D3 D3 | G2 B d2 c B3 A3 | G2 A ^F3 G3 G3 | "
                     "B2 c d3 d2 e d3 | c2 B A3 G2 A B3 | A2 G ^F3 G2 A B3 | A2 G ^F3 G3 G3"),
    "midnight_clear": abc("It Came Upon the Midnight Clear", "6/8", "1/8", "C",
                          "E3 C2 D | E3 F2 G | G2 A G2 F | E6 | E3 C2 D | E3 F2 G | G2 F E2 D | C6"),
    "fig_kiss": abc("A Fig for a Kiss", "9/8", "1/8", "Em",
                    "G2 E B2 E G2 E | F2 D A2 D F2 D | G2 E B2 E G2 B | d B A F A d B3 | "
                    "e2 B e2 B g2 e | d2 A d2 A f2 d | e2 B e2 f g2 e | d B A F A d B3"),
    "vienna_woods": abc("Tales from the Vienna Woods", "3/4", "1/8", "F",
                        "C2 F2 A2 | c4 A2 | B2 A2 G2 | A4 F2 | C2 E2 G2 | B4 G2 | A2 G2 F2 | G4 C2 | "
                        "C2 F2 A2 | c4 A2 | d2 c2 B2 | A4 F2 | G2 A2 B2 | A2 G2 E2 | F2 G2 E2 | F4 F2"),
    "plaisir_amour": abc("Plaisir d'amour", "5/4", "1/8", "F",
                         "C2 F2 F2 G2 A2 | A2 B2 A2 G2 F2 | C2 F2 F2 G2 A2 | G4 F2 E2 C2 | "
                         "A2 c2 c2 B2 A2 | G2 A2 G2 F2 E2 | F2 G2 A2 G2 E2 | F4 F2 F2 F2"),
}
