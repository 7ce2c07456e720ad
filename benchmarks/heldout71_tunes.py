"""Public-domain melodies for real-heldout71, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Der Holzdieb
(Heinrich Marschner, 1825; died 1861), The Padlock (Charles Dibdin, 1768; died 1814), Die Sylphen
(Friedrich Heinrich Himmel, 1806; died 1814), Der Rauchfangkehrer (Antonio Salieri, 1781; died
1825), Aretusa (Filippo Vitali, 1620; died 1653), Der geduldige Socrates (Georg Philipp Telemann,
1721; died 1767), La contessina (Florian Leopold Gassmann, 1770; died 1774), Das Sonnenfest der
Braminen (Wenzel Müller, 1790; died 1835), Der Taucher (Conradin Kreutzer, 1813; died 1849), Il
giuramento (Saverio Mercadante, 1837; died 1870), L'avaro (Pasquale Anfossi, 1775; died 1797), Des
Teufels Lustschloss (Franz Schubert, 1814; died 1828), No Song, No Supper (Stephen Storace, 1790;
died 1796), Madama Ciana (Gaetano Latilla, 1738; died 1788) and Les fêtes de Thalie (Jean-Joseph
Mouret, 1714; died 1738). Folk pieces: the Reel de Winneway and the Reel de Mansonville
(traditional Québécois), the Badingham Hornpipe and the Spexhall Hornpipe (traditional English),
the Besednice Polka and the Kolovec Polka (traditional Czech), the Ruan Jig, the Cummer Jig and
Aherla (traditional Irish), Tuutu tuutu (traditional Finnish) and the Methlick Waltz (traditional
Scottish). Attribution and dates are from memory. Written here from memory, not copied from a
collection: the notes are an outline in the tune's key, metre and shape more than its exact notes
(the grid, exact by construction, is what is scored); each outline keeps the rhythm of the
real-heldout70 outline in the same slot, its notes moved up one step of the scale (and its key
with them: the tonic a whole tone up, or a semitone up to the letter's natural key where a whole
tone would need more than seven sharps: L'avaro and the Reel de Mansonville in D and G (70's C#
and F# major), Des Teufels Lustschloss in B minor (70's A# minor): three slots). One outline is
also moved down an octave: the Reel de Winneway's, whose step up would have reached the C two
octaves above the treble staff's (70's Reel de Bellecombe already reached the B below it). The
band pieces are re-shaped for their arrangement, as a band would: in plain 4/4, Aretusa in 6/8,
Der geduldige Socrates in 12/8, Madama Ciana in 3/4, Les fêtes de Thalie in 5/4 throughout;
running figures and dotted rhythms evened out (the renderer core's >= 60 % notes-on-beats check).
No pickups: every bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py
checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "holzdieb": abc("Der Holzdieb", "4/4", "1/8", "F#",
        "f''2 a''2 c'''2 a''2 | b''2 d'''2 c'''2 a''2 | g''2 b''2 e'''2 c'''2 | f'''4 c'''4 | "
        "a''2 c'''2 f'''2 c'''2 | d'''2 b''2 g''2 b''2 | a''2 g''2 f''2 e''2 | f''4 f''4"),
    "padlock": abc("The Padlock", "4/4", "1/8", "C#m",
        "c''2 e''2 g''2 e''2 | f''2 a''2 g''2 e''2 | d''2 f''2 ^b''2 g''2 | c'''4 g''4 | "
        "e''2 g''2 c'''2 g''2 | a''2 f''2 d''2 f''2 | g''2 e''2 d''2 ^b'2 | c''4 c''4"),
    "sylphen": abc("Die Sylphen", "4/4", "1/8", "G#m",
        "g''2 b''2 d'''2 b''2 | c'''2 e'''2 d'''2 b''2 | a''2 c'''2 ^f'''2 d'''2 | g'''4 d'''4 | "
        "b''2 d'''2 g'''2 d'''2 | e'''2 c'''2 a''2 c'''2 | b''2 a''2 g''2 ^f''2 | g''4 g''4"),
    "rauchfangkehrer": abc("Der Rauchfangkehrer", "4/4", "1/8", "E",
        "e''2 g''2 b''2 g''2 | a''2 c'''2 b''2 g''2 | f''2 a''2 d'''2 b''2 | e'''4 b''4 | "
        "g''2 b''2 e'''2 b''2 | c'''2 a''2 f''2 a''2 | g''2 f''2 e''2 d''2 | e''4 e''4"),
    "aretusa": abc("Aretusa", "6/8", "1/8", "A#m",
        "a''3 e'''2 c''' | b''3 a''3 | ^g''3 b''2 d''' | c'''6 | e'''3 d'''2 c''' | b''3 ^g''3 | "
        "a''3 c'''2 b'' | a''6"),
    "socrates": abc("Der geduldige Socrates", "12/8", "1/8", "F#",
        "f''3 a''3 c'''3 a''3 | b''3 g''3 f''6 | a''3 c'''3 f'''3 e'''3 | d'''3 b''3 g''6 | "
        "c'''3 e'''3 g'''3 e'''3 | f'''3 d'''3 b''3 g''3 | a''3 g''3 f''3 e''3 | f''3 c''3 f''6"),
    "contessina": abc("La contessina", "4/4", "1/8", "D#m",
        "d''2 f''2 a''2 f''2 | g''2 e''2 ^c''2 e''2 | f''2 a''2 d'''2 a''2 | ^c'''4 a''4 | "
        "f''2 a''2 d'''2 f'''2 | e'''2 g'''2 f'''2 d'''2 | b''2 a''2 g''2 ^c''2 | d''4 d''4"),
    "sonnenfest": abc("Das Sonnenfest der Braminen", "4/4", "1/8", "B",
        "b'2 d''2 f''2 d''2 | e''2 g''2 f''2 d''2 | c''2 e''2 a''2 f''2 | b''4 f''4 | "
        "d''2 f''2 b''2 f''2 | g''2 e''2 c''2 e''2 | d''2 c''2 b'2 a'2 | b'4 b'4"),
    "taucher": abc("Der Taucher", "4/4", "1/8", "C#m",
        "c''2 g''2 e''2 c''2 | d''2 a''2 f''2 d''2 | e''2 g''2 c'''2 b''2 | ^b''4 g''4 | "
        "c'''2 e'''2 g'''2 e'''2 | f'''2 d'''2 ^b''2 d'''2 | c'''2 b''2 a''2 g''2 | c''4 c''4"),
    "giuramento": abc("Il giuramento", "4/4", "1/8", "F#m",
        "f'2 c''2 a'2 f'2 | g'2 d''2 b'2 g'2 | a'2 c''2 f''2 e''2 | ^e''4 c''4 | "
        "f''2 a''2 c'''2 a''2 | b''2 g''2 ^e''2 g''2 | f''2 e''2 d''2 c''2 | f''4 f''4"),
    "avaro": abc("L'avaro", "4/4", "1/8", "D",
        "d''2 a''2 f''2 a''2 | g''2 b''2 a''2 f''2 | e''2 g''2 b''2 g''2 | a''4 d''4 | "
        "d'''2 f'''2 a'''2 f'''2 | g'''2 e'''2 c'''2 e'''2 | d'''2 c'''2 b''2 a''2 | d'''4 d'''4"),
    "lustschloss": abc("Des Teufels Lustschloss", "4/4", "1/8", "Bm",
        "b2 d'2 f'2 b'2 | a'2 f'2 g'2 e'2 | f'2 b'2 d''2 b'2 | =a'4 f'4 | b'2 d''2 f''2 d''2 | "
        "e''2 c''2 =a'2 c''2 | b'2 f'2 d'2 c'2 | b4 b4"),
    "nosong": abc("No Song, No Supper", "4/4", "1/8", "E",
        "e''2 b''2 g''2 b''2 | a''2 c'''2 b''2 g''2 | f''2 a''2 d'''2 a''2 | e'''4 b''4 | "
        "g''2 b''2 e'''2 g'''2 | f'''2 d'''2 b''2 d'''2 | e'''2 b''2 g''2 f''2 | e''4 e''4"),
    "ciana": abc("Madama Ciana", "3/4", "1/8", "A",
        "a'2 c''2 e''2 | f''4 e''2 | d''2 c''2 b'2 | c''4 a'2 | b'2 d''2 f''2 | e''4 d''2 | "
        "c''2 b'2 a'2 | b'4 e'2 | a'2 c''2 e''2 | a''4 g''2 | f''2 e''2 d''2 | c''4 b'2 | "
        "d''2 b'2 g'2 | a'4 c''2 | b'2 g'2 e'2 | a'4 a'2"),
    "thalie": abc("Les fêtes de Thalie", "5/4", "1/8", "D#m",
        "d''2 f''2 a''2 f''2 d''2 | e''2 g''2 b''2 g''2 e''2 | f''2 a''2 d'''2 a''2 f''2 | "
        "^c''2 e''2 a''2 e''2 ^c''2 | d''2 f''2 a''2 d'''2 c'''2 | b''2 g''2 e''2 g''2 b''2 | "
        "a''2 f''2 d''2 f''2 a''2 | d''2 d''2 d''2 d''2 d''2"),
    # folk pieces
    "winneway": abc("Reel de Winneway", "2/2", "1/8", "F#",
        "f' a' c'' f'' a'' f'' c'' a' | b' d'' f'' d'' b' g' e' g' | "
        "f' a' c'' f'' a'' c''' a'' f'' | g'' e'' c'' e'' f''2 f''2 | "
        "c''' a'' f'' a'' c''' a'' f'' a'' | b'' g'' e'' g'' b'' g'' e'' g'' | "
        "a'' f'' g'' e'' f'' d'' c'' a' | b' g' e' g' f'2 f'2"),
    "mansonville": abc("Reel de Mansonville", "2/2", "1/8", "G",
        "g''2 b''2 d'''2 g'''2 | e''' d''' b'' g'' a''2 g''2 | b'' d''' d''' b'' c''' b'' a'' g'' | "
        "d'' f'' a'' f'' g''2 g''2 | g'''2 g'''2 d'''2 b''2 | c''' b'' a'' g'' f'' g'' a'' c''' | "
        "b'' a'' g'' b'' a'' g'' e'' d'' | d'' e'' f'' a'' g''2 g''2"),
    "badingham": abc("Badingham Hornpipe", "2/2", "1/8", "C#",
        "g' c'' e'' g'' c''' g'' e'' c'' | d'' f'' a'' f'' d''' b'' g'' f'' | "
        "e'' g'' c''' e''' c''' g'' e'' c'' | d'' c'' b' a' b'2 g'2 | "
        "c'' e'' g'' c''' e''' c''' g'' e'' | f'' a'' c''' a'' f'' d'' b' d'' | "
        "e'' g'' f'' a'' g'' b'' a'' c''' | b'' g'' d'' b' c''2 c''2"),
    "spexhall": abc("Spexhall Hornpipe", "2/2", "1/8", "E",
        "b' e'' g'' b'' e''' b'' g'' e'' | f'' a'' c''' a'' f''' d''' b'' a'' | "
        "g'' b'' e''' g''' e''' b'' g'' e'' | f'' e'' d'' c'' d''2 b'2 | "
        "e'' g'' b'' e''' g''' e''' b'' g'' | a'' c''' e''' c''' a'' f'' d'' f'' | "
        "g'' b'' a'' c''' b'' d''' c''' e''' | d''' b'' f'' d'' e''2 e''2"),
    "besednice": abc("Besednice Polka", "2/4", "1/8", "F#",
        "f'' a'' c''' a'' | b'' d''' c'''2 | a'' c''' f''' c''' | g'' b'' a''2 | "
        "c''' f''' a''' f''' | g''' e''' c''' b'' | a'' g'' f'' e'' | f''2 c''2 | d'' f'' b'' f'' | "
        "e'' g'' c'''2 | f'' a'' d''' a'' | g'' b'' a''2 | f'' a'' g'' e'' | f'' d'' e'' c'' | "
        "d'' f'' e'' c'' | f''2 f''2"),
    "kolovec": abc("Kolovec Polka", "2/4", "1/8", "A",
        "a' c'' e'' c'' | d'' f'' e''2 | c'' e'' a'' e'' | b' d'' c''2 | e'' a'' c''' a'' | "
        "b'' d''' c''' b'' | a'' g'' f'' e'' | e''2 c''2 | d'' f'' a'' f'' | e'' g'' b''2 | "
        "c'' e'' a'' e'' | d'' f'' e''2 | c'' e'' d'' b' | c'' a' b' g' | a' c'' b' g' | a'2 a'2"),
    "ruan": abc("Ruan Jig", "6/8", "1/8", "G#m",
        "g''2 b'' d'''2 b'' | c'''2 a'' ^f''2 a'' | b''2 g'' d'''2 b'' | a''2 ^f'' g''3 | "
        "d'''2 c''' b''2 a'' | g''2 b'' a''2 ^f'' | g''2 a'' b''2 a'' | g''2 g'' g''3"),
    "cummer": abc("Cummer Jig", "6/8", "1/8", "C#",
        "c''2 e'' g''2 e'' | f''2 d'' b'2 d'' | e''2 c'' g''2 e'' | d''2 b' c''3 | "
        "g''2 f'' e''2 d'' | c''2 e'' d''2 b' | c''2 d'' e''2 d'' | c''2 c'' c''3"),
    "aherla": abc("Aherla", "9/8", "1/8", "F#",
        "f''2 a'' c'''2 a'' f''2 a'' | g''2 b'' e'''2 b'' g''2 b'' | "
        "a''2 c''' f'''2 e''' d'''2 c''' | b''2 g'' e''2 g'' c'''3 | a''2 f'' c''2 f'' a''2 c''' | "
        "b''2 d''' f'''2 d''' b''2 g'' | a''2 c''' b''2 g'' e''2 c'' | f''2 c'' a'2 c'' f''3"),
    "tuutu": abc("Tuutu tuutu", "6/8", "1/8", "D#m",
        "d''3 f''2 a'' | g''3 e''3 | f''3 d''2 ^c'' | d''6 | a''3 d'''2 c''' | b''3 g''3 | "
        "a''3 f''2 e'' | d''6"),
    "methlick": abc("Methlick Waltz", "3/4", "1/8", "B",
        "b'2 d''2 f''2 | b''4 f''2 | g''2 e''2 c''2 | d''4 f''2 | e''2 g''2 b''2 | a''4 f''2 | "
        "g''2 f''2 e''2 | d''4 c''2 | b'2 d''2 f''2 | d'''4 c'''2 | b''2 g''2 e''2 | f''4 d''2 | "
        "e''2 d''2 c''2 | b'4 a'2 | c''2 a'2 f'2 | b'4 b'2"),


}
