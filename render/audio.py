"""Streaming audio mix: decode every track with PyAV, resample to 48 kHz stereo float,
place it at its start sample, apply gain, fades and ducking of music under voice, and hand
out exactly the requested number of samples. Memory is a few blocks, whatever the length.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from render.errors import MediaProbeError
from render.timeline import AudioTrack

if TYPE_CHECKING:
    import av

DUCK_THRESHOLD_RMS = 10 ** (-45 / 20)  # voice louder than -45 dBFS counts as speech
DUCK_ATTACK_S, DUCK_RELEASE_S = 0.02, 0.35


class TrackReader:
    """Decoded, resampled PCM of one file as a stream of (2, n) float32 blocks."""

    def __init__(self, path: str, *, rate_hz: int, index: int) -> None:
        import av

        self._path, self._index = path, index
        try:
            self._container = av.open(path, "r")
            stream = self._container.streams.audio[0]
        except (av.FFmpegError, IndexError, OSError) as e:
            raise MediaProbeError(path, f"cannot open audio track {index} ({e})") from e
        stream.thread_type = "AUTO"
        self._frames = self._container.decode(stream)
        # mono is duplicated to both channels at full level (swresample's upmix is -3 dB)
        self._mono = stream.codec_context.channels == 1
        self._resampler = av.AudioResampler(format="fltp", layout="mono" if self._mono
                                            else "stereo", rate=rate_hz)
        self._buf: deque[np.ndarray] = deque()
        self._buffered = 0
        self._eof = False

    def _fill(self, n: int) -> None:
        import av

        while self._buffered < n and not self._eof:
            try:
                frame: av.AudioFrame | None = next(self._frames)
            except StopIteration:
                frame = None
            except av.FFmpegError as e:
                raise MediaProbeError(self._path, f"audio track {self._index}: decoding "
                                      f"failed ({e})") from e
            if frame is None:
                self._eof = True
            frame_out = self._resampler.resample(frame)
            for f in frame_out:
                arr = f.to_ndarray().astype(np.float32, copy=False)
                arr = np.repeat(arr.reshape(1, -1), 2, axis=0) if self._mono \
                    else arr.reshape(2, -1)
                self._buf.append(arr)
                self._buffered += arr.shape[1]

    def read(self, n: int) -> np.ndarray:
        """Next ``n`` samples as (2, n) float32; zeros after the end of the file."""
        self._fill(n)
        out = np.zeros((2, n), dtype=np.float32)
        pos = 0
        while pos < n and self._buf:
            head = self._buf[0]
            take = min(n - pos, head.shape[1])
            out[:, pos:pos + take] = head[:, :take]
            if take == head.shape[1]:
                self._buf.popleft()
            else:
                self._buf[0] = head[:, take:]
            self._buffered -= take
            pos += take
        return out

    def skip(self, n: int) -> None:
        """Drop the next ``n`` samples, in bounded blocks."""
        while n > 0:
            take = min(n, 1 << 16)
            self.read(take)
            n -= take

    def close(self) -> None:
        self._container.close()


def _fade_out_end(end: int | None, total_samples: int) -> int:
    return total_samples if end is None else min(end, total_samples)


@dataclass(slots=True)
class _Placed:
    track: AudioTrack
    reader: TrackReader
    start: int  # first output sample
    end: int | None  # where the file ends (None: unknown, the end of the output)
    fade_in: int
    fade_out_end: int  # output sample where the fade-out reaches silence
    fade_out: int
    gain: float


class AudioMixer:
    """Mix ``tracks`` into consecutive blocks of the output; call :meth:`read` in order."""

    def __init__(self, tracks: tuple[AudioTrack, ...], *, durations_s: list[float],
                 rate_hz: int, total_samples: int) -> None:
        self.rate_hz, self.total_samples = rate_hz, total_samples
        self._pos = 0
        self._duck_gain = 1.0
        self._placed: list[_Placed] = []
        try:
            for i, (t, dur) in enumerate(zip(tracks, durations_s, strict=True)):
                start = round(t.start_s * rate_hz)
                reader = TrackReader(t.source, rate_hz=rate_hz, index=i)
                if start < 0:  # a negative start skips the head of the file
                    reader.skip(-start)
                end = start + round(dur * rate_hz) if dur > 0 else None
                self._placed.append(_Placed(
                    track=t, reader=reader, start=start, end=end,
                    fade_in=round(t.fade_in_s * rate_hz),
                    fade_out_end=_fade_out_end(end, total_samples),
                    fade_out=round(t.fade_out_s * rate_hz), gain=10 ** (t.gain_db / 20)))
        except Exception:
            self.close()
            raise

    def settled(self) -> int:
        """Samples that stay as they are while the output is no shorter than each known
        track and no fade-out moves: up to the first fade-out of a track that ends."""
        ends = [p.end for p in self._placed if p.end is not None]
        fades = [p.end - p.fade_out for p in self._placed if p.end is not None and p.fade_out]
        return max(0, min([*fades, max(ends)], default=0) if ends else 0)

    @property
    def duck_gain(self) -> float:
        """The voice-over ducking gain reached so far: what :meth:`resume` takes."""
        return self._duck_gain

    def resume(self, pos: int, duck_gain: float) -> None:
        """Continue where another mixer of the same tracks stopped after reading ``pos``
        samples in blocks (its duck gain then ``duck_gain``): each file is decoded and
        resampled up to there again, so what follows is sample for sample the same."""
        for p in self._placed:
            p.reader.skip(max(0, min(pos, self.total_samples) - max(p.start, 0)))
        self._pos, self._duck_gain = pos, duck_gain

    def retarget(self, total_samples: int) -> bool:
        """Become the mixer built for ``total_samples`` when every sample read so far is
        what that one would have given (blocks read the same way): no fade-out that the
        length moves reached them. False, and nothing changed, otherwise."""
        if self._pos > total_samples:
            return False
        ends = [_fade_out_end(p.end, total_samples) for p in self._placed]
        for p, end in zip(self._placed, ends, strict=True):
            if p.fade_out and end != p.fade_out_end and \
                    self._pos > min(end, p.fade_out_end) - p.fade_out:
                return False
        for p, end in zip(self._placed, ends, strict=True):
            p.fade_out_end = end
        self.total_samples = total_samples
        return True

    def read(self, n: int) -> np.ndarray:
        """The next ``n`` output samples, (2, n) float32, clipped to [-1, 1]."""
        n = max(0, min(n, self.total_samples - self._pos))
        music = np.zeros((2, n), dtype=np.float32)
        voice = np.zeros((2, n), dtype=np.float32)
        duck_db = 0.0
        for p in self._placed:
            block = self._track_block(p, n)
            if block is None:
                continue
            if p.track.role == "voice":
                voice += block
            else:
                music += block
                duck_db = min(duck_db, p.track.duck_db)
        if duck_db < 0:
            music *= self._duck_envelope(voice, n, duck_db)
        self._pos += n
        out = music + voice
        np.clip(out, -1.0, 1.0, out=out)
        return out

    def _track_block(self, p: _Placed, n: int) -> np.ndarray | None:
        lo, hi = self._pos, self._pos + n
        if hi <= p.start:
            return None
        skip = max(0, p.start - lo)
        if skip == 0:
            block = p.reader.read(n)  # a fresh array
        else:
            block = np.zeros((2, n), dtype=np.float32)
            block[:, skip:] = p.reader.read(n - skip)
        if lo - p.start >= p.fade_in and p.fade_out_end - (hi - 1) >= p.fade_out:
            # no fade in this block (the usual case): the same product, no per-sample curve
            if p.gain != 1.0:
                block *= np.float32(p.gain)
            return block
        idx = np.arange(lo, hi, dtype=np.float64)
        gain = np.full(n, p.gain, dtype=np.float64)
        if p.fade_in > 0:
            gain *= np.clip((idx - p.start) / p.fade_in, 0.0, 1.0)
        if p.fade_out > 0:
            gain *= np.clip((p.fade_out_end - idx) / p.fade_out, 0.0, 1.0)
        block *= gain.astype(np.float32)
        return block

    def _duck_envelope(self, voice: np.ndarray, n: int, duck_db: float) -> np.ndarray:
        """Per-sample music gain: smoothed step to ``duck_db`` while the voice is audible."""
        if n == 0:
            return np.ones(0, dtype=np.float32)
        rms = float(np.sqrt(np.mean(voice * voice)))
        target = 10 ** (duck_db / 20) if rms > DUCK_THRESHOLD_RMS else 1.0
        tau = DUCK_ATTACK_S if target < self._duck_gain else DUCK_RELEASE_S
        k = 1.0 - math.exp(-n / (tau * self.rate_hz))
        new = self._duck_gain + (target - self._duck_gain) * k
        env = np.linspace(self._duck_gain, new, n, dtype=np.float32)
        self._duck_gain = new
        return env

    def close(self) -> None:
        for p in self._placed:
            p.reader.close()
