"""Public-domain melodies for real-heldout68, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Piquillo
(Hippolyte Monpou, 1837; died 1841), Issea (Gaetano Pugnani, 1771; died 1798), Frauenlob (Eduard
Lassen, 1860; died 1904), Georgette (François-Auguste Gevaert, 1853; died 1908), Teraminta (John
Christopher Smith, 1732; died 1795), Théagène et Chariclée (Henri Desmarest, 1695; died 1741),
Laurette (Nicolas-Jean Le Froid de Méreaux, about 1777; died 1797), Birger Jarl (Francesco
Antonio Uttini, 1774; died 1795), Merowig (Samuel Rousseau, about 1892; died 1904), Rosamunde
(Anton Schweitzer, 1780; died 1787), Fausto (Louise Bertin, 1831; died 1877), Das Pfauenfest
(Johann Rudolf Zumsteeg, 1801; died 1802), Rosanie (Henri-Joseph Rigel, 1780; died 1799), Dafni
(Emanuele d'Astorga, 1709; died about 1757) and Das Rosenfest (Ernst Wilhelm Wolf, 1770; died
1792). Folk pieces: the Reel de Bouchette and the Reel de Lantier (traditional Québécois), the
Scamblesby Hornpipe and the Peasenhall Hornpipe (traditional English), the Protivanov Polka and
the Buchlovice Polka (traditional Czech), the Kilnaleck Jig, the Annagry Jig and Ahiohill
(traditional Irish), Bí, bí og blaka (traditional Icelandic) and the Auchnagatt Waltz
(traditional Scottish). Attribution and dates are from memory. Written here from memory, not
copied from a collection: the notes are an outline in the tune's key, metre and shape more than
its exact notes (the grid, exact by construction, is what is scored); each outline keeps the
rhythm of the real-heldout67 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Teraminta in E minor (67's D# minor), the
Reel de Lantier in D (67's C# major), the Scamblesby Hornpipe and the Annagry Jig in G (67's F#
major): four slots). The band pieces are re-shaped for their arrangement, as a band would: in
plain 4/4, Teraminta in 6/8, Théagène et Chariclée in 12/8, Dafni in 3/4, Das Rosenfest in 5/4
throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "piquillo": abc("Piquillo", "4/4", "1/8", "C#",
        "c''2 e''2 g''2 e''2 | f''2 a''2 g''2 e''2 | d''2 f''2 b''2 g''2 | c'''4 g''4 | "
        "e''2 g''2 c'''2 g''2 | a''2 f''2 d''2 f''2 | e''2 d''2 c''2 b'2 | c''4 c''4"),
    "issea": abc("Issea", "4/4", "1/8", "G#m",
        "g'2 b'2 d''2 b'2 | c''2 e''2 d''2 b'2 | a'2 c''2 ^f''2 d''2 | g''4 d''4 | "
        "b'2 d''2 g''2 d''2 | e''2 c''2 a'2 c''2 | d''2 b'2 a'2 ^f'2 | g'4 g'4"),
    "frauenlob": abc("Frauenlob", "4/4", "1/8", "D#m",
        "d''2 f''2 a''2 f''2 | g''2 b''2 a''2 f''2 | e''2 g''2 ^c'''2 a''2 | d'''4 a''4 | "
        "f''2 a''2 d'''2 a''2 | b''2 g''2 e''2 g''2 | f''2 e''2 d''2 ^c''2 | d''4 d''4"),
    "georgette": abc("Georgette", "4/4", "1/8", "B",
        "b'2 d''2 f''2 d''2 | e''2 g''2 f''2 d''2 | c''2 e''2 a''2 f''2 | b''4 f''4 | "
        "d''2 f''2 b''2 f''2 | g''2 e''2 c''2 e''2 | d''2 c''2 b'2 a'2 | b'4 b'4"),
    "teraminta": abc("Teraminta", "6/8", "1/8", "Em",
        "e''3 b''2 g'' | f''3 e''3 | ^d''3 f''2 a'' | g''6 | b''3 a''2 g'' | f''3 ^d''3 | "
        "e''3 g''2 f'' | e''6"),
    "theagene": abc("Théagène et Chariclée", "12/8", "1/8", "C#",
        "c''3 e''3 g''3 e''3 | f''3 d''3 c''6 | e''3 g''3 c'''3 b''3 | a''3 f''3 d''6 | "
        "g''3 b''3 d'''3 b''3 | c'''3 a''3 f''3 d''3 | e''3 d''3 c''3 b'3 | c''3 g'3 c''6"),
    "laurette": abc("Laurette", "4/4", "1/8", "A#m",
        "a'2 c''2 e''2 c''2 | d''2 b'2 ^g'2 b'2 | c''2 e''2 a''2 e''2 | ^g''4 e''4 | "
        "c''2 e''2 a''2 c'''2 | b''2 d'''2 c'''2 a''2 | f''2 e''2 d''2 ^g'2 | a'4 a'4"),
    "birgerjarl": abc("Birger Jarl", "4/4", "1/8", "F#",
        "f'2 a'2 c''2 a'2 | b'2 d''2 c''2 a'2 | g'2 b'2 e''2 c''2 | f''4 c''4 | a'2 c''2 f''2 c''2 | "
        "d''2 b'2 g'2 b'2 | a'2 g'2 f'2 e'2 | f'4 f'4"),
    "merowig": abc("Merowig", "4/4", "1/8", "G#m",
        "g'2 d''2 b'2 g'2 | a'2 e''2 c''2 a'2 | b'2 d''2 g''2 f''2 | ^f''4 d''4 | "
        "g''2 b''2 d'''2 b''2 | c'''2 a''2 ^f''2 a''2 | g''2 f''2 e''2 d''2 | g'4 g'4"),
    "rosamunde": abc("Rosamunde", "4/4", "1/8", "C#m",
        "c'2 g'2 e'2 c'2 | d'2 a'2 f'2 d'2 | e'2 g'2 c''2 b'2 | ^b'4 g'4 | c''2 e''2 g''2 e''2 | "
        "f''2 d''2 ^b'2 d''2 | c''2 b'2 a'2 g'2 | c''4 c''4"),
    "fausto": abc("Fausto", "4/4", "1/8", "A",
        "a'2 e''2 c''2 e''2 | d''2 f''2 e''2 c''2 | b'2 d''2 f''2 d''2 | e''4 a'4 | "
        "a''2 c'''2 e'''2 c'''2 | d'''2 b''2 g''2 b''2 | a''2 g''2 f''2 e''2 | a''4 a''4"),
    "pfauenfest": abc("Das Pfauenfest", "4/4", "1/8", "F#m",
        "f2 a2 c'2 f'2 | e'2 c'2 d'2 b2 | c'2 f'2 a'2 f'2 | =e'4 c'4 | f'2 a'2 c''2 a'2 | "
        "b'2 g'2 =e'2 g'2 | f'2 c'2 a2 g2 | f4 f4"),
    "rosanie": abc("Rosanie", "4/4", "1/8", "B",
        "b'2 f''2 d''2 f''2 | e''2 g''2 f''2 d''2 | c''2 e''2 a''2 e''2 | b''4 f''4 | "
        "d''2 f''2 b''2 d'''2 | c'''2 a''2 f''2 a''2 | b''2 f''2 d''2 c''2 | b'4 b'4"),
    "dafni": abc("Dafni", "3/4", "1/8", "E",
        "e'2 g'2 b'2 | c''4 b'2 | a'2 g'2 f'2 | g'4 e'2 | f'2 a'2 c''2 | b'4 a'2 | g'2 f'2 e'2 | "
        "f'4 b2 | e'2 g'2 b'2 | e''4 d''2 | c''2 b'2 a'2 | g'4 f'2 | a'2 f'2 d'2 | e'4 g'2 | "
        "f'2 d'2 b2 | e'4 e'2"),
    "rosenfest": abc("Das Rosenfest", "5/4", "1/8", "A#m",
        "a'2 c''2 e''2 c''2 a'2 | b'2 d''2 f''2 d''2 b'2 | c''2 e''2 a''2 e''2 c''2 | "
        "^g'2 b'2 e''2 b'2 ^g'2 | a'2 c''2 e''2 a''2 g''2 | f''2 d''2 b'2 d''2 f''2 | "
        "e''2 c''2 a'2 c''2 e''2 | a'2 a'2 a'2 a'2 a'2"),
    # folk pieces
    "bouchette": abc("Reel de Bouchette", "2/2", "1/8", "C#",
        "c'' e'' g'' c''' e''' c''' g'' e'' | f'' a'' c''' a'' f'' d'' b' d'' | "
        "c'' e'' g'' c''' e''' g''' e''' c''' | d''' b'' g'' b'' c'''2 c'''2 | "
        "g''' e''' c''' e''' g''' e''' c''' e''' | f''' d''' b'' d''' f''' d''' b'' d''' | "
        "e''' c''' d''' b'' c''' a'' g'' e'' | f'' d'' b' d'' c''2 c''2"),
    "lantier": abc("Reel de Lantier", "2/2", "1/8", "D",
        "d''2 f''2 a''2 d'''2 | b'' a'' f'' d'' e''2 d''2 | f'' a'' a'' f'' g'' f'' e'' d'' | "
        "a' c'' e'' c'' d''2 d''2 | d'''2 d'''2 a''2 f''2 | g'' f'' e'' d'' c'' d'' e'' g'' | "
        "f'' e'' d'' f'' e'' d'' b' a' | a' b' c'' e'' d''2 d''2"),
    "scamblesby": abc("Scamblesby Hornpipe", "2/2", "1/8", "G",
        "d' g' b' d'' g'' d'' b' g' | a' c'' e'' c'' a'' f'' d'' c'' | "
        "b' d'' g'' b'' g'' d'' b' g' | a' g' f' e' f'2 d'2 | g' b' d'' g'' b'' g'' d'' b' | "
        "c'' e'' g'' e'' c'' a' f' a' | b' d'' c'' e'' d'' f'' e'' g'' | f'' d'' a' f' g'2 g'2"),
    "peasenhall": abc("Peasenhall Hornpipe", "2/2", "1/8", "B",
        "f' b' d'' f'' b'' f'' d'' b' | c'' e'' g'' e'' c''' a'' f'' e'' | "
        "d'' f'' b'' d''' b'' f'' d'' b' | c'' b' a' g' a'2 f'2 | b' d'' f'' b'' d''' b'' f'' d'' | "
        "e'' g'' b'' g'' e'' c'' a' c'' | d'' f'' e'' g'' f'' a'' g'' b'' | a'' f'' c'' a' b'2 b'2"),
    "protivanov": abc("Protivanov Polka", "2/4", "1/8", "C#",
        "c'' e'' g'' e'' | f'' a'' g''2 | e'' g'' c''' g'' | d'' f'' e''2 | g'' c''' e''' c''' | "
        "d''' b'' g'' f'' | e'' d'' c'' b' | c''2 g'2 | a' c'' f'' c'' | b' d'' g''2 | "
        "c'' e'' a'' e'' | d'' f'' e''2 | c'' e'' d'' b' | c'' a' b' g' | a' c'' b' g' | c''2 c''2"),
    "buchlovice": abc("Buchlovice Polka", "2/4", "1/8", "E",
        "e' g' b' g' | a' c'' b'2 | g' b' e'' b' | f' a' g'2 | b' e'' g'' e'' | f'' a'' g'' f'' | "
        "e'' d'' c'' b' | b'2 g'2 | a' c'' e'' c'' | b' d'' f''2 | g' b' e'' b' | a' c'' b'2 | "
        "g' b' a' f' | g' e' f' d' | e' g' f' d' | e'2 e'2"),
    "kilnaleck": abc("Kilnaleck Jig", "6/8", "1/8", "D#m",
        "d''2 f'' a''2 f'' | g''2 e'' ^c''2 e'' | f''2 d'' a''2 f'' | e''2 ^c'' d''3 | "
        "a''2 g'' f''2 e'' | d''2 f'' e''2 ^c'' | d''2 e'' f''2 e'' | d''2 d'' d''3"),
    "annagry": abc("Annagry Jig", "6/8", "1/8", "G",
        "g'2 b' d''2 b' | c''2 a' f'2 a' | b'2 g' d''2 b' | a'2 f' g'3 | d''2 c'' b'2 a' | "
        "g'2 b' a'2 f' | g'2 a' b'2 a' | g'2 g' g'3"),
    "ahiohill": abc("Ahiohill", "9/8", "1/8", "C#",
        "c''2 e'' g''2 e'' c''2 e'' | d''2 f'' b''2 f'' d''2 f'' | e''2 g'' c'''2 b'' a''2 g'' | "
        "f''2 d'' b'2 d'' g''3 | e''2 c'' g'2 c'' e''2 g'' | f''2 a'' c'''2 a'' f''2 d'' | "
        "e''2 g'' f''2 d'' b'2 g' | c''2 g' e'2 g' c''3"),
    "bibi": abc("Bí, bí og blaka", "6/8", "1/8", "A#m",
        "a'3 c''2 e'' | d''3 b'3 | c''3 a'2 ^g' | a'6 | e''3 a''2 g'' | f''3 d''3 | e''3 c''2 b' | "
        "a'6"),
    "auchnagatt": abc("Auchnagatt Waltz", "3/4", "1/8", "F#",
        "f'2 a'2 c''2 | f''4 c''2 | d''2 b'2 g'2 | a'4 c''2 | b'2 d''2 f''2 | e''4 c''2 | "
        "d''2 c''2 b'2 | a'4 g'2 | f'2 a'2 c''2 | a''4 g''2 | f''2 d''2 b'2 | c''4 a'2 | "
        "b'2 a'2 g'2 | f'4 e'2 | g'2 e'2 c'2 | f'4 f'2"),
}
