"""The node-type registry: an instance passed to whoever needs it.

Third-party packs register through the entry-point group ``mvstudio.nodes``;
each entry point is a function ``register(registry)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import entry_points

from nodes.spec import NodeSpec

ENTRY_POINT_GROUP = "mvstudio.nodes"


class Registry:
    def __init__(self) -> None:
        self._specs: dict[str, NodeSpec] = {}
        self.load_errors: list[str] = []

    def register(self, spec: NodeSpec) -> None:
        if spec.type_id in self._specs:
            raise ValueError(f"node type '{spec.type_id}' is registered twice")
        self._specs[spec.type_id] = spec

    def get(self, type_id: str) -> NodeSpec | None:
        return self._specs.get(type_id)

    def __contains__(self, type_id: object) -> bool:
        return type_id in self._specs

    def __iter__(self) -> Iterator[NodeSpec]:
        return iter(sorted(self._specs.values(), key=lambda s: (s.category, s.type_id)))

    def __len__(self) -> int:
        return len(self._specs)

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP, *, skip: str = "") -> None:
        """Load every installed node pack; a broken pack is recorded, never fatal."""
        for ep in entry_points(group=group):
            if skip and ep.value.startswith(skip):
                continue
            try:
                ep.load()(self)
            except Exception as exc:  # a third-party pack must not stop the app
                self.load_errors.append(f"node pack '{ep.name}' ({ep.value}) failed: {exc}")


def default_registry() -> Registry:
    """Built-in node types plus every installed pack."""
    from nodes import builtin

    registry = Registry()
    builtin.register(registry)
    registry.load_entry_points(skip="nodes.builtin")  # built-ins are registered above
    return registry
