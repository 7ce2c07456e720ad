"""Graph validation: every problem at once, each naming its node and param.

Checks: unknown node types, unknown ports, links whose types do not match,
cycles, missing required inputs, inputs linked twice, bad param values or
ranges, and missing input files. Also infers each output's runtime type (list
mapping turns ``T`` outputs into ``List[T]``; a ``List[Any]`` output takes the element
type of what is linked in, e.g. ``list.join``), which the editor uses too.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from nodes import bypass
from nodes.document import resolve_path
from nodes.errors import Problem
from nodes.graph import Graph, Link, Node
from nodes.registry import Registry
from nodes.spec import NodeSpec, ParamSpec
from nodes.types import ANY, PortType, common_item, link_kind, list_of, refusal_reason


def check_param(spec: ParamSpec, value: Any, *, base_dir: Path | None) -> str | None:
    """Why ``value`` is not acceptable for ``spec``, or None."""
    if value is None:
        return "is required" if spec.required else None
    kind = spec.kind
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"must be a number, got {value!r}"
        if kind == "int" and not float(value).is_integer():
            return f"must be a whole number, got {value!r}"
        if not math.isfinite(value):
            return f"must be finite, got {value!r}"
        if spec.min is not None and value < spec.min:
            return f"{value} is below the minimum {spec.min:g}"
        if spec.max is not None and value > spec.max:
            return f"{value} is above the maximum {spec.max:g}"
    elif kind == "bool" and not isinstance(value, bool):
        return f"must be true or false, got {value!r}"
    elif kind == "choice" and value not in spec.choices:
        return f"{value!r} is not one of {', '.join(map(str, spec.choices))}"
    elif kind in ("str", "text", "path", "color", "model") and not isinstance(value, str):
        return f"must be text, got {value!r}"
    elif kind == "floats" and not (isinstance(value, list) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)):
        return f"must be a list of numbers, got {value!r}"
    if kind in ("str", "text", "model") and spec.required and not value.strip():
        return "is required"
    if kind == "path" and value and spec.must_exist:
        path = resolve_path(value, base_dir)
        if not path.is_file():
            return f"file not found: {path}"
    if kind == "color" and value and not _is_color(value):
        return f"{value!r} is not a colour like #ff8800"
    return None


def _is_color(value: str) -> bool:
    return len(value) in (7, 9) and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def _check_params(node: Node, spec: NodeSpec, base_dir: Path | None) -> list[Problem]:
    problems = []
    for name in node.params:
        if spec.param(name) is None:
            problems.append(Problem(f"unknown parameter (known: "
                                    f"{', '.join(p.name for p in spec.params) or 'none'})",
                                    node.id, name, "unknown_param"))
    for pspec in spec.params:
        reason = check_param(pspec, node.params.get(pspec.name, pspec.default), base_dir=base_dir)
        if reason:
            problems.append(Problem(reason, node.id, pspec.name, "bad_param"))
    return problems


def output_types(graph: Graph, registry: Registry) -> dict[tuple[str, str], PortType]:
    """Runtime type of every output port, with list mapping applied."""
    result: dict[tuple[str, str], PortType] = {}
    into: dict[str, list[Link]] = {}
    for lk in graph.links:
        into.setdefault(lk.dst_node, []).append(lk)
    for nid in graph.topological_order():
        spec = registry.get(graph.nodes[nid].type_id)
        if spec is None:
            continue
        mapped = False
        linked: list[PortType] = []
        for lk in into.get(nid, ()):
            src, dst = result.get((lk.src_node, lk.src_port)), spec.input(lk.dst_port)
            if src is not None and dst is not None:
                linked.append(src)
                mapped = mapped or link_kind(src, dst.type) == "map"
        for port in spec.outputs:
            ptype = port.type
            if ptype == list_of(ANY) and linked:  # generic list: element type from inputs
                ptype = list_of(common_item(linked))
            result[(nid, port.name)] = list_of(ptype) if mapped else ptype
    return result


def _check_links(graph: Graph, registry: Registry) -> list[Problem]:
    problems: list[Problem] = []
    types = output_types(graph, registry)
    seen_inputs: set[tuple[str, str]] = set()
    for lk in graph.links:
        src_node, dst_node = graph.nodes.get(lk.src_node), graph.nodes.get(lk.dst_node)
        if src_node is None or dst_node is None:
            missing = lk.src_node if src_node is None else lk.dst_node
            problems.append(Problem(f"link {lk} refers to missing node '{missing}'",
                                    lk.dst_node if dst_node else lk.src_node, None, "bad_link"))
            continue
        src_spec, dst_spec = registry.get(src_node.type_id), registry.get(dst_node.type_id)
        if src_spec is not None and src_spec.output_port(lk.src_port) is None:
            problems.append(Problem(f"has no output '{lk.src_port}' (link {lk})", lk.src_node,
                                    code="bad_port", port=lk.src_port))
            continue
        if dst_spec is not None and dst_spec.input(lk.dst_port) is None:
            problems.append(Problem(f"has no input '{lk.dst_port}' (link {lk})", lk.dst_node,
                                    code="bad_port", port=lk.dst_port))
            continue
        if (lk.dst_node, lk.dst_port) in seen_inputs:
            problems.append(Problem("input is linked more than once", lk.dst_node,
                                    code="bad_link", port=lk.dst_port))
        seen_inputs.add((lk.dst_node, lk.dst_port))
        src_type = types.get((lk.src_node, lk.src_port))
        dst_port = dst_spec.input(lk.dst_port) if dst_spec else None
        if src_type is not None and dst_port is not None and link_kind(
                src_type, dst_port.type) is None:
            problems.append(Problem(f"type mismatch on link {lk}: "
                                    f"{refusal_reason(src_type, dst_port.type)}",
                                    lk.dst_node, code="type_mismatch", port=lk.dst_port))
    return problems


def validate(graph: Graph, registry: Registry, *, base_dir: Path | None = None) -> list[Problem]:
    """All problems in ``graph``; an empty list means it can run."""
    problems: list[Problem] = []
    for node in graph.nodes.values():
        spec = registry.get(node.type_id)
        if spec is None:
            problems.append(Problem(f"unknown node type '{node.type_id}' (is its node pack "
                                    "installed? see `mvstudio nodes`)", node.id, None,
                                    "unknown_type"))
            continue
        problems.extend(_check_params(node, spec, base_dir))
        if spec.check is not None:
            problems.extend(spec.check(graph, node, registry))
        if spec.check_files is not None:
            problems.extend(spec.check_files(graph, node, base_dir))
        refusal = bypass.problem_for(graph, node, spec) if node.bypassed else None
        if refusal is not None:
            problems.append(Problem(refusal, node.id, code="bad_bypass"))
        linked = {lk.dst_port for lk in graph.links_into(node.id)}
        for port in spec.inputs:
            if not port.optional and port.name not in linked:
                problems.append(Problem(f"required input '{port.name}' ({port.type}) is not "
                                        "connected", node.id, code="missing_input", port=port.name))
    problems.extend(_check_links(graph, registry))
    cycle = graph.find_cycle()
    if cycle:
        problems.append(Problem("the graph has a cycle: " + " -> ".join(cycle + cycle[:1]),
                                cycle[0], None, "cycle"))
    return problems
