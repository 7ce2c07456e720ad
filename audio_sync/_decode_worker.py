"""Decode one audio file with PyAV and stream the raw samples to the parent process.

Runs in a child process (see ``decode.py``) because FFmpeg can crash the whole process on
truncated or corrupt input; a crash here only kills this worker. It imports only PyAV (no numpy)
to keep start-up short, and when the decoder's own sample format can be shipped as is (mono or
stereo, no resampling asked for) it skips libswresample entirely; the parent converts to float32
with one vectorised numpy call. Protocol:

* stdout: the samples in ``sample_format`` -- interleaved for packed formats, channel after
  channel for planar ones;
* stderr, last line on success: JSON ``{"channels", "rate_hz", "n_samples", "sample_format"}``;
* on a decode problem: exit code 3 and a one-line reason on stderr.

Usage: ``python _decode_worker.py PATH TARGET_RATE_OR_0 [MAX_SECONDS]``, or
``python _decode_worker.py --serve``: decode one request after another (see ``serve``), so a
process that decodes many files pays this worker's start-up and ``import av`` once.
"""

from __future__ import annotations

import json
import sys

NATIVE_FORMATS = {"u8", "s16", "s32", "flt", "dbl", "u8p", "s16p", "s32p", "fltp", "dblp"}


def _open_stream(container):  # noqa: ANN001, ANN202 (PyAV objects)
    streams = [s for s in container.streams if s.type == "audio"]
    if not streams:
        raise ValueError("the file has no audio stream")
    stream = streams[0]
    if stream.codec_context is None:
        raise ValueError("the audio stream has no decoder (truncated or unsupported codec)")
    return stream


class _Sink:
    """Collects frames; planar formats keep one buffer per channel."""

    def __init__(self, fmt: str, channels: int, out) -> None:  # noqa: ANN001
        self.fmt, self.channels, self.out = fmt, channels, out
        self.planar = fmt.endswith("p")
        self.bytes_per_sample = {"u8": 1, "s16": 2, "s32": 4, "flt": 4, "dbl": 8}[fmt.rstrip("p")]
        self.planes = [bytearray() for _ in range(channels)] if self.planar else []
        self.n_samples = 0

    def add(self, frame) -> None:  # noqa: ANN001
        n = frame.samples
        if self.planar:
            for ch in range(self.channels):
                self.planes[ch] += memoryview(frame.planes[ch])[: n * self.bytes_per_sample]
        else:
            self.out.write(memoryview(frame.planes[0])[: n * self.channels * self.bytes_per_sample])
        self.n_samples += n

    def finish(self) -> None:
        for plane in self.planes:
            self.out.write(plane)


def decode_to(path: str, target_rate_hz: int, out, max_s: float = 0.0) -> dict:  # noqa: ANN001
    """Decode into ``out``; stop with an error once more than ``max_s`` seconds came out
    (0 = no limit), so an hours-long file fails fast instead of filling memory."""
    import av

    with av.open(path, mode="r") as container:
        stream = _open_stream(container)
        ctx = stream.codec_context
        in_channels = ctx.channels or 1
        channels = 1 if in_channels == 1 else 2
        native_rate = int(ctx.sample_rate or stream.rate or 0)
        rate_hz = int(target_rate_hz or native_rate)
        if rate_hz <= 0:
            raise ValueError("the audio stream has no sample rate")
        fmt = ctx.format.name if ctx.format is not None else ""
        native = fmt in NATIVE_FORMATS and in_channels <= 2 and rate_hz == native_rate
        fmt = fmt if native else "flt"
        layout = "mono" if channels == 1 else "stereo"
        sink = _Sink(fmt, channels, out)
        resampler = None if native else av.AudioResampler(format=fmt, layout=layout, rate=rate_hz)
        limit = int(max_s * rate_hz) if max_s > 0 else None
        for frame in container.decode(stream):
            if limit is not None and sink.n_samples > limit:
                raise ValueError(f"the audio is longer than the limit of {max_s:.0f} s; "
                                 "trim it first")
            if resampler is None and (frame.format.name != fmt or len(frame.layout.channels) != channels):
                resampler = av.AudioResampler(format=fmt, layout=layout, rate=rate_hz)
            if resampler is None:
                sink.add(frame)
                continue
            frame.pts = None
            for f in resampler.resample(frame):
                sink.add(f)
        for f in resampler.resample(None) if resampler is not None else ():
            sink.add(f)
        sink.finish()
    return {"channels": channels, "rate_hz": rate_hz, "n_samples": sink.n_samples,
            "sample_format": fmt}


def serve(requests, responses) -> int:  # noqa: ANN001 (text streams)
    """One JSON request per line, ``{"path", "rate", "max_s", "out"}`` (``out``: an existing
    file the samples are written to); one JSON response per line, ``{"header": {...}}`` or
    ``{"error": reason}``. Ends when the requests end (the parent closed the pipe or exited)."""
    for line in requests:
        try:
            req = json.loads(line)
            with open(req["out"], "r+b") as out:
                header = decode_to(req["path"], int(req["rate"]), out, float(req["max_s"]))
            response = ({"header": header} if header["n_samples"] else
                        {"error": "the audio stream decoded to zero samples (empty or corrupt)"})
        except Exception as exc:  # any FFmpeg/PyAV failure is reported, not raised
            response = {"error": f"{type(exc).__name__}: {exc}".replace("\n", " ")}
        responses.write(json.dumps(response) + "\n")
        responses.flush()
    return 0


def main(argv: list[str]) -> int:
    if argv[1:] == ["--serve"]:
        return serve(sys.stdin, sys.stdout)
    try:
        header = decode_to(argv[1], int(argv[2]), sys.stdout.buffer,
                           float(argv[3]) if len(argv) > 3 else 0.0)
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
