"""Frame-exact renderer: a :class:`Timeline` (pure data) plus media files -> one video.

Importing this package is cheap: ``av``, numpy and Pillow load only when rendering.
"""

from render.encode import RenderResult, render_timeline
from render.errors import (
    ClipError,
    EncodeError,
    MediaProbeError,
    RenderCancelled,
    RenderError,
    TimelineError,
)
from render.kenburns import make_kenburns_clip
from render.probe import MediaInfo, probe_many, probe_media
from render.timeline import (
    PRESETS,
    AudioTrack,
    CaptionTrack,
    Curve,
    Effect,
    Motion,
    OutputSettings,
    Overlay,
    Timeline,
    Transition,
    VideoSegment,
    Word,
)

__all__ = [
    "PRESETS", "AudioTrack", "CaptionTrack", "ClipError", "Curve", "Effect", "EncodeError",
    "MediaInfo", "MediaProbeError", "Motion", "OutputSettings", "Overlay", "RenderCancelled",
    "RenderError", "RenderResult", "Timeline", "TimelineError", "Transition", "VideoSegment",
    "Word", "make_kenburns_clip", "probe_many", "probe_media", "render_timeline",
]
