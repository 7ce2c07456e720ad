"""The numpy ports in audio_sync.dsp give librosa's numbers, and the analysis never imports librosa."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audio_sync import dsp
from audio_sync.testsongs import make_song

librosa = pytest.importorskip("librosa")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("sr", "n_fft"), [(22050, 2048), (44100, 1024)])
def test_filterbanks_match_librosa(sr: int, n_fft: int) -> None:
    np.testing.assert_allclose(dsp.mel_filterbank(sr=sr, n_fft=n_fft, n_mels=96),
                               librosa.filters.mel(sr=sr, n_fft=n_fft, n_mels=96),
                               rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(dsp.chroma_filterbank(sr=sr, n_fft=n_fft),
                               librosa.filters.chroma(sr=sr, n_fft=n_fft, tuning=0.0),
                               rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(dsp.mel_frequencies(98, fmax=sr / 2),
                               librosa.mel_frequencies(n_mels=98, fmin=0.0, fmax=sr / 2), rtol=1e-12)
    np.testing.assert_array_equal(dsp.fft_frequencies(sr=sr, n_fft=n_fft),
                                  librosa.fft_frequencies(sr=sr, n_fft=n_fft))
    np.testing.assert_array_equal(dsp.hann_window(n_fft),
                                  librosa.filters.get_window("hann", n_fft, fftbins=True))


def test_db_normalize_and_mfcc_match_librosa() -> None:
    rng = np.random.default_rng(1)
    power = (rng.random((96, 300)) ** 6).astype(np.float32)
    power[:, 10] = 0.0  # a silent frame: floors at -80 dB, normalises to zeros
    ref = float(power.max())
    db = dsp.power_to_db(power, ref=ref)
    np.testing.assert_allclose(db, librosa.power_to_db(power, ref=ref, top_db=80.0), atol=1e-4)
    np.testing.assert_allclose(dsp.normalize(power, norm=np.inf),
                               librosa.util.normalize(power, norm=np.inf, axis=0), rtol=1e-6)
    np.testing.assert_allclose(dsp.mfcc(db), librosa.feature.mfcc(S=db, n_mfcc=13),
                               rtol=1e-5, atol=1e-3)


def test_onsets_match_librosa_on_a_song() -> None:
    from audio_sync.features import compute_features

    audio, _ = make_song(bpm=132, duration_s=10.0, offbeat_hats=True, stabs=True, seed=11)
    feats = compute_features(audio)
    ours = dsp.onset_times(feats.onset_full, sr=feats.sr, hop=feats.hop)
    theirs = librosa.onset.onset_detect(onset_envelope=feats.onset_full, sr=feats.sr,
                                        hop_length=feats.hop, units="time")
    assert ours.size > 20
    np.testing.assert_array_equal(ours, theirs)
    rng = np.random.default_rng(4)  # noise: many near-ties between the max and mean tests
    env = rng.random(2000).astype(np.float32)
    np.testing.assert_array_equal(
        dsp.onset_times(env, sr=22050, hop=512),
        librosa.onset.onset_detect(onset_envelope=env, sr=22050, hop_length=512, units="time"))


def test_features_match_the_librosa_pipeline() -> None:
    """The features as the old librosa-based code computed them (mel, dB, chroma, MFCC)."""
    from audio_sync.features import HOP, N_FFT, N_MELS, compute_features, resampled_mono

    audio, _ = make_song(bpm=100, duration_s=8.0, stabs=True, rate_hz=44100, seed=2)
    feats = compute_features(audio)
    y = resampled_mono(audio)
    power = np.abs(librosa.stft(y, n_fft=N_FFT, hop_length=HOP, pad_mode="constant")) ** 2
    mel = librosa.feature.melspectrogram(S=power, sr=22050, n_mels=N_MELS)
    log_mel = librosa.power_to_db(mel, ref=np.max(mel), top_db=80.0)
    onset = np.concatenate([[0.0], np.maximum(0.0, np.diff(log_mel, axis=1)).mean(axis=0)])
    np.testing.assert_allclose(feats.onset_full, onset, atol=2e-3)
    chroma = librosa.feature.chroma_stft(S=power, sr=22050, tuning=0.0)
    np.testing.assert_allclose(feats.chroma, chroma, atol=1e-3)
    mfcc = librosa.feature.mfcc(S=log_mel, n_mfcc=13)
    np.testing.assert_allclose(feats.mfcc, mfcc, atol=0.05, rtol=1e-3)


def test_analysis_imports_neither_librosa_nor_numba(tmp_path: Path) -> None:
    """No JIT on the hot path, and no scipy import that costs more than the analysis: a fresh
    process analyses a song file without loading librosa, numba, llvmlite or scipy."""
    from audio_sync.testsongs import write_wav

    song = write_wav(tmp_path / "song.wav", make_song(bpm=120, duration_s=5.0, seed=1)[0])
    code = ("import sys; from audio_sync.analysis import analyze; "
            "from audio_sync.decode import decode_audio; from audio_sync.envelopes import envelopes; "
            f"from fractions import Fraction; a = decode_audio({str(song)!r}, mono=True); "
            "analyze(a); envelopes(a, fps=Fraction(30)); "
            "print(sorted(m for m in ('librosa', 'numba', 'llvmlite', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_filters_and_dct_match_scipy() -> None:
    """The numpy stand-ins give scipy.ndimage's and scipy.fft's numbers exactly."""
    from scipy.fft import dct
    from scipy.ndimage import maximum_filter1d, median_filter

    rng = np.random.default_rng(3)
    for span in (2, 3, 8, 9, 17):
        x = (rng.random(80) > 0.7).astype(np.uint8)
        origin = -(span // 2) + 1
        assert np.array_equal(dsp.max_filter1d(x, span, origin=origin),
                              maximum_filter1d(x, size=span, origin=origin))
    x = np.concatenate([np.full(2, -np.inf), rng.random(50), np.full(2, -np.inf)])
    assert np.array_equal(dsp.max_filter1d(x, 5, cval=-np.inf),
                          maximum_filter1d(x, size=5, mode="constant", cval=-np.inf))
    for n in (3, 5, 40):
        lags = rng.random(n)
        assert np.array_equal(dsp.median_filter1d(lags, 5),
                              median_filter(lags, size=5, mode="nearest"))
    log_mel = rng.normal(size=(64, 30)).astype(np.float32)
    np.testing.assert_allclose(dsp.mfcc(log_mel, n_mfcc=13),
                               dct(log_mel, axis=-2, type=2, norm="ortho")[:13], atol=1e-4)


def test_audio_hash_hashes_the_samples_without_copying_them() -> None:
    import hashlib
    import tracemalloc

    from audio_sync.analysis import ANALYSIS_VERSION, audio_hash
    from audio_sync.types import DecodedAudio

    samples = np.random.default_rng(3).standard_normal((2, 1_000_000)).astype(np.float32)
    audio = DecodedAudio(samples=samples, rate_hz=44100)
    old = hashlib.sha256(f"audio_sync-v{ANALYSIS_VERSION}:44100:{samples.shape}".encode())
    old.update(samples.tobytes())
    tracemalloc.start()
    try:
        assert audio_hash(audio) == old.hexdigest()  # cache keys unchanged
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < samples.nbytes // 10  # was a full copy (8 MB here)


@pytest.mark.parametrize(("codec", "ext"), [("pcm_s16le", "wav"), ("flac", "flac"),
                                            ("libmp3lame", "mp3"), ("aac", "m4a")])
def test_mono_decode_gives_the_same_analysis_as_stereo(tmp_path: Path, codec: str,
                                                      ext: str) -> None:
    """Packed (wav s16, flac) and planar (mp3 s32p, aac fltp) stereo decoded to mono: the same
    features and beats as the stereo decode, in half the memory."""
    import av

    from audio_sync.analysis import analyze
    from audio_sync.decode import decode_audio
    from audio_sync.features import compute_features

    audio, _ = make_song(bpm=126, duration_s=5.0, stabs=True, rate_hz=44100, seed=9)
    left = audio.samples[0]
    stereo = np.vstack([left, np.roll(left, 300) * 0.5]).astype(np.float32)
    path = tmp_path / f"s.{ext}"
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=44100, layout="stereo")
        fmt = stream.codec_context.format.name
        data = stereo if fmt.endswith("p") else stereo.T.reshape(1, -1)
        if fmt.startswith("s16"):
            data = (data * 32767).astype(np.int16)
        elif fmt.startswith("s32"):
            data = (data * 2.0**31 * 0.999).astype(np.int32)
        size = stream.codec_context.frame_size or stereo.shape[1]
        step = size * (1 if fmt.endswith("p") else 2)  # packed rows interleave L and R
        for pts, lo in enumerate(range(0, data.shape[1], step)):
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(data[:, lo:lo + step]),
                                               format=fmt, layout="stereo")
            frame.sample_rate, frame.pts = 44100, pts * size
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    full, mono = decode_audio(path), decode_audio(path, mono=True)
    assert full.channels == 2 and mono.channels == 1 and mono.n_samples == full.n_samples
    a, b = compute_features(full), compute_features(mono)
    for name in ("onset_full", "chroma", "rms", "band_low", "mfcc"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    assert analyze(full).beats_s == analyze(mono).beats_s



def test_rfft_is_scipys_without_importing_scipy_fft(monkeypatch: pytest.MonkeyPatch) -> None:
    """dsp.rfft gives scipy.fft.rfft's numbers exactly (its compiled pocketfft, loaded without
    scipy.fft's costly import: checked in a fresh process), and numpy's FFT if it is missing."""
    code = ("import sys, numpy as np; from audio_sync import dsp; "
            "x = np.random.default_rng(5).standard_normal((2048, 40)).astype(np.float32); "
            "a = dsp.rfft(x, axis=0); loaded = sorted(m for m in sys.modules if 'scipy' in m); "
            "fast = dsp._POCKETFFT[0] is not None; "
            "import scipy.fft; b = scipy.fft.rfft(x, axis=0); "
            "print(a.dtype, a.shape, fast, np.array_equal(a, b), loaded)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["complex64", "(1025,", "40)", "True", "True", "[]"]
    x = np.random.default_rng(6).standard_normal((3, 2048)).astype(np.float32)
    fast = dsp.rfft(x, axis=1)
    monkeypatch.setattr(dsp, "_POCKETFFT", [None])
    np.testing.assert_allclose(dsp.rfft(x, axis=-1), fast, rtol=1e-5, atol=1e-3)


def test_spectral_views_on_two_threads_equal_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The song's frames split over two threads give exactly the one-thread views."""
    from audio_sync import features

    y = np.random.default_rng(7).standard_normal(22050 * 26).astype(np.float32) * 0.1
    monkeypatch.setattr(features, "_THREADS", 1)
    one = features._spectral_views(y, 22050)
    monkeypatch.setattr(features, "_THREADS", 2)
    started = []
    real_start = features.threading.Thread.start
    monkeypatch.setattr(features.threading.Thread, "start",
                        lambda self: started.append(self) or real_start(self))
    two = features._spectral_views(y, 22050)
    assert len(started) == 1 and one.keys() == two.keys()
    for key in one:
        np.testing.assert_array_equal(one[key], two[key], err_msg=key)


def test_mono_resampling_skips_the_channel_mean_with_the_same_numbers() -> None:
    """A mono song goes to soxr without a (1-channel) mean copy: the same samples as the
    mean of a stereo song whose two channels are that song ((x + x) / 2 == x exactly)."""
    from audio_sync.features import resampled_mono
    from audio_sync.types import DecodedAudio

    x = np.random.default_rng(8).uniform(-0.5, 0.5, (1, 600_000)).astype(np.float32)
    mono = resampled_mono(DecodedAudio(samples=x, rate_hz=44100))
    stereo = resampled_mono(DecodedAudio(samples=np.vstack([x, x]), rate_hz=44100))
    assert mono.dtype == np.float32 and mono.size == 300_000
    np.testing.assert_array_equal(mono, stereo)
