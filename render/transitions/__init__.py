"""Transitions on cuts: a registry like :mod:`render.effects`.

A transition over ``n`` output frames around a cut at frame ``s`` covers ``[s - h, s - h + n)``
where ``h = n // 2`` for centred kinds (the blend's midpoint lands on the planned cut) and
``h = 0`` for kinds that start on the cut (a flash). ``blend(a, b, i, n, h, ctx)`` gets the
outgoing and incoming frames as yuv420p planes and ``i``, the index inside the transition.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from render.transitions.base import TransitionDef

MODULES = ("basic", "motion")
BUILTIN = ("crossfade", "dip_black", "dip_white", "flash", "whip", "zoom_blur", "glitch")
ALIASES = {"flash_white": "flash", "slide": "whip"}
_registry: dict[str, TransitionDef] = {}


def registry() -> dict[str, TransitionDef]:
    if not _registry:
        for mod in MODULES:
            for t in importlib.import_module(f"render.transitions.{mod}").TRANSITIONS:
                _registry.setdefault(t.name, t)
    return _registry


def register(defn: TransitionDef) -> None:
    reg = registry()
    if defn.name in reg:
        raise ValueError(f"transition {defn.name!r} is already registered")
    reg[defn.name] = defn


def names() -> tuple[str, ...]:
    """Every accepted kind: ``cut``, the registered transitions and their aliases."""
    return ("cut", *sorted(registry()), *sorted(ALIASES))


def get_transition(name: str) -> TransitionDef:
    defn = registry().get(ALIASES.get(name, name))
    if defn is None:
        raise KeyError(f"unknown transition {name!r}; known: {', '.join(names())}")
    return defn
