"""Loudness pass 1 started before the timeline is known (render.premix): the render's mix,
report and PCM are exactly those of measuring it from the start, and a mix that is not the
one measured early is measured from the start."""

from __future__ import annotations

import os
import threading
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from media import tone

from render import audio, encode, premix
from render.loudness import MIX_BLOCK, LoudnessTarget
from render.premix import OPEN_END
from render.timeline import AudioTrack, OutputSettings, Timeline

RATE = 48000


def _tracks(tmp: Path) -> tuple[AudioTrack, ...]:
    music = tone(tmp / "m.wav", duration_s=5.0, freq_hz=440, amp=0.4, rate_hz=44100)
    voice = tone(tmp / "v.wav", duration_s=1.0, freq_hz=1000, amp=0.3, rate_hz=RATE)
    return (AudioTrack(str(music), duck_db=-12.0, fade_in_s=0.2, fade_out_s=0.5),
            AudioTrack(str(voice), start_s=1.1, role="voice"))


def _encoded(tl: Timeline, early: Any, monkeypatch: pytest.MonkeyPatch
             ) -> tuple[np.ndarray, dict[str, float | bool], int]:
    """What the encoder reads, the loudness report, and where pass 1 began at render time."""
    from render import loudness  # _make_mixer imports measure from it when it runs

    begun: list[int] = []

    measure = loudness.measure

    def spy(*a: Any, **kw: Any) -> Any:
        begun.append(int(kw.get("done", 0)))
        return measure(*a, **kw)

    monkeypatch.setattr(loudness, "measure", spy)
    report: dict[str, float | bool] = {}
    reader = encode._make_mixer(tl, {}, loudness=LoudnessTarget(), report=report,
                                cancel=threading.Event(), early=early)
    try:
        total = reader.total_samples
        pcm = np.concatenate([reader.read(min(encode.AUDIO_BLOCK, total - k))
                              for k in range(0, total, encode.AUDIO_BLOCK)], axis=1)
    finally:
        reader.close()
        if early is not None:
            early.close()
    monkeypatch.setattr(loudness, "measure", measure)
    return pcm, report, begun[0]


def _measured(early: premix.EarlyMeasure) -> None:
    """Wait until the child has measured all it may (it then waits for the render)."""
    for _ in range(3000):
        if early._out.stat().st_size:
            return
        time.sleep(0.02)
    raise AssertionError("the early pass never finished")


def _timeline(tracks: tuple[AudioTrack, ...], frames: int) -> Timeline:
    return Timeline(output=OutputSettings(width=160, height=90, fps=Fraction(30)),
                    total_frames=frames, segments=(), audio=tracks)


@pytest.mark.parametrize(("frames", "used"), [
    (150, True),  # the video is the song's length
    (149, True),  # a frame shorter: the fade-out moves, but after what was measured early
    (200, True),  # longer than the song
    (60, False),  # much shorter: what was measured early is not this mix
])
def test_the_early_pass_gives_exactly_the_render_s_own_measurement(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frames: int, used: bool) -> None:
    # a nice-19 child on a loaded machine may take longer than HAND_OVER_S to hand over (the
    # render then goes alone, by design): this test is about what is handed over, not when
    monkeypatch.setattr(premix, "HAND_OVER_S", 30.0)
    tracks = _tracks(tmp_path)
    tl = _timeline(tracks, frames)
    alone, alone_report, start = _encoded(tl, None, monkeypatch)
    assert start == 0
    early = encode.early_measure(tracks, rate_hz=RATE)
    _measured(early)  # all it may measure: the timeline came late
    pcm, report, start = _encoded(tl, early, monkeypatch)
    assert (start > 0) is used
    if used:  # up to MARGIN_S before the song's fade-out, in whole mix blocks
        assert start == (5 * RATE - RATE // 2 - RATE // 4) // MIX_BLOCK * MIX_BLOCK
    assert report == alone_report and report["gain_db"] != 0
    assert pcm.dtype == np.float32 and np.array_equal(pcm, alone)


def test_a_render_that_cannot_wait_takes_what_is_measured_so_far(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline is ready before the early pass is done: the child hands over at its
    next block and the render measures the rest, with the same result."""
    tracks = _tracks(tmp_path)
    tl = _timeline(tracks, 150)
    alone, alone_report, _ = _encoded(tl, None, monkeypatch)
    monkeypatch.setattr(premix, "_DELAY_S", 0.6)  # a busy machine: 3.6 s for the 6 blocks
    monkeypatch.setattr(premix, "HAND_OVER_S", 10.0)
    early = encode.early_measure(tracks, rate_hz=RATE)
    child = early._proc
    assert child is not None and _niceness(child.pid) == premix.NICE  # idle time only
    time.sleep(1.5)
    pcm, report, start = _encoded(tl, early, monkeypatch)
    assert start % MIX_BLOCK == 0 and start < 6 * MIX_BLOCK  # the rest by the render
    assert report == alone_report and np.array_equal(pcm, alone)


def _niceness(pid: int) -> int:
    """The child's niceness once it has set it (it starts at ours)."""
    for _ in range(200):
        nice = os.getpriority(os.PRIO_PROCESS, pid)
        if nice == premix.NICE:
            break
        time.sleep(0.02)
    return nice


def test_a_starved_early_pass_is_dropped_and_the_render_measures_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tracks = _tracks(tmp_path)
    tl = _timeline(tracks, 150)
    alone, alone_report, _ = _encoded(tl, None, monkeypatch)
    monkeypatch.setattr(premix, "_DELAY_S", 30.0)  # no CPU for it: the machine is busy
    early = encode.early_measure(tracks, rate_hz=RATE)
    child, out = early._proc, early._out
    time.sleep(0.5)
    started = time.perf_counter()
    assert early.take(tracks, rate_hz=RATE, total_samples=5 * RATE,
                      cancelled=lambda: False) is None
    assert time.perf_counter() - started < premix.HAND_OVER_S + 1.0
    assert child is not None and child.returncode is not None and not out.exists()
    pcm, report, start = _encoded(tl, early, monkeypatch)  # taken: the render goes alone
    assert start == 0 and report == alone_report and np.array_equal(pcm, alone)


def test_a_mix_with_other_tracks_is_measured_from_the_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tracks = _tracks(tmp_path)
    more = (*tracks, AudioTrack(str(tone(tmp_path / "x.wav", duration_s=2.0, rate_hz=RATE))))
    tl = _timeline(more, 150)
    alone, alone_report, _ = _encoded(tl, None, monkeypatch)
    early = encode.early_measure(tracks, rate_hz=RATE)
    _measured(early)
    pcm, report, start = _encoded(tl, early, monkeypatch)
    assert start == 0 and report == alone_report and np.array_equal(pcm, alone)
    slower = encode.early_measure(tracks, rate_hz=44100)  # another output rate
    assert slower.take(tracks, rate_hz=RATE, total_samples=5 * RATE,
                       cancelled=lambda: False) is None
    slower.close()


def test_closing_stops_the_early_pass_and_releases_the_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long = tone(tmp_path / "long.wav", duration_s=60.0, rate_hz=RATE)
    monkeypatch.setattr(premix, "_DELAY_S", 30.0)
    early = encode.early_measure((AudioTrack(str(long)),), rate_hz=RATE)
    child, out = early._proc, early._out
    started = time.perf_counter()
    early.close()  # long before 60 s of audio are measured
    assert time.perf_counter() - started < 1.0
    assert child is not None and child.returncode is not None and not out.exists()
    assert early.take((AudioTrack(str(long)),), rate_hz=RATE, total_samples=60 * RATE,
                      cancelled=lambda: False) is None  # nothing left to take
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF" + b"\0" * 64)
    early = encode.early_measure((AudioTrack(str(broken)),), rate_hz=RATE)
    assert early.take((AudioTrack(str(broken)),), rate_hz=RATE, total_samples=RATE,
                      cancelled=lambda: False) is None  # the render reports the error itself
    assert not early._out.exists()
    early.close()


def test_retarget_refuses_a_length_that_changes_what_was_read(tmp_path: Path) -> None:
    song = AudioTrack(str(tone(tmp_path / "s.wav", duration_s=2.0, rate_hz=RATE)),
                      fade_out_s=0.5)
    m = audio.AudioMixer((song,), durations_s=[2.0], rate_hz=RATE, total_samples=OPEN_END)
    try:
        assert m.settled() == int(1.5 * RATE)
        m.read(RATE)  # the first second
        assert not m.retarget(RATE + RATE // 4)  # its fade-out would start at 0.75 s
        assert m.total_samples == OPEN_END
        assert m.retarget(int(1.6 * RATE))  # the fade-out starts at 1.1 s: after the read
        assert m.total_samples == int(1.6 * RATE) and m._placed[0].fade_out_end == 1.6 * RATE
        assert not m.retarget(RATE // 2)  # shorter than what was read
    finally:
        m.close()


def test_resume_continues_sample_for_sample(tmp_path: Path) -> None:
    """A mixer resumed at a block boundary reads what one read from the start reads there:
    a track placed later, one whose head is cut (negative start), a voice ducking music."""
    music = tone(tmp_path / "m.wav", duration_s=3.0, freq_hz=440, amp=0.4, rate_hz=44100)
    voice = tone(tmp_path / "v.wav", duration_s=1.0, freq_hz=1000, amp=0.3, rate_hz=RATE)
    tracks = (AudioTrack(str(music), start_s=-0.4, duck_db=-12.0),
              AudioTrack(str(voice), start_s=0.9, role="voice"),
              AudioTrack(str(music), start_s=1.3, gain_db=-6.0))
    durations, block, total = [3.0, 1.0, 3.0], MIX_BLOCK // 8, 3 * RATE

    def mixer() -> audio.AudioMixer:
        return audio.AudioMixer(tracks, durations_s=durations, rate_hz=RATE,
                                total_samples=total)

    whole, later = mixer(), mixer()
    try:
        head = [whole.read(block) for _ in range(20)]
        later.resume(20 * block, whole._duck_gain)
        assert np.array_equal(np.concatenate([whole.read(block) for _ in range(30)], axis=1),
                              np.concatenate([later.read(block) for _ in range(30)], axis=1))
        assert any(np.abs(h).max() > 0 for h in head)
    finally:
        whole.close()
        later.close()


def test_a_child_whose_render_is_gone_exits_and_leaves_nothing(tmp_path: Path) -> None:
    """A prepare step cancelled while starting the child loses its handle: the child sees
    its stdin close and exits without leaving its file behind."""
    early = encode.early_measure(_tracks(tmp_path), rate_hz=RATE)
    _measured(early)
    child = early._proc
    assert child is not None and child.stdin is not None
    child.stdin.close()
    assert child.wait(30) == 0 and not early._out.exists()
