"""Public-domain melodies for real-heldout7, transcribed for this set (ABC, melody only).

Traditional tunes (American, Bahamian, Italian, Mexican, Scottish, Irish, Korean, Jewish; the
spirituals) and tunes whose composers died before 1900 (Stephen Foster 1864, Friedrich Silcher
1860, Ivan Larionov 1889, Teodoro Cottrau 1879; The Yellow Rose of Texas, anonymous, 1858).
Written here from the common versions; they may differ in detail from any printed source and
are ours, not copied from a collection. No pickups: every bar is whole, so looping keeps the
grid regular (tests/test_heldout7.py checks every bar's length).
"""

from __future__ import annotations

import re
from fractions import Fraction

NOTE = re.compile(r"[_^=]*([A-Ga-gz])[,']*(\d*)(/?)(\d*)")


def bar_lengths(abc: str) -> tuple[Fraction, list[Fraction]]:
    """(the metre as a fraction of a whole note, each bar's length): the tests check every bar
    of every set's tunes is whole (no pickups, so a looped tune keeps the grid regular)."""
    head = dict(line.split(":", 1) for line in abc.splitlines() if re.match(r"^[A-Z]:", line))
    unit, body = Fraction(head["L"]), abc.splitlines()[-1].replace("|]", "")
    body = re.sub(r'"[^"]*"', "", body)  # chord symbols (real-heldout26's vamped reels) are not notes
    bars = []
    for bar in body.split("|"):
        total = Fraction(0)
        for _, num, slash, den in NOTE.findall(bar):
            d = Fraction(int(num or 1))
            if slash:
                d /= int(den or 2)
            total += d * unit
        bars.append(total)
    return Fraction(head["M"]), bars


def abc(title: str, metre: str, unit: str, key: str, body: str) -> str:
    """One tune in ABC notation (the later sets' tune modules write theirs with it too)."""
    return f"X:1\nT:{title}\nM:{metre}\nL:{unit}\nK:{key}\n{body} |]"


TUNES: dict[str, str] = {
    "old_folks": abc("Old Folks at Home", "4/4", "1/8", "C",
                      "E3 D C E D C | c2 A2 c4 | G3 E C2 D2 | E8 | E3 D C E D C | c2 A2 c4 | G3 E D2 D2 | C8"),
    "cotton_eye": abc("Cotton-Eye Joe", "4/4", "1/8", "A",
                       "A2 c2 e2 e2 | f2 e2 c4 | B2 B2 B2 c2 | B2 A2 F4 | A2 c2 e2 e2 | f2 e2 c2 A2 | B2 c2 B2 A2 | A8"),
    "old_joe_clark": abc("Old Joe Clark", "4/4", "1/8", "D",
                          "e2 e2 e2 c2 | d2 e2 f2 e2 | e2 c2 A2 c2 | B2 A2 B4 | e2 e2 e2 c2 | d2 e2 f2 e2 | e2 c2 B2 G2 | A8"),
    "bella_ciao": abc("Bella ciao", "4/4", "1/8", "Am",
                       "E A B c A4 | E A B c A4 | E A B c B A c2 | B A e2 e2 e2 | e d e f f4 | f e d f e4 | e d c B2 e2 c | B2 e2 c A3"),
    "joshua": abc("Joshua Fit the Battle of Jericho", "4/4", "1/8", "Dm",
                   "D2 E2 F2 G2 | A2 A2 A4 | G2 G2 G2 G2 | A2 A2 A4 | D2 E2 F2 G2 | A2 A2 A2 F2 | G2 E2 E2 C2 | D8"),
    "sloop_john_b": abc("Sloop John B", "4/4", "1/8", "G",
                         "D2 G2 G2 G2 | B2 G2 B2 d2 | e2 d2 B2 G2 | A8 | D2 A2 A2 A2 | c2 A2 c2 e2 | d2 c2 B2 A2 | G8"),
    "wade_water": abc("Wade in the Water", "4/4", "1/8", "Em",
                       "B3 B G2 E2 | E2 D2 E4 | B3 B G2 E2 | E2 D2 E4 | G2 G2 A2 B2 | B2 A2 G2 E2 | D2 E2 G2 D2 | E8"),
    "nobody_knows": abc("Nobody Knows the Trouble I've Seen", "4/4", "1/8", "F",
                         "A2 c2 c3 A | G2 F2 D4 | F2 A2 A3 F | G6 z2 | A2 c2 c3 A | G2 F2 D2 C2 | F2 G2 A2 G2 | F8"),
    "kalinka": abc("Kalinka", "4/4", "1/8", "Am",
                    "e2 c2 d2 B2 | c2 A2 B2 ^G2 | A4 E4 | A8 | c2 B2 A2 ^G2 | A2 B2 c2 d2 | e2 d2 c2 B2 | A8"),
    "john_henry": abc("John Henry", "4/4", "1/8", "G",
                       "G2 G2 B2 G2 | d2 B2 G4 | G2 G2 B2 d2 | e2 d2 B4 | d2 d2 B2 G2 | A2 G2 E4 | D2 E2 G2 A2 | G8"),
    "yellow_rose": abc("The Yellow Rose of Texas", "4/4", "1/8", "C",
                        "G2 c2 c2 c2 | c2 B2 c2 d2 | e2 e2 e2 d2 | c6 z2 | G2 c2 c2 c2 | c2 B2 c2 d2 | e2 d2 B2 G2 | c8"),
    "midnight_special": abc("The Midnight Special", "4/4", "1/8", "G",
                             "B2 B2 B2 A2 | G2 A2 B4 | c2 c2 c2 B2 | A2 G2 A4 | B2 B2 B2 A2 | G2 A2 B2 d2 | d2 B2 A2 A2 | G8"),
    "loch_lomond": abc("Loch Lomond", "4/4", "1/8", "G",
                        "D3 E G2 G2 | A3 G A2 B2 | G3 E D2 E2 | G6 z2 | B3 c d2 d2 | e3 d B2 G2 | A3 G E2 D2 | G8"),
    "la_bamba": abc("La Bamba", "4/4", "1/8", "C",
                     "c2 c2 c2 d2 | e2 e2 e4 | d2 d2 d2 e2 | f2 f2 f4 | e2 e2 e2 f2 | g2 g2 e4 | d2 B2 G2 B2 | c8"),
    "my_bonnie": abc("My Bonnie Lies over the Ocean", "3/4", "1/4", "C",
                      "e d c | c2 A | G E2 | G3 | e d c | c2 c | d3 | G3 | e d c | c2 A | G E2 | G3 | A d c | B A B | c3 | c3"),
    "lorelei": abc("Die Lorelei", "6/8", "1/8", "C",
                    "G2 G A2 G | c3 B3 | A2 A G2 F | E6 | G2 G A2 G | c3 e3 | d2 c B2 d | c6 | "
                    "e2 e d2 c | B3 A3 | G2 A B2 c | d6 | e2 e d2 c | B3 c3 | d2 B G2 B | c6"),
    "careless_love": abc("Careless Love", "12/8", "1/8", "C",
                          "E3 G3 c3 A3 | G3 E3 C6 | E3 G3 A3 c3 | G12 | c3 c3 A3 G3 | A3 c3 G6 | E3 D3 C3 D3 | C12"),
    "shenandoah": abc("Shenandoah", "4/4", "1/8", "D",
                       "D2 D4 E F | G2 B2 A4 | d3 c B4 | A6 z2 | B3 B B2 A2 | B2 A2 F4 | E2 F2 A2 E2 | D8"),
    "irish_washerwoman": abc("The Irish Washerwoman", "6/8", "1/8", "G",
                              "B G G D G G | B G B d c B | c A A E A A | c A c e d c | B G G D G G | B G B d c B | c B c A d c | B G G G3"),
    "arirang": abc("Arirang", "3/4", "1/4", "G",
                    "G3/2 A/ G | A B/ A/ B | d3/2 e/ d | B A G | A3/2 B/ A | G E D | E G A | G3 | "
                    "d3 | d3/2 e/ d | B A G | A3 | G3/2 A/ G | A B/ A/ B | A G E | G3"),
    "tumbalalaika": abc("Tumbalalaika", "3/4", "1/4", "Am",
                         "E A A | A B c | B A B | E3 | E B B | B c d | c B c | A3 | "
                         "c c c | B A B | c B A | E3 | E A A | B ^G E | ^G B ^G | A3"),
    "santa_lucia": abc("Santa Lucia", "3/4", "1/4", "C",
                        "G3/2 G/ c | c B B | A3/2 A/ d | d c c | e3/2 e/ d | c B A | G B d | c3"),
    "wayfaring": abc("The Wayfaring Stranger", "4/4", "1/8", "Dm",
                      "A2 d2 d2 e2 | f2 e2 d4 | d2 f2 a2 a2 | a6 z2 | a2 g2 f2 e2 | d2 c2 A4 | d2 e2 f2 e2 | d8"),
    "clementine": abc("Oh My Darling, Clementine", "3/4", "1/4", "F",
                       "F3/2 F/ F | C3 | A3/2 A/ A | F3 | F A c | c B A | G3 | G3 | "
                       "G A B | B A G | A F A | G3 | F A G | C E G | F3 | F3"),
}
