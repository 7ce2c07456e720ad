"""Loudness normalisation of the final mix, checked against pyloudnorm on the encoded file.

Material: the project's synthetic test songs (audio_sync.testsongs) and espeak-ng speech
(real synthesised speech, not written for this test); the renders are decoded back with
PyAV, so the AAC encoder's own effect on loudness and peaks is included."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import make_clip, write_wav

from render.encode import render_timeline
from render.loudness import LoudnessMeter, LoudnessTarget, TruePeak
from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment

pyln = pytest.importorskip("pyloudnorm")
FPS = Fraction(30)


def _decode(path: Path) -> tuple[np.ndarray, int]:
    import av

    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        rs = av.AudioResampler(format="fltp", layout="stereo", rate=48000)
        chunks = [f.to_ndarray() for fr in c.decode(s) for f in rs.resample(fr)]
    return np.concatenate(chunks, axis=1).astype(np.float64), 48000


def _true_peak_dbtp(x: np.ndarray) -> float:
    from scipy.signal import resample_poly

    return float(20 * np.log10(np.abs(resample_poly(x, 4, 1, axis=1)).max()))


@pytest.fixture(scope="module")
def song(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from audio_sync.testsongs import make_song

    audio, _ = make_song(bpm=112, duration_s=12.0, seed=11, drumless_breakdown=False)
    x = audio.samples.T * 0.35  # a quiet master (about -27 LUFS)
    return write_wav(tmp_path_factory.mktemp("loud") / "song.wav", x, rate_hz=audio.rate_hz)


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from providers.local.espeak import synthesize

    sp = synthesize("The city sleeps tonight. We drive until the morning light, and the "
                    "radio keeps singing every song we know.", rate_wpm=150)
    pcm = np.frombuffer(bytes(sp.samples), dtype="<i2") / 32768.0
    return write_wav(tmp_path_factory.mktemp("voice") / "voice.wav", pcm * 0.5,
                     rate_hz=sp.rate_hz)


def _render(tmp: Path, tracks: tuple[AudioTrack, ...], *, name: str,
            loudness: LoudnessTarget | None) -> tuple[Path, dict | None]:
    clip = make_clip(tmp / "c.mp4", fps=FPS, n_frames=30, width=64, height=36)
    tl = Timeline(output=OutputSettings(width=64, height=36, fps=FPS, preset="ultrafast"),
                  total_frames=300, audio=tracks,
                  segments=(VideoSegment(source=str(clip), start_frame=0, duration_frames=300),))
    res = render_timeline(tl, tmp / name, loudness=loudness)
    return res.path, res.loudness


@pytest.mark.parametrize("mix", ["music", "speech+music"])
def test_render_hits_the_loudness_target_under_the_peak_ceiling(tmp_path, song, speech, mix):
    tracks = (AudioTrack(source=str(song)),)
    if mix == "speech+music":
        tracks += (AudioTrack(source=str(speech), start_s=1.0, role="voice"),)
    raw, _ = _render(tmp_path, tracks, name="raw.mp4", loudness=None)
    out, report = _render(tmp_path, tracks, name="norm.mp4", loudness=LoudnessTarget())
    before = pyln.Meter(48000).integrated_loudness(_decode(raw)[0].T)
    x, rate = _decode(out)
    after = pyln.Meter(rate).integrated_loudness(x.T)
    assert before < -17  # the quiet master really was far from the target
    assert abs(after - -14.0) <= 0.5, (before, after, report)
    assert _true_peak_dbtp(x) <= -1.0, report
    assert report is not None and abs(report["measured_lufs"] - before) < 0.5


def test_switched_off_leaves_the_mix_alone(tmp_path, song):
    a, _ = _render(tmp_path, (AudioTrack(source=str(song)),), name="a.mp4", loudness=None)
    x, rate = _decode(a)
    assert pyln.Meter(rate).integrated_loudness(x.T) < -20


def test_meter_agrees_with_pyloudnorm_and_true_peak_sees_intersample_peaks():
    rng = np.random.default_rng(4)
    n = 48000 * 6
    t = np.arange(n) / 48000
    x = np.stack([0.3 * np.sin(2 * np.pi * 997 * t) + 0.05 * rng.standard_normal(n),
                  0.2 * np.sin(2 * np.pi * 60 * t) * (t > 2)])
    meter = LoudnessMeter(48000)
    for i in range(0, n, 7001):  # odd block size: streaming state must carry over
        meter.feed(x[:, i:i + 7001].astype(np.float32))
    assert abs(meter.integrated_lufs() - pyln.Meter(48000).integrated_loudness(x.T)) < 0.05
    k = np.arange(4800)
    quarter = np.sin(2 * np.pi * k / 4 + np.pi / 4)[None].repeat(2, 0)  # samples at 0.707
    peaks = TruePeak().hop_peaks(quarter)
    assert np.abs(quarter).max() < 0.71 and peaks[100:].max() > 0.95


def test_silence_and_very_short_mixes_get_no_gain():
    from render.loudness import plan

    for n in (48000 * 2, 9000):  # 2 s of silence; under one 400 ms block of sound
        meter = LoudnessMeter(48000)
        x = np.zeros((2, n), np.float32)
        if n < 19200:  # a 1 kHz tone, loud enough to measure if it were long enough
            x[:] = 0.3 * np.sin(2 * np.pi * 1000 * np.arange(n) / 48000)
        meter.feed(x)
        norm = plan(meter, target_lufs=-14.0, ceiling_dbtp=-2.0)
        assert norm.gain_db == 0.0 and not norm.limited


def test_cancel_during_the_measuring_pass_writes_nothing():
    import threading

    from render.errors import RenderCancelled

    cancel = threading.Event()
    calls = {"n": 0}

    def read(n: int) -> np.ndarray:
        calls["n"] += 1
        if calls["n"] == 3:
            cancel.set()
        return np.zeros((2, n), np.float32)

    from render.loudness import measure

    with pytest.raises(RenderCancelled):
        measure(read, rate_hz=48000, total_samples=48000 * 60, cancelled=cancel.is_set)
    assert calls["n"] == 3


def test_numpy_filters_match_scipy_signal() -> None:
    """The meter's K-weighting, oversampling and limiter equal scipy's (the render avoids
    importing scipy.signal), for blocks of any length fed one after another."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d
    from scipy.signal import firwin, sosfilt, upfirdn

    from render import loudness as ld

    x = np.random.default_rng(1).standard_normal((2, 120_000)) * 0.3
    kw = ld.KWeighting(48000)
    cuts = [0, 700, 705, 33_473, 120_000]
    got = np.concatenate([kw(x[:, a:b]) for a, b in zip(cuts, cuts[1:], strict=False)], axis=1)
    assert np.abs(got - sosfilt(ld.k_weighting_sos(48000), x, axis=1)).max() < 1e-10
    h = ld._oversampling_filter()
    assert np.allclose(h, firwin(48, 0.9 / 4, window=("kaiser", 8.0)) * 4, atol=1e-15)
    assert np.allclose(ld._upsampled(h, x[:, :5000]), upfirdn(h, x[:, :5000], up=4, axis=1),
                       atol=1e-12)
    env = np.abs(x[0, :4000]) * 3
    need = np.minimum(1.0, 0.8 / np.maximum(env, 1e-12))
    ref = uniform_filter1d(minimum_filter1d(need, size=4 * ld.LIMIT_HOPS + 1, mode="nearest"),
                           size=2 * ld.LIMIT_HOPS + 1, mode="nearest")
    assert np.allclose(ld._limiter(env, 0.0, 0.8), ref, atol=1e-12)


def test_measuring_does_not_import_scipy_signal() -> None:
    """scipy.signal costs ~0.9 CPU-s to import: a normalised render must not pay it."""
    import subprocess
    import sys

    code = ("import sys, numpy as np\nfrom render.loudness import measure, plan\n"
            "x = np.random.default_rng(0).standard_normal((2, 96000)).astype('float32') * .1\n"
            "pos = [0]\ndef read(n):\n    pos[0] += n\n    return x[:, pos[0] - n:pos[0]]\n"
            "plan(measure(read, rate_hz=48000, total_samples=96000), target_lufs=-14, "
            "ceiling_dbtp=-2)\nprint(sorted(m for m in sys.modules if m.startswith('scipy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "scipy.signal" not in out and "scipy.ndimage" not in out, out


def test_true_peak_is_exactly_the_max_of_the_interleaved_oversampled_stream() -> None:
    """hop_peaks reads the 4 phases as contiguous slices: the same values as the maxima over
    the interleaved 4x stream (``_upsampled``), bit for bit, for blocks fed in turn."""
    from render import loudness as ld

    x = (np.random.default_rng(7).standard_normal((2, 70_000)) * 0.4).astype(np.float32)
    tp, h, ctx = ld.TruePeak(), ld._oversampling_filter(), np.zeros((2, ld.TP_TAPS))
    start = ld.OVERSAMPLE * (ld.TP_TAPS - ld.TP_TAPS // 2) + (len(h) - 1) // 2
    cuts = [0, 1, 700, 33_473, 65_536, 70_000]
    for a, b in zip(cuts, cuts[1:], strict=False):
        block = x[:, a:b]
        buf = np.concatenate([ctx, block.astype(np.float64)], axis=1)
        ctx = buf[:, -ld.TP_TAPS:]
        seg = np.abs(ld._upsampled(h, buf)[:, start:start + 4 * (b - a)])
        want = np.maximum(seg.reshape(2, b - a, 4).max(axis=(0, 2)), np.abs(block).max(axis=0))
        assert np.array_equal(tp.hop_peaks(block), want)
