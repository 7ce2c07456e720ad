"""Overlay layers and titles: images, videos or text over the timeline, stacked in order.

A :class:`LayerSpec` is pure data (it travels inside ``Timeline.layers``); a
:class:`LayerPass` draws one on each output frame in its range, as a compositor layer. The
picture is converted to yuv420p planes once (text, images) or per frame (video), and the
blend touches only the layer's bounding box: ``normal`` directly in YUV, ``add``, ``screen``
and ``multiply`` in RGB (BT.601 video range) on that box only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from render.errors import RenderError
from render.text import TextStyle

ANCHORS = {"top-left": (0.0, 0.0), "top": (0.5, 0.0), "top-right": (1.0, 0.0),
           "left": (0.0, 0.5), "center": (0.5, 0.5), "right": (1.0, 0.5),
           "bottom-left": (0.0, 1.0), "bottom": (0.5, 1.0), "bottom-right": (1.0, 1.0)}
BLENDS = ("normal", "add", "screen", "multiply")
MOTIONS = ("fade", "slide_up", "slide_down", "slide_left", "slide_right", "none")
KINDS = ("image", "video", "text")
SAFE_TITLE = 0.9  # title-safe area: the central 90 % of each dimension


class LayerError(RenderError):
    """A layer cannot be drawn; names the node and param that set it up."""

    def __init__(self, node: str, param: str, reason: str) -> None:
        self.node, self.param, self.reason = node, param, reason
        super().__init__(f"node '{node}', param '{param}': {reason}")


@dataclass(frozen=True, slots=True)
class LayerSpec:
    """One layer on frames ``[start_frame, start_frame + duration_frames)``.

    ``x``/``y`` place the layer's ``anchor`` point, as fractions of the frame (of the
    title-safe area when ``safe_area``); ``scale`` is an image's or video's width as a
    fraction of the output width; text size comes from ``style``. ``motion`` animates the
    first ``fade_in_frames`` and last ``fade_out_frames`` (fade, or slide plus fade)."""

    kind: str
    start_frame: int
    duration_frames: int
    source: str = ""
    text: str = ""
    style: TextStyle = field(default_factory=TextStyle)
    x: float = 0.5
    y: float = 0.5
    anchor: str = "center"
    scale: float = 0.25
    opacity: float = 1.0
    blend: str = "normal"
    fade_in_frames: int = 0
    fade_out_frames: int = 0
    motion: str = "fade"
    slide: float = 0.06  # slide distance as a fraction of the frame's short side
    safe_area: bool = False
    max_width: float = 0.9  # text wraps at this fraction of the (safe) width
    node: str = ""  # the node that made it, for error messages

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start_frame": self.start_frame,
                "duration_frames": self.duration_frames, "source": self.source,
                "text": self.text, "style": self.style.to_dict(), "x": self.x, "y": self.y,
                "anchor": self.anchor, "scale": self.scale, "opacity": self.opacity,
                "blend": self.blend, "fade_in_frames": self.fade_in_frames,
                "fade_out_frames": self.fade_out_frames, "motion": self.motion,
                "slide": self.slide, "safe_area": self.safe_area,
                "max_width": self.max_width, "node": self.node}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LayerSpec:
        names = set(cls.__dataclass_fields__)
        kw = {k: v for k, v in d.items() if k in names and k != "style"}
        return cls(style=TextStyle.from_dict(d.get("style") or {}), **kw)

    def validate(self) -> None:
        checks = (("kind", self.kind in KINDS, f"kind {self.kind!r} not in {KINDS}"),
                  ("anchor", self.anchor in ANCHORS, f"anchor {self.anchor!r} not in "
                                                     f"{sorted(ANCHORS)}"),
                  ("blend", self.blend in BLENDS, f"blend {self.blend!r} not in {BLENDS}"),
                  ("motion", self.motion in MOTIONS, f"motion {self.motion!r} not in "
                                                     f"{MOTIONS}"),
                  ("start", self.duration_frames > 0 and self.start_frame >= 0,
                   f"empty or negative frame range {self.start_frame}+{self.duration_frames}"),
                  ("opacity", 0.0 <= self.opacity <= 1.0, "opacity must be within 0..1"),
                  ("scale", self.scale > 0, "scale must be positive"))
        for param, ok, why in checks:
            if not ok:
                raise LayerError(self.node, param, why)


def envelope(spec: LayerSpec, k: int) -> tuple[float, float]:
    """(alpha multiplier, motion progress 0..1 where 1 = in place) at output frame ``k``."""
    i = k - spec.start_frame
    left = spec.start_frame + spec.duration_frames - 1 - k
    t = 1.0
    if spec.fade_in_frames > 0 and i < spec.fade_in_frames:
        t = min(t, (i + 1) / (spec.fade_in_frames + 1))
    if spec.fade_out_frames > 0 and left < spec.fade_out_frames:
        t = min(t, (left + 1) / (spec.fade_out_frames + 1))
    eased = 1 - (1 - t) ** 3  # ease-out: fast start, gentle landing
    return (spec.opacity * (eased if spec.motion != "none" else 1.0), eased)


def safe_vertical(width: int, height: int) -> tuple[float, float]:
    """(top, bottom) safe margins as fractions of the height: the 5 % title-safe margin, and
    on vertical and square video the room that platforms' own buttons and text take (the
    same bands captions keep clear of)."""
    aspect = width / height
    if aspect < 0.8:
        return 0.12, 0.22
    if aspect < 1.2:
        return 0.08, 0.12
    return (1 - SAFE_TITLE) / 2, (1 - SAFE_TITLE) / 2


def place(spec: LayerSpec, *, w: int, h: int, width: int, height: int,
          progress: float = 1.0) -> tuple[int, int]:
    """Top-left pixel of a ``w`` x ``h`` layer at this motion progress."""
    ax, ay = ANCHORS[spec.anchor]
    if spec.safe_area:
        mx = (1 - SAFE_TITLE) / 2 * width
        top, bottom = safe_vertical(width, height)
        px = mx + spec.x * width * SAFE_TITLE
        py = (top + spec.y * (1 - top - bottom)) * height
    else:
        px, py = spec.x * width, spec.y * height
    x0, y0 = px - ax * w, py - ay * h
    off = (1 - progress) * spec.slide * min(width, height)
    dx, dy = {"slide_up": (0, off), "slide_down": (0, -off), "slide_left": (off, 0),
              "slide_right": (-off, 0)}.get(spec.motion, (0, 0))
    return round(x0 + dx), round(y0 + dy)


def check_inside(spec: LayerSpec, *, w: int, h: int, width: int, height: int) -> None:
    """An overlay that could never be seen is a mistake: say which param put it there."""
    x0, y0 = place(spec, w=w, h=h, width=width, height=height)
    if x0 + w <= 0 or x0 >= width:
        raise LayerError(spec.node, "x", f"the layer ({w}x{h} px at x={spec.x}, anchor "
                         f"{spec.anchor}) lies entirely outside the {width}x{height} frame")
    if y0 + h <= 0 or y0 >= height:
        raise LayerError(spec.node, "y", f"the layer ({w}x{h} px at y={spec.y}, anchor "
                         f"{spec.anchor}) lies entirely outside the {width}x{height} frame")


def frames_at(fps: Fraction, seconds: float) -> int:
    """The frame containing time ``seconds``, exact for decimal inputs (13.1 s -> 393)."""
    return int(Fraction(repr(float(seconds))) * fps)
