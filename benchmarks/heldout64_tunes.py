"""Public-domain melodies for real-heldout64, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Chilonida
(Marc'Antonio Ziani, 1699; died 1715), Porus (Johann Sigismund Kusser, 1694; died 1727), Perseo
(Antonio Sacchini, 1774; died 1786), Masagniello (Reinhard Keiser, 1706; died 1739), Briseide
(Agostino Steffani, 1696; died 1728), Leonora (William Henry Fry, 1845; died 1864), Eumene
(Niccolò Jommelli, 1747; died 1774), Atide (Josef Mysliveček, 1774; died 1781), La finta pazza
(Francesco Sacrati, 1641; died 1650), Atar (Johann Simon Mayr, 1814; died 1845), Leonida in
Tegea (Antonio Draghi, 1670; died 1700), Aphrodite (Camille Erlanger, 1906; died 1919), Coriolano
(Attilio Ariosti, 1723; died 1729), Achille (Ferdinando Paer, 1801; died 1839) and Eteocle e
Polinice (Giovanni Legrenzi, 1675; died 1690). Folk pieces: the Reel de Colombier and the Reel de
Gallix (traditional Québécois), the Elsdon Hornpipe and the Hovingham Hornpipe (traditional
English), the Hrotovice Polka and the Žirovnice Polka (traditional Czech), the Gurteen Jig, the
Convoy Jig and Newcestown (traditional Irish), Aurtxo txikia (traditional Basque) and the
Kildrummy Waltz (traditional Scottish). Attribution and dates are from memory. Written here from
memory, not copied from a collection: the notes are an outline in the tune's key, metre and
shape more than its exact notes (the grid, exact by construction, is what is scored); each
outline keeps the rhythm of the real-heldout63 outline in the same slot, its notes moved up one
step of the scale (and its key with them: the tonic a whole tone up, or a semitone up to the
letter's natural key where a whole tone would need more than seven sharps: Leonida in Tegea in D,
Aphrodite in B minor, the Reel de Gallix in G). The band pieces are re-shaped for their
arrangement, as a band would: in plain 4/4, Briseide in 6/8, Leonora in 12/8, Achille in 3/4,
Eteocle e Polinice in 5/4 throughout; running figures and dotted rhythms evened out (the renderer
core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "chilonida": abc("Chilonida", "4/4", "1/8", "F#",
        "f'2 a'2 c''2 a'2 | b'2 d''2 c''2 a'2 | g'2 b'2 e''2 c''2 | f''4 c''4 | a'2 c''2 f''2 c''2 | "
        "d''2 b'2 g'2 b'2 | a'2 g'2 f'2 e'2 | f'4 f'4"),
    "porus": abc("Porus", "4/4", "1/8", "C#m",
        "c'2 e'2 g'2 e'2 | f'2 a'2 g'2 e'2 | d'2 f'2 ^b'2 g'2 | c''4 g'4 | e'2 g'2 c''2 g'2 | "
        "a'2 f'2 d'2 f'2 | g'2 e'2 d'2 ^b2 | c'4 c'4"),
    "perseo": abc("Perseo", "4/4", "1/8", "G#m",
        "g'2 b'2 d''2 b'2 | c''2 e''2 d''2 b'2 | a'2 c''2 ^f''2 d''2 | g''4 d''4 | "
        "b'2 d''2 g''2 d''2 | e''2 c''2 a'2 c''2 | b'2 a'2 g'2 ^f'2 | g'4 g'4"),
    "masagniello": abc("Masagniello", "4/4", "1/8", "E",
        "e'2 g'2 b'2 g'2 | a'2 c''2 b'2 g'2 | f'2 a'2 d''2 b'2 | e''4 b'4 | g'2 b'2 e''2 b'2 | "
        "c''2 a'2 f'2 a'2 | g'2 f'2 e'2 d'2 | e'4 e'4"),
    "briseide": abc("Briseide", "6/8", "1/8", "A#m",
        "a'3 e''2 c'' | b'3 a'3 | ^g'3 b'2 d'' | c''6 | e''3 d''2 c'' | b'3 ^g'3 | a'3 c''2 b' | "
        "a'6"),
    "leonora": abc("Leonora", "12/8", "1/8", "F#",
        "f'3 a'3 c''3 a'3 | b'3 g'3 f'6 | a'3 c''3 f''3 e''3 | d''3 b'3 g'6 | c''3 e''3 g''3 e''3 | "
        "f''3 d''3 b'3 g'3 | a'3 g'3 f'3 e'3 | f'3 c'3 f'6"),
    "eumene": abc("Eumene", "4/4", "1/8", "D#m",
        "d'2 f'2 a'2 f'2 | g'2 e'2 ^c'2 e'2 | f'2 a'2 d''2 a'2 | ^c''4 a'4 | f'2 a'2 d''2 f''2 | "
        "e''2 g''2 f''2 d''2 | b'2 a'2 g'2 ^c'2 | d'4 d'4"),
    "atide": abc("Atide", "4/4", "1/8", "B",
        "b2 d'2 f'2 d'2 | e'2 g'2 f'2 d'2 | c'2 e'2 a'2 f'2 | b'4 f'4 | d'2 f'2 b'2 f'2 | "
        "g'2 e'2 c'2 e'2 | d'2 c'2 b2 a2 | b4 b4"),
    "fintapazza": abc("La finta pazza", "4/4", "1/8", "C#m",
        "c'2 g'2 e'2 c'2 | d'2 a'2 f'2 d'2 | e'2 g'2 c''2 b'2 | ^b'4 g'4 | c''2 e''2 g''2 e''2 | "
        "f''2 d''2 ^b'2 d''2 | c''2 b'2 a'2 g'2 | c'4 c'4"),
    "atar": abc("Atar", "4/4", "1/8", "F#m",
        "f2 c'2 a2 f2 | g2 d'2 b2 g2 | a2 c'2 f'2 e'2 | ^e'4 c'4 | f'2 a'2 c''2 a'2 | "
        "b'2 g'2 ^e'2 g'2 | f'2 e'2 d'2 c'2 | f'4 f'4"),
    "leonida": abc("Leonida in Tegea", "4/4", "1/8", "D",
        "d'2 a'2 f'2 a'2 | g'2 b'2 a'2 f'2 | e'2 g'2 b'2 g'2 | a'4 d'4 | d''2 f''2 a''2 f''2 | "
        "g''2 e''2 c''2 e''2 | d''2 c''2 b'2 a'2 | d''4 d''4"),
    "aphrodite": abc("Aphrodite", "4/4", "1/8", "Bm",
        "B2 d2 f2 b2 | a2 f2 g2 e2 | f2 b2 d'2 b2 | =a4 f4 | b2 d'2 f'2 d'2 | e'2 c'2 =a2 c'2 | "
        "b2 f2 d2 c2 | B4 B4"),
    "coriolano": abc("Coriolano", "4/4", "1/8", "E",
        "e'2 b'2 g'2 b'2 | a'2 c''2 b'2 g'2 | f'2 a'2 d''2 a'2 | e''4 b'4 | g'2 b'2 e''2 g''2 | "
        "f''2 d''2 b'2 d''2 | e''2 b'2 g'2 f'2 | e'4 e'4"),
    "achille": abc("Achille", "3/4", "1/8", "A",
        "a2 c'2 e'2 | f'4 e'2 | d'2 c'2 b2 | c'4 a2 | b2 d'2 f'2 | e'4 d'2 | c'2 b2 a2 | b4 e2 | "
        "a2 c'2 e'2 | a'4 g'2 | f'2 e'2 d'2 | c'4 b2 | d'2 b2 g2 | a4 c'2 | b2 g2 e2 | a4 a2"),
    "eteocle": abc("Eteocle e Polinice", "5/4", "1/8", "D#m",
        "d'2 f'2 a'2 f'2 d'2 | e'2 g'2 b'2 g'2 e'2 | f'2 a'2 d''2 a'2 f'2 | ^c'2 e'2 a'2 e'2 ^c'2 | "
        "d'2 f'2 a'2 d''2 c''2 | b'2 g'2 e'2 g'2 b'2 | a'2 f'2 d'2 f'2 a'2 | d'2 d'2 d'2 d'2 d'2"),
    # folk pieces
    "colombier": abc("Reel de Colombier", "2/2", "1/8", "F#",
        "f' a' c'' f'' a'' f'' c'' a' | b' d'' f'' d'' b' g' e' g' | "
        "f' a' c'' f'' a'' c''' a'' f'' | g'' e'' c'' e'' f''2 f''2 | "
        "c''' a'' f'' a'' c''' a'' f'' a'' | b'' g'' e'' g'' b'' g'' e'' g'' | "
        "a'' f'' g'' e'' f'' d'' c'' a' | b' g' e' g' f'2 f'2"),
    "gallix": abc("Reel de Gallix", "2/2", "1/8", "G",
        "g'2 b'2 d''2 g''2 | e'' d'' b' g' a'2 g'2 | b' d'' d'' b' c'' b' a' g' | "
        "d' f' a' f' g'2 g'2 | g''2 g''2 d''2 b'2 | c'' b' a' g' f' g' a' c'' | "
        "b' a' g' b' a' g' e' d' | d' e' f' a' g'2 g'2"),
    "elsdon": abc("Elsdon Hornpipe", "2/2", "1/8", "C#",
        "g c' e' g' c'' g' e' c' | d' f' a' f' d'' b' g' f' | e' g' c'' e'' c'' g' e' c' | "
        "d' c' b a b2 g2 | c' e' g' c'' e'' c'' g' e' | f' a' c'' a' f' d' b d' | "
        "e' g' f' a' g' b' a' c'' | b' g' d' b c'2 c'2"),
    "hovingham": abc("Hovingham Hornpipe", "2/2", "1/8", "E",
        "b e' g' b' e'' b' g' e' | f' a' c'' a' f'' d'' b' a' | g' b' e'' g'' e'' b' g' e' | "
        "f' e' d' c' d'2 b2 | e' g' b' e'' g'' e'' b' g' | a' c'' e'' c'' a' f' d' f' | "
        "g' b' a' c'' b' d'' c'' e'' | d'' b' f' d' e'2 e'2"),
    "hrotovice": abc("Hrotovice Polka", "2/4", "1/8", "F#",
        "f' a' c'' a' | b' d'' c''2 | a' c'' f'' c'' | g' b' a'2 | c'' f'' a'' f'' | "
        "g'' e'' c'' b' | a' g' f' e' | f'2 c'2 | d' f' b' f' | e' g' c''2 | f' a' d'' a' | "
        "g' b' a'2 | f' a' g' e' | f' d' e' c' | d' f' e' c' | f'2 f'2"),
    "zirovnice": abc("Žirovnice Polka", "2/4", "1/8", "A",
        "a c' e' c' | d' f' e'2 | c' e' a' e' | b d' c'2 | e' a' c'' a' | b' d'' c'' b' | "
        "a' g' f' e' | e'2 c'2 | d' f' a' f' | e' g' b'2 | c' e' a' e' | d' f' e'2 | c' e' d' b | "
        "c' a b g | a c' b g | a2 a2"),
    "gurteen": abc("Gurteen Jig", "6/8", "1/8", "G#m",
        "g'2 b' d''2 b' | c''2 a' ^f'2 a' | b'2 g' d''2 b' | a'2 ^f' g'3 | d''2 c'' b'2 a' | "
        "g'2 b' a'2 ^f' | g'2 a' b'2 a' | g'2 g' g'3"),
    "convoy": abc("Convoy Jig", "6/8", "1/8", "C#",
        "c'2 e' g'2 e' | f'2 d' b2 d' | e'2 c' g'2 e' | d'2 b c'3 | g'2 f' e'2 d' | c'2 e' d'2 b | "
        "c'2 d' e'2 d' | c'2 c' c'3"),
    "newcestown": abc("Newcestown", "9/8", "1/8", "F#",
        "f'2 a' c''2 a' f'2 a' | g'2 b' e''2 b' g'2 b' | a'2 c'' f''2 e'' d''2 c'' | "
        "b'2 g' e'2 g' c''3 | a'2 f' c'2 f' a'2 c'' | b'2 d'' f''2 d'' b'2 g' | "
        "a'2 c'' b'2 g' e'2 c' | f'2 c' a2 c' f'3"),
    "aurtxo": abc("Aurtxo txikia", "6/8", "1/8", "D#m",
        "d'3 f'2 a' | g'3 e'3 | f'3 d'2 ^c' | d'6 | a'3 d''2 c'' | b'3 g'3 | a'3 f'2 e' | d'6"),
    "kildrummy": abc("Kildrummy Waltz", "3/4", "1/8", "B",
        "b2 d'2 f'2 | b'4 f'2 | g'2 e'2 c'2 | d'4 f'2 | e'2 g'2 b'2 | a'4 f'2 | g'2 f'2 e'2 | "
        "d'4 c'2 | b2 d'2 f'2 | d''4 c''2 | b'2 g'2 e'2 | f'4 d'2 | e'2 d'2 c'2 | b4 a2 | "
        "c'2 a2 f2 | b4 b2"),
}
