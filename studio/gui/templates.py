"""File > New from template: graphs in ``assets/templates/`` (Qt-free).

A template is an ordinary graph file with a top-level ``template`` block
(title, description). Opening one gives an untitled graph whose relative file
paths (the bundled song, lyrics, pictures) are made absolute, so it renders
offline with no keys before it has been saved anywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from nodes.document import loads
from nodes.graph import Graph
from nodes.registry import Registry

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"
_PATH_TYPES = {"input.audio", "input.image", "input.video", "input.lyrics"}


class TemplateError(Exception):
    """A template that cannot be used (missing node pack, unreadable file)."""


@dataclass(frozen=True, slots=True)
class Template:
    path: Path
    title: str
    description: str


def available(folder: Path = TEMPLATE_DIR) -> list[Template]:
    found: list[Template] = []
    for path in sorted(folder.glob("*.mvgraph")):
        try:
            meta = json.loads(path.read_text(encoding="utf-8")).get("template", {})
        except (OSError, ValueError):
            continue
        found.append(Template(path, str(meta.get("title") or path.stem),
                              str(meta.get("description") or "")))
    return found


def load_template(path: Path, registry: Registry) -> Graph:
    """The template's graph, ready to run from anywhere; refuses one whose node types
    are not installed (it could not render) with the file and node named."""
    graph = loads(path.read_text(encoding="utf-8"), registry, source=str(path)).graph
    missing = sorted({f"{nid} ({n.type_id})" for nid, n in graph.nodes.items()
                      if registry.get(n.type_id) is None})
    if missing:
        raise TemplateError(f"{path.name}: node types not installed: {', '.join(missing)}; "
                            "install the node pack that provides them")
    for node in graph.nodes.values():
        value = node.params.get("path")
        if node.type_id in _PATH_TYPES and isinstance(value, str) and value \
                and not Path(value).is_absolute():
            node.params["path"] = str((path.parent / value).resolve())
    graph.extra.pop("template", None)  # the copy is the creator's graph, not a template
    return graph
