"""Public-domain melodies for real-heldout59, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Blodwen
(Joseph Parry, 1878; died 1903), Armin (Heinrich Hofmann, 1877; died 1902), Zanaida (Johann
Christian Bach, 1763; died 1782), Janie (Émile Jaques-Dalcroze, 1894; died 1950), Doriclea
(Francesco Cavalli, 1645; died 1676), Inkle and Yarico (Samuel Arnold, 1787; died 1802), Numitore
(Giovanni Porta, 1720; died 1755), Crispo (Giovanni Bononcini, 1721; died 1747), Alarico (Agostino
Steffani, 1687; died 1728), Almasis (Joseph-Nicolas-Pancrace Royer, 1748; died 1755), Teuzzone
(Antonio Vivaldi, 1719; died 1741), Giannina e Bernardone (Domenico Cimarosa, 1781; died 1801),
Daphnis et Alcimadure (Jean-Joseph Cassanéa de Mondonville, 1754; died 1772), Les armaillis
(Gustave Doret, 1906; died 1943) and Vespasiano (Attilio Ariosti, 1724; died 1729). Folk pieces:
the Reel de Senneterre and the Reel de Lorrainville (traditional Québécois), the Milnathort
Hornpipe (traditional Scottish) and the Hathersage Hornpipe (traditional English), the Bílovec
Polka and the Žlutice Polka (traditional Czech), the Graiguenamanagh Jig, the Garvagh Jig and
Gneeveguilla (traditional Irish), Tuireadh (traditional Scottish Gaelic) and the Carrbridge Waltz
(traditional Scottish). Attribution and dates are from memory. Written here from memory, not
copied from a collection: the notes are an outline in the tune's key, metre and shape more than
its exact notes (the grid, exact by construction, is what is scored); each outline keeps the
rhythm of the real-heldout58 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Armin and Alarico in E minor, Zanaida and
the Graiguenamanagh Jig in B minor, Janie, Daphnis et Alcimadure and the Hathersage Hornpipe in G,
Crispo and the Carrbridge Waltz in D). The band pieces are re-shaped for their arrangement, as a
band would: in plain 4/4, Doriclea in 6/8, Inkle and Yarico in 12/8, Les armaillis in 3/4,
Vespasiano in 5/4 throughout; running figures and dotted rhythms evened out (the renderer core's
>= 60 % notes-on-beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "blodwen": abc("Blodwen", "4/4", "1/8", "A",
        "a2 c'2 e'2 c'2 | d'2 f'2 e'2 c'2 | b2 d'2 g'2 e'2 | a'4 e'4 | c'2 e'2 a'2 e'2 | "
        "f'2 d'2 b2 d'2 | c'2 b2 a2 g2 | a4 a4"),
    "armin": abc("Armin", "4/4", "1/8", "Em",
        "e2 g2 b2 g2 | a2 c'2 b2 g2 | f2 a2 ^d'2 b2 | e'4 b4 | g2 b2 e'2 b2 | c'2 a2 f2 a2 | "
        "b2 g2 f2 ^d2 | e4 e4"),
    "zanaida": abc("Zanaida", "4/4", "1/8", "Bm",
        "b2 d'2 f'2 d'2 | e'2 g'2 f'2 d'2 | c'2 e'2 ^a'2 f'2 | b'4 f'4 | d'2 f'2 b'2 f'2 | "
        "g'2 e'2 c'2 e'2 | d'2 c'2 b2 ^a2 | b4 b4"),
    "janie": abc("Janie", "4/4", "1/8", "G",
        "g2 b2 d'2 b2 | c'2 e'2 d'2 b2 | a2 c'2 f'2 d'2 | g'4 d'4 | b2 d'2 g'2 d'2 | "
        "e'2 c'2 a2 c'2 | b2 a2 g2 f2 | g4 g4"),
    "doriclea": abc("Doriclea", "6/8", "1/8", "C#m",
        "c'3 g'2 e' | d'3 c'3 | ^b3 d'2 f' | e'6 | g'3 f'2 e' | d'3 ^b3 | c'3 e'2 d' | c'6"),
    "yarico": abc("Inkle and Yarico", "12/8", "1/8", "A",
        "a3 c'3 e'3 c'3 | d'3 b3 a6 | c'3 e'3 a'3 g'3 | f'3 d'3 b6 | e'3 g'3 b'3 g'3 | "
        "a'3 f'3 d'3 b3 | c'3 b3 a3 g3 | a3 e3 a6"),
    "numitore": abc("Numitore", "4/4", "1/8", "F#m",
        "f2 a2 c'2 a2 | b2 g2 ^e2 g2 | a2 c'2 f'2 c'2 | ^e'4 c'4 | a2 c'2 f'2 a'2 | "
        "g'2 b'2 a'2 f'2 | d'2 c'2 b2 ^e2 | f4 f4"),
    "crispo": abc("Crispo", "4/4", "1/8", "D",
        "d2 f2 a2 f2 | g2 b2 a2 f2 | e2 g2 c'2 a2 | d'4 a4 | f2 a2 d'2 a2 | b2 g2 e2 g2 | "
        "f2 e2 d2 c2 | d4 d4"),
    "alarico": abc("Alarico", "4/4", "1/8", "Em",
        "e2 b2 g2 e2 | f2 c'2 a2 f2 | g2 b2 e'2 d'2 | ^d'4 b4 | e'2 g'2 b'2 g'2 | "
        "a'2 f'2 ^d'2 f'2 | e'2 d'2 c'2 b2 | e4 e4"),
    "almasis": abc("Almasis", "4/4", "1/8", "A#m",
        "A2 e2 c2 A2 | B2 f2 d2 B2 | c2 e2 a2 g2 | ^g4 e4 | a2 c'2 e'2 c'2 | d'2 b2 ^g2 b2 | "
        "a2 g2 f2 e2 | a4 a4"),
    "teuzzone": abc("Teuzzone", "4/4", "1/8", "F#",
        "f2 c'2 a2 c'2 | b2 d'2 c'2 a2 | g2 b2 d'2 b2 | c'4 f4 | f'2 a'2 c''2 a'2 | "
        "b'2 g'2 e'2 g'2 | f'2 e'2 d'2 c'2 | f'4 f'4"),
    "giannina": abc("Giannina e Bernardone", "4/4", "1/8", "D#m",
        "D2 F2 A2 d2 | c2 A2 B2 G2 | A2 d2 f2 d2 | =c4 A4 | d2 f2 a2 f2 | g2 e2 =c2 e2 | "
        "d2 A2 F2 E2 | D4 D4"),
    "alcimadure": abc("Daphnis et Alcimadure", "4/4", "1/8", "G",
        "g2 d'2 b2 d'2 | c'2 e'2 d'2 b2 | a2 c'2 f'2 c'2 | g'4 d'4 | b2 d'2 g'2 b'2 | "
        "a'2 f'2 d'2 f'2 | g'2 d'2 b2 a2 | g4 g4"),
    "armaillis": abc("Les armaillis", "3/4", "1/8", "C#",
        "c2 e2 g2 | a4 g2 | f2 e2 d2 | e4 c2 | d2 f2 a2 | g4 f2 | e2 d2 c2 | d4 G2 | c2 e2 g2 | "
        "c'4 b2 | a2 g2 f2 | e4 d2 | f2 d2 B2 | c4 e2 | d2 B2 G2 | c4 c2"),
    "vespasiano": abc("Vespasiano", "5/4", "1/8", "F#m",
        "f2 a2 c'2 a2 f2 | g2 b2 d'2 b2 g2 | a2 c'2 f'2 c'2 a2 | ^e2 g2 c'2 g2 ^e2 | "
        "f2 a2 c'2 f'2 e'2 | d'2 b2 g2 b2 d'2 | c'2 a2 f2 a2 c'2 | f2 f2 f2 f2 f2"),
    # folk pieces
    "senneterre": abc("Reel de Senneterre", "2/2", "1/8", "A",
        "a c' e' a' c'' a' e' c' | d' f' a' f' d' b g b | a c' e' a' c'' e'' c'' a' | "
        "b' g' e' g' a'2 a'2 | e'' c'' a' c'' e'' c'' a' c'' | d'' b' g' b' d'' b' g' b' | "
        "c'' a' b' g' a' f' e' c' | d' b g b a2 a2"),
    "lorrainville": abc("Reel de Lorrainville", "2/2", "1/8", "B",
        "b2 d'2 f'2 b'2 | g' f' d' b c'2 b2 | d' f' f' d' e' d' c' b | f a c' a b2 b2 | "
        "b'2 b'2 f'2 d'2 | e' d' c' b a b c' e' | d' c' b d' c' b g f | f g a c' b2 b2"),
    "milnathort": abc("Milnathort Hornpipe", "2/2", "1/8", "E",
        "B e g b e' b g e | f a c' a f' d' b a | g b e' g' e' b g e | f e d c d2 B2 | "
        "e g b e' g' e' b g | a c' e' c' a f d f | g b a c' b d' c' e' | d' b f d e2 e2"),
    "hathersage": abc("Hathersage Hornpipe", "2/2", "1/8", "G",
        "d g b d' g' d' b g | a c' e' c' a' f' d' c' | b d' g' b' g' d' b g | a g f e f2 d2 | "
        "g b d' g' b' g' d' b | c' e' g' e' c' a f a | b d' c' e' d' f' e' g' | "
        "f' d' a f g2 g2"),
    "bilovec": abc("Bílovec Polka", "2/4", "1/8", "A",
        "a c' e' c' | d' f' e'2 | c' e' a' e' | b d' c'2 | e' a' c'' a' | b' g' e' d' | "
        "c' b a g | a2 e2 | f a d' a | g b e'2 | a c' f' c' | b d' c'2 | a c' b g | a f g e | "
        "f a g e | a2 a2"),
    "zlutice": abc("Žlutice Polka", "2/4", "1/8", "C#",
        "c e g e | f a g2 | e g c' g | d f e2 | g c' e' c' | d' f' e' d' | c' b a g | g2 e2 | "
        "f a c' a | g b d'2 | e g c' g | f a g2 | e g f d | e c d B | c e d B | c2 c2"),
    "graiguenamanagh": abc("Graiguenamanagh Jig", "6/8", "1/8", "Bm",
        "b2 d' f'2 d' | e'2 c' ^a2 c' | d'2 b f'2 d' | c'2 ^a b3 | f'2 e' d'2 c' | "
        "b2 d' c'2 ^a | b2 c' d'2 c' | b2 b b3"),
    "garvagh": abc("Garvagh Jig", "6/8", "1/8", "E",
        "e2 g b2 g | a2 f d2 f | g2 e b2 g | f2 d e3 | b2 a g2 f | e2 g f2 d | e2 f g2 f | "
        "e2 e e3"),
    "gneeveguilla": abc("Gneeveguilla", "9/8", "1/8", "A",
        "a2 c' e'2 c' a2 c' | b2 d' g'2 d' b2 d' | c'2 e' a'2 g' f'2 e' | d'2 b g2 b e'3 | "
        "c'2 a e2 a c'2 e' | d'2 f' a'2 f' d'2 b | c'2 e' d'2 b g2 e | a2 e c2 e a3"),
    "tuireadh": abc("Tuireadh", "6/8", "1/8", "F#m",
        "f3 a2 c' | b3 g3 | a3 f2 ^e | f6 | c'3 f'2 e' | d'3 b3 | c'3 a2 g | f6"),
    "carrbridge": abc("Carrbridge Waltz", "3/4", "1/8", "D",
        "d2 f2 a2 | d'4 a2 | b2 g2 e2 | f4 a2 | g2 b2 d'2 | c'4 a2 | b2 a2 g2 | f4 e2 | "
        "d2 f2 a2 | f'4 e'2 | d'2 b2 g2 | a4 f2 | g2 f2 e2 | d4 c2 | e2 c2 A2 | d4 d2"),
}
