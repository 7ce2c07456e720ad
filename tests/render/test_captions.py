from __future__ import annotations

import pytest
from PIL import ImageFont

from render.captions import layout_pages, safe_margins, words_from_lrc, words_from_srt
from render.timeline import CaptionTrack, Word


def test_srt_words_spread_over_each_cue() -> None:
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nHello <i>there</i>\n\n"
           "2\n00:00:03,500 --> 00:00:04,000\nbye\n")
    words = words_from_srt(srt)
    assert [w.text for w in words] == ["Hello", "there", "bye"]
    assert words[0].start_s == 1.0 and words[1].end_s == pytest.approx(2.0)
    assert words[0].end_s == pytest.approx(words[1].start_s)
    assert (words[2].start_s, words[2].end_s) == (3.5, 4.0)


def test_lrc_lines_and_enhanced_word_stamps() -> None:
    lrc = ("[ar:Someone]\n[00:01.00]first line here\n"
           "[00:04.00]<00:04.00>word <00:04.50>by <00:05.20>word\n[00:07.00]\n")
    words = words_from_lrc(lrc)
    assert [w.text for w in words] == ["first", "line", "here", "word", "by", "word"]
    assert words[0].start_s == 1.0 and words[2].end_s == pytest.approx(4.0)
    assert [w.start_s for w in words[3:]] == [4.0, 4.5, 5.2]
    assert words[3].end_s == 4.5 and words[5].end_s == pytest.approx(7.0)


def test_pages_wrap_to_width_and_split_on_pauses() -> None:
    font = ImageFont.load_default(size=40)
    words = tuple(Word(f"word{i}", i * 0.3, i * 0.3 + 0.25) for i in range(12))
    words += (Word("later", 10.0, 10.5),)
    pages = layout_pages(CaptionTrack(words=words, max_lines=2, max_gap_s=1.0), font=font,
                         box_width=300)
    assert pages[-1].words == (Word("later", 10.0, 10.5),)
    for p in pages:
        assert len(p.lines) <= 2
        for a, b in p.lines:
            text = " ".join(w.text for w in p.words[a:b])
            assert font.getlength(text) <= 300 or b - a == 1
    assert sum(len(p.words) for p in pages) == 13
    assert all(p.end_s <= q.start_s for p, q in zip(pages, pages[1:], strict=False))


def test_safe_margins_depend_on_aspect() -> None:
    assert safe_margins(1080, 1920)[1] > safe_margins(1080, 1080)[1] > \
        safe_margins(1920, 1080)[1]
