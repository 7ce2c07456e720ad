"""Frame features shared by beats, sections and envelopes: one STFT, many views.

Computing the spectrogram once (22.05 kHz, hop 512, like librosa's beat tracker) keeps the full
analysis within a small factor of plain ``librosa.beat.beat_track``.
"""

from __future__ import annotations

import os
import threading
import weakref
from dataclasses import dataclass

import numpy as np

from audio_sync.dsp import (
    chroma_filterbank,
    fft_frequencies,
    hann_window,
    mel_filterbank,
    mel_frequencies,
    mfcc,
    nonzero_spans,
    power_to_db,
    rfft,
)
from audio_sync.types import DecodedAudio

ANALYSIS_RATE_HZ = 22050
HOP = 512
N_FFT = 2048
N_MELS = 96
LOW_MAX_HZ = 200.0
MID_MAX_HZ = 3000.0
KICK_MAX_HZ = 120.0
# Spectral flatness is measured on the linear spectrum over this band: a hat's or snare's noise
# is flat there, a pitched instrument's upper harmonics (fiddle, accordion, xylophone) are peaks
# 10-40 bins apart, which the 32 pooled mel bands cannot resolve.
FLAT_BAND_HZ = (3000.0, 10000.0)
MEL_DB_BANDS = 32  # the 96 mel bands pooled in threes: enough for the beat net, 1/3 the memory


@dataclass(frozen=True, slots=True)
class Features:
    """Per-frame features at ``frame_rate_hz`` (frame i is centred at i * hop / sr)."""

    sr: int
    hop: int
    n_frames: int
    duration_s: float        # exact duration of the decoded audio
    onset_full: np.ndarray   # librosa-style mel spectral flux, all bands
    onset_low: np.ndarray    # spectral flux below LOW_MAX_HZ (kick, bass)
    onset_mid: np.ndarray    # LOW_MAX_HZ .. MID_MAX_HZ (snare body, chords, voice)
    onset_high: np.ndarray   # above MID_MAX_HZ (hats, cymbals, snare noise)
    onset_kick: np.ndarray   # magnitude (not log) flux 20..KICK_MAX_HZ: loud kicks beat soft bass
    rms: np.ndarray          # frame RMS of the mono signal
    band_low: np.ndarray     # band energies (power sums), same bands as the onsets
    band_mid: np.ndarray
    band_high: np.ndarray
    chroma: np.ndarray       # (12, n_frames)
    mfcc: np.ndarray         # (13, n_frames)
    mel_db: np.ndarray       # (MEL_DB_BANDS, n_frames) log-mel, dB re the song's peak: the beat net's input
    flat_high: np.ndarray    # spectral flatness over FLAT_BAND_HZ (geometric / arithmetic mean power)

    @property
    def frame_rate_hz(self) -> float:
        return self.sr / self.hop

    def frame_times(self) -> np.ndarray:
        return np.arange(self.n_frames) * (self.hop / self.sr)


def resampled_mono(audio: DecodedAudio, rate_hz: int = ANALYSIS_RATE_HZ) -> np.ndarray:
    """Mono float32 at ``rate_hz`` (soxr high quality, as librosa.load does), streamed in
    blocks so a long stereo song is never held as a second full-rate mono copy."""
    if audio.rate_hz == rate_hz:
        return audio.mono()
    import soxr

    stream = soxr.ResampleStream(audio.rate_hz, rate_hz, 1, dtype="float32", quality="HQ")
    n = audio.n_samples
    out = np.zeros(int(np.ceil(n * rate_hz / audio.rate_hz)) + 64, dtype=np.float32)
    filled = 0
    for lo in range(0, n, _RESAMPLE_BLOCK):
        block = (audio.samples[0, lo:lo + _RESAMPLE_BLOCK] if audio.channels == 1 else  # x/1 = x
                 audio.samples[:, lo:lo + _RESAMPLE_BLOCK].mean(axis=0, dtype=np.float32))
        part = stream.resample_chunk(block, last=lo + _RESAMPLE_BLOCK >= n)
        out[filled:filled + part.size] = part[:out.size - filled]
        filled = min(out.size, filled + part.size)
    return out[:filled]


_RESAMPLE_BLOCK = 1 << 18


def _flux(log_mel: np.ndarray) -> np.ndarray:
    """Half-wave rectified spectral flux averaged over bands (librosa onset_strength, lag 1)."""
    if log_mel.shape[0] == 0:
        return np.zeros(log_mel.shape[1], dtype=np.float32)
    diff = np.maximum(0.0, log_mel[:, 1:] - log_mel[:, :-1]).mean(axis=0)
    return np.concatenate([[0.0], diff]).astype(np.float32)


_CACHE: dict[int, tuple[weakref.ref, int, Features]] = {}
_CACHE_SIZE = 4
_CACHE_LOCK = threading.Lock()


def compute_features(audio: DecodedAudio) -> Features:
    """Shared frame features for ``audio``; memoised per samples array, so ``analyze`` and
    ``envelopes`` on the same DecodedAudio pay for one resample and one STFT."""
    key = id(audio.samples)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
    if hit is not None and hit[0]() is audio.samples and hit[1] == audio.rate_hz:
        return hit[2]
    feats = _compute(audio)
    with _CACHE_LOCK:
        while len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = (weakref.ref(audio.samples), audio.rate_hz, feats)
    return feats


def _power_blocks(y: np.ndarray, first: int, stop: int):  # noqa: ANN202 - (start, |STFT|^2)
    """|STFT|^2 (centred, Hann, N_FFT/HOP; the frames of ``librosa.stft``) of frames
    ``first..stop-1`` in blocks of frames: batched float32 FFTs (scipy's pocketfft, see
    ``dsp.rfft``), and blocks keep a long song's full spectrogram (and complex spectrum) out
    of memory. Each block is computed into the same buffers (valid until the next block):
    fresh 4 MB arrays per block cost page faults, half the spectral views' time in a new
    process."""
    window = hann_window(N_FFT).astype(np.float32)[:, None]
    half = N_FFT // 2
    width = min(_STFT_BLOCK, stop - first)
    buffers = _block_buffers(width)
    for lo in range(first, stop, _STFT_BLOCK):
        hi = min(stop, lo + _STFT_BLOCK)
        a, b = lo * HOP - half, (hi - 1) * HOP + half  # sample span of frames lo..hi-1
        seg = (y[a:b] if a >= 0 and b <= y.size else
               np.pad(y[max(0, a):min(y.size, b)], (max(0, -a), max(0, b - y.size))))
        frames = np.lib.stride_tricks.sliding_window_view(seg, N_FFT)[::HOP].T
        windowed, spec, power, imag2 = buffers if hi - lo == width else _block_buffers(hi - lo)
        np.multiply(frames, window, out=windowed)
        rfft(windowed, axis=0, out=spec)
        np.multiply(spec.real, spec.real, out=power)  # re^2 + im^2 in float32, as before
        np.multiply(spec.imag, spec.imag, out=imag2)
        np.add(power, imag2, out=power)
        yield lo, power


def _block_buffers(width: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The windowed frames laid out frame after frame (as the frames view is: each FFT reads
    contiguous memory), the spectra bin after bin (as pocketfft returns them)."""
    rows = N_FFT // 2 + 1
    return (np.empty((width, N_FFT), np.float32).T, np.empty((rows, width), np.complex64),
            np.empty((rows, width), np.float32), np.empty((rows, width), np.float32))


_TINY_POWER = np.float32(1e-12)  # silent frames: flatness of a tiny constant, not log(0)
_STFT_BLOCK = 512  # frames per block: ~25 MB of transient spectra, and cache-friendlier than 2048
# Threads the spectral views are split over: the FFT and einsum release the GIL, so two
# halves of the song run on two cores.
_THREADS = max(1, min(2, os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class _Filters:
    mel_fb: np.ndarray
    mel_spans: list[tuple[int, int]]  # each triangle covers a few bins: 50x fewer products
    chroma_fb: np.ndarray
    band_spans: list[tuple[int, int]]
    kick_rows: np.ndarray
    flat_span: tuple[int, int]


def _filters(sr: int) -> _Filters:
    fft_hz = fft_frequencies(sr=sr, n_fft=N_FFT)
    mel_fb = mel_filterbank(sr=sr, n_fft=N_FFT, n_mels=N_MELS)
    band_spans = [(int(np.searchsorted(fft_hz, a)), int(np.searchsorted(fft_hz, b)))
                  for a, b in ((0.0, LOW_MAX_HZ), (LOW_MAX_HZ, MID_MAX_HZ), (MID_MAX_HZ, sr))]
    # librosa.feature.chroma_stft(S=..., tuning=0) rebuilds this filterbank on every call
    return _Filters(mel_fb=mel_fb, mel_spans=nonzero_spans(mel_fb),
                    chroma_fb=chroma_filterbank(sr=sr, n_fft=N_FFT), band_spans=band_spans,
                    kick_rows=(fft_hz >= 20.0) & (fft_hz < KICK_MAX_HZ),
                    flat_span=(int(np.searchsorted(fft_hz, FLAT_BAND_HZ[0])),
                               int(np.searchsorted(fft_hz, min(FLAT_BAND_HZ[1], sr / 2.0)))))


def _fill_views(y: np.ndarray, first: int, stop: int, f: _Filters,
                out: dict[str, np.ndarray]) -> None:
    """Frames ``first..stop-1`` of every view in ``out`` (each frame independent of others)."""
    for lo, spec in _power_blocks(y, first, stop):
        hi = lo + spec.shape[1]
        for i, (a, b) in enumerate(f.mel_spans):
            np.einsum("i,ij->j", f.mel_fb[i, a:b], spec[a:b], out=out["mel"][i, lo:hi])
        chroma = np.einsum("ij,jk->ik", f.chroma_fb, spec)  # >= 0: the inf-norm is the maximum
        peak = chroma.max(axis=0)
        peak[peak < np.finfo(np.float32).tiny] = 1.0
        np.divide(chroma, peak, out=out["chroma"][:, lo:hi])
        for i, (a, b) in enumerate(f.band_spans):
            spec[a:b].sum(axis=0, out=out["bands"][i, lo:hi])
        out["power"][lo:hi] = spec.sum(axis=0)
        out["kick"][:, lo:hi] = np.sqrt(spec[f.kick_rows])
        band = spec[f.flat_span[0]:f.flat_span[1]] + _TINY_POWER
        np.exp(np.log(band).mean(axis=0) - np.log(band.mean(axis=0)), out=out["flat"][lo:hi])


def _spectral_views(y: np.ndarray, sr: int) -> dict[str, np.ndarray]:
    """Mel power, chroma, band powers, RMS and kick-band magnitudes, filled block by block,
    the song's frames split over ``_THREADS`` threads (the same numbers as one thread: every
    frame is computed alone).

    No BLAS (einsum and slice sums instead of matrix products): these products are small, and
    OpenBLAS' worker threads spin between calls, which made the spectral views of a 3-minute
    song cost 550 ms CPU instead of 90 ms on a loaded machine (and limiting BLAS threads with
    threadpoolctl has no effect when the analysis runs in a worker thread, as in the studio)."""
    n = 1 + y.size // HOP
    f = _filters(sr)
    out = {"mel": np.empty((N_MELS, n), np.float32), "chroma": np.empty((12, n), np.float32),
           "bands": np.empty((3, n), np.float32), "power": np.empty(n, np.float32),
           "kick": np.empty((int(f.kick_rows.sum()), n), np.float32), "flat": np.empty(n, np.float32)}
    parts = _THREADS if n >= 2 * _STFT_BLOCK else 1
    cuts = [n * k // parts for k in range(parts + 1)]
    errors: list[BaseException] = []

    def part(k: int) -> None:
        try:
            _fill_views(y, cuts[k], cuts[k + 1], f, out)
        except BaseException as exc:  # re-raised on the calling thread
            errors.append(exc)

    workers = [threading.Thread(target=part, args=(k,), daemon=True) for k in range(1, parts)]
    for w in workers:
        w.start()
    part(0)
    for w in workers:
        w.join()
    if errors:
        raise errors[0]
    return out


def _compute(audio: DecodedAudio) -> Features:
    y = resampled_mono(audio)
    sr = ANALYSIS_RATE_HZ
    if y.size < N_FFT:
        y = np.pad(y, (0, N_FFT - y.size))
    v = _spectral_views(y, sr)
    del y
    mel = v["mel"]
    log_mel = power_to_db(mel, ref=np.max(mel) if mel.size else 1.0, top_db=80.0)
    mel_hz = mel_frequencies(N_MELS + 2, fmax=sr / 2)[1:-1]
    low, mid = mel_hz < LOW_MAX_HZ, (mel_hz >= LOW_MAX_HZ) & (mel_hz < MID_MAX_HZ)
    high = mel_hz >= MID_MAX_HZ
    kick = np.concatenate([[0.0], np.maximum(0.0, np.diff(v["kick"], axis=1)).sum(axis=0)])
    return Features(
        sr=sr, hop=HOP, n_frames=mel.shape[1], duration_s=audio.duration_s,
        onset_full=_flux(log_mel), onset_low=_flux(log_mel[low]),
        onset_mid=_flux(log_mel[mid]), onset_high=_flux(log_mel[high]),
        onset_kick=kick.astype(np.float32),
        rms=(np.sqrt(v["power"] * 2.0) / N_FFT).astype(np.float32),
        band_low=v["bands"][0], band_mid=v["bands"][1], band_high=v["bands"][2],
        chroma=v["chroma"], mfcc=mfcc(log_mel, n_mfcc=13).astype(np.float32),
        mel_db=log_mel.reshape(MEL_DB_BANDS, N_MELS // MEL_DB_BANDS, -1).mean(axis=1, dtype=np.float32),
        flat_high=v["flat"],
    )
