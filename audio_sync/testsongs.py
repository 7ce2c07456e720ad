"""Synthesised test songs with exact ground truth (beats, downbeats, metre, sections).

Each song is built bar by bar from drum, bass, pad and stab voices, with the hard cases a real
beat tracker meets: loud off-beat hats and stabs, swing, tempo drift, 3/4, drum-less intros and
breakdowns, syncopated bass and noise. Used by tests of several packages and by the accuracy
benchmark; ``corpus()`` lists the benchmark songs.

    audio, truth = make_song(bpm=120, duration_s=10.0, offbeat_hats=True, seed=1)
    write_wav(tmp_path / "song.wav", audio)
"""

from __future__ import annotations

import os
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from audio_sync.types import DecodedAudio, Section

# Section plan (label, relative length in bars); lengths are scaled to the song.
_PLAN = (("intro", 2), ("verse", 4), ("chorus", 4), ("breakdown", 2), ("chorus", 4), ("outro", 2))
_VERSE_CHORDS = ((57, 60, 64), (53, 57, 60), (55, 59, 62), (52, 55, 59))   # Am F G Em
_CHORUS_CHORDS = ((48, 52, 55), (55, 59, 62), (57, 60, 64), (53, 57, 60))  # C G Am F


@dataclass(frozen=True, slots=True)
class SongTruth:
    """Exact annotations of a synthesised song."""

    tempo_bpm: float
    beats_s: tuple[float, ...]
    downbeats_s: tuple[float, ...]
    beats_per_bar: int
    sections: tuple[Section, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"tempo_bpm": self.tempo_bpm, "beats_s": list(self.beats_s),
                "downbeats_s": list(self.downbeats_s), "beats_per_bar": self.beats_per_bar,
                "sections": [s.to_dict() for s in self.sections]}


@dataclass(frozen=True, slots=True)
class SongSpec:
    """Keyword arguments of ``make_song`` plus a name, for the benchmark corpus."""

    name: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    def make(self) -> tuple[DecodedAudio, SongTruth]:
        return make_song(**self.kwargs)


def _midi_hz(note: float) -> float:
    return 440.0 * 2.0 ** ((note - 69) / 12.0)


class _Voices:
    """Short synthesised instrument hits, rendered at one sample rate."""

    def __init__(self, rate_hz: int, rng: np.random.Generator) -> None:
        self.sr = rate_hz
        self.rng = rng

    def _t(self, dur_s: float) -> np.ndarray:
        return np.arange(int(dur_s * self.sr)) / self.sr

    def kick(self) -> np.ndarray:
        t = self._t(0.35)
        freq = 45.0 + 90.0 * np.exp(-t / 0.03)
        phase = 2 * np.pi * np.cumsum(freq) / self.sr
        return 0.9 * np.sin(phase) * np.exp(-t / 0.12)

    def snare(self) -> np.ndarray:
        t = self._t(0.25)
        noise = self.rng.standard_normal(t.size) * np.exp(-t / 0.06)
        tone = np.sin(2 * np.pi * 190.0 * t) * np.exp(-t / 0.05)
        return 0.35 * noise + 0.4 * tone

    def hat(self, amp: float) -> np.ndarray:
        t = self._t(0.08)
        noise = np.diff(self.rng.standard_normal(t.size + 1))
        return amp * noise * np.exp(-t / 0.02)

    def crash(self) -> np.ndarray:
        t = self._t(1.2)
        noise = np.diff(self.rng.standard_normal(t.size + 1))
        return 0.12 * noise * np.exp(-t / 0.4)

    def tone(self, notes: tuple[float, ...], dur_s: float, *, attack_s: float, decay_s: float,
             amp: float, harmonics: int = 3) -> np.ndarray:
        t = self._t(dur_s)
        env = np.minimum(1.0, t / max(attack_s, 1e-4)) * np.exp(-t / decay_s)
        release = max(1, int(0.03 * self.sr))
        env[-release:] *= np.linspace(1.0, 0.0, min(release, env.size))
        sig = np.zeros_like(t)
        for note in notes:
            f = _midi_hz(note)
            for h in range(1, harmonics + 1):
                if f * h < self.sr / 2:
                    sig += np.sin(2 * np.pi * f * h * t) / h
        return amp * env * sig / max(1, len(notes))


def _beat_times(bpm: float, n_beats: int, drift: float, offset_s: float) -> np.ndarray:
    """Beat onsets; with drift the tempo swings +-drift around bpm in one slow sine."""
    k = np.arange(n_beats)
    local_bpm = bpm * (1.0 + drift * np.sin(2 * np.pi * k / max(1, n_beats - 1)))
    return offset_s + np.concatenate([[0.0], np.cumsum(60.0 / local_bpm)[:-1]])


def _section_bars(n_bars: int) -> list[str]:
    """Section label of every bar, scaling _PLAN to ``n_bars``."""
    units = sum(n for _, n in _PLAN)
    lengths = [max(1, round(n * n_bars / units)) for _, n in _PLAN]
    while sum(lengths) > n_bars and max(lengths) > 1:
        lengths[lengths.index(max(lengths))] -= 1
    labels: list[str] = []
    for (label, _), n in zip(_PLAN, lengths, strict=True):
        labels += [label] * n
    return (labels + ["outro"] * n_bars)[:n_bars]


def make_song(*, bpm: float, beats_per_bar: int = 4, duration_s: float = 30.0, swing: float = 0.0,
              drift: float = 0.0, offbeat_hats: bool = False, stabs: bool = False,
              syncopated_bass: bool = False, drumless_intro: bool = False,
              drumless_breakdown: bool = True, noise_snr_db: float | None = None,
              rate_hz: int = 22050, seed: int = 0) -> tuple[DecodedAudio, SongTruth]:
    """Synthesise a mono song and its exact ground truth.

    ``swing`` in [0, 1) delays off-beat eighths to 0.5 * (1 + swing) of the beat (1/3 = triplet
    swing); ``drift`` is the relative tempo swing (0.06 = +-6 %); ``noise_snr_db`` adds white
    noise at that signal-to-noise ratio.
    """
    rng = np.random.default_rng(seed)
    voices = _Voices(rate_hz, rng)
    offset_s = float(rng.uniform(0.05, 0.5))
    n_beats = int(duration_s * bpm / 60.0 * (1 + drift)) + 2 * beats_per_bar + 2
    beats = _beat_times(bpm, n_beats, drift, offset_s)
    n_bars = int(np.sum(beats[::beats_per_bar] < duration_s))
    labels = _section_bars(n_bars)
    buf = np.zeros(int(duration_s * rate_hz) + rate_hz * 2)
    for bar, label in enumerate(labels):
        _render_bar(buf, voices, beats, bar, label, labels, beats_per_bar=beats_per_bar,
                    swing=swing, offbeat_hats=offbeat_hats, stabs=stabs,
                    syncopated_bass=syncopated_bass, drumless_intro=drumless_intro,
                    drumless_breakdown=drumless_breakdown)
    audio = _finish(buf[: int(duration_s * rate_hz)], noise_snr_db, rng, rate_hz)
    return audio, _truth(beats, labels, beats_per_bar, bpm, duration_s)


def _add(buf: np.ndarray, t_s: float, sig: np.ndarray, sr: int) -> None:
    i = int(round(t_s * sr))
    if 0 <= i < buf.size:
        n = min(sig.size, buf.size - i)
        buf[i:i + n] += sig[:n]


def _render_bar(buf: np.ndarray, v: _Voices, beats: np.ndarray, bar: int, label: str,
                labels: list[str], *, beats_per_bar: int, swing: float, offbeat_hats: bool,
                stabs: bool, syncopated_bass: bool, drumless_intro: bool,
                drumless_breakdown: bool) -> None:
    sr = v.sr
    k0 = bar * beats_per_bar
    bar_s = beats[k0 + beats_per_bar] - beats[k0]
    progression = _CHORUS_CHORDS if label == "chorus" else _VERSE_CHORDS
    chord = progression[bar % len(progression)]
    loud = {"intro": 0.5, "verse": 0.8, "chorus": 1.0, "breakdown": 0.45, "outro": 0.6}[label]
    _add(buf, beats[k0], v.tone(chord, bar_s, attack_s=0.25, decay_s=4.0, amp=0.25 * loud), sr)
    if label == "chorus":  # choruses are denser: a bright octave-up layer over the pad
        lead = tuple(n + 12 for n in chord)
        _add(buf, beats[k0], v.tone(lead, bar_s, attack_s=0.05, decay_s=2.0, amp=0.15,
                                    harmonics=5), sr)
    drums = not ((label == "intro" and drumless_intro) or (label == "breakdown" and drumless_breakdown))
    first_of_section = bar == 0 or labels[bar - 1] != label
    if drums and label == "chorus" and first_of_section:
        _add(buf, beats[k0], v.crash(), sr)
    for j in range(beats_per_bar):
        t, period = beats[k0 + j], beats[k0 + j + 1] - beats[k0 + j]
        off = t + 0.5 * (1.0 + swing) * period
        if label != "intro" or not drumless_intro:
            _bass(buf, v, chord, t, off, period, j, loud, syncopated_bass)
        if not drums:
            continue
        _drums(buf, v, t, off, j, beats_per_bar, loud, offbeat_hats)
        if stabs and label in ("verse", "chorus"):
            _add(buf, off, v.tone(chord, 0.12, attack_s=0.002, decay_s=0.05, amp=0.9 * loud,
                                  harmonics=6), sr)


def _drums(buf: np.ndarray, v: _Voices, t: float, off: float, j: int, beats_per_bar: int,
           loud: float, offbeat_hats: bool) -> None:
    sr = v.sr
    kick_beats = {0, 2} if beats_per_bar == 4 else {0}
    if j in kick_beats:
        _add(buf, t, v.kick() * loud, sr)
    else:
        _add(buf, t, v.snare() * loud, sr)
    if offbeat_hats:
        _add(buf, off, v.hat(0.9 * loud), sr)
    else:
        _add(buf, t, v.hat(0.12 * loud), sr)
        _add(buf, off, v.hat(0.08 * loud), sr)


def _bass(buf: np.ndarray, v: _Voices, chord: tuple[int, ...], t: float, off: float,
          period: float, j: int, loud: float, syncopated: bool) -> None:
    root = chord[0] - 24
    if syncopated and j % 2 == 1:
        when, dur = off, 0.45 * period
    else:
        when, dur = t, 0.85 * period
    _add(buf, when, v.tone((root,), dur, attack_s=0.005, decay_s=0.4, amp=0.45 * loud,
                           harmonics=2), v.sr)


def _finish(y: np.ndarray, noise_snr_db: float | None, rng: np.random.Generator,
            rate_hz: int) -> DecodedAudio:
    if noise_snr_db is not None:
        rms = float(np.sqrt(np.mean(y ** 2))) or 1e-3
        y = y + rng.standard_normal(y.size) * rms * 10.0 ** (-noise_snr_db / 20.0)
    peak = float(np.max(np.abs(y))) or 1.0
    y = 0.89 * y / peak
    return DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=rate_hz)


def _truth(beats: np.ndarray, labels: list[str], beats_per_bar: int, bpm: float,
           duration_s: float) -> SongTruth:
    in_song = beats[beats < duration_s]
    downs = beats[::beats_per_bar]
    sections: list[Section] = []
    for bar, label in enumerate(labels):
        if bar == 0 or labels[bar - 1] != label:
            sections.append(Section(start_s=float(downs[bar]), end_s=duration_s, label=label,
                                    energy=0.0))
    fixed = [Section(start_s=0.0 if i == 0 else s.start_s,
                     end_s=sections[i + 1].start_s if i + 1 < len(sections) else duration_s,
                     label=s.label, energy=0.0) for i, s in enumerate(sections)]
    return SongTruth(tempo_bpm=float(bpm), beats_s=tuple(float(b) for b in in_song),
                     downbeats_s=tuple(float(d) for d in downs[downs < duration_s]),
                     beats_per_bar=beats_per_bar, sections=tuple(fixed))


def corpus(*, duration_s: float = 30.0) -> list[SongSpec]:
    """The benchmark corpus: 32 songs covering every hard case listed in issue 3."""
    rows: list[tuple[str, dict[str, Any]]] = []
    rows += [(f"plain-{b}", {"bpm": b}) for b in (70, 92, 110, 128, 150, 180)]
    rows += [(f"offbeat-hats-{b}", {"bpm": b, "offbeat_hats": True}) for b in (86, 120, 140, 174)]
    rows += [(f"stabs-{b}", {"bpm": b, "stabs": True}) for b in (100, 124, 160)]
    rows += [(f"swing-{b}", {"bpm": b, "swing": 1 / 3}) for b in (90, 116, 138)]
    rows += [(f"drift-{b}", {"bpm": b, "drift": 0.06}) for b in (80, 121, 165)]
    rows += [(f"waltz-{b}", {"bpm": b, "beats_per_bar": 3}) for b in (72, 96, 132, 168)]
    rows += [(f"drumless-{b}", {"bpm": b, "drumless_intro": True}) for b in (75, 118, 145)]
    rows += [(f"synco-bass-{b}", {"bpm": b, "syncopated_bass": True}) for b in (105, 135)]
    rows += [(f"noise-{b}", {"bpm": b, "noise_snr_db": 6.0}) for b in (95, 126)]
    rows += [
        ("combo-hats-stabs-bass-122", {"bpm": 122, "offbeat_hats": True, "stabs": True,
                                       "syncopated_bass": True}),
        ("combo-waltz-swing-drift-100", {"bpm": 100, "beats_per_bar": 3, "swing": 1 / 3,
                                         "drift": 0.06}),
        ("combo-drift-drumless-noise-170", {"bpm": 170, "drift": 0.06, "drumless_intro": True,
                                            "noise_snr_db": 10.0}),
    ]
    return [SongSpec(name=n, kwargs={**kw, "duration_s": duration_s, "seed": i + 1})
            for i, (n, kw) in enumerate(rows)]


def write_wav(path: str | Path, audio: DecodedAudio) -> Path:
    """Write 16-bit PCM WAV atomically (temp file in the same folder, then rename)."""
    path = Path(path)
    pcm = np.clip(np.round(audio.samples.T * 32767.0), -32768, 32767).astype("<i2")
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with wave.open(tmp, "wb") as w:
            w.setnchannels(audio.channels)
            w.setsampwidth(2)
            w.setframerate(audio.rate_hz)
            w.writeframes(pcm.tobytes())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def click_track(*, bpm: float, duration_s: float, rate_hz: int = 22050,
                offset_s: float = 0.0) -> tuple[DecodedAudio, tuple[float, ...]]:
    """A bare click track (1 kHz blips) and its click times; handy for render sync tests."""
    period = 60.0 / bpm
    times = tuple(offset_s + k * period for k in range(int((duration_s - offset_s) / period) + 1)
                  if offset_s + k * period < duration_s)
    y = np.zeros(int(round(duration_s * rate_hz)))
    t = np.arange(int(0.02 * rate_hz)) / rate_hz
    blip = 0.8 * np.sin(2 * np.pi * 1000.0 * t) * np.exp(-t / 0.005)
    for c in times:
        _add(y, c, blip, rate_hz)
    return DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=rate_hz), times
