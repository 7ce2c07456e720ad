"""The persistent job queue of ``mvstudio serve``: SQLite (WAL) under ``MVSTUDIO_HOME``.

A job is what a client submitted (the graph or its path, overrides, budget,
completion webhook) plus its lifecycle. Every state change is one transaction,
so a killed server loses nothing: at the next start :meth:`JobQueue.requeue_interrupted`
puts jobs that were running back in the queue (flagged ``resumed``); they run again
on the same engine, whose cache and job ledger reuse every result already paid for.
Events (the engine's and the job's own) are stored with a per-job sequence number,
which is the SSE event id a client resumes from (``Last-Event-ID``).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    spec TEXT NOT NULL,
    created_at REAL NOT NULL,
    started_at REAL,
    finished_at REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    run_ids TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    exit_code INTEGER,
    cost_usd REAL NOT NULL DEFAULT 0,
    outputs TEXT NOT NULL DEFAULT '{}',
    webhook TEXT
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, seq);
CREATE TABLE IF NOT EXISTS job_events (
    job_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
);
"""


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    STOPPED = "stopped"  # a budget or a gate stopped the run (as exit code 3)
    CANCELLED = "cancelled"

    @property
    def terminal(self) -> bool:
        return self not in (JobStatus.QUEUED, JobStatus.RUNNING)


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    status: JobStatus
    spec: Mapping[str, Any]
    created_at: float
    started_at: float | None
    finished_at: float | None
    attempts: int
    run_ids: tuple[str, ...]
    error: str | None
    exit_code: int | None
    cost_usd: float
    outputs: Mapping[str, str]  # download name -> absolute path of a file the job produced
    webhook: str | None  # completion webhook delivery result

    def public(self) -> dict[str, Any]:
        """The JSON clients see: no server paths, no spec internals beyond what they sent."""
        return {"id": self.id, "status": str(self.status), "created_at": self.created_at,
                "started_at": self.started_at, "finished_at": self.finished_at,
                "attempts": self.attempts, "resumed": self.attempts > 1,
                "run_ids": list(self.run_ids), "error": self.error,
                "exit_code": self.exit_code, "cost_usd": round(self.cost_usd, 6),
                "outputs": sorted(self.outputs), "webhook": self.webhook}


@dataclass(frozen=True, slots=True)
class StoredEvent:
    seq: int
    kind: str
    data: Mapping[str, Any]


def new_job_id() -> str:
    """Time-ordered, unguessable: ``j`` + 8 hex of seconds + 12 random hex."""
    return f"j{int(time.time()):08x}{secrets.token_hex(6)}"


class JobQueue:
    """Thread-safe (one connection, one lock): the server's loop and tests share it."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a job accepted is a job kept
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction. ``durable=False`` (progress events) skips the fsync: a killed
        server still keeps it (WAL), only a power cut may lose the last few."""
        with self._lock:
            if not durable:
                self._db.execute("PRAGMA synchronous=NORMAL")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            finally:
                if not durable:
                    self._db.execute("PRAGMA synchronous=FULL")

    # -- jobs ------------------------------------------------------------------------------
    def submit(self, spec: Mapping[str, Any], *, job_id: str | None = None) -> Job:
        job_id = job_id or new_job_id()
        with self._tx() as db:
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs").fetchone()[0]
            db.execute("INSERT INTO jobs (id, seq, status, spec, created_at) VALUES (?,?,?,?,?)",
                       (job_id, seq, JobStatus.QUEUED, json.dumps(dict(spec)), time.time()))
            self._add_event(db, job_id, "job", {"status": "queued"})
        job = self.get(job_id)
        assert job is not None
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _job(row) if row is not None else None

    def jobs(self, *, limit: int = 100) -> list[Job]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM jobs ORDER BY seq DESC LIMIT ?",
                                    (int(limit),)).fetchall()
        return [_job(r) for r in rows]

    def claim_next(self) -> Job | None:
        """The oldest queued job, now running (attempts + 1); None when the queue is empty."""
        with self._tx() as db:
            row = db.execute("SELECT id, attempts FROM jobs WHERE status = ? ORDER BY seq "
                             "LIMIT 1", (JobStatus.QUEUED,)).fetchone()
            if row is None:
                return None
            attempt = int(row["attempts"]) + 1
            db.execute("UPDATE jobs SET status = ?, started_at = ?, attempts = ? WHERE id = ?",
                       (JobStatus.RUNNING, time.time(), attempt, row["id"]))
            self._add_event(db, row["id"], "job", {"status": "running", "attempt": attempt,
                                                   "resumed": attempt > 1})
        return self.get(row["id"])

    def requeue_interrupted(self) -> list[str]:
        """Jobs left running by a server that died go back to the queue, first in line."""
        with self._tx() as db:
            ids = [r["id"] for r in db.execute("SELECT id FROM jobs WHERE status = ? "
                                               "ORDER BY seq", (JobStatus.RUNNING,))]
            for job_id in ids:
                db.execute("UPDATE jobs SET status = ? WHERE id = ?", (JobStatus.QUEUED, job_id))
                self._add_event(db, job_id, "job", {"status": "queued", "resumed": True})
        return ids

    def add_run(self, job_id: str, run_id: str) -> None:
        with self._tx() as db:
            row = db.execute("SELECT run_ids FROM jobs WHERE id = ?", (job_id,)).fetchone()
            runs = [*json.loads(row["run_ids"]), run_id] if row is not None else [run_id]
            db.execute("UPDATE jobs SET run_ids = ? WHERE id = ?", (json.dumps(runs), job_id))

    def finish(self, job_id: str, status: JobStatus, *, error: str | None = None,
               exit_code: int | None = None, cost_usd: float = 0.0,
               outputs: Mapping[str, str] | None = None) -> bool:
        """Record the end of a job; False (and nothing changed) if it had already ended."""
        with self._tx() as db:
            current = db.execute("SELECT status FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if current is None or JobStatus(current["status"]).terminal:
                return False
            db.execute("UPDATE jobs SET status = ?, finished_at = ?, error = ?, exit_code = ?, "
                       "cost_usd = ?, outputs = ? WHERE id = ?",
                       (status, time.time(), error, exit_code, float(cost_usd),
                        json.dumps(dict(outputs or {})), job_id))
            self._add_event(db, job_id, "job", {"status": str(status), "error": error,
                                                "exit_code": exit_code})
        return True

    def set_webhook(self, job_id: str, result: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET webhook = ? WHERE id = ?", (result, job_id))

    # -- events ----------------------------------------------------------------------------
    def add_event(self, job_id: str, kind: str, data: Mapping[str, Any]) -> int:
        """An engine event (job state changes are stored by the transitions themselves)."""
        with self._tx(durable=False) as db:
            return self._add_event(db, job_id, kind, data)

    @staticmethod
    def _add_event(db: sqlite3.Connection, job_id: str, kind: str,
                   data: Mapping[str, Any]) -> int:
        seq = int(db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM job_events WHERE "
                             "job_id = ?", (job_id,)).fetchone()[0])
        db.execute("INSERT INTO job_events (job_id, seq, kind, data) VALUES (?,?,?,?)",
                   (job_id, seq, kind, json.dumps(dict(data), default=str)))
        return seq

    def events(self, job_id: str, *, after: int = 0) -> list[StoredEvent]:
        with self._lock:
            rows = self._db.execute("SELECT seq, kind, data FROM job_events WHERE job_id = ? "
                                    "AND seq > ? ORDER BY seq", (job_id, int(after))).fetchall()
        return [StoredEvent(int(r["seq"]), str(r["kind"]), json.loads(r["data"])) for r in rows]


def _job(row: sqlite3.Row) -> Job:
    return Job(id=row["id"], status=JobStatus(row["status"]), spec=json.loads(row["spec"]),
               created_at=row["created_at"], started_at=row["started_at"],
               finished_at=row["finished_at"], attempts=int(row["attempts"]),
               run_ids=tuple(json.loads(row["run_ids"])), error=row["error"],
               exit_code=row["exit_code"], cost_usd=float(row["cost_usd"]),
               outputs=json.loads(row["outputs"]), webhook=row["webhook"])
