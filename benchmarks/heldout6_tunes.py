"""Public-domain melodies for real-heldout6, transcribed for this set (ABC, melody only).

Traditional tunes (American, Caribbean, Russian, Irish, French-Canadian, Jewish; the carol tune
of Good King Wenceslas is "Tempus adest floridum", Piae Cantiones 1582) and tunes whose composers
died before 1900 (Gruber 1863, Foster 1864, Poulton 1867, J. Strauss II 1899, Brahms 1897,
J. Pierpont 1893). Written here from
the common versions; they may differ in detail from any printed source and are ours, not
copied from a collection. No pickups: every bar is whole, so looping keeps the grid regular.
"""

from __future__ import annotations

TUNES: dict[str, str] = {
    "jingle_bells": """X:1
T:Jingle Bells
M:4/4
L:1/4
K:G
B B B2 | B B B2 | B d G3/2 A/ | B4 | c c c3/2 c/ | c B B B/B/ | B A A B | A2 d2 |
B B B2 | B B B2 | B d G3/2 A/ | B4 | c c c3/2 c/ | c B B B/B/ | d d c A | G4 |]""",
    "michael_row": """X:1
T:Michael, Row the Boat Ashore
M:4/4
L:1/4
K:D
D F A2 | F A B2 | A2 F A | B2 A2 | F A B2 | A3 F | E D E2 | D4 |]""",
    "skip_to_my_lou": """X:1
T:Skip to My Lou
M:4/4
L:1/8
K:F
A2 A2 F2 F2 | A2 A2 c4 | G2 G2 E2 E2 | G2 G2 B4 | A2 A2 F2 F2 | A2 A2 c4 | G2 A2 B2 G2 | F4 F4 |]""",
    "shortnin_bread": """X:1
T:Shortnin' Bread
M:4/4
L:1/8
K:C
E2 G2 G2 E2 | G2 A2 G4 | E2 G2 G2 E2 | D2 C2 D4 | E2 G2 G2 E2 | G2 A2 G2 c2 | B2 G2 A2 G2 | E2 D2 C4 |]""",
    "turkey_straw": """X:1
T:Turkey in the Straw
M:4/4
L:1/8
K:G
G2 B2 B2 B2 | A G A B G2 D2 | G2 B2 B2 B2 | A2 G2 A2 B2 | G2 B2 B2 B2 | A G A B G2 B2 | c2 B2 A2 G2 | A2 F2 G4 |]""",
    "linstead_market": """X:1
T:Linstead Market
M:4/4
L:1/8
K:F
C2 F2 F2 F2 | A2 G2 F4 | C2 E2 E2 E2 | G2 F2 E4 | C2 F2 F2 F2 | A2 c2 A4 | G2 E2 C2 E2 | F8 |]""",
    "hill_gully": """X:1
T:Hill and Gully Rider
M:4/4
L:1/8
K:G
D2 G2 G2 B2 | A2 G2 E4 | D2 G2 G2 B2 | A4 A4 | B2 d2 d2 B2 | A2 G2 E4 | D2 E2 G2 A2 | G8 |]""",
    "mango_walk": """X:1
T:Mango Walk
M:4/4
L:1/8
K:C
G2 E2 G2 E2 | F2 D2 F4 | G2 E2 G2 E2 | D2 F2 E4 | c2 c2 B2 A2 | G2 E2 G4 | F2 F2 E2 D2 | C8 |]""",
    "water_come": """X:1
T:Water Come a Me Eye
M:4/4
L:1/8
K:D
F2 A2 A3 F | G2 F2 E4 | E2 G2 G3 E | F2 E2 D4 | F2 A2 d3 c | B2 A2 F4 | E2 F2 G2 E2 | D8 |]""",
    "polly_wolly": """X:1
T:Polly Wolly Doodle
M:4/4
L:1/8
K:G
G2 G2 G2 E2 | D2 G2 B4 | A2 A2 A2 F2 | E2 A2 c4 | B2 B2 B2 G2 | A2 B2 c2 A2 | B2 G2 A2 F2 | G8 |]""",
    "buffalo_gals": """X:1
T:Buffalo Gals
M:4/4
L:1/8
K:C
E2 G2 G2 E2 | G2 c2 e4 | d2 c2 B2 A2 | G6 z2 | E2 G2 G2 E2 | G2 c2 e4 | d2 B2 G2 B2 | c8 |]""",
    "riverside": """X:1
T:Down by the Riverside
M:4/4
L:1/8
K:F
F2 F2 F2 G2 | A2 A2 A4 | c2 A2 F2 A2 | G8 | F2 F2 F2 G2 | A2 A2 A4 | G2 E2 C2 E2 | F8 |]""",
    "alouette": """X:1
T:Alouette
M:4/4
L:1/8
K:F
F2 G2 A2 A2 | G2 F2 G2 A2 | F2 C2 C4 | F2 G2 A2 A2 | G2 F2 G2 A2 | F4 z4 | C2 C2 C2 C2 | F8 |]""",
    "good_king": """X:1
T:Good King Wenceslas (Tempus adest floridum)
M:4/4
L:1/4
K:G
G G G A | G G D2 | E D E F | G2 G2 | G G G A | G G D2 | E D E F | G2 G2 |
d c B A | B A G2 | E D E F | G2 G2 | D D E F | G G A2 | d c B A | G4 |]""",
    "red_river": """X:1
T:Red River Valley
M:4/4
L:1/8
K:C
G2 c2 e2 e2 | e2 d2 c2 d2 | c6 z2 | G2 c2 e2 c2 | e2 d2 c2 d2 | e6 z2 | f2 e2 d2 c2 | d8 |]""",
    "swing_low": """X:1
T:Swing Low, Sweet Chariot
M:4/4
L:1/8
K:F
A4 F2 A2 | A2 F2 D4 | C2 F2 F2 A2 | c8 | A4 F2 A2 | A2 F2 D4 | C2 F2 F2 E2 | F8 |]""",
    "aura_lee": """X:1
T:Aura Lee
M:4/4
L:1/4
K:G
D G F G | A E A2 | G F E F | G4 | D G F G | A E A2 | G F E F | G4 |]""",
    "korobeiniki": """X:1
T:Korobeiniki
M:4/4
L:1/8
K:Am
E4 B2 c2 | d4 c2 B2 | A4 A2 c2 | e4 d2 c2 | B4 B2 c2 | d4 e4 | c4 A4 | A8 |]""",
    "volga": """X:1
T:Song of the Volga Boatmen
M:4/4
L:1/4
K:Am
A2 G E | A2 G E | A2 G E | D4 | E2 D C | E2 D C | B, A, B, C | A,4 |]""",
    "hava_nagila": """X:1
T:Hava Nagila
M:4/4
L:1/8
K:D
A2 A2 c2 B2 | A4 A4 | c2 c2 e2 d2 | c4 c4 | d2 d2 f2 e2 | d4 c4 | B2 c2 B2 A2 | A8 |]""",
    "blue_danube": """X:1
T:The Blue Danube (waltz theme)
M:3/4
L:1/4
K:D
D D F | A3 | a2 a | f2 f | D D F | A3 | a2 a | g2 g | C C E | B3 | b2 b | g2 g | C C E | B3 | b2 b | f3 |]""",
    "silent_night": """X:1
T:Silent Night (Stille Nacht)
M:6/8
L:1/8
K:C
G3 A2 G | E6 | G3 A2 G | E6 | d3 d2 B | c6 | A3 A2 c | B2 A G3 | A3 A2 c | B2 A G2 E | G3 A2 G | E6 |
d3 d2 f | d2 B c3 | e6 | c2 G E2 D | C6 |]""",
    "beautiful_dreamer": """X:1
T:Beautiful Dreamer
M:9/8
L:1/8
K:C
G3 E2 D C3 | E3 G3 c3 | B3 A2 G A3 | G9 | G3 E2 D C3 | E3 G3 c3 | B3 d2 c A3 | G9 |]""",
    "old_macdonald": """X:1
T:Old MacDonald Had a Farm
M:4/4
L:1/4
K:G
G G G D | E E D2 | B B A A | G3 D | G G G D | E E D2 | B B A A | G4 |]""",
    "londonderry": """X:1
T:Londonderry Air
M:4/4
L:1/8
K:C
G2 A2 B4 | A2 B2 e2 d2 | B2 A2 G4 | E2 G2 A4 | B2 c2 d4 | e2 d2 B2 G2 | A8 | G2 A2 B4 |
A2 B2 e2 d2 | B2 A2 G4 | E2 G2 A4 | B2 c2 d4 | e2 d2 B2 A2 | G8 |]""",
    "wiegenlied": """X:1
T:Wiegenlied (Brahms, Op. 49 No. 4)
M:3/4
L:1/4
K:F
A A c | A A c | A c f | e2 d | d c c | G A B | G A B | G B e | d c f |
F F f | d B c | A F B | c d c | F F f | d B c | A F B | A G F |]""",
}
