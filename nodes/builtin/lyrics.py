"""Parse timed lyrics (.lrc, .srt) into word timings for captions.

Each line's words share its span evenly: good enough for line-level captions,
and exact at line starts, which is where lyrics files are exact too.
"""

from __future__ import annotations

import re
from typing import Any

_LRC_TIME = re.compile(r"\[(\d+):(\d+(?:\.\d+)?)\]")
_SRT_TIME = re.compile(
    r"(\d+):(\d+):(\d+)[,.](\d+)\s*-->\s*(\d+):(\d+):(\d+)[,.](\d+)")


class LyricsError(ValueError):
    pass


def _spread(text: str, start_s: float, end_s: float) -> list[dict[str, Any]]:
    words = text.split()
    if not words or end_s <= start_s:
        return []
    step = (end_s - start_s) / len(words)
    return [{"text": w, "start_s": round(start_s + i * step, 4),
             "end_s": round(start_s + (i + 1) * step, 4)} for i, w in enumerate(words)]


def _parse_lrc(text: str) -> list[dict[str, Any]]:
    lines: list[tuple[float, str]] = []
    for raw in text.splitlines():
        stamps = _LRC_TIME.findall(raw)
        body = _LRC_TIME.sub("", raw).strip()
        lines.extend((int(m) * 60 + float(s), body) for m, s in stamps)
    lines.sort()
    if not lines:
        raise LyricsError("no [mm:ss.xx] time tags found")
    words: list[dict[str, Any]] = []
    for (start, body), nxt in zip(lines, lines[1:] + [(lines[-1][0] + 4.0, "")], strict=True):
        words.extend(_spread(body, start, min(nxt[0], start + 8.0)))
    return words


def _parse_srt(text: str) -> list[dict[str, Any]]:
    words: list[dict[str, Any]] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        m = _SRT_TIME.search(block)
        if not m:
            continue
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        body = " ".join(block[m.end():].split())
        words.extend(_spread(body, start, end))
    if not words:
        raise LyricsError("no subtitle blocks with 'hh:mm:ss,mmm --> hh:mm:ss,mmm' found")
    return words


def parse_lyrics(text: str, *, suffix: str) -> list[dict[str, Any]]:
    if suffix == ".srt":
        return _parse_srt(text)
    if suffix == ".lrc":
        return _parse_lrc(text)
    raise LyricsError(f"unsupported lyrics file type '{suffix}' (use .lrc or .srt)")
