import os
from pathlib import Path

import av
import numpy as np
import pytest

from audio_sync.decode import decode_audio
from audio_sync.errors import AudioDecodeError
from audio_sync.testsongs import click_track, write_wav
from audio_sync.types import DecodedAudio


def _encode(path: Path, audio: DecodedAudio, codec: str) -> Path:
    """Encode with PyAV (lossy/lossless formats other than WAV)."""
    layout = "mono" if audio.channels == 1 else "stereo"
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=audio.rate_hz, layout=layout)
        stream.codec_context.options = {"strict": "experimental"}  # FFmpeg's native vorbis
        fmt = stream.codec_context.codec.audio_formats[0].name
        frame = av.AudioFrame.from_ndarray(audio.samples.astype(np.float32), format="fltp",
                                           layout=layout)
        frame.rate = audio.rate_hz
        resampler = av.AudioResampler(format=fmt, layout=layout, rate=audio.rate_hz)
        for f in resampler.resample(frame):
            for pkt in stream.encode(f):
                out.mux(pkt)
        for pkt in stream.encode(None):
            out.mux(pkt)
    return path


def test_wav_roundtrip_is_exact(tmp_path):
    audio, _ = click_track(bpm=120, duration_s=2.0, rate_hz=22050)
    decoded = decode_audio(write_wav(tmp_path / "c.wav", audio))
    assert decoded.rate_hz == 22050 and decoded.channels == 1
    assert decoded.n_samples == audio.n_samples
    np.testing.assert_allclose(decoded.samples, audio.samples, atol=2 / 32767)


def test_stereo_flac_and_resample(tmp_path):
    audio, _ = click_track(bpm=100, duration_s=1.5, rate_hz=44100)
    stereo = DecodedAudio(samples=np.vstack([audio.samples, 0.5 * audio.samples]), rate_hz=44100)
    path = _encode(tmp_path / "s.flac", stereo, "flac")
    decoded = decode_audio(path)
    assert decoded.channels == 2 and decoded.n_samples == stereo.n_samples
    low = decode_audio(path, rate_hz=22050)
    assert low.rate_hz == 22050 and abs(low.n_samples - 33075) <= 64


def test_mp3_decodes_with_onsets_in_place(tmp_path):
    audio, clicks = click_track(bpm=120, duration_s=3.0, rate_hz=44100, offset_s=0.25)
    decoded = decode_audio(_encode(tmp_path / "c.mp3", audio, "libmp3lame"))
    assert decoded.rate_hz == 44100
    first = int(np.argmax(np.abs(decoded.mono()) > 0.2)) / decoded.rate_hz
    assert abs(first - clicks[0]) < 0.005  # decoder priming delay is compensated


@pytest.mark.parametrize(("suffix", "codec", "rate_hz"), [
    ("ogg", "vorbis", 44100), ("opus", "libopus", 48000), ("m4a", "aac", 44100),
    ("mp3", "libmp3lame", 22050),
])
def test_common_lossy_formats_decode(tmp_path, suffix, codec, rate_hz):
    try:
        av.codec.Codec(codec, "w")
    except Exception:
        pytest.skip(f"PyAV build has no {codec} encoder")
    audio, _ = click_track(bpm=120, duration_s=2.0, rate_hz=rate_hz)
    stereo = DecodedAudio(samples=np.vstack([audio.samples, audio.samples]), rate_hz=rate_hz)
    decoded = decode_audio(_encode(tmp_path / f"x.{suffix}", stereo, codec))
    assert decoded.channels == 2 and decoded.rate_hz == rate_hz
    assert abs(decoded.duration_s - 2.0) < 0.06  # codec padding is trimmed to within a frame
    resampled = decode_audio(tmp_path / f"x.{suffix}", rate_hz=16000)
    assert resampled.rate_hz == 16000 and abs(resampled.duration_s - decoded.duration_s) < 0.01


def test_surround_is_downmixed_to_stereo(tmp_path):
    audio, _ = click_track(bpm=120, duration_s=1.0, rate_hz=48000)
    path = tmp_path / "six.flac"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("flac", rate=48000, layout="5.1")
        frame = av.AudioFrame.from_ndarray(np.repeat(audio.samples, 6, axis=0).astype(np.float32),
                                           format="fltp", layout="5.1")
        frame.rate = 48000
        resampler = av.AudioResampler(format=stream.codec_context.codec.audio_formats[0].name,
                                      layout="5.1", rate=48000)
        for f in resampler.resample(frame):
            for pkt in stream.encode(f):
                out.mux(pkt)
        for pkt in stream.encode(None):
            out.mux(pkt)
    decoded = decode_audio(path)
    assert decoded.channels == 2 and decoded.n_samples == 48000


@pytest.mark.parametrize("content", [b"", b"hello, this is not audio\n" * 40, os.urandom(4096)])
def test_bad_files_raise_decode_error(tmp_path, content):
    path = tmp_path / "bad.mp3"
    path.write_bytes(content)
    with pytest.raises(AudioDecodeError) as info:
        decode_audio(path)
    assert str(path) in str(info.value) and info.value.path == str(path)


def test_missing_file_and_truncated_file(tmp_path):
    with pytest.raises(AudioDecodeError, match="does not exist"):
        decode_audio(tmp_path / "nope.wav")
    audio, _ = click_track(bpm=120, duration_s=2.0)
    good = _encode(tmp_path / "t.m4a", audio, "aac").read_bytes()
    cut = tmp_path / "cut.m4a"
    cut.write_bytes(good[: len(good) // 3])
    try:
        partial = decode_audio(cut)  # either a clean error or a (partial) decode, never a crash
        assert partial.n_samples > 0
    except AudioDecodeError as exc:
        assert "cut.m4a" in str(exc)


def test_real_mp3_decodes(real_dir):
    audio = decode_audio(real_dir / "808kick-120bpm.mp3")
    assert audio.channels == 2 and 9.5 < audio.duration_s < 10.5
    assert float(np.max(np.abs(audio.samples))) <= 1.0
