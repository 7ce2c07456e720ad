"""The review store: items waiting for a human decision, kept in the run store's SQLite file.

An item is keyed by (graph path, node id, sha256 of the media), so a decision
survives re-runs: approve once, and every later run of the same graph with the
same media passes the gate. Every decision is also appended to a log with who
made it, when and why.

Used by ``gate.review`` (records items, reads decisions), ``mvstudio review``
(lists and decides) and the studio's review panel (same API).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from nodes.runs import RunStore

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"

SCHEMA = """
CREATE TABLE IF NOT EXISTS review_items (
  item_key TEXT PRIMARY KEY, graph TEXT NOT NULL, node_id TEXT NOT NULL,
  media_key TEXT NOT NULL, media_path TEXT NOT NULL, run_id TEXT NOT NULL,
  qc TEXT NOT NULL, status TEXT NOT NULL, decided_by TEXT, decided_at REAL, note TEXT,
  created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS review_items_run ON review_items (run_id);
CREATE TABLE IF NOT EXISTS review_decisions (
  item_key TEXT NOT NULL, status TEXT NOT NULL, decided_by TEXT NOT NULL,
  decided_at REAL NOT NULL, note TEXT NOT NULL, run_id TEXT);
"""
_COLUMNS = ("item_key", "graph", "node_id", "media_key", "media_path", "run_id", "qc",
            "status", "decided_by", "decided_at", "note", "created_at", "updated_at")


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One piece of media waiting for (or having had) a human decision."""

    item_key: str
    graph: str
    node_id: str
    media_key: str
    media_path: str
    run_id: str  # the latest run that asked for this decision
    qc: dict[str, Any] = field(default_factory=dict)
    status: str = PENDING
    decided_by: str | None = None
    decided_at: float | None = None
    note: str = ""
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def qc_score(self) -> float | None:
        score = self.qc.get("score")
        return float(score) if isinstance(score, (int, float)) else None

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _COLUMNS}


@dataclass(frozen=True, slots=True)
class ReviewDecision:
    """What a reviewer (the GUI's ``review_waiter``) answers."""

    approved: bool
    note: str = ""
    who: str = ""


def item_key(graph: str, node_id: str, media_key: str) -> str:
    return hashlib.sha256(f"{graph}\0{node_id}\0{media_key}".encode()).hexdigest()


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (containers, odd CI)
        return "unknown"


class ReviewStore:
    """Review items and decisions in the run store's database (tables created on first use)."""

    def __init__(self, runs: RunStore) -> None:
        self.runs = runs
        runs.execute_script(SCHEMA)

    def _row(self, row: tuple[Any, ...]) -> ReviewItem:
        data = dict(zip(_COLUMNS, row, strict=True))
        data["qc"] = json.loads(data["qc"] or "{}")
        data["note"] = data["note"] or ""
        return ReviewItem(**data)

    def get(self, key: str) -> ReviewItem | None:
        rows = self.runs.query(f"SELECT {', '.join(_COLUMNS)} FROM review_items "
                               "WHERE item_key=?", (key,))
        return self._row(rows[0]) if rows else None

    def ask(self, *, graph: str, node_id: str, media_key: str, media_path: str, run_id: str,
            qc: dict[str, Any] | None = None) -> ReviewItem:
        """The item for this media at this gate, created pending if new.

        An existing item keeps its decision; its run id, path and QC are refreshed
        so ``mvstudio review LATEST_RUN`` finds it.
        """
        key = item_key(graph, node_id, media_key)
        now = time.time()
        qc_json = json.dumps(qc or {}, default=str)
        self.runs.query(
            "INSERT INTO review_items (item_key, graph, node_id, media_key, media_path, run_id, "
            "qc, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(item_key) DO UPDATE SET run_id=excluded.run_id, "
            "media_path=excluded.media_path, qc=excluded.qc, updated_at=excluded.updated_at",
            (key, graph, node_id, media_key, media_path, run_id, qc_json, PENDING, now, now))
        item = self.get(key)
        assert item is not None
        return item

    def decide(self, key: str, *, approved: bool, note: str = "", who: str | None = None
               ) -> ReviewItem:
        """Record a decision (a later decision replaces an earlier one; both are logged)."""
        item = self.get(key)
        if item is None:
            raise KeyError(key)
        status = APPROVED if approved else REJECTED
        who = who or current_user()
        now = time.time()
        self.runs.query("UPDATE review_items SET status=?, decided_by=?, decided_at=?, note=?, "
                        "updated_at=? WHERE item_key=?", (status, who, now, note, now, key))
        self.runs.query("INSERT INTO review_decisions (item_key, status, decided_by, "
                        "decided_at, note, run_id) VALUES (?,?,?,?,?,?)",
                        (key, status, who, now, note, item.run_id))
        decided = self.get(key)
        assert decided is not None
        return decided

    def items(self, *, run_id: str | None = None, node_id: str | None = None,
              status: str | None = None) -> list[ReviewItem]:
        where, args = [], []
        for column, value in (("run_id", run_id), ("node_id", node_id), ("status", status)):
            if value is not None:
                where.append(f"{column}=?")
                args.append(value)
        sql = (f"SELECT {', '.join(_COLUMNS)} FROM review_items"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY created_at")
        return [self._row(r) for r in self.runs.query(sql, tuple(args))]

    def history(self, key: str) -> list[dict[str, Any]]:
        rows = self.runs.query("SELECT status, decided_by, decided_at, note, run_id FROM "
                               "review_decisions WHERE item_key=? ORDER BY decided_at", (key,))
        return [dict(zip(("status", "decided_by", "decided_at", "note", "run_id"), r,
                         strict=True)) for r in rows]
