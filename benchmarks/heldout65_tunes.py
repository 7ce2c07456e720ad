"""Public-domain melodies for real-heldout65, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Pulcheria
(Johann Joseph Fux, 1708; died 1741), Etearco (Giovanni Bononcini, 1707; died 1747), Sardanapale
(Victorin Joncières, 1867; died 1903), Timoléon (Étienne-Nicolas Méhul, 1794, music for
Marie-Joseph Chénier's tragedy; died 1817), Malekadhel (Carl Loewe, 1832; died 1869), Solange
(Gaston Salvayre, 1909; died 1916), Diocletianus (Johann Wolfgang Franck, 1682; died about 1710),
Panthée (Johann Friedrich Reichardt, 1786; died 1814), Amerikantsy (Yevstigney Fomin, 1800; died
1800), Černohorci (Karel Bendl, 1881; died 1897), Biorn (Lauro Rossi, 1877; died 1885), Loys
(Gustave Doret, 1912; died 1943), Sophonisbe (Christian Gottlob Neefe, 1776; died 1798), Elvira
(Giovanni Paisiello, 1794; died 1816) and Heraclio (Pietro Andrea Ziani, 1671; died 1684). Folk
pieces: the Reel de Tring-Jonction and the Reel de Havre-Aubert (traditional Québécois), the
Wragby Hornpipe and the Debenham Hornpipe (traditional English), the Jimramov Polka and the
Pohořelice Polka (traditional Czech), the Shrule Jig, the Inagh Jig and Clogagh (traditional
Irish), Baloo Baleerie (traditional Scottish) and the Meigle Waltz (traditional Scottish).
Attribution and dates are from memory. Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the grid,
exact by construction, is what is scored); each outline keeps the rhythm of the real-heldout64
outline in the same slot, its notes moved up one step of the scale (and its key with them: the
tonic a whole tone up, or a semitone up to the letter's natural key where a whole tone would need
more than seven sharps: Pulcheria, Solange, the Reel de Tring-Jonction, the Jimramov Polka and
Clogagh in G (64's F# major), Malekadhel in B minor (64's A# minor), Diocletianus, Heraclio and
Baloo Baleerie in E minor (64's D# minor), the Wragby Hornpipe and the Inagh Jig in D (64's C#
major)). The band pieces are re-shaped for their arrangement, as a band would: in plain 4/4,
Malekadhel in 6/8, Solange in 12/8, Elvira in 3/4, Heraclio in 5/4 throughout; running figures
and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check). No pickups:
every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks every
bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "pulcheria": abc("Pulcheria", "4/4", "1/8", "G",
        "g'2 b'2 d''2 b'2 | c''2 e''2 d''2 b'2 | a'2 c''2 f''2 d''2 | g''4 d''4 | "
        "b'2 d''2 g''2 d''2 | e''2 c''2 a'2 c''2 | b'2 a'2 g'2 f'2 | g'4 g'4"),
    "etearco": abc("Etearco", "4/4", "1/8", "D#m",
        "d'2 f'2 a'2 f'2 | g'2 b'2 a'2 f'2 | e'2 g'2 ^c''2 a'2 | d''4 a'4 | f'2 a'2 d''2 a'2 | "
        "b'2 g'2 e'2 g'2 | a'2 f'2 e'2 ^c'2 | d'4 d'4"),
    "sardanapale": abc("Sardanapale", "4/4", "1/8", "A#m",
        "a'2 c''2 e''2 c''2 | d''2 f''2 e''2 c''2 | b'2 d''2 ^g''2 e''2 | a''4 e''4 | "
        "c''2 e''2 a''2 e''2 | f''2 d''2 b'2 d''2 | c''2 b'2 a'2 ^g'2 | a'4 a'4"),
    "timoleon": abc("Timoléon", "4/4", "1/8", "F#",
        "f'2 a'2 c''2 a'2 | b'2 d''2 c''2 a'2 | g'2 b'2 e''2 c''2 | f''4 c''4 | a'2 c''2 f''2 c''2 | "
        "d''2 b'2 g'2 b'2 | a'2 g'2 f'2 e'2 | f'4 f'4"),
    "malekadhel": abc("Malekadhel", "6/8", "1/8", "Bm",
        "b'3 f''2 d'' | c''3 b'3 | ^a'3 c''2 e'' | d''6 | f''3 e''2 d'' | c''3 ^a'3 | b'3 d''2 c'' | "
        "b'6"),
    "solange": abc("Solange", "12/8", "1/8", "G",
        "g'3 b'3 d''3 b'3 | c''3 a'3 g'6 | b'3 d''3 g''3 f''3 | e''3 c''3 a'6 | "
        "d''3 f''3 a''3 f''3 | g''3 e''3 c''3 a'3 | b'3 a'3 g'3 f'3 | g'3 d'3 g'6"),
    "diocletianus": abc("Diocletianus", "4/4", "1/8", "Em",
        "e'2 g'2 b'2 g'2 | a'2 f'2 ^d'2 f'2 | g'2 b'2 e''2 b'2 | ^d''4 b'4 | g'2 b'2 e''2 g''2 | "
        "f''2 a''2 g''2 e''2 | c''2 b'2 a'2 ^d'2 | e'4 e'4"),
    "panthee": abc("Panthée", "4/4", "1/8", "C#",
        "c'2 e'2 g'2 e'2 | f'2 a'2 g'2 e'2 | d'2 f'2 b'2 g'2 | c''4 g'4 | e'2 g'2 c''2 g'2 | "
        "a'2 f'2 d'2 f'2 | e'2 d'2 c'2 b2 | c'4 c'4"),
    "amerikantsy": abc("Amerikantsy", "4/4", "1/8", "D#m",
        "d'2 a'2 f'2 d'2 | e'2 b'2 g'2 e'2 | f'2 a'2 d''2 c''2 | ^c''4 a'4 | d''2 f''2 a''2 f''2 | "
        "g''2 e''2 ^c''2 e''2 | d''2 c''2 b'2 a'2 | d'4 d'4"),
    "cernohorci": abc("Černohorci", "4/4", "1/8", "G#m",
        "g2 d'2 b2 g2 | a2 e'2 c'2 a2 | b2 d'2 g'2 f'2 | ^f'4 d'4 | g'2 b'2 d''2 b'2 | "
        "c''2 a'2 ^f'2 a'2 | g'2 f'2 e'2 d'2 | g'4 g'4"),
    "biorn": abc("Biorn", "4/4", "1/8", "E",
        "e'2 b'2 g'2 b'2 | a'2 c''2 b'2 g'2 | f'2 a'2 c''2 a'2 | b'4 e'4 | e''2 g''2 b''2 g''2 | "
        "a''2 f''2 d''2 f''2 | e''2 d''2 c''2 b'2 | e''4 e''4"),
    "loys": abc("Loys", "4/4", "1/8", "C#m",
        "c2 e2 g2 c'2 | b2 g2 a2 f2 | g2 c'2 e'2 c'2 | =b4 g4 | c'2 e'2 g'2 e'2 | f'2 d'2 =b2 d'2 | "
        "c'2 g2 e2 d2 | c4 c4"),
    "sophonisbe": abc("Sophonisbe", "4/4", "1/8", "F#",
        "f'2 c''2 a'2 c''2 | b'2 d''2 c''2 a'2 | g'2 b'2 e''2 b'2 | f''4 c''4 | a'2 c''2 f''2 a''2 | "
        "g''2 e''2 c''2 e''2 | f''2 c''2 a'2 g'2 | f'4 f'4"),
    "elvira": abc("Elvira", "3/4", "1/8", "B",
        "b2 d'2 f'2 | g'4 f'2 | e'2 d'2 c'2 | d'4 b2 | c'2 e'2 g'2 | f'4 e'2 | d'2 c'2 b2 | c'4 f2 | "
        "b2 d'2 f'2 | b'4 a'2 | g'2 f'2 e'2 | d'4 c'2 | e'2 c'2 a2 | b4 d'2 | c'2 a2 f2 | b4 b2"),
    "heraclio": abc("Heraclio", "5/4", "1/8", "Em",
        "e'2 g'2 b'2 g'2 e'2 | f'2 a'2 c''2 a'2 f'2 | g'2 b'2 e''2 b'2 g'2 | ^d'2 f'2 b'2 f'2 ^d'2 | "
        "e'2 g'2 b'2 e''2 d''2 | c''2 a'2 f'2 a'2 c''2 | b'2 g'2 e'2 g'2 b'2 | e'2 e'2 e'2 e'2 e'2"),
    # folk pieces
    "tring": abc("Reel de Tring-Jonction", "2/2", "1/8", "G",
        "g' b' d'' g'' b'' g'' d'' b' | c'' e'' g'' e'' c'' a' f' a' | "
        "g' b' d'' g'' b'' d''' b'' g'' | a'' f'' d'' f'' g''2 g''2 | "
        "d''' b'' g'' b'' d''' b'' g'' b'' | c''' a'' f'' a'' c''' a'' f'' a'' | "
        "b'' g'' a'' f'' g'' e'' d'' b' | c'' a' f' a' g'2 g'2"),
    "havreaubert": abc("Reel de Havre-Aubert", "2/2", "1/8", "A",
        "a'2 c''2 e''2 a''2 | f'' e'' c'' a' b'2 a'2 | c'' e'' e'' c'' d'' c'' b' a' | "
        "e' g' b' g' a'2 a'2 | a''2 a''2 e''2 c''2 | d'' c'' b' a' g' a' b' d'' | "
        "c'' b' a' c'' b' a' f' e' | e' f' g' b' a'2 a'2"),
    "wragby": abc("Wragby Hornpipe", "2/2", "1/8", "D",
        "a d' f' a' d'' a' f' d' | e' g' b' g' e'' c'' a' g' | f' a' d'' f'' d'' a' f' d' | "
        "e' d' c' b c'2 a2 | d' f' a' d'' f'' d'' a' f' | g' b' d'' b' g' e' c' e' | "
        "f' a' g' b' a' c'' b' d'' | c'' a' e' c' d'2 d'2"),
    "debenham": abc("Debenham Hornpipe", "2/2", "1/8", "F#",
        "c' f' a' c'' f'' c'' a' f' | g' b' d'' b' g'' e'' c'' b' | a' c'' f'' a'' f'' c'' a' f' | "
        "g' f' e' d' e'2 c'2 | f' a' c'' f'' a'' f'' c'' a' | b' d'' f'' d'' b' g' e' g' | "
        "a' c'' b' d'' c'' e'' d'' f'' | e'' c'' g' e' f'2 f'2"),
    "jimramov": abc("Jimramov Polka", "2/4", "1/8", "G",
        "g' b' d'' b' | c'' e'' d''2 | b' d'' g'' d'' | a' c'' b'2 | d'' g'' b'' g'' | "
        "a'' f'' d'' c'' | b' a' g' f' | g'2 d'2 | e' g' c'' g' | f' a' d''2 | g' b' e'' b' | "
        "a' c'' b'2 | g' b' a' f' | g' e' f' d' | e' g' f' d' | g'2 g'2"),
    "pohorelice": abc("Pohořelice Polka", "2/4", "1/8", "B",
        "b d' f' d' | e' g' f'2 | d' f' b' f' | c' e' d'2 | f' b' d'' b' | c'' e'' d'' c'' | "
        "b' a' g' f' | f'2 d'2 | e' g' b' g' | f' a' c''2 | d' f' b' f' | e' g' f'2 | d' f' e' c' | "
        "d' b c' a | b d' c' a | b2 b2"),
    "shrule": abc("Shrule Jig", "6/8", "1/8", "A#m",
        "a'2 c'' e''2 c'' | d''2 b' ^g'2 b' | c''2 a' e''2 c'' | b'2 ^g' a'3 | e''2 d'' c''2 b' | "
        "a'2 c'' b'2 ^g' | a'2 b' c''2 b' | a'2 a' a'3"),
    "inagh": abc("Inagh Jig", "6/8", "1/8", "D",
        "d'2 f' a'2 f' | g'2 e' c'2 e' | f'2 d' a'2 f' | e'2 c' d'3 | a'2 g' f'2 e' | "
        "d'2 f' e'2 c' | d'2 e' f'2 e' | d'2 d' d'3"),
    "clogagh": abc("Clogagh", "9/8", "1/8", "G",
        "g'2 b' d''2 b' g'2 b' | a'2 c'' f''2 c'' a'2 c'' | b'2 d'' g''2 f'' e''2 d'' | "
        "c''2 a' f'2 a' d''3 | b'2 g' d'2 g' b'2 d'' | c''2 e'' g''2 e'' c''2 a' | "
        "b'2 d'' c''2 a' f'2 d' | g'2 d' b2 d' g'3"),
    "baloo": abc("Baloo Baleerie", "6/8", "1/8", "Em",
        "e'3 g'2 b' | a'3 f'3 | g'3 e'2 ^d' | e'6 | b'3 e''2 d'' | c''3 a'3 | b'3 g'2 f' | e'6"),
    "meigle": abc("Meigle Waltz", "3/4", "1/8", "C#",
        "c'2 e'2 g'2 | c''4 g'2 | a'2 f'2 d'2 | e'4 g'2 | f'2 a'2 c''2 | b'4 g'2 | a'2 g'2 f'2 | "
        "e'4 d'2 | c'2 e'2 g'2 | e''4 d''2 | c''2 a'2 f'2 | g'4 e'2 | f'2 e'2 d'2 | c'4 b2 | "
        "d'2 b2 g2 | c'4 c'2"),

}
