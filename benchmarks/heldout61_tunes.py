"""Public-domain melodies for real-heldout61, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Amazilia
(Giovanni Pacini, 1824; died 1867), Rolla (Teodulo Mabellini, 1840; died 1897), Orfa (Adolphe
Adam, 1852; died 1856), Le chevalier d'Harmental (André Messager, 1896; died 1929), Idalide
(Giuseppe Sarti, 1783; died 1802), Artamene (Christoph Willibald Gluck, 1746; died 1787), Nitocri
(Saverio Mercadante, 1824; died 1870), Leucippo (Johann Adolph Hasse, 1747; died 1783), Antonino
e Pompeiano (Antonio Sartorio, 1677; died 1681), Ponce de Léon (Henri-Montan Berton, 1797; died
1844), Brinio (Simon van Milligen, 1889; died 1929), Le Dante (Benjamin Godard, 1890; died 1895),
Ortzuri (Resurrección María de Azkue, 1911; died 1951), Thetis och Pelée (Francesco Antonio
Uttini, 1773; died 1795) and Amphion (Johann Gottlieb Naumann, 1778; died 1801). Folk pieces: the
Reel de Rochebaucourt and the Reel de Laterrière (traditional Québécois), the Fettercairn Hornpipe
(traditional Scottish) and the Axminster Hornpipe (traditional English), the Volyně Polka and the
Švihov Polka (traditional Czech), the Lisnaskea Jig, the Ballybofey Jig and Ballinascarthy
(traditional Irish), Kehtolaulu (traditional Finnish) and the Colinsburgh Waltz (traditional
Scottish). Attribution and dates are from memory. Written here from memory, not copied from a
collection: the notes are an outline in the tune's key, metre and shape more than its exact
notes (the grid, exact by construction, is what is scored); each outline keeps the rhythm of the
real-heldout60 outline in the same slot, its notes moved up one step of the scale (and its key
with them: the tonic a whole tone up, or a semitone up to the letter's natural key where a whole
tone would need more than seven sharps: Idalide in E minor, the Reel de Laterrière in D, the
Fettercairn Hornpipe and the Ballybofey Jig in G). The band pieces are re-shaped for their
arrangement, as a band would: in plain 4/4, Idalide in 6/8, Artamene in 12/8, Thetis och Pelée
in 3/4, Amphion in 5/4 throughout; running figures and dotted rhythms evened out (the renderer
core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "amazilia": abc("Amazilia", "4/4", "1/8", "C#",
        "c'2 e'2 g'2 e'2 | f'2 a'2 g'2 e'2 | d'2 f'2 b'2 g'2 | c''4 g'4 | e'2 g'2 c''2 g'2 | "
        "a'2 f'2 d'2 f'2 | e'2 d'2 c'2 b2 | c'4 c'4"),
    "rolla": abc("Rolla", "4/4", "1/8", "G#m",
        "g2 b2 d'2 b2 | c'2 e'2 d'2 b2 | a2 c'2 ^f'2 d'2 | g'4 d'4 | b2 d'2 g'2 d'2 | "
        "e'2 c'2 a2 c'2 | d'2 b2 a2 ^f2 | g4 g4"),
    "orfa": abc("Orfa", "4/4", "1/8", "D#m",
        "d'2 f'2 a'2 f'2 | g'2 b'2 a'2 f'2 | e'2 g'2 ^c''2 a'2 | d''4 a'4 | f'2 a'2 d''2 a'2 | "
        "b'2 g'2 e'2 g'2 | f'2 e'2 d'2 ^c'2 | d'4 d'4"),
    "harmental": abc("Le chevalier d'Harmental", "4/4", "1/8", "B",
        "b2 d'2 f'2 d'2 | e'2 g'2 f'2 d'2 | c'2 e'2 a'2 f'2 | b'4 f'4 | d'2 f'2 b'2 f'2 | "
        "g'2 e'2 c'2 e'2 | d'2 c'2 b2 a2 | b4 b4"),
    "idalide": abc("Idalide", "6/8", "1/8", "Em",
        "e'3 b'2 g' | f'3 e'3 | ^d'3 f'2 a' | g'6 | b'3 a'2 g' | f'3 ^d'3 | e'3 g'2 f' | e'6"),
    "artamene": abc("Artamene", "12/8", "1/8", "C#",
        "c'3 e'3 g'3 e'3 | f'3 d'3 c'6 | e'3 g'3 c''3 b'3 | a'3 f'3 d'6 | g'3 b'3 d''3 b'3 | "
        "c''3 a'3 f'3 d'3 | e'3 d'3 c'3 b3 | c'3 g3 c'6"),
    "nitocri": abc("Nitocri", "4/4", "1/8", "A#m",
        "a2 c'2 e'2 c'2 | d'2 b2 ^g2 b2 | c'2 e'2 a'2 e'2 | ^g'4 e'4 | c'2 e'2 a'2 c''2 | "
        "b'2 d''2 c''2 a'2 | f'2 e'2 d'2 ^g2 | a4 a4"),
    "leucippo": abc("Leucippo", "4/4", "1/8", "F#",
        "f2 a2 c'2 a2 | b2 d'2 c'2 a2 | g2 b2 e'2 c'2 | f'4 c'4 | a2 c'2 f'2 c'2 | "
        "d'2 b2 g2 b2 | a2 g2 f2 e2 | f4 f4"),
    "antonino": abc("Antonino e Pompeiano", "4/4", "1/8", "G#m",
        "g2 d'2 b2 g2 | a2 e'2 c'2 a2 | b2 d'2 g'2 f'2 | ^f'4 d'4 | g'2 b'2 d''2 b'2 | "
        "c''2 a'2 ^f'2 a'2 | g'2 f'2 e'2 d'2 | g4 g4"),
    "ponce": abc("Ponce de Léon", "4/4", "1/8", "C#m",
        "c2 g2 e2 c2 | d2 a2 f2 d2 | e2 g2 c'2 b2 | ^b4 g4 | c'2 e'2 g'2 e'2 | "
        "f'2 d'2 ^b2 d'2 | c'2 b2 a2 g2 | c'4 c'4"),
    "brinio": abc("Brinio", "4/4", "1/8", "A",
        "a2 e'2 c'2 e'2 | d'2 f'2 e'2 c'2 | b2 d'2 f'2 d'2 | e'4 a4 | a'2 c''2 e''2 c''2 | "
        "d''2 b'2 g'2 b'2 | a'2 g'2 f'2 e'2 | a'4 a'4"),
    "dante": abc("Le Dante", "4/4", "1/8", "F#m",
        "F2 A2 c2 f2 | e2 c2 d2 B2 | c2 f2 a2 f2 | =e4 c4 | f2 a2 c'2 a2 | b2 g2 =e2 g2 | "
        "f2 c2 A2 G2 | F4 F4"),
    "ortzuri": abc("Ortzuri", "4/4", "1/8", "B",
        "b2 f'2 d'2 f'2 | e'2 g'2 f'2 d'2 | c'2 e'2 a'2 e'2 | b'4 f'4 | d'2 f'2 b'2 d''2 | "
        "c''2 a'2 f'2 a'2 | b'2 f'2 d'2 c'2 | b4 b4"),
    "thetis": abc("Thetis och Pelée", "3/4", "1/8", "E",
        "e2 g2 b2 | c'4 b2 | a2 g2 f2 | g4 e2 | f2 a2 c'2 | b4 a2 | g2 f2 e2 | f4 B2 | "
        "e2 g2 b2 | e'4 d'2 | c'2 b2 a2 | g4 f2 | a2 f2 d2 | e4 g2 | f2 d2 B2 | e4 e2"),
    "amphion": abc("Amphion", "5/4", "1/8", "A#m",
        "a2 c'2 e'2 c'2 a2 | b2 d'2 f'2 d'2 b2 | c'2 e'2 a'2 e'2 c'2 | ^g2 b2 e'2 b2 ^g2 | "
        "a2 c'2 e'2 a'2 g'2 | f'2 d'2 b2 d'2 f'2 | e'2 c'2 a2 c'2 e'2 | a2 a2 a2 a2 a2"),
    # folk pieces
    "rochebaucourt": abc("Reel de Rochebaucourt", "2/2", "1/8", "C#",
        "c' e' g' c'' e'' c'' g' e' | f' a' c'' a' f' d' b d' | c' e' g' c'' e'' g'' e'' c'' | "
        "d'' b' g' b' c''2 c''2 | g'' e'' c'' e'' g'' e'' c'' e'' | "
        "f'' d'' b' d'' f'' d'' b' d'' | e'' c'' d'' b' c'' a' g' e' | f' d' b d' c'2 c'2"),
    "laterriere": abc("Reel de Laterrière", "2/2", "1/8", "D",
        "d'2 f'2 a'2 d''2 | b' a' f' d' e'2 d'2 | f' a' a' f' g' f' e' d' | "
        "a c' e' c' d'2 d'2 | d''2 d''2 a'2 f'2 | g' f' e' d' c' d' e' g' | "
        "f' e' d' f' e' d' b a | a b c' e' d'2 d'2"),
    "fettercairn": abc("Fettercairn Hornpipe", "2/2", "1/8", "G",
        "d g b d' g' d' b g | a c' e' c' a' f' d' c' | b d' g' b' g' d' b g | a g f e f2 d2 | "
        "g b d' g' b' g' d' b | c' e' g' e' c' a f a | b d' c' e' d' f' e' g' | "
        "f' d' a f g2 g2"),
    "axminster": abc("Axminster Hornpipe", "2/2", "1/8", "B",
        "f b d' f' b' f' d' b | c' e' g' e' c'' a' f' e' | d' f' b' d'' b' f' d' b | "
        "c' b a g a2 f2 | b d' f' b' d'' b' f' d' | e' g' b' g' e' c' a c' | "
        "d' f' e' g' f' a' g' b' | a' f' c' a b2 b2"),
    "volyne": abc("Volyně Polka", "2/4", "1/8", "C#",
        "c' e' g' e' | f' a' g'2 | e' g' c'' g' | d' f' e'2 | g' c'' e'' c'' | d'' b' g' f' | "
        "e' d' c' b | c'2 g2 | a c' f' c' | b d' g'2 | c' e' a' e' | d' f' e'2 | c' e' d' b | "
        "c' a b g | a c' b g | c'2 c'2"),
    "svihov": abc("Švihov Polka", "2/4", "1/8", "E",
        "e g b g | a c' b2 | g b e' b | f a g2 | b e' g' e' | f' a' g' f' | e' d' c' b | "
        "b2 g2 | a c' e' c' | b d' f'2 | g b e' b | a c' b2 | g b a f | g e f d | e g f d | "
        "e2 e2"),
    "lisnaskea": abc("Lisnaskea Jig", "6/8", "1/8", "D#m",
        "d'2 f' a'2 f' | g'2 e' ^c'2 e' | f'2 d' a'2 f' | e'2 ^c' d'3 | a'2 g' f'2 e' | "
        "d'2 f' e'2 ^c' | d'2 e' f'2 e' | d'2 d' d'3"),
    "ballybofey": abc("Ballybofey Jig", "6/8", "1/8", "G",
        "g2 b d'2 b | c'2 a f2 a | b2 g d'2 b | a2 f g3 | d'2 c' b2 a | g2 b a2 f | g2 a b2 a | "
        "g2 g g3"),
    "ballinascarthy": abc("Ballinascarthy", "9/8", "1/8", "C#",
        "c'2 e' g'2 e' c'2 e' | d'2 f' b'2 f' d'2 f' | e'2 g' c''2 b' a'2 g' | "
        "f'2 d' b2 d' g'3 | e'2 c' g2 c' e'2 g' | f'2 a' c''2 a' f'2 d' | e'2 g' f'2 d' b2 g | "
        "c'2 g e2 g c'3"),
    "kehtolaulu": abc("Kehtolaulu", "6/8", "1/8", "A#m",
        "a3 c'2 e' | d'3 b3 | c'3 a2 ^g | a6 | e'3 a'2 g' | f'3 d'3 | e'3 c'2 b | a6"),
    "colinsburgh": abc("Colinsburgh Waltz", "3/4", "1/8", "F#",
        "f2 a2 c'2 | f'4 c'2 | d'2 b2 g2 | a4 c'2 | b2 d'2 f'2 | e'4 c'2 | d'2 c'2 b2 | a4 g2 | "
        "f2 a2 c'2 | a'4 g'2 | f'2 d'2 b2 | c'4 a2 | b2 a2 g2 | f4 e2 | g2 e2 c2 | f4 f2"),
}
