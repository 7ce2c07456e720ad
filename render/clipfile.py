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


def encoder_threads(requested: int) -> int:
    """``requested``, else ``$MVSTUDIO_ENCODER_THREADS``, else 0 (x264 picks: 1.5x the cores).
    x264's bytes depend on its thread count, so a cluster fixes it: the same frames then
    encode to the same file on any node, and a retried task reproduces its output."""
    if requested:
        return requested
    value = os.environ.get(ENCODER_THREADS_ENV, "")
    return int(value) if value.isdigit() else 0


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
            vs = container.add_stream("libx264", rate=fps,
                                      options={"crf": str(crf), "preset": preset})
            vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
            vs.codec_context.thread_type = "AUTO"
            vs.codec_context.thread_count = encoder_threads(threads)
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
