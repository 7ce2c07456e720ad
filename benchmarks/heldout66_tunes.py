"""Public-domain melodies for real-heldout66, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Asteria
(Johann Adolf Hasse, 1737; died 1783), Rosbale (Nicola Porpora, 1737; died 1768), Orsola (Paul
and Lucien Hillemacher, 1902; died 1933 and 1909), Mélide (François-André Danican Philidor, 1773,
"Mélide, ou Le navigateur"; died 1795), Germondo (Tommaso Traetta, 1776; died 1779), Calto
(Francesco Bianchi, 1788; died 1810), Archelao (Francesco Bartolomeo Conti, 1722; died 1732),
Achmet und Almanzine (Johann Baptist Schenk, 1795; died 1836), Imogène (Rodolphe Kreutzer, 1796;
died 1831), Alsinda (Niccolò Zingarelli, 1785; died 1837), Azäel (Giovanni Bottesini, 1880; died
1889), Ledia (Valentín Zubiaurre, 1877; died 1914), Polidoro (Antonio Lotti, 1714; died 1740),
Hippodamie (André Campra, 1708; died 1744) and Almanzor (Giovanni Tadolini, 1827; died 1872).
Folk pieces: the Reel de Vassan and the Reel de Laniel (traditional Québécois), the Tealby
Hornpipe and the Laxfield Hornpipe (traditional English), the Lhenice Polka and the Oslavany
Polka (traditional Czech), the Fanore Jig, the Bodyke Jig and Riverstick (traditional Irish),
Durme durme (traditional Sephardic) and the Rothiemay Waltz (traditional Scottish).
Attribution and dates are from memory. Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the grid,
exact by construction, is what is scored); each outline keeps the rhythm of the real-heldout65
outline in the same slot, its notes moved up one step of the scale (and its key with them: the
tonic a whole tone up, or a semitone up to the letter's natural key where a whole tone would need
more than seven sharps: Rosbale and Imogène in E minor (65's D# minor), Orsola and the Fanore Jig
in B minor (65's A# minor), Mélide, Polidoro and the Laxfield Hornpipe in G (65's F# major),
Achmet und Almanzine and the Rothiemay Waltz in D (65's C# major): nine slots). The band pieces
are re-shaped for their arrangement, as a band would: in plain 4/4, Germondo in 6/8, Calto in
12/8, Hippodamie in 3/4, Almanzor in 5/4 throughout; running figures and dotted rhythms evened
out (the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so
looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "asteria": abc("Asteria", "4/4", "1/8", "A",
        "a'2 c''2 e''2 c''2 | d''2 f''2 e''2 c''2 | b'2 d''2 g''2 e''2 | a''4 e''4 | "
        "c''2 e''2 a''2 e''2 | f''2 d''2 b'2 d''2 | c''2 b'2 a'2 g'2 | a'4 a'4"),
    "rosbale": abc("Rosbale", "4/4", "1/8", "Em",
        "e'2 g'2 b'2 g'2 | a'2 c''2 b'2 g'2 | f'2 a'2 ^d''2 b'2 | e''4 b'4 | g'2 b'2 e''2 b'2 | "
        "c''2 a'2 f'2 a'2 | b'2 g'2 f'2 ^d'2 | e'4 e'4"),
    "orsola": abc("Orsola", "4/4", "1/8", "Bm",
        "b'2 d''2 f''2 d''2 | e''2 g''2 f''2 d''2 | c''2 e''2 ^a''2 f''2 | b''4 f''4 | "
        "d''2 f''2 b''2 f''2 | g''2 e''2 c''2 e''2 | d''2 c''2 b'2 ^a'2 | b'4 b'4"),
    "melide": abc("Mélide", "4/4", "1/8", "G",
        "g'2 b'2 d''2 b'2 | c''2 e''2 d''2 b'2 | a'2 c''2 f''2 d''2 | g''4 d''4 | "
        "b'2 d''2 g''2 d''2 | e''2 c''2 a'2 c''2 | b'2 a'2 g'2 f'2 | g'4 g'4"),
    "germondo": abc("Germondo", "6/8", "1/8", "C#m",
        "c''3 g''2 e'' | d''3 c''3 | ^b'3 d''2 f'' | e''6 | g''3 f''2 e'' | d''3 ^b'3 | "
        "c''3 e''2 d'' | c''6"),
    "calto": abc("Calto", "12/8", "1/8", "A",
        "a'3 c''3 e''3 c''3 | d''3 b'3 a'6 | c''3 e''3 a''3 g''3 | f''3 d''3 b'6 | "
        "e''3 g''3 b''3 g''3 | a''3 f''3 d''3 b'3 | c''3 b'3 a'3 g'3 | a'3 e'3 a'6"),
    "archelao": abc("Archelao", "4/4", "1/8", "F#m",
        "f'2 a'2 c''2 a'2 | b'2 g'2 ^e'2 g'2 | a'2 c''2 f''2 c''2 | ^e''4 c''4 | "
        "a'2 c''2 f''2 a''2 | g''2 b''2 a''2 f''2 | d''2 c''2 b'2 ^e'2 | f'4 f'4"),
    "achmet": abc("Achmet und Almanzine", "4/4", "1/8", "D",
        "d'2 f'2 a'2 f'2 | g'2 b'2 a'2 f'2 | e'2 g'2 c''2 a'2 | d''4 a'4 | f'2 a'2 d''2 a'2 | "
        "b'2 g'2 e'2 g'2 | f'2 e'2 d'2 c'2 | d'4 d'4"),
    "imogene": abc("Imogène", "4/4", "1/8", "Em",
        "e'2 b'2 g'2 e'2 | f'2 c''2 a'2 f'2 | g'2 b'2 e''2 d''2 | ^d''4 b'4 | e''2 g''2 b''2 g''2 | "
        "a''2 f''2 ^d''2 f''2 | e''2 d''2 c''2 b'2 | e'4 e'4"),
    "alsinda": abc("Alsinda", "4/4", "1/8", "A#m",
        "a2 e'2 c'2 a2 | b2 f'2 d'2 b2 | c'2 e'2 a'2 g'2 | ^g'4 e'4 | a'2 c''2 e''2 c''2 | "
        "d''2 b'2 ^g'2 b'2 | a'2 g'2 f'2 e'2 | a'4 a'4"),
    "azael": abc("Azäel", "4/4", "1/8", "F#",
        "f'2 c''2 a'2 c''2 | b'2 d''2 c''2 a'2 | g'2 b'2 d''2 b'2 | c''4 f'4 | "
        "f''2 a''2 c'''2 a''2 | b''2 g''2 e''2 g''2 | f''2 e''2 d''2 c''2 | f''4 f''4"),
    "ledia": abc("Ledia", "4/4", "1/8", "D#m",
        "d2 f2 a2 d'2 | c'2 a2 b2 g2 | a2 d'2 f'2 d'2 | =c'4 a4 | d'2 f'2 a'2 f'2 | "
        "g'2 e'2 =c'2 e'2 | d'2 a2 f2 e2 | d4 d4"),
    "polidoro": abc("Polidoro", "4/4", "1/8", "G",
        "g'2 d''2 b'2 d''2 | c''2 e''2 d''2 b'2 | a'2 c''2 f''2 c''2 | g''4 d''4 | "
        "b'2 d''2 g''2 b''2 | a''2 f''2 d''2 f''2 | g''2 d''2 b'2 a'2 | g'4 g'4"),
    "hippodamie": abc("Hippodamie", "3/4", "1/8", "C#",
        "c'2 e'2 g'2 | a'4 g'2 | f'2 e'2 d'2 | e'4 c'2 | d'2 f'2 a'2 | g'4 f'2 | e'2 d'2 c'2 | "
        "d'4 g2 | c'2 e'2 g'2 | c''4 b'2 | a'2 g'2 f'2 | e'4 d'2 | f'2 d'2 b2 | c'4 e'2 | "
        "d'2 b2 g2 | c'4 c'2"),
    "almanzor": abc("Almanzor", "5/4", "1/8", "F#m",
        "f'2 a'2 c''2 a'2 f'2 | g'2 b'2 d''2 b'2 g'2 | a'2 c''2 f''2 c''2 a'2 | "
        "^e'2 g'2 c''2 g'2 ^e'2 | f'2 a'2 c''2 f''2 e''2 | d''2 b'2 g'2 b'2 d''2 | "
        "c''2 a'2 f'2 a'2 c''2 | f'2 f'2 f'2 f'2 f'2"),
    # folk pieces
    "vassan": abc("Reel de Vassan", "2/2", "1/8", "A",
        "a' c'' e'' a'' c''' a'' e'' c'' | d'' f'' a'' f'' d'' b' g' b' | "
        "a' c'' e'' a'' c''' e''' c''' a'' | b'' g'' e'' g'' a''2 a''2 | "
        "e''' c''' a'' c''' e''' c''' a'' c''' | d''' b'' g'' b'' d''' b'' g'' b'' | "
        "c''' a'' b'' g'' a'' f'' e'' c'' | d'' b' g' b' a'2 a'2"),
    "laniel": abc("Reel de Laniel", "2/2", "1/8", "B",
        "b'2 d''2 f''2 b''2 | g'' f'' d'' b' c''2 b'2 | d'' f'' f'' d'' e'' d'' c'' b' | "
        "f' a' c'' a' b'2 b'2 | b''2 b''2 f''2 d''2 | e'' d'' c'' b' a' b' c'' e'' | "
        "d'' c'' b' d'' c'' b' g' f' | f' g' a' c'' b'2 b'2"),
    "tealby": abc("Tealby Hornpipe", "2/2", "1/8", "E",
        "b e' g' b' e'' b' g' e' | f' a' c'' a' f'' d'' b' a' | g' b' e'' g'' e'' b' g' e' | "
        "f' e' d' c' d'2 b2 | e' g' b' e'' g'' e'' b' g' | a' c'' e'' c'' a' f' d' f' | "
        "g' b' a' c'' b' d'' c'' e'' | d'' b' f' d' e'2 e'2"),
    "laxfield": abc("Laxfield Hornpipe", "2/2", "1/8", "G",
        "d' g' b' d'' g'' d'' b' g' | a' c'' e'' c'' a'' f'' d'' c'' | "
        "b' d'' g'' b'' g'' d'' b' g' | a' g' f' e' f'2 d'2 | g' b' d'' g'' b'' g'' d'' b' | "
        "c'' e'' g'' e'' c'' a' f' a' | b' d'' c'' e'' d'' f'' e'' g'' | f'' d'' a' f' g'2 g'2"),
    "lhenice": abc("Lhenice Polka", "2/4", "1/8", "A",
        "a' c'' e'' c'' | d'' f'' e''2 | c'' e'' a'' e'' | b' d'' c''2 | e'' a'' c''' a'' | "
        "b'' g'' e'' d'' | c'' b' a' g' | a'2 e'2 | f' a' d'' a' | g' b' e''2 | a' c'' f'' c'' | "
        "b' d'' c''2 | a' c'' b' g' | a' f' g' e' | f' a' g' e' | a'2 a'2"),
    "oslavany": abc("Oslavany Polka", "2/4", "1/8", "C#",
        "c' e' g' e' | f' a' g'2 | e' g' c'' g' | d' f' e'2 | g' c'' e'' c'' | d'' f'' e'' d'' | "
        "c'' b' a' g' | g'2 e'2 | f' a' c'' a' | g' b' d''2 | e' g' c'' g' | f' a' g'2 | "
        "e' g' f' d' | e' c' d' b | c' e' d' b | c'2 c'2"),
    "fanore": abc("Fanore Jig", "6/8", "1/8", "Bm",
        "b'2 d'' f''2 d'' | e''2 c'' ^a'2 c'' | d''2 b' f''2 d'' | c''2 ^a' b'3 | "
        "f''2 e'' d''2 c'' | b'2 d'' c''2 ^a' | b'2 c'' d''2 c'' | b'2 b' b'3"),
    "bodyke": abc("Bodyke Jig", "6/8", "1/8", "E",
        "e'2 g' b'2 g' | a'2 f' d'2 f' | g'2 e' b'2 g' | f'2 d' e'3 | b'2 a' g'2 f' | "
        "e'2 g' f'2 d' | e'2 f' g'2 f' | e'2 e' e'3"),
    "riverstick": abc("Riverstick", "9/8", "1/8", "A",
        "a'2 c'' e''2 c'' a'2 c'' | b'2 d'' g''2 d'' b'2 d'' | c''2 e'' a''2 g'' f''2 e'' | "
        "d''2 b' g'2 b' e''3 | c''2 a' e'2 a' c''2 e'' | d''2 f'' a''2 f'' d''2 b' | "
        "c''2 e'' d''2 b' g'2 e' | a'2 e' c'2 e' a'3"),
    "durme": abc("Durme durme", "6/8", "1/8", "F#m",
        "f'3 a'2 c'' | b'3 g'3 | a'3 f'2 ^e' | f'6 | c''3 f''2 e'' | d''3 b'3 | c''3 a'2 g' | f'6"),
    "rothiemay": abc("Rothiemay Waltz", "3/4", "1/8", "D",
        "d'2 f'2 a'2 | d''4 a'2 | b'2 g'2 e'2 | f'4 a'2 | g'2 b'2 d''2 | c''4 a'2 | b'2 a'2 g'2 | "
        "f'4 e'2 | d'2 f'2 a'2 | f''4 e''2 | d''2 b'2 g'2 | a'4 f'2 | g'2 f'2 e'2 | d'4 c'2 | "
        "e'2 c'2 a2 | d'4 d'2"),
}
