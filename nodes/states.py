"""The lifecycle vocabularies of a run, as enums.

``StrEnum`` keeps the values the run store, reports and the GUI already use
("succeeded", "cached", ...), so a stored row or a report compares equal to
the member and scripts reading the strings keep working.
"""

from __future__ import annotations

from enum import StrEnum


class NodeStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    CACHED = "cached"
    FAILED = "failed"
    SKIPPED = "skipped"
    ESTIMATED = "estimated"
    CANCELLED = "cancelled"


class RunStatus(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    STOPPED = "stopped"  # a budget or a gate stopped it (exit 3)


class RunKind(StrEnum):
    """Why a run happened; only ``RENDER`` runs are listed by ``mvstudio runs``."""

    RENDER = "render"
    PREVIEW = "preview"  # the studio computing a view (timeline, thumbnails) on open
    ESTIMATE = "estimate"  # a dry run: prices, pays and renders nothing


class JobState(StrEnum):
    """A paid provider job: intent -> submitted -> fetched -> done, or a dead end.

    ``CANCELLED`` is the user's (the job is submitted afresh next time);
    a crashed run leaves ``SUBMITTED`` or ``FETCHED``, which the next run resumes.
    """

    INTENT = "submitting"  # the POST is on the wire, no job id yet
    SUBMITTED = "submitted"
    FETCHED = "fetched"  # outputs are in the artifact store; the node's cache entry may not be
    DONE = "succeeded"
    CANCELLED = "cancelled"
    FAILED = "failed"
    HELD = "held"  # the outcome of a submission is unknown: resubmitting is the user's call


JOB_TRANSITIONS: dict[JobState | None, frozenset[JobState]] = {
    None: frozenset({JobState.INTENT, JobState.SUBMITTED}),
    JobState.INTENT: frozenset({JobState.SUBMITTED, JobState.HELD, JobState.CANCELLED,
                                JobState.FAILED}),
    JobState.SUBMITTED: frozenset({JobState.FETCHED, JobState.CANCELLED, JobState.FAILED}),
    JobState.FETCHED: frozenset({JobState.DONE}),
    JobState.HELD: frozenset({JobState.SUBMITTED}),
}
"""Allowed moves; a terminal state (done, cancelled, failed) is left only by a new
submission, which starts a fresh row for the same key."""
