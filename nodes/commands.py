"""Qt-free, undoable edit commands over a :class:`~nodes.graph.Graph`.

Each command has ``do(graph)`` and ``undo(graph)`` and a human ``label``. The
studio wraps them in a ``QUndoStack``; scripts and tests use :class:`UndoStack`.
Commands check their preconditions in ``do`` and raise before changing anything.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Protocol

from nodes.bypass import bypass_refusal
from nodes.errors import CommandError, LinkRefused
from nodes.graph import Change, Graph, Link, Node, valid_node_id
from nodes.registry import Registry
from nodes.types import link_kind, refusal_reason
from nodes.validate import output_types


class Command(Protocol):
    label: str

    def do(self, graph: Graph) -> None: ...

    def undo(self, graph: Graph) -> None: ...


@dataclass(slots=True)
class AddNode:
    node: Node
    pos: tuple[float, float] | None = None
    label: str = "Add node"

    def do(self, graph: Graph) -> None:
        if self.node.id in graph.nodes:
            raise CommandError(f"a node with id '{self.node.id}' already exists")
        if not valid_node_id(self.node.id):
            raise CommandError(f"'{self.node.id}' is not a valid node id (letters, digits, _ . -)")
        graph.nodes[self.node.id] = self.node
        if self.pos is not None:
            graph.ui.setdefault(self.node.id, {})["pos"] = list(self.pos)
        graph.notify("node_added", node_id=self.node.id)

    def undo(self, graph: Graph) -> None:
        del graph.nodes[self.node.id]
        graph.ui.pop(self.node.id, None)
        graph.notify("node_removed", node_id=self.node.id)


@dataclass(slots=True)
class RemoveNode:
    node_id: str
    label: str = "Delete node"
    _node: Node | None = None
    _links: list[tuple[int, Link]] = field(default_factory=list)
    _ui: dict[str, Any] | None = None
    _order: int = 0

    def do(self, graph: Graph) -> None:
        if self.node_id not in graph.nodes:
            raise CommandError(f"no node '{self.node_id}'")
        self._order = list(graph.nodes).index(self.node_id)
        self._links = [(i, lk) for i, lk in enumerate(graph.links)
                       if self.node_id in (lk.src_node, lk.dst_node)]
        for _, lk in reversed(self._links):
            graph.links.remove(lk)
            graph.notify("link_removed", link=lk)
        self._node = graph.nodes.pop(self.node_id)
        self._ui = graph.ui.pop(self.node_id, None)
        graph.notify("node_removed", node_id=self.node_id)

    def undo(self, graph: Graph) -> None:
        assert self._node is not None
        items = list(graph.nodes.items())
        items.insert(self._order, (self.node_id, self._node))
        graph.nodes.clear()
        graph.nodes.update(items)
        if self._ui is not None:
            graph.ui[self.node_id] = self._ui
        graph.notify("node_added", node_id=self.node_id)
        for i, lk in self._links:
            graph.links.insert(i, lk)
            graph.notify("link_added", link=lk)


def check_link(graph: Graph, registry: Registry, link: Link) -> None:
    """Raise :class:`LinkRefused` with a reason a person can act on."""
    src, dst = graph.nodes.get(link.src_node), graph.nodes.get(link.dst_node)
    if src is None or dst is None:
        raise LinkRefused("both ends of a link must be existing nodes")
    if link.src_node == link.dst_node:
        raise LinkRefused("a node cannot feed itself")
    src_spec, dst_spec = registry.get(src.type_id), registry.get(dst.type_id)
    if src_spec is None or dst_spec is None:
        raise LinkRefused("placeholder nodes (unknown types) cannot be linked")
    if src_spec.output_port(link.src_port) is None:
        raise LinkRefused(f"'{link.src_node}' has no output '{link.src_port}'")
    dst_port = dst_spec.input(link.dst_port)
    if dst_port is None:
        raise LinkRefused(f"'{link.dst_node}' has no input '{link.dst_port}'")
    if link.dst_node in graph.upstream({link.src_node}):
        raise LinkRefused(f"linking {link} would make a cycle")
    src_type = output_types(graph, registry).get((link.src_node, link.src_port))
    if src_type is not None and link_kind(src_type, dst_port.type) is None:
        raise LinkRefused(refusal_reason(src_type, dst_port.type))


@dataclass(slots=True)
class Connect:
    """Link two ports; an existing link into the same input is replaced (and restored on undo)."""

    link: Link
    registry: Registry
    label: str = "Connect"
    _replaced: tuple[int, Link] | None = None

    def do(self, graph: Graph) -> None:
        check_link(graph, self.registry, self.link)
        old = graph.link_into(self.link.dst_node, self.link.dst_port)
        if old is not None:
            self._replaced = (graph.links.index(old), old)
            graph.links.remove(old)
            graph.notify("link_removed", link=old)
        graph.links.append(self.link)
        graph.notify("link_added", link=self.link)

    def undo(self, graph: Graph) -> None:
        graph.links.remove(self.link)
        graph.notify("link_removed", link=self.link)
        if self._replaced is not None:
            graph.links.insert(*self._replaced)
            graph.notify("link_added", link=self._replaced[1])


@dataclass(slots=True)
class Disconnect:
    link: Link
    label: str = "Disconnect"
    _index: int = 0

    def do(self, graph: Graph) -> None:
        if self.link not in graph.links:
            raise CommandError(f"no link {self.link}")
        self._index = graph.links.index(self.link)
        graph.links.remove(self.link)
        graph.notify("link_removed", link=self.link)

    def undo(self, graph: Graph) -> None:
        graph.links.insert(self._index, self.link)
        graph.notify("link_added", link=self.link)


_MISSING = object()


@dataclass(slots=True)
class SetParam:
    node_id: str
    name: str
    value: Any
    label: str = "Set parameter"
    _old: Any = None

    def do(self, graph: Graph) -> None:
        node = graph.nodes.get(self.node_id)
        if node is None:
            raise CommandError(f"no node '{self.node_id}'")
        if node.is_placeholder:
            raise CommandError(f"'{self.node_id}' is a placeholder for an unknown type; "
                               "its params are kept as they are")
        self._old = (copy.deepcopy(node.params[self.name]) if self.name in node.params
                     else _MISSING)
        node.params[self.name] = copy.deepcopy(self.value)
        graph.notify("param_changed", node_id=self.node_id)

    def undo(self, graph: Graph) -> None:
        node = graph.nodes[self.node_id]
        if self._old is _MISSING:
            node.params.pop(self.name, None)
        else:
            node.params[self.name] = self._old
        graph.notify("param_changed", node_id=self.node_id)


@dataclass(slots=True)
class SetPinned:
    node_id: str
    pinned: bool
    label: str = "Pin result"

    def do(self, graph: Graph) -> None:
        graph.nodes[self.node_id].pinned = self.pinned
        graph.notify("param_changed", node_id=self.node_id)

    def undo(self, graph: Graph) -> None:
        graph.nodes[self.node_id].pinned = not self.pinned
        graph.notify("param_changed", node_id=self.node_id)


@dataclass(slots=True)
class SetBypass:
    """Bypass a node (or stop bypassing it); refused when an output has no input to pass."""

    node_id: str
    on: bool
    registry: Registry | None = None  # when given, an impossible bypass is refused
    label: str = "Bypass node"
    _old: bool = False

    def do(self, graph: Graph) -> None:
        node = graph.nodes.get(self.node_id)
        if node is None:
            raise CommandError(f"no node '{self.node_id}'")
        spec = self.registry.get(node.type_id) if self.registry is not None else None
        reason = bypass_refusal(spec) if self.on and spec is not None else None
        if reason is not None:
            raise CommandError(f"node '{self.node_id}' cannot be bypassed: {reason}")
        self._old = node.bypassed
        node.bypassed = self.on
        graph.notify(Change.PARAM_CHANGED, node_id=self.node_id)

    def undo(self, graph: Graph) -> None:
        graph.nodes[self.node_id].bypassed = self._old
        graph.notify(Change.PARAM_CHANGED, node_id=self.node_id)


@dataclass(slots=True)
class MoveNode:
    node_id: str
    pos: tuple[float, float]
    label: str = "Move node"
    _old: list[float] | None = None

    def do(self, graph: Graph) -> None:
        if self.node_id not in graph.nodes:
            raise CommandError(f"no node '{self.node_id}'")
        ui = graph.ui.setdefault(self.node_id, {})
        self._old = ui.get("pos")
        ui["pos"] = [float(self.pos[0]), float(self.pos[1])]
        graph.notify("node_moved", node_id=self.node_id)

    def undo(self, graph: Graph) -> None:
        ui = graph.ui.setdefault(self.node_id, {})
        if self._old is None:
            ui.pop("pos", None)
            if not ui:
                del graph.ui[self.node_id]
        else:
            ui["pos"] = self._old
        graph.notify("node_moved", node_id=self.node_id)


@dataclass(slots=True)
class RenameNode:
    """Change a node id, rewriting its links and view state."""

    old_id: str
    new_id: str
    label: str = "Rename node"

    def do(self, graph: Graph) -> None:
        self._rename(graph, self.old_id, self.new_id)

    def undo(self, graph: Graph) -> None:
        self._rename(graph, self.new_id, self.old_id)

    @staticmethod
    def _rename(graph: Graph, old: str, new: str) -> None:
        if old not in graph.nodes:
            raise CommandError(f"no node '{old}'")
        if new in graph.nodes:
            raise CommandError(f"a node with id '{new}' already exists")
        if not valid_node_id(new):
            raise CommandError(f"'{new}' is not a valid node id (letters, digits, _ . -)")
        items = [(new if k == old else k, v) for k, v in graph.nodes.items()]
        graph.nodes.clear()
        graph.nodes.update(items)
        graph.nodes[new].id = new
        raw = graph.nodes[new].raw
        if raw is not None:
            graph.nodes[new].raw = {**raw, "id": new}
        graph.links[:] = [Link(new if lk.src_node == old else lk.src_node, lk.src_port,
                               new if lk.dst_node == old else lk.dst_node, lk.dst_port)
                          for lk in graph.links]
        if old in graph.ui:
            graph.ui[new] = graph.ui.pop(old)
        graph.notify("node_renamed", node_id=new, old_id=old)


@dataclass(slots=True)
class Macro:
    """Several commands as one undo step (paste, duplicate, group)."""

    commands: list[Command]
    label: str = "Edit"
    _done: int = 0

    def do(self, graph: Graph) -> None:
        self._done = 0
        try:
            for cmd in self.commands:
                cmd.do(graph)
                self._done += 1
        except Exception:
            for cmd in reversed(self.commands[: self._done]):
                cmd.undo(graph)
            raise

    def undo(self, graph: Graph) -> None:
        for cmd in reversed(self.commands[: self._done]):
            cmd.undo(graph)


class UndoStack:
    """A plain undo/redo stack for scripts and tests (the studio uses QUndoStack)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self.clean_index = 0

    def push(self, command: Command) -> None:
        command.do(self.graph)
        self._done.append(command)
        self._undone.clear()

    def undo(self) -> bool:
        if not self._done:
            return False
        cmd = self._done.pop()
        cmd.undo(self.graph)
        self._undone.append(cmd)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        cmd = self._undone.pop()
        cmd.do(self.graph)
        self._done.append(cmd)
        return True

    @property
    def dirty(self) -> bool:
        return len(self._done) != self.clean_index

    def mark_clean(self) -> None:
        self.clean_index = len(self._done)
