"""Public-domain melodies for real-heldout69, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Odda di
Bernaver (Giuseppe Lillo, 1837; died 1863), Artenice (Giacomo Tritto, 1784; died 1824), Deodata
(Bernhard Anselm Weber, 1810; died 1821), Turanda (Antonio Bazzini, 1867; died 1897), La Spinalba
(Francisco António de Almeida, 1739; died about 1755), Cassandre (Toussaint Bertin de la Doué, with
François Bouvard, 1706; died 1743 and 1760), Wallenstein (Luigi Denza, 1876; died 1922), Mathilde
von Guise (Johann Nepomuk Hummel, 1810; died 1837), Het Eerekruis (Cornelis Dopper, 1903; died
1939), Die Kriegsgefangene (Karl Goldmark, 1899; died 1915), Elisabetta di Valois (Antonio
Buzzolla, 1850; died 1871), Knyaz Serebryany (Georgy Kazachenko, 1892; died 1938), Deseret
(Dudley Buck, 1880; died 1909), La furia domata (Spyridon Samaras, 1895; died 1917) and Il
Floridoro (Alessandro Stradella, 1676; died 1682). Folk pieces: the Reel de Fermont and the Reel
de Pikogan (traditional Québécois), the Claxby Hornpipe and the Covehithe Hornpipe (traditional
English), the Koryčany Polka and the Kvasice Polka (traditional Czech), the Swanlinbar Jig, the
Kilmeena Jig and Kilbrin (traditional Irish), Spi mladenec (traditional Russian) and the Strichen
Waltz (traditional Scottish). Attribution and dates are from memory. Written here from memory,
not copied from a collection: the notes are an outline in the tune's key, metre and shape more
than its exact notes (the grid, exact by construction, is what is scored); each outline keeps the
rhythm of the real-heldout68 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Odda di Bernaver, Cassandre, the Reel de
Fermont, the Koryčany Polka and Kilbrin in D (68's C# major), Deodata and the Swanlinbar Jig in E
minor (68's D# minor), Wallenstein, Il Floridoro and Spi mladenec in B minor (68's A# minor),
Mathilde von Guise and the Strichen Waltz in G (68's F# major): twelve slots). The band pieces are
re-shaped for their arrangement, as a band would: in plain 4/4, La Spinalba in 6/8, Cassandre in
12/8, La furia domata in 3/4, Il Floridoro in 5/4 throughout; running figures and dotted rhythms
evened out (the renderer core's >= 60 % notes-on-beats check). No pickups: every bar is whole, so
looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "oddabernaver": abc("Odda di Bernaver", "4/4", "1/8", "D",
        "d''2 f''2 a''2 f''2 | g''2 b''2 a''2 f''2 | e''2 g''2 c'''2 a''2 | d'''4 a''4 | "
        "f''2 a''2 d'''2 a''2 | b''2 g''2 e''2 g''2 | f''2 e''2 d''2 c''2 | d''4 d''4"),
    "artenice": abc("Artenice", "4/4", "1/8", "A#m",
        "a'2 c''2 e''2 c''2 | d''2 f''2 e''2 c''2 | b'2 d''2 ^g''2 e''2 | a''4 e''4 | "
        "c''2 e''2 a''2 e''2 | f''2 d''2 b'2 d''2 | e''2 c''2 b'2 ^g'2 | a'4 a'4"),
    "deodata": abc("Deodata", "4/4", "1/8", "Em",
        "e''2 g''2 b''2 g''2 | a''2 c'''2 b''2 g''2 | f''2 a''2 ^d'''2 b''2 | e'''4 b''4 | "
        "g''2 b''2 e'''2 b''2 | c'''2 a''2 f''2 a''2 | g''2 f''2 e''2 ^d''2 | e''4 e''4"),
    "turanda": abc("Turanda", "4/4", "1/8", "C#",
        "c''2 e''2 g''2 e''2 | f''2 a''2 g''2 e''2 | d''2 f''2 b''2 g''2 | c'''4 g''4 | "
        "e''2 g''2 c'''2 g''2 | a''2 f''2 d''2 f''2 | e''2 d''2 c''2 b'2 | c''4 c''4"),
    "spinalba": abc("La Spinalba", "6/8", "1/8", "F#m",
        "f''3 c'''2 a'' | g''3 f''3 | ^e''3 g''2 b'' | a''6 | c'''3 b''2 a'' | g''3 ^e''3 | "
        "f''3 a''2 g'' | f''6"),
    "cassandre": abc("Cassandre", "12/8", "1/8", "D",
        "d''3 f''3 a''3 f''3 | g''3 e''3 d''6 | f''3 a''3 d'''3 c'''3 | b''3 g''3 e''6 | "
        "a''3 c'''3 e'''3 c'''3 | d'''3 b''3 g''3 e''3 | f''3 e''3 d''3 c''3 | d''3 a'3 d''6"),
    "wallenstein": abc("Wallenstein", "4/4", "1/8", "Bm",
        "b'2 d''2 f''2 d''2 | e''2 c''2 ^a'2 c''2 | d''2 f''2 b''2 f''2 | ^a''4 f''4 | "
        "d''2 f''2 b''2 d'''2 | c'''2 e'''2 d'''2 b''2 | g''2 f''2 e''2 ^a'2 | b'4 b'4"),
    "mathilde": abc("Mathilde von Guise", "4/4", "1/8", "G",
        "g'2 b'2 d''2 b'2 | c''2 e''2 d''2 b'2 | a'2 c''2 f''2 d''2 | g''4 d''4 | "
        "b'2 d''2 g''2 d''2 | e''2 c''2 a'2 c''2 | b'2 a'2 g'2 f'2 | g'4 g'4"),
    "eerekruis": abc("Het Eerekruis", "4/4", "1/8", "A#m",
        "a'2 e''2 c''2 a'2 | b'2 f''2 d''2 b'2 | c''2 e''2 a''2 g''2 | ^g''4 e''4 | "
        "a''2 c'''2 e'''2 c'''2 | d'''2 b''2 ^g''2 b''2 | a''2 g''2 f''2 e''2 | a'4 a'4"),
    "kriegsgefangene": abc("Die Kriegsgefangene", "4/4", "1/8", "D#m",
        "d'2 a'2 f'2 d'2 | e'2 b'2 g'2 e'2 | f'2 a'2 d''2 c''2 | ^c''4 a'4 | d''2 f''2 a''2 f''2 | "
        "g''2 e''2 ^c''2 e''2 | d''2 c''2 b'2 a'2 | d''4 d''4"),
    "elisabetta": abc("Elisabetta di Valois", "4/4", "1/8", "B",
        "b'2 f''2 d''2 f''2 | e''2 g''2 f''2 d''2 | c''2 e''2 g''2 e''2 | f''4 b'4 | "
        "b''2 d'''2 f'''2 d'''2 | e'''2 c'''2 a''2 c'''2 | b''2 a''2 g''2 f''2 | b''4 b''4"),
    "serebryany": abc("Knyaz Serebryany", "4/4", "1/8", "G#m",
        "g2 b2 d'2 g'2 | f'2 d'2 e'2 c'2 | d'2 g'2 b'2 g'2 | =f'4 d'4 | g'2 b'2 d''2 b'2 | "
        "c''2 a'2 =f'2 a'2 | g'2 d'2 b2 a2 | g4 g4"),
    "deseret": abc("Deseret", "4/4", "1/8", "C#",
        "c''2 g''2 e''2 g''2 | f''2 a''2 g''2 e''2 | d''2 f''2 b''2 f''2 | c'''4 g''4 | "
        "e''2 g''2 c'''2 e'''2 | d'''2 b''2 g''2 b''2 | c'''2 g''2 e''2 d''2 | c''4 c''4"),
    "furiadomata": abc("La furia domata", "3/4", "1/8", "F#",
        "f'2 a'2 c''2 | d''4 c''2 | b'2 a'2 g'2 | a'4 f'2 | g'2 b'2 d''2 | c''4 b'2 | a'2 g'2 f'2 | "
        "g'4 c'2 | f'2 a'2 c''2 | f''4 e''2 | d''2 c''2 b'2 | a'4 g'2 | b'2 g'2 e'2 | f'4 a'2 | "
        "g'2 e'2 c'2 | f'4 f'2"),
    "floridoro": abc("Il Floridoro", "5/4", "1/8", "Bm",
        "b'2 d''2 f''2 d''2 b'2 | c''2 e''2 g''2 e''2 c''2 | d''2 f''2 b''2 f''2 d''2 | "
        "^a'2 c''2 f''2 c''2 ^a'2 | b'2 d''2 f''2 b''2 a''2 | g''2 e''2 c''2 e''2 g''2 | "
        "f''2 d''2 b'2 d''2 f''2 | b'2 b'2 b'2 b'2 b'2"),
    # folk pieces
    "fermont": abc("Reel de Fermont", "2/2", "1/8", "D",
        "d'' f'' a'' d''' f''' d''' a'' f'' | g'' b'' d''' b'' g'' e'' c'' e'' | "
        "d'' f'' a'' d''' f''' a''' f''' d''' | e''' c''' a'' c''' d'''2 d'''2 | "
        "a''' f''' d''' f''' a''' f''' d''' f''' | g''' e''' c''' e''' g''' e''' c''' e''' | "
        "f''' d''' e''' c''' d''' b'' a'' f'' | g'' e'' c'' e'' d''2 d''2"),
    "pikogan": abc("Reel de Pikogan", "2/2", "1/8", "E",
        "e''2 g''2 b''2 e'''2 | c''' b'' g'' e'' f''2 e''2 | g'' b'' b'' g'' a'' g'' f'' e'' | "
        "b' d'' f'' d'' e''2 e''2 | e'''2 e'''2 b''2 g''2 | a'' g'' f'' e'' d'' e'' f'' a'' | "
        "g'' f'' e'' g'' f'' e'' c'' b' | b' c'' d'' f'' e''2 e''2"),
    "claxby": abc("Claxby Hornpipe", "2/2", "1/8", "A",
        "e' a' c'' e'' a'' e'' c'' a' | b' d'' f'' d'' b'' g'' e'' d'' | "
        "c'' e'' a'' c''' a'' e'' c'' a' | b' a' g' f' g'2 e'2 | a' c'' e'' a'' c''' a'' e'' c'' | "
        "d'' f'' a'' f'' d'' b' g' b' | c'' e'' d'' f'' e'' g'' f'' a'' | g'' e'' b' g' a'2 a'2"),
    "covehithe": abc("Covehithe Hornpipe", "2/2", "1/8", "C#",
        "g' c'' e'' g'' c''' g'' e'' c'' | d'' f'' a'' f'' d''' b'' g'' f'' | "
        "e'' g'' c''' e''' c''' g'' e'' c'' | d'' c'' b' a' b'2 g'2 | "
        "c'' e'' g'' c''' e''' c''' g'' e'' | f'' a'' c''' a'' f'' d'' b' d'' | "
        "e'' g'' f'' a'' g'' b'' a'' c''' | b'' g'' d'' b' c''2 c''2"),
    "korycany": abc("Koryčany Polka", "2/4", "1/8", "D",
        "d'' f'' a'' f'' | g'' b'' a''2 | f'' a'' d''' a'' | e'' g'' f''2 | a'' d''' f''' d''' | "
        "e''' c''' a'' g'' | f'' e'' d'' c'' | d''2 a'2 | b' d'' g'' d'' | c'' e'' a''2 | "
        "d'' f'' b'' f'' | e'' g'' f''2 | d'' f'' e'' c'' | d'' b' c'' a' | b' d'' c'' a' | "
        "d''2 d''2"),
    "kvasice": abc("Kvasice Polka", "2/4", "1/8", "F#",
        "f' a' c'' a' | b' d'' c''2 | a' c'' f'' c'' | g' b' a'2 | c'' f'' a'' f'' | "
        "g'' b'' a'' g'' | f'' e'' d'' c'' | c''2 a'2 | b' d'' f'' d'' | c'' e'' g''2 | "
        "a' c'' f'' c'' | b' d'' c''2 | a' c'' b' g' | a' f' g' e' | f' a' g' e' | f'2 f'2"),
    "swanlinbar": abc("Swanlinbar Jig", "6/8", "1/8", "Em",
        "e''2 g'' b''2 g'' | a''2 f'' ^d''2 f'' | g''2 e'' b''2 g'' | f''2 ^d'' e''3 | "
        "b''2 a'' g''2 f'' | e''2 g'' f''2 ^d'' | e''2 f'' g''2 f'' | e''2 e'' e''3"),
    "kilmeena": abc("Kilmeena Jig", "6/8", "1/8", "A",
        "a'2 c'' e''2 c'' | d''2 b' g'2 b' | c''2 a' e''2 c'' | b'2 g' a'3 | e''2 d'' c''2 b' | "
        "a'2 c'' b'2 g' | a'2 b' c''2 b' | a'2 a' a'3"),
    "kilbrin": abc("Kilbrin", "9/8", "1/8", "D",
        "d''2 f'' a''2 f'' d''2 f'' | e''2 g'' c'''2 g'' e''2 g'' | f''2 a'' d'''2 c''' b''2 a'' | "
        "g''2 e'' c''2 e'' a''3 | f''2 d'' a'2 d'' f''2 a'' | g''2 b'' d'''2 b'' g''2 e'' | "
        "f''2 a'' g''2 e'' c''2 a' | d''2 a' f'2 a' d''3"),
    "spimladenec": abc("Spi mladenec", "6/8", "1/8", "Bm",
        "b'3 d''2 f'' | e''3 c''3 | d''3 b'2 ^a' | b'6 | f''3 b''2 a'' | g''3 e''3 | f''3 d''2 c'' | "
        "b'6"),
    "strichen": abc("Strichen Waltz", "3/4", "1/8", "G",
        "g'2 b'2 d''2 | g''4 d''2 | e''2 c''2 a'2 | b'4 d''2 | c''2 e''2 g''2 | f''4 d''2 | "
        "e''2 d''2 c''2 | b'4 a'2 | g'2 b'2 d''2 | b''4 a''2 | g''2 e''2 c''2 | d''4 b'2 | "
        "c''2 b'2 a'2 | g'4 f'2 | a'2 f'2 d'2 | g'4 g'2"),

}
