"""Text drawn with the bundled fonts (assets/fonts): font lookup, colours, and a styled
text block (outline, drop shadow, background box) as an RGBA picture.

Sizes are in pixels at 1080 px of the output's short side and scale with it, so a style
looks the same at 720p, 1080p and 9:16.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from render.errors import RenderError

if TYPE_CHECKING:
    from PIL import Image, ImageFont

FONTS_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"
BUNDLED = {"sans": "OpenSans-Regular.ttf", "sans-bold": "OpenSans-Bold.ttf",
           "display": "Lato-Black.ttf"}
NAMED_COLORS = {"white": "#ffffff", "black": "#000000", "yellow": "#ffd600",
                "red": "#ff3b30", "cyan": "#00e5ff", "magenta": "#ff2bd6"}


class FontError(RenderError):
    """A font named by a style is not bundled and not a readable font file."""

    def __init__(self, font: str, reason: str) -> None:
        self.font, self.reason = font, reason
        super().__init__(f"font {font!r}: {reason}. Use one of the bundled fonts "
                         f"{sorted(BUNDLED)} or the path of a .ttf/.otf file.")


def font_path(name: str) -> Path:
    """The file of a bundled font name, or ``name`` itself as a path; raises FontError."""
    path = FONTS_DIR / BUNDLED[name] if name in BUNDLED else Path(name).expanduser()
    if not path.is_file():
        why = "bundled font file is missing" if name in BUNDLED else "no such font file"
        raise FontError(name, f"{why} ({path})")
    return path


@functools.lru_cache(maxsize=32)
def load_font(name: str, size_px: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    path = font_path(name)
    try:
        return ImageFont.truetype(str(path), size=max(4, size_px))
    except OSError as e:
        raise FontError(name, f"not a readable TrueType/OpenType font ({e})") from e


def parse_color(value: Any, *, default_alpha: int = 255) -> tuple[int, int, int, int]:
    """``"#rrggbb"``, ``"#rrggbbaa"``, a name, or a 3/4-item list -> RGBA; ValueError."""
    if isinstance(value, list | tuple):
        items = [int(v) for v in value]
        if len(items) not in (3, 4) or not all(0 <= v <= 255 for v in items):
            raise ValueError(f"colour {value!r}: expected 3 or 4 values 0..255")
        return (items[0], items[1], items[2], items[3] if len(items) == 4 else default_alpha)
    text = NAMED_COLORS.get(str(value).strip().lower(), str(value).strip())
    hexpart = text[1:] if text.startswith("#") else text
    if len(hexpart) not in (6, 8) or any(c not in "0123456789abcdefABCDEF" for c in hexpart):
        raise ValueError(f"colour {value!r}: expected #rrggbb, #rrggbbaa or one of "
                         f"{sorted(NAMED_COLORS)}")
    rgb = [int(hexpart[i:i + 2], 16) for i in range(0, len(hexpart), 2)]
    return (rgb[0], rgb[1], rgb[2], rgb[3] if len(rgb) == 4 else default_alpha)


def scaled(px: float, width: int, height: int) -> int:
    """``px`` at 1080 px of the short side, at this output size."""
    return max(1, round(px * min(width, height) / 1080))


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a block of text looks. Sizes in px at 1080 px of the short side."""

    font: str = "sans-bold"
    size: float = 64.0
    color: tuple[int, int, int, int] = (255, 255, 255, 255)
    outline: float = 0.0
    outline_color: tuple[int, int, int, int] = (0, 0, 0, 255)
    shadow: float = 0.0  # drop shadow offset (down-right)
    shadow_color: tuple[int, int, int, int] = (0, 0, 0, 160)
    box_color: tuple[int, int, int, int] | None = None
    box_pad: float = 0.35  # box padding as a fraction of the font size
    align: str = "center"  # left | center | right
    line_spacing: float = 1.15

    def to_dict(self) -> dict[str, Any]:
        return {"font": self.font, "size": self.size, "color": list(self.color),
                "outline": self.outline, "outline_color": list(self.outline_color),
                "shadow": self.shadow, "shadow_color": list(self.shadow_color),
                "box_color": list(self.box_color) if self.box_color else None,
                "box_pad": self.box_pad, "align": self.align, "line_spacing": self.line_spacing}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TextStyle:
        kw = {k: d[k] for k in ("font", "size", "outline", "shadow", "box_pad", "align",
                                "line_spacing") if k in d}
        for k in ("color", "outline_color", "shadow_color", "box_color"):
            if d.get(k) is not None:
                kw[k] = parse_color(d[k])
        return cls(**kw)


def render_block(lines: list[str], style: TextStyle, *, width: int, height: int,
                 max_width: int | None = None) -> Image.Image:
    """The lines as one RGBA picture with outline, shadow and box; wraps words to
    ``max_width`` pixels when given."""
    from PIL import Image, ImageDraw

    font = load_font(style.font, scaled(style.size, width, height))
    stroke = round(scaled(style.outline, width, height)) if style.outline else 0
    shadow = round(scaled(style.shadow, width, height)) if style.shadow else 0
    if max_width:
        lines = [w for line in lines for w in wrap(line, font, max_width - 2 * stroke)]
    asc, desc = font.getmetrics()
    line_h = round((asc + desc) * style.line_spacing)
    widths = [font.getlength(t) for t in lines]
    pad = round(font.size * style.box_pad) if style.box_color else 0
    w = int(max(widths, default=0)) + 2 * (stroke + pad) + shadow + 2
    h = line_h * (len(lines) - 1) + asc + desc + 2 * (stroke + pad) + shadow + 2
    im = Image.new("RGBA", (w + w % 2, h + h % 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    if style.box_color:
        draw.rounded_rectangle((0, 0, w - shadow - 1, h - shadow - 1), radius=pad // 2,
                               fill=style.box_color)
    inner = w - shadow - 2 * (stroke + pad)
    for i, (text, tw) in enumerate(zip(lines, widths, strict=True)):
        x = stroke + pad + {"left": 0.0, "right": inner - tw}.get(style.align, (inner - tw) / 2)
        y = stroke + pad + i * line_h
        if shadow:
            draw.text((x + shadow, y + shadow), text, font=font, fill=style.shadow_color,
                      stroke_width=stroke, stroke_fill=style.shadow_color)
        draw.text((x, y), text, font=font, fill=style.color, stroke_width=stroke,
                  stroke_fill=style.outline_color)
    return im


def wrap(text: str, font: ImageFont.FreeTypeFont, max_px: float) -> list[str]:
    """Greedy word wrap of one line to ``max_px``; a single long word stays whole."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and font.getlength(trial) > max_px:
            out.append(cur)
            cur = word
        else:
            cur = trial
    return [*out, cur] if cur or not out else out
