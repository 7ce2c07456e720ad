"""Public-domain melodies for real-heldout25, transcribed for this set (ABC, melody only).

Marches by John Philip Sousa (died 1932: The Picador 1889, The Beau Ideal 1893, The Directorate
1894, The Corcoran Cadets 1890, The Loyal Legion 1890, The Crusader 1888, Nobles of the Mystic
Shrine 1923, The Dauntless Battalion 1922); rags by Scott Joplin (died 1917: Searchlight Rag
1907, Reflection Rag 1917), James Scott (died 1938: Paramount Rag 1917, Peace and Plenty Rag 1919,
New Era Rag 1919, Pegasus 1920), Charles L. Johnson (died 1950: Porcupine Rag 1909) and Charles
Hunter (died 1906: Possum and Taters 1900); slow pieces by Erik Satie (died 1925: Gymnopédie
No. 1, 1888), Claude Debussy (died 1918: Rêverie 1890), Edward Elgar (died 1934: Nimrod, Enigma
Variations 1899), Gabriel Fauré (died 1924: Pavane 1887), Jules Massenet (died 1912: Élégie
1875), Pietro Mascagni (died 1945: the Intermezzo of Cavalleria rusticana, 1890) and Stephen
Foster (died 1864: Old Dog Tray 1853, Ellen Bayne 1854); hymn tunes (Eventide, William Henry
Monk 1861, died 1889; Melcombe, Samuel Webbe 1782, died 1816; Ebenezer (Ton-y-Botel), Thomas John
Williams 1890, died 1944; Darwall's 148th, John Darwall 1770; Nun danket, Johann Crüger
1647, written, then dropped before the render was checked: real-train holds Bach's setting of it) and traditional Irish jigs (The
Scotsman over the Border, Brian O'Lynn, The Legacy Jig, Petticoat Loose). Written here from
memory, not copied from a collection: for most the notes are an outline in the tune's key,
metre and shape more than its exact notes (the notes matter less than the grid, which is exact
by construction). The marches, rags and slow pieces are re-shaped for their arrangement, as a
band would: plain 4/4 (the 3/4 Gymnopédie, Nimrod and Élégie re-barred), running figures and
syncopations evened out (the renderer core's >= 60 % notes-on-beats check). The hymns are in
4/4, the jigs in 6/8 with even eighths. No pickups: every bar is whole, so looping keeps the grid
regular (tests/test_heldout_sets.py checks every bar's length).
"""

from __future__ import annotations

from heldout7_tunes import abc

TUNES: dict[str, str] = {
    # half-time rock
    "picador": abc("The Picador", "4/4", "1/8", "Bb",
                   "F2 B2 d2 f2 | f4 d4 | e2 c2 A2 c2 | d4 B4 | F2 B2 d2 f2 | g2 f2 e2 d2 | "
                   "c2 e2 d2 c2 | B4 B4"),
    "beau_ideal": abc("The Beau Ideal", "4/4", "1/8", "Eb",
                      "B2 G2 E2 G2 | B4 e4 | c2 A2 F2 A2 | B4 G4 | B2 G2 E2 G2 | c2 e2 g2 e2 | "
                      "f2 d2 B2 d2 | e4 e4"),
    "directorate": abc("The Directorate", "4/4", "1/8", "F",
                       "c2 c2 f2 a2 | g4 f4 | e2 g2 c'2 g2 | a4 f4 | c2 c2 f2 a2 | b2 a2 g2 f2 | "
                       "e2 g2 f2 e2 | f4 f4"),
    "corcoran": abc("The Corcoran Cadets", "4/4", "1/8", "C",
                    "G2 c2 e2 g2 | a4 g4 | f2 d2 B2 d2 | e4 c4 | G2 c2 e2 g2 | c'2 b2 a2 g2 | "
                    "f2 a2 g2 B2 | c4 c4"),
    # trap
    "porcupine": abc("Porcupine Rag", "4/4", "1/8", "G",
                     "d2 B2 G2 B2 | d2 e2 d4 | c2 A2 F2 A2 | c2 d2 c4 | B2 d2 g2 d2 | e2 c2 A2 c2 | "
                     "B2 A2 G2 F2 | G4 G4"),
    "possum_taters": abc("Possum and Taters", "4/4", "1/8", "F",
                         "A2 c2 f2 c2 | d2 c2 A4 | G2 B2 e2 B2 | c2 B2 G4 | A2 c2 f2 a2 | g2 f2 e2 d2 | "
                         "c2 B2 A2 G2 | F4 F4"),
    "searchlight": abc("Searchlight Rag", "4/4", "1/8", "G",
                       "G2 B2 d2 g2 | f2 e2 d4 | c2 e2 g2 e2 | d2 B2 G4 | G2 B2 d2 g2 | a2 g2 f2 e2 | "
                       "d2 c2 B2 A2 | G4 G4"),
    "reflection": abc("Reflection Rag", "4/4", "1/8", "Bb",
                      "d2 c2 B2 F2 | G2 A2 B4 | c2 B2 A2 F2 | G2 A2 c4 | d2 c2 B2 d2 | f2 e2 d2 c2 | "
                      "B2 c2 A2 c2 | B4 B4"),
    # UK drill
    "paramount": abc("Paramount Rag", "4/4", "1/8", "C",
                     "c2 G2 E2 G2 | c2 d2 e4 | f2 d2 A2 d2 | f2 e2 d4 | c2 e2 g2 e2 | a2 g2 e2 c2 | "
                     "d2 G2 B2 d2 | c4 c4"),
    "peace_plenty": abc("Peace and Plenty Rag", "4/4", "1/8", "Eb",
                        "G2 B2 e2 B2 | c2 B2 G4 | A2 c2 f2 c2 | d2 c2 A4 | G2 B2 e2 g2 | f2 e2 d2 c2 | "
                        "B2 A2 G2 F2 | E4 E4"),
    "new_era": abc("New Era Rag", "4/4", "1/8", "F",
                   "f2 e2 f2 c2 | A2 c2 f4 | g2 f2 g2 d2 | B2 d2 g4 | a2 g2 f2 c2 | d2 f2 a2 f2 | "
                   "g2 e2 c2 e2 | f4 f4"),
    "pegasus": abc("Pegasus", "4/4", "1/8", "Ab",
                   "c2 e2 a2 e2 | f2 e2 c4 | B2 d2 g2 d2 | e2 d2 B4 | c2 e2 a2 c'2 | b2 a2 g2 f2 | "
                   "e2 c2 B2 G2 | A4 A4"),
    # drum-and-bass
    "loyal_legion": abc("The Loyal Legion", "4/4", "1/8", "Bb",
                        "B2 d2 f2 d2 | c2 e2 g4 | f2 e2 d2 c2 | d4 B4 | B2 d2 f2 b2 | a2 g2 f2 e2 | "
                        "d2 c2 B2 A2 | B4 B4"),
    "crusader": abc("The Crusader", "4/4", "1/8", "Eb",
                    "E2 G2 B2 e2 | e4 d4 | c2 e2 A2 c2 | B4 G4 | E2 G2 B2 e2 | g2 f2 e2 c2 | "
                    "B2 A2 F2 D2 | E4 E4"),
    "mystic_shrine": abc("Nobles of the Mystic Shrine", "4/4", "1/8", "Dm",
                         "D2 F2 A2 d2 | ^c2 d2 e4 | f2 e2 d2 A2 | B2 A2 G4 | F2 A2 d2 f2 | e2 d2 ^c2 A2 | "
                         "B2 G2 E2 ^C2 | D4 D4"),
    "dauntless": abc("The Dauntless Battalion", "4/4", "1/8", "C",
                     "E2 G2 c2 e2 | d2 c2 G4 | A2 c2 f2 a2 | g2 f2 e4 | E2 G2 c2 e2 | g2 e2 c2 A2 | "
                     "G2 B2 d2 B2 | c4 c4"),
    # pop ballad
    "gymnopedie": abc("Gymnopédie No. 1", "4/4", "1/8", "D",
                      "f2 a2 g2 f2 | c2 B2 c2 d2 | A8 | A4 F4 | f2 a2 g2 f2 | c2 B2 c2 d2 | e4 c4 | d8"),
    "reverie": abc("Rêverie", "4/4", "1/8", "F",
                   "A4 c4 | d2 c2 A4 | G4 A2 c2 | F8 | A4 c4 | f2 e2 d4 | c2 A2 G2 E2 | F8"),
    "nimrod": abc("Nimrod", "4/4", "1/8", "Eb",
                  "G4 B2 A2 | A4 G4 | F2 G2 A2 B2 | c4 B4 | G4 e2 d2 | d4 c4 | B2 A2 G2 F2 | E8"),
    # slow r&b
    "pavane": abc("Pavane", "4/4", "1/8", "F#m",
                  "c2 B2 A2 B2 | c4 A4 | B2 A2 G2 A2 | B4 F4 | A2 G2 F2 G2 | A4 E4 | F2 G2 A2 G2 | F8"),
    "elegie": abc("Élégie", "4/4", "1/8", "Em",
                  "B4 c2 B2 | A2 G2 F4 | G2 A2 B2 e2 | d4 B4 | c2 B2 A2 G2 | F2 A2 G2 F2 | E2 F2 G2 F2 | E8"),
    "intermezzo": abc("Intermezzo (Cavalleria rusticana)", "4/4", "1/8", "F",
                      "c4 d2 c2 | f4 e2 d2 | c4 A4 | B2 A2 G4 | A4 B2 A2 | d4 c2 B2 | A2 G2 F2 E2 | F8"),
    # one-drop reggae
    "old_dog_tray": abc("Old Dog Tray", "4/4", "1/8", "G",
                        "D2 G2 G2 A2 | B2 A2 G4 | E2 G2 c2 B2 | A6 D2 | D2 G2 G2 A2 | B2 d2 e2 d2 | "
                        "B2 A2 G2 A2 | G8"),
    "ellen_bayne": abc("Ellen Bayne", "4/4", "1/8", "D",
                       "F2 A2 A2 B2 | A2 F2 D4 | E2 F2 G2 B2 | A6 A2 | F2 A2 d2 c2 | B2 G2 E2 G2 | "
                       "F2 E2 D2 E2 | D8"),
    # undrummed hymns
    "eventide": abc("Abide with Me (Eventide)", "4/4", "1/8", "Eb",
                    "G4 G2 F2 | E4 B4 | c2 B2 B2 A2 | G8 | G4 A2 B2 | c4 B4 | A2 F2 G2 A2 | B8 | "
                    "G4 G2 F2 | E4 B4 | B2 A2 A2 G2 | F8 | F4 G2 A2 | G2 F2 E2 A2 | G4 F4 | E8"),
    "nun_danket": abc("Now Thank We All Our God (Nun danket)", "4/4", "1/8", "F",
                      "F2 F2 F2 G2 | A4 A4 | G2 F2 E2 F2 | G8 | A2 B2 c2 c2 | d2 c2 B2 A2 | G2 F2 G4 | F8"),
    "melcombe": abc("Melcombe", "4/4", "1/8", "C",
                    "E4 G2 c2 | B2 A2 G4 | G2 A2 F2 E2 | D4 G4 | E4 F2 G2 | A2 B2 c4 | F2 E2 D2 G2 | C8"),
    "ebenezer": abc("Ebenezer (Ton-y-Botel)", "4/4", "1/8", "Fm",
                    "F4 F2 G2 | A4 A4 | B2 A2 G2 F2 | E8 | F4 A2 c2 | d4 c4 | B2 A2 G2 E2 | F8"),
    "darwall": abc("Darwall's 148th", "4/4", "1/8", "D",
                   "D4 F2 A2 | d4 c2 B2 | A2 G2 F2 E2 | F4 D4 | A4 B2 c2 | d2 e2 f2 d2 | e2 d2 c2 e2 | d8"),
    # undrummed 6/8 jigs
    "scotsman_border": abc("The Scotsman over the Border", "6/8", "1/8", "G",
                           "G B d g d B | c A F D F A | G B d g f g | a f d d3 | g f g e c A | "
                           "B d B G B d | c A F D E F | G B A G3"),
    "brian_olynn": abc("Brian O'Lynn", "6/8", "1/8", "D",
                       "A F A d c d | e c A A B c | d f a f e d | c A F E3 | A F A d c d | "
                       "e f g a f d | B g e c A c | d f e d3"),
    "legacy": abc("The Legacy Jig", "6/8", "1/8", "G",
                  "B G G d G G | e G G d B G | A F D F A c | B A G A F D | B G G d G G | "
                  "e f g d B G | A B c B A F | A G F G3"),
    "petticoat_loose": abc("Petticoat Loose", "6/8", "1/8", "D",
                           "F A A d A A | F A d f e d | G B B e B B | G B e g f e | F A A d A A | "
                           "f a f g e c | d c B A F A | B c e d3"),
}
