from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from media import click_track, tone

from render.audio import AudioMixer
from render.timeline import AudioTrack

RATE = 48000


def _mix(tracks: tuple[AudioTrack, ...], durations: list[float], total_s: float,
         block: int = 1000) -> np.ndarray:
    total = int(total_s * RATE)
    m = AudioMixer(tracks, durations_s=durations, rate_hz=RATE, total_samples=total)
    try:
        parts = [m.read(block) for _ in range(total // block + 2)]
    finally:
        m.close()
    out = np.concatenate(parts, axis=1)
    assert out.shape == (2, total)  # exactly the requested length, never more
    return out


def _amp(y: np.ndarray, freq: float) -> float:
    t = np.arange(len(y)) / RATE
    return float(2 * np.abs(np.mean(y * np.exp(-2j * np.pi * freq * t))))


def test_resamples_places_and_pads(tmp_path: Path) -> None:
    song = click_track(tmp_path / "c.wav", duration_s=1.0, click_times_s=[0.0], rate_hz=44100)
    out = _mix((AudioTrack(str(song), start_s=0.25),), [1.0], 2.0)
    first = int(np.flatnonzero(np.abs(out[0]) > 0.1)[0])
    assert abs(first - 0.25 * RATE) <= 2  # sample-exact placement after 44.1 -> 48 kHz
    assert np.allclose(out[0], out[1])  # mono upmixed to both channels
    assert np.abs(out[:, int(1.3 * RATE):]).max() == 0  # padded with silence


def test_gain_and_fades(tmp_path: Path) -> None:
    song = tone(tmp_path / "t.wav", duration_s=3.0, amp=0.5, rate_hz=RATE)
    out = _mix((AudioTrack(str(song), gain_db=-6.0, fade_in_s=0.5, fade_out_s=0.5),), [3.0], 3.0)
    assert np.abs(out[0, :100]).max() < 0.01
    mid = out[0, RATE:2 * RATE]
    assert abs(_amp(mid, 440) - 0.5 * 10 ** (-6 / 20)) < 0.01
    assert np.abs(out[0, -100:]).max() < 0.01
    assert _amp(out[0, int(0.2 * RATE):int(0.3 * RATE)], 440) < _amp(mid, 440) * 0.7


def test_music_ducks_under_voice(tmp_path: Path) -> None:
    music = tone(tmp_path / "m.wav", duration_s=4.0, freq_hz=440, amp=0.4, rate_hz=RATE)
    voice = tone(tmp_path / "v.wav", duration_s=1.0, freq_hz=1000, amp=0.3, rate_hz=RATE)
    out = _mix((AudioTrack(str(music), duck_db=-12.0),
                AudioTrack(str(voice), start_s=1.5, role="voice")), [4.0, 1.0], 4.0)[0]
    before = _amp(out[int(0.5 * RATE):int(1.4 * RATE)], 440)
    during = _amp(out[int(1.8 * RATE):int(2.4 * RATE)], 440)
    after = _amp(out[int(3.6 * RATE):int(4.0 * RATE)], 440)
    assert abs(before - 0.4) < 0.02
    assert abs(20 * np.log10(during / before) + 12) < 1.5
    assert after > 0.9 * before  # released after the voice ends
    assert abs(_amp(out[int(1.8 * RATE):int(2.4 * RATE)], 1000) - 0.3) < 0.02


def test_encoder_reads_the_mix_as_it_was_measured(tmp_path: Path) -> None:
    """The encoder takes 1024-sample frames from ``MixReader``; the mix underneath is
    computed in the loudness pass's blocks, so a ducked mix (its envelope steps per block)
    reaches the encoder exactly as pass 1 measured it, and nothing is lost or repeated."""
    from render.encode import AUDIO_BLOCK
    from render.loudness import MIX_BLOCK, MixReader

    music = tone(tmp_path / "m.wav", duration_s=3.0, freq_hz=440, amp=0.4, rate_hz=RATE)
    voice = tone(tmp_path / "v.wav", duration_s=1.0, freq_hz=1000, amp=0.3, rate_hz=RATE)
    tracks = (AudioTrack(str(music), duck_db=-12.0, fade_in_s=0.3),
              AudioTrack(str(voice), start_s=1.1, role="voice"))
    measured = _mix(tracks, [3.0, 1.0], 3.0, block=MIX_BLOCK)
    total = measured.shape[1]
    m = AudioMixer(tracks, durations_s=[3.0, 1.0], rate_hz=RATE, total_samples=total)
    reader = MixReader(m.read, rate_hz=RATE, total_samples=total, close=m.close)
    try:
        frames = [reader.read(min(AUDIO_BLOCK, total - k)) for k in range(0, total, AUDIO_BLOCK)]
    finally:
        reader.close()
    assert all(f.flags.c_contiguous and f.dtype == np.float32 for f in frames)
    assert np.array_equal(np.concatenate(frames, axis=1), measured)


@pytest.mark.parametrize("frames", ["still", "video"])
def test_audio_without_sound_fails_the_render_and_leaves_no_file(tmp_path: Path,
                                                                 frames: str) -> None:
    """Audio tracks are probed on the mixer's thread beside the first frames (all stills) or
    with the videos: a track with no audio stream still fails the render with the track's
    name, and nothing is written."""
    from fractions import Fraction

    from media import make_clip, make_still

    from render.encode import render_timeline
    from render.errors import MediaProbeError
    from render.timeline import OutputSettings, Timeline, VideoSegment

    clip = make_clip(tmp_path / "silent.mp4", fps=Fraction(30), n_frames=30)
    shown = make_still(tmp_path / "s.png") if frames == "still" else clip
    tl = Timeline(output=OutputSettings(width=160, height=90, fps=Fraction(30),
                                        preset="ultrafast"),
                  total_frames=30, segments=(VideoSegment(str(shown), 0, 30),),
                  audio=(AudioTrack(str(clip)),))
    with pytest.raises(MediaProbeError, match="no audio stream") as exc:
        render_timeline(tl, tmp_path / "out.mp4")
    assert exc.value.path == str(clip) or str(clip) in str(exc.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"silent.mp4", shown.name})


def test_the_normalised_pass_replays_the_measured_mix(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Pass 2 reads the mix pass 1 kept (each track decoded once, not twice) and hands the
    encoder exactly what re-mixing the files gives; past the cap it re-mixes as before."""
    import threading
    from fractions import Fraction

    from render import audio, encode
    from render.loudness import LoudnessTarget
    from render.probe import probe_many
    from render.timeline import OutputSettings, Timeline

    music = tone(tmp_path / "m.wav", duration_s=3.0, freq_hz=440, amp=0.4, rate_hz=44100)
    voice = tone(tmp_path / "v.wav", duration_s=1.0, freq_hz=1000, amp=0.3, rate_hz=RATE)
    tracks = (AudioTrack(str(music), duck_db=-12.0, fade_out_s=0.5),
              AudioTrack(str(voice), start_s=1.1, role="voice"))
    tl = Timeline(output=OutputSettings(width=160, height=90, fps=Fraction(30)),
                  total_frames=90, segments=(), audio=tracks)
    infos = dict(zip([str(music), str(voice)], probe_many([str(music), str(voice)]),
                     strict=True))
    opened = []
    real_reader = audio.TrackReader

    def counting(path: str, **kw: object) -> audio.TrackReader:
        opened.append(path)
        return real_reader(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(audio, "TrackReader", counting)

    def encoded_pcm(cap: int) -> tuple[np.ndarray, dict[str, float | bool]]:
        monkeypatch.setattr(encode, "KEEP_MIX_BYTES", cap)
        report: dict[str, float | bool] = {}
        reader = encode._make_mixer(tl, infos, loudness=LoudnessTarget(), report=report,
                                    cancel=threading.Event())
        try:
            total = reader.total_samples
            frames = [reader.read(min(encode.AUDIO_BLOCK, total - k))
                      for k in range(0, total, encode.AUDIO_BLOCK)]
        finally:
            reader.close()
        return np.concatenate(frames, axis=1), report

    kept, kept_report = encoded_pcm(encode.KEEP_MIX_BYTES)
    assert sorted(opened) == sorted([str(music), str(voice)])  # once each: was twice
    opened.clear()
    remixed, remixed_report = encoded_pcm(0)
    assert len(opened) == 4  # over the cap: measured, then mixed again
    assert kept.shape == (2, 3 * RATE) and kept.dtype == np.float32
    assert np.array_equal(kept, remixed) and kept_report == remixed_report


def test_a_checked_track_is_probed_in_process_with_the_same_figures(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A song input.audio already decoded whole in a child is probed without another child
    process (the same probe code, so the same duration); any other track still gets one."""
    from fractions import Fraction

    from render import encode, probe
    from render.errors import MediaProbeError
    from render.timeline import OutputSettings, Timeline

    song = tone(tmp_path / "song.wav", duration_s=1.25, freq_hz=440, amp=0.3, rate_hz=44100)
    other = tone(tmp_path / "other.wav", duration_s=0.5, freq_hz=660, amp=0.3, rate_hz=RATE)
    assert probe.probe_checked([song]) == probe.probe_many([song])
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not audio at all" * 64)
    with pytest.raises(MediaProbeError):
        probe.probe_checked([bad])

    children: list[list[Path]] = []
    real = probe._probe_in_child

    def counting(ps: list[Path], *, timeout_s: float) -> list[probe.MediaInfo]:
        children.append(ps)
        return real(ps, timeout_s=timeout_s)

    monkeypatch.setattr(probe, "_probe_in_child", counting)
    tl = Timeline(output=OutputSettings(width=160, height=90, fps=Fraction(30)),
                  total_frames=30, segments=(),
                  audio=(AudioTrack(str(song), checked=True), AudioTrack(str(other))))
    assert encode._audio_durations(tl, {}) == [1.25, 0.5]
    assert children == [[other]]  # the checked song was not sent to a child
