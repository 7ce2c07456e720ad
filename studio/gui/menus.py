"""Right-click menus on canvas, node and link; the View and Help menus.

Every entry goes through the window's own actions or commands, so the one
undo history (the document's) records it; NodeGraphQt's menus are not used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nodes.bypass import bypass_refusal
from nodes.commands import Disconnect, SetBypass, SetPinned
from nodes.graph import Link
from studio.gui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow

SHORTCUTS = [
    ("Tab", "Add a node where the cursor is"), ("Delete", "Delete the selected nodes"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo (one history for every edit)"),
    ("Ctrl+C / Ctrl+V / Ctrl+D", "Copy / paste / duplicate nodes"),
    ("Ctrl+G", "Group the selected nodes into a backdrop"),
    ("Ctrl+L", "Arrange (auto-layout) the graph"), ("F", "Frame all nodes"),
    ("Ctrl+= / Ctrl+- / Ctrl+0", "Zoom in / out / reset"),
    ("Ctrl+Return", "Run the graph"), ("Ctrl+Shift+Return", "Run up to the selected nodes"),
    ("Ctrl+.", "Cancel the run"),
    ("Timeline", "click: seek · drag a cut: move (snaps to beats; Shift: free) · "
                 "double-click: add a cut · right-click: remove · wheel: zoom"),
    ("T (timeline)", "Tap the beat while the song plays: the tempo and the beats follow your taps"),
    ("B (timeline)", "Tap each bar's first beat while the song plays: the bars follow your taps"),
]


def _item(menu: QtWidgets.QMenu, text: str, slot: Callable[[], Any], *,
          enabled: bool = True, tip: str = "") -> QtGui.QAction:
    act = menu.addAction(text)
    act.setEnabled(enabled)
    if tip:
        act.setToolTip(tip)
    act.triggered.connect(lambda _=False: slot())
    return act


def canvas_menu(win: MainWindow, scene_pos: tuple[float, float]) -> QtWidgets.QMenu:
    menu = QtWidgets.QMenu(win)
    _item(menu, "Add node here…", lambda: win.show_search(at=scene_pos))
    paste = menu.addAction(win.a_paste.text())
    paste.triggered.connect(lambda _=False: win.paste(at=scene_pos))
    menu.addSeparator()
    for act in (win.a_arrange, win.a_frame, win.a_run):
        menu.addAction(act)
    return menu


def node_menu(win: MainWindow, nid: str) -> QtWidgets.QMenu:
    """Acts on ``nid`` (selected first, so the window's actions see it)."""
    node = win.doc.graph.nodes[nid]
    if nid not in win.canvas.selected_ids():
        win.canvas.select([nid])
    menu = QtWidgets.QMenu(win)
    menu.addAction(win.a_dup)
    _item(menu, "Rename…", lambda: win.rename_node(nid))
    menu.addAction(win.a_delete)
    menu.addSeparator()
    _item(menu, "Run up to here", win.run.start_selected)
    result = artifact_paths(win, nid)
    _item(menu, "Open result", lambda: win.run.open_in_preview(nid), enabled=bool(result))
    _item(menu, "Show file", lambda: reveal(result[0]), enabled=bool(result),
          tip=str(result[0]) if result else "No result yet")
    pin = "Unpin result" if node.pinned else "Pin result (reuse it until regenerated)"
    _item(menu, pin, lambda: win.try_push(SetPinned(nid, not node.pinned)))
    _bypass_item(win, menu, nid)
    return menu


def _bypass_item(win: MainWindow, menu: QtWidgets.QMenu, nid: str) -> QtGui.QAction:
    """Checkable "Bypass"; a node whose outputs have no input to pass is refused (reason
    in the tooltip, and said in the status bar if triggered anyway)."""
    node = win.doc.graph.nodes[nid]
    act = _item(menu, "Un-bypass" if node.bypassed else "Bypass",
                lambda: win.try_push(SetBypass(nid, not node.bypassed, registry=win.registry)))
    act.setCheckable(True)
    act.setChecked(node.bypassed)
    spec = win.registry.get(node.type_id)
    reason = bypass_refusal(spec) if spec is not None and not node.bypassed else None
    act.setToolTip(f"Cannot bypass: {reason}" if reason else
                   "Skip this node: each output passes its first compatible input through")
    return act


def artifact_paths(win: MainWindow, nid: str) -> list[Path]:
    """Files of the node's current result (what its badge and thumbnail show)."""
    arts = [win.ws.artifacts.get(k) for k in win.run.artifacts.get(nid, [])]
    return [a.path for a in arts if a is not None]


def link_menu(win: MainWindow, link: Link) -> QtWidgets.QMenu:
    menu = QtWidgets.QMenu(win)
    _item(menu, f"Delete link {link.src_node}.{link.src_port} → "
                f"{link.dst_node}.{link.dst_port}",
          lambda: win.try_push(Disconnect(link)))
    return menu


def reveal(path: Path) -> None:
    """The folder holding ``path`` in the system's file browser."""
    QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path.parent)))


def build_view_menu(win: MainWindow) -> QtWidgets.QMenu:
    m = win.menuBar().addMenu("&View")
    for dock in win.docks():
        m.addAction(dock.toggleViewAction())  # a closed panel comes back from here
    m.addSeparator()
    m.addAction(win.a_reset_layout)
    m.addSeparator()
    for act in (win.a_zoom_in, win.a_zoom_out, win.a_zoom_reset, win.a_frame):
        m.addAction(act)
    return m


def build_help_menu(win: MainWindow) -> QtWidgets.QMenu:
    m = win.menuBar().addMenu("&Help")
    _item(m, "Keyboard shortcuts", lambda: show_shortcuts(win))
    docs = Path(__file__).resolve().parents[2] / "docs"
    _item(m, "Node catalog", lambda: QtGui.QDesktopServices.openUrl(
        QtCore.QUrl.fromLocalFile(str(docs / "node-catalog.md"))))
    _item(m, "File format", lambda: QtGui.QDesktopServices.openUrl(
        QtCore.QUrl.fromLocalFile(str(docs / "file-format.md"))))
    return m


def shortcuts_text() -> str:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in SHORTCUTS)
    return f"<table>{rows}</table>"


def show_shortcuts(win: MainWindow) -> QtWidgets.QMessageBox:
    box = QtWidgets.QMessageBox(win)
    box.setWindowTitle("Keyboard shortcuts")
    box.setTextFormat(QtCore.Qt.TextFormat.RichText)
    box.setText(shortcuts_text())
    box.setModal(False)
    box.show()
    return box
