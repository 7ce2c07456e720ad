"""Badges and thumbnails that tell the truth about the graph as it is now.

A badge says "cached" only when the node's *current* cache key has a result
(see :mod:`studio.gui.result_probe`); an edit that changes a key turns the
result below it "stale" at once (its thumbnail dims) until the probe, run in a
worker thread a moment after the last edit, says what is really cached. After
a run every node gets its final state: no node is left "queued".
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from nodes.document import dumps, loads
from nodes.executor import RunResult
from nodes.graph import GraphChanged
from studio.gui.qt import QtCore
from studio.gui.result_probe import Known, probe

if TYPE_CHECKING:
    from studio.gui.run_glue import RunGlue

FINAL = {"succeeded": "done", "cached": "cached", "failed": "failed", "skipped": "skipped",
         "cancelled": "cancelled", "stopped": "cancelled", "estimated": "estimated"}
CACHED_TIP = "A result for these exact settings and inputs is in the cache: rerunning is free"
STALE_TIP = "Settings or inputs changed since this result was made: run to update it"
_EDITS = ("param_changed", "link_added", "link_removed", "node_removed", "node_added",
          "node_renamed")


class Truth(QtCore.QObject):
    def __init__(self, glue: RunGlue) -> None:
        super().__init__(glue)
        self.glue = glue
        self.generation = 0  # bumped by every edit: a probe of an older graph is dropped
        self.known: dict[str, Known] = {}
        self.probes = 0
        self.edited_during_run = False
        self.timer = QtCore.QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)

    # -- probing -----------------------------------------------------------------------
    def refresh(self) -> asyncio.Task[Any]:
        win = self.glue.win
        snapshot = loads(dumps(win.doc.graph), win.registry).graph
        return self.glue.spawn(self._refresh(snapshot, self.generation, win.doc.path))

    async def _refresh(self, graph: Any, generation: int, path: Any) -> None:
        win = self.glue.win
        known = await asyncio.to_thread(probe, graph, registry=win.registry,
                                        cache_root=win.ws.root / "cache",
                                        artifacts=win.ws.artifacts, graph_path=path)
        if generation != self.generation or self.glue.controller.running:
            return  # the graph changed meanwhile (another probe follows) or a run owns it
        self.probes += 1
        self.apply(known)

    def apply(self, known: dict[str, Known]) -> None:
        canvas = self.glue.win.canvas
        self.known = known
        for nid, k in known.items():
            node = self.glue.win.doc.graph.nodes.get(nid)
            if node is None or node.is_placeholder or nid not in canvas.badges:
                continue
            if k.state == "cached":
                canvas.set_state(nid, "cached", "", CACHED_TIP)
                self.glue.show_artifacts(nid, list(k.artifacts))
                canvas.dim_thumbnail(nid, False)
            elif k.state == "failed":
                canvas.set_state(nid, "failed", k.error, k.error)
            elif self.glue.artifacts.get(nid):
                canvas.set_state(nid, "stale", "", STALE_TIP)
                canvas.dim_thumbnail(nid, True)
            else:
                canvas.set_state(nid, "", "", "")
                canvas.remove_thumbnail(nid)

    def cached_ids(self) -> list[str]:
        return [nid for nid, k in self.known.items() if k.state == "cached"]

    # -- edits and runs ----------------------------------------------------------------
    def edited(self, change: GraphChanged) -> None:
        if change.what not in _EDITS or change.node_id is None and change.what == "param_changed":
            return
        self.generation += 1
        if self.glue.controller.running:
            self.edited_during_run = True  # the run's results are for the old snapshot
            return
        if change.node_id and change.node_id in self.glue.win.doc.graph.nodes:
            self.mark_stale(change.node_id)
        elif change.link is not None:
            self.mark_stale(change.link.dst_node)
        self.timer.start()

    def mark_stale(self, nid: str) -> None:
        """At once, before the probe: ``nid`` and everything below it lose "cached"."""
        graph, canvas = self.glue.win.doc.graph, self.glue.win.canvas
        for below in _downstream(graph, nid):
            badge = canvas.badges.get(below)
            if badge is not None and badge.state in ("cached", "done"):
                canvas.set_state(below, "stale", "", STALE_TIP)
                canvas.dim_thumbnail(below, True)

    def after_run(self, result: RunResult | None) -> None:
        """Final states: the run's report for every node it touched; a cancelled or
        crashed run leaves nothing "queued" or "running"."""
        canvas = self.glue.win.canvas
        if result is not None:
            for nid, rep in result.nodes.items():
                state = FINAL.get(rep.status)
                if state is None:
                    continue
                badge = canvas.badges.get(nid)
                text = (rep.error or "") if state == "failed" else ""
                tip = rep.error or ("an input failed" if state == "skipped" else
                                    CACHED_TIP if state == "cached" else "")
                if badge is not None and not (state == "done" and badge.state == "review"):
                    canvas.set_state(nid, state, text, tip)
                if state in ("done", "cached"):
                    canvas.dim_thumbnail(nid, False)
                    self.known[nid] = Known("cached", tuple(rep.artifacts))
        for nid, badge in canvas.badges.items():
            if badge.state in ("queued", "running"):
                canvas.set_state(nid, "cancelled", "", "the run ended before this node ran")
        self.generation += 1
        if self.edited_during_run:  # what ran is not what is on the canvas now: re-check
            self.edited_during_run = False
            self.timer.start()


def _downstream(graph: Any, nid: str) -> set[str]:
    """``nid`` and every node fed by it, directly or not."""
    seen = {nid}
    stack = [nid]
    while stack:
        here = stack.pop()
        for lk in graph.links:
            if lk.src_node == here and lk.dst_node not in seen:
                seen.add(lk.dst_node)
                stack.append(lk.dst_node)
    return seen
