"""Caption pages re-drawn per highlighted word reuse the glyph masks of the words that did
not change (render.captions._with_mask_cache): the pictures equal Pillow's own drawing."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from render.captions import CaptionLayer
from render.text import load_font
from render.timeline import CaptionTrack, Word

WORDS = tuple(Word(w, 0.3 * i, 0.3 * i + 0.25, line=i // 4)
              for i, w in enumerate(["Come", "down,", "come", "down,", "northern", "lights,", "over", "the", "bay"]))


@pytest.mark.parametrize("highlight", ["word", "karaoke"])
def test_pages_equal_uncached_drawing(highlight: str) -> None:
    track = CaptionTrack(words=WORDS, font_size=56, stroke_width=3, highlight=highlight,
                         highlight_color=(255, 214, 0), box_color=(20, 20, 20, 160))
    cached = CaptionLayer(track, width=640, height=360, fps=Fraction(30))
    plain = CaptionLayer(track, width=640, height=360, fps=Fraction(30))
    plain._font = load_font(track.font, plain._font.size)  # Pillow's drawing, no cache
    assert not hasattr(plain._font, "masks")
    drawn = 0
    for page in cached._pages:
        for active in range(-1, len(page.words)):
            a, b = cached._render(page, active), plain._render(page, active)
            assert (a[1], a[2]) == (b[1], b[2])
            for name in ("y", "u", "v", "a"):
                assert np.array_equal(getattr(a[0], name), getattr(b[0], name))
            drawn += 1
    # each word's outline mask is rendered once, its fill once per colour: not once per draw
    n_words = len(WORDS)
    assert drawn > n_words and len(cached._font.masks) <= 3 * n_words
