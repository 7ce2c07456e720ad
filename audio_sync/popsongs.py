"""Pop songs with repeated verses and choruses and exact section truth (tests, benchmarks).

A second generator, unlike audio_sync.testsongs (one verse, loudness steps of 2-7 dB between
sections): a random form such as intro-verse-chorus-verse-chorus-bridge-chorus-outro, 4- or
8-bar sections, and a verse and chorus that differ by a random subset of cues, several of them
subtle (same chords in both; a lead layer; busier hats; an extra 1-3 dB; a different drum
pattern), like the demo song. Seeds below 5000 were used while tuning (benchmarks/sections_accuracy).
"""

from __future__ import annotations

import numpy as np

from audio_sync.testsongs import _Voices
from audio_sync.types import DecodedAudio, Section

FORMS = (
    ("intro", "verse", "chorus", "verse", "chorus", "outro"),
    ("intro", "verse", "chorus", "verse", "chorus", "bridge", "chorus", "outro"),
    ("verse", "chorus", "verse", "chorus", "chorus"),
    ("intro", "verse", "verse", "chorus", "verse", "chorus", "outro"),
)
PROGRESSIONS = (((57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62)),   # Am F C G
                ((48, 52, 55), (55, 59, 62), (57, 60, 64), (53, 57, 60)),   # C G Am F
                ((50, 53, 57), (55, 59, 62), (48, 52, 55), (57, 60, 64)),   # Dm G C Am
                ((53, 57, 60), (48, 52, 55), (55, 59, 62), (52, 55, 59)))   # F C G Em


def _plan(rng: np.random.Generator) -> dict[str, dict[str, object]]:
    """Per section kind: chords, gain, drum pattern and layers (verse/chorus cues are random)."""
    prog = rng.permutation(len(PROGRESSIONS))
    same_chords = bool(rng.random() < 0.5)
    cues = rng.random(4) < 0.6
    if not cues.any():
        cues[rng.integers(4)] = True
    verse = {"chords": PROGRESSIONS[prog[0]], "gain": 1.0, "hats": 0.06, "kick": (0, 2),
             "lead": False, "drums": True, "pad": 0.2}
    chorus = dict(verse, chords=PROGRESSIONS[prog[0] if same_chords else prog[1]],
                  gain=10 ** (rng.uniform(1.0, 3.0) / 20) if cues[0] else 1.0,
                  lead=bool(cues[1]), hats=0.12 if cues[2] else 0.06,
                  kick=(0, 1, 2, 3) if cues[3] else (0, 2))
    intro = dict(verse, gain=0.7, drums=bool(rng.random() < 0.5), hats=0.04)
    bridge = dict(verse, chords=PROGRESSIONS[prog[2]], gain=0.8, kick=(0,), pad=0.3)
    outro = dict(chorus if rng.random() < 0.5 else intro, gain=0.6)
    return {"intro": intro, "verse": verse, "chorus": chorus, "bridge": bridge, "outro": outro}


def _bar(buf: np.ndarray, v: _Voices, t0: float, beat: float, spec: dict[str, object],
         k: int) -> None:
    sr, gain = v.sr, float(spec["gain"])  # type: ignore[arg-type]
    chords = spec["chords"]
    chord = chords[k % 4]  # type: ignore[index]
    pad = v.tone(chord, 4 * beat, attack_s=0.2, decay_s=4.0, amp=float(spec["pad"]) * gain)  # type: ignore[arg-type]
    _add(buf, t0, pad, sr)
    for j in range(4):
        t = t0 + j * beat
        _add(buf, t, v.tone((chord[0] - 24,), 0.8 * beat, attack_s=0.005, decay_s=0.4,
                            amp=0.4 * gain, harmonics=2), sr)
        if spec["lead"]:
            note = (chord[2] + 12, chord[1] + 12, chord[0] + 12, chord[1] + 12)[j]
            _add(buf, t, v.tone((note,), beat, attack_s=0.01, decay_s=0.25, amp=0.15 * gain,
                                harmonics=3), sr)
        if not spec["drums"]:
            continue
        if j in spec["kick"]:  # type: ignore[operator]
            _add(buf, t, v.kick() * gain, sr)
        if j in (1, 3):
            _add(buf, t, v.snare() * 0.8 * gain, sr)
        for half in (0.0, 0.5):
            _add(buf, t + half * beat, v.hat(float(spec["hats"]) * 4 * gain), sr)  # type: ignore[arg-type]


def _add(buf: np.ndarray, t_s: float, sig: np.ndarray, sr: int) -> None:
    i = int(round(t_s * sr))
    n = min(sig.size, buf.size - i)
    if i >= 0 and n > 0:
        buf[i:i + n] += sig[:n]


def make_pop_song(seed: int, *, rate_hz: int = 22050) -> tuple[DecodedAudio, tuple[Section, ...], float]:
    """(audio, true sections, bar length in s) of a random pop form at 90-140 BPM."""
    rng = np.random.default_rng(seed)
    v = _Voices(rate_hz, rng)
    beat = 60.0 / float(rng.uniform(90, 140))
    form = FORMS[int(rng.integers(len(FORMS)))]
    plan = _plan(rng)
    lengths = {kind: int(rng.choice((4, 8))) if kind in ("verse", "chorus") else 4 for kind in plan}
    total_bars = sum(lengths[k] for k in form)
    buf = np.zeros(int((total_bars * 4 * beat + 2.0) * rate_hz))
    sections, bar = [], 0
    for kind in form:
        sections.append(Section(start_s=bar * 4 * beat, end_s=0.0, label=kind, energy=0.0))
        for k in range(lengths[kind]):
            _bar(buf, v, bar * 4 * beat, beat, plan[kind], k)
            bar += 1
    dur = total_bars * 4 * beat
    y = buf[: int(dur * rate_hz)]
    y = (0.89 * y / (np.abs(y).max() or 1.0)).astype(np.float32)
    ends = [s.start_s for s in sections[1:]] + [dur]
    truth = tuple(Section(start_s=s.start_s, end_s=e, label=s.label, energy=0.0)
                  for s, e in zip(sections, ends, strict=True))
    return DecodedAudio(samples=y[None, :], rate_hz=rate_hz), truth, 4 * beat
