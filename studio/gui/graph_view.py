"""The canvas: NodeGraphQt as a *view* over our :class:`nodes.graph.Graph`.

NodeGraphQt never edits anything itself. Its user gestures (connect, slice,
move, rename) are turned into :mod:`nodes.commands` pushed through ``push``;
the model then notifies :meth:`GraphCanvas._on_changed`, which redraws. Our
node ids are the ids: NodeGraphQt's ``hex(id())`` ids are mapped to ours here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from NodeGraphQt import BackdropNode, BaseNode, NodeGraph
from NodeGraphQt.widgets.viewer import NodeViewer

from nodes.commands import Command, Connect, Disconnect, Macro, MoveNode, RenameNode
from nodes.errors import CommandError, LinkRefused
from nodes.graph import Graph, GraphChanged, Link, Node
from nodes.registry import Registry
from studio.gui import theme
from studio.gui.badges import Badge, Thumbnail
from studio.gui.canvas_parts import CanvasNavigation, CanvasRunState
from studio.gui.palette import NODE_TYPE_MIME
from studio.gui.qt import QtCore, QtGui, QtWidgets

FIRST_SLICE = 60  # nodes drawn before the first paint
_CACHED = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
SLICE_BUDGET_S = 0.04  # drawing time per event-loop turn after that (each turn repaints)
BYPASSED_OPACITY = 0.4  # how a bypassed node is drawn (dimmed)


class MvNode(BaseNode):
    """One generic NodeGraphQt node class; ports come from our NodeSpec."""

    __identifier__ = "mvstudio"
    NODE_NAME = "node"


class _Viewer(NodeViewer):
    """NodeGraphQt's viewer without its own undo/redo actions (their Ctrl+Z made our
    shortcut ambiguous, and its menu showed a second history); right-click asks the
    canvas for our context menu instead of NodeGraphQt's."""

    context_requested = QtCore.Signal(object, object)  # scene QPointF, global QPoint

    def __init__(self) -> None:
        super().__init__(undo_stack=None)

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:  # noqa: N802
        self.RMB_state = False
        self.context_requested.emit(self.mapToScene(event.pos()), event.globalPos())
        event.accept()


class _ViewGraph(NodeGraph):
    """NodeGraphQt with its gesture handlers redirected to the canvas."""

    def __init__(self, canvas: GraphCanvas) -> None:
        self._canvas = canvas
        # NodeGraphQt still records its own gestures on this private stack; nothing
        # shows it or binds a key to it: our Document's stack is the only history.
        super().__init__(undo_stack=QtGui.QUndoStack(), viewer=_Viewer())

    def _on_connection_changed(self, disconnected: list, connected: list) -> None:
        self._canvas.user_rewired(disconnected, connected)

    def _on_connection_sliced(self, ports: list) -> None:
        self._canvas.user_rewired(ports, [])

    def _on_nodes_moved(self, node_data: dict) -> None:
        self._canvas.user_moved([view.id for view in node_data])

    def _on_node_name_changed(self, node_id: str, name: str) -> None:
        self._canvas.user_renamed(node_id, name)

    def _on_insert_node(self, pipe: Any, node_id: str, prev_node_pos: dict) -> None:
        self._canvas.user_moved([node_id])

    def get_unique_name(self, name: str) -> str:
        return name  # names are our node ids, unique by construction (and O(1) here)

    def _on_search_triggered(self, node_type: str, pos: Any) -> None:
        return  # our own Tab popup adds nodes

    def _on_node_data_dropped(self, mimedata: Any, pos: Any) -> None:
        if mimedata.hasFormat(NODE_TYPE_MIME):  # from the node palette
            type_id = bytes(mimedata.data(NODE_TYPE_MIME)).decode("utf-8")
            self._canvas.type_dropped.emit(type_id, (float(pos.x()), float(pos.y())))
            return
        self._canvas.files_dropped.emit(
            [u.toLocalFile() for u in mimedata.urls() if u.toLocalFile()],
            (float(pos.x()), float(pos.y())))


class GraphCanvas(CanvasNavigation, CanvasRunState, QtCore.QObject):
    """Keeps a NodeGraphQt scene equal to one Graph; reports edits as commands."""

    selection_changed = QtCore.Signal(list)  # our node ids
    link_refused = QtCore.Signal(str)
    edit_failed = QtCore.Signal(str)
    files_dropped = QtCore.Signal(list, tuple)
    type_dropped = QtCore.Signal(str, tuple)  # a node type dragged from the palette
    thumbnail_clicked = QtCore.Signal(str)
    built = QtCore.Signal()  # every node of the graph has its view
    # right-click: (our node id | Link | None for the canvas, scene (x, y), global QPoint)
    context_requested = QtCore.Signal(object, tuple, object)

    def __init__(self, graph: Graph, registry: Registry, *,
                 push: Callable[[Command], None]) -> None:
        super().__init__()
        self.registry = registry
        self.push = push
        self.ng = _ViewGraph(self)
        self.ng.register_node(MvNode)
        self.ng.set_background_color(24, 26, 31)
        self.ng.set_grid_color(34, 37, 43)
        self.ng.node_selection_changed.connect(self._emit_selection)
        self.widget: QtWidgets.QWidget = self.ng.widget
        self.viewer = self.ng.viewer()
        self.viewer.context_requested.connect(self._context)
        # Pipes and nodes are cached as pixmaps; long pipes are big, and the default
        # 10 MB pixmap cache thrashes, repainting every pipe on each badge change.
        QtGui.QPixmapCache.setCacheLimit(max(QtGui.QPixmapCache.cacheLimit(), 256 * 1024))
        self.viewer.setViewportUpdateMode(
            QtWidgets.QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.views: dict[str, MvNode] = {}
        self.badges: dict[str, Badge] = {}
        self.thumbs: dict[str, Thumbnail] = {}
        self._ours: dict[str, str] = {}  # NodeGraphQt id -> our id
        self.graph = graph
        self._unsubscribe: Callable[[], None] = lambda: None
        self.set_graph(graph)

    # -- model -> view -----------------------------------------------------------------
    def set_graph(self, graph: Graph) -> None:
        """Draw ``graph``. Big graphs are drawn in slices between paint events, so the
        window paints at once and stays responsive; any edit finishes the drawing first."""
        self._unsubscribe()
        self.graph = graph
        self.ng.clear_session()
        self.views.clear()
        self.badges.clear()
        self.thumbs.clear()
        self._ours.clear()
        self._backdrops = []
        self._build_slice(FIRST_SLICE)
        self._unsubscribe = graph.subscribe(self._on_changed)
        if self.building:
            QtCore.QTimer.singleShot(0, self._build_more)

    @property
    def building(self) -> bool:
        return len(self.views) < len(self.graph.nodes)

    def _build_slice(self, count: int, budget_s: float | None = None) -> None:
        todo = [nid for nid in self.graph.nodes if nid not in self.views][:count]
        viewer = self.viewer
        viewer.setUpdatesEnabled(False)
        deadline = time.perf_counter() + budget_s if budget_s is not None else None
        try:
            fresh: set[str] = set()
            for nid in todo:
                self._add_view(nid)
                fresh.add(nid)
                if deadline is not None and time.perf_counter() > deadline:
                    break
            for lk in self.graph.links:
                if lk.src_node in fresh or lk.dst_node in fresh:
                    self._link_view(lk, connect=True)
            if not self.building:
                self.draw_backdrops()
        finally:
            viewer.setUpdatesEnabled(True)

    def _build_more(self) -> None:
        if not self.building:
            return
        self._build_slice(len(self.graph.nodes), SLICE_BUDGET_S)
        if self.building:
            QtCore.QTimer.singleShot(0, self._build_more)
        else:
            self.frame_all()
            self.built.emit()

    def finish_building(self) -> None:
        if self.building:
            self._build_slice(len(self.graph.nodes))
            self.built.emit()

    def _ports_of(self, node: Node) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        spec = self.registry.get(node.type_id)
        if spec is not None:
            return ([(p.name, str(p.type)) for p in spec.inputs],
                    [(p.name, str(p.type)) for p in spec.outputs])
        ins = [(lk.dst_port, "Any") for lk in self.graph.links if lk.dst_node == node.id]
        outs = [(lk.src_port, "Any") for lk in self.graph.links if lk.src_node == node.id]
        return list(dict.fromkeys(ins)), list(dict.fromkeys(outs))

    def _add_view(self, nid: str) -> None:
        node = self.graph.nodes[nid]
        spec = self.registry.get(node.type_id)
        view = MvNode()
        view.NODE_NAME = nid
        ins, outs = self._ports_of(node)
        for name, type_name in ins:
            view.add_input(name, color=theme.port_rgb(type_name))
        for name, type_name in outs:
            view.add_output(name, multi_output=True, color=theme.port_rgb(type_name))
        self._fonts(view)
        rgb = theme.PLACEHOLDER_RGB if spec is None else theme.category_rgb(spec.category)
        view.model.color = (*rgb, 255)  # set on the model: add_node draws once from it
        view.model.border_color = tuple(min(255, c + 40) for c in rgb) + (255,)
        pos = self.graph.ui.get(nid, {}).get("pos") or self._free_pos()
        self.ng.add_node(view, pos=[float(pos[0]), float(pos[1])], selected=False,
                         push_undo=False)
        self.views[nid] = view
        self._ours[view.id] = nid
        self.badges[nid] = Badge(view.view)
        # Nodes and badges paint in Python; cached as pixmaps, a repaint of the canvas
        # during a run (dozens of badges changing) blits instead of re-drawing each.
        view.view.setCacheMode(_CACHED)
        self.badges[nid].setCacheMode(_CACHED)
        self._describe(nid)
        self.show_price(nid)
        self.show_bypass(nid)

    def show_bypass(self, nid: str) -> None:
        """A bypassed node is drawn dimmed (it does not run; its inputs pass through)."""
        node, view = self.graph.nodes.get(nid), self.views.get(nid)
        if node is not None and view is not None:
            view.view.setOpacity(BYPASSED_OPACITY if node.bypassed else 1.0)

    @staticmethod
    def _fonts(view: MvNode) -> None:
        """Readable text (NodeGraphQt's default is the 7-8 px it ends up at once framed);
        set before add_node, which sizes the node from it."""
        item: Any = view.view
        item.text_item.setFont(theme.canvas_font(theme.NODE_TITLE_PX, bold=True))
        port_font = theme.canvas_font(theme.NODE_TEXT_PX)
        for text in (*item._input_items.values(), *item._output_items.values()):
            text.setFont(port_font)

    def _describe(self, nid: str) -> None:
        node = self.graph.nodes[nid]
        view = self.views[nid]
        spec = self.registry.get(node.type_id)
        if spec is None:
            tip = (f"{nid}: unknown node type '{node.type_id}'\nKept exactly as loaded and saved "
                   "back unchanged; install the node pack that provides it to run it.")
            self.badges[nid].set_state("failed", f"missing: {node.type_id}", tip)
        else:
            tip = f"{spec.title} ({spec.type_id})\n{spec.description}".strip()
            if spec.paid:
                tip += "\nPaid node: its cost is estimated before it runs."
        view.view.setToolTip(tip)

    def show_price(self, nid: str) -> None:
        """Paid nodes show what one job costs (catalog price) until they have run."""
        node, badge = self.graph.nodes.get(nid), self.badges.get(nid)
        spec = self.registry.get(node.type_id) if node is not None else None
        if spec is None or badge is None or not spec.paid:
            return
        if badge.cost_usd is not None and not badge.estimated:
            return  # a real cost is shown
        try:
            price = float(spec.estimate_cost({**spec.defaults(), **node.params}, {}))
        except Exception:  # an unknown model or odd params: no price, never a crash
            badge.set_cost(None)
            return
        badge.set_cost(price, estimated=True)

    def _free_pos(self) -> list[float]:
        xs = [p["pos"] for p in self.graph.ui.values() if "pos" in p]
        return [max((x for x, _ in xs), default=0.0) + 260.0, 0.0]

    def _remove_view(self, nid: str) -> None:
        view = self.views.pop(nid, None)
        if view is None:
            return
        self._ours.pop(view.id, None)
        self.badges.pop(nid, None)
        self.thumbs.pop(nid, None)
        self.ng.remove_node(view, push_undo=False)

    def _link_view(self, lk: Link, *, connect: bool) -> None:
        src, dst = self.views.get(lk.src_node), self.views.get(lk.dst_node)
        if src is None or dst is None:
            return
        out_port, in_port = src.outputs().get(lk.src_port), dst.inputs().get(lk.dst_port)
        if out_port is None or in_port is None:
            return
        if connect:
            if in_port not in out_port.connected_ports():  # never a second pipe
                out_port.connect_to(in_port, push_undo=False, emit_signal=False)
        else:
            out_port.disconnect_from(in_port, push_undo=False, emit_signal=False)

    def _on_changed(self, ev: GraphChanged) -> None:
        # finish_building() draws every model node without a view, the new one included,
        # so a node added by this very event may already have its view.
        self.finish_building()
        if ev.what == "node_added" and ev.node_id and ev.node_id not in self.views:
            self._add_view(ev.node_id)
        elif ev.what == "node_removed" and ev.node_id:
            self._remove_view(ev.node_id)
        elif ev.what in ("link_added", "link_removed") and ev.link is not None:
            self._link_view(ev.link, connect=ev.what == "link_added")
        elif ev.what == "node_moved" and ev.node_id in self.views:
            pos = self.graph.ui.get(ev.node_id, {}).get("pos")
            if pos is not None:
                self.views[ev.node_id].set_pos(float(pos[0]), float(pos[1]))
        elif ev.what == "node_renamed" and ev.node_id:
            self._renamed(ev.node_id)
        elif ev.what == "param_changed" and ev.node_id is None:
            self.draw_backdrops()  # graph-level view state (backdrops) changed
        elif ev.what == "param_changed" and ev.node_id in self.badges:
            self.show_price(ev.node_id)  # e.g. another model was picked
            self.show_bypass(ev.node_id)

    def _renamed(self, new_id: str) -> None:
        gone = [nid for nid in self.views if nid not in self.graph.nodes]
        if len(gone) != 1:
            self.set_graph(self.graph)
            return
        old = gone[0]
        view = self.views.pop(old)
        self.views[new_id] = view
        self._ours[view.id] = new_id
        self.badges[new_id] = self.badges.pop(old)
        if old in self.thumbs:
            self.thumbs[new_id] = self.thumbs.pop(old)
        view.set_name(new_id)
        self._describe(new_id)

    def resync_links(self) -> None:
        """Make the drawn pipes equal the model's links (after a refused gesture)."""
        want = set(self.graph.links)
        have: set[Link] = set()
        for nid, view in self.views.items():
            for name, port in view.outputs().items():
                for other in port.connected_ports():
                    have.add(Link(nid, name, self._ours.get(other.node().id, ""), other.name()))
        for lk in have - want:
            self._link_view(lk, connect=False)
        for lk in want - have:
            self._link_view(lk, connect=True)

    # -- view gestures -> commands -----------------------------------------------------
    def _link_of(self, a: Any, b: Any) -> Link:
        out, inp = (a, b) if a.port_type == "out" else (b, a)
        return Link(self._ours[out.node.id], out.name, self._ours[inp.node.id], inp.name)

    def user_rewired(self, disconnected: list, connected: list) -> None:
        cmds: list[Command] = [Disconnect(self._link_of(a, b)) for a, b in disconnected]
        cmds = [c for c in cmds if c.link in self.graph.links]  # type: ignore[attr-defined]
        cmds += [Connect(self._link_of(a, b), self.registry) for a, b in connected]
        if not cmds:
            self.resync_links()
            return
        label = "Connect" if connected else "Disconnect"
        try:
            self.push(cmds[0] if len(cmds) == 1 else Macro(cmds, label))
        except LinkRefused as exc:
            self.link_refused.emit(str(exc))
        except CommandError as exc:
            self.edit_failed.emit(str(exc))
        self.resync_links()

    def user_moved(self, view_ids: list[str]) -> None:
        cmds: list[Command] = []
        for vid in view_ids:
            nid = self._ours.get(vid)
            if nid is None:
                continue
            x, y = self.views[nid].pos()
            if self.graph.ui.get(nid, {}).get("pos") != [float(x), float(y)]:
                cmds.append(MoveNode(nid, (float(x), float(y))))
        if cmds:
            self.push(cmds[0] if len(cmds) == 1 else Macro(cmds, "Move nodes"))

    def user_renamed(self, view_id: str, name: str) -> None:
        nid = self._ours.get(view_id)
        if nid is None or name == nid:
            return
        try:
            self.push(RenameNode(nid, name.strip()))
        except CommandError as exc:
            self.views[nid].set_name(nid)
            self.edit_failed.emit(str(exc))

    def draw_backdrops(self) -> None:
        """Backdrops from the file's ``backdrops`` list, drawn behind their nodes."""
        for view in list(getattr(self, "_backdrops", [])):
            self.ng.remove_node(view, push_undo=False)
        self._backdrops: list[Any] = []
        for group in self.graph.extra.get("backdrops", []) or []:
            members = [self.views[n] for n in group.get("nodes", []) if n in self.views]
            if not members:
                continue
            backdrop = self.ng.create_node(BackdropNode.type_, name=str(group.get(
                "title", "group")), selected=False, push_undo=False)
            backdrop.set_color(60, 66, 80)
            backdrop.wrap_nodes(members)
            self._backdrops.append(backdrop)

    # -- selection, framing ------------------------------------------------------------
    def _emit_selection(self, *_: Any) -> None:
        self.selection_changed.emit(self.selected_ids())

    def selected_ids(self) -> list[str]:
        self.finish_building()
        return [self._ours[n.id] for n in self.ng.selected_nodes() if n.id in self._ours]

    def select(self, ids: list[str]) -> None:
        self.ng.clear_selection()
        for nid in ids:
            if nid in self.views:
                self.views[nid].set_selected(True)
        self._emit_selection()
