"""Runs seen in the window: badges, status bar, thumbnails, timeline data, review waits.

On open and after edits, each node's badge and thumbnail come from the result
cache for its *current* cache key (:mod:`studio.gui.truth`), so cached results
survive restarts without running anything, and nothing stale is shown as cached.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nodes import events as ev
from nodes.cache import Artifact
from nodes.document import dumps, loads
from nodes.engine import Engine
from nodes.executor import RunResult
from nodes.graph import GraphChanged
from nodes.run_request import make_request
from nodes.states import RunKind
from studio.gui.qt import QtCore, QtWidgets
from studio.gui.run_panel import MODES, RunController, RunTracker
from studio.gui.shot_track import load_shots
from studio.gui.thumbnails import ThumbnailCache
from studio.gui.truth import Truth

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow

# The undo labels of the timeline's Tempo menu, by the analysis param it sets.
_TEMPO_MENU_LABELS: dict[str, Any] = {
    "bpm_hint": lambda hint: f"Tempo {hint:g} BPM" if hint > 0 else "Automatic tempo",
    "shift_half_beat": lambda on: "Beats half a beat later" if on else "Beats as found",
    "beats_per_bar": lambda n: f"Bars of {n} beats" if n > 0 else "Automatic bars",
    "bar_shift": lambda k: _bar_shift_label(k),
    "beat_shift": lambda f: _beat_shift_label(f),
}


def _beat_shift_label(fraction: float) -> str:
    from audio_sync.types import beat_shift_text

    return beat_shift_text(fraction).capitalize()


def _bar_shift_label(shift: int) -> str:
    from audio_sync.types import bar_shift_text

    return bar_shift_text(shift).capitalize()


class RunGlue(QtCore.QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.tracker = RunTracker()
        self.thumbs = ThumbnailCache(win.ws.root / "thumbs")
        self.tasks: set[asyncio.Task[Any]] = set()
        self.artifacts: dict[str, list[str]] = {}
        self._thumbnailed: dict[str, str] = {}  # node id -> artifact key on its thumbnail
        self.truth = Truth(self)
        self.preview_node: str | None = None
        self._opened = 0  # documents opened in this window (document_opened)
        self.allow_compute = True  # False in --screenshot: only cached results are shown
        self.timeline_node: str | None = None
        self._timeline_loads = 0  # counts timeline loads; only the newest one is shown
        self.estimate_only = False
        self.engine_pending = False  # the engine setting changed during a run
        self.controller = RunController(win.ws, win.registry, options=win.settings.run_options,
                                        services={"review_waiter": self.review_waiter})
        self.controller.event.connect(self.on_event)
        self.controller.finished.connect(self.on_finished)
        self.controller.crashed.connect(lambda m: win.notify(f"Run crashed: {m}", error=True))
        self._status_labels()
        self.use_engine()
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.update_status)
        self._timeline_timer = QtCore.QTimer(self)
        self._timeline_timer.setSingleShot(True)
        self._timeline_timer.setInterval(300)
        self._timeline_timer.timeout.connect(lambda: self.load_timeline(self.timeline_node))

    def use_engine(self, mode: str | None = None) -> str:
        """Where runs execute: ``process`` (default) or ``inline`` (see
        :mod:`studio.gui.run_panel`); ``None`` takes the settings' ``engine`` key, and a
        value this studio no longer knows (``thread``, dropped) means ``process``. A
        registry with node types the engine process lacks runs inline. Only between runs.
        """
        if mode is None:
            mode = str(self.win.settings.get("engine") or "process")
            if mode not in MODES:
                mode = "process"
        if mode == "process" and (extra := self.controller.unknown_to_worker()):
            self.win.log.line(f"runs execute in the studio process: node types "
                              f"{', '.join(extra)} are not installed for the engine process",
                              colour="#c7a65a")
            mode = "inline"
        self.controller.set_mode(mode)
        return mode

    def _status_labels(self) -> None:
        bar = self.win.statusBar()
        self.l_nodes = QtWidgets.QLabel("idle")
        self.l_time = QtWidgets.QLabel("")
        self.l_cost = QtWidgets.QLabel("spent $0.000")
        for label in (self.l_nodes, self.l_time, self.l_cost):
            bar.addPermanentWidget(label)

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def settle(self) -> None:
        """Wait for thumbnails and timeline loads in flight (screenshots, tests)."""
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    # -- starting ------------------------------------------------------------------------
    def start(self, targets: set[str] | None, *, dry_run: bool = False,
              no_cache: bool = False) -> Any:
        if self.controller.running:
            self.win.notify("A run is already in progress")
            return None
        self.win.canvas.clear_states()
        self.estimate_only = dry_run
        budget = self.win.budget.value()
        task = self.controller.start(self.win.doc.graph, graph_path=self.win.doc.path,
                                     targets=targets, budget_usd=budget, dry_run=dry_run,
                                     no_cache=no_cache)
        self.timer.start()
        self.win.a_run.setEnabled(False)
        self.win.a_cancel.setEnabled(True)
        return task

    def start_selected(self) -> Any:
        ids = set(self.win.canvas.selected_ids())
        if not ids:
            self.win.notify("Select the node(s) to run up to")
            return None
        return self.start(ids)

    def estimate(self) -> Any:
        return self.start(None, dry_run=True)

    def cancel(self) -> None:
        if self.controller.running:
            self.controller.cancel()
            self.win.notify("Cancelling…")

    # -- events ------------------------------------------------------------------------
    def on_event(self, event: ev.Event) -> None:
        st = self.tracker.apply(event)
        if not isinstance(event, ev.NodeProgress):
            self.win.log.log_event(event)
        node_id = getattr(event, "node_id", None)
        if st is None or node_id is None:
            return
        tip = st.message
        text = st.message if st.state in ("failed", "running") else ""  # the badge elides
        badge = self.win.canvas.badges.get(node_id)
        if badge is not None:
            badge.set_state(st.state, text, tip, st.fraction if st.state == "running" else None)
        if isinstance(event, ev.NodeFinished):
            if event.cost_usd:
                self.win.canvas.set_cost(node_id, event.cost_usd)
            self.show_artifacts(node_id, list(event.artifacts))

    def on_finished(self, result: RunResult | None) -> None:
        self.timer.stop()
        if self.engine_pending:  # once the run's task is done, not inside it
            self.engine_pending = False
            QtCore.QTimer.singleShot(0, self.use_engine)
        self.win.a_run.setEnabled(True)
        self.update_status()
        if not self.estimate_only:
            self.truth.after_run(result)
        if result is None:
            self.l_nodes.setText("cancelled")
            return
        if self.estimate_only:
            self.tracker.estimated_usd = result.estimated_cost_usd
            for nid, rep in result.nodes.items():
                if rep.estimated_cost_usd:
                    self.win.canvas.set_cost(nid, rep.estimated_cost_usd, estimated=True)
            self.win.notify(f"Estimated cost of uncached paid jobs: "
                            f"${result.estimated_cost_usd:.3f}")
            self.update_status()
            return
        for nid, rep in result.nodes.items():
            if rep.artifacts:
                self.show_artifacts(nid, rep.artifacts)
        self._after_run(result)

    def _after_run(self, result: RunResult) -> None:
        for nid in result.nodes:
            node = self.win.doc.graph.nodes.get(nid)
            if node is not None and node.type_id == "out.render" and self.artifacts.get(nid):
                self.open_in_preview(nid)
        if self.timeline_node is None:
            self.timeline_node = self._default_timeline_node()
        if self.timeline_node in result.outputs:
            self.load_timeline(self.timeline_node)

    def update_status(self) -> None:
        t = self.tracker
        if t.total:
            self.l_nodes.setText(f"{t.finished_count} of {t.total} nodes"
                                 + (f" · {t.status}" if t.status not in ("", "running") else ""))
        if self.controller.started_at is not None:
            secs = time.perf_counter() - self.controller.started_at
            if self.controller.running or secs < 1e6:
                self.l_time.setText(f"{int(secs // 60):02d}:{secs % 60:04.1f}"
                                    if self.controller.running else self.l_time.text())
        est = f" / est ${t.estimated_usd:.3f}" if t.estimated_usd is not None else ""
        self.l_cost.setText(f"spent ${t.spent_usd:.3f}{est}")

    # -- artifacts, thumbnails, preview ------------------------------------------------
    def show_artifacts(self, nid: str, keys: list[str]) -> None:
        changed = self.artifacts.get(nid) != keys
        self.artifacts[nid] = keys
        if changed and nid == self.preview_node:
            self.open_in_preview(nid)  # the preview follows a rerun
        if keys and self._thumbnailed.get(nid) == keys[0] and nid in self.win.canvas.thumbs:
            return  # already shown (NodeFinished, then the run's result again)
        arts = [a for k in keys[:1] if (a := self.win.ws.artifacts.get(k)) is not None]
        if arts and arts[0].kind in ("image", "video"):
            self._thumbnailed[nid] = arts[0].key
            self.spawn(self._thumb(nid, arts[0]))

    async def _thumb(self, nid: str, art: Artifact) -> None:
        image = await self.thumbs.get(art)
        if image is not None:
            self.win.canvas.set_thumbnail(nid, image)

    def open_in_preview(self, nid: str) -> None:
        keys = self.artifacts.get(nid, [])
        arts = [a for k in keys if (a := self.win.ws.artifacts.get(k)) is not None]
        if len(arts) > 1:  # a list output: the gallery
            self.preview_node = nid
            self.win.preview.show_list(nid, arts, self.thumbs)
            return
        if arts and arts[0].kind == "audio":
            self.preview_node = nid
            self.win.preview.show_single()
            self.win.preview.show_artifact(arts[0], title=nid)
            return
        for key in keys:
            art = self.win.ws.artifacts.get(key)
            if art is not None and art.kind in ("image", "video"):
                self.preview_node = nid
                self.spawn(self._preview(nid, art))
                return

    async def _preview(self, nid: str, art: Artifact) -> None:
        self.win.preview.show_single()
        poster = await self.thumbs.get(art) if art.kind == "video" else None
        self.win.preview.show_artifact(art, title=nid, poster=poster)

    # -- restoring the last known state ------------------------------------------------
    def document_opened(self) -> None:
        self.artifacts.clear()
        self._thumbnailed.clear()
        self.preview_node = None
        self.truth.generation += 1
        self.truth.known = {}
        self._opened += 1
        self.spawn(self._restore(self._opened))
        self.timeline_node = self._default_timeline_node()
        if self.timeline_node and self.allow_compute:
            self.load_timeline(self.timeline_node)
        else:
            self.win.timeline.clear()

    async def _restore(self, opened: int) -> None:
        """Badges, thumbnails, preview and timeline from what is cached for the graph's
        current keys (never from another version's run history). ``opened`` counts documents:
        the window's empty start document's restore, still pending when a file opens, reported
        the file a second time."""
        await self.truth.refresh()
        if opened != self._opened:
            return  # another document was opened meanwhile; its own restore reports
        self._report_restored()
        graph = self.win.doc.graph
        for nid, node in graph.nodes.items():
            if node.type_id == "out.render" and self.artifacts.get(nid):
                self.open_in_preview(nid)
        cached = set(self.truth.cached_ids())
        if not self.allow_compute and self.timeline_node in cached:
            self.load_timeline(self.timeline_node)

    def _report_restored(self) -> None:
        graph = self.win.doc.graph
        if self.win.doc.path is None and not graph.nodes:
            self.l_nodes.setText("idle")
            return
        placeholders = [nid for nid, n in graph.nodes.items() if n.is_placeholder]
        known = [nid for nid in self.truth.cached_ids() if nid in graph.nodes]
        text = f"opened {self.win.doc.title}: {len(graph.nodes)} nodes"
        if known:
            text += (f"; {len(known)} have a cached result for their current settings "
                     "(rerunning those is free)")
            self.l_nodes.setText(f"{len(known)} of {len(graph.nodes)} nodes cached")
        else:
            self.l_nodes.setText(f"{len(graph.nodes)} nodes")
        if placeholders:
            text += f"; unknown node types kept as placeholders: {', '.join(placeholders)}"
        self.win.log.line(text, colour="#7fb3ff")

    # -- timeline ----------------------------------------------------------------------
    def _default_timeline_node(self) -> str | None:
        graph = self.win.doc.graph
        return next((nid for nid, n in graph.nodes.items() if n.type_id == "audio.cut_plan"),
                    None)

    def selection_changed(self, nid: str | None) -> None:
        node = self.win.doc.graph.nodes.get(nid or "")
        if node is not None and node.type_id == "audio.cut_plan" and nid != self.timeline_node:
            self.timeline_node = nid
            self.load_timeline(nid)

    def graph_changed(self, change: GraphChanged) -> None:
        self.truth.edited(change)
        if change.what != "param_changed" or self.timeline_node is None:
            return
        if change.node_id == self.timeline_node:
            self._timeline_timer.start()
        elif change.node_id == self._timeline_analysis():  # e.g. a tempo chosen, or undone
            self.win.timeline.reanalysing()
            self._timeline_timer.start()

    def _timeline_analysis(self) -> str | None:
        """The node whose beats the shown cut plan reads (its analysis), if linked."""
        link = self.win.doc.graph.link_into(self.timeline_node or "", "beats")
        return link.src_node if link is not None else None

    def load_timeline(self, cut_id: str | None) -> None:
        self._timeline_loads += 1  # a load still in flight shows an older graph: dropped
        if cut_id is None or cut_id not in self.win.doc.graph.nodes:
            self.win.timeline.clear()
            return
        self.spawn(self._load_timeline(cut_id, self._timeline_loads))

    async def _load_timeline(self, cut_id: str, load: int = 0) -> None:
        from studio.gui.timeline_data import TimelineData
        from studio.gui.timeline_view import waveform_peaks

        def stale() -> bool:
            return bool(load) and load != self._timeline_loads

        graph = loads(dumps(self.win.doc.graph), self.win.registry).graph
        beats_link = graph.link_into(cut_id, "beats")
        audio_link = graph.link_into(beats_link.src_node, "audio") if beats_link else None
        if beats_link is None or audio_link is None:
            self.win.timeline.clear("Connect a song to the beat analysis to see the timeline.")
            return
        result = await self.preview(graph, targets={cut_id})
        if stale():
            return
        outs = result.outputs if result is not None else {}
        if cut_id not in outs or beats_link.src_node not in outs:
            why = (result.error if result is not None else None) or "the analysis failed"
            self.win.timeline.clear(f"No timeline: {why}")
            return
        audio = outs[audio_link.src_node][audio_link.src_port]
        peaks = await asyncio.to_thread(waveform_peaks, Path(audio.path), 2400)
        if stale():
            return
        analysis = graph.nodes[beats_link.src_node]
        tempo_node = analysis.type_id == "audio.analyze" and not analysis.is_placeholder
        data = TimelineData.from_values(
            node_id=cut_id, beats=outs[beats_link.src_node]["beats"], plan=outs[cut_id]["plan"],
            peaks=peaks, params=graph.nodes[cut_id].params,
            analyze_id=analysis.id if tempo_node else "",
            bpm_hint=float(analysis.params.get("bpm_hint") or 0.0) if tempo_node else None)
        self.win.timeline.set_data(data)
        if audio_link.src_node not in self.artifacts:
            self.artifacts[audio_link.src_node] = [audio.key]
        self.win.preview.set_audio_fallback(audio)
        await load_shots(self, graph, cut_id)

    async def preview(self, graph: Any, *, targets: set[str]) -> RunResult | None:
        """Compute what a view shows (no badges): a ``preview`` run, which ``mvstudio runs``
        does not list, in whichever engine runs execute."""
        request = make_request(graph, graph_path=self.win.doc.path, targets=targets,
                               limits=self.controller.options().limits, kind=RunKind.PREVIEW)
        return await self.engine().run(request)

    def engine(self) -> Engine:
        """The engine runs execute in: the engine process, or this interpreter."""
        return self.controller.engine()

    def timeline_edit(self, node_id: str, params: dict[str, Any]) -> None:
        from nodes.commands import Macro, SetParam

        if params and all(name in _TEMPO_MENU_LABELS for name in params):
            # a menu entry or the taps: named by what they turn on (a hint, a shift), else the first
            named = [k for k, v in params.items() if v] or list(params)[:1]
            label = ", ".join(_TEMPO_MENU_LABELS[k](params[k]) for k in named)
            steps = [SetParam(node_id, k, v, label=label) for k, v in params.items()]
            self.win.try_push(steps[0] if len(steps) == 1 else Macro(steps, label))
            return
        cmds: list[Any] = [SetParam(node_id, k, v) for k, v in params.items()]
        self.win.try_push(cmds[0] if len(cmds) == 1 else Macro(cmds, "Edit cuts"))

    # -- review ------------------------------------------------------------------------
    async def review_waiter(self, item: Any) -> Any:
        """The run waits here until a person approves or rejects in the Review panel."""
        self.win.canvas.set_state(item.node_id, "review", "", "waiting for your review")
        self.win.d_review.raise_()
        qc = getattr(item, "qc", {}) or {}
        score = f" · QC score {qc['score']}" if "score" in qc else ""
        reasons = f": {'; '.join(map(str, qc['reasons']))}" if qc.get("reasons") else ""
        self.win.log.line(f"needs review{score}{reasons} (see the Review panel)",
                          node_id=item.node_id, colour="#e0b050")
        decision = await self.win.review.wait_for(item)
        self.win.canvas.set_state(item.node_id, "running", "", "review decided")
        return decision

