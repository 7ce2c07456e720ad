"""Synthesized drum kits (real-heldout25 on): every drum sound made here, numpy only, from a seed.

Every Hydrogen kit of Debian's hydrogen-drumkits had played every style by real-heldout24, so
later sets can play drums on kits made by this module instead. A kit is named
``synth:<family>-<seed>`` (heldout6_kits' sampler hands such names here: :func:`hit`,
:func:`kit_md5`, :func:`assert_kit_sounds`; every Hydrogen kit plays exactly as before). Four
families, so kits differ a lot:

- ``analog``: 808/909-like. Sine kick with a pitch drop and a click, tone + noise snare,
  multi-burst clap, six-square metallic hats and cymbals, square cowbell, sine congas.
- ``acoustic``: modal kick, snare and tom (damped inharmonic membrane modes with beater and wire
  noise), band-passed noise and many inharmonic partials for hats and cymbals (long decays), a
  short room reverb on the whole kit.
- ``lofi``: an analog or acoustic voice set, then bit-crushed (8-12 bits, as the old 8- and 12-bit samplers), sample-and-hold
  decimated (x2-x4) and low-passed, with tape-like drive.
- ``fm``: two-operator FM voices: FM kick and tom, FM + noise snare and clap, metallic FM hats,
  cymbals and cowbell with inharmonic ratios.

Each kit's parameters (pitches, decays, filter bands, noise colour, levels, drive, stereo
placement, room) are drawn from ``numpy.random.default_rng`` seeded by the kit's seed, within
ranges that sound like drums; every voice's noise is drawn from (seed, note). One-shots are
stereo float64 at the render rate, peak-normalised to the kit's level for the note and then
capped in loudness (``RMS_CAP``, near the loudest sampled kits the earlier sets played), cached; a hit scales its one-shot by velocity/127 (as the
sampler scales a layer). Deterministic: the same name gives the same samples.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Any

import numpy as np

# The sampler's GM drum notes and the prefix it hands here (one definition each, heldout6_kits;
# it imports this module lazily, so no cycle).
from heldout6_kits import CLAP, CONGA, COWBELL, CRASH, HAT, KICK, OPEN, PEDAL, RIDE, RIM, SNARE
from heldout6_kits import SYNTH as PREFIX

NOTES = (KICK, RIM, SNARE, CLAP, HAT, PEDAL, OPEN, CRASH, RIDE, COWBELL, CONGA)
FAMILIES = ("analog", "acoustic", "lofi", "fm")
NAME = re.compile(rf"^{re.escape(PREFIX)}({'|'.join(FAMILIES)})-(\d+)$")
# peak level of each note's one-shot (before velocity); drawn within +-15 % per kit
LEVEL = {KICK: 0.95, RIM: 0.55, SNARE: 0.85, CLAP: 0.8, HAT: 0.42, PEDAL: 0.34, OPEN: 0.45,
         CRASH: 0.5, RIDE: 0.4, COWBELL: 0.5, CONGA: 0.65}
# loudness cap per note: rms over the first 250 ms of the full-velocity one-shot, near the
# loudest of the sampled Hydrogen kits the earlier sets played (Audiophob, ElectricEmpireKit,
# The Black Pearl 1.0, Millo-Drums_v.1), so a synthesized kit sits in the mix as they did; a
# one-shot above its cap is scaled down (its peak then stays below its level)
RMS_CAP = {KICK: 0.22, RIM: 0.09, SNARE: 0.2, CLAP: 0.08, HAT: 0.045, PEDAL: 0.028, OPEN: 0.06,
           CRASH: 0.07, RIDE: 0.045, COWBELL: 0.1, CONGA: 0.14}
# stereo placement (-1 left .. 1 right) around which each kit draws its own
PAN = {KICK: 0.0, RIM: -0.1, SNARE: 0.0, CLAP: 0.05, HAT: 0.3, PEDAL: 0.3, OPEN: 0.3,
       CRASH: -0.4, RIDE: 0.45, COWBELL: -0.2, CONGA: -0.3}
# the 808's six hat oscillators (Hz), scaled per kit
METAL = np.array([205.3, 304.4, 369.6, 522.7, 540.0, 800.0])
# one-shot lengths (s) of the hats and cymbals of the analog and FM voices (the acoustic's ring longer)
METAL_S = {HAT: 0.4, PEDAL: 0.3, OPEN: 2.0, CRASH: 4.0, RIDE: 3.0}


def parse(kit: str) -> tuple[str, int]:
    m = NAME.match(kit)
    assert m, f"{kit}: not a synth kit name (synth:<{'|'.join(FAMILIES)}>-<seed>)"
    return m[1], int(m[2])


def is_synth(kit: str) -> bool:
    return kit.startswith(PREFIX)


# ---------------------------------------------------------------- building blocks


def _t(dur: float, sr: int) -> Any:
    return np.arange(int(dur * sr)) / sr


def _env(t: Any, decay: float, attack: float = 0.0005) -> Any:
    """Linear attack, exponential decay (``decay`` = time to fall by 1/e)."""
    a = np.clip(t / attack, 0.0, 1.0) if attack > 0 else 1.0
    return a * np.exp(-t / decay)


def _band(x: Any, sr: int, lo: float | None = None, hi: float | None = None, order: int = 2) -> Any:
    """Zero-phase Butterworth-shaped band-pass (high-pass above ``lo``, low-pass below ``hi``)
    in the frequency domain: deterministic, numpy only (the noise is filtered before its
    envelope, so no ringing runs ahead of the onset)."""
    n = len(x)
    f = np.fft.rfftfreq(n, 1 / sr)
    g = np.ones_like(f)
    if lo:
        g *= 1 / np.sqrt(1 + (lo / np.maximum(f, 1e-3)) ** (2 * order))
    if hi:
        g *= 1 / np.sqrt(1 + (f / hi) ** (2 * order))
    return np.fft.irfft(np.fft.rfft(x) * g, n)


def _peak(x: Any, f0: float, q: float, sr: int) -> Any:
    """A resonant band around ``f0`` (Lorentzian of width f0/q), zero-phase."""
    n = len(x)
    f = np.fft.rfftfreq(n, 1 / sr)
    w = f0 / q
    return np.fft.irfft(np.fft.rfft(x) * (1 / (1 + ((f - f0) / w) ** 2)), n)


def _noise(rng: Any, n: int, colour: float, sr: int) -> Any:
    """Noise with spectrum ~ f^(-colour/2) (0 white, 1 pink, -0.5 blue-ish), unit rms."""
    x = rng.standard_normal(n)
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(n, 1 / sr)
    spec *= np.maximum(f, 20.0) ** (-colour / 2)
    y = np.fft.irfft(spec, n)
    return y / (np.sqrt(np.mean(y ** 2)) + 1e-12)


def _sine_sweep(t: Any, f_start: float, f_end: float, tau: float, phase: float = 0.0) -> Any:
    """sin of a pitch falling exponentially from f_start to f_end (time constant tau)."""
    inst = f_end + (f_start - f_end) * np.exp(-t / tau)
    return np.sin(2 * np.pi * np.cumsum(inst) / (1 / (t[1] - t[0])) + phase)


def _square(t: Any, f: float) -> Any:
    return np.sign(np.sin(2 * np.pi * f * t + 0.3))


def _drive(x: Any, amount: float) -> Any:
    """tanh saturation; amount 0 leaves ``x`` as is."""
    if amount <= 0:
        return x
    return np.tanh(x * (1 + 4 * amount)) / np.tanh(1 + 4 * amount)


def _norm(x: Any) -> Any:
    return x / (np.abs(x).max() + 1e-12)


def _modes(t: Any, f0: float, ratios: Any, amps: Any, decays: Any, drop: float = 0.0, tau: float = 0.03) -> Any:
    """Damped sinusoids (membrane modes); each mode's pitch drops by ``drop`` (fraction) early on."""
    y = np.zeros_like(t)
    for r, a, d in zip(ratios, amps, decays, strict=True):
        y += a * _sine_sweep(t, f0 * r * (1 + drop), f0 * r, tau) * _env(t, d)
    return y


# ---------------------------------------------------------------- the kit's parameters


@cache
def params(kit: str) -> dict[str, Any]:
    """The kit's drawn parameters (family-dependent), each within ranges that sound like drums."""
    family, seed = parse(kit)
    r = np.random.default_rng([seed, FAMILIES.index(family), 25])
    u = r.uniform
    p: dict[str, Any] = dict(family=family, seed=seed)
    p["level"] = {n: min(0.95, LEVEL[n] * u(0.85, 1.15)) for n in NOTES}
    p["pan"] = {n: float(np.clip(PAN[n] + u(-0.15, 0.15), -0.8, 0.8)) for n in NOTES}
    p["drive"] = u(0.0, 0.6)
    p["noise_colour"] = u(-0.4, 0.9)
    # kick
    p["kick_f"] = u(42, 62)            # settled pitch (Hz)
    p["kick_f0"] = p["kick_f"] * u(2.5, 5.0)   # start of the pitch drop
    p["kick_tau"] = u(0.012, 0.045)    # pitch-drop time constant
    p["kick_decay"] = u(0.12, 0.35)
    p["kick_click"] = u(0.1, 0.5)
    # snare
    p["snare_f"] = u(160, 260)
    p["snare_tone"] = u(0.25, 0.7)     # tone share (the rest noise)
    p["snare_decay"] = u(0.08, 0.22)   # noise decay
    p["snare_lo"] = u(900, 2500)       # noise band
    p["snare_hi"] = u(7000, 13000)
    # toms / congas
    p["tom_f"] = u(170, 340)
    p["tom_decay"] = u(0.12, 0.35)
    # clap
    p["clap_f"] = u(900, 1800)
    p["clap_bursts"] = int(r.integers(3, 6))
    p["clap_gap"] = u(0.006, 0.013)
    p["clap_decay"] = u(0.10, 0.25)
    # rim
    p["rim_f"] = u(1300, 2200)
    # metal (hats, cymbals, cowbell)
    p["metal_scale"] = u(0.8, 1.35)
    p["hat_lo"] = u(6000, 9000)
    p["hat_closed"] = u(0.025, 0.07)
    p["hat_pedal"] = u(0.018, 0.045)
    p["hat_open"] = u(0.25, 0.6)
    p["crash_decay"] = u(0.9, 2.0)
    p["ride_decay"] = u(0.6, 1.3)
    p["ride_f"] = u(2600, 4200)        # ride/bell ping
    p["bell_f"] = u(520, 820)
    p["bell_decay"] = u(0.08, 0.25)
    # acoustic
    p["room"] = u(0.08, 0.25) if family == "acoustic" else 0.0
    p["room_s"] = u(0.18, 0.5)
    # lofi
    p["lofi_base"] = "acoustic" if u() < 0.5 else "analog"
    p["bits"] = int(r.integers(8, 13))
    p["hold"] = int(r.integers(2, 5))
    p["lofi_hi"] = u(8000, 13000)
    # fm
    p["fm_ratio"] = u(1.3, 3.9)        # metallic ratio (inharmonic)
    p["fm_index"] = u(2.0, 8.0)
    p["fm_hat_f"] = u(3000, 6000)
    p["fm_kick_index"] = u(0.5, 3.0)
    return p


# ---------------------------------------------------------------- voices


def _analog(note: int, p: dict[str, Any], rng: Any, sr: int) -> Any:
    if note == KICK:
        t = _t(max(0.5, 4 * p["kick_decay"]), sr)
        body = _sine_sweep(t, p["kick_f0"], p["kick_f"], p["kick_tau"]) * _env(t, p["kick_decay"], 0.001)
        click = _band(rng.standard_normal(len(t)), sr, 1500, 8000) * _env(t, 0.003, 0.0002)
        return _drive(body + p["kick_click"] * 0.5 * click, p["drive"])
    if note in (SNARE, RIM):
        if note == RIM:
            t = _t(0.12, sr)
            tone = (np.sin(2 * np.pi * p["rim_f"] * t) + 0.6 * np.sin(2 * np.pi * 0.33 * p["rim_f"] * t)) * _env(t, 0.012)
            return tone + 0.4 * _band(rng.standard_normal(len(t)), sr, 2000, 10000) * _env(t, 0.004)
        t = _t(0.6, sr)
        tone = (np.sin(2 * np.pi * p["snare_f"] * t) + 0.6 * _sine_sweep(t, p["snare_f"] * 1.9, p["snare_f"] * 1.7, 0.01)) \
            * _env(t, 0.05, 0.001)
        nz = _band(_noise(rng, len(t), p["noise_colour"], sr), sr, p["snare_lo"], p["snare_hi"]) * _env(t, p["snare_decay"], 0.001)
        return _drive(p["snare_tone"] * _norm(tone) + (1 - p["snare_tone"]) * _norm(nz), p["drive"] * 0.5)
    if note == CLAP:
        return _clap(p, rng, sr)
    if note in (HAT, PEDAL, OPEN, CRASH, RIDE):
        return _metal_sq(note, p, rng, sr)
    if note == COWBELL:
        t = _t(0.6, sr)
        f = p["bell_f"]
        y = _square(t, f) + _square(t, f * 1.48)
        return _band(y, sr, f * 0.8, f * 6) * (0.7 * _env(t, 0.02) + 0.3 * _env(t, p["bell_decay"]))
    # CONGA: a tuned sine with a small pitch drop
    t = _t(max(0.4, 3 * p["tom_decay"]), sr)
    return _sine_sweep(t, p["tom_f"] * 1.25, p["tom_f"], 0.02) * _env(t, p["tom_decay"] * 0.8, 0.001)


def _clap(p: dict[str, Any], rng: Any, sr: int) -> Any:
    t = _t(0.5, sr)
    nz = _peak(_noise(rng, len(t), 0.0, sr), p["clap_f"], 1.2, sr)
    nz = _band(nz, sr, 600, None)
    env = np.zeros_like(t)
    for k in range(p["clap_bursts"]):
        t0 = k * p["clap_gap"]
        tk = np.clip(t - t0, 0, None)
        env += np.where(t >= t0, _env(tk, 0.004, 0.0003), 0.0)
    last = (p["clap_bursts"] - 1) * p["clap_gap"]
    env += np.where(t >= last, 0.5 * _env(np.clip(t - last, 0, None), p["clap_decay"], 0.0005), 0.0)
    return nz * env


def _metal_sq(note: int, p: dict[str, Any], rng: Any, sr: int) -> Any:
    """808-style metal: six detuned squares, band-passed high; noise added for the cymbals."""
    dur = METAL_S[note]
    t = _t(dur, sr)
    fs = METAL * p["metal_scale"] * (1.6 if note in (CRASH, RIDE) else 1.0)
    osc = sum(_square(t, f) for f in fs)
    nz = _noise(rng, len(t), p["noise_colour"] * 0.3, sr)
    if note in (HAT, PEDAL, OPEN):
        src = _band(osc + 0.6 * nz, sr, p["hat_lo"], 16000)
        d = {HAT: p["hat_closed"], PEDAL: p["hat_pedal"], OPEN: p["hat_open"]}[note]
        return src * _env(t, d, 0.0005)
    if note == CRASH:
        src = _band(0.6 * osc + nz, sr, 3500, 14000)
        return src * (0.6 * _env(t, 0.08) + 0.4 * _env(t, p["crash_decay"], 0.002))
    src = _band(osc + 0.3 * nz, sr, 5000, 14000) + 0.8 * np.sin(2 * np.pi * p["ride_f"] * t)
    return src * (0.5 * _env(t, 0.05) + 0.5 * _env(t, p["ride_decay"], 0.001))


def _cymbal_partials(t: Any, rng: Any, lo: float, hi: float, k: int) -> Any:
    """``k`` inharmonic partials with random phases between ``lo`` and ``hi`` Hz."""
    fs = np.exp(rng.uniform(np.log(lo), np.log(hi), k))
    ph = rng.uniform(0, 2 * np.pi, k)
    amps = rng.uniform(0.3, 1.0, k)
    return sum(a * np.sin(2 * np.pi * f * t + q) for f, q, a in zip(fs, ph, amps, strict=True))


def _acoustic(note: int, p: dict[str, Any], rng: Any, sr: int) -> Any:
    nz_c = p["noise_colour"]
    if note == KICK:
        t = _t(max(0.6, 4 * p["kick_decay"]), sr)
        f0 = p["kick_f"] * 1.1
        body = _modes(t, f0, [1.0, 1.59, 2.14, 2.65], [1.0, 0.35, 0.18, 0.1],
                      [p["kick_decay"] * 0.8, p["kick_decay"] * 0.35, 0.06, 0.04], drop=0.5, tau=0.015)
        beater = _band(_noise(rng, len(t), 0.5, sr), sr, 200, 4000) * _env(t, 0.006, 0.0003)
        return _drive(body + p["kick_click"] * 0.6 * beater, p["drive"] * 0.5)
    if note == SNARE:
        t = _t(0.8, sr)
        f0 = p["snare_f"]
        head = _modes(t, f0, [1.0, 1.59, 2.14, 2.30, 2.65], [1.0, 0.6, 0.4, 0.3, 0.25],
                      [0.07, 0.05, 0.04, 0.035, 0.03], drop=0.15, tau=0.01)
        wires = _band(_noise(rng, len(t), nz_c, sr), sr, p["snare_lo"] * 0.8, p["snare_hi"]) \
            * _env(t, p["snare_decay"] * 1.4, 0.001)
        return p["snare_tone"] * _norm(head) + (1 - p["snare_tone"]) * _norm(wires)
    if note == RIM:  # side stick: a woody knock
        t = _t(0.15, sr)
        knock = _modes(t, p["rim_f"] * 0.5, [1.0, 2.3, 3.9], [1.0, 0.5, 0.3], [0.018, 0.01, 0.006])
        return knock + 0.3 * _band(rng.standard_normal(len(t)), sr, 1500, 9000) * _env(t, 0.004)
    if note == CLAP:  # several hands, a little room
        return _clap(p, rng, sr)
    if note == CONGA:  # a tom
        t = _t(max(0.5, 3 * p["tom_decay"]), sr)
        body = _modes(t, p["tom_f"] * 0.7, [1.0, 1.5, 1.98], [1.0, 0.4, 0.2],
                      [p["tom_decay"], p["tom_decay"] * 0.5, p["tom_decay"] * 0.3], drop=0.2, tau=0.02)
        return body + 0.2 * _band(rng.standard_normal(len(t)), sr, 300, 5000) * _env(t, 0.01)
    if note == COWBELL:
        t = _t(0.6, sr)
        f = p["bell_f"]
        y = sum(a * np.sin(2 * np.pi * f * r * t) for r, a in ((1.0, 1.0), (1.51, 0.8), (2.46, 0.4), (3.7, 0.2)))
        return y * (0.6 * _env(t, 0.03) + 0.4 * _env(t, p["bell_decay"]))
    # hats and cymbals: noise through resonances + inharmonic partials
    dur = {HAT: 0.4, PEDAL: 0.3, OPEN: 2.0, CRASH: 4.5, RIDE: 3.5}[note]
    t = _t(dur, sr)
    nz = _noise(rng, len(t), nz_c * 0.3, sr)
    if note in (HAT, PEDAL, OPEN):
        part = _cymbal_partials(t, rng, 3000, 14000, 40)
        src = _band(0.7 * nz + 0.5 * _norm(part) * 3, sr, p["hat_lo"] * 0.85, 17000)
        d = {HAT: p["hat_closed"] * 1.2, PEDAL: p["hat_pedal"], OPEN: p["hat_open"] * 1.3}[note]
        y = src * _env(t, d, 0.0008)
        if note == PEDAL:  # the foot's chick: a little low thump
            y += 0.3 * _band(rng.standard_normal(len(t)), sr, 400, 2000) * _env(t, 0.01)
        return y
    if note == CRASH:
        part = _cymbal_partials(t, rng, 2000, 12000, 80)
        src = _band(nz + 0.8 * _norm(part) * 4, sr, 2500, 15000)
        return src * (0.5 * _env(t, 0.12, 0.002) + 0.5 * _env(t, p["crash_decay"] * 1.2, 0.003))
    part = _cymbal_partials(t, rng, 2500, 10000, 50)
    ping = np.sin(2 * np.pi * p["ride_f"] * t) + 0.5 * np.sin(2 * np.pi * p["ride_f"] * 1.72 * t)
    src = _band(0.4 * nz + _norm(part) * 3, sr, 3000, 14000) + 1.2 * ping
    return src * (0.4 * _env(t, 0.04) + 0.6 * _env(t, p["ride_decay"] * 1.2, 0.001))


def _fm(note: int, p: dict[str, Any], rng: Any, sr: int) -> Any:
    ratio, index = p["fm_ratio"], p["fm_index"]

    def op(t: Any, fc: Any, fm: Any, idx_env: Any) -> Any:
        mod = np.sin(2 * np.pi * np.cumsum(np.broadcast_to(fm, t.shape)) / sr)
        return np.sin(2 * np.pi * np.cumsum(np.broadcast_to(fc, t.shape)) / sr + idx_env * mod)

    if note in (KICK, CONGA):
        dec = p["kick_decay"] if note == KICK else p["tom_decay"]
        f_end = p["kick_f"] if note == KICK else p["tom_f"]
        t = _t(max(0.5, 4 * dec), sr)
        fc = f_end + f_end * (3.0 if note == KICK else 0.6) * np.exp(-t / p["kick_tau"])
        y = op(t, fc, fc * 1.0, p["fm_kick_index"] * _env(t, 0.02)) * _env(t, dec, 0.001)
        return _drive(y, p["drive"])
    if note in (SNARE, CLAP, RIM):
        if note == CLAP:
            return _clap(p, rng, sr) + 0.3 * _norm(_clap(p, rng, sr) * np.sin(2 * np.pi * p["clap_f"] * 0.5 * _t(0.5, sr)))
        dur, dec = (0.6, p["snare_decay"]) if note == SNARE else (0.12, 0.015)
        t = _t(dur, sr)
        f = p["snare_f"] if note == SNARE else p["rim_f"]
        body = op(t, f, f * ratio, index * _env(t, 0.015)) * _env(t, 0.06 if note == SNARE else dec, 0.0005)
        if note == RIM:
            return body
        nz = _band(_noise(rng, len(t), p["noise_colour"], sr), sr, p["snare_lo"], p["snare_hi"]) * _env(t, dec, 0.001)
        return p["snare_tone"] * _norm(body) + (1 - p["snare_tone"]) * _norm(nz)
    if note == COWBELL:
        t = _t(0.6, sr)
        f = p["bell_f"]
        return op(t, f, f * 1.48, 1.5 * _env(t, 0.1)) * (0.6 * _env(t, 0.025) + 0.4 * _env(t, p["bell_decay"]))
    dur = METAL_S[note]
    t = _t(dur, sr)
    f = p["fm_hat_f"] * (0.7 if note in (CRASH, RIDE) else 1.0)
    tone = op(t, f, f * ratio, index * 1.5) + 0.7 * op(t, f * 1.37, f * ratio * 1.19, index)
    nz = _noise(rng, len(t), 0.0, sr)
    mix = 0.5 if note in (HAT, PEDAL, OPEN) else 0.8
    src = _band((1 - mix) * tone + mix * nz, sr, p["hat_lo"] * (0.5 if note == CRASH else 0.8), 16000)
    d = {HAT: p["hat_closed"], PEDAL: p["hat_pedal"], OPEN: p["hat_open"], CRASH: p["crash_decay"],
         RIDE: p["ride_decay"]}[note]
    y = src * _env(t, d, 0.0005)
    if note == RIDE:
        y = y + 0.5 * np.sin(2 * np.pi * p["ride_f"] * t) * _env(t, d * 0.8)
    return y


def _lofi(note: int, p: dict[str, Any], rng: Any, sr: int) -> Any:
    base = _acoustic if p["lofi_base"] == "acoustic" else _analog
    y = _norm(base(note, p, rng, sr))
    y = _drive(y, 0.1 + 0.5 * p["drive"])
    h = p["hold"]
    y = np.repeat(y[::h], h)[: len(y)]                  # sample-and-hold decimation
    q = 2 ** (p["bits"] - 1)
    y = np.round(y * q) / q                              # bit crush
    return _band(y, sr, 30, p["lofi_hi"])


def _room(x: Any, p: dict[str, Any], rng: Any, sr: int) -> Any:
    """A short room: convolution with exponentially decaying, low-passed noise."""
    t = _t(p["room_s"], sr)
    ir = _band(rng.standard_normal(len(t)), sr, 200, 6000) * _env(t, p["room_s"] / 5, 0.002)
    ir[: int(0.008 * sr)] = 0.0  # pre-delay
    n = len(x) + len(ir) - 1
    wet = np.fft.irfft(np.fft.rfft(x, n) * np.fft.rfft(ir, n), n)
    return np.concatenate([x, np.zeros(len(ir) - 1)]) + p["room"] * _norm(wet) * np.abs(x).max()


VOICES = {"analog": _analog, "acoustic": _acoustic, "lofi": _lofi, "fm": _fm}


@cache
def one_shot(kit: str, note: int, sr: int) -> Any:
    """The kit's stereo one-shot of ``note`` at full velocity (peak = the kit's level for it)."""
    assert note in NOTES, f"{kit}: no voice for drum note {note}"
    p = params(kit)
    rng = np.random.default_rng([p["seed"], note, FAMILIES.index(p["family"])])
    y = VOICES[p["family"]](note, p, rng, sr)
    if p["room"]:
        y = _room(y, p, rng, sr)
    fade = min(len(y), int(0.01 * sr))  # no click at the cut
    y = np.asarray(y, dtype=np.float64)
    y[len(y) - fade:] *= np.linspace(1.0, 0.0, fade)
    y = _norm(y) * p["level"][note]
    rms = float(np.sqrt(np.mean(y[: int(0.25 * sr)] ** 2)))
    y *= min(1.0, RMS_CAP[note] * p["level"][note] / LEVEL[note] / rms)
    pan = p["pan"][note]
    left, right = np.cos((pan + 1) * np.pi / 4), np.sin((pan + 1) * np.pi / 4)
    out = np.stack([y * left, y * right], axis=1) * np.sqrt(2)
    out /= max(1.0, float(np.abs(out).max()) / p["level"][note])
    out.flags.writeable = False
    return out


def hit(kit: str, note: int, vel: int, sr: int) -> Any:
    """The stereo sample one hit of ``note`` at ``vel`` plays on ``kit``."""
    return one_shot(kit, note, sr) * (vel / 127)


def kit_md5(kit: str, sr: int = 44100) -> str:
    """One md5 over the kit's name and every note's one-shot (float64 bytes) at ``sr``."""
    h = hashlib.md5(kit.encode())
    for n in NOTES:
        h.update(np.ascontiguousarray(one_shot(kit, n, sr)).tobytes())
    return h.hexdigest()


def assert_kit_sounds(kit: str, notes: set[int], sr: int = 44100) -> None:
    """Every note a style uses has a finite, non-silent one-shot whose peak stays below 1."""
    for n in sorted(notes):
        y = hit(kit, n, 100, sr)
        peak = float(np.abs(y).max())
        assert np.isfinite(y).all(), f"{kit}: drum note {n} is not finite"
        assert 0.02 < peak < 1.0, f"{kit}: drum note {n} peak {peak:.3f}"


def describe(kit: str, sr: int = 44100) -> dict[str, Any]:
    """The kit's metadata for an excerpt JSON."""
    family, seed = parse(kit)
    return dict(name=f"synthesized drum kit {kit}", family=family, seed=seed, md5=kit_md5(kit, sr),
                licence="synthesized by the project (no samples)",
                player="benchmarks/synth_kits.py (numpy synthesis from the seed; velocity scales the one-shot)")
