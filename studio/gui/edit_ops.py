"""Qt-free helpers that turn studio gestures into engine commands.

Copy/paste and duplicate use a small JSON clip (nodes, the links between them,
their positions); pasting gives fresh ids and one undoable Macro.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from nodes.commands import AddNode, Command, Connect, Macro, RemoveNode
from nodes.graph import Change, Graph, Link, Node
from nodes.registry import Registry

CLIP_MIME = "application/x-mvstudio-nodes"

AUDIO_EXT = {".wav", ".mp3", ".flac", ".ogg", ".m4a", ".aac", ".aif", ".aiff", ".opus"}
IMAGE_EXT = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff"}
VIDEO_EXT = {".mp4", ".mov", ".mkv", ".webm", ".avi", ".m4v"}
LYRICS_EXT = {".lrc", ".srt"}


def new_node(graph: Graph, registry: Registry, type_id: str, *,
             params: dict[str, Any] | None = None) -> Node:
    spec = registry.get(type_id)
    if spec is None:
        raise KeyError(f"unknown node type '{type_id}'")
    stem = type_id.split(".")[-1]
    return Node(id=graph.unique_id(stem), type_id=type_id, type_version=spec.version,
                params={**spec.defaults(), **(params or {})})


def add_node_command(graph: Graph, registry: Registry, type_id: str,
                     pos: tuple[float, float], **params: Any) -> AddNode:
    node = new_node(graph, registry, type_id, params=params)
    return AddNode(node, pos, label=f"Add {node.id}")


def input_type_for_file(path: Path) -> str | None:
    ext = path.suffix.lower()
    for exts, type_id in ((AUDIO_EXT, "input.audio"), (IMAGE_EXT, "input.image"),
                          (VIDEO_EXT, "input.video"), (LYRICS_EXT, "input.lyrics")):
        if ext in exts:
            return type_id
    return None


def drop_commands(graph: Graph, registry: Registry, paths: list[Path],
                  pos: tuple[float, float], base_dir: Path | None) -> tuple[Command | None,
                                                                             list[str]]:
    """Input nodes for dropped files; also returns the files that were not media."""
    cmds: list[Command] = []
    refused: list[str] = []
    scratch = Graph(nodes=dict(graph.nodes))
    for i, path in enumerate(paths):
        type_id = input_type_for_file(path)
        if type_id is None or registry.get(type_id) is None:
            refused.append(path.name)
            continue
        value = str(path)
        if base_dir is not None:
            try:
                value = str(path.resolve().relative_to(base_dir.resolve()))
            except ValueError:
                value = str(path.resolve())
        node = new_node(scratch, registry, type_id, params={"path": value})
        scratch.nodes[node.id] = node
        cmds.append(AddNode(node, (pos[0] + 30 * i, pos[1] + 90 * i)))
    if not cmds:
        return None, refused
    return (cmds[0] if len(cmds) == 1 else Macro(cmds, "Add dropped files")), refused


def copy_clip(graph: Graph, ids: list[str]) -> str:
    chosen = [i for i in ids if i in graph.nodes]
    nodes = []
    for nid in chosen:
        n = graph.nodes[nid]
        nodes.append({"id": nid, "type": n.type_id, "type_version": n.type_version,
                      "params": copy.deepcopy(n.params), "pinned": n.pinned, "raw": n.raw,
                      "bypassed": n.bypassed,
                      "pos": graph.ui.get(nid, {}).get("pos", [0.0, 0.0])})
    links = [[lk.src_node, lk.src_port, lk.dst_node, lk.dst_port] for lk in graph.links
             if lk.src_node in chosen and lk.dst_node in chosen]
    return json.dumps({"nodes": nodes, "links": links})


def paste_commands(graph: Graph, registry: Registry, clip: str, *,
                   offset: tuple[float, float] = (40.0, 40.0)) -> tuple[Command | None,
                                                                        list[str]]:
    """One Macro adding the clip's nodes under fresh ids (and their inner links)."""
    try:
        data = json.loads(clip)
        items, links = data["nodes"], data["links"]
    except (ValueError, KeyError, TypeError):
        return None, []
    scratch = Graph(nodes=dict(graph.nodes))
    new_ids: dict[str, str] = {}
    cmds: list[Command] = []
    for item in items:
        nid = scratch.unique_id(str(item["id"]).rstrip("0123456789_") or "node")
        node = Node(id=nid, type_id=item["type"], type_version=int(item.get("type_version", 1)),
                    params=copy.deepcopy(item.get("params", {})),
                    pinned=bool(item.get("pinned", False)),
                    bypassed=bool(item.get("bypassed", False)),
                    raw={**item["raw"], "id": nid} if item.get("raw") else None)
        scratch.nodes[nid] = node
        new_ids[item["id"]] = nid
        x, y = item.get("pos", [0.0, 0.0])
        cmds.append(AddNode(node, (float(x) + offset[0], float(y) + offset[1])))
    for src, sport, dst, dport in links:
        if src in new_ids and dst in new_ids:
            cmds.append(Connect(Link(new_ids[src], sport, new_ids[dst], dport), registry))
    if not cmds:
        return None, []
    return Macro(cmds, "Paste"), list(new_ids.values())


def offset_to(clip: str, at: tuple[float, float]) -> tuple[float, float]:
    """The paste offset that puts the clip's top-left node at ``at``."""
    try:
        spots = [item.get("pos", [0.0, 0.0]) for item in json.loads(clip)["nodes"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return (40.0, 40.0)
    if not spots:
        return (40.0, 40.0)
    return (at[0] - min(float(x) for x, _ in spots), at[1] - min(float(y) for _, y in spots))


def delete_command(graph: Graph, ids: list[str]) -> Command | None:
    """Remove the nodes, and take them out of their backdrop groups (a group left
    empty goes too), as one undo step: the file never names a node that is gone."""
    gone = {i for i in ids if i in graph.nodes}
    cmds: list[Command] = [RemoveNode(i) for i in ids if i in gone]
    if not cmds:
        return None
    groups = graph.extra.get("backdrops") or []
    if any(gone & set(g.get("nodes", [])) for g in groups):
        kept = [{**g, "nodes": [n for n in g.get("nodes", []) if n not in gone]}
                for g in groups]
        cmds.append(SetBackdrops([g for g in kept if g["nodes"]], "Delete"))
    if len(cmds) == 1:
        return cmds[0]
    return Macro(cmds, f"Delete {len(gone)} node{'s' * (len(gone) > 1)}")


class SetBackdrops:
    """Backdrops (named groups of nodes) live in the file's top-level ``backdrops`` list."""

    def __init__(self, backdrops: list[dict[str, Any]], label: str = "Group") -> None:
        self.backdrops = copy.deepcopy(backdrops)
        self.label = label
        self._old: Any = None

    def do(self, graph: Graph) -> None:
        self._old = copy.deepcopy(graph.extra.get("backdrops"))
        graph.extra["backdrops"] = copy.deepcopy(self.backdrops)
        graph.notify("param_changed")

    def undo(self, graph: Graph) -> None:
        if self._old is None:
            graph.extra.pop("backdrops", None)
        else:
            graph.extra["backdrops"] = self._old
        graph.notify("param_changed")


class SetSectionLabel:
    """A section's label as the creator names it, kept in the cut plan's ``ui`` block
    (what the timeline shows; the analysis' own label still drives section density)."""

    def __init__(self, node_id: str, index: int, name: str) -> None:
        self.node_id, self.index, self.name = node_id, index, name
        self.label = f"Rename section {index + 1} to {name}"
        self._old: dict[str, Any] | None = None

    def do(self, graph: Graph) -> None:
        ui = graph.ui.setdefault(self.node_id, {})
        self._old = copy.deepcopy(ui.get("section_labels"))
        ui["section_labels"] = {**(self._old or {}), str(self.index): self.name}
        graph.notify(Change.UI_CHANGED, node_id=self.node_id)

    def undo(self, graph: Graph) -> None:
        ui = graph.ui.setdefault(self.node_id, {})
        if self._old is None:
            ui.pop("section_labels", None)
        else:
            ui["section_labels"] = self._old
        graph.notify(Change.UI_CHANGED, node_id=self.node_id)
