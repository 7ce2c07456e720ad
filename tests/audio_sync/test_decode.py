import os
import tempfile
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


def _wav_bytes(pcm: np.ndarray, rate: int, tag: int, *, extensible: bool = False,
               trailer: bytes = b"") -> bytes:
    """A RIFF WAV of ``pcm`` (frames, channels) written by hand (float and extensible
    headers too, which the stdlib ``wave`` cannot write)."""
    import struct

    channels, bits = pcm.shape[1], pcm.dtype.itemsize * 8
    align = channels * bits // 8
    fmt = struct.pack("<HHIIHH", 0xFFFE if extensible else tag, channels, rate, rate * align,
                      align, bits)
    if extensible:
        guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt += struct.pack("<HHIH", 22, bits, 3 if channels == 2 else 4, tag) + guid_tail
    data = pcm.astype(pcm.dtype.newbyteorder("<")).tobytes()
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"data" + struct.pack("<I", len(data)) + data + trailer)
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize(("dtype", "tag", "extensible"), [
    ("u1", 1, False), ("<i2", 1, False), ("<i2", 1, True), ("<i4", 1, False),
    ("<f4", 3, False), ("<f4", 3, True), ("<f8", 3, False),
])
@pytest.mark.parametrize("channels", [1, 2])
def test_plain_wav_is_read_in_process_with_the_decoders_samples(tmp_path, monkeypatch, dtype,
                                                                tag, extensible, channels):
    """A plain WAV is read without the FFmpeg child (saves its start-up), sample for sample
    what the child gives, mono mix included; trailing chunks (LIST tags) are allowed."""
    import audio_sync.decode as dec

    y = np.random.default_rng(channels).uniform(-1.0, 1.0, (3000, channels))
    info = np.iinfo(dtype) if dtype[-2] in "iu" else None
    pcm = (y if info is None else np.round((y + (info.min == 0)) * (info.max // 2 + 1)
                                           ).clip(info.min, info.max)).astype(dtype)
    path = tmp_path / "x.wav"
    path.write_bytes(_wav_bytes(pcm, 32000, tag, extensible=extensible,
                                trailer=b"LIST\x04\x00\x00\x00INFO"))
    child = [dec.decode_audio(path, mono=m, rate_hz=r) for m, r in ((False, None), (True, 32000))]
    with monkeypatch.context() as m:
        m.setattr(dec, "_plain_wav", lambda p: None)
        by_child = [dec.decode_audio(path, mono=m_, rate_hz=r)
                    for m_, r in ((False, None), (True, 32000))]

    def no_child(*args, **kwargs):
        raise AssertionError("the FFmpeg child was started for a plain WAV")

    monkeypatch.setattr(dec, "_run_worker", no_child)
    monkeypatch.setattr(dec, "_served", no_child)
    in_process = [dec.decode_audio(path), dec.decode_audio(path, mono=True, rate_hz=32000)]
    for a, b, c in zip(in_process, by_child, child, strict=True):
        assert a.rate_hz == b.rate_hz == 32000 and a.samples.dtype == np.float32
        np.testing.assert_array_equal(a.samples, b.samples)
        np.testing.assert_array_equal(c.samples, b.samples)
    assert in_process[0].channels == channels and in_process[1].channels == 1


def test_unusual_wavs_still_go_to_the_decoder(tmp_path, monkeypatch):
    """Truncated, 24-bit, resampled and surround WAVs are the child's (FFmpeg's) job."""
    import audio_sync.decode as dec

    pcm = (np.random.default_rng(0).uniform(-0.5, 0.5, (2000, 2)) * 32767).astype("<i2")
    good = _wav_bytes(pcm, 16000, 1)
    cases = {"cut.wav": good[:-1001], "six.wav": _wav_bytes(np.repeat(pcm, 3, axis=1), 16000, 1)}
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        assert dec._plain_wav(tmp_path / name) is None, name
    (tmp_path / "ok.wav").write_bytes(good)
    started = []
    real = dec._served
    monkeypatch.setattr(dec, "_served", lambda *a, **k: started.append(a) or real(*a, **k))
    assert dec.decode_audio(tmp_path / "ok.wav", rate_hz=8000).n_samples == 1000
    assert dec.decode_audio(tmp_path / "six.wav").channels == 2
    assert len(started) == 2


def test_decoder_child_is_reused_and_replaced_after_a_crash(tmp_path):
    """Non-WAV files are decoded by one long-lived child (no start-up and `import av` per
    file); a failed decode keeps it, a killed child is replaced, a busy one is not waited
    for (a one-shot child decodes instead), and the samples equal the one-shot child's."""
    import signal

    import audio_sync.decode as dec
    from audio_sync import _decode_server

    audio, _ = click_track(bpm=120, duration_s=1.0, rate_hz=44100)
    path = _encode(tmp_path / "c.flac", audio, "flac")
    first = decode_audio(path, mono=True)
    child = _decode_server._CHILD[0]
    with pytest.raises(AudioDecodeError, match="not a recognised audio file"):
        (tmp_path / "bad.mp3").write_bytes(b"not audio at all\n" * 50)
        decode_audio(tmp_path / "bad.mp3")
    again = decode_audio(path, mono=True)
    assert _decode_server._CHILD[0] is child and child.poll() is None
    np.testing.assert_array_equal(first.samples, again.samples)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert decode_audio(path, rate_hz=22050).rate_hz == 22050
    assert _decode_server._CHILD[0] is not child
    with tempfile.TemporaryFile() as raw:  # the one-shot child, for comparison
        header = dec._run_worker(path, 0, raw, 60.0)
        one_shot = dec._parse(path, raw, header, mono=True)
    np.testing.assert_array_equal(one_shot.samples, first.samples)
    with _decode_server._LOCK:  # busy: decoded by a one-shot child, not queued
        assert _decode_server.decode(path, rate_hz=0, max_s=60.0, timeout_s=60.0) is None
        assert decode_audio(path).n_samples == audio.n_samples


def test_decoder_child_crash_and_hang_are_clear_errors(tmp_path, monkeypatch):
    """A child that dies mid-decode gives the one-shot child's "crashed" error; one that
    does not answer in time is killed with a timeout error; the next decode works."""
    import audio_sync.decode as dec
    from audio_sync import _decode_server

    audio, _ = click_track(bpm=120, duration_s=1.0, rate_hz=44100)
    path = _encode(tmp_path / "c.flac", audio, "flac")
    decode_audio(path)
    child = _decode_server._CHILD[0]
    real_answer = _decode_server._answer

    def crash_first(proc, timeout_s):
        proc.kill()
        return real_answer(proc, timeout_s)

    monkeypatch.setattr(_decode_server, "_answer", crash_first)
    fifo = tmp_path / "stuck.flac"  # the child blocks opening it: killed mid-decode, for sure
    os.mkfifo(fifo)
    with pytest.raises(AudioDecodeError, match=r"decoder crashed \(signal 9\)"):
        dec._served(fifo, rate_hz=0, max_s=60.0)
    monkeypatch.setattr(_decode_server, "_answer", lambda proc, t: real_answer(proc, 0.0))
    monkeypatch.setattr(_decode_server.select, "select", lambda r, w, x, t: ([], [], []))
    with pytest.raises(AudioDecodeError, match="took longer than"):
        decode_audio(path)
    monkeypatch.undo()
    assert decode_audio(path).n_samples == audio.n_samples
    assert _decode_server._CHILD[0] is not child

    def interrupted(r, w, x, t):
        raise RuntimeError("interrupted while waiting")

    monkeypatch.setattr(_decode_server.select, "select", interrupted)
    with pytest.raises(RuntimeError):
        decode_audio(path)
    monkeypatch.undo()  # the late answer for c.flac must not be taken for the next file's
    longer, _ = click_track(bpm=120, duration_s=1.5, rate_hz=44100)
    assert decode_audio(_encode(tmp_path / "d.flac", longer, "flac")).n_samples == 66150
