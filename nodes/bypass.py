"""Bypass (as in ComfyUI): a bypassed node does not run; each output passes through the
value of the node's first input of a compatible type.

Compatible means the same port type (any input for an ``Any`` output), or a ``T`` input
for a ``List[T]`` output, which passes ``[value]`` (the "wrap" rule of ``link_kind``).
Stricter than a link on purpose: an Image may feed a Video input, but a bypassed
Image-to-Video node must not hand a still to a renderer expecting a clip. The executor
works per element, so a mapped node passes each element through.
"""

from __future__ import annotations

from nodes.graph import Graph, Node
from nodes.spec import NodeSpec
from nodes.types import ANY, PortType, list_of


def _kind(src: PortType, dst: PortType) -> str | None:
    """How an input of type ``src`` stands for an output of type ``dst``, if it can."""
    if dst in (src, ANY) or (dst == list_of(ANY) and src.is_list):
        return "direct"
    if dst.is_list and not src.is_list and dst.item in (src, ANY):
        return "wrap"
    return None


def candidates(spec: NodeSpec, output: str) -> list[tuple[str, str]]:
    """(input name, link kind) for each input that could stand for ``output``, in order."""
    port = spec.output_port(output)
    if port is None:
        return []
    found = []
    for inp in spec.inputs:
        kind = _kind(inp.type, port.type)
        if kind is not None:
            found.append((inp.name, kind))
    return found


def bypass_refusal(spec: NodeSpec) -> str | None:
    """Why no node of this type can be bypassed, or None if it can."""
    for port in spec.outputs:
        if not candidates(spec, port.name):
            return f"output '{port.name}' ({port.type}) has no input of a compatible type"
    return None


def plan(spec: NodeSpec, linked: set[str]) -> dict[str, tuple[str, str]] | str:
    """Output name -> (input, kind) among the ``linked`` inputs, or the reason it is refused."""
    reason = bypass_refusal(spec)
    if reason is not None:
        return reason
    chosen: dict[str, tuple[str, str]] = {}
    for port in spec.outputs:
        usable = [c for c in candidates(spec, port.name) if c[0] in linked]
        if not usable:
            names = [name for name, _ in candidates(spec, port.name)]
            return f"output '{port.name}' needs one of the inputs {names} linked to pass through"
        chosen[port.name] = usable[0]
    return chosen


def problem_for(graph: Graph, node: Node, spec: NodeSpec) -> str | None:
    """The validation message for a bypassed node, or None when its bypass is sound."""
    linked = {lk.dst_port for lk in graph.links_into(node.id)}
    result = plan(spec, linked)
    return f"is bypassed but {result}" if isinstance(result, str) else None
