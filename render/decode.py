"""Source access for segments: pick, for every output frame, the source frame that is on
screen at that instant (frame selection on the output grid, like ffmpeg's ``fps`` filter),
apply the segment's duration policy, and fit it to the output size.

Memory stays bounded: one open decoder per active segment, one fitted frame reused while the
source frame repeats, and (for loop/ping-pong only) a byte-capped cache of fitted frames.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from render.errors import ClipError
from render.frames import Fitter, load_still
from render.probe import MediaInfo
from render.timeline import VideoSegment, exact

if TYPE_CHECKING:
    import av
    import numpy as np

CACHE_BUDGET_BYTES = 48 * 1024 * 1024  # per loop/ping-pong segment: ~15 frames at 1080p
_EPS = Fraction(1, 1_000_000)
SEEK_MIN_S = Fraction(1, 2)
# ``hold`` shows the last frame starting this much before the source's end: no real frame is
# shorter, and it stays clear of the half-tick tolerance of millisecond (webm) timestamps.
HOLD_BACK_S = Fraction(1, 1000)


class VideoReader:
    """Forward-streaming "frame on screen at time t" access; seeks on backward jumps."""

    def __init__(self, path: str, *, segment_index: int) -> None:
        import av

        self._path, self._index = path, segment_index
        try:
            self._container = av.open(path, "r")
            self._stream = self._container.streams.video[0]
        except (av.FFmpegError, IndexError, OSError) as e:
            raise ClipError(segment_index, path, f"cannot open video ({e})") from e
        self._stream.thread_type = "AUTO"
        self._tb = Fraction(self._stream.time_base or Fraction(1, 90000))
        # Stored timestamps are rounded to the time base (webm: whole ms), so a frame due at
        # t may carry t + tb/2: compare with that tolerance, not a fixed epsilon.
        self._tol = max(_EPS, self._tb / 2)
        self._start = self._stream.start_time or 0
        self._started = False
        self._cur: av.VideoFrame | None = None
        self._cur_t = Fraction(-1)

    def _restart(self, seek_pts: int | None) -> None:
        import av

        if seek_pts is not None:
            try:
                self._container.seek(max(seek_pts, self._start), stream=self._stream,
                                     backward=True)
            except av.FFmpegError as e:
                raise ClipError(self._index, self._path, f"seeking failed ({e})") from e
        self._frames = self._container.decode(self._stream)
        self._cur = None
        self._cur_t = Fraction(-1)
        self._next = self._pull()

    def _pull(self) -> av.VideoFrame | None:
        import av

        try:
            return next(self._frames)
        except StopIteration:
            return None
        except av.FFmpegError as e:
            raise ClipError(self._index, self._path, f"decoding failed ({e})") from e

    def _time(self, frame: av.VideoFrame) -> Fraction:
        pts = frame.pts if frame.pts is not None else self._start
        return (pts - self._start) * self._tb

    def frame_at(self, t: Fraction) -> tuple[av.VideoFrame, Fraction]:
        """The frame displayed at source time ``t`` (relative to the stream start) and its time.

        Past the end, the last frame is returned (hold)."""
        if not self._started:  # seek straight to a late in-point instead of decoding up to it
            self._started = True
            seek = t > SEEK_MIN_S
            self._restart(self._start + int(t / self._tb) if seek else None)
            if seek and self._next is not None and self._time(self._next) > t + self._tol:
                self._restart(self._start)
        elif self._cur is not None and t + self._tol < self._cur_t:
            self._restart(self._start + int(t / self._tb))
            if self._next is not None and self._time(self._next) > t + self._tol:
                self._restart(self._start)
        while self._next is not None and (self._cur is None
                                          or self._time(self._next) <= t + self._tol):
            self._cur, self._cur_t = self._next, self._time(self._next)
            self._next = self._pull()
        if self._cur is None:
            raise ClipError(self._index, self._path, "video has no decodable frames")
        return self._cur, self._cur_t

    def is_behind(self, t: Fraction) -> bool:
        """Whether ``t`` lies before the current frame (reaching it needs a seek)."""
        return self._cur is not None and t + self._tol < self._cur_t

    def span(self, lo: Fraction, hi: Fraction) -> Iterator[tuple[av.VideoFrame, Fraction]]:
        """Every decoded frame on screen from ``lo`` through ``hi``, in order."""
        frame, key = self.frame_at(lo)
        yield frame, key
        while self._next is not None and self._time(self._next) <= hi + self._tol:
            self._cur, self._cur_t = self._next, self._time(self._next)
            self._next = self._pull()
            yield self._cur, self._cur_t

    def close(self) -> None:
        self._container.close()


class SegmentSource:
    """Output-size yuv420p frames for one segment, by segment-relative output frame index.

    Indices outside ``[0, duration_frames)`` are allowed (transition pre-roll and tail):
    negative ones show earlier source (or the first frame), later ones follow the policy."""

    def __init__(self, seg: VideoSegment, *, index: int, info: MediaInfo, width: int,
                 height: int, fps: Fraction) -> None:
        self.seg, self.index, self.info, self.fps = seg, index, info, fps
        self._fit = Fitter(fit=seg.fit, width=width, height=height)
        self._reader: VideoReader | None = None
        self._still: av.VideoFrame | None = None
        self._last_key: Fraction | None = None
        self._last_frame: av.VideoFrame | None = None
        self._cache: dict[Fraction, av.VideoFrame] = {}
        self._keys: list[Fraction] = []
        self._cache_complete = True
        self._win: dict[Fraction, av.VideoFrame] = {}
        self._win_keys: list[Fraction] = []
        self._win_hi = Fraction(0)
        self._frame_bytes = width * height * 3 // 2
        src_end = exact(info.duration_s)
        if seg.source_out_s is not None:
            src_end = min(src_end, exact(seg.source_out_s)) if src_end > 0 \
                else exact(seg.source_out_s)
        self._in = exact(seg.source_in_s)
        self._len = max(src_end - self._in, Fraction(0))
        self._slot = Fraction(seg.duration_frames) / fps
        self._ramp = _speed_ramp(seg)
        self._slot_src = self._remap(self._slot)  # source seconds the slot consumes
        self._kb: Any = None
        self._kb_frames = 0
        self._fresh_key: Fraction | None = None  # move frame last handed out as a fresh warp
        if info.kind == "image" and seg.motion is not None:  # a moving still: n frames long
            self._kb_frames = seg.motion.duration_frames or seg.duration_frames
            self._in, self._len = Fraction(0), Fraction(self._kb_frames) / fps
        if seg.visual is not None:  # a visualizer recipe drawn from the audio: n frames long,
            # following the output timeline (a slot at 8 s shows the music at 8 s)
            self._kb_frames = max(1, math.floor(exact(seg.visual["duration_s"]) * fps))
            left = max(self._kb_frames - seg.start_frame, 1)
            self._in, self._len = Fraction(0), Fraction(left) / fps

    def open(self) -> None:
        """Open the decoder (or decode the still) ahead of the segment's first frame."""
        if self.seg.visual is not None:
            if self._kb is None:
                self._kb = self._open_visual()
        elif self.info.kind == "image":
            if self._still is None and self._kb is None:
                try:
                    self._open_still()
                except Exception as e:  # Pillow/av raise many types for bad images
                    raise ClipError(self.index, self.seg.source, f"cannot decode image ({e})") \
                        from e
        elif self._reader is None:
            self._reader = VideoReader(self.seg.source, segment_index=self.index)

    def _open_still(self) -> None:
        m = self.seg.motion
        if m is None:
            self._still = self._fit(load_still(self.seg.source))
            return
        from render.kenburns import KenBurns, load_rgb

        self._kb = KenBurns(load_rgb(self.seg.source), width=self._fit.width,
                            height=self._fit.height, n_frames=self._kb_frames,
                            zoom_from=m.zoom_from, zoom_to=m.zoom_to, pan=(m.pan_x, m.pan_y))

    def _open_visual(self) -> Any:
        from render.visualizer import VisualizerClip

        try:
            return VisualizerClip(self.seg.source, dict(self.seg.visual or {}),
                                  width=self._fit.width, height=self._fit.height, fps=self.fps,
                                  n_frames=self._kb_frames, first=self.seg.start_frame)
        except Exception as e:  # a bad audio file is a bad clip, not a crash
            raise ClipError(self.index, self.seg.source, f"cannot draw the visualizer ({e})") \
                from e

    @property
    def folds_zoom(self) -> bool:
        """Whether :meth:`frame` can draw a zoom punch inside its own warp (a Ken Burns
        still: the punch then costs no extra resample and samples the full-size still)."""
        return self.seg.motion is not None and self.info.kind == "image"

    def _motion_frame(self, t: Fraction, punch: tuple[float, float, float] | None = None
                      ) -> av.VideoFrame:
        """Frame of the Ken Burns move on screen at move time ``t`` (drawn on demand)."""
        j = min(max(math.floor(t * self.fps), 0), self._kb_frames - 1)
        if punch is not None:  # a folded zoom punch: drawn fresh, never cached
            from render.frames import from_planes

            return from_planes(self._kb.planes(j, punch))
        key = Fraction(j)
        if key != self._last_key or self._last_frame is None:
            self._last_key, self._last_frame = key, self._kb.frame(j)
        return self._last_frame

    def motion_planes(self, i: int, punch: tuple[float, float, float] | None = None
                      ) -> np.ndarray | None:
        """Frame ``i`` of a Ken Burns move (``punch`` folded in) as planes the caller owns:
        a fresh warp, or a copy of the kept frame while the move holds one frame. None when
        the policy shows black or this is not a move (see :attr:`folds_zoom`)."""
        self.open()
        t = self.source_time(i)
        if t is None or self._kb is None or not self.folds_zoom:
            return None
        j = min(max(math.floor((t - self._in) * self.fps), 0), self._kb_frames - 1)
        if punch is not None:
            return self._kb.planes(j, punch)  # type: ignore[no-any-return]
        key = Fraction(j)
        if key == self._last_key and self._last_frame is not None:
            from render.frames import to_planes

            return to_planes(self._last_frame)
        arr: np.ndarray = self._kb.planes(j)
        if key == self._fresh_key:  # asked again (a hold): keep a copy for what follows
            from render.frames import from_planes

            self._last_key, self._last_frame = key, from_planes(arr.copy())
        self._fresh_key = key
        return arr

    def _remap(self, t: Fraction) -> Fraction:
        """Segment-relative output time -> source time consumed (a speed ramp's exact
        integral; the identity without one)."""
        if self._ramp is None:
            return t
        from render.effects.speed_ramp import source_offset

        return source_offset(t, self._slot, self._ramp)

    def source_time(self, i: int) -> Fraction | None:
        """Source time for segment-relative frame ``i`` under the policy; None means black."""
        t = self._remap(Fraction(i) / self.fps)
        policy, length = self.seg.policy, self._len
        if t < 0:
            return max(self._in + t, Fraction(0))
        if policy == "retime" and length > 0:
            return self._in + t * length / self._slot_src
        if length <= 0 or t < length:
            return self._in + t
        if policy == "trim":
            return None
        if policy == "loop":
            return self._in + t % length
        if policy == "pingpong":
            u = t % (2 * length)
            return self._in + (u if u < length else max(2 * length - u - 1 / self.fps, 0))
        return self._in + max(length - HOLD_BACK_S, Fraction(0))  # hold: see frame()

    def frame(self, i: int, *, punch: tuple[float, float, float] | None = None
              ) -> av.VideoFrame | None:
        """Fitted output frame for segment-relative index ``i`` (shared; do not modify).
        ``punch`` (only when :attr:`folds_zoom`): a zoom punch drawn in the move's warp."""
        self.open()
        t = self.source_time(i)
        if t is None:
            return None
        if self._still is not None:
            return self._still
        if self._kb is not None:
            return self._motion_frame(t - self._in, punch if self.folds_zoom else None)
        assert self._reader is not None
        wrapped = self._keys and self._remap(Fraction(i) / self.fps) >= self._len \
            and self.seg.policy in ("loop", "pingpong")
        if wrapped and self._cache_complete:
            return self._cache[self._keys[max(bisect.bisect_right(self._keys, t + _EPS) - 1, 0)]]
        if self._reader.is_behind(t):
            if self.seg.policy == "pingpong":
                return self._reverse(t)
            if self._holding(i) and self._last_frame is not None:
                return self._last_frame  # the last frame actually decoded: never step back
        raw, key = self._reader.frame_at(t)
        if key == self._last_key and self._last_frame is not None:
            return self._last_frame
        fitted = self._fitted(raw)
        self._last_key, self._last_frame = key, fitted
        if not wrapped:
            self._cache_store(key, fitted)
        return fitted

    def _holding(self, i: int) -> bool:
        return self.seg.policy == "hold" and self._len > 0 \
            and self._remap(Fraction(i) / self.fps) >= self._len

    def _fitted(self, raw: av.VideoFrame) -> av.VideoFrame:
        try:
            fitted = self._fit(raw)
        except Exception as e:  # a filter-graph failure is a bad clip, not a crash
            raise ClipError(self.index, self.seg.source, f"cannot scale frame ({e})") from e
        # the source's I/P/B type would be obeyed by libx264 (an all-intra source rendered
        # all-intra): the encoder chooses, as the ffmpeg CLI lets it
        fitted.pict_type = 0  # AV_PICTURE_TYPE_NONE
        return fitted

    def _reverse(self, t: Fraction) -> av.VideoFrame:
        """Backward playback without a seek per frame: decode a window of frames ending at
        ``t`` once (bounded by the cache budget) and serve the following requests from it."""
        keys = self._win_keys
        if not keys or t < keys[0] - _EPS or t > self._win_hi + _EPS:
            src_fps = Fraction(self.info.fps) if self.info.fps else self.fps
            span_s = Fraction(max(CACHE_BUDGET_BYTES // self._frame_bytes - 1, 1)) / src_fps
            lo = max(t - span_s, self._in)
            assert self._reader is not None
            self._win.clear()
            keys.clear()
            for raw, key in self._reader.span(lo, t):
                self._win[key] = self._fitted(raw)
                keys.append(key)
            self._win_hi = t
        return self._win[keys[max(bisect.bisect_right(keys, t + _EPS) - 1, 0)]]

    def _cache_store(self, key: Fraction, frame: av.VideoFrame) -> None:
        """Keep the first pass of a loop/ping-pong clip so later passes need no seeking."""
        if self.seg.policy not in ("loop", "pingpong") or not self._cache_complete:
            return
        if len(self._cache) * self._frame_bytes >= CACHE_BUDGET_BYTES:
            self._cache_complete = False
            self._cache.clear()
            self._keys.clear()
            return
        if not self._keys or key > self._keys[-1]:
            self._cache[key] = frame
            self._keys.append(key)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self._cache.clear()
        self._keys.clear()
        self._win.clear()
        self._win_keys.clear()
        self._last_frame = None


def _speed_ramp(seg: VideoSegment) -> dict[str, float] | None:
    """The clamped params of the segment's ``speed_ramp`` effect (the first one), if any."""
    e = next((e for e in seg.effects if e.kind == "speed_ramp"), None)
    if e is None:
        return None
    from render.effects import get_effect

    defn = get_effect("speed_ramp")
    vals = defn.clamp({**defn.defaults(), **{k: float(v) for k, v in e.params.items()}})
    return None if defn.idle(vals) else vals
