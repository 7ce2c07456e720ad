"""Public-domain melodies for real-heldout73, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Il signor
dottore (Domenico Fischietti, 1758; died about 1810), La Frascatana (Giovanni Paisiello, 1774; died
1816), Les visitandines (François Devienne, 1792; died 1803), Une folie (Étienne-Nicolas Méhul,
1802; died 1817), L'ivrogne corrigé (Christoph Willibald Gluck, 1760; died 1787), L'infedeltà
delusa (Joseph Haydn, 1773; died 1809), Il birraio di Preston (Luigi Ricci, 1847; died 1859),
Llamada y tropa (Emilio Arrieta, 1861; died 1894), Una vieja (Joaquín Gaztambide, 1860; died 1870),
I virtuosi ambulanti (Valentino Fioravanti, 1807; died 1837), Loteria (Stanisław Moniuszko, 1843;
died 1872), Il ventaglio (Pietro Raimondi, 1831; died 1853), Le precauzioni (Errico Petrella, 1851;
died 1877), I finti eredi (Giuseppe Sarti, 1785; died 1802) and Sokol (Dmitry Bortniansky, 1786;
died 1825). Folk pieces: the Reel de Garthby and the Reel de Courcelles (traditional Québécois),
the Cratfield Hornpipe and the Ubbeston Hornpipe (traditional English), the Hovorany Polka and the
Čejkovice Polka (traditional Czech), the Kiltormer Jig, the Killimor Jig and Knockavilla
(traditional Irish), Ro ro til fiskeskjær (traditional Norwegian) and the Rothienorman Waltz
(traditional Scottish). Attribution and dates are from memory. Written here from memory, not
copied from a collection: the notes are an outline in the tune's key, metre and shape more than its
exact notes (the grid, exact by construction, is what is scored); each outline keeps the rhythm of
the real-heldout72 outline in the same slot, its notes moved up one step of the scale (and its key
with them: the tonic a whole tone up, or a semitone up to the letter's natural key where a whole
tone would need more than seven sharps: Une folie, Le precauzioni and the Ubbeston Hornpipe in G
(72's F# major), La Frascatana and Una vieja in E minor (72's D# minor), Les visitandines and the
Kiltormer Jig in B minor (72's A# minor): seven slots). Two outlines are also moved down an octave:
Loteria's and the Hovorany Polka's, whose step up would have reached the C two octaves above the
treble staff's (as real-heldout71 moved the Reel de Winneway's). The band pieces are re-shaped for
their arrangement, as a band would: in plain 4/4, L'ivrogne corrigé in 6/8, L'infedeltà delusa in
12/8, I finti eredi in 3/4, Sokol in 5/4 throughout; running figures and dotted rhythms evened out
(the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping
keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "dottore": abc("Il signor dottore", "4/4", "1/8", "A",
        "a''2 c'''2 e'''2 c'''2 | d'''2 f'''2 e'''2 c'''2 | b''2 d'''2 g'''2 e'''2 | a'''4 e'''4 | "
        "c'''2 e'''2 a'''2 e'''2 | f'''2 d'''2 b''2 d'''2 | c'''2 b''2 a''2 g''2 | a''4 a''4"),
    "frascatana": abc("La Frascatana", "4/4", "1/8", "Em",
        "e''2 g''2 b''2 g''2 | a''2 c'''2 b''2 g''2 | f''2 a''2 ^d'''2 b''2 | e'''4 b''4 | "
        "g''2 b''2 e'''2 b''2 | c'''2 a''2 f''2 a''2 | b''2 g''2 f''2 ^d''2 | e''4 e''4"),
    "visitandines": abc("Les visitandines", "4/4", "1/8", "Bm",
        "b''2 d'''2 f'''2 d'''2 | e'''2 g'''2 f'''2 d'''2 | c'''2 e'''2 ^a'''2 f'''2 | b'''4 f'''4 | "
        "d'''2 f'''2 b'''2 f'''2 | g'''2 e'''2 c'''2 e'''2 | d'''2 c'''2 b''2 ^a''2 | b''4 b''4"),
    "folie": abc("Une folie", "4/4", "1/8", "G",
        "g''2 b''2 d'''2 b''2 | c'''2 e'''2 d'''2 b''2 | a''2 c'''2 f'''2 d'''2 | g'''4 d'''4 | "
        "b''2 d'''2 g'''2 d'''2 | e'''2 c'''2 a''2 c'''2 | b''2 a''2 g''2 f''2 | g''4 g''4"),
    "ivrogne": abc("L'ivrogne corrigé", "6/8", "1/8", "C#m",
        "c'''3 g'''2 e''' | d'''3 c'''3 | ^b''3 d'''2 f''' | e'''6 | g'''3 f'''2 e''' | "
        "d'''3 ^b''3 | c'''3 e'''2 d''' | c'''6"),
    "infedelta": abc("L'infedeltà delusa", "12/8", "1/8", "A",
        "a''3 c'''3 e'''3 c'''3 | d'''3 b''3 a''6 | c'''3 e'''3 a'''3 g'''3 | f'''3 d'''3 b''6 | "
        "e'''3 g'''3 b'''3 g'''3 | a'''3 f'''3 d'''3 b''3 | c'''3 b''3 a''3 g''3 | a''3 e''3 a''6"),
    "birraio": abc("Il birraio di Preston", "4/4", "1/8", "F#m",
        "f''2 a''2 c'''2 a''2 | b''2 g''2 ^e''2 g''2 | a''2 c'''2 f'''2 c'''2 | ^e'''4 c'''4 | "
        "a''2 c'''2 f'''2 a'''2 | g'''2 b'''2 a'''2 f'''2 | d'''2 c'''2 b''2 ^e''2 | f''4 f''4"),
    "llamada": abc("Llamada y tropa", "4/4", "1/8", "D",
        "d''2 f''2 a''2 f''2 | g''2 b''2 a''2 f''2 | e''2 g''2 c'''2 a''2 | d'''4 a''4 | "
        "f''2 a''2 d'''2 a''2 | b''2 g''2 e''2 g''2 | f''2 e''2 d''2 c''2 | d''4 d''4"),
    "vieja": abc("Una vieja", "4/4", "1/8", "Em",
        "e''2 b''2 g''2 e''2 | f''2 c'''2 a''2 f''2 | g''2 b''2 e'''2 d'''2 | ^d'''4 b''4 | "
        "e'''2 g'''2 b'''2 g'''2 | a'''2 f'''2 ^d'''2 f'''2 | e'''2 d'''2 c'''2 b''2 | e''4 e''4"),
    "virtuosi": abc("I virtuosi ambulanti", "4/4", "1/8", "A#m",
        "a'2 e''2 c''2 a'2 | b'2 f''2 d''2 b'2 | c''2 e''2 a''2 g''2 | ^g''4 e''4 | "
        "a''2 c'''2 e'''2 c'''2 | d'''2 b''2 ^g''2 b''2 | a''2 g''2 f''2 e''2 | a''4 a''4"),
    "loteria": abc("Loteria", "4/4", "1/8", "F#",
        "f'2 c''2 a'2 c''2 | b'2 d''2 c''2 a'2 | g'2 b'2 d''2 b'2 | c''4 f'4 | "
        "f''2 a''2 c'''2 a''2 | b''2 g''2 e''2 g''2 | f''2 e''2 d''2 c''2 | "
        "f''4 f''4"),
    "ventaglio": abc("Il ventaglio", "4/4", "1/8", "D#m",
        "d'2 f'2 a'2 d''2 | c''2 a'2 b'2 g'2 | a'2 d''2 f''2 d''2 | =c''4 a'4 | "
        "d''2 f''2 a''2 f''2 | g''2 e''2 =c''2 e''2 | d''2 a'2 f'2 e'2 | d'4 d'4"),
    "precauzioni": abc("Le precauzioni", "4/4", "1/8", "G",
        "g''2 d'''2 b''2 d'''2 | c'''2 e'''2 d'''2 b''2 | a''2 c'''2 f'''2 c'''2 | g'''4 d'''4 | "
        "b''2 d'''2 g'''2 b'''2 | a'''2 f'''2 d'''2 f'''2 | g'''2 d'''2 b''2 a''2 | g''4 g''4"),
    "eredi": abc("I finti eredi", "3/4", "1/8", "C#",
        "c''2 e''2 g''2 | a''4 g''2 | f''2 e''2 d''2 | e''4 c''2 | d''2 f''2 a''2 | g''4 f''2 | "
        "e''2 d''2 c''2 | d''4 g'2 | c''2 e''2 g''2 | c'''4 b''2 | a''2 g''2 f''2 | e''4 d''2 | "
        "f''2 d''2 b'2 | c''4 e''2 | d''2 b'2 g'2 | c''4 c''2"),
    "sokol": abc("Sokol", "5/4", "1/8", "F#m",
        "f''2 a''2 c'''2 a''2 f''2 | g''2 b''2 d'''2 b''2 g''2 | a''2 c'''2 f'''2 c'''2 a''2 | "
        "^e''2 g''2 c'''2 g''2 ^e''2 | f''2 a''2 c'''2 f'''2 e'''2 | d'''2 b''2 g''2 b''2 d'''2 | "
        "c'''2 a''2 f''2 a''2 c'''2 | f''2 f''2 f''2 f''2 f''2"),
    # folk pieces
    "garthby": abc("Reel de Garthby", "2/2", "1/8", "A",
        "a' c'' e'' a'' c''' a'' e'' c'' | d'' f'' a'' f'' d'' b' g' b' | "
        "a' c'' e'' a'' c''' e''' c''' a'' | b'' g'' e'' g'' a''2 a''2 | "
        "e''' c''' a'' c''' e''' c''' a'' c''' | d''' b'' g'' b'' d''' b'' g'' b'' | "
        "c''' a'' b'' g'' a'' f'' e'' c'' | d'' b' g' b' a'2 a'2"),
    "courcelles": abc("Reel de Courcelles", "2/2", "1/8", "B",
        "b''2 d'''2 f'''2 b'''2 | g''' f''' d''' b'' c'''2 b''2 | "
        "d''' f''' f''' d''' e''' d''' c''' b'' | f'' a'' c''' a'' b''2 b''2 | "
        "b'''2 b'''2 f'''2 d'''2 | e''' d''' c''' b'' a'' b'' c''' e''' | "
        "d''' c''' b'' d''' c''' b'' g'' f'' | f'' g'' a'' c''' b''2 b''2"),
    "cratfield": abc("Cratfield Hornpipe", "2/2", "1/8", "E",
        "b' e'' g'' b'' e''' b'' g'' e'' | f'' a'' c''' a'' f''' d''' b'' a'' | "
        "g'' b'' e''' g''' e''' b'' g'' e'' | f'' e'' d'' c'' d''2 b'2 | "
        "e'' g'' b'' e''' g''' e''' b'' g'' | a'' c''' e''' c''' a'' f'' d'' f'' | "
        "g'' b'' a'' c''' b'' d''' c''' e''' | d''' b'' f'' d'' e''2 e''2"),
    "ubbeston": abc("Ubbeston Hornpipe", "2/2", "1/8", "G",
        "d'' g'' b'' d''' g''' d''' b'' g'' | a'' c''' e''' c''' a''' f''' d''' c''' | "
        "b'' d''' g''' b''' g''' d''' b'' g'' | a'' g'' f'' e'' f''2 d''2 | "
        "g'' b'' d''' g''' b''' g''' d''' b'' | c''' e''' g''' e''' c''' a'' f'' a'' | "
        "b'' d''' c''' e''' d''' f''' e''' g''' | f''' d''' a'' f'' g''2 g''2"),
    "hovorany": abc("Hovorany Polka", "2/4", "1/8", "A",
        "a' c'' e'' c'' | d'' f'' e''2 | c'' e'' a'' e'' | b' d'' c''2 | "
        "e'' a'' c''' a'' | b'' g'' e'' d'' | c'' b' a' g' | a'2 e'2 | "
        "f' a' d'' a' | g' b' e''2 | a' c'' f'' c'' | b' d'' c''2 | a' c'' b' g' | "
        "a' f' g' e' | f' a' g' e' | a'2 a'2"),
    "cejkovice": abc("Čejkovice Polka", "2/4", "1/8", "C#",
        "c'' e'' g'' e'' | f'' a'' g''2 | e'' g'' c''' g'' | d'' f'' e''2 | g'' c''' e''' c''' | "
        "d''' f''' e''' d''' | c''' b'' a'' g'' | g''2 e''2 | f'' a'' c''' a'' | g'' b'' d'''2 | "
        "e'' g'' c''' g'' | f'' a'' g''2 | e'' g'' f'' d'' | e'' c'' d'' b' | c'' e'' d'' b' | "
        "c''2 c''2"),
    "kiltormer": abc("Kiltormer Jig", "6/8", "1/8", "Bm",
        "b''2 d''' f'''2 d''' | e'''2 c''' ^a''2 c''' | d'''2 b'' f'''2 d''' | c'''2 ^a'' b''3 | "
        "f'''2 e''' d'''2 c''' | b''2 d''' c'''2 ^a'' | b''2 c''' d'''2 c''' | b''2 b'' b''3"),
    "killimor": abc("Killimor Jig", "6/8", "1/8", "E",
        "e''2 g'' b''2 g'' | a''2 f'' d''2 f'' | g''2 e'' b''2 g'' | f''2 d'' e''3 | "
        "b''2 a'' g''2 f'' | e''2 g'' f''2 d'' | e''2 f'' g''2 f'' | e''2 e'' e''3"),
    "knockavilla": abc("Knockavilla", "9/8", "1/8", "A",
        "a''2 c''' e'''2 c''' a''2 c''' | b''2 d''' g'''2 d''' b''2 d''' | "
        "c'''2 e''' a'''2 g''' f'''2 e''' | d'''2 b'' g''2 b'' e'''3 | "
        "c'''2 a'' e''2 a'' c'''2 e''' | d'''2 f''' a'''2 f''' d'''2 b'' | "
        "c'''2 e''' d'''2 b'' g''2 e'' | a''2 e'' c''2 e'' a''3"),
    "fiskeskjaer": abc("Ro ro til fiskeskjær", "6/8", "1/8", "F#m",
        "f''3 a''2 c''' | b''3 g''3 | a''3 f''2 ^e'' | f''6 | c'''3 f'''2 e''' | d'''3 b''3 | "
        "c'''3 a''2 g'' | f''6"),
    "rothienorman": abc("Rothienorman Waltz", "3/4", "1/8", "D",
        "d''2 f''2 a''2 | d'''4 a''2 | b''2 g''2 e''2 | f''4 a''2 | g''2 b''2 d'''2 | c'''4 a''2 | "
        "b''2 a''2 g''2 | f''4 e''2 | d''2 f''2 a''2 | f'''4 e'''2 | d'''2 b''2 g''2 | a''4 f''2 | "
        "g''2 f''2 e''2 | d''4 c''2 | e''2 c''2 a'2 | d''4 d''2"),
}
