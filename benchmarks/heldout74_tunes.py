"""Public-domain melodies for real-heldout74, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Il giovedì
grasso (Gaetano Donizetti, 1828; died 1848), La cascina (Giuseppe Scolari, 1756; died after 1774),
Le philtre (Daniel-François-Esprit Auber, 1831; died 1871), Le mariage aux lanternes (Jacques
Offenbach, 1857; died 1880), L'Ormindo (Francesco Cavalli, 1644; died 1676), La catena d'Adone
(Domenico Mazzocchi, 1626; died 1665), El cabo primero (Manuel Fernández Caballero, 1895; died
1906), Die Opernprobe (Albert Lortzing, 1851; died 1851), Die Afrikareise (Franz von Suppé, 1883;
died 1895), Il disertore francese (Francesco Bianchi, 1784; died 1810), La timbale d'argent (Léon
Vasseur, 1872; died 1917), Piramo e Tisbe (Johann Adolph Hasse, 1768; died 1783), Il filosofo
seducente (Marcos Portugal, 1798; died 1830), La gazzetta (Gioachino Rossini, 1816; died 1868) and
Le bûcheron (François-André Danican Philidor, 1763; died 1795). Folk pieces: the Reel de Stukely
and the Reel de Barnston (traditional Québécois), the Metfield Hornpipe and the Brundish Hornpipe
(traditional English), the Milotice Polka and the Vracov Polka (traditional Czech), the Kilcolgan
Jig, the Lackagh Jig and Dungourney (traditional Irish), Nukkumatti (traditional Finnish) and the
Pitmedden Waltz (traditional Scottish). Attribution and dates are from memory. Written here from
memory, not copied from a collection: the notes are an outline in the tune's key, metre and shape
more than its exact notes (the grid, exact by construction, is what is scored); each outline keeps
the rhythm of the real-heldout73 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Il disertore francese in B minor (73's A#
minor), La timbale d'argent in G (73's F# major), Piramo e Tisbe in E minor (73's D# minor): three
slots). Seven outlines are also moved down an octave: Le philtre's, La catena d'Adone's, El cabo
primero's, Die Afrikareise's, Il filosofo seducente's, the Reel de Barnston's and the Brundish
Hornpipe's, whose step up would have reached the C two octaves above the treble staff's (as
real-heldout73 moved two and real-heldout71 one). The band pieces are re-shaped for their
arrangement, as a band would: in plain 4/4, L'Ormindo in 6/8, La catena d'Adone in 12/8, La
gazzetta in 3/4, Le bûcheron in 5/4 throughout; running figures and dotted rhythms evened out (the
renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the
grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "giovedi": abc("Il giovedì grasso", "4/4", "1/8", "B",
        "b''2 d'''2 f'''2 d'''2 | e'''2 g'''2 f'''2 d'''2 | c'''2 e'''2 a'''2 f'''2 | b'''4 f'''4 | "
        "d'''2 f'''2 b'''2 f'''2 | g'''2 e'''2 c'''2 e'''2 | d'''2 c'''2 b''2 a''2 | b''4 b''4"),
    "cascina": abc("La cascina", "4/4", "1/8", "F#m",
        "f''2 a''2 c'''2 a''2 | b''2 d'''2 c'''2 a''2 | g''2 b''2 ^e'''2 c'''2 | f'''4 c'''4 | "
        "a''2 c'''2 f'''2 c'''2 | d'''2 b''2 g''2 b''2 | c'''2 a''2 g''2 ^e''2 | f''4 f''4"),
    "philtre": abc("Le philtre", "4/4", "1/8", "C#m",
        "c''2 e''2 g''2 e''2 | f''2 a''2 g''2 e''2 | d''2 f''2 ^b''2 g''2 | "
        "c'''4 g''4 | e''2 g''2 c'''2 g''2 | a''2 f''2 d''2 f''2 | "
        "e''2 d''2 c''2 ^b'2 | c''4 c''4"),
    "lanternes": abc("Le mariage aux lanternes", "4/4", "1/8", "A",
        "a''2 c'''2 e'''2 c'''2 | d'''2 f'''2 e'''2 c'''2 | b''2 d'''2 g'''2 e'''2 | a'''4 e'''4 | "
        "c'''2 e'''2 a'''2 e'''2 | f'''2 d'''2 b''2 d'''2 | c'''2 b''2 a''2 g''2 | a''4 a''4"),
    "ormindo": abc("L'Ormindo", "6/8", "1/8", "D#m",
        "d'''3 a'''2 f''' | e'''3 d'''3 | ^c'''3 e'''2 g''' | f'''6 | a'''3 g'''2 f''' | "
        "e'''3 ^c'''3 | d'''3 f'''2 e''' | d'''6"),
    "catena": abc("La catena d'Adone", "12/8", "1/8", "B",
        "b'3 d''3 f''3 d''3 | e''3 c''3 b'6 | d''3 f''3 b''3 a''3 | g''3 e''3 c''6 | "
        "f''3 a''3 c'''3 a''3 | b''3 g''3 e''3 c''3 | d''3 c''3 b'3 a'3 | "
        "b'3 f'3 b'6"),
    "cabo": abc("El cabo primero", "4/4", "1/8", "G#m",
        "g'2 b'2 d''2 b'2 | c''2 a'2 ^f'2 a'2 | b'2 d''2 g''2 d''2 | ^f''4 d''4 | "
        "b'2 d''2 g''2 b''2 | a''2 c'''2 b''2 g''2 | e''2 d''2 c''2 ^f'2 | g'4 g'4"),
    "opernprobe": abc("Die Opernprobe", "4/4", "1/8", "E",
        "e''2 g''2 b''2 g''2 | a''2 c'''2 b''2 g''2 | f''2 a''2 d'''2 b''2 | e'''4 b''4 | "
        "g''2 b''2 e'''2 b''2 | c'''2 a''2 f''2 a''2 | g''2 f''2 e''2 d''2 | e''4 e''4"),
    "afrikareise": abc("Die Afrikareise", "4/4", "1/8", "F#m",
        "f'2 c''2 a'2 f'2 | g'2 d''2 b'2 g'2 | a'2 c''2 f''2 e''2 | ^e''4 c''4 | "
        "f''2 a''2 c'''2 a''2 | b''2 g''2 ^e''2 g''2 | f''2 e''2 d''2 c''2 | f'4 f'4"),
    "disertore": abc("Il disertore francese", "4/4", "1/8", "Bm",
        "b'2 f''2 d''2 b'2 | c''2 g''2 e''2 c''2 | d''2 f''2 b''2 a''2 | ^a''4 f''4 | "
        "b''2 d'''2 f'''2 d'''2 | e'''2 c'''2 ^a''2 c'''2 | b''2 a''2 g''2 f''2 | b''4 b''4"),
    "timbale": abc("La timbale d'argent", "4/4", "1/8", "G",
        "g'2 d''2 b'2 d''2 | c''2 e''2 d''2 b'2 | a'2 c''2 e''2 c''2 | d''4 g'4 | "
        "g''2 b''2 d'''2 b''2 | c'''2 a''2 f''2 a''2 | g''2 f''2 e''2 d''2 | g''4 g''4"),
    "piramo": abc("Piramo e Tisbe", "4/4", "1/8", "Em",
        "e'2 g'2 b'2 e''2 | d''2 b'2 c''2 a'2 | b'2 e''2 g''2 e''2 | =d''4 b'4 | "
        "e''2 g''2 b''2 g''2 | a''2 f''2 =d''2 f''2 | e''2 b'2 g'2 f'2 | e'4 e'4"),
    "filosofo": abc("Il filosofo seducente", "4/4", "1/8", "A",
        "a'2 e''2 c''2 e''2 | d''2 f''2 e''2 c''2 | b'2 d''2 g''2 d''2 | a''4 e''4 | "
        "c''2 e''2 a''2 c'''2 | b''2 g''2 e''2 g''2 | a''2 e''2 c''2 b'2 | a'4 a'4"),
    "gazzetta": abc("La gazzetta", "3/4", "1/8", "D",
        "d''2 f''2 a''2 | b''4 a''2 | g''2 f''2 e''2 | f''4 d''2 | e''2 g''2 b''2 | a''4 g''2 | "
        "f''2 e''2 d''2 | e''4 a'2 | d''2 f''2 a''2 | d'''4 c'''2 | b''2 a''2 g''2 | f''4 e''2 | "
        "g''2 e''2 c''2 | d''4 f''2 | e''2 c''2 a'2 | d''4 d''2"),
    "bucheron": abc("Le bûcheron", "5/4", "1/8", "G#m",
        "g''2 b''2 d'''2 b''2 g''2 | a''2 c'''2 e'''2 c'''2 a''2 | b''2 d'''2 g'''2 d'''2 b''2 | "
        "^f''2 a''2 d'''2 a''2 ^f''2 | g''2 b''2 d'''2 g'''2 f'''2 | e'''2 c'''2 a''2 c'''2 e'''2 | "
        "d'''2 b''2 g''2 b''2 d'''2 | g''2 g''2 g''2 g''2 g''2"),
    # folk pieces
    "stukely": abc("Reel de Stukely", "2/2", "1/8", "B",
        "b' d'' f'' b'' d''' b'' f'' d'' | e'' g'' b'' g'' e'' c'' a' c'' | "
        "b' d'' f'' b'' d''' f''' d''' b'' | c''' a'' f'' a'' b''2 b''2 | "
        "f''' d''' b'' d''' f''' d''' b'' d''' | e''' c''' a'' c''' e''' c''' a'' c''' | "
        "d''' b'' c''' a'' b'' g'' f'' d'' | e'' c'' a' c'' b'2 b'2"),
    "barnston": abc("Reel de Barnston", "2/2", "1/8", "C#",
        "c''2 e''2 g''2 c'''2 | a'' g'' e'' c'' d''2 c''2 | "
        "e'' g'' g'' e'' f'' e'' d'' c'' | g' b' d'' b' c''2 c''2 | "
        "c'''2 c'''2 g''2 e''2 | f'' e'' d'' c'' b' c'' d'' f'' | "
        "e'' d'' c'' e'' d'' c'' a' g' | g' a' b' d'' c''2 c''2"),
    "metfield": abc("Metfield Hornpipe", "2/2", "1/8", "F#",
        "c'' f'' a'' c''' f''' c''' a'' f'' | g'' b'' d''' b'' g''' e''' c''' b'' | "
        "a'' c''' f''' a''' f''' c''' a'' f'' | g'' f'' e'' d'' e''2 c''2 | "
        "f'' a'' c''' f''' a''' f''' c''' a'' | b'' d''' f''' d''' b'' g'' e'' g'' | "
        "a'' c''' b'' d''' c''' e''' d''' f''' | e''' c''' g'' e'' f''2 f''2"),
    "brundish": abc("Brundish Hornpipe", "2/2", "1/8", "A",
        "e' a' c'' e'' a'' e'' c'' a' | b' d'' f'' d'' b'' g'' e'' d'' | "
        "c'' e'' a'' c''' a'' e'' c'' a' | b' a' g' f' g'2 e'2 | "
        "a' c'' e'' a'' c''' a'' e'' c'' | d'' f'' a'' f'' d'' b' g' b' | "
        "c'' e'' d'' f'' e'' g'' f'' a'' | g'' e'' b' g' a'2 a'2"),
    "milotice": abc("Milotice Polka", "2/4", "1/8", "B",
        "b' d'' f'' d'' | e'' g'' f''2 | d'' f'' b'' f'' | c'' e'' d''2 | f'' b'' d''' b'' | "
        "c''' a'' f'' e'' | d'' c'' b' a' | b'2 f'2 | g' b' e'' b' | a' c'' f''2 | b' d'' g'' d'' | "
        "c'' e'' d''2 | b' d'' c'' a' | b' g' a' f' | g' b' a' f' | b'2 b'2"),
    "vracov": abc("Vracov Polka", "2/4", "1/8", "D",
        "d'' f'' a'' f'' | g'' b'' a''2 | f'' a'' d''' a'' | e'' g'' f''2 | a'' d''' f''' d''' | "
        "e''' g''' f''' e''' | d''' c''' b'' a'' | a''2 f''2 | g'' b'' d''' b'' | a'' c''' e'''2 | "
        "f'' a'' d''' a'' | g'' b'' a''2 | f'' a'' g'' e'' | f'' d'' e'' c'' | d'' f'' e'' c'' | "
        "d''2 d''2"),
    "kilcolgan": abc("Kilcolgan Jig", "6/8", "1/8", "C#m",
        "c'''2 e''' g'''2 e''' | f'''2 d''' ^b''2 d''' | e'''2 c''' g'''2 e''' | d'''2 ^b'' c'''3 | "
        "g'''2 f''' e'''2 d''' | c'''2 e''' d'''2 ^b'' | c'''2 d''' e'''2 d''' | c'''2 c''' c'''3"),
    "lackagh": abc("Lackagh Jig", "6/8", "1/8", "F#",
        "f''2 a'' c'''2 a'' | b''2 g'' e''2 g'' | a''2 f'' c'''2 a'' | g''2 e'' f''3 | "
        "c'''2 b'' a''2 g'' | f''2 a'' g''2 e'' | f''2 g'' a''2 g'' | f''2 f'' f''3"),
    "dungourney": abc("Dungourney", "9/8", "1/8", "B",
        "b''2 d''' f'''2 d''' b''2 d''' | c'''2 e''' a'''2 e''' c'''2 e''' | "
        "d'''2 f''' b'''2 a''' g'''2 f''' | e'''2 c''' a''2 c''' f'''3 | "
        "d'''2 b'' f''2 b'' d'''2 f''' | e'''2 g''' b'''2 g''' e'''2 c''' | "
        "d'''2 f''' e'''2 c''' a''2 f'' | b''2 f'' d''2 f'' b''3"),
    "nukkumatti": abc("Nukkumatti", "6/8", "1/8", "G#m",
        "g''3 b''2 d''' | c'''3 a''3 | b''3 g''2 ^f'' | g''6 | d'''3 g'''2 f''' | e'''3 c'''3 | "
        "d'''3 b''2 a'' | g''6"),
    "pitmedden": abc("Pitmedden Waltz", "3/4", "1/8", "E",
        "e''2 g''2 b''2 | e'''4 b''2 | c'''2 a''2 f''2 | g''4 b''2 | a''2 c'''2 e'''2 | d'''4 b''2 | "
        "c'''2 b''2 a''2 | g''4 f''2 | e''2 g''2 b''2 | g'''4 f'''2 | e'''2 c'''2 a''2 | b''4 g''2 | "
        "a''2 g''2 f''2 | e''4 d''2 | f''2 d''2 b'2 | e''4 e''2"),
}
