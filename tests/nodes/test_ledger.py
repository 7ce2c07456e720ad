"""The job ledger is a state machine: legal moves only, one committed row per job."""

from __future__ import annotations

from pathlib import Path

import pytest

from nodes.ledger import JobLedger, LedgerError
from nodes.runs import RunStore
from nodes.states import JobState

IDS = {"run_id": "r", "node_id": "img", "provider": "fal", "model": "m"}


def test_a_job_moves_intent_submitted_fetched_done(tmp_path: Path) -> None:
    ledger = JobLedger(RunStore(tmp_path / "runs.sqlite"))
    ledger.intent("k:fal:m", **IDS)
    assert ledger.resumable("k:fal:m").state is JobState.INTENT
    ledger.submitted("k:fal:m", **IDS, job_id="j1", handle={"job_id": "j1"})
    ledger.fetched("k:fal:m", result={"outputs": []}, cost_usd=0.1)
    row = ledger.resumable("k:fal:m")
    assert row is not None and row.state is JobState.FETCHED and row.result == {"outputs": []}
    ledger.settle("k")
    assert ledger.get("k:fal:m").state is JobState.DONE
    assert ledger.resumable("k:fal:m") is None  # done: the node's cache entry has it
    # a later run of the same key (e.g. --no-cache) starts a fresh row
    ledger.submitted("k:fal:m", **IDS, job_id="j2", handle={})
    assert ledger.get("k:fal:m").job_id == "j2"


def test_illegal_moves_are_refused_and_change_nothing(tmp_path: Path) -> None:
    runs = RunStore(tmp_path / "runs.sqlite")
    ledger = JobLedger(runs)
    with pytest.raises(LedgerError, match="absent"):
        ledger.fetched("k:fal:m", result={}, cost_usd=0.0)
    ledger.submitted("k:fal:m", **IDS, job_id="j1", handle={})
    with pytest.raises(LedgerError, match="submitted"):
        ledger.done("k:fal:m")  # not fetched yet
    with pytest.raises(LedgerError, match="while it is submitted"):
        ledger.intent("k:fal:m", **IDS)  # a live job is never replaced by a new submission
    ledger.cancelled("k:fal:m")
    with pytest.raises(LedgerError):
        ledger.fetched("k:fal:m", result={}, cost_usd=0.0)
    assert runs.query("SELECT state FROM provider_jobs") == [("cancelled",)]


def test_an_old_run_store_gains_the_new_columns(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "runs.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE runs (run_id TEXT PRIMARY KEY, graph TEXT NOT NULL, started_at REAL "
        "NOT NULL, finished_at REAL, status TEXT NOT NULL, cost_usd REAL NOT NULL DEFAULT 0, "
        "error TEXT);"
        "INSERT INTO runs VALUES ('old', 'g', 1.0, 2.0, 'succeeded', 0, NULL);")
    db.close()
    runs = RunStore(path)
    assert [r.run_id for r in runs.runs()] == ["old"]  # listed: it was a render
