"""Click tracks and metronome patterns for the learned metrical level (issue #15).

Our own renders: every beat one click, with or without an accented downbeat, in 2/4, 3/4, 4/4
and 6/8. There the level is unambiguous (the click is the beat; in 6/8 the accents fall every
three eighths), so the level the tracker found must not move. ``training_clicks`` is a training
source of ``benchmarks/level_learn.py`` (four click sounds); ``check_clicks`` is the check the
ship decision reads (the ten-minute song's click of test_bad_input, and a beep no training click
uses). Never an accuracy figure: the tracker was not made on other people's music here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

SR = 44100
BARS = {"2/4": 2, "3/4": 3, "4/4": 4, "6/8": 6}


def _sine_click(n: int, accent: bool) -> np.ndarray:
    """test_bad_input's click (a decaying 2.1 kHz blip); the accent is a fifth higher."""
    f = 0.45 if accent else 0.3
    return (np.hanning(2 * n)[n:] * np.sin(np.arange(n) * f)).astype(np.float32)


def _noise(n: int, accent: bool) -> np.ndarray:
    rng = np.random.default_rng(7 if accent else 8)
    return (rng.standard_normal(n) * np.exp(-np.arange(n) / (n / 6))).astype(np.float32) * 0.5


def _wood(n: int, accent: bool) -> np.ndarray:
    t = np.arange(n) / SR
    return (np.sin(2 * np.pi * (1600.0 if accent else 1200.0) * t) * np.exp(-t * 120)).astype(np.float32)


def _kick(n: int, accent: bool) -> np.ndarray:
    """A four-on-the-floor kick (falling 120 -> 50 Hz sine), nothing between."""
    t = np.arange(4 * n) / SR
    f = 50.0 + 70.0 * np.exp(-t * 30)
    return (np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t * 18)).astype(np.float32)


def _beep(n: int, accent: bool) -> np.ndarray:
    """An electronic metronome's square beep (880 / 1760 Hz): no training click sounds like it."""
    t = np.arange(n) / SR
    return (np.sign(np.sin(2 * np.pi * (1760.0 if accent else 880.0) * t)) * np.exp(-t * 60) * 0.4).astype(np.float32)


TRAIN_SOUNDS: tuple[Callable[[int, bool], np.ndarray], ...] = (_sine_click, _noise, _wood, _kick)


def click_track(bpm: float, metre: str, *, accent: bool, sound: Callable[[int, bool], np.ndarray],
                seconds: float = 20.0) -> tuple[np.ndarray, np.ndarray]:
    """(stereo samples, annotated beats) of ``seconds`` of clicks. x/4: a click per beat at
    ``bpm``; 6/8: a click per eighth, ``bpm`` dotted quarters a minute (accents on 1 and 4)."""
    n_bar = BARS[metre]
    per_click = 60.0 / bpm / (3 if metre == "6/8" else 1)
    n = int(seconds / per_click)
    y = np.zeros(int(n * per_click * SR) + SR // 10, np.float32)
    for i in range(n):
        strong = accent and (i % n_bar == 0 or (metre == "6/8" and i % n_bar == 3))
        c = sound(400 if sound is _sine_click else 1200, strong) * (1.0 if strong or not accent else 0.6)
        s = int(round(i * per_click * SR))
        y[s:s + c.size] += c[: y.size - s]
    step = 3 if metre == "6/8" else 1
    beats = np.arange(0, n, step) * per_click
    return np.vstack([y, y]), beats


def _excerpt(name: str, y: np.ndarray, beats: np.ndarray, metre: str) -> Any:
    from beat_sets import Excerpt

    from audio_sync.types import DecodedAudio

    return Excerpt(name=name, audio=DecodedAudio(samples=y, rate_hz=SR), beats_s=beats,
                   downbeats_s=np.zeros(0), metre=metre)


def training_clicks() -> Iterator[Any]:
    """96 training renders: 60-200 BPM in 10s, 2/4 3/4 4/4, plain and accented, four sounds
    in turn; 6/8 accented at 55, 60, 65 dotted quarters with two sounds."""
    k = 0
    for bpm in range(60, 201, 10):
        for metre in ("2/4", "3/4", "4/4"):
            for accent in (False, True):
                sound = TRAIN_SOUNDS[k % len(TRAIN_SOUNDS)]
                k += 1
                y, b = click_track(float(bpm), metre, accent=accent, sound=sound)
                yield _excerpt(f"{sound.__name__[1:]}-{metre.replace('/', '')}-{'acc' if accent else 'plain'}-{bpm}",
                               y, b, metre)
    for bpm in (55, 60, 65):
        for sound in (_wood, _noise):
            y, b = click_track(float(bpm), "6/8", accent=True, sound=sound)
            yield _excerpt(f"{sound.__name__[1:]}-68-acc-{bpm}", y, b, "6/8")


CHECK_BPM = (60.0, 90.0, 120.0, 150.0, 180.0)


def check_clicks() -> Iterator[Any]:
    """The ship check: 30 s plain clicks (test_bad_input's) at 60-180 BPM, and an accented
    beep metronome in 2/4, 3/4, 4/4 at the same tempi."""
    for bpm in CHECK_BPM:
        y, b = click_track(bpm, "4/4", accent=False, sound=_sine_click, seconds=30.0)
        yield _excerpt(f"click-{bpm:.0f}", y, b, "4/4")
        for metre in ("2/4", "3/4", "4/4"):
            y, b = click_track(bpm, metre, accent=True, sound=_beep, seconds=30.0)
            yield _excerpt(f"beep-{metre.replace('/', '')}-{bpm:.0f}", y, b, metre)
