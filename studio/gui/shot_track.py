"""The timeline's shot track: which clip (and which node's output) sits in each slot.

Read from the montage's own timeline output, and only when that output is
cached for the current settings: showing the shot track never runs anything.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from studio.gui.timeline_data import Shot

if TYPE_CHECKING:
    from studio.gui.run_glue import RunGlue

ARTIFACT_PREFIX = "artifact:"


def montage_of(graph: Any, cut_id: str) -> str | None:
    return next((lk.dst_node for lk in graph.links if lk.src_node == cut_id
                 and graph.nodes[lk.dst_node].type_id == "comp.montage"), None)


def shots_from(timeline: dict[str, Any], *, source_node: str,
               source_keys: list[str]) -> list[Shot]:
    fps = Fraction(str(timeline.get("output", {}).get("fps", "30")))
    shots = []
    for seg in timeline.get("segments", []):
        key = str(seg.get("source", "")).removeprefix(ARTIFACT_PREFIX)
        start = int(seg["start_frame"])
        end = start + int(seg["duration_frames"])
        index = source_keys.index(key) if key in source_keys else None
        label = f"{source_node}[{index}]" if index is not None else source_node
        shots.append(Shot(float(start / fps), float(end / fps), label, key))
    return shots


async def load_shots(glue: RunGlue, graph: Any, cut_id: str) -> None:
    """Fill the shot track for ``cut_id`` if its montage has a cached result."""
    import dataclasses

    montage = montage_of(graph, cut_id)
    known = glue.truth.known.get(montage or "")
    if montage is None or known is None or known.state != "cached":
        glue.win.timeline.set_shots([])
        return
    result = await glue.controller.compute(graph, graph_path=glue.win.doc.path,
                                           targets={montage})
    outs = result.outputs if result is not None else {}
    clips = graph.link_into(montage, "clips")
    if montage not in outs or clips is None:
        return
    src_keys = [getattr(a, "key", "") for a in outs.get(clips.src_node, {}).get(
        clips.src_port, [])] if clips.src_node in outs else glue.artifacts.get(clips.src_node, [])
    shots = shots_from(outs[montage]["timeline"], source_node=clips.src_node,
                       source_keys=list(src_keys))
    glue.win.timeline.set_shots(shots)
    for i, shot in enumerate(shots):
        art = glue.win.ws.artifacts.get(shot.artifact)
        image = await glue.thumbs.get(art) if art is not None else None
        if image is not None and i < len(glue.win.timeline.canvas.view.shots):
            glue.win.timeline.canvas.view.shots[i] = dataclasses.replace(shot, image=image)
            glue.win.timeline.canvas.invalidate()
