"""Public-domain melodies for real-heldout5, transcribed for this set (ABC, melody only).

The tunes are traditional or long out of copyright (composers died before 1900: Stephen Foster
1864, Beethoven 1827; the rest traditional). These transcriptions were written here from the
common versions of the tunes and may differ in detail from any printed source; they are ours,
not copied from a collection. A pickup is balanced by a shorter last bar, so that looping the
tune keeps every bar whole (the renderer's regular-grid check, and check_beat_annotations).
"""

from __future__ import annotations

TUNES: dict[str, str] = {
    "saints": """X:1
T:When the Saints Go Marching In
M:4/4
L:1/4
K:C
z C E F | G2 G G | z C E F | G2 G G | z C E F | G2 E2 | C2 E2 | D2 D D | z E E D | C2 C C |
E G G G | G F F F | F E F G | E2 C2 | D D D D | C2 C C |]""",
    "susanna": """X:1
T:Oh! Susanna
M:4/4
L:1/8
K:C
CD | E2 G2 G3 A | G2 E2 C3 D | E2 E2 D2 C2 | D6 CD | E2 G2 G3 A | G2 E2 C3 D | E2 E2 D2 D2 | C6 CD |
E2 G2 G3 A | G2 E2 C3 D | E2 E2 D2 C2 | D6 CD | E2 G2 G3 A | G2 E2 C3 D | E2 E2 D2 D2 | C6 z2 |
F4 F4 | A4 A4 | G2 G2 E2 C2 | D6 CD | E2 G2 G3 A | G2 E2 C3 D | E2 E2 D2 D2 | C6 |]""",
    "ode": """X:1
T:Ode to Joy
M:4/4
L:1/4
K:D
F F G A | A G F E | D D E F | F3/2 E/ E2 | F F G A | A G F E | D D E F | E3/2 D/ D2 |
E E F D | E F/G/ F D | E F/G/ F E | D E A,2 | F F G A | A G F E | D D E F | E3/2 D/ D2 |]""",
    "sailor": """X:1
T:Drunken Sailor
M:4/4
L:1/8
K:Ddor
A2AA A2AA | A2D2 F2A2 | G2GG G2GG | G2C2 E2G2 | A2AA A2AA | A2B2 c2d2 | c2A2 G2E2 | D4 D4 |
A4 A3A | A2D2 F2A2 | G4 G3G | G2C2 E2G2 | A4 A3A | A2B2 c2d2 | c2A2 G2E2 | D4 D4 |]""",
    "rising_sun": """X:1
T:House of the Rising Sun
M:6/8
L:1/8
K:Am
E | A3 B3 | c3 B2 A | A3 E3- | E3 z2 E | A3 B3 | c3 c2 B | E6- | E3 z2 E |
A3 B3 | c3 d2 e | e3 c2 A | A3 z2 A | A2 A G2 E | E3 z2 E | A2 A G2 E | E3 z2 |]""",
    "amazing_grace": """X:1
T:Amazing Grace
M:3/4
L:1/4
K:G
D | G2 B/G/ | B2 A | G2 E | D2 D | G2 B/G/ | B2 A/B/ | d3- | d2 B/d/ |
d2 B/G/ | B2 A | G2 E | D2 D | G2 B/G/ | B2 A | G3- | G2 |]""",
    "yankee_doodle": """X:1
T:Yankee Doodle
M:4/4
L:1/8
K:C
C2C2 D2E2 | C2E2 D2G,2 | C2C2 D2E2 | C4 B,4 | C2C2 D2E2 | F2E2 D2C2 | B,2G,2 A,2B,2 | C4 C4 |
A,3B, A,2G,2 | A,2B,2 C4 | G,3A, G,2F,2 | E,4 G,4 | A,3B, A,2G,2 | A,2B,2 C2A,2 | G,2C2 B,2D2 | C4 C4 |]""",
    "auld_lang_syne": """X:1
T:Auld Lang Syne
M:4/4
L:1/8
K:F
C2 | F3 F F2 A2 | G3 F G2 A2 | F3 F A2 c2 | d6 d2 | c3 A A2 F2 | G3 F G2 A2 | F3 D D2 C2 | F6 d2 |
c3 A A2 F2 | G3 F G2 d2 | c3 A A2 c2 | d6 f2 | c3 A A2 F2 | G3 F G2 A2 | F3 D D2 C2 | F6 |]""",
    "camptown": """X:1
T:Camptown Races
M:4/4
L:1/4
K:C
G G E G | A G E2 | E D2 z | E D2 z | G G E G | A G E2 | D2 E D | C3 z |
C3/2 C/ E G | c4 | A3/2 A/ c A | G3 E/E/ | G G E G | A G E2 | D E D D | C4 |]""",
    "scarborough": """X:1
T:Scarborough Fair
M:3/4
L:1/4
K:Ador
A2 A | e2 e | B c B | A3 | B e g | a2 g | e ^f d | e3 | e2 e | a2 g | e e d | c B G |
A2 G | E3 | A e d | c2 B | A G2 | A3 | A2 A | A3 |]""",
    "simple_gifts": """X:1
T:Simple Gifts
M:4/4
L:1/8
K:F
C2 | F2 F G A F A B | c2 c B A2 G F | G2 G2 G2 A G | F2 F2 F2 C2 | F2 F G A F A B | c2 c B A2 G F |
G2 A B A2 G2 | F6 A2 | c4 A3 G | A2 B A G2 F2 | G2 A B A2 G2 | F6 A2 | c4 A3 G | A2 B A G2 F2 |
G2 A B A2 G2 | F6 |]""",
    "frere_jacques": """X:1
T:Frere Jacques
M:4/4
L:1/8
K:G
G2A2 B2G2 | G2A2 B2G2 | B2c2 d4 | B2c2 d4 | dedc B2G2 | dedc B2G2 | G2D2 G4 | G2D2 G4 |]""",
}
