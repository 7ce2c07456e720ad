"""Find the job of a submission whose answer was lost (intent recorded, no job id).

A run killed while a paid POST was on the wire cannot know whether the
provider created the job.  Adapters that can list what the account created
implement ``reconcile(request, since_unix=..., claimed=...)`` with the helpers
here; :func:`providers.polling.recover` calls it.  The answer is one of:

* a :class:`~providers.base.JobHandle`: exactly one unclaimed job whose inputs
  equal ours was created after the intent (minus ``slack``): adopt it;
* :data:`NOT_CREATED`: the listing is *authoritative* (it lists every job the
  account created, in any state), was read to the end of the window, was read
  after the POST can no longer have been processed (``settle``; scanned again every
  ``RESCAN_S`` meanwhile), and holds no
  job that is or might be ours.  Only then may the request be sent again;
* ``None`` or a ``ProviderError(outcome_unknown=True)``: anything else (several
  matches, inputs the listing does not show, a listing that omits unfinished
  jobs).  The job is held; re-sending is the user's decision.

Settings (per provider): ``<provider>.reconcile_slack_s`` (clock skew allowed
between us and the provider, default 60) and ``<provider>.reconcile_settle_s``
(how long after the intent a POST may still be turned into a job, default 90).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from providers.base import JobHandle
from providers.errors import ErrorKind, ProviderError

DEFAULT_SLACK_S = 60.0
DEFAULT_SETTLE_S = 90.0
RESCAN_S = 5.0  # between scans while the settle time runs (a running job may end meanwhile)


class NotCreated:
    """Type of :data:`NOT_CREATED` (a listing proved the POST created nothing)."""

    _instance: NotCreated | None = None

    def __new__(cls) -> NotCreated:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_CREATED"


NOT_CREATED: Final = NotCreated()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def classify(sent: Mapping[str, Any], seen: Any) -> str | None:
    """How a listed job's inputs compare with what we sent.

    ``"exact"``: every key we sent has an equal value (the provider may add its
    defaults); ``"similar"``: equal except for ``data:`` URIs, which providers may
    replace with their own file URLs, so it might be ours; ``"unknown"``: the
    listing shows no inputs; ``None``: a different job.
    """
    if not isinstance(seen, Mapping):
        return "unknown"
    differing = [k for k, v in sent.items() if k not in seen or _canonical(seen[k]) != _canonical(v)]
    if not differing:
        return "exact"
    if all(isinstance(sent[k], str) and sent[k].startswith("data:") for k in differing):
        return "similar"
    return None


def parse_time(value: Any) -> float | None:
    """Unix time of an ISO-8601 string ("...Z" or with offset) or a number; None if neither."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.timestamp()


def iso_utc(unix: float) -> str:
    return dt.datetime.fromtimestamp(unix, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class Listing:
    """One pass over a provider's listing for the intent's window."""

    exact: list[JobHandle] = field(default_factory=list)  # unclaimed jobs with our inputs
    doubtful: int = 0  # jobs that might be ours but cannot be compared (see ``classify``)
    complete: bool = False  # the whole window was read (no page limit hit)


async def read_pages(fetch: Callable[[dict[str, str]], Awaitable[Any]], params: dict[str, str],
                     *, items_key: str, cursor_key: str, cursor_param: str, max_pages: int,
                     on_item: Callable[[Any, Listing], None], bad_page: ProviderError
                     ) -> Listing:
    """Read a cursor-paginated listing into a :class:`Listing` (``complete`` only when
    the last page was reached within ``max_pages``); ``bad_page`` is raised for a page
    without its items list."""
    listing = Listing()
    for _ in range(max_pages):
        page = await fetch(params)
        items = page.get(items_key) if isinstance(page, dict) else None
        if not isinstance(items, list):
            raise bad_page
        for item in items:
            on_item(item, listing)
        cursor = page.get(cursor_key)
        if not page.get("has_more") or not cursor:
            listing.complete = True
            break
        params[cursor_param] = str(cursor)
    return listing


def window(settings: Mapping[str, str], provider: str) -> tuple[float, float]:
    """(slack_s, settle_s) from settings."""
    slack = float(settings.get(f"{provider}.reconcile_slack_s", DEFAULT_SLACK_S))
    settle = float(settings.get(f"{provider}.reconcile_settle_s", DEFAULT_SETTLE_S))
    return slack, settle


def held(provider: str, model: str, why: str) -> ProviderError:
    return ProviderError(
        ErrorKind.TRANSIENT, provider=provider, outcome_unknown=True,
        message=f"a {model} job was being submitted when the run stopped and no job id was "
                f"recorded; {why}. It was not re-sent: check the provider's dashboard, then "
                "re-run this node explicitly to submit again")


async def decide(scan: Callable[[], Awaitable[Listing]], *, provider: str, model: str,
                 since_unix: float, settle_s: float, authoritative: bool,
                 sleep: Callable[[float], Awaitable[None]], not_listed: str,
                 clock: Callable[[], float] = time.time) -> JobHandle | NotCreated:
    """Scan, adopt one exact match, or prove absence; raise ``held(...)`` otherwise.

    A first scan may find the job at once.  Absence only counts from a scan taken
    ``settle_s`` after the intent (the server may still have been handling the
    POST when we died).  Until then it scans again every ``RESCAN_S``: a listing of
    finished requests only (fal) shows a job that was still running at the first
    scan as soon as it ends, so a resumed run adopts it then, not after the whole
    settle time.  The waits are counted, not read from the clock, so they add up to
    the settle time whatever ``sleep`` is.
    """
    to_wait: float | None = None  # settle time left at the first scan
    waited = 0.0
    while True:
        listing = await scan()
        if len(listing.exact) == 1:
            return listing.exact[0]
        if len(listing.exact) > 1:
            ids = ", ".join(h.job_id for h in listing.exact[:4])
            raise held(provider, model, f"{len(listing.exact)} jobs with the same inputs were "
                                        f"created since then ({ids}) and none can be told apart")
        if to_wait is None:
            to_wait = since_unix + settle_s - clock()
        if waited < to_wait:
            step = min(RESCAN_S, to_wait - waited)
            waited += step
            await sleep(step)
            continue
        if listing.doubtful:
            raise held(provider, model, f"{listing.doubtful} job(s) created since then might be "
                                        "it, but the listing does not show enough of their "
                                        "inputs to tell")
        if not listing.complete:
            raise held(provider, model, "the listing was too long to read to the intent's time")
        if authoritative:
            return NOT_CREATED
        raise held(provider, model, f"none was found, but {not_listed}")
