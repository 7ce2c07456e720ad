"""The run report (``mvstudio render --report``), described by docs/run-report.schema.json.

It only gains fields: scripts reading the first release's fields keep working.
Everything nodes record during a run (routes taken, A/B arms, QC results, review
decisions, fallbacks used, publish receipts...) is kept at the top level under
the record's name and, per node, under ``nodes.<id>.details``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from nodes.executor import RunResult

SCHEMA_VERSION = 2
_ELEMENT = re.compile(r"^(?P<node>.+?)\[(?P<i>\d+)\]$")


def _plain(value: Any) -> Any:
    """JSON-safe (paths and artifacts as text), so a report never fails to write."""
    return json.loads(json.dumps(value, default=str))


def node_details(records: dict[str, Any], node_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Per node, what it recorded: ``{record: value}``; mapped nodes keyed by element."""
    details: dict[str, dict[str, Any]] = {}
    known = set(node_ids)
    for name, value in records.items():
        if not isinstance(value, dict):
            continue
        for key, item in value.items():
            match = _ELEMENT.match(str(key))
            if key in known:
                details.setdefault(key, {})[name] = item
            elif match and match["node"] in known:
                per = details.setdefault(match["node"], {}).setdefault(name, {})
                if isinstance(per, dict):
                    per[match["i"]] = item
    return details


def report_data(result: RunResult, graph_path: Path | None) -> dict[str, Any]:
    records = _plain(result.report)
    data: dict[str, Any] = {
        "report_version": SCHEMA_VERSION, "run_id": result.run_id, "status": str(result.status),
        "graph": str(graph_path) if graph_path is not None else "",
        "output": records.get("output"), "cost_usd": round(result.cost_usd, 6),
        "seconds": round(result.seconds, 4),
        "nodes": {nid: rep.to_json() for nid, rep in result.nodes.items()},
        "cuts_s": records.get("cuts_s", [])}
    for nid, extra in node_details(records, list(result.nodes)).items():
        data["nodes"][nid]["details"] = extra
    for name, value in records.items():
        data.setdefault(name, value)
    if result.estimated_cost_usd:
        data["estimated_cost_usd"] = round(result.estimated_cost_usd, 6)
    if result.error is not None:
        data["error"] = str(result.error)
    return data
