"""The graph model: plain typed data with stable string node ids.

Views (the studio) subscribe with :meth:`Graph.subscribe` and own no state;
edits go through :mod:`nodes.commands` so they can be undone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

_ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")


def valid_node_id(node_id: str) -> bool:
    return bool(_ID_RE.match(node_id))


@dataclass(slots=True)
class Node:
    """One node. ``raw`` is set for placeholders (unknown types) and saved back unchanged."""

    id: str
    type_id: str
    type_version: int = 1
    params: dict[str, Any] = field(default_factory=dict)
    pinned: bool = False
    bypassed: bool = False  # not run: outputs pass inputs through (nodes.bypass)
    raw: dict[str, Any] | None = None

    @property
    def is_placeholder(self) -> bool:
        return self.raw is not None


@dataclass(frozen=True, slots=True)
class Link:
    src_node: str
    src_port: str
    dst_node: str
    dst_port: str

    def __str__(self) -> str:
        return f"{self.src_node}.{self.src_port} -> {self.dst_node}.{self.dst_port}"


class Change(StrEnum):
    """The kinds of graph edit (values are the strings listeners compared before)."""

    NODE_ADDED = "node_added"
    NODE_REMOVED = "node_removed"
    NODE_RENAMED = "node_renamed"
    NODE_MOVED = "node_moved"
    PARAM_CHANGED = "param_changed"
    LINK_ADDED = "link_added"
    LINK_REMOVED = "link_removed"
    UI_CHANGED = "ui_changed"  # view state in the ``ui`` block (e.g. section labels)


@dataclass(frozen=True, slots=True)
class GraphChanged:
    """Told to subscribers after every edit; ``what`` says which kind of edit."""

    what: Change
    node_id: str | None = None
    link: Link | None = None
    old_id: str | None = None  # for node_renamed


Listener = Callable[[GraphChanged], None]


@dataclass(slots=True)
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    ui: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level keys, kept on save
    _listeners: list[Listener] = field(default_factory=list, repr=False, compare=False)

    # -- observation -------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def notify(self, what: Change | str, *, node_id: str | None = None,
               link: Link | None = None, old_id: str | None = None) -> None:
        """Tell listeners; an unknown ``what`` is a ValueError, not a silent new kind."""
        event = GraphChanged(Change(what), node_id, link, old_id)
        for listener in list(self._listeners):
            listener(event)

    # -- queries -----------------------------------------------------------------
    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    def links_into(self, node_id: str) -> Iterator[Link]:
        return (lk for lk in self.links if lk.dst_node == node_id)

    def links_from(self, node_id: str) -> Iterator[Link]:
        return (lk for lk in self.links if lk.src_node == node_id)

    def link_into(self, node_id: str, port: str) -> Link | None:
        return next((lk for lk in self.links if lk.dst_node == node_id and lk.dst_port == port),
                    None)

    def upstream(self, node_ids: set[str]) -> set[str]:
        """The given nodes plus every node they depend on."""
        seen: set[str] = set()
        stack = list(node_ids)
        into: dict[str, list[str]] = {}
        for lk in self.links:
            into.setdefault(lk.dst_node, []).append(lk.src_node)
        while stack:
            nid = stack.pop()
            if nid in seen:
                continue
            seen.add(nid)
            stack.extend(into.get(nid, ()))
        return seen

    def find_cycle(self) -> list[str] | None:
        """One cycle as a list of node ids, or None."""
        succ: dict[str, list[str]] = {nid: [] for nid in self.nodes}
        for lk in self.links:
            if lk.src_node in succ and lk.dst_node in succ:
                succ[lk.src_node].append(lk.dst_node)
        color = dict.fromkeys(succ, 0)
        parent: dict[str, str] = {}
        for root in succ:
            if color[root]:
                continue
            stack = [(root, iter(succ[root]))]
            color[root] = 1
            while stack:
                nid, it = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    color[nid] = 2
                    stack.pop()
                elif color[nxt] == 1:
                    cycle = [nxt, nid]
                    while cycle[-1] != nxt:
                        cycle.append(parent[cycle[-1]])
                    return list(reversed(cycle[:-1]))
                elif color[nxt] == 0:
                    color[nxt] = 1
                    parent[nxt] = nid
                    stack.append((nxt, iter(succ[nxt])))
        return None

    def topological_order(self) -> list[str]:
        """Node ids, dependencies first (Kahn); nodes in a cycle are left out."""
        indeg = dict.fromkeys(self.nodes, 0)
        succ: dict[str, list[str]] = {nid: [] for nid in self.nodes}
        for lk in self.links:
            if lk.src_node in indeg and lk.dst_node in indeg:
                indeg[lk.dst_node] += 1
                succ[lk.src_node].append(lk.dst_node)
        ready = [nid for nid, d in indeg.items() if d == 0]
        order: list[str] = []
        while ready:
            nid = ready.pop(0)
            order.append(nid)
            for nxt in succ[nid]:
                indeg[nxt] -= 1
                if indeg[nxt] == 0:
                    ready.append(nxt)
        return order

    def unique_id(self, stem: str) -> str:
        """A fresh id like ``scene_image_2`` (generated once, then stable)."""
        stem = re.sub(r"[^A-Za-z0-9_]", "_", stem).strip("_") or "node"
        if not stem[0].isalpha():
            stem = "n_" + stem
        if stem not in self.nodes:
            return stem
        n = 2
        while f"{stem}_{n}" in self.nodes:
            n += 1
        return f"{stem}_{n}"
