"""Public-domain melodies for real-heldout26, transcribed for this set (ABC, melody only; six
reels carry chord symbols for a light piano vamp).

Traditional dance tunes, all undrummed: the reels The Blackberry Blossom, The Shaskeen,
Mississippi Sawyer, Timour the Tartar, The Mullingar Lea, The Chicago Reel, The Collier's Reel,
The Cameronian Reel, The Templehouse Reel, Big Sciota, Cabar Feidh, Rachel Rae and The Keel Row
(Irish, Scottish, Northumbrian and American; traditional, or from collections published before
1929 whose writers, where known, died more than 70 years ago); the hornpipes Durang's Hornpipe
(1785), The Bantry Bay Hornpipe, Jacky Tar, The Manchester Hornpipe and The Newcastle Hornpipe;
the slip jigs Hurry the Jug, An Phis Fliuch, The Snug in the Blanket, Nancy Hynes, Is the Big
Man Within and Holey Ha'penny. Written here from memory, not copied from a collection: they
follow the tune's outline rather than any printed setting, and for most the notes are an
outline in the tune's key, metre and shape more than its exact notes (the notes matter less
than the grid, which is exact by construction). The reels and hornpipes are in 2/2 with even
eighths (the hornpipes are not dotted: nothing is swung); the slip jigs in 9/8, two four-bar
parts each played twice (AABB written out, 16 bars). The chord symbols ("D", "G", ...) of the
accompanied reels are read by the renderer core's ``stride``
accompaniment (make_dev_set.stride_part: in 2/2 the chord's bass note on the first half note of
the bar and the chord on the second, on one piano) and are not notes (heldout7_tunes.bar_lengths
skips quoted text). No pickups: every bar is whole, so looping keeps the grid regular
(tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc


def aabb(a: str, b: str) -> str:
    """A slip jig's two four-bar parts, each played twice (AABB written out: 16 bars)."""
    return f"{a} | {a} | {b} | {b}"


TUNES: dict[str, str] = {
    # reels in 2/2 (beat = half note)
    "blackberry": abc("The Blackberry Blossom", "2/2", "1/8", "G",
                      "\"G\"g2 f g \"D\"e d c B | \"C\"A G A B \"G\"d c B A | \"Em\"c2 B c \"D\"d c B A | "
                      "\"G\"G F G A \"D\"B G D2 | \"G\"g2 f g \"D\"e d c B | \"C\"A G A B \"G\"d c B A | "
                      "\"Am\"c B A G \"D\"F G A F | \"G\"G2 B d g2 g2 | \"G\"B2 A B G A B G | "
                      "\"D\"d c B A F A d c | \"C\"e2 d e c d e c | \"G\"B A G F \"D\"E D E F | "
                      "\"G\"G2 F G E F G E | \"D\"D E F G A B c A | \"G\"B G A F \"D\"G E F D | "
                      "\"G\"G2 B d g2 g2"),
    "shaskeen": abc("The Shaskeen", "2/2", "1/8", "G",
                    "G2 B G d G B G | F G A B c A F A | G2 B G d G B G | A B c A B G G2 | "
                    "G2 B G d G B G | F G A B c A F A | B d d c d e f g | a f g e d B G2 | "
                    "g2 b g d g b g | f g a f d e f a | g2 b g d g b g | a g f a g2 g2 | "
                    "g2 b g d g b g | f g a f d e f g | e f g e d c B A | G B A F G2 G2"),
    "mississippi_sawyer": abc("Mississippi Sawyer", "2/2", "1/8", "D",
                              "\"D\"A2 F A d2 d e | \"D\"f e d f \"A\"e d c B | \"D\"A2 F A d2 d e | "
                              "\"A\"f e d c \"D\"d2 d2 | \"D\"A2 F A d2 d e | \"D\"f e d f \"A\"e d c B | "
                              "\"G\"B c d B \"D\"A F D F | \"A\"E F G E \"D\"D2 D2 | \"D\"f2 f e f a a f | "
                              "\"G\"g f e d \"A\"c B A c | \"D\"d2 d c d f f d | \"A\"e d c d e2 e2 | "
                              "\"D\"f2 f e f a a f | \"G\"g f e d \"A\"c B A c | \"D\"d f e c d B A F | "
                              "\"A\"E F G E \"D\"D2 D2"),
    "timour": abc("Timour the Tartar", "2/2", "1/8", "A",
                  "A2 c A e A c A | B2 d B f B d B | A2 c A e A c e | f e d c B A B2 | "
                  "A2 c A e A c A | B2 d B f B d B | c e a e f e c A | B c B G A2 A2 | "
                  "a2 g a e a c e | f2 e f d f B d | a2 g a e a c e | f e d c B2 B2 | "
                  "a2 g a e a c e | f2 e f d c B A | c e a e f e c A | B c B G A2 A2"),
    "mullingar_lea": abc("The Mullingar Lea", "2/2", "1/8", "G",
                         "\"G\"G A B G \"C\"c B A G | \"D\"F A d A \"D\"c A F A | \"G\"G A B G \"C\"c B A c | "
                         "\"D\"B G A F \"G\"G2 G2 | \"G\"G A B G \"C\"c B A G | \"D\"F A d A \"D\"c A F A | "
                         "\"G\"B d g d \"C\"e c A c | \"D\"B G A F \"G\"G2 G2 | \"G\"g2 d g b g d B | "
                         "\"C\"c e g e \"D\"d c A F | \"G\"g2 d g b g d g | \"D\"a g f a \"G\"g2 g2 | "
                         "\"G\"g2 d g b g d B | \"C\"c e g e \"D\"d c A F | \"G\"B d g d \"C\"e c A c | "
                         "\"D\"B G A F \"G\"G2 G2"),
    "chicago_reel": abc("The Chicago Reel", "2/2", "1/8", "D",
                        "D2 F A d A F A | B2 G B d B G B | A2 F A d f a f | g e c e d B A F | "
                        "D2 F A d A F A | B2 G B d B G B | A F A d c d e f | g e c e d2 d2 | "
                        "f2 a f d f a f | g2 b g e g b g | f2 a f d f a f | e d c B A2 A2 | "
                        "f2 a f d f a f | g2 b g e g b g | a f g e f d e c | d B A F D2 D2"),
    "colliers_reel": abc("The Collier's Reel", "2/2", "1/8", "D",
                         "\"D\"A D F D A D F D | \"C\"G C E C G C E C | \"D\"A D F D A D F A | "
                         "\"C\"d c A G \"D\"F D D2 | \"D\"A D F D A D F D | \"C\"G C E C G C E C | "
                         "\"D\"A B c d \"C\"e c A G | \"D\"F A G E D2 D2 | \"D\"d2 f d a d f d | "
                         "\"C\"c2 e c g c e c | \"D\"d2 f d a f d f | \"C\"g e c e \"D\"d2 d2 | "
                         "\"D\"d2 f d a d f d | \"C\"c2 e c g c e c | \"D\"A B c d \"C\"e c A G | "
                         "\"D\"F A G E D2 D2"),
    "cameronian": abc("The Cameronian Reel", "2/2", "1/8", "D",
                      "F D A D F D A D | G E B E G E B E | F D A D F A d f | e d c B A F E D | "
                      "F D A D F D A D | G E B E G E B E | F A d f e d c B | A F E C D2 D2 | "
                      "d2 f d A d f d | e2 g e c e g e | d2 f d A d f a | g f e d c B A2 | "
                      "d2 f d A d f d | e2 g e c e g e | f a g f e d c B | A F E C D2 D2"),
    "templehouse": abc("The Templehouse Reel", "2/2", "1/8", "D",
                       "F2 A F D F A F | G2 B G E G B G | F2 A F D F A d | c A B c d2 d2 | "
                       "F2 A F D F A F | G2 B G E G B G | A B c d e f g e | f d e c d2 d2 | "
                       "f2 a f d f a f | e2 g e c e g e | f2 a f d f a f | g f e d c2 c2 | "
                       "f2 a f d f a f | e2 g e c e g e | d c B A G F E D | F A E C D2 D2"),
    "big_sciota": abc("Big Sciota", "2/2", "1/8", "G",
                      "\"G\"B2 d B G2 B d | \"C\"e d e g \"G\"d2 B G | \"D\"A B c A F G A B | "
                      "\"D\"c B A F \"G\"G2 G2 | \"G\"B2 d B G2 B d | \"C\"e d e g \"G\"d2 B G | "
                      "\"D\"A B c d e c A F | \"D\"D E F A \"G\"G2 G2 | \"G\"g2 g f g2 d B | "
                      "\"C\"c d e f g2 e c | \"G\"d2 d c B2 G B | \"D\"A B c B A2 A2 | "
                      "\"G\"g2 g f g2 d B | \"C\"c d e f g2 e c | \"G\"d B c A \"D\"B G A F | "
                      "\"G\"G A B A G2 G2"),
    "cabar_feidh": abc("Cabar Feidh", "2/2", "1/8", "D",
                       "F2 D F A F D F | E2 C E G E C E | F2 D F A F d f | e c A c d2 d2 | "
                       "F2 D F A F D F | E2 C E G E C E | F A d f e f g e | f d e c d2 d2 | "
                       "d2 f d A d f d | c2 e c A c e c | d2 f d A d f a | g e c e d2 d2 | "
                       "d2 f d A d f d | c2 e c A c e c | f d e c d B A F | G E C E D2 D2"),
    "rachel_rae": abc("Rachel Rae", "2/2", "1/8", "A",
                      "e A c e a e c e | f d B d f d B d | e A c e a e c A | B c d B c A A2 | "
                      "e A c e a e c e | f d B d f d B d | c e a c' b a g f | e c d B A2 A2 | "
                      "c2 e c A c e c | d2 f d B d f d | c2 e c A c e a | g e f d e2 e2 | "
                      "c2 e c A c e c | d2 f d B d f d | e a g a f e d c | B c d B A2 A2"),
    "keel_row": abc("The Keel Row", "2/2", "1/8", "G",
                    "\"G\"B2 G B d2 B d | \"D\"c2 A c B2 A G | \"G\"B2 G B d2 B d | \"D\"c A F A \"G\"G2 G2 | "
                    "\"G\"B2 G B d2 B d | \"D\"c2 A c B2 A G | \"C\"e2 e d c B A G | \"D\"F A d c \"G\"B2 G2 | "
                    "\"G\"g2 d g B2 G B | \"D\"c2 A c B2 A G | \"G\"g2 d g B2 G B | \"D\"c A F A \"G\"G2 G2 | "
                    "\"G\"g2 d g B2 G B | \"D\"c2 A c B2 A G | \"C\"e2 e d c B A G | \"D\"F A d c \"G\"B2 G2"),
    # hornpipes in 2/2, even eighths (beat = half note)
    "durang": abc("Durang's Hornpipe", "2/2", "1/8", "D",
                  "d2 f d A d f d | c e c A c e c A | d2 f d A d f a | g e c e d2 d2 | "
                  "d2 f d A d f d | c e c A c e c A | B d g f e d c B | A c e c d2 d2 | "
                  "A2 F A D F A F | G2 E G B G E G | A2 F A d f a f | g e c e d2 A2 | "
                  "A2 F A D F A F | G2 E G B G E G | F A d f e d c B | A c e c d2 d2"),
    "bantry_bay": abc("The Bantry Bay Hornpipe", "2/2", "1/8", "G",
                      "B A G B d B G B | c B A c e c A c | B A G B d g f g | e c A F G2 G2 | "
                      "B A G B d B G B | c B A c e c A c | B d g d c e a f | g d B d G2 G2 | "
                      "g f g a b a g f | e d e f g e c e | d c B c d g f g | e c A F G2 G2 | "
                      "g f g a b a g f | e d e f g e c e | d B c A B G A F | G B A F G2 G2"),
    "jacky_tar": abc("Jacky Tar", "2/2", "1/8", "D",
                     "A F D F A d f d | e c A c e g f e | d f a f d f e d | c B A G F E D C | "
                     "A F D F A d f d | e c A c e g f e | d f a f g e c A | d2 f2 d2 d2 | "
                     "f g a f d f a f | g a b g e g b g | f g a f d f e d | c B A B c2 A2 | "
                     "f g a f d f a f | g a b g e g b g | f a g e f d e c | d2 f2 d2 d2"),
    "manchester": abc("The Manchester Hornpipe", "2/2", "1/8", "G",
                      "G B d g d B G B | A c e c A F D F | G B d g d B G B | c A F A G2 G2 | "
                      "G B d g d B G B | A c e c A F D F | G A B c d e f g | a f d f g2 g2 | "
                      "g2 d g b g d g | f2 d f a f d f | g2 d g b g e g | f d c A B G G2 | "
                      "g2 d g b g d g | f2 d f a f d f | e g f a g e d B | c A F A G2 G2"),
    "newcastle": abc("The Newcastle Hornpipe", "2/2", "1/8", "Bb",
                     "F D B, D F B d B | c A F A c e d c | B F D F B d f d | e c A c B2 B2 | "
                     "F D B, D F B d B | c A F A c e d c | d f b f e g c e | d B c A B2 B2 | "
                     "d c d e f d B d | e d e f g e c e | d c d e f d B d | c B A G F2 F2 | "
                     "d c d e f d B d | e d e f g e c e | d f e g f d c A | B d c A B2 B2"),
    # slip jigs in 9/8 (beat = dotted quarter)
    "hurry_jug": abc("Hurry the Jug", "9/8", "1/8", "G",
                     aabb("G2 B d2 B c B A | G2 B d2 g f e d | G2 B d2 B c A F | G A B A G F G3",
                          "g2 a b a g f e d | g2 a b a g a f d | g2 a b a g f e d | c A F A G F G3")),
    "phis_fliuch": abc("An Phis Fliuch", "9/8", "1/8", "D",
                       aabb("F D D A D D F E D | G E E B E E G F E | F D D A D D d c d | e c A B G E F D D",
                            "d2 e f2 e d c A | d2 e f2 g a f d | d2 e f2 e d c A | B G E c A F E D D")),
    "snug_blanket": abc("The Snug in the Blanket", "9/8", "1/8", "Am",
                        aabb("A2 B c B A e c A | G2 A B A G d B G | A2 B c B A e f g | a g e d B G A3",
                             "a2 g a g e g e d | c2 B c B A B G G | a2 g a g e g e d | c A G E G B A3")),
    "nancy_hynes": abc("Nancy Hynes", "9/8", "1/8", "G",
                       aabb("B A G d G G B G G | c B A e A A c A A | B A G d G G B c d | e c A F A c B G G",
                            "g f g d g g B g g | a g a e a a c a a | g f g d g f e d c | B c d A B G G3")),
    "big_man": abc("Is the Big Man Within", "9/8", "1/8", "D",
                   aabb("A F A d2 e f e d | c A c e2 f g f e | A F A d2 e f g a | g e c d B A F D D",
                        "f g a f d f a f d | e f g e c e g e c | f g a f d f e d c | B G E c A F E D D")),
    "holey_hapenny": abc("Holey Ha'penny", "9/8", "1/8", "G",
                         aabb("d B G G A G B d g | c A F F G F A c f | d B G G A G B d g | a f d c A F G3",
                              "g a b a g f g d B | f g a g f e f d A | g a b a g f g d B | c A F A F D G3")),
}
