"""Parts of :class:`studio.gui.graph_view.GraphCanvas`: navigation (what is under a point,
zoom, framing, the scene as drawn) and run state (badges, costs, thumbnails).

Mixins, kept apart so each module stays readable; they use the canvas's ``graph``,
``ng`` (NodeGraphQt), ``viewer``, ``views``, ``badges``, ``thumbs`` and ``_ours``.
"""

from __future__ import annotations

from typing import Any

from nodes.graph import Link
from studio.gui import theme
from studio.gui.badges import Thumbnail
from studio.gui.qt import QtCore, QtGui


class CanvasNavigation:
    graph: Any
    ng: Any
    viewer: Any
    views: dict[str, Any]
    _ours: dict[str, str]
    context_requested: Any

    def scene_state(self) -> tuple[list[str], set[Link]]:
        """What is really on screen: node titles (sorted, duplicates kept) and pipes."""
        from NodeGraphQt.qgraphics.node_base import NodeItem
        from NodeGraphQt.qgraphics.pipe import LivePipeItem, PipeItem

        names: list[str] = []
        pipes: set[Link] = set()
        for item in self.viewer.scene().items():
            if isinstance(item, NodeItem):
                names.append(str(item.name))
            elif isinstance(item, PipeItem) and not isinstance(item, LivePipeItem):
                out, inp = item.output_port, item.input_port
                if out is not None and inp is not None:
                    pipes.add(Link(str(out.node.name), out.name, str(inp.node.name), inp.name))
        return sorted(names), pipes

    def item_at(self, x: float, y: float) -> str | Link | None:
        """Our node id, or the link, under a scene point (None: empty canvas)."""
        from NodeGraphQt.qgraphics.node_base import NodeItem
        from NodeGraphQt.qgraphics.pipe import PipeItem

        for item in self.viewer.scene().items(QtCore.QPointF(x, y)):
            while item is not None:
                if isinstance(item, NodeItem):
                    nid = self._ours.get(item.id)
                    return nid if nid in self.graph.nodes else None
                if isinstance(item, PipeItem) and item.output_port and item.input_port:
                    out, inp = item.output_port, item.input_port
                    return Link(self._ours.get(out.node.id, ""), out.name,
                                self._ours.get(inp.node.id, ""), inp.name)
                item = item.parentItem()
        return None

    def _context(self, scene_pt: QtCore.QPointF, global_pt: QtCore.QPoint) -> None:
        x, y = float(scene_pt.x()), float(scene_pt.y())
        self.context_requested.emit(self.item_at(x, y), (x, y), global_pt)

    def zoom_by(self, step: float) -> None:
        """NodeGraphQt's own zoom (it clamps it), ``step`` in its units (0 = actual size)."""
        self.ng.set_zoom(self.ng.get_zoom() + step)

    def zoom_reset(self) -> None:
        self.ng.reset_zoom()

    def frame_all(self) -> None:
        """Fit the graph, but never zoom out so far that node text gets unreadable; a
        bigger graph is then centred and scrolled (or zoomed out by hand)."""
        self.finish_building()
        self.ng.clear_selection()
        self.ng.fit_to_selection()
        low = theme.min_canvas_scale()
        if self.viewer.transform().m11() < low:
            self.zoom_to(low)

    def zoom_to(self, scale: float) -> None:
        """Zoom to ``scale`` around the current centre. NodeGraphQt keeps its zoom as a
        scene range fitted into the view, so that range is what gets set."""
        viewer: Any = self.viewer
        centre = viewer._scene_range.center()
        size = viewer.viewport().size()
        rect = QtCore.QRectF(0, 0, size.width() / scale, size.height() / scale)
        rect.moveCenter(centre)
        for _ in range(2):  # fitInView keeps a small margin: correct for it once
            viewer._scene_range = rect
            viewer._update_scene()
            got = viewer.transform().m11()
            if got >= scale * 0.999:
                break
            rect = QtCore.QRectF(0, 0, rect.width() * got / scale, rect.height() * got / scale)
            rect.moveCenter(centre)

    def center_on(self, nid: str) -> None:
        if nid in self.views:
            self.select([nid])
            self.ng.center_on([self.views[nid]])

    def scene_center(self) -> tuple[float, float]:
        rect = self.viewer.viewport().rect()
        pt = self.viewer.mapToScene(rect.center())
        return float(pt.x()), float(pt.y())

    def cursor_scene_pos(self) -> tuple[float, float]:
        local = self.viewer.mapFromGlobal(QtGui.QCursor.pos())
        if not self.viewer.rect().contains(local):
            return self.scene_center()
        pt = self.viewer.mapToScene(local)
        return float(pt.x()), float(pt.y())


class CanvasRunState:
    graph: Any
    views: dict[str, Any]
    badges: dict[str, Any]
    thumbs: dict[str, Any]
    _ours: dict[str, str]
    thumbnail_clicked: Any

    def set_state(self, nid: str, state: str, text: str = "", tooltip: str = "") -> None:
        badge = self.badges.get(nid)
        if badge is not None:
            badge.set_state(state, text, tooltip)

    def set_cost(self, nid: str, cost_usd: float | None, *, estimated: bool = False) -> None:
        badge = self.badges.get(nid)
        if badge is not None:
            badge.set_cost(cost_usd, estimated=estimated)

    def clear_states(self) -> None:
        for nid, badge in self.badges.items():
            if nid in self.graph.nodes and not self.graph.nodes[nid].is_placeholder:
                badge.set_state("", "", "")
                badge.set_cost(None)
                self.show_price(nid)

    def dim_thumbnail(self, nid: str, dim: bool) -> None:
        """A stale result's picture stays visible, dimmed, until a run replaces it."""
        thumb = self.thumbs.get(nid)
        if thumb is not None:
            thumb.setOpacity(0.35 if dim else 1.0)

    def remove_thumbnail(self, nid: str) -> None:
        thumb = self.thumbs.pop(nid, None)
        if thumb is not None and thumb.scene() is not None:
            thumb.scene().removeItem(thumb)

    def set_thumbnail(self, nid: str, image: QtGui.QImage) -> None:
        view = self.views.get(nid)
        if view is None:
            return
        thumb = self.thumbs.get(nid)
        if thumb is None:
            thumb = self.thumbs[nid] = Thumbnail(
                view.view, lambda vid=view.id: self.thumbnail_clicked.emit(self._ours.get(vid, "")))
        thumb.set_image(image)
