"""Write a standalone H.264 clip from a frame function (Ken Burns export, visualizer clips).

Temp file then rename: on cancellation or any error no partial file remains.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

from render.errors import RenderCancelled

ENCODER_THREADS_ENV = "MVSTUDIO_ENCODER_THREADS"
# The CPUs the task running in this process was given (a Ray task's num_cpus, a pool
# worker's share); unset in a desktop render, which may use the whole machine.
TASK_CPUS_ENV = "MVSTUDIO_TASK_CPUS"
# Set in a task that may be retried on another node (a Ray task): its file must come out the
# same there, so x264 runs with the reproducible settings (see x264_options).
REPRODUCIBLE_ENV = "MVSTUDIO_REPRODUCIBLE_ENCODE"


def task_cpus() -> int:
    """``$MVSTUDIO_TASK_CPUS``, or 0 when this process is not a sized task."""
    value = os.environ.get(TASK_CPUS_ENV, "")
    return int(value) if value.isdigit() else 0


def encoder_threads(requested: int) -> int:
    """``requested``, else ``$MVSTUDIO_ENCODER_THREADS``, else x264's own rule (1.5 threads
    per CPU) applied to the task's CPUs, else 0 (x264 applies it to the machine's cores).
    x264's bytes depend on its thread count and on nothing else of the machine, so a task
    encodes the same file on any node and a retried task reproduces its output."""
    if requested:
        return requested
    value = os.environ.get(ENCODER_THREADS_ENV, "")
    if value.isdigit():
        return int(value)
    cpus = task_cpus()
    return max(1, cpus * 3 // 2) if cpus else 0


def reproducible_encode() -> bool:
    """Whether this process encodes with the reproducible settings: a retryable task
    (``$MVSTUDIO_REPRODUCIBLE_ENCODE``) or a fixed ``$MVSTUDIO_ENCODER_THREADS``."""
    return (os.environ.get(REPRODUCIBLE_ENV) == "1"
            or os.environ.get(ENCODER_THREADS_ENV, "").isdigit())


def x264_options(*, crf: int, preset: str) -> dict[str, str]:
    """libx264's options. A retryable task (or a fixed ``$MVSTUDIO_ENCODER_THREADS``)
    encodes without mbtree: measured here (x264 core 165), the same frames gave 2-3 different files
    in 4 runs with mbtree on, with 1 thread as with 2-4 (x264 then reads memory it has not
    written: with glibc's malloc perturbation the runs agreed); with mbtree off, 1-4
    threads gave the same bytes in every run and process (tests/render/test_encoder_threads.py).
    The cost: larger files at the same CRF (docs/scale-out.md), so a local pool's tasks,
    never retried elsewhere, keep x264's defaults."""
    options = {"crf": str(crf), "preset": preset}
    if reproducible_encode():
        options["x264-params"] = "mbtree=0"
    return options


def write_h264_clip(out_path: str | Path, make_frame: Callable[[int], Any], *, n_frames: int,
                    width: int, height: int, fps: Fraction, crf: int, preset: str,
                    threads: int = 0, what: str = "clip",
                    cancel: threading.Event | None = None,
                    progress: Callable[[int, int], None] | None = None) -> None:
    """Encode ``make_frame(k)`` (an ``av.VideoFrame``, yuv420p) for ``k < n_frames``;
    ``cancel`` is checked every frame and ``progress(done, total)`` told after each."""
    import av

    out = Path(out_path)
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.part{out.suffix or '.mp4'}")
    try:
        with av.open(str(tmp), "w", format="mp4") as container:
            count = encoder_threads(threads)
            vs = container.add_stream("libx264", rate=fps,
                                      options=x264_options(crf=crf, preset=preset))
            vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
            vs.codec_context.thread_type = "AUTO"
            vs.codec_context.thread_count = count
            for k in range(n_frames):
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled(f"{what} cancelled at frame {k + 1} of {n_frames}")
                frame = make_frame(k)
                frame.pts, frame.time_base = k, 1 / fps
                for packet in vs.encode(frame):
                    container.mux(packet)
                if progress is not None:
                    progress(k + 1, n_frames)
            for packet in vs.encode(None):
                container.mux(packet)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
