"""The review panel: items waiting at ``gate.review`` nodes, approve or reject with a note.

A run in the studio does not stop at a review gate: the executor gets
``services["review_waiter"]`` (see :mod:`studio.gui.run_glue`), which parks the
``ReviewItem`` here and answers the gate with a ``ReviewDecision`` (the gate
records it). Items left pending by a CLI run are listed from the engine's
``nodes.review.ReviewStore`` and decided there directly.
"""

from __future__ import annotations

import asyncio
import getpass
from dataclasses import dataclass
from typing import Any

from nodes.workspace import Workspace
from studio.gui.qt import QtCore, QtGui, QtWidgets
from studio.gui.thumbnails import make_thumbnail


@dataclass(frozen=True, slots=True)
class LocalDecision:
    """Used only when the engine's review module is not installed."""

    approved: bool
    note: str = ""
    who: str = ""


def _key(item: Any) -> str:
    return str(getattr(item, "item_key", "") or f"{item.run_id}:{item.node_id}")


def _reasons(item: Any) -> list[str]:
    qc = getattr(item, "qc", None)
    return list(qc.get("reasons", []) if isinstance(qc, dict) else getattr(item, "reasons", []))


def _media(item: Any) -> list[str]:
    key = getattr(item, "media_key", None)
    return [key] if key else list(getattr(item, "media", []) or [])


class ReviewPanel(QtWidgets.QWidget):
    decided = QtCore.Signal(str, bool)  # node id, approved

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self._store: Any = None
        self.items: dict[str, Any] = {}
        self.waiting: dict[str, asyncio.Future[Any]] = {}
        self.list = QtWidgets.QListWidget()
        self.media = QtWidgets.QLabel()
        self.media.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.media.setMinimumHeight(120)
        self.details = QtWidgets.QLabel("Nothing waiting for review.")
        self.details.setWordWrap(True)
        self.details.setObjectName("dim")
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText("Note (why approve or reject)")
        self.approve = QtWidgets.QPushButton("Approve")
        self.approve.setObjectName("primary")
        self.reject = QtWidgets.QPushButton("Reject")
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.reject)
        buttons.addWidget(self.approve)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.media)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self.approve.clicked.connect(lambda: self.decide_current(True))
        self.reject.clicked.connect(lambda: self.decide_current(False))
        self._show_current()

    def store(self) -> Any:
        """The engine's ReviewStore, imported lazily (None if not installed)."""
        if self._store is None:
            try:
                from nodes.review import ReviewStore
            except ImportError:
                return None
            self._store = ReviewStore(self.ws.runs)
        return self._store

    def refresh(self) -> None:
        store = self.store()
        if store is not None:
            for item in store.items(status="pending"):
                self.items.setdefault(_key(item), item)
        self._rebuild()

    def _rebuild(self) -> None:
        self.list.clear()
        for key, item in self.items.items():
            score = getattr(item, "qc_score", None)
            text = f"{item.node_id}  ·  run {item.run_id}"
            if score is not None:
                text += f"  ·  QC {float(score):.2f}"
            row = QtWidgets.QListWidgetItem(text)
            row.setData(QtCore.Qt.ItemDataRole.UserRole, key)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current(self) -> Any:
        row = self.list.currentItem()
        return self.items.get(row.data(QtCore.Qt.ItemDataRole.UserRole)) if row else None

    def _show_current(self) -> None:
        item = self.current()
        for w in (self.approve, self.reject, self.note):
            w.setEnabled(item is not None)
        if item is None:
            self.details.setText("Nothing waiting for review.")
            self.media.clear()
            return
        reasons = _reasons(item)
        score = getattr(item, "qc_score", None)
        self.details.setText(
            f"<b>{item.node_id}</b> (run {item.run_id})<br>"
            f"QC score: {'n/a' if score is None else f'{float(score):.2f}'}<br>"
            + "<br>".join(f"• {r}" for r in reasons))
        self._show_media(_media(item))

    def _show_media(self, keys: list[str]) -> None:
        self.media.clear()
        for key in keys[:1]:
            art = self.ws.artifacts.get(key)
            if art is not None and art.kind in ("image", "video"):
                image = make_thumbnail(art.path, art.kind, None, art.key)
                self.media.setPixmap(QtGui.QPixmap.fromImage(image).scaledToHeight(
                    120, QtCore.Qt.TransformationMode.SmoothTransformation))

    async def wait_for(self, item: Any) -> Any:
        """Park ``item`` until a person decides; returns the engine's Decision."""
        key = _key(item)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.items[key] = item
        self.waiting[key] = future
        self._rebuild()
        try:
            return await future
        finally:
            self.waiting.pop(key, None)

    def decide_current(self, approve: bool) -> None:
        item = self.current()
        if item is None:
            return
        self.decide(item, approve=approve, note=self.note.text().strip())

    def decide(self, item: Any, *, approve: bool, note: str) -> Any:
        """A waiting run gets the decision (its gate records it); others are recorded here."""
        who = _user()
        key = _key(item)
        future = self.waiting.get(key)
        decision = _decision(approve, note, who)
        if future is not None and not future.done():
            future.set_result(decision)
        elif (store := self.store()) is not None:
            decision = store.decide(key, approved=approve, note=note, who=who)
        self.items.pop(key, None)
        self.note.clear()
        self._rebuild()
        self.decided.emit(str(item.node_id), approve)
        return decision


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _decision(approve: bool, note: str, who: str) -> Any:
    try:
        from nodes.review import ReviewDecision
    except ImportError:
        return LocalDecision(approve, note, who)
    return ReviewDecision(approved=approve, note=note, who=who)
