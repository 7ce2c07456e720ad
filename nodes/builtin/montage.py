"""``comp.montage`` helpers: mixed media (videos, stills, clip recipes) onto cut-plan slots.

Every element becomes a recipe segment; nothing is encoded here. Stills get a Ken Burns
move (varied per image) drawn by the renderer inside the final encode.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from fractions import Fraction
from typing import Any

from nodes.cache import Artifact
from nodes.errors import BadNodeInput

ARTIFACT_PREFIX = "artifact:"
# (zoom_from, zoom_to, pan_x, pan_y): chosen per image so neighbouring shots move differently
KENBURNS_MOVES = ((1.0, 1.18, 0.6, 0.0), (1.18, 1.0, -0.6, 0.2), (1.0, 1.15, -0.5, -0.4),
                  (1.15, 1.02, 0.4, 0.5), (1.02, 1.2, 0.0, -0.6), (1.2, 1.05, -0.3, 0.0))
ORDERS = ("cycle", "spread", "section", "name")


def auto_move(key: str) -> tuple[float, float, float, float]:
    """A move chosen by a hex hash: stable, and varied between images."""
    return KENBURNS_MOVES[int(key[:8], 16) % len(KENBURNS_MOVES)]


def move_key(image: Artifact) -> str:
    """What the automatic move is chosen by: a generated image's request (provider, model,
    prompt, seed, size; see ``gen.image``), so a change of the provider's encoder or painter
    keeps the camera; a user file's content hash otherwise."""
    return str(image.meta.get("request_key") or image.key)


def auto_motion(art: Artifact, recipe: dict[str, Any], *, still_motion: bool) -> bool:
    """Whether the element's move is the automatic one (a Ken Burns recipe with motion
    "auto", or a still given a move by the montage), which the montage may vary."""
    if art.kind != "image" or recipe.get("visual") is not None:
        return False
    motion = recipe.get("motion")
    return bool(motion.get("auto")) if isinstance(motion, dict) else still_motion


def _move(m: Any) -> tuple[float, float, float, float]:
    return (m.zoom_from, m.zoom_to, m.pan_x, m.pan_y)


def unlike_previous(motion: Any, previous: Any) -> Any:
    """An automatic move equal to the previous shot's takes the next one in the table, so
    neighbouring shots never make the same move (two shots of one image included)."""
    if motion is None or previous is None or _move(motion) != _move(previous) \
            or _move(motion) not in KENBURNS_MOVES:
        return motion
    z0, z1, px, py = KENBURNS_MOVES[(KENBURNS_MOVES.index(_move(motion)) + 1)
                                    % len(KENBURNS_MOVES)]
    return replace(motion, zoom_from=z0, zoom_to=z1, pan_x=px, pan_y=py)


def element_source(el: Any, *, node_id: str, index: int) -> tuple[Artifact, dict[str, Any]]:
    """The file behind element ``index`` and its recipe fields (motion, length)."""
    if isinstance(el, Artifact):
        return el, {}
    if isinstance(el, dict) and el.get("clip") == 1 and isinstance(el.get("source"), Artifact):
        return el["source"], el
    raise BadNodeInput(node_id, f"element {index} of 'clips' is not a video, image or clip "
                       f"recipe (got {type(el).__name__})")


def element_name(el: Any) -> str:
    art = el["source"] if isinstance(el, dict) else el
    meta = art.meta if isinstance(art, Artifact) else {}
    return str(meta.get("name") or meta.get("prompt") or "")


def parse_overrides(text: str, n_slots: int, n_clips: int, *, node_id: str) -> dict[int, int]:
    """``"3:0, 7:2"``: slot 3 shows element 0, slot 7 element 2."""
    out: dict[int, int] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        m = re.fullmatch(r"(\d+)\s*:\s*(\d+)", part)
        if m is None:
            raise BadNodeInput(node_id, f"{part!r} is not 'slot:element' (e.g. 3:0)",
                               param="overrides")
        slot, el = int(m[1]), int(m[2])
        if slot >= n_slots or el >= n_clips:
            raise BadNodeInput(node_id, f"{part!r}: there are {n_slots} slots (0..{n_slots - 1})"
                               f" and {n_clips} clips (0..{n_clips - 1})", param="overrides")
        out[slot] = el
    return out


def assign(slots: list[dict[str, Any]], names: list[str], order: str) -> list[int]:
    """Element index per slot. ``cycle``: 0,1,2,0,1..; ``spread``: each element covers a
    run of neighbouring slots; ``section``: each section label gets its own elements
    (split like spread), cycled within its slots; ``name``: slots of a section use the
    elements whose file name contains the section label, cycling all when none does."""
    n, m = len(slots), len(names)
    if order == "spread":
        return [min(m - 1, i * m // n) for i in range(n)]
    if order == "section":
        labels = list(dict.fromkeys(str(s.get("section") or "") for s in slots))
        groups = [list(range(m))[g * m // len(labels):(g + 1) * m // len(labels)] or
                  [g % m] for g in range(len(labels))]
        return _cycle_by_label(slots, {lab: groups[g] for g, lab in enumerate(labels)})
    if order == "name":
        pools = {lab: [j for j, nm in enumerate(names) if lab and lab.lower() in nm.lower()]
                 or list(range(m)) for lab in {str(s.get("section") or "") for s in slots}}
        return _cycle_by_label(slots, pools)
    return [i % m for i in range(n)]


def _cycle_by_label(slots: list[dict[str, Any]], pools: dict[str, list[int]]) -> list[int]:
    used: dict[str, int] = {}
    out = []
    for s in slots:
        lab = str(s.get("section") or "")
        k = used.get(lab, 0)
        out.append(pools[lab][k % len(pools[lab])])
        used[lab] = k + 1
    return out


def segment_fields(art: Artifact, recipe: dict[str, Any], *, fps: Fraction,
                   still_motion: bool) -> dict[str, Any]:
    """VideoSegment keyword fields (source, motion) for one element."""
    from render.timeline import Motion

    fields: dict[str, Any] = {"source": ARTIFACT_PREFIX + art.key}
    for key in ("source_in_s", "source_out_s", "policy", "fit"):  # a clip's own settings
        if recipe.get(key) is not None:
            fields[key] = recipe[key]
    motion = recipe.get("motion")
    if recipe.get("visual") is not None:  # a visualizer recipe: drawn from the audio
        fields["visual"] = dict(recipe["visual"])
    elif art.kind == "image" and motion is not None:
        rec_fps = Fraction(str(recipe.get("fps") or fps))
        frames = math.floor(Fraction(int(recipe.get("duration_frames") or 0)) * fps / rec_fps)
        fields["motion"] = Motion(duration_frames=max(frames, 0),
                                  **{k: float(motion[k]) for k in
                                     ("zoom_from", "zoom_to", "pan_x", "pan_y")})
    elif art.kind == "image" and still_motion:
        z0, z1, px, py = auto_move(move_key(art))
        fields["motion"] = Motion(zoom_from=z0, zoom_to=z1, pan_x=px, pan_y=py)
    return fields
