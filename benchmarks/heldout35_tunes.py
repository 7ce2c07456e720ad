"""Public-domain melodies for real-heldout35, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Hunky Dory
(Abe Holzmann, 1902; died 1939), La Adelita (traditional Mexican, of the revolution of the
1910s), Amina (Paul Lincke, 1899; died 1946), La Mascotte (Edmond Audran, 1880; died 1901),
Carissima (Edward Elgar, 1913; died 1934), Giselle (Adolphe Adam, 1841; died 1856), Aragonaise
(Jules Massenet, from Le Cid, 1885; died 1912), Gigantes y cabezudos (Manuel Fernández Caballero,
1898; died 1906), Maskarade (Carl Nielsen, 1906; died 1931; rejected, see
heldout35_pieces.REJECTED), El Abanico (Alfredo Javaloyes,
1910; died 1937), Giroflé-Girofla (Charles Lecocq, 1874; died 1918), La Czarine (Louis Ganne,
1884; died 1923), Bourrée fantasque (Emmanuel Chabrier, 1891; died 1894), Halka (Stanisław
Moniuszko, its mazurka, 1858; died 1872), El Marne (Eduardo Arolas, 1919; died 1924) and March
Majestic (Scott Joplin, 1902; died 1917), the last taking the rejected piece's place.
Folk pieces: Winyadepla and Laxo Burn (traditional Shetland reels), Proudlock's Hornpipe and
Chamberlain's Hornpipe (traditional Northumbrian), Tantoli (traditional Swedish) and Doudlebská
polka (traditional Czech), Hop-tu-Naa (traditional Manx) and Kenmure's On and Awa' (traditional
Scottish, a Jacobite tune), An Seanduine (traditional Irish slip jig), Y Bardd yn ei Awen (traditional Welsh
air) and Eleanor Plunkett (Turlough O'Carolan, died 1738). Attribution and dates are from memory.
Written here from memory, not copied from a collection: the notes are an outline in the tune's
key, metre and shape more than its exact notes (the notes matter less than the grid, which is
exact by construction). The band pieces are re-shaped for their arrangement, as a band would: in
plain 4/4 (the 2/4 marches and polkas re-barred), Carissima in 6/8, Giselle in 12/8, Halka in
3/4, El Marne in 5/4 throughout; running figures and dotted rhythms evened out (the renderer
core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "hunky_dory": abc("Hunky Dory", "4/4", "1/8", "F",
                      "C2 F2 A2 c2 | B2 A2 G2 F2 | E2 G2 B2 d2 | c4 A4 | F2 A2 c2 f2 | e2 d2 c2 B2 | "
                      "A2 G2 F2 E2 | F4 F4"),
    "adelita": abc("La Adelita", "4/4", "1/8", "D",
                   "A2 A2 B2 A2 | F2 G2 A4 | G2 G2 A2 G2 | E2 F2 G4 | E2 F2 G2 A2 | B2 A2 G2 F2 | "
                   "E2 D2 E2 F2 | D4 D4"),
    "amina": abc("Amina", "4/4", "1/8", "Dm",
                 "A2 A2 d2 A2 | B2 A2 G2 F2 | E2 F2 G2 A2 | F4 D4 | d2 d2 f2 d2 | e2 d2 c2 B2 | "
                 "A2 G2 F2 E2 | D4 D4"),
    "mascotte": abc("La Mascotte", "4/4", "1/8", "G",
                    "B2 d2 g2 d2 | c2 B2 A2 G2 | A2 c2 e2 c2 | B4 G4 | B2 d2 g2 b2 | a2 g2 f2 e2 | "
                    "d2 c2 B2 A2 | G4 G4"),
    "carissima": abc("Carissima", "6/8", "1/8", "Eb",
                     "G3 B2 G | F3 E3 | A3 c2 A | G6 | B3 e2 d | c3 B3 | A3 F2 D | E6"),
    "giselle": abc("Giselle", "12/8", "1/8", "F",
                   "c3 A3 F3 A3 | B3 G3 E6 | d3 B3 G3 B3 | c3 A3 F6 | A3 c3 f3 e3 | d3 c3 B3 A3 | "
                   "G3 A3 B3 G3 | F3 F3 F6"),
    "aragonaise": abc("Aragonaise", "4/4", "1/8", "A",
                      "e2 e2 c2 A2 | d2 c2 B2 A2 | B2 B2 d2 f2 | e4 c4 | a2 g2 f2 e2 | d2 c2 B2 A2 | "
                      "G2 A2 B2 G2 | A4 A4"),
    "gigantes": abc("Gigantes y cabezudos", "4/4", "1/8", "Bb",
                    "B2 d2 f2 d2 | e2 c2 A2 F2 | G2 B2 e2 g2 | f4 d4 | d2 f2 b2 f2 | g2 e2 c2 A2 | "
                    "B2 A2 G2 F2 | B4 B4"),
    "maskarade": abc("Maskarade", "4/4", "1/8", "A",
                     "A2 c2 e2 a2 | g2 e2 f2 d2 | c2 e2 d2 B2 | c4 A4 | E2 A2 c2 e2 | f2 d2 B2 G2 | "
                     "A2 B2 c2 B2 | A4 A4"),
    "abanico": abc("El Abanico", "4/4", "1/8", "Eb",
                   "B,2 E2 G2 B2 | A2 G2 F2 E2 | F2 A2 c2 A2 | G4 E4 | B2 B2 c2 B2 | A2 G2 F2 E2 | "
                   "D2 E2 F2 D2 | E4 E4"),
    "girofle": abc("Giroflé-Girofla", "4/4", "1/8", "C",
                   "c2 c2 G2 E2 | F2 A2 G4 | e2 e2 c2 G2 | A2 B2 c4 | d2 d2 B2 G2 | c2 c2 A2 F2 | "
                   "G2 F2 E2 D2 | C4 C4"),
    "czarine": abc("La Czarine", "4/4", "1/8", "Dm",
                   "D2 D2 F2 A2 | d2 A2 F2 D2 | E2 E2 G2 B2 | A4 F4 | A2 A2 d2 f2 | e2 c2 A2 G2 | "
                   "F2 E2 D2 E2 | D4 D4"),
    "bourree_fantasque": abc("Bourrée fantasque", "4/4", "1/8", "C",
                             "C2 E2 G2 E2 | F2 D2 B,2 D2 | E2 G2 c2 G2 | A4 F4 | G2 c2 e2 c2 | d2 B2 G2 B2 | "
                             "c2 B2 A2 G2 | C4 C4"),
    "halka": abc("Halka", "3/4", "1/8", "F",
                 "c2 A2 F2 | c4 A2 | B2 G2 E2 | F4 C2 | D2 F2 B2 | A4 F2 | G2 E2 C2 | F4 F2 | "
                 "A2 c2 f2 | e4 c2 | d2 B2 G2 | c4 A2 | B2 d2 g2 | f4 e2 | d2 c2 E2 | F4 F2"),
    "el_marne": abc("El Marne", "5/4", "1/8", "Am",
                    "A2 c2 e2 c2 A2 | B2 d2 f2 d2 B2 | c2 e2 a2 e2 c2 | B2 ^G2 E2 ^G2 B2 | "
                    "A2 E2 C2 E2 A2 | d2 f2 a2 f2 d2 | c2 B2 A2 ^G2 E2 | A2 A2 A2 A2 A2"),
    "march_majestic": abc("March Majestic", "4/4", "1/8", "Bb",
                          "F2 F2 B2 d2 | f4 d4 | e2 c2 A2 c2 | B4 F4 | G2 B2 e2 g2 | f2 d2 B2 d2 | "
                          "c2 B2 A2 c2 | B4 B4"),
    # folk pieces
    "winyadepla": abc("Winyadepla", "2/2", "1/8", "A",
                      "A c e c A c e a | f e c A B2 B2 | A c e c A c e f | e c B G A2 A2 | "
                      "a g a e f e c A | d c d f e c B A | c B A c B A F A | E A c B A2 A2"),
    "laxo_burn": abc("Laxo Burn", "2/2", "1/8", "D",
                     "D F A F d F A F | G B d B G B d B | A d f d A d f a | g e c e d2 d2 | "
                     "f a f d e g e c | d f d B c e c A | B d c B A G F E | D F E C D2 D2"),
    "proudlock": abc("Proudlock's Hornpipe", "2/2", "1/8", "G",
                     "G B d B G B d g | f d c A F A c e | d B G B c A F A | G B A F G2 G2 | "
                     "B d g d B d g b | a f d f a f d c | B G B d c A F A | G B A F G2 G2"),
    "chamberlain": abc("Chamberlain's Hornpipe", "2/2", "1/8", "Bb",
                       "F B d B F B d f | e c A c e c A F | G B e B G B e g | f d B d c2 c2 | "
                       "d f b f d f b d | c e a e c e g e | d c B A G F E D | B, D C E B,2 B,2"),
    "tantoli": abc("Tantoli", "2/4", "1/8", "G",
                   "G B d B | G B d2 | A c e c | A c e2 | d B c A | B G A F | G B A F | G2 G2 | "
                   "d d g d | e d c B | c c e c | d c B A | B B d B | A G F A | G B A F | G2 G2"),
    "doudlebska": abc("Doudlebská polka", "2/4", "1/8", "C",
                      "E G c G | E G c2 | F A d A | F A d2 | G c e c | d B G B | c E D F | E2 C2 | "
                      "c c e c | d c B A | B B d B | c B A G | A A c A | G F E G | F E D F | E2 C2"),
    "hop_tu_naa": abc("Hop-tu-Naa", "6/8", "1/8", "Dm",
                      "D2 F A2 F | G2 B A2 F | E2 G F2 D | E2 C D3 | D2 F A2 d | c2 A G2 E | "
                      "F2 D E2 C | D2 D D3"),
    "kenmure": abc("Kenmure's On and Awa'", "6/8", "1/8", "D",
                    "d2 B A2 F | A2 d f2 d | e2 c A2 c | d2 A F3 | d2 f a2 f | g2 e c2 e | "
                    "f2 d e2 c | d2 d d3"),
    "seanduine": abc("An Seanduine", "9/8", "1/8", "G",
                     "G2 B d2 B G2 B | A2 c e2 c A2 c | G2 B d2 g f2 d | e2 c A2 F G3 | "
                     "d2 g g2 d B2 d | c2 e e2 c A2 c | d2 B G2 B A2 F | G2 B A2 F G3"),
    "bardd_awen": abc("Y Bardd yn ei Awen", "6/8", "1/8", "Gm",
                      "G3 B2 A | G3 D3 | G3 A2 B | c6 | d3 c2 B | A3 F3 | G3 F2 D | G6"),
    "eleanor_plunkett": abc("Eleanor Plunkett", "3/4", "1/8", "D",
                            "F2 A2 d2 | f4 e2 | d2 c2 B2 | A4 F2 | G2 B2 d2 | e4 c2 | d2 A2 F2 | E4 E2 | "
                            "A2 d2 f2 | a4 f2 | g2 e2 c2 | d4 A2 | B2 d2 B2 | A4 F2 | G2 E2 C2 | D4 D2"),
}
