"""Effects: an extension point of the renderer.

One module per effect (``zoom_punch``, ``shake``, ``flash``, ``exposure``, ``hue``,
``rgb_split``, ``blur``, ``vignette``, ``glitch``, ``strobe``, ``grade``, ``speed_ramp``),
each exporting ``EFFECT``: an :class:`EffectDef` with declared params. Third-party effects
call :func:`register`. Modules load on first use, so importing this package stays cheap.

An effect on the timeline is ``render.timeline.Effect(kind, params, drivers, ...)``;
``drivers`` (see :mod:`render.effects.drive`) let any numeric param follow an audio curve or
beat events. :func:`check_effect` validates one before a render starts.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from render.effects.base import EffectDef

MODULES = ("zoom_punch", "shake", "flash", "exposure", "hue", "rgb_split", "blur", "vignette",
           "glitch", "strobe", "grade", "speed_ramp")
# Names of the built-in pixel effects, known without importing numpy (node choices use it).
PIXEL_EFFECTS = ("zoom_punch", "shake", "flash", "exposure", "hue_shift", "rgb_split", "blur",
                 "vignette", "glitch", "strobe", "grade")
TIME_REMAPS = ("speed_ramp",)  # act in a clip's time mapping (fx.effect target 'clips')
# Kinds of the first renderer (one 'amount' driven by a curve), still accepted in timelines.
LEGACY = {"zoom_pulse": "zoom_punch", "brightness": "flash"}
_registry: dict[str, EffectDef] = {}


def registry() -> dict[str, EffectDef]:
    """All registered effects by name (built-ins load on first call)."""
    if not _registry:
        for mod in MODULES:
            defn = importlib.import_module(f"render.effects.{mod}").EFFECT
            _registry.setdefault(defn.name, defn)
    return _registry


def register(defn: EffectDef) -> None:
    """Add an effect (a plug-in); a name that exists already is refused."""
    reg = registry()
    if defn.name in reg:
        raise ValueError(f"effect {defn.name!r} is already registered")
    reg[defn.name] = defn


def names() -> tuple[str, ...]:
    return tuple(sorted(registry()))


def get_effect(name: str) -> EffectDef:
    """The effect called ``name`` (legacy kinds map to their successors)."""
    reg = registry()
    defn = reg.get(LEGACY.get(name, name))
    if defn is None:
        raise KeyError(f"unknown effect {name!r}; known effects: {', '.join(names())}")
    return defn


def check_effect(kind: str, params: Mapping[str, Any], drivers: Sequence[Mapping[str, Any]] = (),
                 *, fps: Fraction | None = None, on_clip: bool | None = None
                 ) -> list[tuple[str | None, str]]:
    """Problems as (param or None, message); empty when the effect can run. ``on_clip``
    says where it sits (a time remap only works on clips); None: not known yet."""
    from render.effects.drive import Driver, DriverError

    try:
        defn = get_effect(kind)
    except KeyError as e:
        return [(None, str(e.args[0]))]
    out: list[tuple[str | None, str]] = []
    if defn.time_remap and on_clip is False:
        out.append((None, f"{kind!r} changes which source frame a clip shows: put it on the "
                          "clips (fx.effect target 'clips'), not on the whole timeline"))
    if defn.time_remap and drivers:
        out.append((str(drivers[0].get("param")), f"{kind!r} is a time remap and cannot be "
                                                  "driven (set its params instead)"))
        drivers = ()
    for name, value in params.items():
        p = defn.param(name)
        msg = f"effect {kind!r} has no param {name!r} (it has: " \
              f"{', '.join(q.name for q in defn.params)})" if p is None else p.check(value)
        if msg:
            out.append((name, msg))
    for d in drivers:
        try:
            drv = Driver.from_dict(d)
            if defn.param(drv.param) is None:
                out.append((drv.param, f"effect {kind!r} has no param {drv.param!r} to drive"))
            elif fps is not None:
                drv.check(fps)
        except DriverError as e:
            out.append((str(d.get("param")) if isinstance(d, Mapping) else None, str(e)))
    return out
