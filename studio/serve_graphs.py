"""What a client submits to ``POST /jobs``, checked exactly as ``mvstudio render`` checks it.

A job spec is JSON::

    {"graph": {...an .mvgraph document...}}      or   {"graph_path": "videos/a.mvgraph"}
    "set": ["theme.text=\\"rain\\"", ...]  or  {"theme.text": "rain"}   (optional)
    "targets": ["render"], "budget_usd": 2.0, "approve": "all",  "webhook_url": "https://..."

``graph_path`` is relative to the server's ``--root`` and may not leave it. A graph sent
in the body resolves its relative paths against ``--root`` too. Every ``out.render`` of a
job writes into the job's own folder (``<home>/serve/jobs/<id>/<node>.mp4``), so two jobs
of one graph never overwrite each other and downloads only ever serve the job's files.
Problems are the lines ``mvstudio validate`` prints, and the submission fails with 400.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nodes import document
from nodes.errors import GraphFileError
from nodes.graph import Graph
from nodes.registry import Registry
from nodes.run_request import ReviewPolicy, RunRequest, UnknownTarget, make_request
from nodes.validate import validate

SPEC_KEYS = frozenset({"graph", "graph_path", "set", "targets", "budget_usd", "approve",
                       "webhook_url", "no_cache"})


class SubmitError(Exception):
    """A submission the server refuses (HTTP 400), with the problems as lines."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])


@dataclass(frozen=True, slots=True)
class PreparedJob:
    graph: Graph
    graph_path: Path
    request: RunRequest


def check_spec(spec: Any) -> dict[str, Any]:
    """Shape checks that need no graph (so a bad request fails before anything is stored)."""
    if not isinstance(spec, dict):
        raise SubmitError("the body must be a JSON object")
    unknown = sorted(set(spec) - SPEC_KEYS)
    if unknown:
        raise SubmitError(f"unknown field(s) {', '.join(unknown)}; known: "
                          f"{', '.join(sorted(SPEC_KEYS))}")
    if ("graph" in spec) == ("graph_path" in spec):
        raise SubmitError("give exactly one of \"graph\" (the document) or \"graph_path\"")
    if "graph_path" in spec and not isinstance(spec["graph_path"], str):
        raise SubmitError("\"graph_path\" must be a string")
    budget = spec.get("budget_usd")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, int | float)
                               or budget < 0):
        raise SubmitError("\"budget_usd\" must be a number >= 0")
    if spec.get("approve") not in (None, "all"):
        raise SubmitError("\"approve\" must be \"all\" or absent")
    url = spec.get("webhook_url")
    if url is not None and (not isinstance(url, str) or not url.startswith(("http://",
                                                                              "https://"))):
        raise SubmitError("\"webhook_url\" must be an http(s) URL")
    targets = spec.get("targets")
    if targets is not None and (not isinstance(targets, list)
                                or not all(isinstance(t, str) for t in targets)):
        raise SubmitError("\"targets\" must be a list of node ids")
    return spec


def _overrides(raw: Any) -> list[tuple[str, str, Any]]:
    """``--set`` strings (VALUE is JSON or text, as on the command line) or an object."""
    items: list[tuple[str, Any]] = []
    if isinstance(raw, list) and all(isinstance(s, str) for s in raw):
        for text in raw:
            target, sep, value = text.partition("=")
            if not sep:
                raise SubmitError(f"set {text!r}: expected NODE.PARAM=VALUE")
            try:
                items.append((target, json.loads(value)))
            except ValueError:
                items.append((target, value))
    elif isinstance(raw, dict):
        items = [(str(k), v) for k, v in raw.items()]
    elif raw is not None:
        raise SubmitError("\"set\" must be a list of \"NODE.PARAM=VALUE\" or an object")
    out = []
    for target, value in items:
        node, dot, param = target.partition(".")
        if not dot or not node or not param:
            raise SubmitError(f"set {target!r}: expected NODE.PARAM")
        out.append((node, param, value))
    return out


def _load(spec: Mapping[str, Any], *, registry: Registry, root: Path, job_id: str
          ) -> tuple[Graph, Path]:
    try:
        if "graph" in spec:
            loaded = document.loads(json.dumps(spec["graph"]), registry, source="<request>")
            return loaded.graph, root / f"serve-{job_id}.mvgraph"
        path = (root / str(spec["graph_path"])).resolve()
        if not path.is_relative_to(root.resolve()):
            raise SubmitError(f"graph_path {spec['graph_path']!r} is outside the server's "
                              "root folder")
        return document.load(path, registry).graph, path
    except GraphFileError as exc:
        raise SubmitError(str(exc), [str(exc)]) from None


def prepare(spec: Mapping[str, Any], *, registry: Registry, root: Path, job_dir: Path,
            job_id: str) -> PreparedJob:
    """Load, override, redirect outputs into ``job_dir`` and validate; a checked request."""
    check_spec(spec)
    graph, graph_path = _load(spec, registry=registry, root=root, job_id=job_id)
    source = "<request>" if "graph" in spec else str(graph_path)
    overrides = _overrides(spec.get("set"))
    missing = sorted({n for n, _p, _v in overrides} - set(graph.nodes))
    if missing:
        raise SubmitError(f"set: no node {', '.join(map(repr, missing))} (nodes: "
                          f"{', '.join(graph.nodes)})")
    for node in graph.nodes.values():
        if node.type_id == "out.render":
            overrides.append((node.id, "path", str(job_dir / f"{node.id}.mp4")))
    for node_id, param, value in overrides:
        graph.nodes[node_id].params[param] = value
    try:  # the queue stores the graph: the file format's no-secrets rule applies
        document.to_data(graph)
    except GraphFileError as exc:
        raise SubmitError(str(exc).replace("<graph>", "<request>")) from None
    problems = validate(graph, registry, base_dir=graph_path.parent)
    if problems:
        lines = [f"{source}: {p}" for p in problems]
        raise SubmitError(f"the graph has {len(problems)} problem(s)", lines)
    try:
        request = make_request(
            graph, graph_path=graph_path, targets=spec.get("targets") or None,
            budget_usd=spec.get("budget_usd"), no_cache=bool(spec.get("no_cache")),
            review=ReviewPolicy.APPROVE_ALL if spec.get("approve") == "all" else ReviewPolicy.ASK)
    except UnknownTarget as exc:
        raise SubmitError(f"targets: {exc}") from None
    return PreparedJob(graph=graph, graph_path=graph_path, request=request)


def job_outputs(report: Mapping[str, Any]) -> dict[str, str]:
    """Download name -> path for the files this run wrote: the render(s), posters and
    published files with their sidecars. Names are plain file names, made unique."""
    paths: list[str] = []
    for key in ("output", "poster"):
        if isinstance(report.get(key), str):
            paths.append(report[key])
    published = report.get("published")
    for path in published if isinstance(published, list) else []:
        paths += [str(path), f"{path}.json"]
    names: dict[str, str] = {}
    for path in paths:
        if not Path(path).is_file() or path in names.values():
            continue
        name, n = Path(path).name, 1
        while name in names:
            n += 1
            name = f"{Path(path).stem}-{n}{Path(path).suffix}"
        names[name] = str(Path(path).resolve())
    return names
