"""Crossfade, dips to black or white, and a flash that starts on the cut."""

from __future__ import annotations

import numpy as np

from render.effects.base import FrameCtx
from render.transitions.base import TransitionDef, flat, mix

BLACK_Y, WHITE_Y = 16, 235


def crossfade(a: np.ndarray, b: np.ndarray, i: int, n: int, h: int, ctx: FrameCtx) -> np.ndarray:
    return mix(a, b, (i + 0.5) / n)


def _dip(y: int):  # type: ignore[no-untyped-def]
    def blend(a: np.ndarray, b: np.ndarray, i: int, n: int, h: int, ctx: FrameCtx) -> np.ndarray:
        if i < h:  # into the colour, fully there on the cut frame
            return mix(a, flat(a, ctx, y), (i + 1) / (h + 1))
        return mix(b, flat(b, ctx, y), 1.0 - (i - h) / max(n - h, 1))
    return blend


def _dip_sides(i: int, n: int, h: int) -> tuple[bool, bool]:
    return i < h, i >= h  # the outgoing shot up to the cut, the incoming one from it


def flash(a: np.ndarray, b: np.ndarray, i: int, n: int, h: int, ctx: FrameCtx) -> np.ndarray:
    return mix(b, flat(b, ctx, WHITE_Y), 1.0 - i / n)


TRANSITIONS = (
    TransitionDef("crossfade", "blend the two shots; the midpoint sits on the cut", crossfade),
    TransitionDef("dip_black", "fade through black (black on the cut frame)", _dip(BLACK_Y),
                  sides=_dip_sides),
    TransitionDef("dip_white", "fade through white (white on the cut frame)", _dip(WHITE_Y),
                  sides=_dip_sides),
    TransitionDef("flash", "white on the cut frame, fading into the new shot", flash,
                  centred=False, sides=lambda i, n, h: (False, True)),
)
