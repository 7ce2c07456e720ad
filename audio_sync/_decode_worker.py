"""Decode one audio file with PyAV and stream raw float32 samples to stdout.

Runs in a child process (see ``decode.py``) because FFmpeg can crash the whole process on
truncated or corrupt input; a crash here only kills this worker. It imports only PyAV (no numpy)
to keep start-up short. Protocol:

* stdout: the samples as little-endian float32, interleaved (frame-major), streamed as decoded;
* stderr, last line on success: JSON ``{"channels", "rate_hz", "n_samples"}``;
* on a decode problem: exit code 3 and a one-line reason on stderr.

Usage: ``python _decode_worker.py PATH TARGET_RATE_OR_0``
"""

from __future__ import annotations

import json
import sys


def _open_stream(container):  # noqa: ANN001, ANN202 (PyAV objects)
    streams = [s for s in container.streams if s.type == "audio"]
    if not streams:
        raise ValueError("the file has no audio stream")
    stream = streams[0]
    if stream.codec_context is None:
        raise ValueError("the audio stream has no decoder (truncated or unsupported codec)")
    return stream


def decode_to(path: str, target_rate_hz: int, out) -> dict:  # noqa: ANN001
    import av

    with av.open(path, mode="r") as container:
        stream = _open_stream(container)
        channels = 1 if (stream.codec_context.channels or 1) == 1 else 2
        rate_hz = int(target_rate_hz or stream.codec_context.sample_rate or stream.rate or 0)
        if rate_hz <= 0:
            raise ValueError("the audio stream has no sample rate")
        layout = "mono" if channels == 1 else "stereo"
        resampler = av.AudioResampler(format="flt", layout=layout, rate=rate_hz)
        n_samples = 0

        def emit(frames) -> None:  # noqa: ANN001
            nonlocal n_samples
            for f in frames:
                out.write(memoryview(f.planes[0])[: f.samples * channels * 4])
                n_samples += f.samples

        for frame in container.decode(stream):
            frame.pts = None
            emit(resampler.resample(frame))
        emit(resampler.resample(None))
    return {"channels": channels, "rate_hz": rate_hz, "n_samples": n_samples}


def main(argv: list[str]) -> int:
    try:
        header = decode_to(argv[1], int(argv[2]), sys.stdout.buffer)
    except Exception as exc:  # any FFmpeg/PyAV failure is reported, not raised
        sys.stderr.write(f"{type(exc).__name__}: {exc}".replace("\n", " ") + "\n")
        return 3
    if header["n_samples"] == 0:
        sys.stderr.write("the audio stream decoded to zero samples (empty or corrupt)\n")
        return 3
    sys.stdout.buffer.flush()
    sys.stderr.write(json.dumps(header) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
