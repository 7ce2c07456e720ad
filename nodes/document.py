"""The ``.mvgraph`` file format (v1): parse -> migrate -> build, and atomic save.

Unknown node types load as placeholders that keep their raw JSON and save it
back unchanged. Secrets never go into the file: the writer refuses params whose
name looks like a key. Paths are stored as the user gave them, relative to the
graph file; :func:`resolve_path` turns them into real paths.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodes.errors import GraphFileError, Problem
from nodes.files import atomic_write_bytes
from nodes.graph import Graph, Link, Node
from nodes.registry import Registry

FORMAT = "mvstudio.graph"
FORMAT_VERSION = 1
APP_VERSION = "0.1.0"
SECRET_PARAM_NAMES = ("api_key", "apikey", "token", "secret", "password")

# v_n -> v_n+1 upgrades of the whole document; v1 is the first published version.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}
# Renamed node types and ports: old -> new. Applied to every loaded file.
TYPE_RENAMES: dict[str, str] = {}
PORT_RENAMES: dict[tuple[str, str], str] = {}  # (type_id, old port) -> new port


@dataclass(slots=True)
class LoadedGraph:
    graph: Graph
    path: Path | None
    migrated_from: int | None = None
    problems: list[Problem] = field(default_factory=list)


def resolve_path(value: str, base_dir: Path | None) -> Path:
    p = Path(os.path.expanduser(value))
    if not p.is_absolute() and base_dir is not None:
        p = base_dir / p
    return p


def parse(text: str, *, source: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphFileError(source, f"not valid JSON: {exc.msg} at line {exc.lineno}, "
                                     f"column {exc.colno}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GraphFileError(source, f"not an mvstudio graph (expected \"format\": \"{FORMAT}\")")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise GraphFileError(source, "\"version\" must be a positive integer")
    if version > FORMAT_VERSION:
        raise GraphFileError(source, f"file format version {version} is newer than this "
                                     f"mvstudio supports ({FORMAT_VERSION}); update mvstudio")
    for key, kind in (("nodes", list), ("links", list)):
        if not isinstance(data.get(key, []), kind):
            raise GraphFileError(source, f"\"{key}\" must be a list")
    if not isinstance(data.get("ui", {}), dict):
        raise GraphFileError(source, "\"ui\" must be an object")
    return data


def migrate(data: dict[str, Any]) -> tuple[dict[str, Any], int | None]:
    """Upgrade to the current version and apply rename tables; returns (data, old version)."""
    start = data["version"]
    while data["version"] < FORMAT_VERSION:
        data = MIGRATIONS[data["version"]](data)
    for node in data.get("nodes", []):
        if isinstance(node, dict) and node.get("type") in TYPE_RENAMES:
            node["type"] = TYPE_RENAMES[node["type"]]
    types: dict[Any, Any] = {n.get("id"): n.get("type") for n in data.get("nodes", [])
                             if isinstance(n, dict)}
    for link in data.get("links", []):
        for end in ("from", "to"):
            ref = link.get(end) if isinstance(link, dict) else None
            if isinstance(ref, list) and len(ref) == 2:
                new = PORT_RENAMES.get((str(types.get(ref[0])), str(ref[1])))
                if new:
                    ref[1] = new
    return data, (start if start != FORMAT_VERSION else None)


def _build_node(raw: Any, registry: Registry, index: int, source: str) -> Node:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(
            raw.get("type"), str):
        raise GraphFileError(source, f"nodes[{index}] needs a string \"id\" and \"type\"")
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise GraphFileError(source, f"node '{raw['id']}': \"params\" must be an object")
    spec = registry.get(raw["type"])
    node = Node(id=raw["id"], type_id=raw["type"], type_version=int(raw.get("type_version", 1)),
                params=dict(params), pinned=bool(raw.get("pinned", False)),
                bypassed=bool(raw.get("bypassed", False)))
    if spec is None:
        node.raw = raw  # placeholder: saved back exactly as read
    else:
        node.params = {**spec.defaults(), **params}
    return node


def build(data: dict[str, Any], registry: Registry, *, source: str) -> Graph:
    graph = Graph()
    for i, raw in enumerate(data.get("nodes", [])):
        node = _build_node(raw, registry, i, source)
        if node.id in graph.nodes:
            raise GraphFileError(source, f"node id '{node.id}' is used twice")
        graph.nodes[node.id] = node
    for i, raw in enumerate(data.get("links", [])):
        ends: list[Any] = [raw.get(k) if isinstance(raw, dict) else None for k in ("from", "to")]
        if not all(isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) for x in e)
                   for e in ends):
            raise GraphFileError(source, f"links[{i}] must be "
                                         "{\"from\": [node, port], \"to\": [node, port]}")
        graph.links.append(Link(ends[0][0], ends[0][1], ends[1][0], ends[1][1]))
    graph.ui = {k: dict(v) for k, v in data.get("ui", {}).items() if isinstance(v, dict)}
    known = {"format", "version", "app_version", "requires", "nodes", "links", "ui"}
    graph.extra = {k: v for k, v in data.items() if k not in known}
    return graph


def loads(text: str, registry: Registry, *, source: str = "<graph>") -> LoadedGraph:
    data, old = migrate(parse(text, source=source))
    return LoadedGraph(build(data, registry, source=source), None, migrated_from=old)


def load(path: str | Path, registry: Registry) -> LoadedGraph:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GraphFileError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFileError(str(path), f"cannot read: {exc}") from None
    loaded = loads(text, registry, source=str(path))
    loaded.path = path
    return loaded


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _holds_secret(name: str, value: Any) -> bool:
    """A secret-looking param name, unless it names the environment variable that holds
    the secret (``secret_env: "HOOK_SECRET"``), which is what keeps secrets out of files."""
    if not any(s in name.lower() for s in SECRET_PARAM_NAMES):
        return False
    return not (name.lower().endswith("_env") and isinstance(value, str)
                and _ENV_NAME.match(value) is not None)


def _node_data(node: Node) -> dict[str, Any]:
    if node.raw is not None:
        return node.raw
    for name, value in node.params.items():
        if _holds_secret(name, value):
            raise GraphFileError("<graph>", f"node '{node.id}', param '{name}': secrets never "
                                            "go into graph files; use the environment or settings")
    data = {"id": node.id, "type": node.type_id, "type_version": node.type_version,
            "params": node.params, "pinned": node.pinned}
    if node.bypassed:  # only when true: files without bypassed nodes stay as they were
        data["bypassed"] = True
    return data


def to_data(graph: Graph) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": FORMAT_VERSION, "app_version": APP_VERSION,
        "requires": {"mvstudio": ">=0.1"},
        "nodes": [_node_data(n) for n in graph.nodes.values()],
        "links": [{"from": [lk.src_node, lk.src_port], "to": [lk.dst_node, lk.dst_port]}
                  for lk in graph.links],
        "ui": {k: v for k, v in graph.ui.items() if k in graph.nodes},
        **graph.extra,
    }


def dumps(graph: Graph) -> str:
    return json.dumps(to_data(graph), indent=2, ensure_ascii=False) + "\n"


def save(graph: Graph, path: str | Path) -> None:
    """Save atomically, keeping the previous version as ``<file>.bak``."""
    path = Path(path)
    text = dumps(graph)  # serialise first: a refused graph never touches the disk
    if path.exists():
        atomic_write_bytes(path.with_name(path.name + ".bak"), path.read_bytes())
    atomic_write_bytes(path, text.encode("utf-8"))
