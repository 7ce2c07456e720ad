"""Frame features shared by beats, sections and envelopes: one STFT, many views.

Computing the spectrogram once (22.05 kHz, hop 512, like librosa's beat tracker) keeps the full
analysis within a small factor of plain ``librosa.beat.beat_track``.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

import numpy as np

from audio_sync.types import DecodedAudio

ANALYSIS_RATE_HZ = 22050
HOP = 512
N_FFT = 2048
N_MELS = 96
LOW_MAX_HZ = 200.0
MID_MAX_HZ = 3000.0
KICK_MAX_HZ = 120.0


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

    @property
    def frame_rate_hz(self) -> float:
        return self.sr / self.hop

    def frame_times(self) -> np.ndarray:
        return np.arange(self.n_frames) * (self.hop / self.sr)


def resampled_mono(audio: DecodedAudio, rate_hz: int = ANALYSIS_RATE_HZ) -> np.ndarray:
    """Mono float32 at ``rate_hz`` (soxr high quality, as librosa.load does)."""
    y = audio.mono()
    if audio.rate_hz != rate_hz:
        import librosa

        y = librosa.resample(y, orig_sr=audio.rate_hz, target_sr=rate_hz, res_type="soxr_hq")
    return np.ascontiguousarray(y, dtype=np.float32)


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


def _power_spectrogram(y: np.ndarray) -> np.ndarray:
    """|STFT|^2 (centred, Hann, N_FFT/HOP) -- same frames as ``librosa.stft`` but one batched
    float32 FFT over both cores, which is what keeps the full analysis near beat_track's cost."""
    import librosa
    import scipy.fft

    frames = librosa.util.frame(np.pad(y, N_FFT // 2), frame_length=N_FFT, hop_length=HOP)
    window = librosa.filters.get_window("hann", N_FFT, fftbins=True).astype(np.float32)
    spec = scipy.fft.rfft(frames * window[:, None], axis=0, workers=2)
    return (spec.real ** 2 + spec.imag ** 2).astype(np.float32, copy=False)


def _band_matrix(fft_hz: np.ndarray, edges_hz: list[tuple[float, float]]) -> np.ndarray:
    return np.stack([((fft_hz >= lo) & (fft_hz < hi)).astype(np.float32) for lo, hi in edges_hz])


def _compute(audio: DecodedAudio) -> Features:
    import librosa

    y = resampled_mono(audio)
    sr = ANALYSIS_RATE_HZ
    if y.size < N_FFT:
        y = np.pad(y, (0, N_FFT - y.size))
    spec = _power_spectrogram(y)
    mel_fb = librosa.filters.mel(sr=sr, n_fft=N_FFT, n_mels=N_MELS)
    mel = mel_fb @ spec
    log_mel = librosa.power_to_db(mel, ref=np.max(mel) if mel.size else 1.0, top_db=80.0)
    mel_hz = librosa.mel_frequencies(n_mels=N_MELS + 2, fmin=0.0, fmax=sr / 2)[1:-1]
    low, mid = mel_hz < LOW_MAX_HZ, (mel_hz >= LOW_MAX_HZ) & (mel_hz < MID_MAX_HZ)
    high = mel_hz >= MID_MAX_HZ
    fft_hz = librosa.fft_frequencies(sr=sr, n_fft=N_FFT)
    chroma = librosa.feature.chroma_stft(S=spec, sr=sr, n_fft=N_FFT, hop_length=HOP, tuning=0.0)
    mfcc = librosa.feature.mfcc(S=log_mel, n_mfcc=13)
    rms = np.sqrt(spec.sum(axis=0) * 2.0) / N_FFT
    kick_mag = np.sqrt(spec[(fft_hz >= 20.0) & (fft_hz < KICK_MAX_HZ)])
    kick = np.concatenate([[0.0], np.maximum(0.0, np.diff(kick_mag, axis=1)).sum(axis=0)])
    bands = _band_matrix(fft_hz, [(0.0, LOW_MAX_HZ), (LOW_MAX_HZ, MID_MAX_HZ),
                                  (MID_MAX_HZ, sr)]) @ spec
    return Features(
        sr=sr, hop=HOP, n_frames=spec.shape[1], duration_s=audio.duration_s,
        onset_full=_flux(log_mel), onset_low=_flux(log_mel[low]),
        onset_mid=_flux(log_mel[mid]), onset_high=_flux(log_mel[high]),
        onset_kick=kick.astype(np.float32),
        rms=rms.astype(np.float32),
        band_low=bands[0], band_mid=bands[1], band_high=bands[2],
        chroma=chroma.astype(np.float32), mfcc=mfcc.astype(np.float32),
    )
