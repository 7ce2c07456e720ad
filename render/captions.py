"""Word-timed captions drawn with the bundled fonts (render.text; no system font needed).

Words are grouped into pages: each lyrics line (``Word.line``) is its own page; otherwise a
pause longer than ``max_gap_s`` or a full box starts a new page. A page is wrapped to
``max_width`` of the frame and placed inside the safe area of the output's aspect ratio; the
word being sung or spoken is highlighted (``highlight="word"``), or every word sung so far
(``"karaoke"``), optionally on a background box.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from render.overlays import Patch
from render.timeline import CaptionTrack, Word

if TYPE_CHECKING:
    import av
    from PIL import ImageFont

    from render.frames import FrameBuf

HOLD_AFTER_S = 0.6  # a page stays up this long after its last word unless the next one starts


def safe_margins(width: int, height: int) -> tuple[float, float]:
    """(top, bottom) safe margins as fractions of the height: vertical video keeps clear of
    the app UI that platforms draw over the bottom and top of 9:16 feeds."""
    aspect = width / height
    if aspect < 0.8:
        return 0.12, 0.22
    if aspect < 1.2:
        return 0.08, 0.12
    return 0.07, 0.09


@dataclass(frozen=True, slots=True)
class Page:
    """Words shown together, their lines (word index ranges) and time span."""

    words: tuple[Word, ...]
    lines: tuple[tuple[int, int], ...]
    start_s: float
    end_s: float


def layout_pages(track: CaptionTrack, *, font: ImageFont.FreeTypeFont, box_width: int) -> \
        list[Page]:
    """Group words into pages of at most ``max_lines`` lines no wider than ``box_width``."""
    space = font.getlength(" ")
    pages: list[Page] = []
    cur: list[Word] = []
    lines: list[tuple[int, int]] = []
    line_w = 0.0

    def flush() -> None:
        if cur:
            pages.append(Page(tuple(cur), tuple(lines), cur[0].start_s, cur[-1].end_s))

    for w in sorted(track.words, key=lambda w: w.start_s):
        if not w.text.strip():
            continue
        ww = font.getlength(w.text)
        new_line = bool(cur) and w.line is not None and w.line != cur[-1].line
        if cur and (new_line or w.start_s - cur[-1].end_s > track.max_gap_s):
            flush()
            cur, lines, line_w = [], [], 0.0
        if cur and line_w + space + ww > box_width:
            if len(lines) >= track.max_lines:
                flush()
                cur, lines, line_w = [], [], 0.0
            else:
                lines.append((len(cur), len(cur)))
                line_w = 0.0
        if not lines:
            lines.append((0, 0))
        cur.append(w)
        lines[-1] = (lines[-1][0], len(cur))
        line_w += ww + (space if line_w else 0.0)
    flush()
    # speech pages linger a moment after the last word; a lyrics line ends on its stamp
    return [Page(p.words, p.lines, p.start_s, p.end_s if p.words[-1].line is not None else
                 min(p.end_s + HOLD_AFTER_S, nxt.start_s) if nxt else p.end_s + HOLD_AFTER_S)
            for p, nxt in zip(pages, [*pages[1:], None], strict=True)]


class CaptionLayer:
    """Draws one :class:`CaptionTrack`; rendered pages are cached per highlighted word."""

    def __init__(self, track: CaptionTrack, *, width: int, height: int, fps: Fraction) -> None:
        from render.text import load_font

        self.track, self._w, self._h, self._fps = track, width, height, fps
        size = max(8, round(track.font_size * min(width, height) / 1080))
        self._font = _with_mask_cache(load_font(track.font, size))
        self._stroke = max(0, round(track.stroke_width * size / 56))
        self._pages = layout_pages(track, font=self._font,
                                   box_width=int(track.max_width * width) - 2 * self._stroke)
        self._cache: dict[tuple[int, int], tuple[Patch, int, int]] = {}
        self._lengths: dict[str, float] = {}  # a page is re-drawn per highlighted word
        self._page_i = 0

    def _length(self, text: str) -> float:
        n = self._lengths.get(text)
        if n is None:
            n = self._lengths[text] = self._font.getlength(text)
        return n

    def _page_at(self, t: float) -> int | None:
        while self._page_i < len(self._pages) and self._pages[self._page_i].end_s <= t:
            self._page_i += 1
            self._cache.clear()  # earlier pages are never needed again
            self._font.masks.clear()  # type: ignore[attr-defined]
        if self._page_i < len(self._pages) and self._pages[self._page_i].start_s <= t:
            return self._page_i
        return None

    def __call__(self, k: int, frame: av.VideoFrame) -> av.VideoFrame:
        from render.frames import FrameBuf

        buf = FrameBuf(frame)
        self.draw(k, buf)
        return buf.frame()

    def draw(self, k: int, buf: FrameBuf) -> None:
        """The caption of frame ``k`` drawn on ``buf``'s planes (untouched between pages)."""
        t = float(Fraction(k) / self._fps)
        pi = self._page_at(t)
        if pi is None:
            return
        page = self._pages[pi]
        active = max((i for i, w in enumerate(page.words) if w.start_s <= t), default=-1)
        on = self.track.highlight_color is not None and self.track.highlight != "none"
        key = (pi, active if on else -1)
        if key not in self._cache:
            self._cache[key] = self._render(page, key[1])
        patch, x0, y0 = self._cache[key]
        patch.draw(buf.planes(), width=self._w, height=self._h, x0=x0, y0=y0)

    def _render(self, page: Page, active: int) -> tuple[Patch, int, int]:
        from PIL import Image, ImageDraw

        font, tr, stroke = self._font, self.track, self._stroke
        space = self._length(" ")
        asc, desc = font.getmetrics()
        line_h = int((asc + desc) * 1.15)
        texts = [[w.text for w in page.words[a:b]] for a, b in page.lines]
        widths = [sum(self._length(t) for t in ws) + space * (len(ws) - 1) for ws in texts]
        pad = round(font.size * 0.3) if tr.box_color else 0
        box_w = int(max(widths, default=0)) + 2 * (stroke + pad) + 4
        box_h = line_h * len(texts) + 2 * (stroke + pad) + 4
        im = Image.new("RGBA", (box_w + box_w % 2, box_h + box_h % 2), (0, 0, 0, 0))
        draw = ImageDraw.Draw(im)
        if tr.box_color:
            draw.rounded_rectangle((0, 0, box_w - 1, box_h - 1), radius=pad, fill=tr.box_color)
        for li, ((a, _), ws) in enumerate(zip(page.lines, texts, strict=True)):
            x = (box_w - widths[li]) / 2
            y = stroke + pad + 2 + li * line_h
            for j, text in enumerate(ws):
                hl = tr.highlight_color is not None and (
                    a + j <= active if tr.highlight == "karaoke" else a + j == active)
                color = tr.highlight_color if hl and tr.highlight_color else tr.color
                draw.text((x, y), text, font=font, fill=(*color, 255), stroke_width=stroke,
                          stroke_fill=(0, 0, 0, 255))
                x += self._length(text) + space
        top, bottom = safe_margins(self._w, self._h)
        x0 = (self._w - im.width) // 2
        if tr.position == "top":
            y0 = int(top * self._h)
        elif tr.position == "center":
            y0 = (self._h - im.height) // 2
        else:
            y0 = self._h - int(bottom * self._h) - im.height
        return Patch.from_image(im), x0, max(0, y0)


def _with_mask_cache(font: ImageFont.FreeTypeFont) -> ImageFont.FreeTypeFont:
    """A copy of ``font`` (the same FreeType face) that keeps the glyph masks it renders.
    A page is re-drawn once per highlighted word with every other word in the same colour
    at the same position, so only the highlighted word's masks are rendered again (Pillow
    renders each word twice, outline then fill: most of a page's cost)."""
    cached: ImageFont.FreeTypeFont = object.__new__(_masked_font_class())
    cached.__dict__.update(font.__dict__)
    cached.masks = {}  # type: ignore[attr-defined]
    return cached


@functools.cache
def _masked_font_class() -> type:
    from PIL import ImageFont

    class MaskedFont(ImageFont.FreeTypeFont):
        masks: dict[tuple[Any, ...], Any]

        def getmask2(self, text: Any, mode: str = "", *args: Any, **kwargs: Any) -> Any:
            # every argument is part of the key (colour too), so a hit is the same mask;
            # colour-font masks (mode RGBA) are modified by their caller: never kept
            try:
                key = (text, mode, args, tuple(sorted(kwargs.items())))
                hit = self.masks.get(key) if mode != "RGBA" else None
            except TypeError:  # an unhashable option (a features list)
                return super().getmask2(text, mode, *args, **kwargs)
            if hit is None:
                hit = super().getmask2(text, mode, *args, **kwargs)
                if mode != "RGBA":
                    self.masks[key] = hit
            return hit

    return MaskedFont


def split_line(text: str, start_s: float, end_s: float) -> list[Word]:
    """Spread a line's words over its span, in proportion to their length (when lyrics give
    only line timings)."""
    words = text.split()
    if not words or end_s <= start_s:
        return []
    weights = [len(w) + 1 for w in words]
    total = sum(weights)
    out, t = [], start_s
    for w, wt in zip(words, weights, strict=True):
        dt = (end_s - start_s) * wt / total
        out.append(Word(w, t, t + dt))
        t += dt
    return out


def _clock(s: str) -> float:
    """``[hh:]mm:ss[.,]fff`` -> seconds."""
    parts = s.strip().replace(",", ".").split(":")
    return sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))


def words_from_srt(text: str) -> tuple[Word, ...]:
    """Words from SubRip subtitles (each cue's words spread over the cue)."""
    import re

    out: list[Word] = []
    for block in re.split(r"\n\s*\n", text.replace("\r", "").strip()):
        lines = block.split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"\s*(\S+)\s*-->\s*(\S+)", line)
            if m:
                body = " ".join(re.sub(r"<[^>]+>", "", x) for x in lines[i + 1:])
                out += split_line(body, _clock(m.group(1)), _clock(m.group(2)))
                break
    return tuple(out)


def words_from_lrc(text: str, *, end_s: float | None = None,
                   line_max_s: float = 6.0) -> tuple[Word, ...]:
    """Words from .lrc lyrics; enhanced ``<mm:ss.xx>`` word stamps are used when present,
    otherwise a line lasts until the next one (at most ``line_max_s``)."""
    import re

    stamp = re.compile(r"\[(\d+:\d+(?:[.:]\d+)?)\]")
    lines: list[tuple[float, str]] = []
    for raw in text.replace("\r", "").split("\n"):
        times = stamp.findall(raw)
        body = stamp.sub("", raw).strip()
        lines += [(_clock(t[::-1].replace(":", ".", 1)[::-1] if t.count(":") > 1 else t), body)
                  for t in times]
    lines.sort(key=lambda x: x[0])
    out: list[Word] = []
    for i, (t0, body) in enumerate(lines):
        nxt = lines[i + 1][0] if i + 1 < len(lines) else (end_s or t0 + line_max_s)
        t1 = min(nxt, t0 + line_max_s)
        if "<" in body:
            out += _enhanced(body, t0, t1)
        else:
            out += split_line(body, t0, t1)
    return tuple(out)


def _enhanced(body: str, t0: float, t1: float) -> list[Word]:
    import re

    parts = re.split(r"<(\d+:\d+(?:\.\d+)?)>", body)
    marks: list[tuple[float, str]] = []
    t = t0
    for j, part in enumerate(parts):
        if j % 2:
            t = _clock(part)
        elif part.strip():
            marks += [(t, w) for w in part.split()]
    return [Word(w, s, marks[k + 1][0] if k + 1 < len(marks) and marks[k + 1][0] > s else t1)
            for k, (s, w) in enumerate(marks)]
