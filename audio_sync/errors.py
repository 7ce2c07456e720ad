"""Typed errors of the audio_sync package.

Tree::

    AudioSyncError            base of everything this package raises on bad input
    +-- AudioDecodeError      a file could not be decoded (missing, empty, not audio, corrupt)
    +-- AnalysisError         beat/section analysis could not run on the given samples
    +-- CutPlanError          cut-planning options are inconsistent or unusable

Messages say what failed, on which file or item, and what to do about it.
"""

from __future__ import annotations

from pathlib import Path


class AudioSyncError(Exception):
    """Base class for every error raised by audio_sync on bad input."""


class AudioDecodeError(AudioSyncError):
    """An audio file could not be decoded; ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(
            f"cannot decode audio file {self.path!r}: {reason}. "
            "Check the file exists and is a complete wav/flac/mp3/m4a/ogg/opus file, "
            "or re-export it from your audio editor."
        )


class AnalysisError(AudioSyncError):
    """Beat, tempo or section analysis failed for the given audio."""


class CutPlanError(AudioSyncError):
    """Cut-planning options were invalid (e.g. min_shot_s > max_shot_s, fps <= 0)."""
