"""Decode one audio file with PyAV and stream raw float32 samples to stdout.

Runs in a child process (see ``decode.py``) because FFmpeg can crash the whole process on
truncated or corrupt input; a crash here only kills this worker. Protocol:

* stdout: one JSON header line ``{"channels", "rate_hz", "n_samples"}`` then the samples as
  little-endian float32, channel-planar (all of channel 0, then channel 1).
* on a decode problem: exit code 3 and a one-line reason on stderr.

Usage: ``python _decode_worker.py PATH TARGET_RATE_OR_0``
"""

from __future__ import annotations

import json
import sys


def _decode(path: str, target_rate_hz: int) -> tuple[list, int, int]:
    import av
    import numpy as np

    with av.open(path, mode="r") as container:
        streams = [s for s in container.streams if s.type == "audio"]
        if not streams:
            raise ValueError("the file has no audio stream")
        stream = streams[0]
        if stream.codec_context is None:
            raise ValueError("the audio stream has no decoder (truncated or unsupported codec)")
        in_channels = stream.codec_context.channels or 1
        layout = "mono" if in_channels == 1 else "stereo"
        rate_hz = target_rate_hz or stream.codec_context.sample_rate or stream.rate
        if not rate_hz:
            raise ValueError("the audio stream has no sample rate")
        stream.thread_type = "AUTO"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=int(rate_hz))
        chunks: list[np.ndarray] = []
        for frame in container.decode(stream):
            frame.pts = None
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray())
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray())
    return chunks, int(rate_hz), 1 if layout == "mono" else 2


def main(argv: list[str]) -> int:
    import numpy as np

    try:
        chunks, rate_hz, channels = _decode(argv[1], int(argv[2]))
    except Exception as exc:  # any FFmpeg/PyAV failure is reported, not raised
        sys.stderr.write(f"{type(exc).__name__}: {exc}".replace("\n", " ") + "\n")
        return 3
    if chunks:
        data = np.concatenate(chunks, axis=1).astype("<f4", copy=False)
    else:
        data = np.zeros((channels, 0), dtype="<f4")
    if data.shape[1] == 0:
        sys.stderr.write("the audio stream decoded to zero samples (empty or corrupt)\n")
        return 3
    header = {"channels": int(data.shape[0]), "rate_hz": rate_hz, "n_samples": int(data.shape[1])}
    out = sys.stdout.buffer
    out.write((json.dumps(header) + "\n").encode("ascii"))
    out.write(np.ascontiguousarray(data).tobytes())
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
