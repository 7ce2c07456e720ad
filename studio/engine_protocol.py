"""What crosses the pipe between the studio and its engine process (JSON lines).

Every message is a frozen dataclass below; :func:`encode` and :func:`decode` are
the only ways onto and off the wire, and :func:`decode` checks a message against
its dataclass (known ``op``, required fields present, field types right), raising
:class:`ProtocolError` otherwise: a bad message is an error, never a silent drop.

* studio -> engine: :class:`RunMessage`, :class:`CancelMessage`,
  :class:`ReviewDecisionMessage`, :class:`QuitMessage`.
* engine -> studio: :class:`ReadyMessage`, :class:`EventMessage`, :class:`ReviewMessage`,
  :class:`FinishedMessage` (result or null when cancelled), :class:`CrashedMessage`.

Run results and review items are plain JSON here and the engine's own types on
each side. Provider keys travel in ``run`` (settings and env) over the private
pipe only; neither side ever logs a message.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar

from nodes.cache import ArtifactStore, canonical_json, decode_value
from nodes.document import dumps
from nodes.errors import NodeEngineError
from nodes.executor import NodeReport, RunResult
from nodes.review import ReviewItem
from nodes.run_request import RunRequest
from nodes.states import NodeStatus, RunStatus


class ProtocolError(ValueError):
    """A line that is not a valid engine message (bad JSON, unknown op, wrong fields)."""


@dataclass(frozen=True, slots=True)
class RunMessage:
    op: ClassVar[str] = "run"
    id: str
    graph: str
    graph_path: str | None = None
    targets: list[str] | None = None
    budget_usd: float | None = None
    dry_run: bool = False
    no_cache: bool = False
    review: str = "ask"
    resubmit: list[str] = field(default_factory=list)
    kind: str = "render"
    provider_settings: dict[str, str] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    env: dict[str, str] | None = None
    events: bool = True


@dataclass(frozen=True, slots=True)
class CancelMessage:
    op: ClassVar[str] = "cancel"
    id: str


@dataclass(frozen=True, slots=True)
class ReviewDecisionMessage:
    op: ClassVar[str] = "review_decision"
    req: str
    approved: bool | None = None
    note: str = ""
    who: str = ""


@dataclass(frozen=True, slots=True)
class QuitMessage:
    op: ClassVar[str] = "quit"


@dataclass(frozen=True, slots=True)
class ReadyMessage:
    op: ClassVar[str] = "ready"
    pid: int


@dataclass(frozen=True, slots=True)
class EventMessage:
    op: ClassVar[str] = "event"
    id: str
    event: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ReviewMessage:
    op: ClassVar[str] = "review"
    id: str
    req: str
    item: dict[str, Any]


@dataclass(frozen=True, slots=True)
class FinishedMessage:
    op: ClassVar[str] = "finished"
    id: str
    result: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class CrashedMessage:
    op: ClassVar[str] = "crashed"
    id: str | None
    message: str


Message = (RunMessage | CancelMessage | ReviewDecisionMessage | QuitMessage | ReadyMessage
           | EventMessage | ReviewMessage | FinishedMessage | CrashedMessage)
MESSAGES: dict[str, type[Any]] = {cls.op: cls for cls in (
    RunMessage, CancelMessage, ReviewDecisionMessage, QuitMessage, ReadyMessage, EventMessage,
    ReviewMessage, FinishedMessage, CrashedMessage)}


def run_fields(request: RunRequest) -> dict[str, Any]:
    """A :class:`RunRequest` as ``run`` message fields (graph as file text); overrides are
    already applied to the graph, so they travel inside it."""
    return {"graph": dumps(request.graph),
            "graph_path": str(request.graph_path) if request.graph_path else None,
            "targets": sorted(request.targets) if request.targets is not None else None,
            "budget_usd": request.budget_usd, "dry_run": request.dry_run,
            "no_cache": request.no_cache, "review": str(request.review),
            "resubmit": sorted(request.resubmit), "kind": str(request.kind),
            "limits": dict(request.limits)}


def encode(message: Message) -> bytes:
    """One JSON line; the message is checked first, so nothing invalid is ever sent."""
    data = {"op": message.op, **{f.name: getattr(message, f.name)
                                 for f in dataclasses.fields(message)}}
    from_dict(data)
    return dump_line(data)


def decode(line: bytes | str) -> Message:
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    return from_dict(data)


def from_dict(data: Any) -> Message:
    """The message ``data`` describes, or :class:`ProtocolError` saying what is wrong."""
    if not isinstance(data, dict):
        raise ProtocolError(f"a message is a JSON object, not {type(data).__name__}")
    cls = MESSAGES.get(str(data.get("op")))
    if cls is None:
        raise ProtocolError(f"unknown op {data.get('op')!r}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields) - {"op"})
    if unknown:
        raise ProtocolError(f"{cls.op}: unknown field(s) {', '.join(unknown)}")
    for name, f in fields.items():
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ProtocolError(f"{cls.op}: missing field {name!r}")
        elif not _fits(data[name], hints[name]):
            raise ProtocolError(f"{cls.op}: field {name!r} must be {hints[name]}, "
                                f"not {type(data[name]).__name__}")
    message: Message = cls(**{k: v for k, v in data.items() if k != "op"})
    return message


def _fits(value: Any, hint: Any) -> bool:
    """A JSON value against a field annotation (unions, lists, dicts, scalars)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arm) for arm in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is Any:
        return True
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if origin is dict:
        key, item = typing.get_args(hint)
        return isinstance(value, dict) and all(isinstance(k, str) and _fits(v, item)
                                               for k, v in value.items())
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def dump_line(message: dict[str, Any]) -> bytes:
    return (json.dumps(message, separators=(",", ":"), default=str) + "\n").encode("utf-8")


def result_to_json(result: RunResult) -> dict[str, Any]:
    outputs: dict[str, Any] = {}
    for node_id, values in result.outputs.items():
        try:
            outputs[node_id] = json.loads(canonical_json(values))
        except (TypeError, ValueError):
            continue  # a dry run's stand-ins: nothing the studio could show anyway
    return {"run_id": result.run_id, "status": result.status, "seconds": result.seconds,
            "cost_usd": result.cost_usd, "estimated_cost_usd": result.estimated_cost_usd,
            "nodes": {nid: rep.to_json() for nid, rep in result.nodes.items()},
            "outputs": outputs, "report": json.loads(json.dumps(result.report, default=str)),
            "error": str(result.error) if result.error is not None else None}


class RemoteRunError(NodeEngineError):
    """A run's error as the engine process reported it (the message, not the type)."""


def result_from_json(data: dict[str, Any], artifacts: ArtifactStore) -> RunResult:
    outputs: dict[str, dict[str, Any]] = {}
    for node_id, values in data.get("outputs", {}).items():
        try:
            outputs[node_id] = decode_value(values, artifacts)
        except KeyError:
            continue  # an artifact deleted meanwhile (cache cleared)
    nodes = {nid: NodeReport(**{**rep, "status": NodeStatus(rep["status"])})
             for nid, rep in data.get("nodes", {}).items()}
    error = data.get("error")
    return RunResult(run_id=data["run_id"], status=RunStatus(data["status"]), seconds=data["seconds"],
                     cost_usd=data["cost_usd"], nodes=nodes, outputs=outputs,
                     report=data.get("report", {}),
                     error=RemoteRunError(error) if error else None,
                     estimated_cost_usd=data.get("estimated_cost_usd", 0.0))


def review_item_from_json(data: dict[str, Any]) -> ReviewItem:
    return ReviewItem(**data)
