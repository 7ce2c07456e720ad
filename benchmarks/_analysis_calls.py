"""The two calls ``analysis_speed.py`` compares, in a module of their own: a fresh process
timing its first call imports only this (not the benchmark's argparse, statistics,
subprocess, ...), as a user's first analysis would."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path


def ours(path: Path) -> None:
    from audio_sync.analysis import analyze
    from audio_sync.decode import decode_audio
    from audio_sync.envelopes import envelopes

    audio = decode_audio(path, mono=True)  # as the analyze and envelope nodes decode
    analyze(audio)
    envelopes(audio, fps=Fraction(30))


def baseline(path: Path) -> None:
    import librosa

    y, sr = librosa.load(str(path))
    librosa.beat.beat_track(y=y, sr=sr)
