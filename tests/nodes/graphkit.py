"""Small builders for test graphs."""

from __future__ import annotations

from typing import Any

from nodes.graph import Graph, Link, Node


def make_graph(nodes: dict[str, tuple[str, dict[str, Any]]], links: list[str]) -> Graph:
    """``links`` as "src.port->dst.port" strings."""
    graph = Graph()
    for nid, (type_id, params) in nodes.items():
        graph.nodes[nid] = Node(nid, type_id, params=dict(params))
    for text in links:
        src, dst = text.split("->")
        (sn, sp), (dn, dp) = src.split("."), dst.split(".")
        graph.links.append(Link(sn, sp, dn, dp))
    return graph
