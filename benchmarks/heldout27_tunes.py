"""Public-domain melodies for real-heldout27, transcribed for this set (ABC, melody only; five
reels carry chord symbols for a light piano vamp).

Traditional dance tunes, all undrummed: the reels The Reconciliation, Tear the Calico, Lafferty's
Reel, O'Rourke's Reel, Hangman's Reel, The Mouth of the Tobique, Sheehan's Reel, Willafjord, Da
Shaalds o Foula and Reel de Montreal (Irish, Shetland, Canadian and American; traditional); the
hornpipes The Honeysuckle Hornpipe, The Mathematician, The Hawk Hornpipe (James Hill, died 1853)
and The Steamboat Hornpipe; the slip jigs Cummilum, Si Do Mhamo I, Cut and Dry Dolly, Top It Off
and Bob and Joan; the double jigs Contentment Is Wealth, The Stool of Repentance, The Mooncoin
Jig, The Pet of the Pipers and The Mucking of Geordie's Byre. Written here from memory, not
copied from a collection: they follow the tune's outline rather than any printed setting, and
for most the notes are an outline in the tune's key, metre and shape more than its exact notes
(the notes matter less than the grid, which is exact by construction). The reels and hornpipes
are in 2/2 with even eighths (the hornpipes are not dotted: nothing is swung), 16 bars; the slip
jigs in 9/8, two four-bar parts each played twice (AABB written out, 16 bars); the double jigs in
6/8 with running even eighths for most of the tune, two eight-bar parts each played twice (AABB
written out, 32 bars). The chord symbols ("D", "G", ...) of the
accompanied reels are read by the renderer core's ``stride`` accompaniment (as real-heldout26's:
in 2/2 the chord's bass note on the first half note of the bar and the chord on the second, on
one piano) and are not notes (heldout7_tunes.bar_lengths skips quoted text). No pickups: every
bar is whole, so looping keeps the grid regular (tests/test_heldout_sets.py checks every bar's
length).
"""

from __future__ import annotations

from heldout7_tunes import abc
from heldout26_tunes import aabb

TUNES: dict[str, str] = {
    # reels in 2/2 (beat = half note)
    "reconciliation": abc("The Reconciliation", "2/2", "1/8", "D",
                          "\"D\"F A d A \"G\"B d g f | \"D\"a f d f \"A\"e c A c | \"D\"F A d A \"G\"B d g b | "
                          "\"A\"a g f e \"D\"d2 d2 | \"D\"F A d A \"G\"B d g f | \"D\"a f d f \"A\"e c A c | "
                          "\"G\"B c d B \"D\"A F D F | \"A\"E F G E \"D\"D2 D2 | \"D\"f2 a f d f a f | "
                          "\"G\"g f e d \"A\"c B A c | \"D\"f2 a f d f a f | \"A\"g e c e \"D\"d2 d2 | "
                          "\"D\"f2 a f d f a f | \"G\"g f e d \"A\"c B A c | \"G\"B d g f \"A\"e d c A | "
                          "\"A\"E F G E \"D\"D2 D2"),
    "tear_calico": abc("Tear the Calico", "2/2", "1/8", "A",
                       "e A A A c A e A | f A A A c A f A | e A A A c e a f | e c B c A2 A2 | "
                       "e A A A c A e A | f A A A c A f A | e f g a f e c A | B c d B A2 A2 | "
                       "a e c e a e c e | f d B d f d B d | a e c e a f e c | d c B G A2 A2 | "
                       "a e c e a e c e | f d B d f d B d | c d e c d e f g | a f e c A2 A2"),
    "lafferty": abc("Lafferty's Reel", "2/2", "1/8", "G",
                    "G B d B G B d g | f d c A F A c A | G B d B G B d g | f d c A G2 G2 | "
                    "G B d B G B d g | f d c A F A c A | B c d e f g a f | g e d c B G G2 | "
                    "g2 b g d g b g | f2 a f d f a f | g2 b g d g b g | a f d f g2 g2 | "
                    "g2 b g d g b g | f2 a f d f a f | e f g e d c B A | G B A F G2 G2"),
    "orourke": abc("O'Rourke's Reel", "2/2", "1/8", "D",
                   "\"D\"D F A F \"D\"D F A d | \"G\"B G B d \"A\"c A c e | \"D\"D F A F \"D\"D F A d | "
                   "\"A\"c e d c \"D\"d2 d2 | \"D\"D F A F \"D\"D F A d | \"G\"B G B d \"A\"c A c e | "
                   "\"G\"d c B A \"D\"F A d f | \"A\"e d c e \"D\"d2 d2 | \"D\"f2 d f a f d f | "
                   "\"A\"e2 c e a e c e | \"D\"f2 d f a f d f | \"A\"g f e c \"D\"d2 d2 | "
                   "\"D\"f2 d f a f d f | \"A\"e2 c e a e c e | \"G\"d c B A \"D\"F A d f | "
                   "\"A\"e d c e \"D\"d2 d2"),
    "hangman": abc("Hangman's Reel", "2/2", "1/8", "A",
                   "A, C E A c e a e | c A E C A, C E A | B, D F B d f b f | d B F D B, D F B | "
                   "A, C E A c e a e | c A E C A, C E A | B d c B A G F E | A c B G A2 A2 | "
                   "a2 e c a2 e c | a e c e f e c A | g2 e B g2 e B | g e B e f e d B | "
                   "a2 e c a2 e c | a e c e f e c A | B d c B A G F E | A c B G A2 A2"),
    "tobique": abc("The Mouth of the Tobique", "2/2", "1/8", "A",
                   "\"A\"c B A c \"A\"e c A c | \"D\"d c d e \"A\"f e c A | \"A\"c B A c \"A\"e c A c | "
                   "\"E\"B c d B \"A\"A2 A2 | \"A\"c B A c \"A\"e c A c | \"D\"d c d e \"A\"f e c A | "
                   "\"D\"d f e d \"A\"c e d c | \"E\"B c d B \"A\"A2 A2 | \"A\"a2 e c A c e a | "
                   "\"D\"f d A d f a f d | \"A\"a2 e c A c e a | \"E\"g e B e \"A\"a2 a2 | "
                   "\"A\"a2 e c A c e a | \"D\"f d A d f a f d | \"D\"d f e d \"A\"c e d c | "
                   "\"E\"B c d B \"A\"A2 A2"),
    "sheehan": abc("Sheehan's Reel", "2/2", "1/8", "E",
                   "E F G E B E G E | D E F D A D F D | E F G E B E G B | d B A F E2 E2 | "
                   "E F G E B E G E | D E F D A D F D | G A B d e d B A | B G F D E2 E2 | "
                   "e2 g e b e g e | d2 f d a d f d | e2 g e b g e g | f d B d e2 e2 | "
                   "e2 g e b e g e | d2 f d a d f d | g f e d B A G A | B G F D E2 E2"),
    "willafjord": abc("Willafjord", "2/2", "1/8", "D",
                      "A, D F A d A F D | G, B, D G B G D B, | A, D F A d f a f | g e c A d2 d2 | "
                      "A, D F A d A F D | G, B, D G B G D B, | A, C E A c e g e | f d e c d2 d2 | "
                      "f a f d f a f d | g b g e g b g e | f a f d f a d f | e c A c d2 d2 | "
                      "f a f d f a f d | g b g e g b g e | a g f e d c B A | B c A c d2 d2"),
    "shaalds": abc("Da Shaalds o Foula", "2/2", "1/8", "A",
                   "\"A\"A2 c e \"A\"a e c e | \"D\"d f a f \"A\"e c A c | \"A\"A2 c e \"A\"a e c A | "
                   "\"E\"B G E G \"A\"A2 A2 | \"A\"A2 c e \"A\"a e c e | \"D\"d f a f \"A\"e c A c | "
                   "\"D\"d c B A \"A\"c B A c | \"E\"B G E G \"A\"A2 A2 | \"A\"c e a c' \"A\"b a g a | "
                   "\"D\"f a d' a \"A\"e a c a | \"A\"c e a c' \"A\"b a g a | \"E\"b g e g \"A\"a2 a2 | "
                   "\"A\"c e a c' \"A\"b a g a | \"D\"f a d' a \"A\"e a c a | \"D\"d c B A \"A\"c B A c | "
                   "\"E\"B G E G \"A\"A2 A2"),
    "montreal": abc("Reel de Montreal", "2/2", "1/8", "G",
                    "\"G\"G F G A \"G\"B A B d | \"C\"e d c e \"G\"d B G B | \"D\"A G A B \"D\"c B A c | "
                    "\"D\"B A G F \"G\"G2 G2 | \"G\"G F G A \"G\"B A B d | \"C\"e d c e \"G\"d B G B | "
                    "\"D\"A B c d \"D\"e f g e | \"D\"d c A F \"G\"G2 G2 | \"G\"g2 d B \"G\"g d B d | "
                    "\"C\"e g e c \"G\"B d G B | \"D\"A d F d \"D\"A d c A | \"D\"B d c A \"G\"G2 G2 | "
                    "\"G\"g2 d B \"G\"g d B d | \"C\"e g e c \"G\"B d G B | \"D\"A B c d \"D\"e f g e | "
                    "\"D\"d c A F \"G\"G2 G2"),
    # hornpipes in 2/2, even eighths (beat = half note)
    "honeysuckle": abc("The Honeysuckle Hornpipe", "2/2", "1/8", "G",
                       "d c B A G B d g | e c A c B G D G | E G c e d B G B | A F D F G2 G2 | "
                       "d c B A G B d g | e c A c B G D G | E G c e d c B A | G B A F G2 G2 | "
                       "g f g a b g d g | e f g e c A F A | g f g a b g d B | c A F A G2 G2 | "
                       "g f g a b g d g | e f g e c A F A | B d c e d c B A | G B A F G2 G2"),
    "mathematician": abc("The Mathematician", "2/2", "1/8", "D",
                         "F A d f e d c B | A G F E D E F A | G B d g f e d c | B A G F E F G E | "
                         "F A d f e d c B | A G F E D E F A | G B e g f d e c | d2 f2 d2 d2 | "
                         "a f d f a f d f | g e c e g e c e | f d A d f a g f | e c A c e2 e2 | "
                         "a f d f a f d f | g e c e g e c e | f a g f e d c e | d2 f2 d2 d2"),
    "hawk": abc("The Hawk Hornpipe", "2/2", "1/8", "Eb",
                "B, E G B e B G E | F A c A F A c f | e B G E B, E G B | c A F A G E E2 | "
                "B, E G B e B G E | F A c A F A c f | e g f e d c B A | G B F A E2 E2 | "
                "e g b g e g b g | f a c' a f a c' a | g e B e g b a g | f d B d f2 f2 | "
                "e g b g e g b g | f a c' a f a c' a | g e f d e c B A | G B F A E2 E2"),
    "steamboat": abc("The Steamboat Hornpipe", "2/2", "1/8", "C",
                     "c B c d e c G E | F A c A G E C E | D F A c B G E G | F D B, D C2 C2 | "
                     "c B c d e c G E | F A c A G E C E | D E F G A B c d | e c d B c2 c2 | "
                     "e g c' g e g c' g | f a c' a f a c' a | g e c e f d B d | e c d B c2 c2 | "
                     "e g c' g e g c' g | f a c' a f a c' a | g f e d c B A G | F D B, D C2 C2"),
    # slip jigs in 9/8 (beat = dotted quarter)
    "cummilum": abc("Cummilum", "9/8", "1/8", "G",
                    aabb("G B d g d B G B d | F A c f c A F A c | G B d g d B c B A | B G E C E G F D D",
                         "g a b g d B g a b | f g a f c A f g a | g a b g d B c B A | B G E C E G F D D")),
    "mhamo": abc("Si Do Mhamo I", "9/8", "1/8", "G",
                 aabb("B2 G A G E D E G | B2 G A G E G A B | c2 A B2 G A G E | D E G A B c A G G",
                      "d2 g g f g a g e | d2 g g f g e d B | c2 A B2 G A G E | D E G A B c A G G")),
    "cut_dry_dolly": abc("Cut and Dry Dolly", "9/8", "1/8", "G",
                         aabb("G A B c2 A B G E | D E F G2 A B c d | G A B c2 A B G E | D G F A F D G3",
                              "d e f g2 e d B G | c d e f2 d c A F | d e f g2 e d B G | A G F A F D G3")),
    "top_it_off": abc("Top It Off", "9/8", "1/8", "D",
                      aabb("F A A d A A F A A | G B B d B B G B B | F A A d A A f e d | c A F G E C E D D",
                           "f a a f d d f a a | g b b g e e g b b | f a a f d f e d c | B G E c A F E D D")),
    "bob_joan": abc("Bob and Joan", "9/8", "1/8", "Em",
                    aabb("B2 E G2 E F E D | B2 E G2 E A F D | B2 E G2 E G A B | c B A B G E F D D",
                         "G2 B d2 B A G F | G2 B d2 B A F D | G2 B d2 g f e d | e d B A G E F E E")),
    # double jigs in 6/8 (beat = dotted quarter), running even eighths
    "contentment": abc("Contentment Is Wealth", "6/8", "1/8", "D",
                       aabb("A F D D F A | B G E E F G | A F D D F A | B c d e d c | "
                            "A F D D F A | B G E E F G | F G A B c d | e c A d3",
                            "f e d d f a | g f e e f g | f e d d f a | g e c e d c | "
                            "f e d d f a | g f e e f g | f g a g f e | d c A d3")),
    "repentance": abc("The Stool of Repentance", "6/8", "1/8", "A",
                      aabb("A c e a e c | B d f b f d | A c e a e c | d c B c A A | "
                           "A c e a e c | B d f b f d | c d e f e d | c B G A3",
                           "a e c a e c | b f d b f d | a e c a e c | d c B c A A | "
                           "a e c a e c | b f d b f d | c d e f g a | e c B A3")),
    "mooncoin": abc("The Mooncoin Jig", "6/8", "1/8", "D",
                    aabb("d A F D F A | d f e d c B | A F D F A d | e d c d B A | "
                         "d A F D F A | d f e d c B | A B c d e f | g e c d3",
                         "f a f d f a | g b g e g b | f a f d f d | e d c d B A | "
                         "f a f d f a | g b g e g b | a g f e d c | d B A d3")),
    "pet_pipers": abc("The Pet of the Pipers", "6/8", "1/8", "G",
                      aabb("G B d g d B | c A F F G A | G B d g f g | a f d d c A | "
                           "G B d g d B | c A F F G A | B c d e f g | d c A G3",
                           "g f g a g f | g d B B c d | e f g a g f | g d c B A F | "
                           "g f g a g f | g d B B c d | e c A F G A | B A F G3")),
    "byre": abc("The Mucking of Geordie's Byre", "6/8", "1/8", "D",
                aabb("d c d f e d | c B A A F A | d c d f e d | e f g f e d | "
                     "d c d f e d | c B A A F A | B c d e f g | f d c d3",
                     "a f d f a f | g e c e g e | a f d f a f | b a g f e d | "
                     "a f d f a f | g e c e g e | f g a b a g | f d c d3")),
}
