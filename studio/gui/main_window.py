"""The main window: canvas in the centre, palette, properties, preview, timeline, log, review.

It owns the open :class:`~studio.gui.files.Document` and wires views to it;
the views own no model state. Running lives in :mod:`studio.gui.run_glue`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nodes.commands import Command, RenameNode
from nodes.errors import CommandError, LinkRefused
from nodes.graph import Change, Graph, GraphChanged, Link
from nodes.registry import Registry
from nodes.workspace import Workspace
from studio.gui import edit_ops, layout, menus, templates
from studio.gui.files import Document, RecentFiles
from studio.gui.graph_view import GraphCanvas
from studio.gui.palette import NodePalette, SearchPopup
from studio.gui.preview import Preview
from studio.gui.properties import PropertiesPanel
from studio.gui.qt import QtCore, QtGui, QtWidgets, keep_none_alive
from studio.gui.review import ReviewPanel
from studio.gui.run_glue import RunGlue
from studio.gui.run_panel import RunLog
from studio.gui.settings import SecretStore, StudioSettings
from studio.gui.timeline_view import TimelinePanel
from studio.gui.window_files import FileActions

Ask = Callable[[str, str], bool]  # (title, question) -> yes


def _ask_user(parent: QtWidgets.QWidget) -> Ask:
    def ask(title: str, question: str) -> bool:
        answer = QtWidgets.QMessageBox.question(parent, title, question)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes
    return ask


class MainWindow(FileActions, QtWidgets.QMainWindow):
    def __init__(self, *, registry: Registry, workspace: Workspace, ask: Ask | None = None,
                 secrets: SecretStore | None = None) -> None:
        super().__init__()
        self.registry = registry
        self.ws = workspace
        self.ask = ask or _ask_user(self)
        self.secrets = secrets or SecretStore(workspace.root)
        self.settings = StudioSettings(workspace.root, self.secrets)
        self.recent = RecentFiles(workspace.root)
        self.doc = Document(Graph(), None, workspace_root=workspace.root)
        self._unsub: Callable[[], None] = lambda: None
        self.canvas = GraphCanvas(self.doc.graph, registry, push=self.push)
        self.setCentralWidget(self.canvas.widget)
        self.palette_panel = NodePalette(registry)
        self.props = PropertiesPanel(registry, self.push)
        self.log = RunLog()
        self.preview = Preview()
        self.timeline = TimelinePanel()
        self.review = ReviewPanel(workspace)
        self.search = SearchPopup(registry, self)
        self.run = RunGlue(self)
        self._build_docks()
        self._build_actions()
        self._wire()
        self.set_document(self.doc)
        self.resize(1600, 960)
        self._none_timer = QtCore.QTimer(self)
        self._none_timer.timeout.connect(keep_none_alive)
        self._none_timer.start(1000)

    # -- layout ------------------------------------------------------------------------
    def _dock(self, title: str, widget: QtWidgets.QWidget,
              area: QtCore.Qt.DockWidgetArea) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        area = QtCore.Qt.DockWidgetArea
        self.setCorner(QtCore.Qt.Corner.BottomLeftCorner, area.LeftDockWidgetArea)
        self.setCorner(QtCore.Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
        self.d_palette = self._dock("Nodes", self.palette_panel, area.LeftDockWidgetArea)
        self.d_props = self._dock("Properties", self.props, area.RightDockWidgetArea)
        self.d_review = self._dock("Review", self.review, area.RightDockWidgetArea)
        self.tabifyDockWidget(self.d_props, self.d_review)
        self.d_props.raise_()
        self.d_preview = self._dock("Preview", self.preview, area.RightDockWidgetArea)
        self.d_timeline = self._dock("Timeline", self.timeline, area.BottomDockWidgetArea)
        self.d_log = self._dock("Run log", self.log, area.BottomDockWidgetArea)
        self.splitDockWidget(self.d_timeline, self.d_log, QtCore.Qt.Orientation.Horizontal)
        self._sized = False

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized:  # dock sizes only stick once the window has its size
            self._sized = True
            w = self.width()
            horizontal = QtCore.Qt.Orientation.Horizontal
            # The canvas gets the most room: at 1920 px a demo-size graph fits at a zoom
            # where node text stays readable (theme.min_canvas_scale).
            self.resizeDocks([self.d_palette], [max(170, w // 11)], horizontal)
            self.resizeDocks([self.d_props, self.d_preview], [max(320, w // 6)] * 2, horizontal)
            self.resizeDocks([self.d_timeline, self.d_log], [w * 2 // 5, w // 4], horizontal)
            self.resizeDocks([self.d_timeline], [max(200, self.height() // 4)],
                             QtCore.Qt.Orientation.Vertical)
            self.resizeDocks([self.d_props], [self.height() // 2],
                             QtCore.Qt.Orientation.Vertical)
            self._default_layout = self.saveState()

    def docks(self) -> list[QtWidgets.QDockWidget]:
        return [self.d_palette, self.d_props, self.d_review, self.d_preview, self.d_timeline,
                self.d_log]

    def reset_layout(self) -> None:
        """Every panel back, where it was when the window opened."""
        for dock in self.docks():
            dock.setFloating(False)
            dock.show()
        if self._default_layout is not None:
            self.restoreState(self._default_layout)

    _default_layout: QtCore.QByteArray | None = None

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None, *,
                canvas_only: bool = False, tip: str = "") -> QtGui.QAction:
        act = QtGui.QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QtGui.QKeySequence(shortcut))
        act.setToolTip(tip or text)
        act.triggered.connect(lambda _=False: slot())
        if canvas_only:  # keys like Delete must not fire while typing in a field
            act.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.canvas.widget.addAction(act)
        else:
            self.addAction(act)
        return act

    def _build_actions(self) -> None:
        key = QtGui.QKeySequence.StandardKey
        a = self._action
        self.a_new = a("New", self.file_new, key.New)
        self.a_open = a("Open…", self.file_open, key.Open)
        self.a_save = a("Save", self.file_save, key.Save)
        self.a_save_as = a("Save As…", self.file_save_as, key.SaveAs)
        self.a_undo = a("Undo", lambda: self.doc.stack.undo(), key.Undo)
        self.a_redo = a("Redo", lambda: self.doc.stack.redo(), key.Redo)
        # The platform's Redo can be Ctrl+Y only (offscreen, some desktops): both, always.
        self.a_redo.setShortcuts([QtGui.QKeySequence("Ctrl+Shift+Z"),
                                  QtGui.QKeySequence("Ctrl+Y")])
        self.a_delete = a("Delete", self.delete_selected, key.Delete, canvas_only=True)
        self.a_copy = a("Copy", self.copy_selected, key.Copy, canvas_only=True)
        self.a_paste = a("Paste", self.paste, key.Paste, canvas_only=True)
        self.a_dup = a("Duplicate", self.duplicate, "Ctrl+D", canvas_only=True)
        self.a_group = a("Group into backdrop", self.group_selected, "Ctrl+G", canvas_only=True)
        self.a_frame = a("Frame all", self.canvas.frame_all, "F", canvas_only=True)
        self.a_arrange = a("Arrange", self.arrange, "Ctrl+L",
                           tip="Lay the graph out in columns, inputs on the left (undoable)")
        self.a_zoom_in = a("Zoom in", lambda: self.canvas.zoom_by(0.2), "Ctrl+=")
        self.a_zoom_out = a("Zoom out", lambda: self.canvas.zoom_by(-0.2), "Ctrl+-")
        self.a_zoom_reset = a("Actual size", self.canvas.zoom_reset, "Ctrl+0")
        self.a_reset_layout = a("Reset panel layout", self.reset_layout)
        self.a_search = a("Add node…", self.show_search, "Tab", canvas_only=True)
        self.a_run = a("Run", lambda: self.run.start(None), "Ctrl+Return",
                       tip="Run the whole graph (cached results are reused)")
        self.a_run_sel = a("Run to selected", self.run.start_selected, "Ctrl+Shift+Return",
                           tip="Run only what the selected nodes need")
        self.a_cancel = a("Cancel", self.run.cancel, "Ctrl+.", tip="Cancel the run")
        self.a_estimate = a("Estimate cost", self.run.estimate,
                            tip="Dry run: price every paid job that is not cached")
        self.a_settings = a("Settings…", self.open_settings, "Ctrl+,")
        self.a_quit = a("Quit", self.close, key.Quit)
        bar = self.menuBar()
        m = bar.addMenu("&File")
        m.addAction(self.a_new)
        self.template_menu = m.addMenu("New from template")
        for tpl in templates.available():
            act = self.template_menu.addAction(tpl.title)
            act.setToolTip(tpl.description)
            act.triggered.connect(lambda _=False, t=tpl: self.new_from_template(t.path))
        for act in (self.a_open, self.a_save, self.a_save_as):
            m.addAction(act)
        self.recent_menu = m.addMenu("Open Recent")
        m.addSeparator()
        m.addAction(self.a_settings)
        m.addAction(self.a_quit)
        e = bar.addMenu("&Edit")
        for act in (self.a_undo, self.a_redo, self.a_delete, self.a_copy, self.a_paste,
                    self.a_dup, self.a_group, self.a_search, self.a_arrange):
            e.addAction(act)
        menus.build_view_menu(self)
        r = bar.addMenu("&Run")
        for act in (self.a_run, self.a_run_sel, self.a_cancel, self.a_estimate):
            r.addAction(act)
        menus.build_help_menu(self)
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("Main")
        tb.setObjectName("Main")
        tb.setMovable(False)
        for act in (self.a_new, self.a_open, self.a_save):
            tb.addAction(act)
        tb.addSeparator()
        tb.addAction(self.a_undo)
        tb.addAction(self.a_redo)
        tb.addSeparator()
        for act in (self.a_run, self.a_run_sel, self.a_cancel, self.a_estimate):
            tb.addAction(act)
        tb.addSeparator()
        label = QtWidgets.QLabel(" Budget $ ")
        label.setObjectName("dim")
        tb.addWidget(label)
        self.budget = QtWidgets.QDoubleSpinBox()
        self.budget.setRange(0.0, 10000.0)
        self.budget.setDecimals(2)
        self.budget.setValue(self.settings.budget_usd)
        self.budget.setToolTip("A run stops before starting a job that would exceed this")
        tb.addWidget(self.budget)
        tb.addSeparator()
        tb.addAction(self.a_frame)
        tb.addAction(self.a_settings)

    def _wire(self) -> None:
        c = self.canvas
        c.selection_changed.connect(self._selection_changed)
        c.link_refused.connect(lambda msg: self.notify(f"Link refused: {msg}", error=True))
        c.edit_failed.connect(lambda msg: self.notify(msg, error=True))
        c.files_dropped.connect(self.files_dropped)
        c.type_dropped.connect(self.add_node)
        c.thumbnail_clicked.connect(self.run.open_in_preview)
        c.context_requested.connect(self._context_menu)
        self.palette_panel.add_requested.connect(
            lambda t: self.add_node(t, self.canvas.scene_center()))
        self.search.chosen.connect(lambda t: self.add_node(t, self._search_pos))
        self.log.jump.connect(self.canvas.center_on)
        self.timeline.edit.connect(self.run.timeline_edit)
        self.timeline.seek.connect(self.preview.seek_s)
        self.timeline.refused.connect(lambda msg: self.notify(msg, error=True))
        self.timeline.play_range.connect(self.preview.play_range)
        self.timeline.play_for_tapping.connect(self.preview.play_on)
        self.timeline.section_renamed.connect(
            lambda nid, i, name: self.try_push(edit_ops.SetSectionLabel(nid, i, name)))
        self.timeline.labels_for = self._section_labels  # type: ignore[method-assign]
        self.preview.position_changed.connect(self.timeline.set_playhead)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    # -- document ----------------------------------------------------------------------
    def set_document(self, doc: Document) -> None:
        self._unsub()
        if self.doc is not doc:
            self.doc.stack.blockSignals(True)  # the old document is gone for this window
        self.doc = doc
        doc.stack.setParent(self)  # dies with the window, never signals a dead one
        doc.stack.indexChanged.connect(self._stack_changed)
        doc.stack.cleanChanged.connect(self._stack_changed)
        self._stack_changed()
        placed = layout.fill_missing(doc.graph)  # script-written graphs have no positions
        self.canvas.set_graph(doc.graph)
        self._unsub = doc.graph.subscribe(self._graph_changed)
        self.props.base_dir = doc.path.parent if doc.path else None
        self.props.show_node(doc.graph, None)
        self._update_title()
        self.run.document_opened()
        if placed:
            self.notify(f"Arranged {placed} nodes that had no position (Edit > Arrange "
                        "re-arranges everything, undoably)")
        if not self.canvas.building:  # big graphs frame themselves once drawn
            QtCore.QTimer.singleShot(0, self.canvas.frame_all)

    def _stack_changed(self, *_: Any) -> None:
        stack = self.doc.stack
        self.a_undo.setEnabled(stack.canUndo())
        self.a_redo.setEnabled(stack.canRedo())
        self.a_undo.setToolTip(f"Undo {stack.undoText()}".strip())
        self.a_redo.setToolTip(f"Redo {stack.redoText()}".strip())
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.doc.title}[*] — mvstudio")
        self.setWindowModified(self.doc.dirty)

    def _section_labels(self, node_id: str) -> dict[str, str]:
        return dict(self.doc.graph.ui.get(node_id, {}).get("section_labels") or {})

    def _graph_changed(self, ev: GraphChanged) -> None:
        if ev.what == Change.UI_CHANGED and ev.node_id:
            data = self.timeline.canvas.data
            if data is not None and data.node_id == ev.node_id:
                self.timeline.relabel(self._section_labels(ev.node_id))
        if ev.what in ("param_changed", "node_renamed", "node_removed"):
            if ev.what == "node_renamed":
                self.props.show_node(self.doc.graph, ev.node_id)
            else:
                self.props.refresh()
        self.run.graph_changed(ev)

    def push(self, command: Command) -> None:
        """Every edit goes here: done on the model, recorded on the undo stack."""
        self.doc.undo.push(command)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.confirm_discard():
            event.ignore()
            return
        self.run.cancel()
        self.run.controller.shutdown()
        self.doc.discard_recovery()
        event.accept()

    # -- editing -----------------------------------------------------------------------
    def try_push(self, command: Command | None) -> bool:
        if command is None:
            return False
        try:
            self.push(command)
        except LinkRefused as exc:
            self.notify(f"Link refused: {exc}", error=True)
            return False
        except CommandError as exc:
            self.notify(str(exc), error=True)
            return False
        return True

    def add_node(self, type_id: str, pos: tuple[float, float]) -> str | None:
        cmd = edit_ops.add_node_command(self.doc.graph, self.registry, type_id, pos)
        if self.try_push(cmd):
            self.canvas.select([cmd.node.id])
            return cmd.node.id
        return None

    def show_search(self, at: tuple[float, float] | None = None) -> None:
        self._search_pos = at if at is not None else self.canvas.cursor_scene_pos()
        self.search.popup_at(QtGui.QCursor.pos())

    _search_pos: tuple[float, float] = (0.0, 0.0)

    def delete_selected(self) -> None:
        self.try_push(edit_ops.delete_command(self.doc.graph, self.canvas.selected_ids()))

    def copy_selected(self) -> None:
        ids = self.canvas.selected_ids()
        if ids:
            mime = QtCore.QMimeData()
            mime.setData(edit_ops.CLIP_MIME, edit_ops.copy_clip(self.doc.graph, ids).encode())
            QtWidgets.QApplication.clipboard().setMimeData(mime)

    def paste(self, at: tuple[float, float] | None = None) -> None:
        mime = QtWidgets.QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(edit_ops.CLIP_MIME):
            return
        clip = bytes(mime.data(edit_ops.CLIP_MIME).data()).decode()
        offset = edit_ops.offset_to(clip, at) if at is not None else (40.0, 40.0)
        cmd, ids = edit_ops.paste_commands(self.doc.graph, self.registry, clip, offset=offset)
        if self.try_push(cmd):
            self.canvas.select(ids)

    def duplicate(self) -> None:
        ids = self.canvas.selected_ids()
        clip = edit_ops.copy_clip(self.doc.graph, ids)
        cmd, new = edit_ops.paste_commands(self.doc.graph, self.registry, clip)
        if self.try_push(cmd):
            self.canvas.select(new)

    def rename_node(self, nid: str) -> None:
        name, ok = QtWidgets.QInputDialog.getText(self, "Rename node", "New id:", text=nid)
        if ok and name.strip() and name.strip() != nid:
            self.try_push(RenameNode(nid, name.strip()))

    def arrange(self) -> None:
        self.try_push(layout.arrange_command(self.doc.graph))
        self.canvas.frame_all()

    def context_menu(self, target: str | Link | None,
                     scene_pos: tuple[float, float]) -> QtWidgets.QMenu:
        if isinstance(target, Link):
            return menus.link_menu(self, target)
        if isinstance(target, str) and target in self.doc.graph.nodes:
            return menus.node_menu(self, target)
        return menus.canvas_menu(self, scene_pos)

    def _context_menu(self, target: Any, scene_pos: tuple[float, float],
                      global_pos: QtCore.QPoint) -> None:
        self._menu = self.context_menu(target, scene_pos)
        self._menu.popup(global_pos)

    def group_selected(self) -> None:
        chosen = set(self.canvas.selected_ids())
        ids = [nid for nid in self.doc.graph.nodes if nid in chosen]
        if not ids:
            return
        groups = list(self.doc.graph.extra.get("backdrops", []))
        groups.append({"title": f"group {len(groups) + 1}", "nodes": ids})
        self.try_push(edit_ops.SetBackdrops(groups, "Group into backdrop"))

    def _selection_changed(self, ids: list[str]) -> None:
        nid = ids[0] if len(ids) == 1 else None
        self.props.show_node(self.doc.graph, nid)
        self.run.selection_changed(nid)

    def notify(self, text: str, *, error: bool = False) -> None:
        self.statusBar().showMessage(text, 8000)
        self.log.line(text, colour="#ff6b6b" if error else "#c9ced8")

    def open_settings(self) -> None:
        from studio.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.ws, self)
        if dialog.exec():
            self.budget.setValue(self.settings.budget_usd)
            if self.run.controller.running:
                self.notify("The engine setting applies from the next run")
                self.run.engine_pending = True
            else:
                self.run.use_engine()
