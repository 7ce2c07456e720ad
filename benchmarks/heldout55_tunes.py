"""Public-domain melodies for real-heldout55, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Namouna
(Édouard Lalo, 1882; died 1892), Riquette (Oscar Straus, 1925; died 1954), Apajune (Carl
Millöcker, 1880; died 1899), Der Orlow (Bruno Granichstaedten, 1925; died 1944), Melusina
(Conradin Kreutzer, 1833; died 1849), Zoroastre (Jean-Philippe Rameau, 1749; died 1764), Břetislav
(Karel Bendl, 1870; died 1897), Die Kohlhaymerin (Julius Bittner, 1921; died 1939), Havana
(Leslie Stuart, 1908; died 1928), Vologeso (Niccolò Jommelli, 1766; died 1774), Die Fornarina
(Carl Zeller, 1878; died 1898), Elfrida (Giovanni Paisiello, 1792; died 1816), Pelagio (Saverio
Mercadante, 1857; died 1870), Tatjana (Franz Lehár, 1905; died 1948) and Sabinus (François-Joseph
Gossec, 1773; died 1829). Folk pieces: the Reel de Beauport and the Reel de Boucherville
(traditional Québécois), the Golspie Hornpipe (traditional Scottish) and the Sedbergh Hornpipe
(traditional English), the Netolice Polka and the Sedlčany Polka (traditional Czech), the Kanturk
Jig, the Cootehill Jig and Dromahair (traditional Irish), Attitu (traditional Sardinian) and the
Ullapool Waltz (traditional Scottish). Attribution and dates are from memory. Written here from
memory, not copied from a collection: the notes are an outline in the tune's key, metre and shape
more than its exact notes (the grid, exact by construction, is what is scored); each outline keeps
the rhythm of the real-heldout54 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Namouna, the Reel de Beauport, the Netolice
Polka, Zoroastre and Dromahair in D, Apajune and the Kanturk Jig in E minor, Břetislav, Sabinus and
Attitu in B minor, Die Kohlhaymerin and the Ullapool Waltz in G). The band pieces are re-shaped for
their arrangement, as a band would: in plain 4/4, Melusina in 6/8, Zoroastre in 12/8, Tatjana in
3/4, Sabinus in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's
>= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "namouna": abc("Namouna", "4/4", "1/8", "D",
        "d2 f2 a2 f2 | g2 b2 a2 f2 | e2 g2 c'2 a2 | d'4 a4 | f2 a2 d'2 a2 | b2 g2 e2 g2 | "
        "f2 e2 d2 c2 | d4 d4"),
    "riquette": abc("Riquette", "4/4", "1/8", "A#m",
        "A2 c2 e2 c2 | d2 f2 e2 c2 | B2 d2 ^g2 e2 | a4 e4 | c2 e2 a2 e2 | f2 d2 B2 d2 | "
        "e2 c2 B2 ^G2 | A4 A4"),
    "apajune": abc("Apajune", "4/4", "1/8", "Em",
        "e2 g2 b2 g2 | a2 c'2 b2 g2 | f2 a2 ^d'2 b2 | e'4 b4 | g2 b2 e'2 b2 | c'2 a2 f2 a2 | "
        "g2 f2 e2 ^d2 | e4 e4"),
    "orlow": abc("Der Orlow", "4/4", "1/8", "C#",
        "c2 e2 g2 e2 | f2 a2 g2 e2 | d2 f2 b2 g2 | c'4 g4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
        "e2 d2 c2 B2 | c4 c4"),
    "melusina": abc("Melusina", "6/8", "1/8", "F#m",
        "f3 c'2 a | g3 f3 | ^e3 g2 b | a6 | c'3 b2 a | g3 ^e3 | f3 a2 g | f6"),
    "zoroastre": abc("Zoroastre", "12/8", "1/8", "D",
        "d3 f3 a3 f3 | g3 e3 d6 | f3 a3 d'3 c'3 | b3 g3 e6 | a3 c'3 e'3 c'3 | d'3 b3 g3 e3 | "
        "f3 e3 d3 c3 | d3 A3 d6"),
    "bretislav": abc("Břetislav", "4/4", "1/8", "Bm",
        "B2 d2 f2 d2 | e2 c2 ^A2 c2 | d2 f2 b2 f2 | ^a4 f4 | d2 f2 b2 d'2 | c'2 e'2 d'2 b2 | "
        "g2 f2 e2 ^A2 | B4 B4"),
    "kohlhaymerin": abc("Die Kohlhaymerin", "4/4", "1/8", "G",
        "G2 B2 d2 B2 | c2 e2 d2 B2 | A2 c2 f2 d2 | g4 d4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
        "B2 A2 G2 F2 | G4 G4"),
    "havana": abc("Havana", "4/4", "1/8", "A#m",
        "A2 e2 c2 A2 | B2 f2 d2 B2 | c2 e2 a2 g2 | ^g4 e4 | a2 c'2 e'2 c'2 | d'2 b2 ^g2 b2 | "
        "a2 g2 f2 e2 | A4 A4"),
    "vologeso": abc("Vologeso", "4/4", "1/8", "D#m",
        "D2 A2 F2 D2 | E2 B2 G2 E2 | F2 A2 d2 c2 | ^c4 A4 | d2 f2 a2 f2 | g2 e2 ^c2 e2 | "
        "d2 c2 B2 A2 | d4 d4"),
    "fornarina": abc("Die Fornarina", "4/4", "1/8", "B",
        "B2 f2 d2 f2 | e2 g2 f2 d2 | c2 e2 g2 e2 | f4 B4 | b2 d'2 f'2 d'2 | e'2 c'2 a2 c'2 | "
        "b2 a2 g2 f2 | b4 b4"),
    "elfrida": abc("Elfrida", "4/4", "1/8", "G#m",
        "G,2 B,2 D2 G2 | F2 D2 E2 C2 | D2 G2 B2 G2 | =F4 D4 | G2 B2 d2 B2 | c2 A2 =F2 A2 | "
        "G2 D2 B,2 A,2 | G,4 G,4"),
    "pelagio": abc("Pelagio", "4/4", "1/8", "C#",
        "c2 g2 e2 g2 | f2 a2 g2 e2 | d2 f2 b2 f2 | c'4 g4 | e2 g2 c'2 e'2 | d'2 b2 g2 b2 | "
        "c'2 g2 e2 d2 | c4 c4"),
    "tatjana": abc("Tatjana", "3/4", "1/8", "F#",
        "F2 A2 c2 | d4 c2 | B2 A2 G2 | A4 F2 | G2 B2 d2 | c4 B2 | A2 G2 F2 | G4 C2 | F2 A2 c2 | "
        "f4 e2 | d2 c2 B2 | A4 G2 | B2 G2 E2 | F4 A2 | G2 E2 C2 | F4 F2"),
    "sabinus": abc("Sabinus", "5/4", "1/8", "Bm",
        "B2 d2 f2 d2 B2 | c2 e2 g2 e2 c2 | d2 f2 b2 f2 d2 | ^A2 c2 f2 c2 ^A2 | B2 d2 f2 b2 a2 | "
        "g2 e2 c2 e2 g2 | f2 d2 B2 d2 f2 | B2 B2 B2 B2 B2"),
    # folk pieces
    "beauport": abc("Reel de Beauport", "2/2", "1/8", "D",
        "d f a d' f' d' a f | g b d' b g e c e | d f a d' f' a' f' d' | e' c' a c' d'2 d'2 | "
        "a' f' d' f' a' f' d' f' | g' e' c' e' g' e' c' e' | f' d' e' c' d' b a f | "
        "g e c e d2 d2"),
    "boucherville": abc("Reel de Boucherville", "2/2", "1/8", "E",
        "e2 g2 b2 e'2 | c' b g e f2 e2 | g b b g a g f e | B d f d e2 e2 | e'2 e'2 b2 g2 | "
        "a g f e d e f a | g f e g f e c B | B c d f e2 e2"),
    "golspie": abc("Golspie Hornpipe", "2/2", "1/8", "A",
        "E A c e a e c A | B d f d b g e d | c e a c' a e c A | B A G F G2 E2 | "
        "A c e a c' a e c | d f a f d B G B | c e d f e g f a | g e B G A2 A2"),
    "sedbergh": abc("Sedbergh Hornpipe", "2/2", "1/8", "C#",
        "G c e g c' g e c | d f a f d' b g f | e g c' e' c' g e c | d c B A B2 G2 | "
        "c e g c' e' c' g e | f a c' a f d B d | e g f a g b a c' | b g d B c2 c2"),
    "netolice": abc("Netolice Polka", "2/4", "1/8", "D",
        "d f a f | g b a2 | f a d' a | e g f2 | a d' f' d' | e' c' a g | f e d c | d2 A2 | "
        "B d g d | c e a2 | d f b f | e g f2 | d f e c | d B c A | B d c A | d2 d2"),
    "sedlcany": abc("Sedlčany Polka", "2/4", "1/8", "F#",
        "F A c A | B d c2 | A c f c | G B A2 | c f a f | g b a g | f e d c | c2 A2 | B d f d | "
        "c e g2 | A c f c | B d c2 | A c B G | A F G E | F A G E | F2 F2"),
    "kanturk": abc("Kanturk Jig", "6/8", "1/8", "Em",
        "e2 g b2 g | a2 f ^d2 f | g2 e b2 g | f2 ^d e3 | b2 a g2 f | e2 g f2 ^d | e2 f g2 f | "
        "e2 e e3"),
    "cootehill": abc("Cootehill Jig", "6/8", "1/8", "A",
        "A2 c e2 c | d2 B G2 B | c2 A e2 c | B2 G A3 | e2 d c2 B | A2 c B2 G | A2 B c2 B | "
        "A2 A A3"),
    "dromahair": abc("Dromahair", "9/8", "1/8", "D",
        "d2 f a2 f d2 f | e2 g c'2 g e2 g | f2 a d'2 c' b2 a | g2 e c2 e a3 | f2 d A2 d f2 a | "
        "g2 b d'2 b g2 e | f2 a g2 e c2 A | d2 A F2 A d3"),
    "attitu": abc("Attitu", "6/8", "1/8", "Bm",
        "B3 d2 f | e3 c3 | d3 B2 ^A | B6 | f3 b2 a | g3 e3 | f3 d2 c | B6"),
    "ullapool": abc("Ullapool Waltz", "3/4", "1/8", "G",
        "G2 B2 d2 | g4 d2 | e2 c2 A2 | B4 d2 | c2 e2 g2 | f4 d2 | e2 d2 c2 | B4 A2 | G2 B2 d2 | "
        "b4 a2 | g2 e2 c2 | d4 B2 | c2 B2 A2 | G4 F2 | A2 F2 D2 | G4 G2"),
}
