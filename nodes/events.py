"""Typed run events, sent to an :class:`EventSink`.

The CLI prints them as progress bars, the studio turns them into badges, and the
run store persists them. Events carry no secrets and no big data.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


def _now() -> float:
    return time.time()


@dataclass(frozen=True, slots=True)
class Event:
    run_id: str
    at: float = field(default_factory=_now, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        return {"type": type(self).__name__,
                **{f.name: getattr(self, f.name) for f in dataclasses.fields(self)}}


@dataclass(frozen=True, slots=True)
class RunStarted(Event):
    graph: str
    total_nodes: int


@dataclass(frozen=True, slots=True)
class NodeQueued(Event):
    node_id: str


@dataclass(frozen=True, slots=True)
class NodeStarted(Event):
    node_id: str
    elements: int = 1


@dataclass(frozen=True, slots=True)
class NodeProgress(Event):
    node_id: str
    fraction: float | None
    message: str = ""


@dataclass(frozen=True, slots=True)
class NodeCached(Event):
    node_id: str
    artifacts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NodeFinished(Event):
    node_id: str
    seconds: float
    cost_usd: float = 0.0
    artifacts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NodeFailed(Event):
    node_id: str
    message: str
    kind: str = "error"  # error, skipped (upstream failed), cancelled


@dataclass(frozen=True, slots=True)
class RunFinished(Event):
    status: str  # succeeded, failed, cancelled, stopped
    seconds: float
    cost_usd: float


def event_from_dict(data: dict[str, Any]) -> Event:
    """Inverse of :meth:`Event.to_dict` (events crossing a process boundary as JSON)."""
    fields = dict(data)
    kind = _EVENT_TYPES.get(str(fields.pop("type", "")))
    if kind is None:
        raise ValueError(f"unknown event type {data.get('type')!r}")
    if isinstance(fields.get("artifacts"), list):
        fields["artifacts"] = tuple(fields["artifacts"])
    return kind(**fields)


_EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls for cls in (RunStarted, NodeQueued, NodeStarted, NodeProgress, NodeCached,
                                  NodeFinished, NodeFailed, RunFinished)}


class EventSink(Protocol):
    def __call__(self, event: Event) -> None: ...


class ListSink:
    """Collects events (tests, reports)."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type[Event]) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


class FanOut:
    """Send each event to several sinks; a failing sink never stops the run."""

    def __init__(self, *sinks: Callable[[Event], None]) -> None:
        self.sinks = list(sinks)

    def __call__(self, event: Event) -> None:
        for sink in self.sinks:
            with contextlib.suppress(Exception):  # a view bug must not kill a paid run
                sink(event)
