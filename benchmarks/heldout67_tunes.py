"""Public-domain melodies for real-heldout67, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Ardelinda
(Tomaso Albinoni, 1732; died 1751), Vittorina (Niccolò Piccinni, 1777; died 1800), Delphis et
Mopsa (André-Ernest-Modeste Grétry, 1803; died 1813), Volodimiro (Domenico Cimarosa, 1787; died
1801), Les moissonneurs (Egidio Duni, 1768; died 1775), Hypermnestre (Charles-Hubert Gervais,
1716; died 1744), Sirbace (Baldassare Galuppi, 1743; died 1785), Tsefal i Prokris (Francesco
Araja, 1755; died about 1770), Arrighetto (Carlo Coccia, 1813; died 1873), Ugolino (Carl Ditters
von Dittersdorf, 1796; died 1799), Rogdana (Alexander Dargomyzhsky, unfinished, about 1860; died
1869), Xindo riconosciuto (Georg Benda, 1765; died 1795), Peters bryllup (Johann Abraham Peter
Schulz, 1793; died 1800), Arion (Jean-Baptiste Matho, 1714; died 1746) and Zéphyre (Jean-Philippe
Rameau, about 1750; died 1764). Folk pieces: the Reel de Manche-d'Épée and the Reel de Moffet
(traditional Québécois), the Thoresway Hornpipe and the Wenhaston Hornpipe (traditional English),
the Drnholec Polka and the Chropyně Polka (traditional Czech), the Tubber Jig, the Cleggan Jig and
Coppeen (traditional Irish), Hajej, dadej (traditional Czech) and the Lumphanan Waltz (traditional
Scottish). Attribution and dates are from memory. Written here from memory, not copied from a
collection: the notes are an outline in the tune's key, metre and shape more than its exact notes
(the grid, exact by construction, is what is scored); each outline keeps the rhythm of the
real-heldout66 outline in the same slot, its notes moved up one step of the scale (and its key with
them: the tonic a whole tone up, or a semitone up to the letter's natural key where a whole tone
would need more than seven sharps: Ugolino in B minor (66's A# minor), Xindo riconosciuto in E
minor (66's D# minor), Rogdana in G (66's F# major), Arion and the Chropyně Polka in D (66's C#
major): five slots). The band pieces are re-shaped for their arrangement, as a band would: in
plain 4/4, Les moissonneurs in 6/8, Hypermnestre in 12/8, Arion in 3/4, Zéphyre in 5/4
throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 %
notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "ardelinda": abc("Ardelinda", "4/4", "1/8", "B",
        "b'2 d''2 f''2 d''2 | e''2 g''2 f''2 d''2 | c''2 e''2 a''2 f''2 | b''4 f''4 | "
        "d''2 f''2 b''2 f''2 | g''2 e''2 c''2 e''2 | d''2 c''2 b'2 a'2 | b'4 b'4"),
    "vittorina": abc("Vittorina", "4/4", "1/8", "F#m",
        "f'2 a'2 c''2 a'2 | b'2 d''2 c''2 a'2 | g'2 b'2 ^e''2 c''2 | f''4 c''4 | "
        "a'2 c''2 f''2 c''2 | d''2 b'2 g'2 b'2 | c''2 a'2 g'2 ^e'2 | f'4 f'4"),
    "delphis": abc("Delphis et Mopsa", "4/4", "1/8", "C#m",
        "c''2 e''2 g''2 e''2 | f''2 a''2 g''2 e''2 | d''2 f''2 ^b''2 g''2 | c'''4 g''4 | "
        "e''2 g''2 c'''2 g''2 | a''2 f''2 d''2 f''2 | e''2 d''2 c''2 ^b'2 | c''4 c''4"),
    "volodimiro": abc("Volodimiro", "4/4", "1/8", "A",
        "a'2 c''2 e''2 c''2 | d''2 f''2 e''2 c''2 | b'2 d''2 g''2 e''2 | a''4 e''4 | "
        "c''2 e''2 a''2 e''2 | f''2 d''2 b'2 d''2 | c''2 b'2 a'2 g'2 | a'4 a'4"),
    "moissonneurs": abc("Les moissonneurs", "6/8", "1/8", "D#m",
        "d''3 a''2 f'' | e''3 d''3 | ^c''3 e''2 g'' | f''6 | a''3 g''2 f'' | e''3 ^c''3 | "
        "d''3 f''2 e'' | d''6"),
    "hypermnestre": abc("Hypermnestre", "12/8", "1/8", "B",
        "b'3 d''3 f''3 d''3 | e''3 c''3 b'6 | d''3 f''3 b''3 a''3 | g''3 e''3 c''6 | "
        "f''3 a''3 c'''3 a''3 | b''3 g''3 e''3 c''3 | d''3 c''3 b'3 a'3 | b'3 f'3 b'6"),
    "sirbace": abc("Sirbace", "4/4", "1/8", "G#m",
        "g'2 b'2 d''2 b'2 | c''2 a'2 ^f'2 a'2 | b'2 d''2 g''2 d''2 | ^f''4 d''4 | "
        "b'2 d''2 g''2 b''2 | a''2 c'''2 b''2 g''2 | e''2 d''2 c''2 ^f'2 | g'4 g'4"),
    "tsefal": abc("Tsefal i Prokris", "4/4", "1/8", "E",
        "e'2 g'2 b'2 g'2 | a'2 c''2 b'2 g'2 | f'2 a'2 d''2 b'2 | e''4 b'4 | g'2 b'2 e''2 b'2 | "
        "c''2 a'2 f'2 a'2 | g'2 f'2 e'2 d'2 | e'4 e'4"),
    "arrighetto": abc("Arrighetto", "4/4", "1/8", "F#m",
        "f'2 c''2 a'2 f'2 | g'2 d''2 b'2 g'2 | a'2 c''2 f''2 e''2 | ^e''4 c''4 | "
        "f''2 a''2 c'''2 a''2 | b''2 g''2 ^e''2 g''2 | f''2 e''2 d''2 c''2 | f'4 f'4"),
    "ugolino": abc("Ugolino", "4/4", "1/8", "Bm",
        "b2 f'2 d'2 b2 | c'2 g'2 e'2 c'2 | d'2 f'2 b'2 a'2 | ^a'4 f'4 | b'2 d''2 f''2 d''2 | "
        "e''2 c''2 ^a'2 c''2 | b'2 a'2 g'2 f'2 | b'4 b'4"),
    "rogdana": abc("Rogdana", "4/4", "1/8", "G",
        "g'2 d''2 b'2 d''2 | c''2 e''2 d''2 b'2 | a'2 c''2 e''2 c''2 | d''4 g'4 | "
        "g''2 b''2 d'''2 b''2 | c'''2 a''2 f''2 a''2 | g''2 f''2 e''2 d''2 | g''4 g''4"),
    "xindo": abc("Xindo riconosciuto", "4/4", "1/8", "Em",
        "e2 g2 b2 e'2 | d'2 b2 c'2 a2 | b2 e'2 g'2 e'2 | =d'4 b4 | e'2 g'2 b'2 g'2 | "
        "a'2 f'2 =d'2 f'2 | e'2 b2 g2 f2 | e4 e4"),
    "bryllup": abc("Peters bryllup", "4/4", "1/8", "A",
        "a'2 e''2 c''2 e''2 | d''2 f''2 e''2 c''2 | b'2 d''2 g''2 d''2 | a''4 e''4 | "
        "c''2 e''2 a''2 c'''2 | b''2 g''2 e''2 g''2 | a''2 e''2 c''2 b'2 | a'4 a'4"),
    "arion": abc("Arion", "3/4", "1/8", "D",
        "d'2 f'2 a'2 | b'4 a'2 | g'2 f'2 e'2 | f'4 d'2 | e'2 g'2 b'2 | a'4 g'2 | f'2 e'2 d'2 | "
        "e'4 a2 | d'2 f'2 a'2 | d''4 c''2 | b'2 a'2 g'2 | f'4 e'2 | g'2 e'2 c'2 | d'4 f'2 | "
        "e'2 c'2 a2 | d'4 d'2"),
    "zephyre": abc("Zéphyre", "5/4", "1/8", "G#m",
        "g'2 b'2 d''2 b'2 g'2 | a'2 c''2 e''2 c''2 a'2 | b'2 d''2 g''2 d''2 b'2 | "
        "^f'2 a'2 d''2 a'2 ^f'2 | g'2 b'2 d''2 g''2 f''2 | e''2 c''2 a'2 c''2 e''2 | "
        "d''2 b'2 g'2 b'2 d''2 | g'2 g'2 g'2 g'2 g'2"),
    # folk pieces
    "manchedepee": abc("Reel de Manche-d'Épée", "2/2", "1/8", "B",
        "b' d'' f'' b'' d''' b'' f'' d'' | e'' g'' b'' g'' e'' c'' a' c'' | "
        "b' d'' f'' b'' d''' f''' d''' b'' | c''' a'' f'' a'' b''2 b''2 | "
        "f''' d''' b'' d''' f''' d''' b'' d''' | e''' c''' a'' c''' e''' c''' a'' c''' | "
        "d''' b'' c''' a'' b'' g'' f'' d'' | e'' c'' a' c'' b'2 b'2"),
    "moffet": abc("Reel de Moffet", "2/2", "1/8", "C#",
        "c''2 e''2 g''2 c'''2 | a'' g'' e'' c'' d''2 c''2 | e'' g'' g'' e'' f'' e'' d'' c'' | "
        "g' b' d'' b' c''2 c''2 | c'''2 c'''2 g''2 e''2 | f'' e'' d'' c'' b' c'' d'' f'' | "
        "e'' d'' c'' e'' d'' c'' a' g' | g' a' b' d'' c''2 c''2"),
    "thoresway": abc("Thoresway Hornpipe", "2/2", "1/8", "F#",
        "c' f' a' c'' f'' c'' a' f' | g' b' d'' b' g'' e'' c'' b' | a' c'' f'' a'' f'' c'' a' f' | "
        "g' f' e' d' e'2 c'2 | f' a' c'' f'' a'' f'' c'' a' | b' d'' f'' d'' b' g' e' g' | "
        "a' c'' b' d'' c'' e'' d'' f'' | e'' c'' g' e' f'2 f'2"),
    "wenhaston": abc("Wenhaston Hornpipe", "2/2", "1/8", "A",
        "e' a' c'' e'' a'' e'' c'' a' | b' d'' f'' d'' b'' g'' e'' d'' | "
        "c'' e'' a'' c''' a'' e'' c'' a' | b' a' g' f' g'2 e'2 | a' c'' e'' a'' c''' a'' e'' c'' | "
        "d'' f'' a'' f'' d'' b' g' b' | c'' e'' d'' f'' e'' g'' f'' a'' | g'' e'' b' g' a'2 a'2"),
    "drnholec": abc("Drnholec Polka", "2/4", "1/8", "B",
        "b' d'' f'' d'' | e'' g'' f''2 | d'' f'' b'' f'' | c'' e'' d''2 | f'' b'' d''' b'' | "
        "c''' a'' f'' e'' | d'' c'' b' a' | b'2 f'2 | g' b' e'' b' | a' c'' f''2 | b' d'' g'' d'' | "
        "c'' e'' d''2 | b' d'' c'' a' | b' g' a' f' | g' b' a' f' | b'2 b'2"),
    "chropyne": abc("Chropyně Polka", "2/4", "1/8", "D",
        "d' f' a' f' | g' b' a'2 | f' a' d'' a' | e' g' f'2 | a' d'' f'' d'' | e'' g'' f'' e'' | "
        "d'' c'' b' a' | a'2 f'2 | g' b' d'' b' | a' c'' e''2 | f' a' d'' a' | g' b' a'2 | "
        "f' a' g' e' | f' d' e' c' | d' f' e' c' | d'2 d'2"),
    "tubber": abc("Tubber Jig", "6/8", "1/8", "C#m",
        "c''2 e'' g''2 e'' | f''2 d'' ^b'2 d'' | e''2 c'' g''2 e'' | d''2 ^b' c''3 | "
        "g''2 f'' e''2 d'' | c''2 e'' d''2 ^b' | c''2 d'' e''2 d'' | c''2 c'' c''3"),
    "cleggan": abc("Cleggan Jig", "6/8", "1/8", "F#",
        "f'2 a' c''2 a' | b'2 g' e'2 g' | a'2 f' c''2 a' | g'2 e' f'3 | c''2 b' a'2 g' | "
        "f'2 a' g'2 e' | f'2 g' a'2 g' | f'2 f' f'3"),
    "coppeen": abc("Coppeen", "9/8", "1/8", "B",
        "b'2 d'' f''2 d'' b'2 d'' | c''2 e'' a''2 e'' c''2 e'' | d''2 f'' b''2 a'' g''2 f'' | "
        "e''2 c'' a'2 c'' f''3 | d''2 b' f'2 b' d''2 f'' | e''2 g'' b''2 g'' e''2 c'' | "
        "d''2 f'' e''2 c'' a'2 f' | b'2 f' d'2 f' b'3"),
    "hajej": abc("Hajej, dadej", "6/8", "1/8", "G#m",
        "g'3 b'2 d'' | c''3 a'3 | b'3 g'2 ^f' | g'6 | d''3 g''2 f'' | e''3 c''3 | d''3 b'2 a' | "
        "g'6"),
    "lumphanan": abc("Lumphanan Waltz", "3/4", "1/8", "E",
        "e'2 g'2 b'2 | e''4 b'2 | c''2 a'2 f'2 | g'4 b'2 | a'2 c''2 e''2 | d''4 b'2 | c''2 b'2 a'2 | "
        "g'4 f'2 | e'2 g'2 b'2 | g''4 f''2 | e''2 c''2 a'2 | b'4 g'2 | a'2 g'2 f'2 | e'4 d'2 | "
        "f'2 d'2 b2 | e'4 e'2"),
}
