"""Parse timed lyrics (.lrc, enhanced .lrc, .srt) into word timings for captions.

Every word carries its ``line`` number, so each lyrics line becomes its own caption page,
shown from its time stamp until the next line. Enhanced LRC (``<mm:ss.xx>`` before each
word) gives exact word timings for the karaoke highlight; otherwise a line's words share
its span in proportion to their length. Bad or overlapping time stamps raise
:class:`LyricsError` with the 1-based line number of the text.
"""

from __future__ import annotations

import re
from typing import Any

_STAMP = r"(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?"
_LRC_LINE_TAG = re.compile(r"\[([^\]]*)\]")
_LRC_TIME = re.compile(rf"^{_STAMP}$")
_LRC_META = re.compile(r"^[a-zA-Z#]+:")
_WORD_STAMP = re.compile(r"<([^>]*)>")
_SRT_TIME = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)")
_SRT_CLOCK = re.compile(r"^(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})$")
LINE_MAX_S = 8.0  # a line with no next line stays up at most this long
LAST_LINE_S = 4.0


class LyricsError(ValueError):
    """Bad lyrics text; ``line`` is the 1-based line of the text (0 = the whole text)."""

    def __init__(self, message: str, *, line: int = 0) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


def _lrc_seconds(stamp: str, line: int) -> float:
    m = _LRC_TIME.match(stamp.strip())
    if not m:
        raise LyricsError(f"bad time stamp [{stamp}] (expected [mm:ss.xx])", line=line)
    minutes, seconds, frac = int(m.group(1)), int(m.group(2)), m.group(3) or "0"
    if seconds >= 60:
        raise LyricsError(f"bad time stamp [{stamp}]: {seconds} seconds", line=line)
    return float(minutes * 60 + seconds + int(frac) / 10 ** len(frac))


def _spread(text: str, start_s: float, end_s: float, line: int) -> list[dict[str, Any]]:
    words = text.split()
    if not words:
        return []
    weights = [len(w) + 1 for w in words]
    total, t = sum(weights), start_s
    out = []
    for w, wt in zip(words, weights, strict=True):
        dt = (end_s - start_s) * wt / total
        out.append(_word(w, t, t + dt, line))
        t += dt
    return out


def _word(text: str, start_s: float, end_s: float, line: int) -> dict[str, Any]:
    return {"text": text, "start_s": round(start_s, 4), "end_s": round(end_s, 4), "line": line}


def _lrc_lines(text: str) -> tuple[list[tuple[float, str, int]], float]:
    """(start_s, body, line_no) per time stamp, sorted, and the [offset:] in seconds."""
    lines: list[tuple[float, str, int]] = []
    offset = 0.0
    for no, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        tags, pos = [], 0
        while (m := _LRC_LINE_TAG.match(stripped, pos)) is not None:
            tags.append(m.group(1))
            pos = m.end()
        body = stripped[pos:].strip()
        if len(tags) == 1 and _LRC_META.match(tags[0]) and not body:
            key, _, value = tags[0].partition(":")
            if key.lower() == "offset":
                try:
                    offset = int(value.strip()) / 1000
                except ValueError:
                    raise LyricsError(f"bad offset [{tags[0]}]", line=no) from None
            continue
        if not tags:
            raise LyricsError(f"no [mm:ss.xx] time stamp before {stripped[:40]!r}", line=no)
        lines += [(_lrc_seconds(t, no), body, no) for t in tags]
    lines.sort(key=lambda x: x[0])
    return lines, offset


def _parse_lrc(text: str) -> list[dict[str, Any]]:
    lines, offset = _lrc_lines(text)
    if not lines:
        raise LyricsError("no [mm:ss.xx] time stamps found")
    for (t0, _, a), (t1, _, b) in zip(lines, lines[1:], strict=False):
        if t1 == t0:
            raise LyricsError(f"same time stamp as line {a} ({t0:.2f} s): lines overlap",
                              line=b)
    words: list[dict[str, Any]] = []
    for i, (start, body, no) in enumerate(lines):
        nxt = lines[i + 1][0] if i + 1 < len(lines) else start + LAST_LINE_S
        end = min(nxt, start + LINE_MAX_S)
        if _WORD_STAMP.search(body):
            words += _enhanced(body, start, end, nxt, no)
        else:
            words += _spread(body, start, end, no)
    return [{**w, "start_s": round(max(0.0, w["start_s"] - offset), 4),
             "end_s": round(max(0.0, w["end_s"] - offset), 4)} for w in words]


def _enhanced(body: str, start: float, end: float, nxt: float, no: int) -> list[dict[str, Any]]:
    """Words of an enhanced-LRC line: ``<mm:ss.xx>word <mm:ss.xx>word ...``."""
    parts = _WORD_STAMP.split(body)
    marks: list[tuple[float, str]] = []
    t = start
    for j, part in enumerate(parts):
        if j % 2:
            stamp = _lrc_seconds(part, no)
            if stamp < t or stamp >= nxt:
                raise LyricsError(f"word time <{part}> is outside its line "
                                  f"({start:.2f}-{nxt:.2f} s) or before the previous word",
                                  line=no)
            t = stamp
        else:
            marks += [(t, w) for w in part.split()]
    out = []
    for k, (s, w) in enumerate(marks):
        e = marks[k + 1][0] if k + 1 < len(marks) and marks[k + 1][0] > s else max(end, s)
        out.append(_word(w, s, e, no))
    return out


def _srt_seconds(stamp: str, line: int) -> float:
    m = _SRT_CLOCK.match(stamp)
    if not m or int(m.group(2)) >= 60 or int(m.group(3)) >= 60:
        raise LyricsError(f"bad time {stamp!r} (expected hh:mm:ss,mmm)", line=line)
    h, mi, s, ms = m.groups()
    return float(int(h) * 3600 + int(mi) * 60 + int(s) + int(ms) / 10 ** len(ms))


def _parse_srt(text: str) -> list[dict[str, Any]]:
    words: list[dict[str, Any]] = []
    prev_end, prev_line = -1.0, 0
    rows = text.splitlines()
    i = 0
    while i < len(rows):
        m = _SRT_TIME.match(rows[i])
        if not m:
            i += 1
            continue
        no = i + 1
        start, end = _srt_seconds(m.group(1), no), _srt_seconds(m.group(2), no)
        if end <= start:
            raise LyricsError(f"cue ends ({end:.3f} s) before it starts ({start:.3f} s)",
                              line=no)
        if start < prev_end:
            raise LyricsError(f"cue starts at {start:.3f} s, before the cue of line "
                              f"{prev_line} ends ({prev_end:.3f} s): cues overlap", line=no)
        body: list[str] = []
        i += 1
        while i < len(rows) and rows[i].strip():
            body.append(re.sub(r"<[^>]+>", "", rows[i]))
            i += 1
        words += _spread(" ".join(body), start, end, no)
        prev_end, prev_line = end, no
    if not words:
        raise LyricsError("no subtitle cues with 'hh:mm:ss,mmm --> hh:mm:ss,mmm' found")
    return words


def parse_lyrics(text: str, *, suffix: str) -> list[dict[str, Any]]:
    """Words (``text``, ``start_s``, ``end_s``, ``line``) of .lrc or .srt text;
    ``suffix=""`` detects the format from the text (for lyrics typed into a param)."""
    if not suffix:
        suffix = ".srt" if "-->" in text else ".lrc"
    if suffix == ".srt":
        return _parse_srt(text)
    if suffix == ".lrc":
        return _parse_lrc(text)
    raise LyricsError(f"unsupported lyrics file type '{suffix}' (use .lrc or .srt)")


def lyrics_from_params(node_id: str, params: dict[str, Any], path: Any) -> list[dict[str, Any]]:
    """The ``input.lyrics`` node's words: from ``text`` when typed in, else from the file
    ``path`` (a resolved Path or None); errors name the node, param, file and line."""
    from nodes.errors import BadNodeInput

    inline = str(params.get("text") or "")
    if inline.strip():
        try:
            return parse_lyrics(inline, suffix="")
        except LyricsError as exc:
            raise BadNodeInput(node_id, f"typed lyrics, {exc}", param="text") from None
    if path is None:
        raise BadNodeInput(node_id, "no lyrics: choose an .lrc/.srt file or type timed "
                           "lines such as '[00:12.50] first line'", param="path")
    try:
        return parse_lyrics(path.read_text(encoding="utf-8-sig"), suffix=path.suffix.lower())
    except (LyricsError, UnicodeDecodeError) as exc:
        raise BadNodeInput(node_id, f"{path}: {exc}", param="path") from None
