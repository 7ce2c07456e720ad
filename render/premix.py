"""Loudness pass 1 started before the timeline is known (issue 12).

The render node knows its audio tracks (the song, a voice-over) long before its timeline:
the pictures are painted first, with a core partly idle. :class:`EarlyMeasure` mixes and
measures those tracks meanwhile in a child process at the lowest priority (nice 19: it
takes only CPU time nothing else wants; a process, because a thread of this one would
queue for the GIL behind the painting threads at every numpy and decoder call and get
little done), in the blocks the render reads, up to :data:`MARGIN_S` before the first
fade-out (where the output's length could still change a sample). The render then
:meth:`~EarlyMeasure.take` s the meter and the mix as far as they got, positions its own
mixer there (the files are decoded and resampled up to that point again: exact, and cheap
next to the metering), and measures the rest, provided its mix is the one measured: the
same tracks, durations and rate, and a length that leaves every measured sample as it was
(:meth:`render.audio.AudioMixer.retarget`). Otherwise it measures from the start as
without it; either way the result is that of one pass over the render's own mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from render.audio import AudioMixer
    from render.loudness import LoudnessMeter
    from render.timeline import AudioTrack

MARGIN_S = 0.25  # a cut plan rounds the song to whole frames: the output ends within this
OPEN_END = 1 << 62  # the early mixer's length: unknown yet, longer than any track
NICE = 19  # the child's niceness: idle time only
HAND_OVER_S = 0.5  # how long a render waits for the child's block in hand; then it goes alone
_DELAY_S = 0.0  # tests: a pause after each block in the child (a busy machine)

_CHILD = r"""
import json, os, pickle, select, sys
req = json.loads(sys.argv[1])
handed = False
try:
    sys.path[:0] = req["path"]
    os.nice(req["nice"])
    from render.premix import measure_blocks
    state = measure_blocks(req, stop=lambda: bool(select.select([sys.stdin], [], [], 0)[0]))
    with open(req["out"] + ".part", "wb") as f:
        pickle.dump(state, f, protocol=5)
    os.replace(req["out"] + ".part", req["out"])
    handed = bool(sys.stdin.buffer.read(1))  # EOF: the parent is gone or dropped it
finally:
    if not handed:  # nothing of it may stay behind
        for p in (req["out"], req["out"] + ".part"):
            if os.path.exists(p):
                os.unlink(p)
"""


@dataclass(slots=True)
class Measured:
    """Pass 1 up to sample ``done``: the mixer (positioned there), its meter, the kept mix."""

    mixer: AudioMixer
    durations: list[float]
    meter: LoudnessMeter
    done: int
    kept: tuple[np.ndarray, ...]


def measure_blocks(req: dict[str, Any], *, stop: Callable[[], bool]) -> dict[str, Any]:
    """The child's work: mix and meter the tracks in whole blocks up to the settled point,
    until ``stop()``; what it did, for :meth:`EarlyMeasure.take`."""
    import time

    from render.audio import AudioMixer
    from render.encode import _track_durations
    from render.loudness import MIX_BLOCK, LoudnessMeter
    from render.timeline import AudioTrack

    tracks = tuple(AudioTrack.from_dict(t) for t in req["tracks"])
    rate = int(req["rate_hz"])
    durations = _track_durations(tracks, {})
    mixer = AudioMixer(tracks, durations_s=durations, rate_hz=rate, total_samples=OPEN_END)
    try:
        blocks = max(0, mixer.settled() - round(MARGIN_S * rate)) // MIX_BLOCK
        keep = blocks * MIX_BLOCK * 2 * 4 <= int(req["keep_bytes"])  # float32 stereo
        meter, kept, done = LoudnessMeter(rate), [], 0
        while done < blocks * MIX_BLOCK and not stop():
            x = mixer.read(MIX_BLOCK)
            meter.feed(x)
            done += MIX_BLOCK
            if keep:
                kept.append(x)
            time.sleep(float(req["delay_s"]))
        return {"durations": durations, "meter": meter, "done": done, "kept": kept,
                "duck_gain": mixer.duck_gain}
    finally:
        mixer.close()


class EarlyMeasure:
    """Measures ``tracks`` in a child from construction on; :meth:`take` or :meth:`close`."""

    def __init__(self, tracks: tuple[AudioTrack, ...], *, rate_hz: int,
                 keep_bytes: int) -> None:
        self.tracks, self.rate_hz = tracks, rate_hz
        fd, out = tempfile.mkstemp(prefix="mvstudio-loudness-", suffix=".pickle")
        os.close(fd)
        self._out = Path(out)
        req = {"tracks": [t.to_dict() for t in tracks], "rate_hz": rate_hz,
               "keep_bytes": keep_bytes, "nice": NICE, "delay_s": _DELAY_S, "out": out,
               "path": [str(Path(__file__).resolve().parents[1])]}
        self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
            [sys.executable, "-c", _CHILD, json.dumps(req)], stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def take(self, tracks: tuple[AudioTrack, ...], *, rate_hz: int, total_samples: int,
             cancelled: Callable[[], bool]) -> Measured | None:
        """The measured part when the render's mix is the one measured (the caller then
        owns the mixer), else None. The child stops at its next block; one starved of CPU
        (a busy machine: it runs at nice 19) is not waited for beyond :data:`HAND_OVER_S`."""
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        try:
            if tracks != self.tracks or rate_hz != self.rate_hz or cancelled():
                return None
            with contextlib.suppress(OSError):  # it may have finished and gone
                proc.communicate(b"x", timeout=HAND_OVER_S)  # stop at the next block
            state = _load(self._out) if proc.returncode == 0 else None
        except (subprocess.TimeoutExpired, pickle.UnpicklingError, EOFError, OSError):
            return None
        finally:
            _stop(proc, self._out)
        return None if not state or not state["done"] else _resume(self, state, total_samples)

    def close(self) -> None:
        """Stop the child if it still runs and remove what it wrote."""
        proc, self._proc = self._proc, None
        if proc is not None:
            _stop(proc, self._out)


def _resume(early: EarlyMeasure, state: dict[str, Any], total_samples: int) -> Measured | None:
    """This process's mixer where the child stopped, for ``total_samples`` if it may be."""
    from render.audio import AudioMixer

    mixer = AudioMixer(early.tracks, durations_s=state["durations"], rate_hz=early.rate_hz,
                       total_samples=OPEN_END)
    try:
        mixer.resume(state["done"], state["duck_gain"])
        if not mixer.retarget(total_samples):
            mixer.close()
            return None
    except BaseException:
        mixer.close()
        raise
    return Measured(mixer, state["durations"], state["meter"], state["done"],
                    tuple(state["kept"]))


def _load(path: Path) -> Any:
    with path.open("rb") as f:  # streamed: the kept mix is never held twice
        return pickle.load(f)


def _stop(proc: subprocess.Popen[bytes], out: Path) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for p in (out, out.with_name(out.name + ".part")):
        p.unlink(missing_ok=True)
