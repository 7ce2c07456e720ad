"""Four more Hydrogen kits for real-heldout8 (benchmarks/make_realbeats_heldout8.py), none used by
any earlier set, played by real-heldout6's sampler (heldout6_kits, imported, not copied).

Only kits whose samples are all 44.1 kHz (the sampler refuses resampling; ForzeeStereo and
rumpf_kit_z01_h2 are 48 kHz, so they are out): The Black Pearl 1.0 (acoustic), BJA_Pacific
(acoustic; no side stick or clap, so RIM and CLAP play its dry snare), Millo_MultiLayered3
(acoustic, with the cowbell Debian dropped from Millo_MultiLayered2), circAfrique v4 (djembes,
dununs and bells: the highlife style). No electronic kit is left unused at 44.1 kHz: the
electronic styles play heldout6's HardElectro1 and ElectricEmpireKit (not heldout7's kits).
Licences from Debian's copyright file of hydrogen-drumkits.
"""

from __future__ import annotations

import heldout6_kits as kits6
import heldout7_kits as kits7
from heldout6_kits import CLAP, CONGA, COWBELL, CRASH, HAT, KICK, OPEN, PEDAL, RIDE, RIM, SNARE

NEW_KITS: dict[str, tuple[str, str, dict[int, str]]] = {
    "The Black Pearl 1.0": ("Glen MacArthur", "GPL-2", {
        KICK: "Pearl Kick", RIM: "Pearl Side Stick", SNARE: "Pearl Snare", CLAP: "Hand Clap",
        HAT: "Sabian Hat Closed", PEDAL: "Sabian Hat Pedal", OPEN: "Sabian Hat Open",
        CRASH: "Sabian Crash", RIDE: "Paiste Ride", COWBELL: "Cowbell", CONGA: "Pearl Tom 1"}),
    "BJA_Pacific": ("Luc Tunguay", "CC-BY-SA-3.0-us", {
        KICK: "BassDrum", RIM: "Snare Dry", SNARE: "Snare", CLAP: "Snare Dry", HAT: "Hi Hat Closed",
        PEDAL: "Hi Hat Free", OPEN: "Hi Hat Opened", CRASH: "Crash Left", RIDE: "Ride",
        COWBELL: "Ride Bell", CONGA: "Tom"}),
    "Millo_MultiLayered3": ("Emiliano Grilli (Emillo)", "GPL-2", {
        KICK: "Kick", RIM: "Stick", SNARE: "Snare Rock", CLAP: "Stick", HAT: "Closed HH",
        PEDAL: "Pedal HH", OPEN: "Open HH", CRASH: "Crash", RIDE: "Ride Jazz", COWBELL: "Cowbell",
        CONGA: "Tom Hi"}),
    "circAfrique v4": ("Jim Harney", "CC-BY-SA-3.0", {
        KICK: "Dununba1 Head Hit", RIM: "Djembe1 Tone", SNARE: "Djembe1 Slap", CLAP: "Djembe3 Slap",
        HAT: "Kenkeni1 Bell Hit", PEDAL: "Kenkeni1 Bell Mute", OPEN: "Sangban1 Bell Hit",
        CRASH: "Djembe2 Slap", RIDE: "Dununba1 Bell", COWBELL: "Sangban1 Bell Hit",
        CONGA: "Djembe2 Tone"}),
}
assert not set(NEW_KITS) & set(kits6.KITS), "a heldout8 kit is one heldout6 or heldout7 used"
_ = kits7.NEW_KITS  # heldout7's entries are in the table too (the check above covers them)
# the sampler looks kits up in its own table: add ours (the entries of 6 and 7 are untouched)
kits6.KITS.update(NEW_KITS)
ROOT, render, kit_md5, assert_kit_sounds, hit = kits6.ROOT, kits6.render, kits6.kit_md5, kits6.assert_kit_sounds, kits6.hit
KITS = kits6.KITS
