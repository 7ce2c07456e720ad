"""gate.qc checks on generated media with known defects; loudness against pyloudnorm."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from nodes.builtin import qc

RATE = 48000
W, H, FPS = 320, 180, 10


def tone(seconds: float, *, lufs: float = -14.0) -> np.ndarray:
    """A stereo chord normalised to ``lufs`` (peaks far below full scale)."""
    t = np.arange(round(seconds * RATE)) / RATE
    mono = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 440.0 * 1.26, 660.0)) / 3
    stereo = np.stack([mono, mono * 0.9])
    gain = 10 ** ((lufs - qc.integrated_loudness(stereo, RATE)) / 20)
    return stereo * gain


def texture_frame(i: int) -> np.ndarray:
    """A textured picture that moves 3 px per frame (clean motion)."""
    rng = np.random.default_rng(7)
    base = (rng.random((H // 4, W // 4 * 2, 3)) * 255).astype(np.uint8)
    big = base.repeat(4, axis=0).repeat(4, axis=1)
    x = (3 * i) % (big.shape[1] - W)
    return np.ascontiguousarray(big[:H, x:x + W])


def write_media(path: Path, *, seconds: float = 4.0,
                frame: Callable[[int], np.ndarray] = texture_frame,
                audio: np.ndarray | None = None) -> Path:
    """H.264 + AAC mp4 written with PyAV."""
    import av

    with av.open(str(path), "w") as out:
        vs = out.add_stream("libx264", rate=FPS)
        vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
        vs.options = {"preset": "ultrafast", "crf": "23"}
        ast = None
        if audio is not None:
            ast = out.add_stream("aac", rate=RATE, layout="stereo")
        for i in range(round(seconds * FPS)):
            vf = av.VideoFrame.from_ndarray(frame(i), format="rgb24")
            vf.pts, vf.time_base = i, Fraction(1, FPS)
            out.mux(vs.encode(vf))
        out.mux(vs.encode(None))
        if ast is not None and audio is not None:
            data = np.ascontiguousarray(audio.astype(np.float32))
            for k, start in enumerate(range(0, data.shape[1], 1024)):
                chunk = np.ascontiguousarray(data[:, start:start + 1024])
                af = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
                af.sample_rate, af.pts = RATE, k * 1024
                out.mux(ast.encode(af))
            out.mux(ast.encode(None))
    return path


def _check(path: Path, **settings: object) -> dict:
    return qc.check_media(path, kind="video", settings=qc.QcSettings(**settings),
                          expected_duration_s=4.0)


def test_k_weighting_matches_bs1770_table_at_48k() -> None:
    (b1, a1), (b2, a2) = qc.k_weighting(48000)
    np.testing.assert_allclose(b1, [1.53512485958697, -2.69169618940638, 1.19839281085285],
                               atol=1e-9)
    np.testing.assert_allclose(a1, [1.0, -1.69065929318241, 0.73248077421585], atol=1e-9)
    np.testing.assert_allclose(a2, [1.0, -1.99004745483398, 0.99007225036621], atol=1e-9)
    assert list(b2) == [1.0, -2.0, 1.0]


@pytest.mark.parametrize("rate", [48000, 44100])
def test_loudness_agrees_with_pyloudnorm(rate: int) -> None:
    pyln = pytest.importorskip("pyloudnorm")
    rng = np.random.default_rng(3)
    n = rate * 5
    t = np.arange(n) / rate
    envelope = np.where((t % 1.0) < 0.6, 1.0, 0.05)  # loud/quiet bars exercise the gates
    signals = [0.2 * np.sin(2 * np.pi * 997 * t),
               envelope * rng.normal(0, 0.1, n),
               np.stack([0.3 * np.sin(2 * np.pi * 60 * t) * envelope,
                         rng.normal(0, 0.05, n)])]
    for sig in signals:
        ours = qc.integrated_loudness(sig, rate)
        ref = pyln.Meter(rate).integrated_loudness(sig.T if sig.ndim == 2 else sig)
        assert abs(ours - ref) < 0.5, (ours, ref)
    assert qc.integrated_loudness(np.zeros(n), rate) == float("-inf")


def test_clean_media_passes(tmp_path: Path) -> None:
    result = _check(write_media(tmp_path / "clean.mp4", audio=tone(4.0)))
    assert result["passed"], result["reasons"]
    assert result["score"] == 1.0
    loud = next(c for c in result["checks"] if c["name"] == "loudness")
    assert abs(loud["value"] - -14.0) < 0.5  # AAC round trip keeps loudness


def _black_in_middle(i: int) -> np.ndarray:
    return np.zeros((H, W, 3), np.uint8) if 10 <= i < 20 else texture_frame(i)


def _frozen_in_middle(i: int) -> np.ndarray:
    return texture_frame(10) if 10 <= i < 30 else texture_frame(i)


@pytest.mark.parametrize(("name", "kwargs", "failed", "words"), [
    ("black", {"frame": _black_in_middle}, "black_frames", "black/blank frames from 1.0"),
    ("frozen", {"frame": _frozen_in_middle}, "frozen_frames", "frozen picture from 1."),
    ("short", {"seconds": 3.0}, "duration", "its slot is 4.000 s"),
])
def test_picture_defects_are_caught(tmp_path: Path, name: str, kwargs: dict, failed: str,
                                    words: str) -> None:
    seconds = kwargs.get("seconds", 4.0)
    result = _check(write_media(tmp_path / f"{name}.mp4", audio=tone(seconds), **kwargs))
    assert result["failed"] == [failed], result["reasons"]
    assert words in result["reasons"][0]
    assert 0 < result["score"] < 1


def test_audio_defects_are_caught(tmp_path: Path) -> None:
    clean = tone(4.0)
    silent = clean.copy()
    silent[:, RATE: round(2.6 * RATE)] = 0
    silence = _check(write_media(tmp_path / "silence.mp4", audio=silent), max_silence_s=1.0)
    assert silence["failed"] == ["silence"], silence["reasons"]
    assert "silent" in silence["reasons"][0] and "from 1.0 s" in silence["reasons"][0]
    clipped = _check(write_media(tmp_path / "clip.mp4", audio=np.clip(clean * 8, -1, 1)))
    assert "clipping" in clipped["failed"]
    assert "clipped" in clipped["reasons"][clipped["failed"].index("clipping")]
    loud = _check(write_media(tmp_path / "loud.mp4", audio=clean * 2.0))  # +6 LU
    assert loud["failed"] == ["loudness"], loud["reasons"]
    assert "+6.0 LU off" in loud["reasons"][0]
    quiet = _check(write_media(tmp_path / "quiet.mp4", audio=clean * 0.5))  # -6 LU
    assert quiet["failed"] == ["loudness"] and "-6.0 LU off" in quiet["reasons"][0]
    mute = _check(write_media(tmp_path / "mute.mp4"))
    assert mute["failed"] == ["audio"] and "no audio stream" in mute["reasons"][0]


def test_resolution_aspect_and_caption_safe_area(tmp_path: Path) -> None:
    path = write_media(tmp_path / "clip.mp4", audio=tone(4.0))
    small = _check(path, min_width=640, min_height=360)
    assert small["failed"] == ["resolution"] and "below the minimum" in small["reasons"][0]
    portrait = _check(path, aspect="9:16")
    assert portrait["failed"] == ["resolution"] and "is not 9:16" in portrait["reasons"][0]
    stats = qc.read_video(path, sample_fps=4)
    boxes = [{"x": 40, "y": 140, "w": 200, "h": 30, "text": "inside"},
             {"x": 2, "y": 170, "w": 300, "h": 30, "text": "too low"}]
    check = qc.check_captions(boxes, stats.width, stats.height, qc.QcSettings())
    assert not check.passed and "'too low'" in check.reason and "inside'" not in check.reason
    assert qc.check_captions(boxes[:1], W, H, qc.QcSettings()).passed


def test_black_image(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 64), (3, 3, 3)).save(tmp_path / "black.png")
    Image.fromarray(texture_frame(0)).save(tmp_path / "ok.png")
    settings = qc.QcSettings()
    black = qc.check_media(tmp_path / "black.png", kind="image", settings=settings)
    assert black["failed"] == ["black_frames"]
    assert qc.check_media(tmp_path / "ok.png", kind="image", settings=settings)["passed"]
