"""Node palette (categories, double-click or drag to add) and the Tab search popup."""

from __future__ import annotations

from nodes.registry import Registry
from nodes.spec import NodeSpec
from studio.gui import node_search, theme
from studio.gui.qt import QtCore, QtGui, QtWidgets

TYPE_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
NODE_TYPE_MIME = "application/x-mvstudio-node-type"
# NodeGraphQt's viewer only accepts drags that carry one of its own formats.
_VIEWER_MIME = "nodegraphqt/nodes"


class _PaletteTree(QtWidgets.QTreeWidget):
    """Dragging a node type carries its type id; the canvas adds it where dropped."""

    def mimeData(self, items: list[QtWidgets.QTreeWidgetItem]) -> QtCore.QMimeData:  # noqa: N802
        mime = QtCore.QMimeData()
        type_ids = [t for item in items if (t := item.data(0, TYPE_ROLE))]
        if type_ids:
            data = type_ids[0].encode("utf-8")
            mime.setData(NODE_TYPE_MIME, data)
            mime.setData(_VIEWER_MIME, data)
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [NODE_TYPE_MIME, _VIEWER_MIME]


def _matches(spec: NodeSpec, needle: str) -> bool:
    return node_search.matches(spec, needle)


class NodePalette(QtWidgets.QWidget):
    """Categories of node types; ``add_requested(type_id)`` on double-click or Enter, or
    drag one onto the canvas."""

    add_requested = QtCore.Signal(str)

    def __init__(self, registry: Registry) -> None:
        super().__init__()
        self.registry = registry
        self.filter = QtWidgets.QLineEdit()
        self.filter.setPlaceholderText("Filter nodes…")
        self.filter.setClearButtonEnabled(True)
        self.tree = _PaletteTree()
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(12)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.DragOnly)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._populate)
        self.tree.itemActivated.connect(self._activated)
        self._populate("")

    def _populate(self, needle: str) -> None:
        self.tree.clear()
        groups: dict[str, QtWidgets.QTreeWidgetItem] = {}
        for spec in self.registry:
            if needle and not _matches(spec, needle):
                continue
            group = groups.get(spec.category)
            if group is None:
                group = groups[spec.category] = QtWidgets.QTreeWidgetItem([spec.category.title()])
                rgb = theme.category_rgb(spec.category)
                group.setForeground(0, QtGui.QColor(*(min(255, c + 90) for c in rgb)))
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
            item = QtWidgets.QTreeWidgetItem([spec.title + ("  $" if spec.paid else "")])
            item.setData(0, TYPE_ROLE, spec.type_id)
            item.setToolTip(0, f"{spec.type_id}\n{spec.description}".strip())
            group.addChild(item)
        self.tree.expandAll()

    def _activated(self, item: QtWidgets.QTreeWidgetItem, _col: int) -> None:
        type_id = item.data(0, TYPE_ROLE)
        if type_id:
            self.add_requested.emit(type_id)


class SearchPopup(QtWidgets.QFrame):
    """Tab: type to find a node type, Enter adds it where the cursor is."""

    chosen = QtCore.Signal(str)

    def __init__(self, registry: Registry, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Popup)
        self.registry = registry
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.edit = QtWidgets.QLineEdit()
        self.edit.setPlaceholderText("Add node: type to search")
        self.list = QtWidgets.QListWidget()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(320, 300)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(self._accept)
        self.list.itemActivated.connect(lambda _: self._accept())
        self.edit.installEventFilter(self)
        self._filter("")

    def _filter(self, needle: str) -> None:
        self.list.clear()
        for spec in node_search.search(self.registry, needle):
            item = QtWidgets.QListWidgetItem(f"{spec.title}   ·  {spec.type_id}")
            item.setData(TYPE_ROLE, spec.type_id)
            item.setToolTip(f"{spec.type_id}\n{spec.description}".strip())
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
            key = event.key()
            if key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Up):
                step = 1 if key == QtCore.Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(TYPE_ROLE))
        self.hide()

    def popup_at(self, global_pos: QtCore.QPoint) -> None:
        self.edit.clear()
        self.move(global_pos)
        self.show()
        self.edit.setFocus()
