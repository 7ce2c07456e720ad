"""Four more Hydrogen kits for real-heldout7 (benchmarks/make_realbeats_heldout7.py), none used
by any earlier set, played by real-heldout6's sampler (heldout6_kits, imported, not copied).

Only kits whose samples are all 44.1 kHz (the sampler refuses resampling) and whose instruments
cover the styles' drum notes: Millo-Drums_v.1 (acoustic), Audiophob (electro; its 22.05 kHz
"Snare Jazz" is never mapped), VariBreaks (breakbeat), Gimme A Hand 1.0 (hand percussion:
cajon, maraca, clave, bongo, tambourine; for the Latin styles). Licences from Debian's
copyright file of hydrogen-drumkits.
"""

from __future__ import annotations

import heldout6_kits as kits6
from heldout6_kits import CLAP, CONGA, COWBELL, CRASH, HAT, KICK, OPEN, PEDAL, RIDE, RIM, SNARE

NEW_KITS: dict[str, tuple[str, str, dict[int, str]]] = {
    "Millo-Drums_v.1": ("Emiliano Grilli (Emillo)", "GPL-2", {
        KICK: "Kick", RIM: "Stick", SNARE: "Snare Rock", CLAP: "Hand Clap", HAT: "Closed HH",
        PEDAL: "Pedal HH", OPEN: "Open HH", CRASH: "Crash", RIDE: "Ride Rock", COWBELL: "Cowbell",
        CONGA: "Tom Hi"}),
    "Audiophob": ("soundcloud.com/audiophobdubstep", "CC0", {
        KICK: "Kick", RIM: "Stick", SNARE: "Snare Rock", CLAP: "Hand Clap", HAT: "Closed HH",
        PEDAL: "Pedal HH", OPEN: "Open HH", CRASH: "Crash", RIDE: "Ride Jazz", COWBELL: "Cowbell",
        CONGA: "Tom Hi"}),
    "VariBreaks": ("Artemiy Pavlov (Sineshine)", "GPL-2+", {
        KICK: "VariBreaks Kick 1", RIM: "VariBreaks Hat 3 Cl", SNARE: "VariBreaks Snare 1",
        CLAP: "VariBreaks Snare 2", HAT: "VariBreaks Hat 1 Cl", PEDAL: "VariBreaks Hat 1 Pd",
        OPEN: "VariBreaks Hat 1 Op", CRASH: "VariBreaks Drum 1", RIDE: "VariBreaks Hat 2 Cl",
        COWBELL: "VariBreaks Tom Hi", CONGA: "VariBreaks Tom Mid"}),
    "Gimme A Hand 1.0": ("Glen MacArthur", "GPL-2", {
        KICK: "Cajon Thump", RIM: "Clave", SNARE: "Cajon Slap", CLAP: "Hand Clap", HAT: "Maraca",
        PEDAL: "Finger Snaps", OPEN: "Tambourine", CRASH: "Tambourine", RIDE: "Woodblock Hi",
        COWBELL: "Cowbell", CONGA: "Bongo Lo"}),
}
assert not set(NEW_KITS) & set(kits6.KITS), "a heldout7 kit is one heldout6 used"
# the sampler looks kits up in its own table: add ours (heldout6's entries are untouched)
kits6.KITS.update(NEW_KITS)
ROOT, render, kit_md5, assert_kit_sounds, hit = kits6.ROOT, kits6.render, kits6.kit_md5, kits6.assert_kit_sounds, kits6.hit
KITS = kits6.KITS
