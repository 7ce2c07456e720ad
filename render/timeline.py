"""The render timeline: pure, JSON-able data describing one output video.

Everything is placed on the output frame grid (integer frame indices at a rational ``fps``)
so that cuts, captions and audio all derive from one exact clock and never drift.
No ``av`` import here: nodes build and cache timelines cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from fractions import Fraction
from typing import Any

from render.errors import TimelineError
from render.layers import LayerSpec

# Curve is re-exported: one Curve and one parser for every package.
from timebase import Curve, parse_fps  # noqa: F401
from timebase import exact_time as exact  # noqa: F401  (render.decode uses it)

FITS = ("cover", "contain", "stretch")
POLICIES = ("trim", "loop", "hold", "retime", "pingpong")
# The first renderer's kinds; the registries (render.effects, render.transitions) hold all.
TRANSITIONS = ("cut", "crossfade", "dip_black", "flash_white")
EFFECTS = ("zoom_pulse", "brightness")
ROLES = ("music", "voice")
POSITIONS = ("bottom", "top", "center")


def _known(cls: type, d: dict[str, Any]) -> dict[str, Any]:
    """Keep only ``cls``'s fields, so newer or annotated dicts still load."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


def fps_to_str(fps: Fraction) -> str:
    """``30`` or ``30000/1001``: exact and JSON-friendly."""
    return str(Fraction(fps))


def fps_from_any(value: Any) -> Fraction:
    """The one fps parser (:func:`timebase.parse_fps`): ``"29.97"`` is 30000/1001."""
    return parse_fps(value)


@dataclass(frozen=True, slots=True)
class OutputSettings:
    """Encoder settings; ``threads=0`` lets the codecs pick (all cores)."""

    width: int = 1280
    height: int = 720
    fps: Fraction = Fraction(30)
    video_codec: str = "libx264"
    crf: int = 20
    preset: str = "veryfast"
    pix_fmt: str = "yuv420p"
    audio_codec: str = "aac"
    audio_rate_hz: int = 48000
    audio_bitrate: int = 192_000
    threads: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"width": self.width, "height": self.height, "fps": fps_to_str(self.fps),
                "video_codec": self.video_codec, "crf": self.crf, "preset": self.preset,
                "pix_fmt": self.pix_fmt, "audio_codec": self.audio_codec,
                "audio_rate_hz": self.audio_rate_hz, "audio_bitrate": self.audio_bitrate,
                "threads": self.threads}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> OutputSettings:
        kw = _known(cls, d)
        if "fps" in kw:
            kw["fps"] = fps_from_any(kw["fps"])
        return cls(**kw)


PRESETS: dict[str, OutputSettings] = {
    "16:9": OutputSettings(width=1920, height=1080),
    "9:16": OutputSettings(width=1080, height=1920),
    "1:1": OutputSettings(width=1080, height=1080),
    "720p": OutputSettings(width=1280, height=720),
}


@dataclass(frozen=True, slots=True)
class Transition:
    """How a segment enters, over ``duration_frames`` output frames around its start frame.

    ``crossfade`` and ``dip_black`` are centred on the cut (half before, half after), so the
    blend's midpoint / darkest frame lands on the planned frame; ``flash_white`` is white on
    the cut frame and fades into the new shot. The outgoing segment is extended by its
    duration policy to cover frames after its end."""

    kind: str = "cut"
    duration_frames: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "duration_frames": self.duration_frames}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Transition:
        return cls(kind=str(d.get("kind", "cut")), duration_frames=int(d.get("duration_frames", 0)))


@dataclass(frozen=True, slots=True)
class Effect:
    """An effect from the ``render.effects`` registry on frames ``[start_frame, end_frame)``.

    ``params`` are the effect's declared params; ``drivers`` (JSON, see
    ``render.effects.drive``) make params follow curves or beat events. The legacy kinds
    ``zoom_pulse`` and ``brightness`` with ``amount`` x ``curve`` (0..1) still load."""

    kind: str
    amount: float = 0.05
    curve: Curve | None = None
    params: dict[str, float] = field(default_factory=dict)
    drivers: tuple[dict[str, Any], ...] = ()
    start_frame: int = 0
    end_frame: int | None = None

    def value_at(self, frame_index: int, fps: Fraction | None = None) -> float:
        """Legacy strength at output frame ``frame_index`` (song time, not segment time);
        a curve sampled at another rate than the output ``fps`` is read by time."""
        if self.curve is None:
            return self.amount
        if fps is None or fps == self.curve.fps:
            return self.amount * self.curve.at_frame(frame_index)
        return self.amount * self.curve.at_frame(int(frame_index * self.curve.fps / fps))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "amount": self.amount,
                "curve": self.curve.to_dict() if self.curve else None,
                "params": dict(self.params), "drivers": [dict(d) for d in self.drivers],
                "start_frame": self.start_frame, "end_frame": self.end_frame}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Effect:
        curve = d.get("curve")
        end = d.get("end_frame")
        return cls(kind=str(d["kind"]), amount=float(d.get("amount", 0.05)),
                   curve=Curve.from_dict(curve) if curve else None,
                   params={str(k): v for k, v in (d.get("params") or {}).items()},
                   drivers=tuple(dict(x) for x in d.get("drivers") or ()),
                   start_frame=int(d.get("start_frame", 0)),
                   end_frame=None if end is None else int(end))


@dataclass(frozen=True, slots=True)
class Motion:
    """A Ken Burns move for a still, drawn per output frame at render time (never encoded
    to an intermediate clip): zoom ``zoom_from`` -> ``zoom_to`` (>= 1) and pan by ``pan_x``,
    ``pan_y`` (fractions of the free margin, -1..1), eased over ``duration_frames`` output
    frames (0: the segment's length); the segment's policy applies after that."""

    zoom_from: float = 1.0
    zoom_to: float = 1.15
    pan_x: float = 0.0
    pan_y: float = 0.0
    duration_frames: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"zoom_from": self.zoom_from, "zoom_to": self.zoom_to, "pan_x": self.pan_x,
                "pan_y": self.pan_y, "duration_frames": self.duration_frames}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Motion:
        kw = _known(cls, d)
        return cls(**{k: int(v) if k == "duration_frames" else float(v) for k, v in kw.items()})


@dataclass(frozen=True, slots=True)
class VideoSegment:
    """One clip placed on the output grid at ``[start_frame, start_frame + duration_frames)``.

    ``policy`` applies when ``[source_in_s, source_out_s)`` is shorter than the slot: ``trim``
    (black after the source ends), ``loop``, ``hold`` (last frame), ``pingpong``, or
    ``retime`` (always maps the whole source range onto the slot, faster or slower). Where
    segments overlap, the one starting later is on top. A still with ``motion`` moves
    (Ken Burns); a still without stays put. ``visual`` makes the segment a visualizer
    recipe (``render.visualizer.VISUAL_KEYS``) drawn per frame from the audio ``source``."""

    source: str
    start_frame: int
    duration_frames: int
    source_in_s: float = 0.0
    source_out_s: float | None = None
    fit: str = "cover"
    policy: str = "hold"
    transition_in: Transition = field(default_factory=Transition)
    effects: tuple[Effect, ...] = ()
    motion: Motion | None = None
    visual: dict[str, Any] | None = None

    @property
    def end_frame(self) -> int:
        return self.start_frame + self.duration_frames

    def to_dict(self) -> dict[str, Any]:
        d = {"source": self.source, "start_frame": self.start_frame,
             "duration_frames": self.duration_frames, "source_in_s": self.source_in_s,
             "source_out_s": self.source_out_s, "fit": self.fit, "policy": self.policy,
             "transition_in": self.transition_in.to_dict(),
             "effects": [e.to_dict() for e in self.effects]}
        if self.motion is not None:
            d["motion"] = self.motion.to_dict()
        if self.visual is not None:
            d["visual"] = dict(self.visual)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> VideoSegment:
        out = d.get("source_out_s")
        return cls(source=str(d["source"]), start_frame=int(d["start_frame"]),
                   duration_frames=int(d["duration_frames"]),
                   source_in_s=float(d.get("source_in_s", 0.0)),
                   source_out_s=None if out is None else float(out),
                   fit=str(d.get("fit", "cover")), policy=str(d.get("policy", "hold")),
                   transition_in=Transition.from_dict(d.get("transition_in") or {}),
                   effects=tuple(Effect.from_dict(e) for e in d.get("effects", ())),
                   motion=Motion.from_dict(d["motion"]) if d.get("motion") else None,
                   visual=dict(d["visual"]) if d.get("visual") else None)


@dataclass(frozen=True, slots=True)
class AudioTrack:
    """An audio source placed at ``start_s``; music is ducked by ``duck_db`` under voice."""

    source: str
    start_s: float = 0.0
    gain_db: float = 0.0
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0
    role: str = "music"
    duck_db: float = 0.0
    checked: bool = False  # decoded whole in a child already: probed in-process

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start_s": self.start_s, "gain_db": self.gain_db,
                "fade_in_s": self.fade_in_s, "fade_out_s": self.fade_out_s, "role": self.role,
                "duck_db": self.duck_db, "checked": self.checked}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AudioTrack:
        return cls(**_known(cls, d))


@dataclass(frozen=True, slots=True)
class Overlay:
    """An image (or video) drawn over frames ``[start_frame, start_frame+duration_frames)``.

    ``x``/``y`` are the overlay's centre as fractions of the output size; ``scale`` is its
    width as a fraction of the output width."""

    source: str
    start_frame: int
    duration_frames: int
    x: float = 0.5
    y: float = 0.5
    scale: float = 0.25
    opacity: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start_frame": self.start_frame,
                "duration_frames": self.duration_frames, "x": self.x, "y": self.y,
                "scale": self.scale, "opacity": self.opacity}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Overlay:
        return cls(**_known(cls, d))


@dataclass(frozen=True, slots=True)
class Word:
    """One timed word (from TTS timings or .lrc/.srt lyrics)."""

    text: str
    start_s: float
    end_s: float
    line: int | None = None  # lyrics line number: each line is its own caption page

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "start_s": self.start_s, "end_s": self.end_s}
        return d if self.line is None else {**d, "line": self.line}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Word:
        line = d.get("line")
        return cls(text=str(d["text"]), start_s=float(d["start_s"]), end_s=float(d["end_s"]),
                   line=None if line is None else int(line))


@dataclass(frozen=True, slots=True)
class CaptionTrack:
    """Word-timed captions; words are grouped into lines that fit ``max_width`` of the frame.

    ``font_size`` is in pixels at 1080 px of the output's short side (scaled with it)."""

    words: tuple[Word, ...]
    font_size: int = 56
    position: str = "bottom"
    color: tuple[int, int, int] = (255, 255, 255)
    highlight_color: tuple[int, int, int] | None = (255, 214, 0)
    stroke_width: int = 3
    max_width: float = 0.8
    max_lines: int = 2
    max_gap_s: float = 1.0
    font: str = "sans-bold"  # bundled name (render.text.BUNDLED) or a font file
    highlight: str = "word"  # word (the current one) | karaoke (all sung so far) | none
    box_color: tuple[int, int, int, int] | None = None  # background box (RGBA)

    def to_dict(self) -> dict[str, Any]:
        return {"words": [w.to_dict() for w in self.words], "font_size": self.font_size,
                "position": self.position, "color": list(self.color),
                "highlight_color": list(self.highlight_color) if self.highlight_color else None,
                "stroke_width": self.stroke_width, "max_width": self.max_width,
                "max_lines": self.max_lines, "max_gap_s": self.max_gap_s, "font": self.font,
                "highlight": self.highlight,
                "box_color": list(self.box_color) if self.box_color else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CaptionTrack:
        kw = _known(cls, d)
        kw["words"] = tuple(Word.from_dict(w) for w in d.get("words", ()))
        kw["color"] = tuple(kw.get("color", (255, 255, 255)))
        if kw.get("highlight_color") is not None:
            kw["highlight_color"] = tuple(kw["highlight_color"])
        if kw.get("box_color") is not None:
            kw["box_color"] = tuple(kw["box_color"])
        return cls(**kw)


@dataclass(frozen=True, slots=True)
class Timeline:
    """One output video: exactly ``total_frames`` frames at ``output.fps``; gaps are black."""

    output: OutputSettings
    total_frames: int
    segments: tuple[VideoSegment, ...]
    audio: tuple[AudioTrack, ...] = ()
    overlays: tuple[Overlay, ...] = ()
    captions: tuple[CaptionTrack, ...] = ()
    layers: tuple[LayerSpec, ...] = ()  # comp.overlay / comp.title layers, bottom first
    effects: tuple[Effect, ...] = ()  # timeline-wide, after transitions, under overlays

    @property
    def duration_s(self) -> Fraction:
        return Fraction(self.total_frames) / self.output.fps

    def to_dict(self) -> dict[str, Any]:
        return {"output": self.output.to_dict(), "total_frames": self.total_frames,
                "segments": [s.to_dict() for s in self.segments],
                "audio": [a.to_dict() for a in self.audio],
                "overlays": [o.to_dict() for o in self.overlays],
                "captions": [c.to_dict() for c in self.captions],
                "layers": [x.to_dict() for x in self.layers],
                "effects": [e.to_dict() for e in self.effects]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Timeline:
        """Parse a dict (extra keys are ignored); raises :class:`TimelineError` if malformed."""
        try:
            return cls(output=OutputSettings.from_dict(d.get("output", {})),
                       total_frames=int(d["total_frames"]),
                       segments=tuple(VideoSegment.from_dict(s) for s in d.get("segments", ())),
                       audio=tuple(AudioTrack.from_dict(a) for a in d.get("audio", ())),
                       overlays=tuple(Overlay.from_dict(o) for o in d.get("overlays", ())),
                       captions=tuple(CaptionTrack.from_dict(c) for c in d.get("captions", ())),
                       layers=tuple(LayerSpec.from_dict(x) for x in d.get("layers", ())),
                       effects=tuple(Effect.from_dict(e) for e in d.get("effects", ())))
        except (KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
            raise TimelineError(f"malformed timeline data ({type(e).__name__}: {e})") from e

    def validate(self) -> None:
        """Raise :class:`TimelineError` naming the first inconsistency."""
        o = self.output
        if o.width <= 0 or o.height <= 0 or o.width % 2 or o.height % 2:
            raise TimelineError(f"output size {o.width}x{o.height} must be positive and even")
        if o.fps <= 0:
            raise TimelineError(f"output fps {o.fps} must be positive")
        if self.total_frames <= 0:
            raise TimelineError(f"total_frames={self.total_frames} must be positive")
        for i, s in enumerate(self.segments):
            _validate_segment(i, s, o.fps)
        for e in self.effects:
            _validate_effect("timeline", e, o.fps)
        for a in self.audio:
            if a.role not in ROLES:
                raise TimelineError(f"audio track {a.source!r}: role {a.role!r} not in {ROLES}")


def _validate_effect(where: str, e: Effect, fps: Fraction) -> None:
    from render.effects import check_effect

    for param, msg in check_effect(e.kind, e.params, e.drivers, fps=fps,
                                   on_clip=where != "timeline"):
        raise TimelineError(f"{where}: effect {e.kind!r}" + (f", param {param!r}" if param else "")
                            + f": {msg}")


def _validate_segment(i: int, s: VideoSegment, fps: Fraction) -> None:
    where = f"segment {i} ({s.source!r})"
    if s.duration_frames <= 0 or s.start_frame < 0:
        raise TimelineError(f"{where}: start_frame={s.start_frame}, duration_frames="
                            f"{s.duration_frames}; both must be >= 0 and duration > 0")
    if s.fit not in FITS:
        raise TimelineError(f"{where}: fit {s.fit!r} not in {FITS}")
    if s.policy not in POLICIES:
        raise TimelineError(f"{where}: policy {s.policy!r} not in {POLICIES}")
    from render.transitions import names as transition_names

    if s.transition_in.kind not in transition_names() or s.transition_in.duration_frames < 0:
        raise TimelineError(f"{where}: bad transition {s.transition_in} (kinds: "
                            f"{', '.join(transition_names())}; duration_frames >= 0)")
    if s.source_out_s is not None and s.source_out_s <= s.source_in_s:
        raise TimelineError(f"{where}: source_out_s must be after source_in_s")
    m = s.motion
    if m is not None and (min(m.zoom_from, m.zoom_to) < 1.0 or m.duration_frames < 0
                          or not (-1 <= m.pan_x <= 1 and -1 <= m.pan_y <= 1)):
        raise TimelineError(f"{where}: motion {m} needs zooms >= 1, pans in -1..1 and "
                            "duration_frames >= 0")
    if s.visual is not None:
        from render.visualizer import check_visual

        if (msg := check_visual(s.visual)) is not None:
            raise TimelineError(f"{where}: visual: {msg}")
    for e in s.effects:
        _validate_effect(where, e, fps)
