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
