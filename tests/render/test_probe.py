from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from media import make_clip, make_still, tone

from render.errors import MediaProbeError
from render.probe import probe_many, probe_media


def test_probe_video_image_audio(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4", fps=Fraction(25), n_frames=25)
    still = make_still(tmp_path / "s.png")
    wav = tone(tmp_path / "t.wav", duration_s=0.5)
    v, i, a = probe_many([clip, still, wav])
    assert (v.kind, v.width, v.height, v.fps, v.codec) == ("video", 160, 90, 25, "h264")
    assert abs(v.duration_s - 1.0) < 0.05 and v.has_video and not v.has_audio
    assert (i.kind, i.width, i.height, i.fps) == ("image", 120, 160, None)
    assert a.kind == "audio" and a.has_audio and abs(a.duration_s - 0.5) < 0.01


def test_probe_missing_empty_and_garbage(tmp_path: Path) -> None:
    with pytest.raises(MediaProbeError, match="not found"):
        probe_media(tmp_path / "nope.mp4")
    (tmp_path / "empty.mp4").write_bytes(b"")
    with pytest.raises(MediaProbeError, match="empty"):
        probe_media(tmp_path / "empty.mp4")
    (tmp_path / "junk.mp4").write_bytes(b"\x00garbage" * 500)
    with pytest.raises(MediaProbeError, match="junk.mp4"):
        probe_media(tmp_path / "junk.mp4")


def test_probe_truncated_mp4_names_the_file(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4", fps=Fraction(25), n_frames=50)
    data = clip.read_bytes()
    (tmp_path / "cut.mp4").write_bytes(data[: len(data) // 2])
    good = make_still(tmp_path / "s.png")
    with pytest.raises(MediaProbeError, match="cut.mp4"):
        probe_many([good, tmp_path / "cut.mp4"])


def test_stills_are_probed_in_process_by_content(tmp_path: Path, monkeypatch) -> None:
    """Stills (the renderer decodes them with Pillow) need no FFmpeg child, whatever their
    name (cached files have none); a broken still still names the file."""
    import shutil
    import subprocess

    still = make_still(tmp_path / "s.png")
    nameless = tmp_path / "0a1b2c"  # how the cache stores a generated image
    shutil.copy(still, nameless)
    broken = tmp_path / "broken"
    broken.write_bytes(still.read_bytes()[:60])

    def no_child(*a: object, **k: object) -> None:
        raise AssertionError("spawned a probe process for a still")

    monkeypatch.setattr(subprocess, "run", no_child)
    a, b = probe_many([still, nameless])
    assert (a.kind, a.width, a.height, a.codec) == ("image", 120, 160, "png") and a == b
    with pytest.raises(MediaProbeError, match="broken"):
        probe_media(broken)
