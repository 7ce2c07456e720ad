"""Two more Hydrogen kits for real-heldout9 (benchmarks/make_realbeats_heldout9.py), the only two
of Debian's hydrogen-drumkits no set used, played by real-heldout6's sampler (heldout6_kits,
imported, not copied).

Both are 48 kHz (which is why heldout6-8 left them out: the sampler refused resampling); they
are listed in heldout6_kits.RESAMPLE, so their samples are brought to the 44.1 kHz render rate
by linear interpolation (an option of the sampler; every other kit is still refused at another
rate). ForzeeStereo (acoustic, multi-layered; no clap, so CLAP plays its snare rimshot, no
cowbell, so COWBELL plays its high agogo) and rumpf_kit_z01_h2 (Emanuel Rumpf's GM-mapped kit,
one layer per drum). Licences from Debian's copyright file of hydrogen-drumkits.
"""

from __future__ import annotations

import heldout6_kits as kits6
import heldout7_kits as kits7
import heldout8_kits as kits8
from heldout6_kits import CLAP, CONGA, COWBELL, CRASH, HAT, KICK, OPEN, PEDAL, RIDE, RIM, SNARE

_FZ = "Pearl Free Floating Maple 14x3.5"
NEW_KITS: dict[str, tuple[str, str, dict[int, str]]] = {
    "ForzeeStereo": ("Vladimir Sadovnikov, Alexander Belokurov", "GPL-2", {
        KICK: 'Kick (Tama Superstar 22")', RIM: f"Rim Click ({_FZ})", SNARE: f"Snare ({_FZ})",
        CLAP: f"Snare Rimshot ({_FZ})", HAT: 'Hi-Hat Closed (Paiste Alpha Metal edge 14")',
        PEDAL: 'Hi-Hat Pedal (Paiste Alpha Metal edge 14")', OPEN: 'Hi-Hat Open (Paiste Alpha Metal edge 14")',
        CRASH: 'Crash (Paiste Rude Thin 18")', RIDE: 'Ride Bow (Custom, Zagrebin 22")',
        COWBELL: "Agogo High (Pearl ECB-23)", CONGA: 'Tom High (Tama Superstar 12")'}),
    "rumpf_kit_z01_h2": ("Emanuel Rumpf", "CC-BY-3.0", {
        KICK: "c3 - bass drum 1", RIM: "c#3 - stick", SNARE: "d3 - snare 1", CLAP: "d#3 - clap",
        HAT: "f#3 - hi-hat closed", PEDAL: "g#3 - hi-hat pedal", OPEN: "a#3 - hi-hat open",
        CRASH: "c#4 - crash", RIDE: "d#4 - cymbal 1", COWBELL: "g#4 - cowbell", CONGA: "c4 - middle tom"}),
}
_ = kits7.NEW_KITS, kits8.NEW_KITS  # heldout7's and heldout8's entries are in the table too
assert not set(NEW_KITS) & set(kits6.KITS), "a heldout9 kit is one an earlier set used"
kits6.KITS.update(NEW_KITS)
kits6.RESAMPLE.update(NEW_KITS)  # both are 48 kHz
ROOT, render, kit_md5, assert_kit_sounds, hit = kits6.ROOT, kits6.render, kits6.kit_md5, kits6.assert_kit_sounds, kits6.hit
KITS, RESAMPLE = kits6.KITS, kits6.RESAMPLE
