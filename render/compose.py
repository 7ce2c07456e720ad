"""Per-output-frame composition: which segment is on screen, transitions across cuts,
per-segment effects, then overlays and captions. Frames that need no compositing pass
through untouched (no numpy), so a plain montage costs only decode + scale + encode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from render.decode import SegmentSource
from render.effects.runner import EffectRunner
from render.frames import FrameBuf, solid_frame
from render.probe import MediaInfo
from render.timeline import Effect, Timeline, VideoSegment
from render.transitions import get_transition

if TYPE_CHECKING:
    import av

PREFETCH_FRAMES = 8

# A post-processing pass (overlays, captions): may return a new frame, never mutates input.
# A layer may also have ``draw(k, buf)`` drawing in place on a :class:`FrameBuf`'s planes
# (the compositor then copies each frame once for all its layers).
Layer = Callable[[int, "av.VideoFrame"], "av.VideoFrame"]


class Compositor:
    """Produce output frames in order, ``frame(0)``, ``frame(1)``, ..."""

    def __init__(self, timeline: Timeline, infos: dict[str, MediaInfo], *,
                 layers: tuple[Layer, ...] = ()) -> None:
        o = timeline.output
        self._w, self._h, self._fps = o.width, o.height, o.fps
        self._segs = sorted(enumerate(timeline.segments), key=lambda p: (p[1].start_frame, p[0]))
        self._infos = infos
        self._fx = EffectRunner(width=o.width, height=o.height, fps=o.fps,
                                total_frames=timeline.total_frames)
        # timeline effects run in the layer stage, possibly on another thread: own runner
        fx_layers = (EffectRunner(width=o.width, height=o.height, fps=o.fps,
                                  total_frames=timeline.total_frames).layer(timeline.effects),) \
            if timeline.effects else ()
        self._layers = (*fx_layers, *layers)  # timeline effects under overlays and captions
        self._black = solid_frame(o.width, o.height)
        self._open: dict[int, SegmentSource] = {}
        self._lead = max((s.transition_in.duration_frames for s in timeline.segments), default=0)
        self._ptr = 0  # first sorted segment that may still be needed
        self._done: set[int] = set()

    def _source(self, idx: int, seg: VideoSegment) -> SegmentSource:
        src = self._open.get(idx)
        if src is None:
            src = SegmentSource(seg, index=idx, info=self._infos[seg.source], width=self._w,
                                height=self._h, fps=self._fps)
            src.open()
            self._open[idx] = src
        return src

    def _active(self, k: int) -> int | None:
        """Position in ``_segs`` of the segment on screen at ``k`` (latest start wins)."""
        best = None
        for pos in range(self._ptr, len(self._segs)):
            seg = self._segs[pos][1]
            if seg.start_frame > k:
                break
            if k < seg.end_frame:
                best = pos
        return best

    def _seg_frame(self, pos: int | None, k: int) -> FrameBuf:
        """Frame of sorted segment ``pos`` at output frame ``k``, with its effects: owned
        planes when freshly drawn (a Ken Burns warp, an effect's copy), else the shared frame."""
        if pos is None:
            return FrameBuf(self._black)
        idx, seg = self._segs[pos]
        src, effects, punch = self._source(idx, seg), seg.effects, None
        if src.folds_zoom:
            punch, effects = self._fold_punch(effects, k)
        buf = None
        if src.folds_zoom:  # a Ken Burns warp owned here: effects and layers draw on it
            arr = src.motion_planes(k - seg.start_frame, punch)
            buf = None if arr is None else FrameBuf(planes=arr)
        if buf is None:
            fr = src.frame(k - seg.start_frame, punch=punch)
            if fr is None:
                return FrameBuf(self._black)
            buf = FrameBuf(fr)
        self._fx.apply_to(buf, effects, k)
        return buf

    def _fold_punch(self, effects: tuple[Effect, ...], k: int
                    ) -> tuple[tuple[float, float, float] | None, tuple[Effect, ...]]:
        """The first effect active at ``k``, when it is a zoom punch, as a punch folded into
        the Ken Burns warp (no second resample), and the effects left to apply. Effects idle
        at ``k`` before it draw nothing, so a time-ranged punch (one per song section) folds
        as well as the first one."""
        for i, e in enumerate(effects):
            v = self._fx.values(e, k)
            if v is None:
                continue
            if e.kind != "zoom_punch":
                return None, effects[i:]
            return (v["amount"], v["center_x"], v["center_y"]), effects[i + 1:]
        return None, ()

    def frame(self, k: int) -> av.VideoFrame:
        """Output frame ``k``. The returned frame may be shared: set pts, do not modify."""
        return self.finish(k, self.base_buf(k))

    def base(self, k: int) -> av.VideoFrame:
        """Frame ``k`` before the layers: segments, transitions, segment effects (in order)."""
        return self.base_buf(k).frame()

    def base_buf(self, k: int) -> FrameBuf:
        """:meth:`base` as a :class:`FrameBuf`, owning its planes when they were freshly
        drawn, so that the layers need not copy them again."""
        self._retire(k)
        self._prefetch(k)
        pos = self._active(k)
        buf = self._transition(k, pos)
        return self._seg_frame(pos, k) if buf is None else buf

    def finish(self, k: int, fr: av.VideoFrame | FrameBuf) -> av.VideoFrame:
        """Timeline effects, overlays and captions over ``base(k)`` (in order of k). Shares
        no state with :meth:`base`, so the two may run on two threads as a pipeline."""
        # layers with ``draw`` share one copy of the frame's planes (none if it owns them)
        buf = fr if isinstance(fr, FrameBuf) else FrameBuf(fr)
        for layer in self._layers:
            draw = getattr(layer, "draw", None)
            if draw is not None:
                draw(k, buf)
            else:
                buf = FrameBuf(layer(k, buf.frame()))
        return buf.frame()

    def _transition(self, k: int, pos: int | None) -> FrameBuf | None:
        """Blend across the nearest upcoming/just-passed cut whose transition covers ``k``."""
        for bpos in range(self._ptr, len(self._segs)):
            seg = self._segs[bpos][1]
            tr, s = seg.transition_in, seg.start_frame
            n = tr.duration_frames
            if s - n > k:
                break
            if tr.kind == "cut" or n <= 0:
                continue
            h = n // 2 if get_transition(tr.kind).centred else 0
            if not s - h <= k < s - h + n:
                continue
            return self._blend(k, bpos, tr.kind, n, h)
        return None

    def _blend(self, k: int, bpos: int, kind: str, n: int, h: int) -> FrameBuf:
        s = self._segs[bpos][1].start_frame
        defn, i = get_transition(kind), k - (s - h)
        use_a, use_b = defn.reads(i, n, h)  # a shot the blend does not read is not drawn
        prev = self._active(s - 1) if s > 0 else None
        # owned planes (copied only if shared): the blend may modify them; the side it does
        # not read is passed the other side's planes
        if use_a and use_b:
            a, b = self._seg_frame(prev, k).planes(), self._seg_frame(bpos, k).planes()
        else:
            a = b = self._seg_frame(bpos if use_b else prev, k).planes()
        self._fx.ctx.k = k
        return FrameBuf(planes=defn.blend(a, b, i, n, h, self._fx.ctx))

    def _prefetch(self, k: int) -> None:
        """Open decoders (and decode stills) a little before their segment starts."""
        for pos in range(self._ptr, len(self._segs)):
            idx, seg = self._segs[pos]
            if seg.start_frame - seg.transition_in.duration_frames > k + PREFETCH_FRAMES:
                break
            if idx not in self._open and idx not in self._done and seg.end_frame > k:
                self._source(idx, seg)

    def _retire(self, k: int) -> None:
        """Close sources of segments that ended (plus transition tail) before ``k``."""
        while self._ptr < len(self._segs):
            idx, seg = self._segs[self._ptr]
            if seg.end_frame + self._lead >= k:
                break
            src = self._open.pop(idx, None)
            if src is not None:
                src.close()
            self._ptr += 1
        for idx, src in list(self._open.items()):  # a later-sorted one may end earlier
            if src.seg.end_frame + self._lead < k:
                self._open.pop(idx).close()
                self._done.add(idx)

    def close(self) -> None:
        for src in self._open.values():
            src.close()
        self._open.clear()
