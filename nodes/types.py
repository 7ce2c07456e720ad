"""Port types and the rule for which links are valid.

Types are small immutable values: ``AUDIO``, ``IMAGE``... and ``list_of(T)``.
``Image`` and ``Video`` are both ``Media``: any two of the three link.
A ``List[T]`` output may feed a ``T`` input; the node then runs once per element.
A ``T`` output may feed a ``List[T]`` input: it arrives as a one-element list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PortType:
    name: str
    item: PortType | None = None

    def __str__(self) -> str:
        return f"List[{self.item}]" if self.item is not None else self.name

    @property
    def is_list(self) -> bool:
        return self.item is not None


AUDIO = PortType("Audio")
IMAGE = PortType("Image")
VIDEO = PortType("Video")
MEDIA = PortType("Media")
TEXT = PortType("Text")
BEATMAP = PortType("BeatMap")
CUTPLAN = PortType("CutPlan")
TIMELINE = PortType("Timeline")
CURVE = PortType("Curve")
CAPTIONS = PortType("Captions")
NUMBER = PortType("Number")
ANY = PortType("Any")

SCALARS = {t.name: t for t in (AUDIO, IMAGE, VIDEO, MEDIA, TEXT, BEATMAP, CUTPLAN, TIMELINE,
                               CURVE, CAPTIONS, NUMBER, ANY)}
_MEDIA_FAMILY = {"Image", "Video", "Media"}


def list_of(item: PortType) -> PortType:
    return PortType("List", item)


def parse_type(text: str) -> PortType:
    """Parse ``"Audio"`` or ``"List[Image]"``; raises ValueError on anything else."""
    text = text.strip()
    if text.startswith("List[") and text.endswith("]"):
        return list_of(parse_type(text[5:-1]))
    try:
        return SCALARS[text]
    except KeyError:
        raise ValueError(f"unknown port type '{text}' (known: {', '.join(SCALARS)})") from None


def _scalar_ok(src: PortType, dst: PortType) -> bool:
    if ANY in (src, dst) or src == dst:
        return True
    return src.name in _MEDIA_FAMILY and dst.name in _MEDIA_FAMILY


def link_kind(src: PortType, dst: PortType) -> str | None:
    """How ``src`` feeds ``dst``: "direct", "map" (list into element), "wrap" (one value into
    a list input, as a one-element list) or None if refused."""
    if dst == ANY:
        return "direct"
    if src.is_list and dst.is_list:
        assert src.item is not None and dst.item is not None
        return "direct" if _scalar_ok(src.item, dst.item) else None
    if src.is_list:
        assert src.item is not None
        return "map" if _scalar_ok(src.item, dst) else None
    if dst.is_list:
        assert dst.item is not None
        return "wrap" if _scalar_ok(src, dst.item) else None
    return "direct" if _scalar_ok(src, dst) else None


def coerce(value: object, kind: str | None) -> object:
    """The value as the input receives it: a wrapped single value becomes ``[value]``."""
    return [value] if kind == "wrap" else value


def common_item(types: list[PortType]) -> PortType:
    """The element type of a list joined from ``types`` (each ``T`` or ``List[T]``): the
    shared type, ``Media`` for images mixed with videos, else ``Any``."""
    items = {(t.item if t.item is not None else t) for t in types}
    items.discard(ANY)
    if len(items) == 1:
        return items.pop()
    if items and all(t.name in _MEDIA_FAMILY for t in items):
        return MEDIA
    return ANY


def refusal_reason(src: PortType, dst: PortType) -> str:
    if dst.is_list and not src.is_list:
        return (f"{src} cannot feed {dst}: a single value feeds a list input only if its "
                f"type matches the list's elements ({dst.item})")
    if src.is_list and not dst.is_list:
        return f"{src} cannot feed {dst}: the list's elements do not match"
    return f"{src} cannot feed {dst}"
