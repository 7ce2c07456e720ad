"""The properties panel: one editor per ``ParamSpec``, generated from the node's spec.

Every change becomes a ``SetParam`` command through ``push`` (so it is
undoable); the panel re-reads the model when the node changes underneath it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from nodes.commands import Command, RenameNode, SetParam, SetPinned
from nodes.errors import CommandError
from nodes.graph import Graph
from nodes.registry import Registry
from nodes.spec import NodeSpec, ParamSpec
from studio.gui.qt import QtCore, QtGui, QtWidgets

_MODEL_KINDS = {"Image": "image", "Video": "video", "Audio": "speech", "Text": "text",
                "List[Text]": "text"}


def model_kind(spec: NodeSpec) -> str | None:
    """What a model picker should offer for this node (from its first output's type)."""
    return _MODEL_KINDS.get(str(spec.outputs[0].type)) if spec.outputs else None


def model_choices(kind: str | None) -> list[tuple[str, str]]:
    """(model ref, one-line description with provider, price and inputs) from the catalog."""
    from providers.catalog import CATALOG

    out = []
    for ref, info in CATALOG.items():
        if kind is not None and info.kind != kind:
            continue
        price = "free" if info.price_unit == "free" else f"${info.price_usd:g}/{info.price_unit}"
        out.append((ref, f"{info.ref.provider} · {price} · takes {', '.join(info.inputs)}"))
    return out


class _Editor(QtCore.QObject):
    """Binds one widget to one param; ``changed`` carries the new value."""

    changed = QtCore.Signal(str, object)

    def __init__(self, param: ParamSpec, widget: QtWidgets.QWidget,
                 read: Callable[[], Any], write: Callable[[Any], None]) -> None:
        super().__init__(widget)
        self.param, self.widget, self.read, self.write = param, widget, read, write

    def commit(self) -> None:
        try:
            value = self.read()
        except ValueError:
            return
        self.changed.emit(self.param.name, value)


def _number(param: ParamSpec, value: Any) -> tuple[QtWidgets.QWidget, Callable, Callable, Any]:
    is_int = param.kind == "int"
    spin: Any = QtWidgets.QSpinBox() if is_int else QtWidgets.QDoubleSpinBox()
    lo = param.min if param.min is not None else -1e9
    hi = param.max if param.max is not None else 1e9
    if is_int:
        spin.setRange(int(max(lo, -2**31)), int(min(hi, 2**31 - 1)))
    else:
        spin.setDecimals(3)
        spin.setRange(lo, hi)
        spin.setSingleStep(0.1)
    spin.setValue(value if value is not None else (param.default or 0))
    signal = spin.editingFinished
    if not param.slider or param.min is None or param.max is None:
        return spin, lambda: spin.value(), spin.setValue, signal
    box = QtWidgets.QWidget()
    row = QtWidgets.QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
    slider.setRange(0, 1000)
    scale = (param.max - param.min) / 1000.0

    def sync_slider(v: float) -> None:
        slider.blockSignals(True)
        slider.setValue(int(round((v - param.min) / scale)))  # type: ignore[operator]
        slider.blockSignals(False)

    slider.valueChanged.connect(lambda i: spin.setValue(param.min + i * scale))
    spin.valueChanged.connect(sync_slider)
    sync_slider(spin.value())
    row.addWidget(slider, 2)
    row.addWidget(spin, 1)
    return box, lambda: spin.value(), spin.setValue, slider.sliderReleased


class PropertiesPanel(QtWidgets.QScrollArea):
    """Shows and edits the selected node. ``push`` is the undoable command sink."""

    def __init__(self, registry: Registry, push: Callable[[Command], None]) -> None:
        super().__init__()
        self.registry = registry
        self.push = push
        self.graph: Graph | None = None
        self.node_id: str | None = None
        self.base_dir: Any = None
        self.editors: dict[str, _Editor] = {}
        self.setWidgetResizable(True)
        self._show_empty("Select a node to edit its parameters.")

    def _show_empty(self, text: str) -> None:
        label = QtWidgets.QLabel(text)
        label.setObjectName("dim")
        label.setWordWrap(True)
        label.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(10, 10, 10, 10)
        self.setWidget(label)
        self.editors = {}

    def show_node(self, graph: Graph, node_id: str | None) -> None:
        self.graph, self.node_id = graph, node_id
        if node_id is None or node_id not in graph.nodes:
            self._show_empty("Select a node to edit its parameters.")
            return
        node = graph.nodes[node_id]
        spec = self.registry.get(node.type_id)
        if spec is None:
            self._show_empty(f"'{node_id}' is a placeholder for the unknown node type "
                             f"'{node.type_id}'. Its data is kept and saved back unchanged.\n\n"
                             + json.dumps(node.raw, indent=2)[:2000])
            return
        self.setWidget(self._build(spec, node_id))

    def refresh(self) -> None:
        """Re-read values from the model (after undo/redo) without rebuilding."""
        if self.graph is None or self.node_id not in (self.graph.nodes if self.graph else {}):
            self.show_node(self.graph or Graph(), None)
            return
        node = self.graph.nodes[self.node_id]  # type: ignore[index]
        for name, ed in self.editors.items():
            ed.widget.blockSignals(True)
            try:
                ed.write(node.params.get(name, ed.param.default))
            finally:
                ed.widget.blockSignals(False)

    def _build(self, spec: NodeSpec, node_id: str) -> QtWidgets.QWidget:
        """Rows packed at the top with a stretch under them: a short param list leaves
        one empty area at the bottom instead of rows spread over the panel (issue 14)."""
        assert self.graph is not None
        node = self.graph.nodes[node_id]
        box = QtWidgets.QWidget()
        col = QtWidgets.QVBoxLayout(box)
        col.setContentsMargins(8, 6, 8, 6)
        col.setSpacing(4)
        head = QtWidgets.QLabel(spec.title)
        head.setObjectName("heading")
        col.addWidget(head)
        desc = QtWidgets.QLabel(f"{spec.type_id} · {spec.category}"
                                + (" · paid" if spec.paid else "")
                                + (f"\n{spec.description}" if spec.description else ""))
        desc.setObjectName("dim")
        desc.setWordWrap(True)
        col.addWidget(desc)
        form = _compact_form()
        col.addLayout(form)
        col.addStretch(1)
        id_edit = QtWidgets.QLineEdit(node_id)
        id_edit.setToolTip("The node id: stable, used in links and on the command line")
        id_edit.editingFinished.connect(lambda: self._rename(id_edit))
        form.addRow("id", id_edit)
        pin = QtWidgets.QCheckBox("keep this result (pin)")
        pin.setChecked(node.pinned)
        pin.toggled.connect(lambda on: self._push(SetPinned(node_id, on)))
        form.addRow("", pin)
        self.editors = {}
        for param in spec.params:
            editor = self._editor(spec, param, node.params.get(param.name, param.default))
            editor.changed.connect(self._param_changed)
            self.editors[param.name] = editor
            label = QtWidgets.QLabel(param.name + (" *" if param.required else ""))
            label.setToolTip(param.help)
            editor.widget.setToolTip(param.help)
            form.addRow(label, editor.widget)
        return box

    def _rename(self, edit: QtWidgets.QLineEdit) -> None:
        new = edit.text().strip()
        if self.node_id is None or new == self.node_id:
            return
        if self._push(RenameNode(self.node_id, new)):
            self.node_id = new
        else:
            edit.setText(self.node_id)

    def _push(self, command: Command) -> bool:
        try:
            self.push(command)
        except CommandError as exc:
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), str(exc), self)
            return False
        return True

    def _param_changed(self, name: str, value: Any) -> None:
        if self.graph is None or self.node_id is None:
            return
        if self.graph.nodes[self.node_id].params.get(name) == value:
            return
        self._push(SetParam(self.node_id, name, value, label=f"Set {self.node_id}.{name}"))

    # -- editors per kind --------------------------------------------------------------
    def _editor(self, spec: NodeSpec, p: ParamSpec, value: Any) -> _Editor:
        kind = p.kind
        if kind in ("int", "float"):
            widget, read, write, signal = _number(p, value)
            ed = _Editor(p, widget, read, write)
            signal.connect(ed.commit)
            return ed
        if kind == "bool":
            box = QtWidgets.QCheckBox()
            box.setChecked(bool(value))
            ed = _Editor(p, box, box.isChecked, lambda v: box.setChecked(bool(v)))
            box.toggled.connect(lambda _: ed.commit())
            return ed
        if kind == "choice":
            combo = QtWidgets.QComboBox()
            combo.addItems(list(p.choices))
            combo.setCurrentText(str(value))
            ed = _Editor(p, combo, combo.currentText, lambda v: combo.setCurrentText(str(v)))
            combo.activated.connect(lambda _: ed.commit())
            return ed
        if kind in ("text", "json"):
            return self._text_editor(p, value)
        if kind == "model":
            return self._model_editor(spec, p, value)
        if kind in ("path", "color"):
            return self._button_editor(p, value)
        return self._line_editor(p, value)

    def _line_editor(self, p: ParamSpec, value: Any) -> _Editor:
        edit = QtWidgets.QLineEdit()
        if p.kind == "floats":
            def read() -> Any:
                text = edit.text().replace(";", ",")
                return [float(x) for x in text.split(",") if x.strip()]

            def write(v: Any) -> None:
                edit.setText(", ".join(f"{float(x):g}" for x in (v or [])))
            edit.setPlaceholderText("comma-separated seconds, e.g. 1.5, 12.0")
        else:
            def read() -> Any:
                return edit.text()

            def write(v: Any) -> None:
                edit.setText("" if v is None else str(v))
        write(value)
        ed = _Editor(p, edit, read, write)
        edit.editingFinished.connect(ed.commit)
        return ed

    def _text_editor(self, p: ParamSpec, value: Any) -> _Editor:
        edit = _CommitOnBlur()
        edit.setMinimumHeight(80)
        edit.setMaximumHeight(160)
        if p.kind == "json":
            def read() -> Any:
                return json.loads(edit.toPlainText() or "null")

            def write(v: Any) -> None:
                edit.setPlainText(json.dumps(v, indent=2))
        else:
            def read() -> Any:
                return edit.toPlainText()

            def write(v: Any) -> None:
                edit.setPlainText("" if v is None else str(v))
        write(value)
        ed = _Editor(p, edit, read, write)
        edit.blurred.connect(ed.commit)
        return ed

    def _model_editor(self, spec: NodeSpec, p: ParamSpec, value: Any) -> _Editor:
        box = QtWidgets.QWidget()
        col = QtWidgets.QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        combo = QtWidgets.QComboBox()
        combo.setEditable(True)
        info = QtWidgets.QLabel()
        info.setObjectName("dim")
        info.setWordWrap(True)
        choices = dict(model_choices(model_kind(spec)))
        for ref, text in choices.items():
            combo.addItem(ref)
            combo.setItemData(combo.count() - 1, text, QtCore.Qt.ItemDataRole.ToolTipRole)

        def write(v: Any) -> None:
            combo.setCurrentText(str(v or ""))
            first = str(v or "").split("|")[0].strip()
            info.setText(choices.get(first, "not in the catalog: priced conservatively"))

        write(value)
        col.addWidget(combo)
        col.addWidget(info)
        ed = _Editor(p, box, lambda: combo.currentText().strip(), write)
        combo.activated.connect(lambda _: ed.commit())
        line = combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(ed.commit)
        return ed

    def _button_editor(self, p: ParamSpec, value: Any) -> _Editor:
        box = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QtWidgets.QLineEdit("" if value is None else str(value))
        button = QtWidgets.QPushButton("…" if p.kind == "path" else "pick")
        button.setFixedWidth(44)
        row.addWidget(edit, 1)
        row.addWidget(button)

        def write(v: Any) -> None:
            edit.setText("" if v is None else str(v))
            if p.kind == "color" and v:
                button.setStyleSheet(f"background: {v};")

        write(value)
        ed = _Editor(p, box, edit.text, write)
        edit.editingFinished.connect(ed.commit)
        button.clicked.connect(lambda: self._pick(p, edit, ed))
        return ed

    def _pick(self, p: ParamSpec, edit: QtWidgets.QLineEdit, ed: _Editor) -> None:
        if p.kind == "color":
            colour = QtWidgets.QColorDialog.getColor(QtGui.QColor(edit.text() or "#ffffff"), self)
            if colour.isValid():
                ed.write(colour.name())
                ed.commit()
            return
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, f"Choose {p.name}", "",
                                                        p.file_filter or "All files (*)")
        if path:
            ed.write(_relative(path, self.base_dir))
            ed.commit()


def _compact_form() -> QtWidgets.QFormLayout:
    """Right-aligned labels beside full-width editors, rows at their natural height."""
    form = QtWidgets.QFormLayout()
    form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight
                           | QtCore.Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(8)
    form.setVerticalSpacing(3)
    form.setContentsMargins(0, 4, 0, 0)
    return form


def _relative(path: str, base_dir: Any) -> str:
    """Paths are stored relative to the graph file when they can be."""
    import os

    if base_dir is None:
        return path
    try:
        return os.path.relpath(path, base_dir)
    except ValueError:
        return path


class _CommitOnBlur(QtWidgets.QPlainTextEdit):
    blurred = QtCore.Signal()

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.blurred.emit()
