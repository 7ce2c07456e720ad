"""The provider job ledger: one row per paid job, moved through :class:`JobState`.

Every transition is one SQLite transaction in the run store, checked against
:data:`nodes.states.JOB_TRANSITIONS` (an illegal move raises :class:`LedgerError`).

Why ``fetched`` exists: a job's outputs are copied into the content-addressed
artifact store and its result is committed here *before* the node's result is
cached. A run killed between the two finds the job ``fetched`` next time and
rebuilds the result from the store instead of paying again; once the node's
cache entry is written the job becomes ``done``. A job the user cancelled is
``cancelled`` and is submitted afresh next time; a crashed run leaves
``submitted`` (resumed by polling the same remote job).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from nodes.runs import RunStore
from nodes.states import JOB_TRANSITIONS, JobState

_TERMINAL = frozenset({JobState.DONE, JobState.CANCELLED, JobState.FAILED})


class LedgerError(RuntimeError):
    """A job was moved in a way the state machine does not allow (an engine bug)."""


@dataclass(frozen=True, slots=True)
class JobRow:
    job_key: str
    state: JobState
    job_id: str
    handle: dict[str, Any]
    result: dict[str, Any] | None
    created_at: float


class JobLedger:
    """Stateless over the run store's ``provider_jobs`` table (any number may share one)."""

    def __init__(self, runs: RunStore) -> None:
        self.runs = runs

    def get(self, job_key: str) -> JobRow | None:
        rows = self.runs.query("SELECT job_key, state, job_id, handle, result, created_at "
                               "FROM provider_jobs WHERE job_key=?", (job_key,))
        if not rows:
            return None
        key, state, job_id, handle, result, created = rows[0]
        return JobRow(key, JobState(state), job_id, json.loads(handle or "{}"),
                      json.loads(result) if result else None, float(created))

    # -- transitions -----------------------------------------------------------------
    def intent(self, job_key: str, *, run_id: str, node_id: str, provider: str,
               model: str) -> None:
        """A paid submission is going on the wire; its job id is not known yet."""
        self._start(job_key, JobState.INTENT, run_id=run_id, node_id=node_id,
                    provider=provider, model=model, job_id="", handle={})

    def submitted(self, job_key: str, *, run_id: str, node_id: str, provider: str, model: str,
                  job_id: str, handle: dict[str, Any]) -> None:
        """The provider accepted the job: recorded before polling starts."""
        row = self.get(job_key)
        if row is not None and row.state in (JobState.INTENT, JobState.HELD):
            self._move(job_key, JobState.SUBMITTED, job_id=job_id, handle=json.dumps(handle),
                       run_id=run_id)
            return
        self._start(job_key, JobState.SUBMITTED, run_id=run_id, node_id=node_id,
                    provider=provider, model=model, job_id=job_id, handle=handle)

    def fetched(self, job_key: str, *, result: dict[str, Any], cost_usd: float) -> None:
        self._move(job_key, JobState.FETCHED, result=json.dumps(result), cost_usd=cost_usd)

    def done(self, job_key: str) -> None:
        self._move(job_key, JobState.DONE)

    def settle(self, cache_key: str) -> None:
        """The node with this cache key has its result cached: its fetched jobs are done."""
        self.runs.execute_count(
            "UPDATE provider_jobs SET state=?, updated_at=? WHERE state=? AND "
            "substr(job_key, 1, ?)=?",
            (JobState.DONE.value, time.time(), JobState.FETCHED.value, len(cache_key) + 1,
             cache_key + ":"))

    def cancelled(self, job_key: str) -> None:
        self._move(job_key, JobState.CANCELLED)

    def failed(self, job_key: str) -> None:
        self._move(job_key, JobState.FAILED)

    def held(self, job_key: str) -> None:
        self._move(job_key, JobState.HELD)

    def forget(self, job_key: str) -> None:
        """An intent provably never reached the provider (or the user resubmits it)."""
        self.runs.execute_count("DELETE FROM provider_jobs WHERE job_key=?", (job_key,))

    # -- reading for a resume --------------------------------------------------------
    def resumable(self, job_key: str) -> JobRow | None:
        """The row a new run must continue rather than pay for again, if any."""
        row = self.get(job_key)
        if row is None or row.state in _TERMINAL:
            return None
        return row

    # -- internals -------------------------------------------------------------------
    def _start(self, job_key: str, state: JobState, *, run_id: str, node_id: str,
               provider: str, model: str, job_id: str, handle: dict[str, Any]) -> None:
        now = time.time()
        states = ",".join("?" * len(_TERMINAL))
        n = self.runs.execute_count(
            "INSERT INTO provider_jobs (job_key, run_id, node_id, provider, model, job_id, "
            "handle, state, cost_usd, created_at, updated_at, result) "
            "VALUES (?,?,?,?,?,?,?,?,0,?,?,NULL) ON CONFLICT(job_key) DO UPDATE SET "
            "run_id=excluded.run_id, node_id=excluded.node_id, provider=excluded.provider, "
            "model=excluded.model, job_id=excluded.job_id, handle=excluded.handle, "
            "state=excluded.state, cost_usd=0, created_at=excluded.created_at, "
            f"updated_at=excluded.updated_at, result=NULL WHERE provider_jobs.state IN ({states})",
            (job_key, run_id, node_id, provider, model, job_id, json.dumps(handle), state.value,
             now, now, *(s.value for s in _TERMINAL)))
        if n != 1:
            raise LedgerError(f"job {job_key}: cannot start a new submission while "
                              f"it is {self._state_text(job_key)}")

    def _move(self, job_key: str, to: JobState, **columns: Any) -> None:
        sources = [s for s, targets in JOB_TRANSITIONS.items() if s is not None and to in targets]
        sets = "".join(f", {name}=?" for name in columns)
        n = self.runs.execute_count(
            f"UPDATE provider_jobs SET state=?, updated_at=?{sets} WHERE job_key=? AND state IN "
            f"({','.join('?' * len(sources))})",
            (to.value, time.time(), *columns.values(), job_key, *(s.value for s in sources)))
        if n != 1:
            raise LedgerError(f"job {job_key}: cannot move from {self._state_text(job_key)} "
                              f"to {to.value}")

    def _state_text(self, job_key: str) -> str:
        row = self.get(job_key)
        return "absent" if row is None else row.state.value
