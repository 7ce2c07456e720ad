"""The preview plays a rendered video with its sound track: load, play, seek, pause.

Offscreen there is no audio device, so what is checked is that the player has the
audio track and that playback time advances, seeks and stops, not that a speaker
made sound.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

# QtMultimedia loads the system's PulseAudio client (libpulse.so.0); a machine without it gets
# the studio's stills-only preview, and pytest 9 errors on such an ImportError unless told to skip.
pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError,
                    reason="QtMultimedia does not load here (apt-get install libpulse0)")


def _clip_with_sound(path: Path, seconds: int = 3) -> Path:
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=25)
        video.width, video.height, video.pix_fmt = 160, 90, "yuv420p"
        audio = out.add_stream("aac", rate=44100)
        audio.layout = "stereo"
        for i in range(25 * seconds):
            frame = av.VideoFrame.from_ndarray(np.full((90, 160, 3), i % 255, np.uint8),
                                               format="rgb24")
            frame.pts = i
            out.mux(video.encode(frame))
        tone = (0.2 * np.sin(2 * np.pi * 440 * np.arange(44100 * seconds) / 44100))
        for start in range(0, tone.size, 1024):
            chunk = tone[start:start + 1024].astype(np.float32)
            frame = av.AudioFrame.from_ndarray(np.stack([chunk, chunk]), format="fltp",
                                               layout="stereo")
            frame.sample_rate, frame.pts = 44100, start
            out.mux(audio.encode(frame))
        out.mux(video.encode(None))
        out.mux(audio.encode(None))
    return path


def test_preview_plays_seeks_and_pauses_a_video_with_sound(make_window: Any, qtbot: Any,
                                                          tmp_path: Path) -> None:
    win = make_window()
    art = win.ws.artifacts.add_file(_clip_with_sound(tmp_path / "clip.mp4"), kind="video",
                                    media_type="video/mp4")
    preview = win.preview
    preview.show_artifact(art, title="render")
    qtbot.waitUntil(lambda: preview.scrub.maximum() > 2900, timeout=10000)  # ~3 s loaded
    assert preview.player.hasAudio() and preview.player.hasVideo()
    preview.toggle()
    assert preview.stack.currentWidget() is preview.video
    qtbot.waitUntil(lambda: preview.player.position() > 400, timeout=10000)
    assert preview.time.text() != "0:00.0" and preview.scrub.value() > 0
    preview.seek_s(2.0)
    qtbot.waitUntil(lambda: preview.player.position() >= 2000, timeout=5000)
    preview.toggle()
    assert preview.player.playbackState() == preview.player.PlaybackState.PausedState
    paused_at = preview.player.position()
    qtbot.wait(300)
    assert preview.player.position() == paused_at
