"""The run store: SQLite (WAL) with runs, node states, provider jobs and events.

A provider job id is recorded *before* polling starts, keyed by the node's
cache key, so a crashed run resumes polling the same remote job instead of
paying for a second one.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nodes.events import Event, NodeFailed, NodeFinished, RunFinished
from nodes.states import NodeStatus, RunStatus

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  run_id TEXT PRIMARY KEY, graph TEXT NOT NULL, started_at REAL NOT NULL,
  finished_at REAL, status TEXT NOT NULL, cost_usd REAL NOT NULL DEFAULT 0, error TEXT,
  kind TEXT NOT NULL DEFAULT 'render');
CREATE TABLE IF NOT EXISTS node_states (
  run_id TEXT NOT NULL, node_id TEXT NOT NULL, status TEXT NOT NULL,
  seconds REAL, cache_hit INTEGER NOT NULL DEFAULT 0, cost_usd REAL NOT NULL DEFAULT 0,
  provider_calls INTEGER NOT NULL DEFAULT 0, error TEXT, artifacts TEXT,
  PRIMARY KEY (run_id, node_id));
CREATE TABLE IF NOT EXISTS provider_jobs (
  job_key TEXT PRIMARY KEY, run_id TEXT NOT NULL, node_id TEXT NOT NULL,
  provider TEXT NOT NULL, model TEXT NOT NULL, job_id TEXT NOT NULL, handle TEXT NOT NULL,
  state TEXT NOT NULL, cost_usd REAL NOT NULL DEFAULT 0, created_at REAL NOT NULL,
  updated_at REAL NOT NULL, result TEXT);
CREATE TABLE IF NOT EXISTS events (
  run_id TEXT NOT NULL, seq INTEGER NOT NULL, at REAL NOT NULL, type TEXT NOT NULL,
  payload TEXT NOT NULL, PRIMARY KEY (run_id, seq));
"""
# Columns added since the first release: (table, column, declaration). Older stores gain them.
_ADDED_COLUMNS = (("runs", "kind", "TEXT NOT NULL DEFAULT 'render'"),
                  ("provider_jobs", "result", "TEXT"))


@dataclass(frozen=True, slots=True)
class RunRow:
    run_id: str
    graph: str
    started_at: float
    finished_at: float | None
    status: str
    cost_usd: float
    error: str | None


class RunStore:
    """Thread-safe (one connection, one lock); cheap enough for event rates of a run."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        for table, column, decl in _ADDED_COLUMNS:
            have = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
        self._lock = threading.Lock()
        self._seq: dict[str, int] = {}
        self._pending: list[tuple[str, tuple[Any, ...]]] = []

    def close(self) -> None:
        self.flush()
        self._db.close()

    def execute_script(self, sql: str) -> None:
        """Create extra tables (e.g. review items) in the same database."""
        with self._lock:
            self._db.executescript(sql)

    def query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one statement under the store's lock; returns its rows."""
        return self._exec(sql, args)

    def _exec(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            self._flush_locked()
            return self._db.execute(sql, args).fetchall()

    def execute_count(self, sql: str, args: tuple[Any, ...] = ()) -> int:
        """One write statement, committed at once (its own transaction); rows changed."""
        with self._lock:
            self._flush_locked()
            return int(self._db.execute(sql, args).rowcount)

    def _later(self, sql: str, args: tuple[Any, ...]) -> None:
        """Queue a write that may wait for the next flush (node states, events).

        Writes that must survive a crash at once (runs, provider job ids) use
        :meth:`_exec`, which flushes the queue first, so order is kept.
        """
        with self._lock:
            self._pending.append((sql, args))
            if len(self._pending) >= 256:
                self._flush_locked()

    def _flush_locked(self) -> None:
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        self._db.execute("BEGIN")
        try:
            for sql, args in pending:
                self._db.execute(sql, args)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def flush(self) -> None:
        with self._lock:
            self._flush_locked()

    # -- runs ------------------------------------------------------------------------
    def start_run(self, graph: str, *, kind: str = "render") -> str:
        """``kind`` other than "render" (a preview, an estimate) is kept out of :meth:`runs`."""
        run_id = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        self._exec("INSERT INTO runs (run_id, graph, started_at, status, kind) "
                   "VALUES (?,?,?,?,?)", (run_id, graph, time.time(), "running", kind))
        return run_id

    def finish_run(self, run_id: str, *, status: RunStatus | str, cost_usd: float,
                   error: str | None = None) -> None:
        self._exec("UPDATE runs SET finished_at=?, status=?, cost_usd=?, error=? WHERE run_id=?",
                   (time.time(), str(status), cost_usd, error, run_id))

    def runs(self, limit: int = 20, *, kinds: tuple[str, ...] = ("render",)) -> list[RunRow]:
        """The newest runs of the given kinds (renders only by default)."""
        rows = self._exec("SELECT run_id, graph, started_at, finished_at, status, cost_usd, error "
                          f"FROM runs WHERE kind IN ({','.join('?' * len(kinds))}) "
                          "ORDER BY started_at DESC LIMIT ?", (*kinds, limit))
        return [RunRow(*r) for r in rows]

    def run(self, run_id: str) -> RunRow | None:
        rows = self._exec("SELECT run_id, graph, started_at, finished_at, status, cost_usd, error "
                          "FROM runs WHERE run_id=?", (run_id,))
        return RunRow(*rows[0]) if rows else None

    # -- node states -----------------------------------------------------------------
    def set_node(self, run_id: str, node_id: str, *, status: NodeStatus | str,
                 seconds: float | None = None,
                 cache_hit: bool = False, cost_usd: float = 0.0, provider_calls: int = 0,
                 error: str | None = None, artifacts: list[str] | None = None) -> None:
        self._later(
            "INSERT INTO node_states (run_id, node_id, status, seconds, cache_hit, cost_usd, "
            "provider_calls, error, artifacts) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(run_id, node_id) DO UPDATE SET status=excluded.status, "
            "seconds=excluded.seconds, cache_hit=excluded.cache_hit, cost_usd=excluded.cost_usd, "
            "provider_calls=excluded.provider_calls, error=excluded.error, "
            "artifacts=excluded.artifacts",
            (run_id, node_id, str(status), seconds, int(cache_hit), cost_usd, provider_calls, error,
             json.dumps(artifacts or [])))

    def node_states(self, run_id: str) -> list[dict[str, Any]]:
        rows = self._exec("SELECT node_id, status, seconds, cache_hit, cost_usd, provider_calls, "
                          "error, artifacts FROM node_states WHERE run_id=? ORDER BY rowid",
                          (run_id,))
        return [{"node_id": r[0], "status": r[1], "seconds": r[2], "cache_hit": bool(r[3]),
                 "cost_usd": r[4], "provider_calls": r[5], "error": r[6],
                 "artifacts": json.loads(r[7] or "[]")} for r in rows]

    # -- provider jobs (transitions live in nodes.ledger) ------------------------------
    def jobs(self, run_id: str) -> list[dict[str, Any]]:
        rows = self._exec("SELECT node_id, provider, model, job_id, state, cost_usd FROM "
                          "provider_jobs WHERE run_id=? ORDER BY created_at", (run_id,))
        return [dict(zip(("node_id", "provider", "model", "job_id", "state", "cost_usd"), r,
                         strict=True)) for r in rows]

    # -- events ----------------------------------------------------------------------
    def record_event(self, event: Event) -> None:
        """Persist the events worth keeping (progress ticks are not)."""
        if not isinstance(event, (NodeFinished, NodeFailed, RunFinished)):
            return
        seq = self._seq.get(event.run_id, 0) + 1
        self._seq[event.run_id] = seq
        payload = event.to_dict()
        self._later("INSERT OR REPLACE INTO events (run_id, seq, at, type, payload) "
                   "VALUES (?,?,?,?,?)", (event.run_id, seq, event.at, payload["type"],
                                          json.dumps(payload)))

    def events(self, run_id: str) -> list[dict[str, Any]]:
        rows = self._exec("SELECT payload FROM events WHERE run_id=? ORDER BY seq", (run_id,))
        return [json.loads(r[0]) for r in rows]
