"""Decode any common audio format once, through PyAV, into the samples every later step uses.

Decoding runs in a child process: FFmpeg can segfault on truncated files (PyAV#2344) and a
crash must never take the studio down. The child (PyAV only, no numpy) writes the raw samples
to a temp file, so the file is decoded only once, and stays up for the next decode
(``_decode_server``: its start-up and ``import av`` cost as much as decoding a 3-minute MP3).
A plain PCM or float WAV needs no decoder: its samples are read here with numpy (nothing that
can crash), the same samples as the child's (tested); anything unusual in a WAV goes to the
child as before.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from audio_sync.errors import AudioDecodeError
from audio_sync.types import DecodedAudio

_WORKER = Path(__file__).with_name("_decode_worker.py")
DECODE_TIMEOUT_S = 600.0
# Longest audio decoded by default: 30 minutes of stereo float32 at 44.1 kHz is 0.6 GB.
MAX_DURATION_S = 1800.0


def decode_audio(path: str | Path, *, rate_hz: int | None = None,
                 max_duration_s: float = MAX_DURATION_S, mono: bool = False) -> DecodedAudio:
    """Decode ``path`` to float32 (channels, n) in [-1, 1]; resample to ``rate_hz`` if given.
    ``mono`` averages the channels while converting (half the memory of a stereo song; what
    the analysis uses, so its results do not change).

    More than two channels are down-mixed to stereo. Audio longer than ``max_duration_s``
    (0 = no limit) is refused with a clear error rather than exhausting memory. Raises AudioDecodeError (never crashes)
    for missing, empty, non-audio, truncated or corrupt files.
    """
    p = Path(path)
    if rate_hz is not None and (int(rate_hz) <= 0 or int(rate_hz) > 768_000):
        raise AudioDecodeError(p, f"invalid target rate_hz={rate_hz}; use e.g. 22050 or 44100")
    if not p.exists():
        raise AudioDecodeError(p, "the file does not exist")
    if not p.is_file():
        raise AudioDecodeError(p, "the path is not a regular file")
    if p.stat().st_size == 0:
        raise AudioDecodeError(p, "the file is empty (0 bytes)")
    plain = _read_plain_wav(p, rate_hz=rate_hz, max_s=float(max_duration_s), mono=mono)
    if plain is not None:
        return plain
    served = _served(p, rate_hz=int(rate_hz or 0), max_s=float(max_duration_s))
    if served is not None:
        with served[0] as raw:
            return _parse(p, raw, served[1], mono=mono)
    import tempfile  # (here and in _run_worker: a plain WAV needs neither)

    # The raw samples go through an unnamed temp file, not a pipe: a pipe's bytes plus their
    # joined copy plus the float array held a 10-minute stereo song three times in memory.
    with tempfile.TemporaryFile() as raw:
        header_line = _run_worker(p, int(rate_hz or 0), raw, float(max_duration_s))
        return _parse(p, raw, header_line, mono=mono)


def _served(p: Path, *, rate_hz: int, max_s: float) -> tuple[BinaryIO, str] | None:
    """Decode in this process' long-lived decoder child (None: it is busy; use a one-shot)."""
    from audio_sync import _decode_server

    try:
        return _decode_server.decode(p, rate_hz=rate_hz, max_s=max_s,
                                     timeout_s=DECODE_TIMEOUT_S)
    except _decode_server.ServedError as exc:
        raise AudioDecodeError(p, _friendly(exc.reason)) from None
    except OSError as exc:
        raise AudioDecodeError(p, f"could not start the decoder process ({exc})") from exc


def _run_worker(p: Path, rate_hz: int, raw: BinaryIO, max_s: float) -> str:
    import subprocess

    cmd = [sys.executable, "-I", str(_WORKER), str(p), str(rate_hz), repr(max_s)]
    try:
        proc = subprocess.run(cmd, stdout=raw, stderr=subprocess.PIPE, timeout=DECODE_TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired as exc:
        raise AudioDecodeError(p, f"decoding took longer than {DECODE_TIMEOUT_S:.0f} s") from exc
    except OSError as exc:
        raise AudioDecodeError(p, f"could not start the decoder process ({exc})") from exc
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    last = lines[-1] if lines else ""
    if proc.returncode == 0:
        return last
    reason = last
    if proc.returncode < 0:
        reason = f"the decoder crashed (signal {-proc.returncode}); the file is likely truncated or corrupt"
    elif proc.returncode != 3:
        reason = f"the decoder failed (exit {proc.returncode}): {reason}"
    raise AudioDecodeError(p, _friendly(reason))


def _friendly(reason: str) -> str:
    low = reason.lower()
    if "invalid data" in low or "could not find codec" in low or "invaliddataerror" in low:
        return f"not a recognised audio file or corrupt ({reason})"
    return reason or "unknown decoder error"


# sample format -> (numpy dtype, offset, scale) so that float = (raw - offset) * scale
_FORMATS = {
    "u8": ("u1", 128.0, 1 / 128), "s16": ("<i2", 0.0, 1 / 32768), "s32": ("<i4", 0.0, 1 / 2**31),
    "flt": ("<f4", 0.0, 1.0), "dbl": ("<f8", 0.0, 1.0),
}


def _parse(p: Path, raw: BinaryIO, header_line: str, *, mono: bool = False,
           start: int = 0) -> DecodedAudio:
    """Samples from ``raw`` (from byte ``start`` on) as the header line describes them."""
    try:
        header = json.loads(header_line)
        channels, n = int(header["channels"]), int(header["n_samples"])
        fmt = str(header.get("sample_format", "flt"))
        dtype, offset, scale = _FORMATS[fmt.rstrip("p")]
    except (ValueError, KeyError, TypeError) as exc:
        raise AudioDecodeError(p, "the decoder returned a malformed header") from exc
    itemsize = np.dtype(dtype).itemsize
    available, need = raw.seek(0, 2) - start, channels * n * itemsize
    if available < need or (available > need and not start):  # the child's stream is exact
        raise AudioDecodeError(p, "the decoder returned a truncated sample stream")
    planar, down = fmt.endswith("p"), mono and channels > 1
    samples = np.empty((1 if down else channels, n), dtype=np.float32)
    for lo in range(0, n, _BLOCK):
        k = min(_BLOCK, n - lo)
        dest = np.empty((channels, k), np.float32) if down else samples[:, lo:lo + k]
        for ch in range(channels if planar else 1):  # planar: one plane after the other
            raw.seek(start + ((ch * n + lo) * itemsize if planar else lo * channels * itemsize))
            block = np.frombuffer(raw.read(k * itemsize * (1 if planar else channels)), dtype=dtype)
            _convert(block.reshape(1, k) if planar else block.reshape(k, channels).T,
                     dest[ch:ch + 1] if planar else dest, offset, scale)
        if down:  # the channel mean exactly as features.resampled_mono takes it
            samples[0, lo:lo + k] = dest.mean(axis=0, dtype=np.float32)
    return DecodedAudio(samples=samples, rate_hz=int(header["rate_hz"]))


_BLOCK = 1 << 18  # samples per channel converted at a time


def _convert(shaped: np.ndarray, out: np.ndarray, offset: float, scale: float) -> None:
    if offset or scale != 1.0:
        np.multiply(np.subtract(shaped, offset, dtype=np.float32) if offset else shaped,
                    np.float32(scale), out=out, casting="unsafe")
    else:
        out[...] = shaped
    np.clip(out, -1.0, 1.0, out=out)


# WAV format tag (or WAVE_FORMAT_EXTENSIBLE sub-format), bits -> the sample format FFmpeg's
# PCM decoders output for it (24-bit PCM comes out as s32 there: not read here).
_WAV_FORMATS = {(1, 8): "u8", (1, 16): "s16", (1, 32): "s32", (3, 32): "flt", (3, 64): "dbl"}


def _read_plain_wav(p: Path, *, rate_hz: int | None, max_s: float,
                    mono: bool) -> DecodedAudio | None:
    """The samples of a plain WAV read in this process (None: the child decodes ``p``)."""
    try:
        plain = _plain_wav(p)
        if plain is None or rate_hz not in (None, plain[1]["rate_hz"]):
            return None
        offset, header = plain
        if max_s > 0 and header["n_samples"] > max_s * header["rate_hz"]:
            raise AudioDecodeError(p, f"ValueError: the audio is longer than the limit of "
                                      f"{max_s:.0f} s; trim it first")  # as the child says it
        with p.open("rb") as fh:
            return _parse(p, fh, json.dumps(header), mono=mono, start=offset)
    except OSError:
        return None  # unreadable here: the child reports why


def _plain_wav(p: Path) -> tuple[int, dict[str, Any]] | None:
    """(byte offset of the samples, decoder header) of a RIFF WAV whose ``data`` chunk is
    complete and holds whole frames of 1-2 channels of 8/16/32-bit PCM or 32/64-bit float;
    else None (the child decodes it: other codecs, truncated or damaged files, surround,
    RF64, 24-bit, ...)."""
    import struct

    with p.open("rb") as fh:
        head = fh.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        size, fmt = p.stat().st_size, None
        pos = 12
        for _ in range(_MAX_CHUNKS):
            if pos + 8 > size:
                break
            fh.seek(pos)
            cid, clen = struct.unpack("<4sI", fh.read(8))
            if cid == b"fmt " and 16 <= clen <= 64:
                fmt = fh.read(clen)
            elif cid == b"data":
                return _plain_header(fmt, pos + 8, clen, size)
            pos += 8 + clen + (clen & 1)
    return None


_MAX_CHUNKS = 64  # chunks looked at before the data chunk (fmt, LIST, bext, ...)


def _plain_header(fmt: bytes | None, offset: int, length: int,
                  size: int) -> tuple[int, dict[str, Any]] | None:
    import struct

    if fmt is None or len(fmt) < 16 or offset + length > size:
        return None
    tag, channels, rate, _, align, bits = struct.unpack("<HHIIHH", fmt[:16])
    if tag == 0xFFFE and len(fmt) >= 26:  # WAVE_FORMAT_EXTENSIBLE: the GUID's first 2 bytes
        tag = struct.unpack("<H", fmt[24:26])[0]
    sample_format = _WAV_FORMATS.get((tag, bits))
    if (sample_format is None or channels not in (1, 2) or rate <= 0
            or align != channels * bits // 8 or length == 0 or length % align):
        return None
    return offset, {"channels": channels, "rate_hz": rate, "n_samples": length // align,
                    "sample_format": sample_format}
