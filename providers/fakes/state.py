"""Shared state of the loopback fakes: jobs, files, fault injection, counters.

Jobs advance by **poll count** (``polls_to_complete``), never by wall time, so
tests are deterministic.  Faults are injected per (provider, operation) either
as counted rules (``add``: "the next 2 fal status polls answer 503") or at a
random rate (``set_random``: 20% of polls fail transiently), with a seeded RNG.

Fault actions
-------------
``429`` (with ``Retry-After``), ``429_bare`` (without), ``500``, ``502``, ``503``,
``503_ingress`` (an nginx page without the provider's request id: never reached the app),
``timeout`` (answer after ``hang_s``), ``drop`` (close the connection without an
answer), ``drop_after`` (do the work, e.g. create the job, then drop: the
"outcome unknown" case), ``malformed`` (200 with broken JSON), ``expire``/
``mislabel`` (files: 410, or an HTML page served as the file), ``duplicate``
(operation ``webhook``: deliver the same webhook twice).
Jobs also finish ``complete_after_s`` after creation when set (a real queue runs a
job whether or not its client is still alive to poll it).
Job outcomes (operation ``job``, applied when a job is created): ``fail``,
``moderation``, ``slow`` (needs 5 more polls), ``regress`` (falls back from
running to queued once, as provider-side retries do).
"""

from __future__ import annotations

import itertools
import random
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TRANSIENT_ACTIONS = ("429", "429_bare", "500", "502", "503", "drop", "malformed")


@dataclass(slots=True)
class FaultRule:
    provider: str
    op: str
    action: str
    times: int  # remaining; -1 = forever


@dataclass(slots=True)
class FakeJob:
    id: str
    provider: str
    model: str
    input: dict[str, Any]
    need_polls: int
    outcome: str = "ok"  # ok | fail | moderation | aborted (Replicate) | nsfw (fal filter)
    polls: int = 0
    canceled: bool = False
    regress: bool = False
    files: list[str] = field(default_factory=list)
    created_unix: float = field(default_factory=time.time)
    auto_done_unix: float | None = None  # done by then even if never polled (a real queue)
    finished_unix: float | None = None  # when polls completed it
    meta: dict[str, Any] = field(default_factory=dict)  # provider extras (history items)

    @property
    def stage(self) -> str:
        """queued | running | done | canceled."""
        if self.canceled:
            return "canceled"
        if self.polls >= self.need_polls or (self.auto_done_unix is not None
                                             and time.time() >= self.auto_done_unix):
            return "done"
        if self.regress and self.polls == max(self.need_polls - 1, 1):
            return "queued"
        return "running" if self.polls >= self.need_polls // 2 else "queued"

    @property
    def ended_unix(self) -> float | None:
        """When the job reached ``done`` (None while it has not)."""
        if self.stage != "done":
            return None
        ends = [t for t in (self.finished_unix, self.auto_done_unix) if t is not None]
        return min(ends) if ends else time.time()


@dataclass(slots=True)
class FakeFile:
    data: bytes
    content_type: str
    expires_at: float | None


class FakeState:
    """Everything the fake server knows; thread-safe (the server is threaded)."""

    def __init__(self, *, api_key: str = "fake-key", polls_to_complete: int = 2,
                 file_ttl_s: float | None = 3600.0, retry_after_s: int = 1,
                 hang_s: float = 2.0, clock: Callable[[], float] = time.monotonic,
                 webhook_delay_s: float = 0.05, complete_after_s: float | None = None,
                 history_alignments: bool = True, submit_latency_s: float = 0.0) -> None:
        self.api_key = api_key
        self.polls_to_complete = polls_to_complete
        self.file_ttl_s = file_ttl_s
        self.retry_after_s = retry_after_s
        self.hang_s = hang_s
        self.webhook_delay_s = webhook_delay_s
        self.clock = clock
        # Real queues run jobs nobody polls (a killed client's): None = only polls advance them.
        self.complete_after_s = complete_after_s
        self.history_alignments = history_alignments  # ElevenLabs history items carry them
        self.submit_latency_s = submit_latency_s  # server time per submit, half before creating
        self.lock = threading.RLock()
        self.jobs: dict[str, FakeJob] = {}
        self.files: dict[str, FakeFile] = {}
        self.created: Counter[str] = Counter()
        self.downloads: Counter[str] = Counter()
        self.cancels: Counter[str] = Counter()
        self.voices_redirect: str | None = None  # GET /v1/voices answers 302 to this URL
        self.captured: list[dict[str, str]] = []  # headers seen by /capture (redirect tests)
        self.uploads: Counter[str] = Counter()  # files received by the upload APIs
        self.comfy_inputs: set[str] = set()  # images uploaded to the fake ComfyUI
        self.fal_history_path = "/v1/models/"  # or "/v1/serverless/" (see routes_hosted)
        self.faults_served: Counter[str] = Counter()
        self.request_times: dict[str, list[float]] = defaultdict(list)
        self.rules: list[FaultRule] = []
        self._rate = 0.0
        self._rate_actions: tuple[str, ...] = ()
        self._submit_actions: tuple[str, ...] = ()
        self._rate_ops: frozenset[str] | None = None
        self._rng = random.Random(0)
        self._seq = itertools.count(1)

    # -- faults ------------------------------------------------------------------------------
    def add(self, action: str, *, provider: str = "*", op: str = "*", times: int = 1) -> None:
        """Inject ``action`` on the next ``times`` matching requests (-1 = always)."""
        with self.lock:
            self.rules.append(FaultRule(provider, op, action, times))

    def set_random(self, rate: float, *, actions: tuple[str, ...] = TRANSIENT_ACTIONS,
                   ops: tuple[str, ...] | None = None, seed: int = 0,
                   submit_actions: tuple[str, ...] = ("429", "429_bare")) -> None:
        """Fault ``rate`` of requests; submissions only get ``submit_actions`` (default:
        provable rejections, so a correct client never pays twice)."""
        with self.lock:
            self._rate, self._rate_actions = rate, actions
            self._submit_actions = submit_actions
            self._rate_ops = frozenset(ops) if ops else None
            self._rng = random.Random(seed)

    def clear_faults(self) -> None:
        with self.lock:
            self.rules.clear()
            self._rate = 0.0

    def pick(self, provider: str, op: str) -> str | None:
        """The fault to apply to this request, if any (consumes a counted rule)."""
        with self.lock:
            for rule in self.rules:
                op_match = rule.op == op or (rule.op == "*" and op != "job")
                if rule.times != 0 and rule.provider in ("*", provider) and op_match:
                    rule.times -= 1 if rule.times > 0 else 0
                    self.faults_served[rule.action] += 1
                    return rule.action
            in_scope = self._rate_ops is None or op in self._rate_ops
            if op != "job" and self._rate and in_scope and self._rng.random() < self._rate:
                action = self._rng.choice(self._submit_actions if op == "submit"
                                          else self._rate_actions)
                self.faults_served[action] += 1
                return action
        return None

    # -- jobs and files ----------------------------------------------------------------------
    def new_job(self, provider: str, model: str, inputs: dict[str, Any]) -> FakeJob:
        with self.lock:
            job_id = f"{provider[:3]}{next(self._seq):06d}{uuid.uuid4().hex[:10]}"
            job = FakeJob(id=job_id, provider=provider, model=model, input=inputs,
                          need_polls=self.polls_to_complete)
            if self.complete_after_s is not None:
                job.auto_done_unix = job.created_unix + self.complete_after_s
            outcome = self.pick(provider, "job")
            if outcome in ("fail", "moderation", "aborted", "nsfw"):
                job.outcome = outcome
            elif outcome == "slow":
                job.need_polls += 5
            elif outcome == "regress":
                job.regress = True
                job.need_polls = max(job.need_polls, 3)
            self.jobs[job_id] = job
            self.created[provider] += 1
            return job

    def job(self, job_id: str) -> FakeJob | None:
        with self.lock:
            return self.jobs.get(job_id)

    def add_file(self, data: bytes, content_type: str, *, expires: bool = True) -> str:
        with self.lock:
            file_id = uuid.uuid4().hex
            ttl = self.file_ttl_s if expires else None
            expires_at = None if ttl is None else self.clock() + ttl
            self.files[file_id] = FakeFile(data, content_type, expires_at)
            return file_id

    def note_request(self, provider: str, *, at: float | None = None) -> None:
        """Count a request; ``at`` = when its request line arrived (monotonic), so
        time the server spends on other threads (media encoding) cannot bunch them."""
        with self.lock:
            self.request_times[provider].append(time.monotonic() if at is None else at)

    def max_requests_in_window(self, provider: str, window_s: float = 1.0) -> int:
        """Largest number of requests to ``provider`` seen in any ``window_s`` window."""
        times = sorted(self.request_times.get(provider, []))
        best, lo = 0, 0
        for hi, t in enumerate(times):
            while t - times[lo] > window_s:
                lo += 1
            best = max(best, hi - lo + 1)
        return best
