"""Bad inputs give a clear error naming the clip and segment, never a crash or partial file."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from media import make_clip, make_still, tone

from render.encode import render_timeline
from render.errors import ClipError, EncodeError, MediaProbeError, RenderError
from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment

OUT = OutputSettings(width=64, height=36, fps=Fraction(30), preset="ultrafast")


def _tl(*sources: Path, audio: tuple[AudioTrack, ...] = ()) -> Timeline:
    return Timeline(output=OUT, total_frames=10 * len(sources), audio=audio,
                    segments=tuple(VideoSegment(str(s), 10 * i, 10)
                                   for i, s in enumerate(sources)))


def _assert_clean(tmp_path: Path) -> None:
    assert not (tmp_path / "out.mp4").exists()
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    return make_still(tmp_path / "good.png")


def _bad_file(tmp_path: Path, kind: str) -> Path:
    if kind == "missing":
        return tmp_path / "missing.mp4"
    if kind == "empty":
        (tmp_path / "empty.mp4").write_bytes(b"")
        return tmp_path / "empty.mp4"
    if kind == "corrupt":
        (tmp_path / "corrupt.mp4").write_bytes(bytes(range(256)) * 64)
        return tmp_path / "corrupt.mp4"
    if kind == "unsupported":
        (tmp_path / "notes.mp4").write_text("just some text, not a video\n" * 50)
        return tmp_path / "notes.mp4"
    if kind == "audio_only":
        return tone(tmp_path / "voice.wav", duration_s=0.5)
    clip = make_clip(tmp_path / "full.mp4", fps=Fraction(30), n_frames=60)
    data = clip.read_bytes()
    (tmp_path / "truncated.mp4").write_bytes(data[: len(data) * 2 // 3])
    return tmp_path / "truncated.mp4"


@pytest.mark.parametrize("kind", ["missing", "empty", "corrupt", "unsupported", "audio_only",
                                  "truncated"])
def test_bad_clip_names_segment_and_file(tmp_path: Path, good: Path, kind: str) -> None:
    bad = _bad_file(tmp_path, kind)
    with pytest.raises(ClipError) as info:
        render_timeline(_tl(good, bad), tmp_path / "out.mp4")
    assert info.value.segment_index == 1
    assert bad.name in str(info.value) and "segment 1" in str(info.value)
    _assert_clean(tmp_path)


def test_truncated_faststart_mp4_never_crashes(tmp_path: Path, good: Path) -> None:
    """moov first, mdat cut: probing passes, decoding hits the cut mid-stream."""
    import av

    src = make_clip(tmp_path / "src.mp4", fps=Fraction(30), n_frames=90)
    fast = tmp_path / "fast.mp4"
    with av.open(str(src)) as i, av.open(str(fast), "w", options={"movflags": "faststart"}) as o:
        s = o.add_stream_from_template(i.streams.video[0])
        for p in i.demux(i.streams.video[0]):
            if p.dts is not None:
                p.stream = s
                o.mux(p)
    data = fast.read_bytes()
    (tmp_path / "cut.mp4").write_bytes(data[: len(data) // 2])
    tl = Timeline(output=OUT, total_frames=90,
                  segments=(VideoSegment(str(tmp_path / "cut.mp4"), 0, 90),))
    try:
        res = render_timeline(tl, tmp_path / "out.mp4")
        assert res.frames == 90  # decoded what exists, held the last good frame
    except RenderError as e:
        assert "cut.mp4" in str(e)
        _assert_clean(tmp_path)


def test_bad_audio_track_names_file(tmp_path: Path, good: Path) -> None:
    bad = _bad_file(tmp_path, "corrupt")
    with pytest.raises(MediaProbeError, match="corrupt.mp4"):
        render_timeline(_tl(good, audio=(AudioTrack(str(bad)),)), tmp_path / "out.mp4")
    _assert_clean(tmp_path)


def test_bad_output_location(tmp_path: Path, good: Path) -> None:
    with pytest.raises(EncodeError, match="folder"):
        render_timeline(_tl(good), tmp_path / "nope" / "out.mp4")
    with pytest.raises(EncodeError, match="suffix"):
        render_timeline(_tl(good), tmp_path / "out.gif")
