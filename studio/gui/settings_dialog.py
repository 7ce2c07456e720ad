"""The settings dialog: provider keys and base URLs, concurrency, budget, cache."""

from __future__ import annotations

from nodes.workspace import Workspace
from studio.gui.qt import QtWidgets
from studio.gui.settings import PROVIDERS, StudioSettings

ENGINE_MODES = (
    ("process", "in a separate engine process (recommended: the window never waits)"),
    ("inline", "in the studio, on the window's event loop"),
)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n:.1f} TB"


class SettingsDialog(QtWidgets.QDialog):
    def __init__(self, settings: StudioSettings, ws: Workspace,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings, self.ws = settings, ws
        self.keys: dict[str, QtWidgets.QLineEdit] = {}
        self.urls: dict[str, QtWidgets.QLineEdit] = {}
        tabs = QtWidgets.QTabWidget()
        tabs.addTab(self._providers_tab(), "Providers")
        tabs.addTab(self._run_tab(), "Running")
        tabs.addTab(self._cache_tab(), "Cache")
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(620, 440)

    def _providers_tab(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(box)
        where = QtWidgets.QLabel(f"Keys are kept in {self.settings.secrets.where}, "
                                 "never in graph files.")
        where.setObjectName("dim")
        where.setWordWrap(True)
        form.addRow(where)
        urls = self.settings.get("base_urls", {})
        for name in PROVIDERS:
            key = QtWidgets.QLineEdit(self.settings.secrets.get(f"{name}.api_key") or "")
            key.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
            key.setPlaceholderText("API key (or set it in the environment)")
            url = QtWidgets.QLineEdit(urls.get(name, ""))
            url.setPlaceholderText("default base URL")
            self.keys[name], self.urls[name] = key, url
            form.addRow(f"{name} key", key)
            form.addRow(f"{name} URL", url)
        return box

    def _run_tab(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(box)
        limits = self.settings.get("limits", {})
        self.cpu = QtWidgets.QSpinBox()
        self.cpu.setRange(1, 64)
        self.cpu.setValue(int(limits.get("cpu", 2)))
        self.jobs = QtWidgets.QSpinBox()
        self.jobs.setRange(1, 256)
        self.jobs.setValue(int(limits.get("provider", 8)))
        self.budget = QtWidgets.QDoubleSpinBox()
        self.budget.setRange(0, 10000)
        self.budget.setValue(self.settings.budget_usd)
        form.addRow("CPU jobs at once", self.cpu)
        form.addRow("Provider jobs at once", self.jobs)
        form.addRow("Default budget ($)", self.budget)
        self.engine = QtWidgets.QComboBox()
        for mode, label in ENGINE_MODES:
            self.engine.addItem(label, mode)
        self.engine.setCurrentIndex(max(0, self.engine.findData(
            self.settings.get("engine") or "process")))
        form.addRow("Run graphs", self.engine)
        return box

    def _cache_tab(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(box)
        form.addRow("Location", QtWidgets.QLabel(str(self.ws.artifacts.root)))
        self.size_label = QtWidgets.QLabel(_size(self.ws.artifacts.size_bytes()))
        form.addRow("Size", self.size_label)
        clear = QtWidgets.QPushButton("Clear cache")
        clear.clicked.connect(self.clear_cache)
        form.addRow("", clear)
        return box

    def clear_cache(self) -> None:
        answer = QtWidgets.QMessageBox.question(
            self, "Clear cache", "Delete every cached result? Paid results will be paid again.")
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.ws.cache.clear()
            self.size_label.setText(_size(self.ws.artifacts.size_bytes()))

    def save(self) -> None:
        for name in PROVIDERS:
            self.settings.secrets.set(f"{name}.api_key", self.keys[name].text().strip() or None)
        self.settings.set("base_urls", {n: u.text().strip() for n, u in self.urls.items()
                                        if u.text().strip()})
        limits = dict(self.settings.get("limits", {}))
        limits.update({"cpu": self.cpu.value(), "provider": self.jobs.value()})
        self.settings.set("limits", limits)
        self.settings.set("default_budget_usd", self.budget.value())
        self.settings.set("engine", self.engine.currentData())
        self.settings.save()
        self.accept()
