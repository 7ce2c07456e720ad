"""Public-domain melodies for real-heldout63, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Messalina
(Carlo Pallavicino, 1679; died 1688), Calandro (Giovanni Alberto Ristori, 1726; died 1753), Blanda
(Johann Wenzel Kalliwoda, 1847; died 1866), Timocrate (Leonardo Leo, 1723; died 1744), Nephté
(Jean-Baptiste Lemoyne, 1789; died 1796), Seraphine (Václav Jan Tomášek, 1811; died 1850), Medo
(Leonardo Vinci, 1728; died 1730), Ecuba (Nicola Antonio Manfroce, 1812; died 1813), Cleobulo
(Domenico Gabrielli, 1683; died 1690), Lucretia (Heinrich Marschner, 1827; died 1861), Boadicea
(Francesco Morlacchi, 1818; died 1841), Guernica (Paul Vidal, 1895; died 1931), Athalia (Johann
Nepomuk von Poißl, 1814; died 1865), Benvenuto Cellini (Franz Lachner, 1849; died 1890) and
Günther von Schwarzburg (Ignaz Holzbauer, 1777; died 1783). Folk pieces: the Reel de Sheldrake
and the Reel de Labrecque (traditional Québécois), the Kington Hornpipe and the Bellingham
Hornpipe (traditional English), the Batelov Polka and the Bzenec Polka (traditional Czech), the
Keadue Jig, the Cliffoney Jig and Kealkil (traditional Irish), Dandini (traditional Turkish) and
the Glenkindie Waltz (traditional Scottish). Attribution and dates are from memory. Written here
from memory, not copied from a collection: the notes are an outline in the tune's key, metre and
shape more than its exact notes (the grid, exact by construction, is what is scored); each
outline keeps the rhythm of the real-heldout62 outline in the same slot, its notes moved up one
step of the scale (and its key with them: the tonic a whole tone up, or a semitone up to the
letter's natural key where a whole tone would need more than seven sharps: Calandro and Cleobulo
in B minor, Lucretia in E minor, Timocrate, Athalia and the Bellingham Hornpipe in D, Benvenuto
Cellini and the Bzenec Polka in G). The band pieces are re-shaped for their arrangement, as a
band would: in plain 4/4, Nephté in 6/8, Seraphine in 12/8, Benvenuto Cellini in 3/4, Günther
von Schwarzburg in 5/4 throughout; running figures and dotted rhythms evened out (the renderer
core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "messalina": abc("Messalina", "4/4", "1/8", "E",
        "e'2 g'2 b'2 g'2 | a'2 c''2 b'2 g'2 | f'2 a'2 d''2 b'2 | e''4 b'4 | g'2 b'2 e''2 b'2 | "
        "c''2 a'2 f'2 a'2 | g'2 f'2 e'2 d'2 | e'4 e'4"),
    "calandro": abc("Calandro", "4/4", "1/8", "Bm",
        "b2 d'2 f'2 d'2 | e'2 g'2 f'2 d'2 | c'2 e'2 ^a'2 f'2 | b'4 f'4 | d'2 f'2 b'2 f'2 | "
        "g'2 e'2 c'2 e'2 | f'2 d'2 c'2 ^a2 | b4 b4"),
    "blanda": abc("Blanda", "4/4", "1/8", "F#m",
        "f'2 a'2 c''2 a'2 | b'2 d''2 c''2 a'2 | g'2 b'2 ^e''2 c''2 | f''4 c''4 | "
        "a'2 c''2 f''2 c''2 | d''2 b'2 g'2 b'2 | a'2 g'2 f'2 ^e'2 | f'4 f'4"),
    "timocrate": abc("Timocrate", "4/4", "1/8", "D",
        "d'2 f'2 a'2 f'2 | g'2 b'2 a'2 f'2 | e'2 g'2 c''2 a'2 | d''4 a'4 | f'2 a'2 d''2 a'2 | "
        "b'2 g'2 e'2 g'2 | f'2 e'2 d'2 c'2 | d'4 d'4"),
    "nephte": abc("Nephté", "6/8", "1/8", "G#m",
        "g'3 d''2 b' | a'3 g'3 | ^f'3 a'2 c'' | b'6 | d''3 c''2 b' | a'3 ^f'3 | g'3 b'2 a' | g'6"),
    "seraphine": abc("Seraphine", "12/8", "1/8", "E",
        "e'3 g'3 b'3 g'3 | a'3 f'3 e'6 | g'3 b'3 e''3 d''3 | c''3 a'3 f'6 | b'3 d''3 f''3 d''3 | "
        "e''3 c''3 a'3 f'3 | g'3 f'3 e'3 d'3 | e'3 b3 e'6"),
    "medo": abc("Medo", "4/4", "1/8", "C#m",
        "c'2 e'2 g'2 e'2 | f'2 d'2 ^b2 d'2 | e'2 g'2 c''2 g'2 | ^b'4 g'4 | e'2 g'2 c''2 e''2 | "
        "d''2 f''2 e''2 c''2 | a'2 g'2 f'2 ^b2 | c'4 c'4"),
    "ecuba": abc("Ecuba", "4/4", "1/8", "A",
        "a2 c'2 e'2 c'2 | d'2 f'2 e'2 c'2 | b2 d'2 g'2 e'2 | a'4 e'4 | c'2 e'2 a'2 e'2 | "
        "f'2 d'2 b2 d'2 | c'2 b2 a2 g2 | a4 a4"),
    "cleobulo": abc("Cleobulo", "4/4", "1/8", "Bm",
        "b2 f'2 d'2 b2 | c'2 g'2 e'2 c'2 | d'2 f'2 b'2 a'2 | ^a'4 f'4 | b'2 d''2 f''2 d''2 | "
        "e''2 c''2 ^a'2 c''2 | b'2 a'2 g'2 f'2 | b4 b4"),
    "lucretia": abc("Lucretia", "4/4", "1/8", "Em",
        "e2 b2 g2 e2 | f2 c'2 a2 f2 | g2 b2 e'2 d'2 | ^d'4 b4 | e'2 g'2 b'2 g'2 | a'2 f'2 ^d'2 f'2 | "
        "e'2 d'2 c'2 b2 | e'4 e'4"),
    "boadicea": abc("Boadicea", "4/4", "1/8", "C#",
        "c'2 g'2 e'2 g'2 | f'2 a'2 g'2 e'2 | d'2 f'2 a'2 f'2 | g'4 c'4 | c''2 e''2 g''2 e''2 | "
        "f''2 d''2 b'2 d''2 | c''2 b'2 a'2 g'2 | c''4 c''4"),
    "guernica": abc("Guernica", "4/4", "1/8", "A#m",
        "A2 c2 e2 a2 | g2 e2 f2 d2 | e2 a2 c'2 a2 | =g4 e4 | a2 c'2 e'2 c'2 | d'2 b2 =g2 b2 | "
        "a2 e2 c2 B2 | A4 A4"),
    "athalia": abc("Athalia", "4/4", "1/8", "D",
        "d'2 a'2 f'2 a'2 | g'2 b'2 a'2 f'2 | e'2 g'2 c''2 g'2 | d''4 a'4 | f'2 a'2 d''2 f''2 | "
        "e''2 c''2 a'2 c''2 | d''2 a'2 f'2 e'2 | d'4 d'4"),
    "cellini": abc("Benvenuto Cellini", "3/4", "1/8", "G",
        "g2 b2 d'2 | e'4 d'2 | c'2 b2 a2 | b4 g2 | a2 c'2 e'2 | d'4 c'2 | b2 a2 g2 | a4 d2 | "
        "g2 b2 d'2 | g'4 f'2 | e'2 d'2 c'2 | b4 a2 | c'2 a2 f2 | g4 b2 | a2 f2 d2 | g4 g2"),
    "schwarzburg": abc("Günther von Schwarzburg", "5/4", "1/8", "C#m",
        "c'2 e'2 g'2 e'2 c'2 | d'2 f'2 a'2 f'2 d'2 | e'2 g'2 c''2 g'2 e'2 | ^b2 d'2 g'2 d'2 ^b2 | "
        "c'2 e'2 g'2 c''2 b'2 | a'2 f'2 d'2 f'2 a'2 | g'2 e'2 c'2 e'2 g'2 | c'2 c'2 c'2 c'2 c'2"),
    # folk pieces
    "sheldrake": abc("Reel de Sheldrake", "2/2", "1/8", "E",
        "e' g' b' e'' g'' e'' b' g' | a' c'' e'' c'' a' f' d' f' | e' g' b' e'' g'' b'' g'' e'' | "
        "f'' d'' b' d'' e''2 e''2 | b'' g'' e'' g'' b'' g'' e'' g'' | "
        "a'' f'' d'' f'' a'' f'' d'' f'' | g'' e'' f'' d'' e'' c'' b' g' | a' f' d' f' e'2 e'2"),
    "labrecque": abc("Reel de Labrecque", "2/2", "1/8", "F#",
        "f'2 a'2 c''2 f''2 | d'' c'' a' f' g'2 f'2 | a' c'' c'' a' b' a' g' f' | "
        "c' e' g' e' f'2 f'2 | f''2 f''2 c''2 a'2 | b' a' g' f' e' f' g' b' | "
        "a' g' f' a' g' f' d' c' | c' d' e' g' f'2 f'2"),
    "kington": abc("Kington Hornpipe", "2/2", "1/8", "B",
        "f b d' f' b' f' d' b | c' e' g' e' c'' a' f' e' | d' f' b' d'' b' f' d' b | "
        "c' b a g a2 f2 | b d' f' b' d'' b' f' d' | e' g' b' g' e' c' a c' | "
        "d' f' e' g' f' a' g' b' | a' f' c' a b2 b2"),
    "bellingham": abc("Bellingham Hornpipe", "2/2", "1/8", "D",
        "a d' f' a' d'' a' f' d' | e' g' b' g' e'' c'' a' g' | f' a' d'' f'' d'' a' f' d' | "
        "e' d' c' b c'2 a2 | d' f' a' d'' f'' d'' a' f' | g' b' d'' b' g' e' c' e' | "
        "f' a' g' b' a' c'' b' d'' | c'' a' e' c' d'2 d'2"),
    "batelov": abc("Batelov Polka", "2/4", "1/8", "E",
        "e' g' b' g' | a' c'' b'2 | g' b' e'' b' | f' a' g'2 | b' e'' g'' e'' | f'' d'' b' a' | "
        "g' f' e' d' | e'2 b2 | c' e' a' e' | d' f' b'2 | e' g' c'' g' | f' a' g'2 | e' g' f' d' | "
        "e' c' d' b | c' e' d' b | e'2 e'2"),
    "bzenec": abc("Bzenec Polka", "2/4", "1/8", "G",
        "g b d' b | c' e' d'2 | b d' g' d' | a c' b2 | d' g' b' g' | a' c'' b' a' | g' f' e' d' | "
        "d'2 b2 | c' e' g' e' | d' f' a'2 | b d' g' d' | c' e' d'2 | b d' c' a | b g a f | g b a f | "
        "g2 g2"),
    "keadue": abc("Keadue Jig", "6/8", "1/8", "F#m",
        "f'2 a' c''2 a' | b'2 g' ^e'2 g' | a'2 f' c''2 a' | g'2 ^e' f'3 | c''2 b' a'2 g' | "
        "f'2 a' g'2 ^e' | f'2 g' a'2 g' | f'2 f' f'3"),
    "cliffoney": abc("Cliffoney Jig", "6/8", "1/8", "B",
        "b2 d' f'2 d' | e'2 c' a2 c' | d'2 b f'2 d' | c'2 a b3 | f'2 e' d'2 c' | b2 d' c'2 a | "
        "b2 c' d'2 c' | b2 b b3"),
    "kealkil": abc("Kealkil", "9/8", "1/8", "E",
        "e'2 g' b'2 g' e'2 g' | f'2 a' d''2 a' f'2 a' | g'2 b' e''2 d'' c''2 b' | "
        "a'2 f' d'2 f' b'3 | g'2 e' b2 e' g'2 b' | a'2 c'' e''2 c'' a'2 f' | g'2 b' a'2 f' d'2 b | "
        "e'2 b g2 b e'3"),
    "dandini": abc("Dandini", "6/8", "1/8", "C#m",
        "c'3 e'2 g' | f'3 d'3 | e'3 c'2 ^b | c'6 | g'3 c''2 b' | a'3 f'3 | g'3 e'2 d' | c'6"),
    "glenkindie": abc("Glenkindie Waltz", "3/4", "1/8", "A",
        "a2 c'2 e'2 | a'4 e'2 | f'2 d'2 b2 | c'4 e'2 | d'2 f'2 a'2 | g'4 e'2 | f'2 e'2 d'2 | "
        "c'4 b2 | a2 c'2 e'2 | c''4 b'2 | a'2 f'2 d'2 | e'4 c'2 | d'2 c'2 b2 | a4 g2 | b2 g2 e2 | "
        "a4 a2"),
}
