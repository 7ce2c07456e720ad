"""Public-domain melodies for real-heldout70, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: La tregua di
Ptolemaide (Hilarión Eslava, 1842; died 1878), La locanda (Giuseppe Gazzaniga, 1771; died 1818), I
Compagnacci (Primo Riccitelli, 1923; died 1941), Zośka (Maciej Kamieński, 1779; died 1821),
Sedecia (Antonio Caldara, 1732; died 1736), Thomyris (Johann Christoph Pepusch, arranger, 1707;
died 1752), Archidamia (Georg Reutter the younger, 1727; died 1772), Testoride argonauta (João de
Sousa Carvalho, 1780; died 1798), Rybaki (Anton Simon, 1899; died 1916), Il capriccio corretto
(Franz Seydelmann, 1783; died 1806), Le prisonnier (Domenico Della Maria, 1798; died 1800),
Minerva belicosa (Vincenzo Righini, about 1804; died 1812), Atala (Clémence de Grandval, 1888;
died 1907), La zingara (Rinaldo di Capua, 1753; died about 1780) and Dionisio (Giovanni Domenico
Partenio, 1681; died 1701). Folk pieces: the Reel de Bellecombe and the Reel de Dubuisson
(traditional Québécois), the Friskney Hornpipe and the Yoxford Hornpipe (traditional English),
the Krucemburk Polka and the Čejč Polka (traditional Czech), the Ballindine Jig, the Kilchreest
Jig and Kilcorney (traditional Irish), Nenna nenna (traditional Italian) and the Tarves Waltz
(traditional Scottish). Attribution and dates are from memory. Written here from memory, not
copied from a collection: the notes are an outline in the tune's key, metre and shape more than
its exact notes (the grid, exact by construction, is what is scored); each outline keeps the
rhythm of the real-heldout69 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: La locanda and Rybaki in B minor (69's A#
minor), Zośka, Atala and the Yoxford Hornpipe in D (69's C# major), Il capriccio corretto in E
minor (69's D# minor), La zingara and the Čejč Polka in G (69's F# major): eight slots). The band
pieces are re-shaped for their arrangement, as a band would: in plain 4/4, Sedecia in 6/8,
Thomyris in 12/8, La zingara in 3/4, Dionisio in 5/4 throughout; running figures and dotted
rhythms evened out (the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is
whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "ptolemaide": abc("La tregua di Ptolemaide", "4/4", "1/8", "E",
        "e''2 g''2 b''2 g''2 | a''2 c'''2 b''2 g''2 | f''2 a''2 d'''2 b''2 | e'''4 b''4 | "
        "g''2 b''2 e'''2 b''2 | c'''2 a''2 f''2 a''2 | g''2 f''2 e''2 d''2 | e''4 e''4"),
    "locanda": abc("La locanda", "4/4", "1/8", "Bm",
        "b'2 d''2 f''2 d''2 | e''2 g''2 f''2 d''2 | c''2 e''2 ^a''2 f''2 | b''4 f''4 | "
        "d''2 f''2 b''2 f''2 | g''2 e''2 c''2 e''2 | f''2 d''2 c''2 ^a'2 | b'4 b'4"),
    "compagnacci": abc("I Compagnacci", "4/4", "1/8", "F#m",
        "f''2 a''2 c'''2 a''2 | b''2 d'''2 c'''2 a''2 | g''2 b''2 ^e'''2 c'''2 | f'''4 c'''4 | "
        "a''2 c'''2 f'''2 c'''2 | d'''2 b''2 g''2 b''2 | a''2 g''2 f''2 ^e''2 | f''4 f''4"),
    "zoska": abc("Zośka", "4/4", "1/8", "D",
        "d''2 f''2 a''2 f''2 | g''2 b''2 a''2 f''2 | e''2 g''2 c'''2 a''2 | d'''4 a''4 | "
        "f''2 a''2 d'''2 a''2 | b''2 g''2 e''2 g''2 | f''2 e''2 d''2 c''2 | d''4 d''4"),
    "sedecia": abc("Sedecia", "6/8", "1/8", "G#m",
        "g''3 d'''2 b'' | a''3 g''3 | ^f''3 a''2 c''' | b''6 | d'''3 c'''2 b'' | a''3 ^f''3 | "
        "g''3 b''2 a'' | g''6"),
    "thomyris": abc("Thomyris", "12/8", "1/8", "E",
        "e''3 g''3 b''3 g''3 | a''3 f''3 e''6 | g''3 b''3 e'''3 d'''3 | c'''3 a''3 f''6 | "
        "b''3 d'''3 f'''3 d'''3 | e'''3 c'''3 a''3 f''3 | g''3 f''3 e''3 d''3 | e''3 b'3 e''6"),
    "archidamia": abc("Archidamia", "4/4", "1/8", "C#m",
        "c''2 e''2 g''2 e''2 | f''2 d''2 ^b'2 d''2 | e''2 g''2 c'''2 g''2 | ^b''4 g''4 | "
        "e''2 g''2 c'''2 e'''2 | d'''2 f'''2 e'''2 c'''2 | a''2 g''2 f''2 ^b'2 | c''4 c''4"),
    "testoride": abc("Testoride argonauta", "4/4", "1/8", "A",
        "a'2 c''2 e''2 c''2 | d''2 f''2 e''2 c''2 | b'2 d''2 g''2 e''2 | a''4 e''4 | "
        "c''2 e''2 a''2 e''2 | f''2 d''2 b'2 d''2 | c''2 b'2 a'2 g'2 | a'4 a'4"),
    "rybaki": abc("Rybaki", "4/4", "1/8", "Bm",
        "b'2 f''2 d''2 b'2 | c''2 g''2 e''2 c''2 | d''2 f''2 b''2 a''2 | ^a''4 f''4 | "
        "b''2 d'''2 f'''2 d'''2 | e'''2 c'''2 ^a''2 c'''2 | b''2 a''2 g''2 f''2 | b'4 b'4"),
    "capriccio": abc("Il capriccio corretto", "4/4", "1/8", "Em",
        "e'2 b'2 g'2 e'2 | f'2 c''2 a'2 f'2 | g'2 b'2 e''2 d''2 | ^d''4 b'4 | e''2 g''2 b''2 g''2 | "
        "a''2 f''2 ^d''2 f''2 | e''2 d''2 c''2 b'2 | e''4 e''4"),
    "prisonnier": abc("Le prisonnier", "4/4", "1/8", "C#",
        "c''2 g''2 e''2 g''2 | f''2 a''2 g''2 e''2 | d''2 f''2 a''2 f''2 | g''4 c''4 | "
        "c'''2 e'''2 g'''2 e'''2 | f'''2 d'''2 b''2 d'''2 | c'''2 b''2 a''2 g''2 | c'''4 c'''4"),
    "minerva": abc("Minerva belicosa", "4/4", "1/8", "A#m",
        "a2 c'2 e'2 a'2 | g'2 e'2 f'2 d'2 | e'2 a'2 c''2 a'2 | =g'4 e'4 | a'2 c''2 e''2 c''2 | "
        "d''2 b'2 =g'2 b'2 | a'2 e'2 c'2 b2 | a4 a4"),
    "atala": abc("Atala", "4/4", "1/8", "D",
        "d''2 a''2 f''2 a''2 | g''2 b''2 a''2 f''2 | e''2 g''2 c'''2 g''2 | d'''4 a''4 | "
        "f''2 a''2 d'''2 f'''2 | e'''2 c'''2 a''2 c'''2 | d'''2 a''2 f''2 e''2 | d''4 d''4"),
    "zingara": abc("La zingara", "3/4", "1/8", "G",
        "g'2 b'2 d''2 | e''4 d''2 | c''2 b'2 a'2 | b'4 g'2 | a'2 c''2 e''2 | d''4 c''2 | "
        "b'2 a'2 g'2 | a'4 d'2 | g'2 b'2 d''2 | g''4 f''2 | e''2 d''2 c''2 | b'4 a'2 | "
        "c''2 a'2 f'2 | g'4 b'2 | a'2 f'2 d'2 | g'4 g'2"),
    "dionisio": abc("Dionisio", "5/4", "1/8", "C#m",
        "c''2 e''2 g''2 e''2 c''2 | d''2 f''2 a''2 f''2 d''2 | e''2 g''2 c'''2 g''2 e''2 | "
        "^b'2 d''2 g''2 d''2 ^b'2 | c''2 e''2 g''2 c'''2 b''2 | a''2 f''2 d''2 f''2 a''2 | "
        "g''2 e''2 c''2 e''2 g''2 | c''2 c''2 c''2 c''2 c''2"),
    # folk pieces
    "bellecombe": abc("Reel de Bellecombe", "2/2", "1/8", "E",
        "e'' g'' b'' e''' g''' e''' b'' g'' | a'' c''' e''' c''' a'' f'' d'' f'' | "
        "e'' g'' b'' e''' g''' b''' g''' e''' | f''' d''' b'' d''' e'''2 e'''2 | "
        "b''' g''' e''' g''' b''' g''' e''' g''' | a''' f''' d''' f''' a''' f''' d''' f''' | "
        "g''' e''' f''' d''' e''' c''' b'' g'' | a'' f'' d'' f'' e''2 e''2"),
    "dubuisson": abc("Reel de Dubuisson", "2/2", "1/8", "F#",
        "f''2 a''2 c'''2 f'''2 | d''' c''' a'' f'' g''2 f''2 | a'' c''' c''' a'' b'' a'' g'' f'' | "
        "c'' e'' g'' e'' f''2 f''2 | f'''2 f'''2 c'''2 a''2 | b'' a'' g'' f'' e'' f'' g'' b'' | "
        "a'' g'' f'' a'' g'' f'' d'' c'' | c'' d'' e'' g'' f''2 f''2"),
    "friskney": abc("Friskney Hornpipe", "2/2", "1/8", "B",
        "f' b' d'' f'' b'' f'' d'' b' | c'' e'' g'' e'' c''' a'' f'' e'' | "
        "d'' f'' b'' d''' b'' f'' d'' b' | c'' b' a' g' a'2 f'2 | b' d'' f'' b'' d''' b'' f'' d'' | "
        "e'' g'' b'' g'' e'' c'' a' c'' | d'' f'' e'' g'' f'' a'' g'' b'' | a'' f'' c'' a' b'2 b'2"),
    "yoxford": abc("Yoxford Hornpipe", "2/2", "1/8", "D",
        "a' d'' f'' a'' d''' a'' f'' d'' | e'' g'' b'' g'' e''' c''' a'' g'' | "
        "f'' a'' d''' f''' d''' a'' f'' d'' | e'' d'' c'' b' c''2 a'2 | "
        "d'' f'' a'' d''' f''' d''' a'' f'' | g'' b'' d''' b'' g'' e'' c'' e'' | "
        "f'' a'' g'' b'' a'' c''' b'' d''' | c''' a'' e'' c'' d''2 d''2"),
    "krucemburk": abc("Krucemburk Polka", "2/4", "1/8", "E",
        "e'' g'' b'' g'' | a'' c''' b''2 | g'' b'' e''' b'' | f'' a'' g''2 | b'' e''' g''' e''' | "
        "f''' d''' b'' a'' | g'' f'' e'' d'' | e''2 b'2 | c'' e'' a'' e'' | d'' f'' b''2 | "
        "e'' g'' c''' g'' | f'' a'' g''2 | e'' g'' f'' d'' | e'' c'' d'' b' | c'' e'' d'' b' | "
        "e''2 e''2"),
    "cejc": abc("Čejč Polka", "2/4", "1/8", "G",
        "g' b' d'' b' | c'' e'' d''2 | b' d'' g'' d'' | a' c'' b'2 | d'' g'' b'' g'' | "
        "a'' c''' b'' a'' | g'' f'' e'' d'' | d''2 b'2 | c'' e'' g'' e'' | d'' f'' a''2 | "
        "b' d'' g'' d'' | c'' e'' d''2 | b' d'' c'' a' | b' g' a' f' | g' b' a' f' | g'2 g'2"),
    "ballindine": abc("Ballindine Jig", "6/8", "1/8", "F#m",
        "f''2 a'' c'''2 a'' | b''2 g'' ^e''2 g'' | a''2 f'' c'''2 a'' | g''2 ^e'' f''3 | "
        "c'''2 b'' a''2 g'' | f''2 a'' g''2 ^e'' | f''2 g'' a''2 g'' | f''2 f'' f''3"),
    "kilchreest": abc("Kilchreest Jig", "6/8", "1/8", "B",
        "b'2 d'' f''2 d'' | e''2 c'' a'2 c'' | d''2 b' f''2 d'' | c''2 a' b'3 | f''2 e'' d''2 c'' | "
        "b'2 d'' c''2 a' | b'2 c'' d''2 c'' | b'2 b' b'3"),
    "kilcorney": abc("Kilcorney", "9/8", "1/8", "E",
        "e''2 g'' b''2 g'' e''2 g'' | f''2 a'' d'''2 a'' f''2 a'' | g''2 b'' e'''2 d''' c'''2 b'' | "
        "a''2 f'' d''2 f'' b''3 | g''2 e'' b'2 e'' g''2 b'' | a''2 c''' e'''2 c''' a''2 f'' | "
        "g''2 b'' a''2 f'' d''2 b' | e''2 b' g'2 b' e''3"),
    "nenna": abc("Nenna nenna", "6/8", "1/8", "C#m",
        "c''3 e''2 g'' | f''3 d''3 | e''3 c''2 ^b' | c''6 | g''3 c'''2 b'' | a''3 f''3 | "
        "g''3 e''2 d'' | c''6"),
    "tarves": abc("Tarves Waltz", "3/4", "1/8", "A",
        "a'2 c''2 e''2 | a''4 e''2 | f''2 d''2 b'2 | c''4 e''2 | d''2 f''2 a''2 | g''4 e''2 | "
        "f''2 e''2 d''2 | c''4 b'2 | a'2 c''2 e''2 | c'''4 b''2 | a''2 f''2 d''2 | e''4 c''2 | "
        "d''2 c''2 b'2 | a'4 g'2 | b'2 g'2 e'2 | a'4 a'2"),

}
