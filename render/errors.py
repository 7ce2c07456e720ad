"""Typed errors of the renderer.

Every error says what failed, on which file or segment, and what to do about it::

    RenderError                      base class; catch this to handle any render failure
    +-- MediaProbeError(path, reason)        an input is missing, empty, corrupt or unsupported
    +-- ClipError(segment_index, source, reason)  a timeline segment cannot be decoded or used
    +-- TimelineError(reason)                the timeline itself is inconsistent
    +-- RenderCancelled                      the caller set the cancel event
    +-- EncodeError(path, reason)            the encoder or muxer failed writing the output
"""

from __future__ import annotations

from pathlib import Path


class RenderError(Exception):
    """Base class of all renderer errors."""


class MediaProbeError(RenderError):
    """An input file could not be probed (missing, empty, truncated, corrupt or unsupported)."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot use media file {self.path!r}: {reason}. "
                         "Check that the file exists and is a complete image, video or audio file.")


class ClipError(RenderError):
    """A timeline segment's source cannot be decoded or fitted."""

    def __init__(self, segment_index: int, source: str | Path, reason: str) -> None:
        self.segment_index = segment_index
        self.source = str(source)
        self.reason = reason
        super().__init__(f"segment {segment_index} ({self.source!r}): {reason}. "
                         "Replace or regenerate this clip, or remove the segment.")


class TimelineError(RenderError):
    """The timeline is inconsistent (negative lengths, unknown modes, bad output settings)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"invalid timeline: {reason}")


class RenderCancelled(RenderError):
    """The render was cancelled; no partial output file was left behind."""


class EncodeError(RenderError):
    """Encoding or writing the output failed."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path!r}: {reason}. "
                         "Check free disk space, folder permissions and the codec settings.")
