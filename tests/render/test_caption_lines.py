"""Lyrics captions page by line, karaoke word timing, inline lyrics, bad timestamps, speech
punctuation, caption styles (drawn and read back from rendered frames)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from media import make_clip

from nodes.builtin.lyrics import LyricsError, lyrics_from_params, parse_lyrics
from nodes.errors import BadNodeInput
from render.captions import CaptionLayer, layout_pages
from render.text import load_font
from render.timeline import CaptionTrack, OutputSettings, Timeline, VideoSegment, Word

FIVE = """[ti:Night Drive]
[00:01.00]City lights are calling
[00:04.50]We drive until the morning
[00:08.00]Radio keeps singing
[00:12.25]Every song we know
[00:16.00]Night drive
"""


def _track(words: list[dict], **kw) -> CaptionTrack:
    return CaptionTrack(words=tuple(Word.from_dict(w) for w in words), **kw)


def test_five_line_lrc_is_five_pages_timed_by_the_stamps():
    words = parse_lyrics(FIVE, suffix=".lrc")
    pages = layout_pages(_track(words), font=load_font("sans-bold", 40), box_width=1000)
    assert [" ".join(w.text for w in p.words) for p in pages] == [
        "City lights are calling", "We drive until the morning", "Radio keeps singing",
        "Every song we know", "Night drive"]
    assert [p.start_s for p in pages] == [1.0, 4.5, 8.0, 12.25, 16.0]
    # a page is up until the next line starts, never across it
    assert [round(p.end_s, 2) for p in pages[:4]] == [4.5, 8.0, 12.25, 16.0]


def test_srt_cues_are_pages_and_keep_their_times():
    srt = ("1\n00:00:01,000 --> 00:00:02,500\nHello there\n\n"
           "2\n00:00:02,500 --> 00:00:04,000\nGeneral <i>Kenobi</i>\n")
    words = parse_lyrics(srt, suffix=".srt")
    pages = layout_pages(_track(words), font=load_font("sans", 40), box_width=1000)
    assert [[w.text for w in p.words] for p in pages] == [["Hello", "there"],
                                                          ["General", "Kenobi"]]
    assert (pages[0].start_s, pages[1].start_s) == (1.0, 2.5)


def test_enhanced_lrc_gives_exact_word_times_for_karaoke():
    words = parse_lyrics("[00:02.00]<00:02.00>Shine <00:02.40>on <00:03.10>me\n[00:05.00]x",
                         suffix=".lrc")
    assert [(w["text"], w["start_s"], w["end_s"]) for w in words[:3]] == [
        ("Shine", 2.0, 2.4), ("on", 2.4, 3.1), ("me", 3.1, 5.0)]


def test_inline_lyrics_param_is_used_and_detected():
    words = lyrics_from_params("lyr", {"text": "[00:00.50] typed in line\n[00:02] two"},
                               None)
    assert [w["text"] for w in words] == ["typed", "in", "line", "two"]
    assert words[0]["start_s"] == 0.5 and words[-1]["line"] == 2


@pytest.mark.parametrize(("text", "suffix", "line", "needle"), [
    ("[00:01.00]a\n[00:75.00]b\n", ".lrc", 2, "75 seconds"),
    ("[00:01.00]a\nno stamp here\n", ".lrc", 2, "no [mm:ss.xx] time stamp"),
    ("[00:01.00]a\n[00:03.00]b\n[00:01.00]c\n", ".lrc", 3, "overlap"),
    ("[00:02.00]<00:01.00>early word\n", ".lrc", 1, "outside its line"),
    ("1\n00:00:01,000 --> 00:00:03,000\na\n\n2\n00:00:02,000 --> 00:00:04,000\nb\n",
     ".srt", 6, "cues overlap"),
    ("1\n00:00:05,000 --> 00:00:04,000\na\n", ".srt", 2, "before it starts"),
    ("1\n00:00:xx,000 --> 00:00:04,000\na\n", ".srt", 2, "bad time"),
])
def test_bad_timestamps_name_the_line(text, suffix, line, needle):
    with pytest.raises(LyricsError) as err:
        parse_lyrics(text, suffix=suffix)
    assert err.value.line == line and needle in str(err.value)


def test_bad_lyrics_file_names_node_param_file_and_line(tmp_path):
    bad = tmp_path / "song.lrc"
    bad.write_text("[00:01.00]one\n[00:01.00]two\n")
    with pytest.raises(BadNodeInput) as err:
        lyrics_from_params("lyrics", {"path": str(bad), "text": ""}, bad)
    msg = str(err.value)
    assert "'lyrics'" in msg and "'path'" in msg and str(bad) in msg and "line 2" in msg


def test_speech_word_timings_keep_punctuation():
    from providers.local.espeak import synthesize

    sp = synthesize("Into the night. The city, awake!")
    assert [w for w, _, _ in sp.words] == ["Into", "the", "night.", "The", "city,", "awake!"]


def _caption_frames(tmp_path: Path, track: CaptionTrack, times: list[float]) -> list[np.ndarray]:
    import av

    from render.frames import from_planes

    fps, w, h = Fraction(30), 640, 360
    layer = CaptionLayer(track, width=w, height=h, fps=fps)
    base = np.full((h * 3 // 2, w), 128, dtype=np.uint8)
    base[:h] = 40
    out = []
    for t in times:
        fr = layer(round(t * 30), from_planes(base.copy()))
        out.append(fr.to_ndarray(format="rgb24"))
    del av
    return out


def test_karaoke_highlights_every_word_sung_so_far_and_box_draws(tmp_path):
    words = parse_lyrics("[00:00.00]<00:00.00>one <00:01.00>two <00:02.00>three\n"
                         "[00:04.00]x", suffix=".lrc")
    yellow = (255, 214, 0)
    track = _track(words, highlight="karaoke", highlight_color=yellow,
                   box_color=(0, 0, 0, 200), font_size=60)
    f0, f1, f2 = _caption_frames(tmp_path, track, [0.1, 1.1, 2.1])

    def yellow_px(f: np.ndarray) -> int:
        r, g, b = (f[..., i].astype(int) for i in range(3))
        return int(((r > 200) & (g > 160) & (b < 90)).sum())

    assert 0 < yellow_px(f0) < yellow_px(f1) < yellow_px(f2)
    word_mode = _caption_frames(tmp_path, _track(words, highlight_color=yellow), [2.1])[0]
    assert yellow_px(word_mode) < yellow_px(f2)  # "word" lights only the current one
    boxed = f0[250:, :].mean()
    assert boxed < 40  # the dark box is drawn behind the bottom caption


def test_missing_caption_font_is_a_clear_error():
    from render.text import FontError

    with pytest.raises(FontError, match="no-such.ttf"):
        CaptionLayer(CaptionTrack(words=(Word("a", 0, 1),), font="/x/no-such.ttf"),
                     width=320, height=180, fps=Fraction(30))


def test_lyrics_render_line_by_line_in_a_video(tmp_path):
    from render.encode import render_timeline

    clip = make_clip(tmp_path / "c.mp4", fps=Fraction(30), n_frames=30, width=320,
                     height=180, color=(30, 30, 30), marker=False)
    words = parse_lyrics("[00:00.20]first line\n[00:01.20]second line here\n[00:02.20]",
                         suffix=".lrc")
    tl = Timeline(output=OutputSettings(width=320, height=180, preset="ultrafast"),
                  total_frames=75, segments=(VideoSegment(str(clip), 0, 75),),
                  captions=(_track(words, font_size=70),))
    out = render_timeline(tl, tmp_path / "o.mp4").path
    import av

    with av.open(str(out)) as c:
        frames = [f.to_ndarray(format="gray") for f in c.decode(video=0)]
    bright = [int((f > 180).sum()) for f in frames]
    assert bright[3] == 0 and bright[10] > 50 and bright[40] > 50 and bright[72] == 0
    cols = [np.flatnonzero((f > 180).any(axis=0)) for f in (frames[10], frames[40])]
    assert cols[1].size and cols[0].size and (cols[1][-1] - cols[1][0]) > \
        (cols[0][-1] - cols[0][0])  # the longer second line replaces the first
