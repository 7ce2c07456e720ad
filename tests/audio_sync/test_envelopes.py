from fractions import Fraction

import numpy as np
import pytest

from audio_sync.cuts import total_frames_for
from audio_sync.envelopes import KINDS, envelope, envelopes
from audio_sync.errors import AnalysisError
from audio_sync.testsongs import click_track


def test_all_kinds_have_one_value_per_frame_in_unit_range():
    audio, _ = click_track(bpm=120, duration_s=4.0, offset_s=0.25)
    fps = Fraction(30000, 1001)
    curves = envelopes(audio, fps=fps)
    assert set(curves) == set(KINDS)
    total = total_frames_for(audio.n_samples, audio.rate_hz, fps)
    for curve in curves.values():
        assert curve.fps == fps and len(curve.values) == total
        assert min(curve.values) >= 0.0 and max(curve.values) <= 1.0


def test_onset_curve_peaks_on_clicks_and_releases_between():
    audio, clicks = click_track(bpm=120, duration_s=4.0, offset_s=0.25)
    fps = Fraction(50)
    curve = envelope(audio, kind="onset", fps=fps, attack_s=0.0, release_s=0.05)
    values = np.asarray(curve.values)
    for c in clicks:
        f = int(c * 50)
        assert values[f:f + 3].max() > 0.5
        assert values[f + 12] < 0.2  # 0.24 s later the follower has released


def test_high_band_sees_clicks_low_band_does_not():
    audio, _ = click_track(bpm=120, duration_s=2.0)
    mid = np.asarray(envelope(audio, kind="mid", fps=Fraction(25)).values)
    assert mid.max() == pytest.approx(1.0)


def test_bad_kind_and_fps_raise():
    audio, _ = click_track(bpm=120, duration_s=1.0)
    with pytest.raises(AnalysisError):
        envelope(audio, kind="bogus", fps=Fraction(30))
    with pytest.raises(AnalysisError):
        envelope(audio, fps=Fraction(0))


def test_kick_follows_low_thumps_and_ignores_hi_hats():
    from audio_sync.types import DecodedAudio

    sr, fps = 22050, Fraction(50)
    t = np.arange(int(sr * 4.0)) / sr
    y = np.zeros_like(t)
    kicks, hats = [0.5, 1.5, 2.5, 3.5], [1.0, 2.0, 3.0]
    for k in kicks:  # 60 Hz thump, 150 ms decay
        m = t >= k
        y[m] += 0.8 * np.sin(2 * np.pi * 60 * (t[m] - k)) * np.exp(-(t[m] - k) / 0.15)
    rng = np.random.default_rng(0)
    for h in hats:  # 20 ms of noise, high-passed by differencing
        i = int(h * sr)
        y[i:i + 441] += 0.5 * np.diff(rng.normal(size=442))
    audio = DecodedAudio(samples=y[None, :].astype(np.float32), rate_hz=sr)
    kick = np.asarray(envelope(audio, kind="kick", fps=fps, attack_s=0.0, release_s=0.05).values)
    flux = np.asarray(envelope(audio, kind="flux", fps=fps, attack_s=0.0, release_s=0.05).values)
    peak = min(kick[int(k * 50) - 1:int(k * 50) + 3].max() for k in kicks)
    assert peak > 0.5
    for h in hats:
        assert kick[int(h * 50) - 1:int(h * 50) + 3].max() < 0.4 * peak
        assert flux[int(h * 50) - 1:int(h * 50) + 3].max() > 0.1  # flux sees every change
