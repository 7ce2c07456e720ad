"""The main window's file actions: open, save, recent files, recovery, templates, drops.

A mixin of :class:`studio.gui.main_window.MainWindow` (kept apart so each module stays
readable); it uses the window's document, registry, workspace and ``notify``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nodes.errors import GraphFileError
from nodes.graph import Graph
from studio.cli_commands import VIDEO_SUFFIXES, graph_from_video
from studio.gui import edit_ops, templates
from studio.gui.files import Document, find_recovery, load_recovery
from studio.gui.qt import QtGui, QtWidgets


class FileActions:
    doc: Document
    registry: Any
    ws: Any
    recent: Any
    props: Any

    def open_path(self, path: Path) -> bool:
        if path.suffix.lower() in VIDEO_SUFFIXES:  # an mvstudio render: open its graph
            from studio.cli import CliError

            try:
                path = Path(graph_from_video(str(path)))
            except CliError as exc:
                self.notify(str(exc), error=True)
                return False
        try:
            doc = Document.open(path, self.registry, workspace_root=self.ws.root)
        except GraphFileError as exc:
            self.notify(str(exc), error=True)
            return False
        rec = find_recovery(self.ws.root, doc.path)
        if rec is not None and self.ask(
                "Recover unsaved changes?",
                f"{path.name} has unsaved changes from a session that did not close cleanly. "
                "Restore them?"):
            doc = Document(load_recovery(rec, self.registry), path, workspace_root=self.ws.root)
            doc.stack.push(QtGui.QUndoCommand("Recovered changes"))  # marks the doc dirty
        elif rec is not None:
            rec.path.unlink(missing_ok=True)
        self.set_document(doc)
        self.recent.add(path)
        return True

    def offer_untitled_recovery(self) -> bool:
        """At startup without a file: restore an unsaved graph from a crashed session."""
        rec = find_recovery(self.ws.root, None)
        if rec is None or not self.ask("Recover unsaved graph?",
                                       "An unsaved graph from a session that did not close "
                                       "cleanly was found. Restore it?"):
            return False
        doc = Document(load_recovery(rec, self.registry), None, workspace_root=self.ws.root)
        doc.stack.push(QtGui.QUndoCommand("Recovered changes"))  # unsaved: marks it dirty
        self.set_document(doc)
        return True

    def confirm_discard(self) -> bool:
        if not self.doc.dirty:
            return True
        return self.ask("Unsaved changes", f"{self.doc.title} has unsaved changes. "
                                           "Discard them?")

    def file_new(self) -> None:
        if self.confirm_discard():
            self.doc.discard_recovery()
            self.set_document(Document(Graph(), None, workspace_root=self.ws.root))

    def new_from_template(self, path: Path) -> bool:
        """An untitled copy of a template graph: saving asks for a new name."""
        if not self.confirm_discard():
            return False
        try:
            graph = templates.load_template(path, self.registry)
        except (GraphFileError, templates.TemplateError) as exc:
            self.notify(f"Template not opened: {exc}", error=True)
            return False
        self.doc.discard_recovery()
        doc = Document(graph, None, workspace_root=self.ws.root)
        self.set_document(doc)
        self.notify(f"New graph from the template {path.stem}: Save As to keep it")
        return True

    def file_open(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Open graph", "",
                                                        "mvstudio graphs (*.mvgraph)")
        if path:
            self.open_path(Path(path))

    def file_save(self) -> bool:
        if self.doc.path is None:
            return self.file_save_as()
        return self._save(None)

    def file_save_as(self) -> bool:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Save graph as",
                                                        str(self.save_as_start()),
                                                        "mvstudio graphs (*.mvgraph)")
        return self._save(Path(path)) if path else False

    def save_as_start(self) -> Path:
        """Save As starts in the graph's own folder (or the last one used), not the cwd."""
        if self.doc.path is not None:
            return self.doc.path
        recent = self.recent.list()
        folder = recent[0].parent if recent else Path.home()
        return folder / self.doc.title

    def _save(self, path: Path | None) -> bool:
        try:
            self.doc.save(path)
        except (GraphFileError, OSError, ValueError) as exc:
            self.notify(f"Not saved: {exc}", error=True)
            return False
        self.props.base_dir = self.doc.path.parent if self.doc.path else None
        if self.doc.path is not None:
            self.recent.add(self.doc.path)
        self._update_title()
        self.notify(f"Saved {self.doc.path}")
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent.list():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _=False, p=path: self.confirm_discard()
                                  and self.open_path(p))

    def files_dropped(self, paths: list[str], pos: tuple[float, float]) -> None:
        """A dropped graph opens (only one, and only after asking about unsaved changes);
        media files become input nodes; anything else is named and refused."""
        graphs = [Path(p) for p in paths if self.opens_as_graph(Path(p))]
        if graphs:
            if len(graphs) > 1 or len(paths) > 1:
                self.notify("Drop one graph at a time (its media files are referenced "
                            "from inside it)", error=True)
                return
            if self.confirm_discard():
                self.open_path(graphs[0])
            return
        base = self.doc.path.parent if self.doc.path else None
        cmd, refused = edit_ops.drop_commands(self.doc.graph, self.registry,
                                              [Path(p) for p in paths], pos, base)
        self.try_push(cmd)
        if refused:
            self.notify(f"Not a graph or a media file mvstudio reads: {', '.join(refused)} "
                        "(nothing was changed)", error=True)

    @staticmethod
    def opens_as_graph(path: Path) -> bool:
        """Files that open as a document when dropped: a graph, or an mvstudio render that
        carries its graph (any other video becomes an input node)."""
        if path.suffix.lower() == ".mvgraph":
            return True
        if path.suffix.lower() not in VIDEO_SUFFIXES:
            return False
        from render.errors import MediaProbeError
        from render.metadata import read_embedded_graph

        try:
            return read_embedded_graph(path) is not None
        except MediaProbeError:
            return False

