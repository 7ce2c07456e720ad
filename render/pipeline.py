"""The threads of a render: a two-stage compose pipeline feeding the encoder's thread, and
the loudness pass beside them. Frames and errors travel through bounded queues; every wait
polls ``stop``/``cancel`` so nothing outlives a failed or cancelled render.

A task given one CPU (``render.clipfile.task_cpus``) composes and mixes on the encoder's
thread instead (:class:`InlineFrames`, ``Background(inline=True)``): helper threads would
only compete with the encoder for that CPU, and a batch's other tasks hold the others.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from render.errors import RenderError
from render.probe import MediaInfo
from render.timeline import Timeline

if TYPE_CHECKING:
    from render.loudness import MixReader

STAGE_FRAMES = 3  # base frames waiting for the layer stage


def produce(timeline: Timeline, infos: dict[str, MediaInfo], frames: queue.Queue[Any],
             cancel: threading.Event, stop: threading.Event) -> None:
    """Compose frames in a two-stage pipeline: this thread draws the segments (decode, Ken
    Burns, transitions, segment effects) while a second one lays the timeline effects,
    overlays and captions over the previous frame (numpy, OpenCV and FFmpeg release the GIL,
    so the stages overlap each other and the encoder)."""
    from render.compose import Compositor

    comp = None
    layers: tuple[Any, ...] = ()
    based: queue.Queue[tuple[int, Any] | BaseException | None] = queue.Queue(STAGE_FRAMES)
    finisher: threading.Thread | None = None
    try:
        layers = _layers(timeline)
        comp = Compositor(timeline, infos, layers=layers)
        finisher = threading.Thread(target=_finish, args=(comp, based, frames, cancel, stop),
                                    name="render-layers", daemon=True)
        finisher.start()
        for k in range(timeline.total_frames):
            if cancel.is_set() or stop.is_set():
                return
            if not _put_until(based, (k, comp.base_buf(k)), cancel, stop):
                return
        _put_until(based, None, cancel, stop)
    except BaseException as e:  # handed on to the encoding thread, which raises it
        _put_until(based if finisher is not None else frames, _render_error(e), cancel, stop)
    finally:
        if finisher is not None:  # it ends on None, an error, stop or cancel; the layers
            finisher.join()  # it uses are closed below only after that
        if comp is not None:
            comp.close()
        for layer in layers:  # video overlays hold a decoder open
            if hasattr(layer, "close"):
                layer.close()


def _finish(comp: Any, based: queue.Queue[Any], frames: queue.Queue[Any],
            cancel: threading.Event, stop: threading.Event) -> None:
    """The layer stage: ``comp.finish`` over each base frame, in order, into ``frames``."""
    try:
        while not (cancel.is_set() or stop.is_set()):
            try:
                item = based.get(timeout=0.1)
            except queue.Empty:
                continue
            if item is None:
                return
            out = item if isinstance(item, BaseException) else (item[0],
                                                               comp.finish(item[0], item[1]))
            if not _put_until(frames, out, cancel, stop) or isinstance(out, BaseException):
                return
    except BaseException as e:
        _put_until(frames, _render_error(e), cancel, stop)


def _render_error(e: BaseException) -> BaseException:
    err = e if isinstance(e, RenderError) else RenderError(f"frame composition failed: {e}")
    if err is not e:
        err.__cause__ = e
    return err


def _put_until(q: queue.Queue[Any], item: Any, cancel: threading.Event,
               stop: threading.Event) -> bool:
    """Put ``item`` unless the render stops first (False then)."""
    while not _put(q, item):
        if stop.is_set() or cancel.is_set():
            return False
    return True


def _layers(timeline: Timeline) -> tuple[Any, ...]:
    from render.overlays import build_layers

    return build_layers(timeline)


def _put(q: queue.Queue[Any], item: Any) -> bool:
    try:
        q.put(item, timeout=0.1)
        return True
    except queue.Full:
        return False


def drain(q: queue.Queue[Any]) -> None:
    while True:
        try:
            q.get_nowait()
        except queue.Empty:
            return


class Either:
    """``is_set`` of either event (the loudness pass stops on cancel or on a failed render)."""

    def __init__(self, a: threading.Event, b: threading.Event) -> None:
        self._a, self._b = a, b

    def is_set(self) -> bool:
        return self._a.is_set() or self._b.is_set()


class Background:
    """``fn()`` on its own thread (or at once, ``inline``); :meth:`result` waits for it and
    re-raises its error."""

    def __init__(self, fn: Callable[[], MixReader], *, inline: bool = False) -> None:
        self._out: MixReader | None = None
        self._err: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), name="render-loudness",
                                        daemon=True)
        if inline:
            self._run(fn)
        else:
            self._thread.start()

    def _run(self, fn: Callable[[], MixReader]) -> None:
        try:
            self._out = fn()
        except BaseException as e:  # handed to the encoding thread by result()
            self._err = e

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> MixReader:
        if self._thread.ident is not None:
            self._thread.join()
        if self._err is not None:
            raise self._err
        assert self._out is not None
        return self._out

    def close(self) -> None:
        if self._thread.ident is not None:
            self._thread.join()
        if self._out is not None:
            self._out.close()


class InlineFrames:
    """Both compose stages on the caller's thread, one frame per :meth:`frame` call."""

    def __init__(self, timeline: Timeline, infos: dict[str, MediaInfo]) -> None:
        from render.compose import Compositor

        self._layers: tuple[Any, ...] = ()
        self._comp: Any = None
        try:
            self._layers = _layers(timeline)
            self._comp = Compositor(timeline, infos, layers=self._layers)
        except BaseException as e:
            self.close()
            raise _render_error(e)  # noqa: B904 (its __cause__ is e)

    def frame(self, k: int) -> tuple[int, Any]:
        try:
            return k, self._comp.frame(k)  # both stages, in order
        except Exception as e:  # as the threaded stages report it
            raise _render_error(e)  # noqa: B904 (its __cause__ is e)

    def close(self) -> None:
        if self._comp is not None:
            self._comp.close()
        for layer in self._layers:
            if hasattr(layer, "close"):
                layer.close()
