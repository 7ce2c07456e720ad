"""What crosses the pipe between the studio and its engine process (JSON lines).

Run results and review items are turned into plain JSON here and back into the
engine's own types on the other side, so the GUI code is the same whether the
executor runs in-process or in :mod:`studio.engine_worker`.

Messages, one JSON object per line:

* studio -> engine: ``run`` (id, graph text, targets, budget, flags, provider
  settings, limits, env, events), ``cancel`` (id), ``review_decision`` (req,
  approved, note, who), ``quit``.
* engine -> studio: ``ready``, ``event`` (id, event), ``review`` (id, req,
  item), ``finished`` (id, result or null when cancelled), ``crashed`` (id,
  message).

Provider keys travel in ``run`` (settings and env) over the private pipe only;
neither side ever logs a message.
"""

from __future__ import annotations

import json
from typing import Any

from nodes.cache import ArtifactStore, canonical_json, decode_value
from nodes.errors import NodeEngineError
from nodes.executor import NodeReport, RunResult
from nodes.review import ReviewItem


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
    nodes = {nid: NodeReport(**rep) for nid, rep in data.get("nodes", {}).items()}
    error = data.get("error")
    return RunResult(run_id=data["run_id"], status=data["status"], seconds=data["seconds"],
                     cost_usd=data["cost_usd"], nodes=nodes, outputs=outputs,
                     report=data.get("report", {}),
                     error=RemoteRunError(error) if error else None,
                     estimated_cost_usd=data.get("estimated_cost_usd", 0.0))


def review_item_from_json(data: dict[str, Any]) -> ReviewItem:
    return ReviewItem(**data)
