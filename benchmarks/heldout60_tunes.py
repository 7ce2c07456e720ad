"""Public-domain melodies for real-heldout60, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Hieronymus
Knicker (Carl Ditters von Dittersdorf, 1789; died 1799), Kalkabrino (Ludwig Minkus, 1891; died
1917), La Korrigane (Charles-Marie Widor, 1880; died 1937), Jodelet (Reinhard Keiser, 1726; died
1739), Il Cambise (Alessandro Scarlatti, 1719; died 1725), Nourjahad (Edward Loder, 1834; died
1865), Britannico (Carl Heinrich Graun, 1751; died 1759), Traiano in Dacia (Giuseppe Nicolini,
1807; died 1842), Pausania (Giovanni Legrenzi, 1682; died 1690), Samori (Georg Joseph Vogler,
1804; died 1814), Zinnober (Siegmund von Hausegger, 1898; died 1948), Hatmanul Baltag (Eduard
Caudella, 1884; died 1924), Kamilla (Ludvík Čelanský, 1897; died 1931), La Maladetta (Paul
Vidal, 1893; died 1931) and Matelda (Antonio Scontrino, 1879; died 1922). Folk pieces: the Reel
de Franquelin and the Reel de Roquemaure (traditional Québécois), the Edzell Hornpipe
(traditional Scottish) and the Chagford Hornpipe (traditional English), the Vamberk Polka and
the Kojetín Polka (traditional Czech), the Mullinahone Jig, the Fintona Jig and Aghabullogue
(traditional Irish), Uspavanka (traditional South Slavic) and the Acharn Waltz (traditional
Scottish). Attribution and dates are from memory. Written here from memory, not copied from a
collection: the notes are an outline in the tune's key, metre and shape more than its exact
notes (the grid, exact by construction, is what is scored); each outline keeps the rhythm of the
real-heldout59 outline in the same slot, its notes moved up one step of the scale (and its key
with them: the tonic a whole tone up, or a semitone up to the letter's natural key where a whole
tone would need more than seven sharps: Samori in B minor, Zinnober in G, Hatmanul Baltag in E
minor, La Maladetta and the Kojetín Polka in D). The band pieces are re-shaped for their
arrangement, as a band would: in plain 4/4, Il Cambise in 6/8, Nourjahad in 12/8, La Maladetta in
3/4, Matelda in 5/4 throughout; running figures and dotted rhythms evened out (the renderer
core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "knicker": abc("Hieronymus Knicker", "4/4", "1/8", "B",
        "b2 d'2 f'2 d'2 | e'2 g'2 f'2 d'2 | c'2 e'2 a'2 f'2 | b'4 f'4 | d'2 f'2 b'2 f'2 | "
        "g'2 e'2 c'2 e'2 | d'2 c'2 b2 a2 | b4 b4"),
    "kalkabrino": abc("Kalkabrino", "4/4", "1/8", "F#m",
        "f2 a2 c'2 a2 | b2 d'2 c'2 a2 | g2 b2 ^e'2 c'2 | f'4 c'4 | a2 c'2 f'2 c'2 | "
        "d'2 b2 g2 b2 | c'2 a2 g2 ^e2 | f4 f4"),
    "korrigane": abc("La Korrigane", "4/4", "1/8", "C#m",
        "c'2 e'2 g'2 e'2 | f'2 a'2 g'2 e'2 | d'2 f'2 ^b'2 g'2 | c''4 g'4 | e'2 g'2 c''2 g'2 | "
        "a'2 f'2 d'2 f'2 | e'2 d'2 c'2 ^b2 | c'4 c'4"),
    "jodelet": abc("Jodelet", "4/4", "1/8", "A",
        "a2 c'2 e'2 c'2 | d'2 f'2 e'2 c'2 | b2 d'2 g'2 e'2 | a'4 e'4 | c'2 e'2 a'2 e'2 | "
        "f'2 d'2 b2 d'2 | c'2 b2 a2 g2 | a4 a4"),
    "cambise": abc("Il Cambise", "6/8", "1/8", "D#m",
        "d'3 a'2 f' | e'3 d'3 | ^c'3 e'2 g' | f'6 | a'3 g'2 f' | e'3 ^c'3 | d'3 f'2 e' | d'6"),
    "nourjahad": abc("Nourjahad", "12/8", "1/8", "B",
        "b3 d'3 f'3 d'3 | e'3 c'3 b6 | d'3 f'3 b'3 a'3 | g'3 e'3 c'6 | f'3 a'3 c''3 a'3 | "
        "b'3 g'3 e'3 c'3 | d'3 c'3 b3 a3 | b3 f3 b6"),
    "britannico": abc("Britannico", "4/4", "1/8", "G#m",
        "g2 b2 d'2 b2 | c'2 a2 ^f2 a2 | b2 d'2 g'2 d'2 | ^f'4 d'4 | b2 d'2 g'2 b'2 | "
        "a'2 c''2 b'2 g'2 | e'2 d'2 c'2 ^f2 | g4 g4"),
    "traiano": abc("Traiano in Dacia", "4/4", "1/8", "E",
        "e2 g2 b2 g2 | a2 c'2 b2 g2 | f2 a2 d'2 b2 | e'4 b4 | g2 b2 e'2 b2 | c'2 a2 f2 a2 | "
        "g2 f2 e2 d2 | e4 e4"),
    "pausania": abc("Pausania", "4/4", "1/8", "F#m",
        "f2 c'2 a2 f2 | g2 d'2 b2 g2 | a2 c'2 f'2 e'2 | ^e'4 c'4 | f'2 a'2 c''2 a'2 | "
        "b'2 g'2 ^e'2 g'2 | f'2 e'2 d'2 c'2 | f4 f4"),
    "samori": abc("Samori", "4/4", "1/8", "Bm",
        "B2 f2 d2 B2 | c2 g2 e2 c2 | d2 f2 b2 a2 | ^a4 f4 | b2 d'2 f'2 d'2 | e'2 c'2 ^a2 c'2 | "
        "b2 a2 g2 f2 | b4 b4"),
    "zinnober": abc("Zinnober", "4/4", "1/8", "G",
        "g2 d'2 b2 d'2 | c'2 e'2 d'2 b2 | a2 c'2 e'2 c'2 | d'4 g4 | g'2 b'2 d''2 b'2 | "
        "c''2 a'2 f'2 a'2 | g'2 f'2 e'2 d'2 | g'4 g'4"),
    "baltag": abc("Hatmanul Baltag", "4/4", "1/8", "Em",
        "E2 G2 B2 e2 | d2 B2 c2 A2 | B2 e2 g2 e2 | =d4 B4 | e2 g2 b2 g2 | a2 f2 =d2 f2 | "
        "e2 B2 G2 F2 | E4 E4"),
    "kamilla": abc("Kamilla", "4/4", "1/8", "A",
        "a2 e'2 c'2 e'2 | d'2 f'2 e'2 c'2 | b2 d'2 g'2 d'2 | a'4 e'4 | c'2 e'2 a'2 c''2 | "
        "b'2 g'2 e'2 g'2 | a'2 e'2 c'2 b2 | a4 a4"),
    "maladetta": abc("La Maladetta", "3/4", "1/8", "D",
        "d2 f2 a2 | b4 a2 | g2 f2 e2 | f4 d2 | e2 g2 b2 | a4 g2 | f2 e2 d2 | e4 A2 | d2 f2 a2 | "
        "d'4 c'2 | b2 a2 g2 | f4 e2 | g2 e2 c2 | d4 f2 | e2 c2 A2 | d4 d2"),
    "matelda": abc("Matelda", "5/4", "1/8", "G#m",
        "g2 b2 d'2 b2 g2 | a2 c'2 e'2 c'2 a2 | b2 d'2 g'2 d'2 b2 | ^f2 a2 d'2 a2 ^f2 | "
        "g2 b2 d'2 g'2 f'2 | e'2 c'2 a2 c'2 e'2 | d'2 b2 g2 b2 d'2 | g2 g2 g2 g2 g2"),
    # folk pieces
    "franquelin": abc("Reel de Franquelin", "2/2", "1/8", "B",
        "b d' f' b' d'' b' f' d' | e' g' b' g' e' c' a c' | b d' f' b' d'' f'' d'' b' | "
        "c'' a' f' a' b'2 b'2 | f'' d'' b' d'' f'' d'' b' d'' | e'' c'' a' c'' e'' c'' a' c'' | "
        "d'' b' c'' a' b' g' f' d' | e' c' a c' b2 b2"),
    "roquemaure": abc("Reel de Roquemaure", "2/2", "1/8", "C#",
        "c'2 e'2 g'2 c''2 | a' g' e' c' d'2 c'2 | e' g' g' e' f' e' d' c' | g b d' b c'2 c'2 | "
        "c''2 c''2 g'2 e'2 | f' e' d' c' b c' d' f' | e' d' c' e' d' c' a g | "
        "g a b d' c'2 c'2"),
    "edzell": abc("Edzell Hornpipe", "2/2", "1/8", "F#",
        "c f a c' f' c' a f | g b d' b g' e' c' b | a c' f' a' f' c' a f | g f e d e2 c2 | "
        "f a c' f' a' f' c' a | b d' f' d' b g e g | a c' b d' c' e' d' f' | e' c' g e f2 f2"),
    "chagford": abc("Chagford Hornpipe", "2/2", "1/8", "A",
        "e a c' e' a' e' c' a | b d' f' d' b' g' e' d' | c' e' a' c'' a' e' c' a | "
        "b a g f g2 e2 | a c' e' a' c'' a' e' c' | d' f' a' f' d' b g b | "
        "c' e' d' f' e' g' f' a' | g' e' b g a2 a2"),
    "vamberk": abc("Vamberk Polka", "2/4", "1/8", "B",
        "b d' f' d' | e' g' f'2 | d' f' b' f' | c' e' d'2 | f' b' d'' b' | c'' a' f' e' | "
        "d' c' b a | b2 f2 | g b e' b | a c' f'2 | b d' g' d' | c' e' d'2 | b d' c' a | "
        "b g a f | g b a f | b2 b2"),
    "kojetin": abc("Kojetín Polka", "2/4", "1/8", "D",
        "d f a f | g b a2 | f a d' a | e g f2 | a d' f' d' | e' g' f' e' | d' c' b a | a2 f2 | "
        "g b d' b | a c' e'2 | f a d' a | g b a2 | f a g e | f d e c | d f e c | d2 d2"),
    "mullinahone": abc("Mullinahone Jig", "6/8", "1/8", "C#m",
        "c'2 e' g'2 e' | f'2 d' ^b2 d' | e'2 c' g'2 e' | d'2 ^b c'3 | g'2 f' e'2 d' | "
        "c'2 e' d'2 ^b | c'2 d' e'2 d' | c'2 c' c'3"),
    "fintona": abc("Fintona Jig", "6/8", "1/8", "F#",
        "f2 a c'2 a | b2 g e2 g | a2 f c'2 a | g2 e f3 | c'2 b a2 g | f2 a g2 e | f2 g a2 g | "
        "f2 f f3"),
    "aghabullogue": abc("Aghabullogue", "9/8", "1/8", "B",
        "b2 d' f'2 d' b2 d' | c'2 e' a'2 e' c'2 e' | d'2 f' b'2 a' g'2 f' | e'2 c' a2 c' f'3 | "
        "d'2 b f2 b d'2 f' | e'2 g' b'2 g' e'2 c' | d'2 f' e'2 c' a2 f | b2 f d2 f b3"),
    "uspavanka": abc("Uspavanka", "6/8", "1/8", "G#m",
        "g3 b2 d' | c'3 a3 | b3 g2 ^f | g6 | d'3 g'2 f' | e'3 c'3 | d'3 b2 a | g6"),
    "acharn": abc("Acharn Waltz", "3/4", "1/8", "E",
        "e2 g2 b2 | e'4 b2 | c'2 a2 f2 | g4 b2 | a2 c'2 e'2 | d'4 b2 | c'2 b2 a2 | g4 f2 | "
        "e2 g2 b2 | g'4 f'2 | e'2 c'2 a2 | b4 g2 | a2 g2 f2 | e4 d2 | f2 d2 B2 | e4 e2"),
}
