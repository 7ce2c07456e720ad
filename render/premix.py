"""Loudness pass 1 started before the timeline is known (issue 12).

The render node knows its audio tracks (the song, a voice-over) long before its timeline:
the pictures are painted first, with a core partly idle. :class:`EarlyMeasure` mixes and
measures those tracks meanwhile on a thread of the lowest priority (nice 19: it takes only
CPU time nothing else wants, so the painting is not slowed), in the blocks the render
reads, up to :data:`MARGIN_S` before the first fade-out (where the output's length could
still change a sample). The render then :meth:`~EarlyMeasure.take` s the meter, the mixer
and the kept mix as far as they got, and measures the rest on its own thread, at normal
priority, provided its mix is the one measured: the same tracks,
durations and rate, and a length that leaves every measured sample as it was
(:meth:`render.audio.AudioMixer.retarget`). Otherwise it measures from the start as
without it; either way the result is that of one pass over the render's own mix.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from render.audio import AudioMixer
    from render.loudness import LoudnessMeter
    from render.timeline import AudioTrack

MARGIN_S = 0.25  # a cut plan rounds the song to whole frames: the output ends within this
NICE = 19  # the early thread's niceness: idle time only
HAND_OVER_S = 0.25  # how long a render waits for the block in hand; then it starts afresh
OPEN_END = 1 << 62  # the early mixer's length: unknown yet, longer than any track


@dataclass(slots=True)
class Measured:
    """Pass 1 up to sample ``done``: the mixer (positioned there), its meter, the kept mix."""

    mixer: AudioMixer
    durations: list[float]
    meter: LoudnessMeter
    done: int
    kept: tuple[np.ndarray, ...]


class EarlyMeasure:
    """Measures ``tracks`` on a thread from construction on; :meth:`take` or :meth:`close`."""

    def __init__(self, tracks: tuple[AudioTrack, ...], *, rate_hz: int, keep_bytes: int,
                 durations: Callable[[tuple[AudioTrack, ...]], list[float]]) -> None:
        self.tracks, self.rate_hz = tracks, rate_hz
        self._keep_bytes, self._durations = keep_bytes, durations
        self._stop = threading.Event()  # close: drop everything
        self._hand_over = threading.Event()  # take: stop at the next block, keep what is done
        self._lock = threading.Lock()
        self._state: Measured | None = None
        self._thread = threading.Thread(target=self._work, name="loudness-early", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        from render.audio import AudioMixer
        from render.loudness import MIX_BLOCK, LoudnessMeter

        _lower_priority()
        try:
            durations = self._durations(self.tracks)
            mixer = AudioMixer(self.tracks, durations_s=durations, rate_hz=self.rate_hz,
                               total_samples=OPEN_END)
        except Exception:  # the render meets the same problem and reports it
            return
        try:
            blocks = max(0, mixer.settled() - round(MARGIN_S * self.rate_hz)) // MIX_BLOCK
            keep = blocks * MIX_BLOCK * 2 * 4 <= self._keep_bytes  # float32 stereo
            meter, kept, done = LoudnessMeter(self.rate_hz), [], 0
            while done < blocks * MIX_BLOCK and not self._hand_over.is_set():
                x = mixer.read(MIX_BLOCK)
                meter.feed(x)
                done += MIX_BLOCK
                if keep:
                    kept.append(x)
            with self._lock:
                if not self._stop.is_set():
                    self._state = Measured(mixer, durations, meter, done, tuple(kept))
                    return
        except Exception:
            pass
        mixer.close()

    def take(self, tracks: tuple[AudioTrack, ...], *, rate_hz: int, total_samples: int,
             cancelled: Callable[[], bool]) -> Measured | None:
        """The measured part when the render's mix is the one measured (the caller then
        owns the mixer), else None. The thread stops at its next block: a thread starved
        of CPU (a busy machine: it runs at nice 19) is not waited for beyond
        :data:`HAND_OVER_S`; it is dropped and the render measures from the start."""
        from render.errors import RenderCancelled

        if tracks != self.tracks or rate_hz != self.rate_hz:
            return None
        self._hand_over.set()
        waited = 0.0
        while self._thread.is_alive() and waited < HAND_OVER_S:
            if cancelled():
                raise RenderCancelled("render cancelled while measuring loudness; "
                                      "no file written")
            self._thread.join(0.05)
            waited += 0.05
        if self._thread.is_alive():
            self._stop.set()  # it drops what it has when it next runs
            return None
        with self._lock:
            state, self._state = self._state, None
        if state is None or state.done == 0:
            if state is not None:
                state.mixer.close()
            return None
        if not state.mixer.retarget(total_samples):
            state.mixer.close()
            return None
        return state

    def close(self) -> None:
        """Stop measuring and release what was not taken, without waiting: a thread still
        measuring (at nice 19 it may wait long for CPU) closes its own files."""
        self._stop.set()
        self._hand_over.set()
        with self._lock:
            state, self._state = self._state, None
        if state is not None:
            state.mixer.close()


def _lower_priority() -> None:
    """This thread at :data:`NICE` (Linux sets niceness per thread); elsewhere as it is."""
    with contextlib.suppress(AttributeError, OSError):  # else it runs as it is
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
