"""Sampled drum kits for real-heldout6 (benchmarks/make_realbeats_heldout6.py): Hydrogen kits
from Debian ``hydrogen-drumkits`` played by a small sampler, since they are not SoundFonts.

Every kit maps the General MIDI drum notes the styles use to one of its own instruments; a hit
picks the velocity layer Hydrogen would (layer min <= velocity/127 <= max) and is scaled by the
layer gain, the instrument volume and velocity/127, mixed at the hit's sample (the MIDI file's
own times, so the drums share the tempo map of everything else). Deterministic: no random layer
choice, no humanising.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path("/usr/share/hydrogen/data/drumkits")
KICK, RIM, SNARE, CLAP, HAT, PEDAL, OPEN, CRASH, RIDE, COWBELL, CONGA = 36, 37, 38, 39, 42, 44, 46, 49, 51, 56, 63
# kit folder -> (author, licence per Debian's copyright file, GM note -> instrument name)
KITS: dict[str, tuple[str, str, dict[int, str]]] = {
    "Millo_MultiLayered2": ("Emiliano Grilli (Emillo)", "GPL-2", {
        KICK: "Kick", RIM: "Stick", SNARE: "Snare Rock", CLAP: "Hand Clap", HAT: "Closed HH",
        PEDAL: "Pedal HH", OPEN: "Open HH", CRASH: "Crash", RIDE: "Ride Rock", COWBELL: "Tom Hi",
        CONGA: "Tom Mid"}),
    "ColomboAcousticDrumkit": ("Marcos Guglielmetti", "GPL-2+", {
        KICK: "BassDrum", RIM: "Stick", SNARE: "Snare Rock", CLAP: "Snare1", HAT: "Closed HH",
        PEDAL: "Pedal HH", OPEN: "Open HH", CRASH: "crash16inch", RIDE: "ride-crash20inch",
        COWBELL: "ride-cup", CONGA: "Tom Hi"}),
    "HardElectro1": ("Artemiy Pavlov (ArtemioLabs)", "GPL-2+", {
        KICK: "Kick 1", RIM: "Closed HH 4", SNARE: "Snare", CLAP: "Clap 1", HAT: "Closed HH 2",
        PEDAL: "Closed HH 1", OPEN: "Open HH", CRASH: "Side OHH", RIDE: "Side HH",
        COWBELL: "Closed HH 3", CONGA: "Clap 2"}),
    "ElectricEmpireKit": ("Artemiy Pavlov (ArtemioLabs)", "GPL-2+", {
        KICK: "Kick Low 1", RIM: "Click", SNARE: "Snare 1", CLAP: "Clap", HAT: "Hat Closed Bs",
        PEDAL: "Hat Low", OPEN: "Hat Op Dirty", CRASH: "Hat Ring 1", RIDE: "Hat Ring 2",
        COWBELL: "Conga 2", CONGA: "Conga 1"}),
}


def _layers(kit: str) -> dict[str, tuple[float, list[tuple[float, float, float, str]]]]:
    """instrument name -> (volume, [(min, max, gain, file)])."""
    root = ET.parse(ROOT / kit / "drumkit.xml").getroot()
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    out = {}
    for ins in root.iter(f"{ns}instrument"):
        name = ins.findtext(f"{ns}name") or ""
        vol = float(ins.findtext(f"{ns}volume") or 1.0)
        layers = [(float(la.findtext(f"{ns}min") or 0), float(la.findtext(f"{ns}max") or 1),
                   float(la.findtext(f"{ns}gain") or 1), la.findtext(f"{ns}filename") or "")
                  for la in ins.iter(f"{ns}layer")]
        if not layers and ins.findtext(f"{ns}filename"):
            layers = [(0.0, 1.0, 1.0, ins.findtext(f"{ns}filename") or "")]
        # Debian's dfsg build dropped some samples (Millo's cowbell): only layers that exist
        out[name] = (vol, [la for la in layers if la[3] and (ROOT / kit / la[3]).is_file()])
    return out


# kits whose samples may be resampled to the render rate (another set's option, real-heldout9:
# its two 48 kHz kits); every other kit must already be at the render rate, as before
RESAMPLE: set[str] = set()


@cache
def _sample(kit: str, file: str, sr: int) -> Any:
    import soundfile as sf

    y, rate = sf.read(str(ROOT / kit / file), always_2d=True, dtype="float64")
    if rate != sr and kit in RESAMPLE:
        y = _resample(y, rate, sr)
    else:
        assert rate == sr, f"{kit}/{file}: {rate} Hz, the render is {sr} Hz"
    return y if y.shape[1] == 2 else np.repeat(y, 2, axis=1)


def _resample(y: Any, rate: int, sr: int) -> Any:
    """Linear interpolation to ``sr`` (deterministic, numpy only; a drum hit's onset time is
    what matters here, the slight loss of the highest partials does not)."""
    t = np.arange(int(len(y) * sr / rate)) * (rate / sr)
    return np.stack([np.interp(t, np.arange(len(y)), y[:, c]) for c in range(y.shape[1])], axis=1)


# Kits named "synth:<family>-<seed>" are not sampled but synthesized (benchmarks/synth_kits.py,
# real-heldout25 on): hit, kit_md5 and assert_kit_sounds hand them there; every kit of the table
# above plays exactly as before.
SYNTH = "synth:"


def hit(kit: str, note: int, vel: int, sr: int) -> Any:
    """The stereo sample one hit of ``note`` at ``vel`` plays on ``kit``."""
    if kit.startswith(SYNTH):
        import synth_kits

        return synth_kits.hit(kit, note, vel, sr)
    vol, layers = _layers(kit)[KITS[kit][2][note]]
    v = vel / 127
    pick = [la for la in layers if la[0] <= v <= la[1] + 1e-9] or [max(layers, key=lambda la: la[1])]
    lo, hi, gain, file = pick[0]
    return _sample(kit, file, sr) * (gain * vol * v)


def render(kit: str, notes: list[tuple[float, int, int]], sr: int) -> Any:
    """Stereo float mix of (start s, note, velocity) hits."""
    n = int(max((t for t, _, _ in notes), default=0.0) * sr) + 4 * sr
    y = np.zeros((n, 2))
    for t, note, vel in sorted(notes):
        x = hit(kit, note, vel, sr)
        i = int(round(t * sr))
        y[i:i + len(x)] += x[: max(0, n - i)]
    return y


def kit_md5(kit: str) -> str:
    """One md5 over the kit's drumkit.xml and every sample file it names, in name order (a synth
    kit's: synth_kits.kit_md5)."""
    if kit.startswith(SYNTH):
        import synth_kits

        return synth_kits.kit_md5(kit)
    h = hashlib.md5()
    for f in sorted({"drumkit.xml", *(la[3] for _, ls in _layers(kit).values() for la in ls)}):
        h.update(f.encode() + (ROOT / kit / f).read_bytes())
    return h.hexdigest()


def assert_kit_sounds(kit: str, notes: set[int], sr: int = 44100) -> None:
    """Every note a style uses maps to an instrument of the kit whose sample is not silent."""
    if kit.startswith(SYNTH):
        import synth_kits

        return synth_kits.assert_kit_sounds(kit, notes, sr)
    have = _layers(kit)
    for n in sorted(notes):
        name = KITS[kit][2].get(n)
        assert name in have and have[name][1], f"{kit}: no sample for drum note {n} ({name})"
        peak = float(np.abs(hit(kit, n, 100, sr)).max())
        assert peak > 0.02, f"{kit}: drum note {n} ({name}) is silent (peak {peak:.3f})"
