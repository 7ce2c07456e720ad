"""List nodes: join values and lists into one list, pick elements from a list.

Outputs are declared ``List[Any]``; validation gives them the element type of what is
linked in (``List[Video]``, or ``List[Media]`` for images mixed with videos).
"""

from __future__ import annotations

import random
from typing import Any

from nodes.context import NodeContext
from nodes.errors import BadNodeInput, Problem
from nodes.graph import Graph, Node
from nodes.registry import Registry
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import ANY, common_item, list_of

JOIN_INPUTS = 8  # ports have fixed names; eight covers hand-built graphs (chain joins for more)


def _join_port(i: int) -> str:
    return f"in{i}"


async def _run_join(ctx: NodeContext, **inputs: Any) -> dict[str, Any]:
    out: list[Any] = []
    for i in range(1, JOIN_INPUTS + 1):
        if _join_port(i) not in inputs:
            continue
        value = inputs[_join_port(i)]
        out.extend(value if isinstance(value, list) else [value])
    if not out:
        raise BadNodeInput(ctx.node_id, "nothing arrived: link at least one input (in1..in8)")
    return {"list": out}


def _check_join(graph: Graph, node: Node, registry: Registry) -> list[Problem]:
    from nodes.validate import output_types

    types = output_types(graph, registry)
    links = list(graph.links_into(node.id))
    linked = [t for lk in links if (t := types.get((lk.src_node, lk.src_port))) is not None]
    if not links:
        return [Problem("link at least one input (in1..in8)", node.id, code="missing_input")]
    if len(linked) > 1 and common_item(linked) == ANY and any(
            (t.item or t) != ANY for t in linked):
        names = ", ".join(sorted({str(t.item or t) for t in linked}))
        return [Problem(f"cannot join different kinds of values into one list ({names})",
                        node.id, code="type_mismatch")]
    return []


def parse_items(text: str, n: int, *, node_id: str) -> list[int]:
    """Indices chosen by ``text``: "" (all), "3", "-1", "2:5", "::2", "1,4,6"."""
    text = text.strip()
    if not text:
        return list(range(n))
    try:
        picked: list[int] = []
        for part in text.split(","):
            part = part.strip()
            if ":" in part:
                bounds = [int(b) if b.strip() else None for b in part.split(":")]
                if len(bounds) > 3 or bounds[2:3] == [0]:
                    raise ValueError(part)
                picked.extend(range(n)[slice(*bounds)])
            else:
                i = int(part)
                if not -n <= i < n:
                    raise BadNodeInput(node_id, f"index {i} is outside the list of {n}",
                                       param="items")
                picked.append(i % n)
        return picked
    except ValueError:
        raise BadNodeInput(node_id, f"{text!r} is not an index or slice like 3, -1, 2:5 or "
                           "::2", param="items") from None


async def _run_pick(ctx: NodeContext, **inputs: Any) -> dict[str, Any]:
    p, values = ctx.params, list(inputs["list"])
    if not values:
        raise BadNodeInput(ctx.node_id, "the input list is empty", param="items")
    chosen = [values[i] for i in parse_items(str(p["items"] or ""), len(values),
                                              node_id=ctx.node_id)]
    chosen = chosen[::int(p["every"])]
    if p["shuffle"]:
        random.Random(int(p["seed"])).shuffle(chosen)
    if not chosen:
        raise BadNodeInput(ctx.node_id, f"{p['items']!r} picks nothing from a list of "
                           f"{len(values)}", param="items")
    length = int(p["repeat_to"])
    if length:
        chosen = [chosen[i % len(chosen)] for i in range(length)]
    return {"list": chosen, "first": chosen[0]}


SPECS = [
    NodeSpec("list.join", "Join lists", "lists", _run_join, check=_check_join,
             inputs=tuple(PortSpec(_join_port(i), ANY, "a value or a list", optional=True)
                          for i in range(1, JOIN_INPUTS + 1)),
             outputs=(PortSpec("list", list_of(ANY), "everything, in input order"),),
             description="Values and lists into one list, order kept (in1 first)."),
    NodeSpec("list.pick", "Pick from list", "lists", _run_pick,
             inputs=(PortSpec("list", list_of(ANY)),),
             outputs=(PortSpec("list", list_of(ANY), "the picked elements"),
                      PortSpec("first", ANY, "the first picked element")),
             params=(
                 ParamSpec("items", "str", "", "index or slice: 3, -1, 2:5, ::2, 1,4,6; "
                           "empty = all"),
                 ParamSpec("every", "int", 1, "keep every n-th of those", min=1, max=1000),
                 ParamSpec("shuffle", "bool", False, "shuffle (repeatable: same seed, same "
                           "order)"),
                 ParamSpec("seed", "int", 0, "shuffle seed", min=0, max=2**31 - 1),
                 ParamSpec("repeat_to", "int", 0, "cycle the result to this length (0 = off)",
                           min=0, max=100000),
             ),
             description="Elements of a list: an index, a slice, every n-th, shuffled with "
                         "a seed, repeated to a length."),
]
