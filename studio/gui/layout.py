"""Layered auto-layout (Qt-free): sources on the left, each node one column right of
its deepest input, rows ordered by the mean row of their inputs to reduce crossings.

Used when a graph written by a script or agent has no ``ui`` positions, and by
the undoable Arrange action.
"""

from __future__ import annotations

from nodes.commands import Command, Macro, MoveNode
from nodes.graph import Graph

COL_W = 300.0
ROW_H = 170.0
_SWEEPS = 4


def _layers(graph: Graph) -> dict[str, int]:
    """Longest-path layering (Kahn order); nodes on a cycle (never valid, but files can
    be wrong) go one column right of everything placed."""
    succs: dict[str, list[str]] = {nid: [] for nid in graph.nodes}
    indeg = dict.fromkeys(graph.nodes, 0)
    for lk in graph.links:
        if lk.src_node in succs and lk.dst_node in indeg and lk.src_node != lk.dst_node:
            succs[lk.src_node].append(lk.dst_node)
            indeg[lk.dst_node] += 1
    layer = dict.fromkeys(graph.nodes, 0)
    ready = [nid for nid, d in indeg.items() if d == 0]
    done: set[str] = set()
    while ready:
        nid = ready.pop()
        done.add(nid)
        for nxt in succs[nid]:
            layer[nxt] = max(layer[nxt], layer[nid] + 1)
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                ready.append(nxt)
    last = max((layer[n] for n in done), default=-1)
    for nid in graph.nodes:
        if nid not in done:
            layer[nid] = last + 1
    return layer


def _order(graph: Graph, layer: dict[str, int]) -> list[list[str]]:
    columns: list[list[str]] = [[] for _ in range(max(layer.values(), default=-1) + 1)]
    for nid in graph.nodes:  # file order first: stable for a given file
        columns[layer[nid]].append(nid)
    preds: dict[str, list[str]] = {nid: [] for nid in graph.nodes}
    succs: dict[str, list[str]] = {nid: [] for nid in graph.nodes}
    for lk in graph.links:
        if lk.src_node in preds and lk.dst_node in preds:
            preds[lk.dst_node].append(lk.src_node)
            succs[lk.src_node].append(lk.dst_node)
    for sweep in range(_SWEEPS):
        down = sweep % 2 == 0
        rng = range(1, len(columns)) if down else range(len(columns) - 2, -1, -1)
        for c in rng:
            ref = columns[c - 1] if down else columns[c + 1]
            row = {nid: i for i, nid in enumerate(ref)}
            link = preds if down else succs
            here = {nid: i for i, nid in enumerate(columns[c])}

            def bary(nid: str, row: dict[str, int] = row, link: dict[str, list[str]] = link,
                     here: dict[str, int] = here) -> float:
                rows = [row[o] for o in link[nid] if o in row]
                return sum(rows) / len(rows) if rows else float(here[nid])
            columns[c].sort(key=bary)
    return columns


def layered_positions(graph: Graph) -> dict[str, tuple[float, float]]:
    columns = _order(graph, _layers(graph))
    tallest = max((len(col) for col in columns), default=0)
    pos: dict[str, tuple[float, float]] = {}
    for c, col in enumerate(columns):
        top = (tallest - len(col)) * ROW_H / 2  # centre short columns
        for r, nid in enumerate(col):
            pos[nid] = (c * COL_W, top + r * ROW_H)
    return pos


def missing_positions(graph: Graph) -> list[str]:
    return [nid for nid in graph.nodes if "pos" not in graph.ui.get(nid, {})]


def fill_missing(graph: Graph) -> int:
    """Give nodes without a position one (view state only: no undo step, no event).
    Placed nodes never move; new ones go below them. Returns how many were placed."""
    missing = missing_positions(graph)
    if not missing:
        return 0
    pos = layered_positions(graph)
    placed = [graph.ui[n]["pos"] for n in graph.nodes if n not in missing]
    dy = max((float(p[1]) for p in placed), default=-ROW_H) + ROW_H * 1.5 if placed else 0.0
    top = min(pos[n][1] for n in missing)
    for nid in missing:
        x, y = pos[nid]
        graph.ui.setdefault(nid, {})["pos"] = [x, y - top + dy]
    return len(missing)


def arrange_command(graph: Graph) -> Command | None:
    """One undoable step moving every node to its layered position."""
    pos = layered_positions(graph)
    cmds: list[Command] = [MoveNode(nid, xy) for nid, xy in pos.items()
                           if graph.ui.get(nid, {}).get("pos") != [xy[0], xy[1]]]
    return Macro(cmds, "Arrange") if cmds else None
