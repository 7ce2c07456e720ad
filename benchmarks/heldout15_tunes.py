"""Public-domain melodies for real-heldout15, transcribed for this set (ABC, melody only).

Traditional tunes (Irish reels, hornpipes, polkas and the slip jig Hardiman the Fiddler, Black Is
the Colour, Shady Grove, Bendemeer's Stream, Believe Me If All Those Endearing Young Charms, Oh
Dear What Can the Matter Be) and tunes published before 1929 whose writers died more than 70
years ago (James Hook 1827, Adolphe Adam 1856, Liszt 1886, Offenbach 1880 (the Marines' Hymn),
Suppé 1895, Michel Mauléart Monton 1898 (Choucoune), Johann Strauss II 1899, Verdi 1901, Grieg
1907, Émile Waldteufel 1915, Sousa 1932). Written here from memory, not copied from a
collection: they follow the tune's outline rather than any printed setting (the notes matter
less than the grid, which is exact by construction). Some are re-shaped for their arrangement,
as a band would: The Washington Post in 4/4 (not 6/8); Anitra's Dance, the Liebestraum, the
Light Cavalry galop and Choucoune in plain 4/4; Believe Me and O Holy Night in 12/8; Oh Dear
What Can the Matter Be and Shady Grove re-barred in 5/4; The Lass of Richmond Hill in 6/8;
dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check). No pickups: every
bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's
length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band arrangements
    "washington_post": abc("The Washington Post", "4/4", "1/8", "F",
                           "C2 F2 F2 A2 | c4 A4 | C2 F2 F2 A2 | c4 A4 | B2 A2 G2 F2 | E2 F2 G2 A2 | "
                           "B2 G2 E2 C2 | F4 F4"),
    "liberty_bell": abc("The Liberty Bell", "4/4", "1/8", "F",
                        "A4 c2 A2 | G2 F2 E2 F2 | G4 B2 G2 | F2 E2 D2 C2 | A4 c2 A2 | G2 F2 E2 G2 | "
                        "c2 B2 A2 G2 | F4 F4"),
    "anitra": abc("Anitra's Dance", "4/4", "1/8", "Am",
                  "E2 A2 c2 B2 | A2 ^G2 A4 | E2 B2 d2 c2 | B2 A2 B4 | c2 e2 d2 c2 | B2 A2 ^G2 A2 | "
                  "B2 E2 ^G2 B2 | A4 A4"),
    "black_is": abc("Black Is the Colour (of My True Love's Hair)", "4/4", "1/8", "Dm",
                    "A2 A2 d2 e2 | f4 e2 d2 | c2 A2 G2 A2 | D4 D4 | F2 G2 A2 d2 | c2 A2 G2 F2 | "
                    "E2 D2 E2 F2 | D4 D4"),
    "emperor_waltz": abc("Emperor Waltz (Kaiser-Walzer)", "3/4", "1/8", "C",
                         "E4 G2 | c4 e2 | e4 d2 | c4 G2 | F4 A2 | d4 f2 | f4 e2 | d4 G2 | "
                         "E4 G2 | c4 e2 | g4 e2 | c4 A2 | G2 A2 B2 | d4 c2 | B2 A2 B2 | c4 c2"),
    "bendemeer": abc("Bendemeer's Stream", "6/8", "1/8", "G",
                     "D3 G2 A | B3 B2 c | d2 B A2 G | A6 | D3 G2 A | B3 d2 c | B2 A G2 A | G6"),
    "believe_me": abc("Believe Me If All Those Endearing Young Charms", "12/8", "1/8", "D",
                      "F3 E2 D F3 A3 | B3 A2 F A6 | d3 c2 B A3 F3 | G3 F2 E E6 | F3 E2 D F3 A3 | "
                      "B3 A2 F A3 d3 | c3 B2 A G3 E3 | D3 F3 D6"),
    "liebestraum": abc("Liebestraum No. 3", "4/4", "1/8", "Ab",
                       "c4 B2 A2 | c4 e4 | f2 e2 d2 c2 | B4 G4 | B4 A2 G2 | B4 d4 | e2 d2 c2 B2 | A4 A4"),
    "thunderer": abc("The Thunderer", "4/4", "1/8", "Eb",
                     "B2 G2 B2 e2 | g4 e4 | f2 e2 d2 e2 | f4 B4 | B2 A2 G2 A2 | B2 c2 d2 e2 | "
                     "f2 d2 B2 d2 | e4 e4"),
    "light_cavalry": abc("Light Cavalry Overture (galop)", "4/4", "1/8", "C",
                         "G2 G2 c2 e2 | g4 e4 | f2 d2 B2 G2 | c4 G4 | G2 G2 c2 e2 | g4 a4 | "
                         "g2 f2 e2 d2 | c4 c4"),
    "anvil_chorus": abc("Anvil Chorus (Il trovatore)", "4/4", "1/8", "G",
                        "G2 B2 d2 B2 | c4 A4 | F2 A2 c2 A2 | B4 G4 | G2 B2 d2 g2 | f2 e2 d2 c2 | "
                        "B2 A2 G2 F2 | G4 G4"),
    "choucoune": abc("Choucoune (Yellow Bird)", "4/4", "1/8", "C",
                     "E2 G2 c2 c2 | B2 A2 G4 | F2 A2 d2 d2 | c2 B2 A4 | G2 c2 e2 d2 | c2 B2 A2 G2 | "
                     "F2 E2 D2 G2 | C4 C4"),
    "marines_hymn": abc("The Marines' Hymn (From the Halls of Montezuma)", "4/4", "1/8", "C",
                        "G2 c2 c2 c2 | c2 d2 e2 c2 | G2 c2 c2 c2 | d4 B4 | G2 c2 c2 c2 | c2 d2 e2 f2 | "
                        "g2 e2 d2 B2 | c4 c4"),
    "oh_dear": abc("Oh Dear, What Can the Matter Be", "5/4", "1/8", "F",
                   "A2 A2 A2 G2 F2 | G2 G2 G2 F2 E2 | A2 A2 A2 G2 F2 | E2 D2 C2 D2 E2 | "
                   "F2 F2 A2 c2 A2 | G2 G2 B2 d2 B2 | A2 c2 B2 G2 E2 | F2 F2 F2 C2 F2"),
    # folk and classical pieces
    "bucks_oranmore": abc("The Bucks of Oranmore", "2/2", "1/8", "D",
                          "A F F E F A d f | e d B d A F E F | A F F E F A d f | e d B c d2 d2 | "
                          "a f f e f a f d | g e e d e g e c | a f f e f a d f | e d B c d2 d2"),
    "concertina_reel": abc("The Concertina Reel", "2/2", "1/8", "D",
                           "A d d c d e f d | e A A G A B c e | A d d c d e f g | a f e c d2 d2 | "
                           "f a a f g b b g | f a a f e c A c | d f a f g e c e | d B A c d2 d2"),
    "banshee": abc("The Banshee", "2/2", "1/8", "G",
                   "G2 E G D G B G | A B c A B G E D | G2 E G D G B d | c A B G A2 A2 | "
                   "B2 d B g B d B | c B A c B A G A | B2 d B g e d B | c A F A G2 G2"),
    "higgins": abc("Higgins' Hornpipe", "2/2", "1/8", "G",
                   "D G B d g d B G | A c e c B d g d | D G B d g d B G | A c F A G2 G2 | "
                   "B d g d e c A c | d B G B A F D F | G B d g f d e c | B G A F G2 G2"),
    "kildare_fancy": abc("The Kildare Fancy", "2/2", "1/8", "D",
                         "d c d A F A D F | G B A G F D E F | d c d A F A D F | G E c E D2 D2 | "
                         "f g a f g e c e | d f e d c A B c | d f a f g e c A | d f e c d2 d2"),
    "dennis_murphy": abc("Dennis Murphy's Polka", "2/4", "1/8", "D",
                         "A d d e | f e d B | A d d e | f2 e2 | A d d e | f e d B | A B d e | d2 d2 | "
                         "f a a f | e d e f | g f e d | e2 f2 | f a a f | e d e f | g e c e | d2 d2"),
    "egans_polka": abc("Egan's Polka", "2/4", "1/8", "D",
                       "F A A F | B A F A | F A A F | E2 E2 | F A A F | B A F A | d c B c | d2 d2 | "
                       "d e f d | e f g e | f e d B | A2 A2 | d e f d | e f g e | f e d c | d2 d2"),
    "hardiman": abc("Hardiman the Fiddler", "9/8", "1/8", "D",
                    "A2 D F2 D A2 D | B2 G E2 G B2 G | A2 D F2 D A2 d | c2 A E2 A D3 | "
                    "f2 d f2 d a2 f | g2 e g2 e b2 g | f2 d e2 c d2 A | B2 G E2 G D3"),
    "richmond_hill": abc("The Lass of Richmond Hill", "6/8", "1/8", "G",
                         "D3 G2 A | B3 A2 G | F2 G A2 F | D6 | d3 c2 B | A3 G2 F | G2 B A2 F | G6"),
    "holy_night": abc("O Holy Night (Cantique de Noël)", "12/8", "1/8", "C",
                      "E3 E2 E G3 G3 | A3 A2 F c6 | G3 G2 E D3 E3 | F3 E2 D C6 | E3 E2 E G3 G3 | "
                      "A3 A2 F c3 e3 | d3 c2 B A3 G3 | G3 B3 c6"),
    "estudiantina": abc("Estudiantina", "3/4", "1/8", "A",
                        "E2 A2 c2 | e4 c2 | d2 c2 B2 | c4 A2 | E2 G2 B2 | d4 B2 | c2 B2 A2 | B4 E2 | "
                        "E2 A2 c2 | e4 c2 | f2 e2 d2 | c4 A2 | d2 f2 a2 | g2 f2 e2 | d2 c2 B2 | A4 A2"),
    "shady_grove": abc("Shady Grove", "5/4", "1/8", "Dm",
                       "D2 F2 A2 A2 G2 | F2 E2 D2 E2 F2 | D2 F2 A2 c2 A2 | G2 F2 E2 D2 E2 | "
                       "A2 A2 d2 c2 A2 | G2 F2 E2 D2 C2 | D2 F2 E2 C2 E2 | D2 D2 D2 A,2 D2"),
}
