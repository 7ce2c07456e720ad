"""Public-domain melodies for real-heldout28, transcribed for this set (ABC, melody only).

Marches by John Philip Sousa (died 1932: The Rifle Regiment 1886, The Occidental 1887, The Diplomat
1904, The Charlatan 1898, The Bride Elect 1897, The Federal 1910) and Kenneth J. Alford (died
1945: The Vanished Army 1918); rags by Scott Joplin (died 1917: Pine Apple Rag 1908; Felicity Rag
1911, with Scott Hayden, died 1915), Charles L. Johnson (died 1950: Powder Rag 1908, Crazy Bone
Rag 1913, Snookums Rag 1918), James Scott (died 1938: Dixie Dimples 1918, Rag Sentimental 1918,
Broadway Rag 1922, The Fascinator 1903), Scott Joplin again (Cleopha 1902) and Charles Hunter
(died 1906: Why We Smile 1903); slow pieces by Sergei Rachmaninoff (died 1943: Vocalise 1915),
Ethelbert Nevin (died 1901: The Rosary 1898), Enrico Toselli (died 1926: Serenata, Op. 6, 1900),
Claude Debussy (died 1918: Arabesque No. 1, 1891), Edward Elgar (died 1934: Sospiri 1914), Franz
Liszt (died 1886: Consolation No. 3, 1850), Erik Satie (died 1925: Gnossienne No. 1, 1893; Je te veux 1902) and Stephen Foster (died 1864:
Laura Lee 1851, The Glendy Burk 1860). Written here from memory, not copied from a collection:
the notes are an outline in the tune's key, metre and shape more than its exact notes (the notes
matter less than the grid, which is exact by construction). Every piece is re-shaped for its
band arrangement, as a band would: plain 4/4 (the 3/4 Je te veux and the unbarred Gnossienne
re-barred), running figures and syncopations evened out (the renderer core's >= 60 % notes-on-
beats check), mostly quarter notes. No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # half-time rock
    "rifle_regiment": abc("The Rifle Regiment", "4/4", "1/8", "Eb",
                          "E2 G2 B2 e2 | d2 c2 B4 | A2 c2 f2 A2 | G2 F2 E4 | E2 G2 B2 g2 | f2 e2 d2 c2 | "
                          "B2 A2 G2 F2 | E4 E4"),
    "occidental": abc("The Occidental", "4/4", "1/8", "F",
                      "F2 A2 c2 f2 | e2 f2 g4 | c2 e2 g2 b2 | a2 g2 f4 | F2 A2 c2 a2 | g2 f2 e2 d2 | "
                      "c2 B2 A2 G2 | F4 F4"),
    "diplomat": abc("The Diplomat", "4/4", "1/8", "Bb",
                    "d2 d2 f2 d2 | c2 B2 A4 | c2 c2 e2 c2 | B2 A2 G4 | F2 B2 d2 f2 | g2 f2 e2 d2 | "
                    "c2 e2 A2 c2 | B4 B4"),
    "charlatan": abc("The Charlatan", "4/4", "1/8", "G",
                     "B2 G2 d2 B2 | g2 f2 e4 | c2 A2 e2 c2 | d2 c2 B4 | B2 G2 d2 g2 | a2 g2 f2 e2 | "
                     "d2 c2 B2 A2 | G4 G4"),
    # trap
    "pine_apple": abc("Pine Apple Rag", "4/4", "1/8", "Bb",
                      "B2 d2 f2 d2 | e2 d2 c4 | A2 c2 e2 c2 | d2 c2 B4 | B2 d2 f2 b2 | a2 f2 g2 e2 | "
                      "d2 c2 B2 A2 | B4 B4"),
    "felicity": abc("Felicity Rag", "4/4", "1/8", "G",
                    "d2 B2 d2 g2 | f2 g2 a4 | c2 A2 c2 f2 | e2 f2 g4 | d2 B2 d2 g2 | b2 a2 g2 e2 | "
                    "d2 c2 A2 F2 | G4 G4"),
    "powder": abc("Powder Rag", "4/4", "1/8", "F",
                  "c2 A2 F2 A2 | c2 d2 c4 | B2 G2 E2 G2 | B2 c2 B4 | A2 c2 f2 c2 | d2 f2 a2 f2 | "
                  "g2 e2 c2 E2 | F4 F4"),
    "snookums": abc("Snookums Rag", "4/4", "1/8", "C",
                    "e2 c2 G2 c2 | e2 f2 e4 | d2 B2 G2 B2 | d2 e2 d4 | e2 g2 c'2 g2 | a2 g2 f2 e2 | "
                    "d2 G2 B2 d2 | c4 c4"),
    # UK drill
    "dixie_dimples": abc("Dixie Dimples", "4/4", "1/8", "Eb",
                         "B2 G2 E2 G2 | B2 c2 B4 | A2 F2 D2 F2 | A2 B2 A4 | G2 B2 e2 B2 | c2 e2 g2 e2 | "
                         "f2 d2 B2 D2 | E4 E4"),
    "rag_sentimental": abc("Rag Sentimental", "4/4", "1/8", "F",
                           "A2 c2 f2 a2 | g2 f2 d4 | G2 B2 e2 g2 | f2 e2 c4 | A2 c2 f2 a2 | c'2 a2 f2 d2 | "
                           "c2 A2 G2 E2 | F4 F4"),
    "crazy_bone": abc("Crazy Bone Rag", "4/4", "1/8", "C",
                      "c2 e2 g2 e2 | a2 g2 e4 | d2 f2 a2 f2 | g2 f2 d4 | c2 e2 g2 c'2 | b2 g2 a2 f2 | "
                      "e2 d2 B2 G2 | c4 c4"),
    # drum-and-bass
    "bride_elect": abc("The Bride Elect", "4/4", "1/8", "C",
                       "G2 c2 e2 c2 | d2 e2 f4 | e2 d2 c2 A2 | G4 E4 | G2 c2 e2 g2 | a2 g2 f2 e2 | "
                       "d2 f2 e2 d2 | c4 c4"),
    "federal": abc("The Federal", "4/4", "1/8", "Bb",
                   "F2 B2 d2 B2 | c2 d2 e4 | d2 c2 B2 G2 | F4 D4 | F2 B2 d2 f2 | g2 f2 e2 d2 | "
                   "c2 e2 d2 c2 | B4 B4"),
    "vanished_army": abc("The Vanished Army", "4/4", "1/8", "Ab",
                         "E2 A2 c2 e2 | f2 e2 c4 | B2 c2 d2 B2 | G4 E4 | E2 A2 c2 e2 | a2 g2 f2 e2 | "
                         "d2 c2 B2 G2 | A4 A4"),
    # pop ballad
    "vocalise": abc("Vocalise", "4/4", "1/8", "C#m",
                    "E2 F2 G2 A2 | G4 E4 | F2 E2 D2 C2 | B,4 E4 | A2 G2 F2 E2 | D2 C2 B,2 C2 | "
                    "D2 B,2 C2 D2 | C8"),
    "rosary": abc("The Rosary", "4/4", "1/8", "Eb",
                  "B2 B2 c2 B2 | G4 E4 | F2 G2 A2 F2 | G4 E4 | B2 c2 d2 e2 | f2 e2 d2 c2 | "
                  "B2 G2 A2 F2 | E8"),
    "serenata": abc("Serenata (Toselli)", "4/4", "1/8", "F",
                    "A2 c2 B2 A2 | G4 F4 | G2 B2 A2 G2 | F4 E4 | F2 A2 c2 f2 | e2 d2 c2 B2 | "
                    "A2 G2 B2 A2 | F8"),
    # slow r&b
    "sospiri": abc("Sospiri", "4/4", "1/8", "D",
                   "A2 F2 G2 A2 | B4 A4 | d2 c2 B2 A2 | G4 F4 | A2 B2 c2 d2 | e2 d2 c2 B2 | "
                   "A2 G2 F2 E2 | D8"),
    "consolation": abc("Consolation No. 3", "4/4", "1/8", "Db",
                       "F2 F2 A2 F2 | E2 F2 D4 | F2 A2 d2 c2 | B2 A2 F4 | G2 B2 d2 B2 | A2 F2 E2 F2 | "
                       "G2 F2 E2 F2 | D8"),
    "gnossienne": abc("Gnossienne No. 1", "4/4", "1/8", "Fm",
                      "C2 _D2 C2 B,2 | C4 A,4 | G,2 A,2 B,2 C2 | A,4 F,4 | C2 _D2 E2 F2 | G2 F2 E2 _D2 | "
                      "C2 B,2 A,2 G,2 | F,8"),
    # one-drop reggae
    "laura_lee": abc("Laura Lee", "4/4", "1/8", "C",
                     "E2 G2 G2 A2 | G2 E2 C4 | D2 E2 F2 A2 | G6 G2 | E2 G2 c2 B2 | A2 F2 D2 F2 | "
                     "E2 D2 C2 D2 | C8"),
    "glendy_burk": abc("The Glendy Burk", "4/4", "1/8", "F",
                       "A2 A2 c2 A2 | G2 F2 F4 | F2 A2 c2 d2 | c6 c2 | A2 c2 f2 c2 | d2 c2 A2 G2 | "
                       "F2 G2 A2 G2 | F8"),
    # hip-hop
    "broadway": abc("Broadway Rag", "4/4", "1/8", "Bb",
                    "d2 B2 F2 B2 | d2 e2 d4 | c2 A2 F2 A2 | c2 d2 c4 | B2 d2 f2 d2 | e2 g2 f2 e2 | "
                    "d2 c2 B2 A2 | B4 B4"),
    "arabesque": abc("Arabesque No. 1", "4/4", "1/8", "E",
                     "B2 c2 B2 G2 | E4 B4 | c2 d2 c2 A2 | F4 c4 | B2 e2 d2 c2 | B2 A2 G2 F2 | "
                     "G2 A2 F2 G2 | E8"),
    "je_te_veux": abc("Je te veux", "4/4", "1/8", "C",
                      "G2 A2 G2 E2 | G4 c4 | B2 c2 B2 G2 | A4 F4 | A2 B2 A2 F2 | A4 d4 | c2 B2 A2 B2 | "
                      "c8"),
    # funk
    "cleopha": abc("Cleopha", "4/4", "1/8", "C",
                   "G2 c2 e2 c2 | d2 c2 A4 | F2 A2 d2 A2 | B2 A2 G4 | G2 c2 e2 g2 | f2 e2 d2 c2 | "
                   "B2 d2 G2 B2 | c4 c4"),
    "why_we_smile": abc("Why We Smile", "4/4", "1/8", "F",
                        "c2 A2 c2 f2 | e2 f2 c4 | B2 G2 B2 e2 | d2 e2 B4 | A2 c2 f2 a2 | g2 f2 e2 d2 | "
                        "c2 B2 G2 E2 | F4 F4"),
    "fascinator": abc("The Fascinator", "4/4", "1/8", "G",
                      "B2 d2 g2 d2 | e2 d2 B4 | A2 c2 f2 c2 | d2 c2 A4 | B2 d2 g2 b2 | a2 g2 f2 e2 | "
                      "d2 B2 A2 F2 | G4 G4"),
}
