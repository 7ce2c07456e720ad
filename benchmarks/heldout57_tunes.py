"""Public-domain melodies for real-heldout57, transcribed for this set (ABC, melody only).

Band pieces, tunes published before 1929 whose writers died more than 70 years ago: Tigrane
(Alessandro Scarlatti, 1715; died 1725), Mirette (André Messager, 1894; died 1929), Fitzliputzli
(Ivan Zajc, 1864; died 1914), Puppchen (Jean Gilbert, 1912; died 1942), Ernelinda (Leonardo Vinci,
1726; died 1730), Topsyturveydom (Alfred Cellier, 1874; died 1891), Erismena (Francesco Cavalli,
1655; died 1676), Orontea (Antonio Cesti, 1656; died 1669), Tassilone (Agostino Steffani, 1709;
died 1728), Croesus (Reinhard Keiser, 1711; died 1739), Celinda (Errico Petrella, 1865; died
1877), Floribella (C. E. F. Weyse, 1825; died 1842), Borislav (Georgi Atanasov, 1911; died 1931),
Tantalusqualen (Franz von Suppé, 1868; died 1895) and Koulouf (Nicolas Dalayrac, 1806; died 1809).
Folk pieces: the Reel de Lavaltrie and the Reel de Nominingue (traditional Québécois), the
Langholm Hornpipe (traditional Scottish) and the Masham Hornpipe (traditional English), the Pacov
Polka and the Kunštát Polka (traditional Czech), the Stranorlar Jig, the Cappoquin Jig and
Knocknagoshel (traditional Irish), Vajtim (traditional Albanian) and the Applecross Waltz
(traditional Scottish). Attribution and dates are from memory. Written here from memory, not
copied from a collection: the notes are an outline in the tune's key, metre and shape more than
its exact notes (the grid, exact by construction, is what is scored); each outline keeps the
rhythm of the real-heldout56 outline in the same slot, its notes moved up one step of the scale
(and its key with them: the tonic a whole tone up, or a semitone up to the letter's natural key
where a whole tone would need more than seven sharps: Celinda in D, Floribella in B minor, the Reel
de Nominingue in G). The band pieces are re-shaped for their arrangement, as a band would: in
plain 4/4, Ernelinda in 6/8, Topsyturveydom in 12/8, Tantalusqualen in 3/4, Koulouf in 5/4
throughout; running figures and dotted rhythms evened out (the renderer core's >= 60 % notes-on-
beats check). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # band pieces (4/4 unless noted)
    "tigrane": abc("Tigrane", "4/4", "1/8", "F#",
        "f2 a2 c'2 a2 | b2 d'2 c'2 a2 | g2 b2 e'2 c'2 | f'4 c'4 | a2 c'2 f'2 c'2 | "
        "d'2 b2 g2 b2 | a2 g2 f2 e2 | f4 f4"),
    "mirette": abc("Mirette", "4/4", "1/8", "C#m",
        "c2 e2 g2 e2 | f2 a2 g2 e2 | d2 f2 ^b2 g2 | c'4 g4 | e2 g2 c'2 g2 | a2 f2 d2 f2 | "
        "g2 e2 d2 ^B2 | c4 c4"),
    "fitzliputzli": abc("Fitzliputzli", "4/4", "1/8", "G#m",
        "g2 b2 d'2 b2 | c'2 e'2 d'2 b2 | a2 c'2 ^f'2 d'2 | g'4 d'4 | b2 d'2 g'2 d'2 | "
        "e'2 c'2 a2 c'2 | b2 a2 g2 ^f2 | g4 g4"),
    "puppchen": abc("Puppchen", "4/4", "1/8", "E",
        "e2 g2 b2 g2 | a2 c'2 b2 g2 | f2 a2 d'2 b2 | e'4 b4 | g2 b2 e'2 b2 | c'2 a2 f2 a2 | "
        "g2 f2 e2 d2 | e4 e4"),
    "ernelinda": abc("Ernelinda", "6/8", "1/8", "A#m",
        "a3 e'2 c' | b3 a3 | ^g3 b2 d' | c'6 | e'3 d'2 c' | b3 ^g3 | a3 c'2 b | a6"),
    "topsyturveydom": abc("Topsyturveydom", "12/8", "1/8", "F#",
        "f3 a3 c'3 a3 | b3 g3 f6 | a3 c'3 f'3 e'3 | d'3 b3 g6 | c'3 e'3 g'3 e'3 | "
        "f'3 d'3 b3 g3 | a3 g3 f3 e3 | f3 c3 f6"),
    "erismena": abc("Erismena", "4/4", "1/8", "D#m",
        "d2 f2 a2 f2 | g2 e2 ^c2 e2 | f2 a2 d'2 a2 | ^c'4 a4 | f2 a2 d'2 f'2 | "
        "e'2 g'2 f'2 d'2 | b2 a2 g2 ^c2 | d4 d4"),
    "orontea": abc("Orontea", "4/4", "1/8", "B",
        "B2 d2 f2 d2 | e2 g2 f2 d2 | c2 e2 a2 f2 | b4 f4 | d2 f2 b2 f2 | g2 e2 c2 e2 | "
        "d2 c2 B2 A2 | B4 B4"),
    "tassilone": abc("Tassilone", "4/4", "1/8", "C#m",
        "c2 g2 e2 c2 | d2 a2 f2 d2 | e2 g2 c'2 b2 | ^b4 g4 | c'2 e'2 g'2 e'2 | "
        "f'2 d'2 ^b2 d'2 | c'2 b2 a2 g2 | c4 c4"),
    "croesus": abc("Croesus", "4/4", "1/8", "F#m",
        "F2 c2 A2 F2 | G2 d2 B2 G2 | A2 c2 f2 e2 | ^e4 c4 | f2 a2 c'2 a2 | b2 g2 ^e2 g2 | "
        "f2 e2 d2 c2 | f4 f4"),
    "celinda": abc("Celinda", "4/4", "1/8", "D",
        "d2 a2 f2 a2 | g2 b2 a2 f2 | e2 g2 b2 g2 | a4 d4 | d'2 f'2 a'2 f'2 | g'2 e'2 c'2 e'2 | "
        "d'2 c'2 b2 a2 | d'4 d'4"),
    "floribella": abc("Floribella", "4/4", "1/8", "Bm",
        "B,2 D2 F2 B2 | A2 F2 G2 E2 | F2 B2 d2 B2 | =A4 F4 | B2 d2 f2 d2 | e2 c2 =A2 c2 | "
        "B2 F2 D2 C2 | B,4 B,4"),
    "borislav": abc("Borislav", "4/4", "1/8", "E",
        "e2 b2 g2 b2 | a2 c'2 b2 g2 | f2 a2 d'2 a2 | e'4 b4 | g2 b2 e'2 g'2 | f'2 d'2 b2 d'2 | "
        "e'2 b2 g2 f2 | e4 e4"),
    "tantalusqualen": abc("Tantalusqualen", "3/4", "1/8", "A",
        "A2 c2 e2 | f4 e2 | d2 c2 B2 | c4 A2 | B2 d2 f2 | e4 d2 | c2 B2 A2 | B4 E2 | A2 c2 e2 | "
        "a4 g2 | f2 e2 d2 | c4 B2 | d2 B2 G2 | A4 c2 | B2 G2 E2 | A4 A2"),
    "koulouf": abc("Koulouf", "5/4", "1/8", "D#m",
        "d2 f2 a2 f2 d2 | e2 g2 b2 g2 e2 | f2 a2 d'2 a2 f2 | ^c2 e2 a2 e2 ^c2 | "
        "d2 f2 a2 d'2 c'2 | b2 g2 e2 g2 b2 | a2 f2 d2 f2 a2 | d2 d2 d2 d2 d2"),
    # folk pieces
    "lavaltrie": abc("Reel de Lavaltrie", "2/2", "1/8", "F#",
        "f a c' f' a' f' c' a | b d' f' d' b g e g | f a c' f' a' c'' a' f' | "
        "g' e' c' e' f'2 f'2 | c'' a' f' a' c'' a' f' a' | b' g' e' g' b' g' e' g' | "
        "a' f' g' e' f' d' c' a | b g e g f2 f2"),
    "nominingue": abc("Reel de Nominingue", "2/2", "1/8", "G",
        "g2 b2 d'2 g'2 | e' d' b g a2 g2 | b d' d' b c' b a g | d f a f g2 g2 | "
        "g'2 g'2 d'2 b2 | c' b a g f g a c' | b a g b a g e d | d e f a g2 g2"),
    "langholm": abc("Langholm Hornpipe", "2/2", "1/8", "C#",
        "G c e g c' g e c | d f a f d' b g f | e g c' e' c' g e c | d c B A B2 G2 | "
        "c e g c' e' c' g e | f a c' a f d B d | e g f a g b a c' | b g d B c2 c2"),
    "masham": abc("Masham Hornpipe", "2/2", "1/8", "E",
        "B e g b e' b g e | f a c' a f' d' b a | g b e' g' e' b g e | f e d c d2 B2 | "
        "e g b e' g' e' b g | a c' e' c' a f d f | g b a c' b d' c' e' | d' b f d e2 e2"),
    "pacov": abc("Pacov Polka", "2/4", "1/8", "F#",
        "f a c' a | b d' c'2 | a c' f' c' | g b a2 | c' f' a' f' | g' e' c' b | a g f e | "
        "f2 c2 | d f b f | e g c'2 | f a d' a | g b a2 | f a g e | f d e c | d f e c | f2 f2"),
    "kunstat": abc("Kunštát Polka", "2/4", "1/8", "A",
        "A c e c | d f e2 | c e a e | B d c2 | e a c' a | b d' c' b | a g f e | e2 c2 | "
        "d f a f | e g b2 | c e a e | d f e2 | c e d B | c A B G | A c B G | A2 A2"),
    "stranorlar": abc("Stranorlar Jig", "6/8", "1/8", "G#m",
        "g2 b d'2 b | c'2 a ^f2 a | b2 g d'2 b | a2 ^f g3 | d'2 c' b2 a | g2 b a2 ^f | "
        "g2 a b2 a | g2 g g3"),
    "cappoquin": abc("Cappoquin Jig", "6/8", "1/8", "C#",
        "c2 e g2 e | f2 d B2 d | e2 c g2 e | d2 B c3 | g2 f e2 d | c2 e d2 B | c2 d e2 d | "
        "c2 c c3"),
    "knocknagoshel": abc("Knocknagoshel", "9/8", "1/8", "F#",
        "f2 a c'2 a f2 a | g2 b e'2 b g2 b | a2 c' f'2 e' d'2 c' | b2 g e2 g c'3 | "
        "a2 f c2 f a2 c' | b2 d' f'2 d' b2 g | a2 c' b2 g e2 c | f2 c A2 c f3"),
    "vajtim": abc("Vajtim", "6/8", "1/8", "D#m",
        "d3 f2 a | g3 e3 | f3 d2 ^c | d6 | a3 d'2 c' | b3 g3 | a3 f2 e | d6"),
    "applecross": abc("Applecross Waltz", "3/4", "1/8", "B",
        "B2 d2 f2 | b4 f2 | g2 e2 c2 | d4 f2 | e2 g2 b2 | a4 f2 | g2 f2 e2 | d4 c2 | B2 d2 f2 | "
        "d'4 c'2 | b2 g2 e2 | f4 d2 | e2 d2 c2 | B4 A2 | c2 A2 F2 | B4 B2"),
}
