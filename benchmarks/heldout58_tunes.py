"""Public-domain melodies for real-heldout58, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Ezio (George
Frideric Handel, 1732; died 1759), Coscoletto (Jacques Offenbach, 1865; died 1880), Carmosina
(João Gomes de Araújo, 1888; died 1943), Der Sterngucker (Franz Lehár, 1916; died 1948), Salustia
(Giovanni Battista Pergolesi, 1732; died 1736), Artaxerxes (Thomas Arne, 1762; died 1778),
Polifemo (Nicola Porpora, 1735; died 1768), Milton (Gaspare Spontini, 1804; died 1851), Laureana
(Augusto Machado, 1883; died 1924), Ossian (Jean-François Le Sueur, 1804; died 1837), Ruggiero
(Johann Adolph Hasse, 1771; died 1783), Les saltimbanques (Louis Ganne, 1899; died 1923),
Theophano (Paul Graener, 1918; died 1944), Wonderland (Victor Herbert, 1905; died 1924) and
Medonte (Giuseppe Sarti, 1777; died 1802). Folk pieces: the Reel de Cloridorme and the Reel de
Daveluyville (traditional Québécois), the Alyth Hornpipe (traditional Scottish) and the Crewkerne
Hornpipe (traditional English), the Jevíčko Polka and the Přeštice Polka (traditional Czech), the
Foynes Jig, the Mohill Jig and Kiskeam (traditional Irish), Tužbalica (traditional Serbian) and
the Melvich Waltz (traditional Scottish). Attribution and dates are from memory. Written here
from memory, not copied from a collection: the notes are an outline in the tune's key, metre and
shape more than its exact notes (the grid, exact by construction, is what is scored); each
outline keeps the rhythm of the real-heldout57 outline in the same slot, its notes moved up one
step of the scale (and its key with them: the tonic a whole tone up, or a semitone up to the
letter's natural key where a whole tone would need more than seven sharps: Ezio, Artaxerxes, the
Reel de Cloridorme, the Jevíčko Polka and Kiskeam in G, Salustia in B minor, Polifemo, Medonte
and Tužbalica in E minor, the Alyth Hornpipe and the Mohill Jig in D). The band pieces are
re-shaped for their arrangement, as a band would: in plain 4/4, Salustia in 6/8, Artaxerxes in
12/8, Wonderland in 3/4, Medonte in 5/4 throughout; running figures and dotted rhythms evened out
(the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "ezio": abc("Ezio", "4/4", "1/8", "G",
        "g2 b2 d'2 b2 | c'2 e'2 d'2 b2 | a2 c'2 f'2 d'2 | g'4 d'4 | b2 d'2 g'2 d'2 | "
        "e'2 c'2 a2 c'2 | b2 a2 g2 f2 | g4 g4"),
    "coscoletto": abc("Coscoletto", "4/4", "1/8", "D#m",
        "d2 f2 a2 f2 | g2 b2 a2 f2 | e2 g2 ^c'2 a2 | d'4 a4 | f2 a2 d'2 a2 | b2 g2 e2 g2 | "
        "a2 f2 e2 ^c2 | d4 d4"),
    "carmosina": abc("Carmosina", "4/4", "1/8", "A#m",
        "a2 c'2 e'2 c'2 | d'2 f'2 e'2 c'2 | b2 d'2 ^g'2 e'2 | a'4 e'4 | c'2 e'2 a'2 e'2 | "
        "f'2 d'2 b2 d'2 | c'2 b2 a2 ^g2 | a4 a4"),
    "sterngucker": abc("Der Sterngucker", "4/4", "1/8", "F#",
        "f2 a2 c'2 a2 | b2 d'2 c'2 a2 | g2 b2 e'2 c'2 | f'4 c'4 | a2 c'2 f'2 c'2 | "
        "d'2 b2 g2 b2 | a2 g2 f2 e2 | f4 f4"),
    "salustia": abc("Salustia", "6/8", "1/8", "Bm",
        "b3 f'2 d' | c'3 b3 | ^a3 c'2 e' | d'6 | f'3 e'2 d' | c'3 ^a3 | b3 d'2 c' | b6"),
    "artaxerxes": abc("Artaxerxes", "12/8", "1/8", "G",
        "g3 b3 d'3 b3 | c'3 a3 g6 | b3 d'3 g'3 f'3 | e'3 c'3 a6 | d'3 f'3 a'3 f'3 | "
        "g'3 e'3 c'3 a3 | b3 a3 g3 f3 | g3 d3 g6"),
    "polifemo": abc("Polifemo", "4/4", "1/8", "Em",
        "e2 g2 b2 g2 | a2 f2 ^d2 f2 | g2 b2 e'2 b2 | ^d'4 b4 | g2 b2 e'2 g'2 | "
        "f'2 a'2 g'2 e'2 | c'2 b2 a2 ^d2 | e4 e4"),
    "milton": abc("Milton", "4/4", "1/8", "C#",
        "c2 e2 g2 e2 | f2 a2 g2 e2 | d2 f2 b2 g2 | c'4 g4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
        "e2 d2 c2 B2 | c4 c4"),
    "laureana": abc("Laureana", "4/4", "1/8", "D#m",
        "d2 a2 f2 d2 | e2 b2 g2 e2 | f2 a2 d'2 c'2 | ^c'4 a4 | d'2 f'2 a'2 f'2 | "
        "g'2 e'2 ^c'2 e'2 | d'2 c'2 b2 a2 | d4 d4"),
    "ossian": abc("Ossian", "4/4", "1/8", "G#m",
        "G2 d2 B2 G2 | A2 e2 c2 A2 | B2 d2 g2 f2 | ^f4 d4 | g2 b2 d'2 b2 | c'2 a2 ^f2 a2 | "
        "g2 f2 e2 d2 | g4 g4"),
    "ruggiero": abc("Ruggiero", "4/4", "1/8", "E",
        "e2 b2 g2 b2 | a2 c'2 b2 g2 | f2 a2 c'2 a2 | b4 e4 | e'2 g'2 b'2 g'2 | "
        "a'2 f'2 d'2 f'2 | e'2 d'2 c'2 b2 | e'4 e'4"),
    "saltimbanques": abc("Les saltimbanques", "4/4", "1/8", "C#m",
        "C2 E2 G2 c2 | B2 G2 A2 F2 | G2 c2 e2 c2 | =B4 G4 | c2 e2 g2 e2 | f2 d2 =B2 d2 | "
        "c2 G2 E2 D2 | C4 C4"),
    "theophano": abc("Theophano", "4/4", "1/8", "F#",
        "f2 c'2 a2 c'2 | b2 d'2 c'2 a2 | g2 b2 e'2 b2 | f'4 c'4 | a2 c'2 f'2 a'2 | "
        "g'2 e'2 c'2 e'2 | f'2 c'2 a2 g2 | f4 f4"),
    "wonderland": abc("Wonderland", "3/4", "1/8", "B",
        "B2 d2 f2 | g4 f2 | e2 d2 c2 | d4 B2 | c2 e2 g2 | f4 e2 | d2 c2 B2 | c4 F2 | B2 d2 f2 | "
        "b4 a2 | g2 f2 e2 | d4 c2 | e2 c2 A2 | B4 d2 | c2 A2 F2 | B4 B2"),
    "medonte": abc("Medonte", "5/4", "1/8", "Em",
        "e2 g2 b2 g2 e2 | f2 a2 c'2 a2 f2 | g2 b2 e'2 b2 g2 | ^d2 f2 b2 f2 ^d2 | "
        "e2 g2 b2 e'2 d'2 | c'2 a2 f2 a2 c'2 | b2 g2 e2 g2 b2 | e2 e2 e2 e2 e2"),
    # folk pieces
    "cloridorme": abc("Reel de Cloridorme", "2/2", "1/8", "G",
        "g b d' g' b' g' d' b | c' e' g' e' c' a f a | g b d' g' b' d'' b' g' | "
        "a' f' d' f' g'2 g'2 | d'' b' g' b' d'' b' g' b' | c'' a' f' a' c'' a' f' a' | "
        "b' g' a' f' g' e' d' b | c' a f a g2 g2"),
    "daveluyville": abc("Reel de Daveluyville", "2/2", "1/8", "A",
        "a2 c'2 e'2 a'2 | f' e' c' a b2 a2 | c' e' e' c' d' c' b a | e g b g a2 a2 | "
        "a'2 a'2 e'2 c'2 | d' c' b a g a b d' | c' b a c' b a f e | e f g b a2 a2"),
    "alyth": abc("Alyth Hornpipe", "2/2", "1/8", "D",
        "A d f a d' a f d | e g b g e' c' a g | f a d' f' d' a f d | e d c B c2 A2 | "
        "d f a d' f' d' a f | g b d' b g e c e | f a g b a c' b d' | c' a e c d2 d2"),
    "crewkerne": abc("Crewkerne Hornpipe", "2/2", "1/8", "F#",
        "c f a c' f' c' a f | g b d' b g' e' c' b | a c' f' a' f' c' a f | g f e d e2 c2 | "
        "f a c' f' a' f' c' a | b d' f' d' b g e g | a c' b d' c' e' d' f' | e' c' g e f2 f2"),
    "jevicko": abc("Jevíčko Polka", "2/4", "1/8", "G",
        "g b d' b | c' e' d'2 | b d' g' d' | a c' b2 | d' g' b' g' | a' f' d' c' | b a g f | "
        "g2 d2 | e g c' g | f a d'2 | g b e' b | a c' b2 | g b a f | g e f d | e g f d | "
        "g2 g2"),
    "prestice": abc("Přeštice Polka", "2/4", "1/8", "B",
        "B d f d | e g f2 | d f b f | c e d2 | f b d' b | c' e' d' c' | b a g f | f2 d2 | "
        "e g b g | f a c'2 | d f b f | e g f2 | d f e c | d B c A | B d c A | B2 B2"),
    "foynes": abc("Foynes Jig", "6/8", "1/8", "A#m",
        "a2 c' e'2 c' | d'2 b ^g2 b | c'2 a e'2 c' | b2 ^g a3 | e'2 d' c'2 b | a2 c' b2 ^g | "
        "a2 b c'2 b | a2 a a3"),
    "mohill": abc("Mohill Jig", "6/8", "1/8", "D",
        "d2 f a2 f | g2 e c2 e | f2 d a2 f | e2 c d3 | a2 g f2 e | d2 f e2 c | d2 e f2 e | "
        "d2 d d3"),
    "kiskeam": abc("Kiskeam", "9/8", "1/8", "G",
        "g2 b d'2 b g2 b | a2 c' f'2 c' a2 c' | b2 d' g'2 f' e'2 d' | c'2 a f2 a d'3 | "
        "b2 g d2 g b2 d' | c'2 e' g'2 e' c'2 a | b2 d' c'2 a f2 d | g2 d B2 d g3"),
    "tuzbalica": abc("Tužbalica", "6/8", "1/8", "Em",
        "e3 g2 b | a3 f3 | g3 e2 ^d | e6 | b3 e'2 d' | c'3 a3 | b3 g2 f | e6"),
    "melvich": abc("Melvich Waltz", "3/4", "1/8", "C#",
        "c2 e2 g2 | c'4 g2 | a2 f2 d2 | e4 g2 | f2 a2 c'2 | b4 g2 | a2 g2 f2 | e4 d2 | "
        "c2 e2 g2 | e'4 d'2 | c'2 a2 f2 | g4 e2 | f2 e2 d2 | c4 B2 | d2 B2 G2 | c4 c2"),
}
