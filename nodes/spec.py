"""Declarative node specs: what a node type takes, gives and needs.

A spec is data plus one ``async def run(ctx, **inputs) -> dict`` function. The
registry, validator, executor, CLI catalog and GUI property panel all read it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodes.types import PortType

PARAM_KINDS = ("str", "text", "int", "float", "bool", "choice", "path", "color", "model",
               "floats", "json")


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One parameter. ``kind`` drives validation and the GUI editor."""

    name: str
    kind: str
    default: Any = None
    help: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()
    required: bool = False
    must_exist: bool = False  # for kind "path": the file must exist when validating
    file_filter: str = ""  # for kind "path": e.g. "Audio (*.wav *.mp3)"
    slider: bool = False
    cache: bool = True  # False: not part of the cache key (e.g. where to write the output)

    def __post_init__(self) -> None:
        if self.kind not in PARAM_KINDS:
            raise ValueError(f"param '{self.name}': unknown kind '{self.kind}'")


@dataclass(frozen=True, slots=True)
class PortSpec:
    name: str
    type: PortType
    help: str = ""
    optional: bool = False
    lazy: bool = False  # routing: only evaluated when the node asks for it


RunFn = Callable[..., Awaitable[Mapping[str, Any]]]
CostFn = Callable[[Mapping[str, Any], Mapping[str, Any]], float]  # (params, inputs)
ResourceFn = Callable[[Mapping[str, Any]], str]


def _free(params: Mapping[str, Any], inputs: Mapping[str, Any]) -> float:
    return 0.0


def _cpu(params: Mapping[str, Any]) -> str:
    return "cpu"


@dataclass(frozen=True, slots=True)
class NodeSpec:
    """A node type. ``type_id`` is stable; bump ``version`` when outputs change meaning."""

    type_id: str
    title: str
    category: str
    run: RunFn
    version: int = 1
    inputs: tuple[PortSpec, ...] = ()
    outputs: tuple[PortSpec, ...] = ()
    params: tuple[ParamSpec, ...] = ()
    description: str = ""
    deterministic: bool = True
    paid: bool = False
    output: bool = False  # writes a user-visible result (out.render, publish.*)
    cacheable: bool = True
    estimate_cost: CostFn = field(default=_free)  # per run (per element when mapped)
    resource: ResourceFn = field(default=_cpu)  # concurrency-limit bucket
    # Runs after every run *and* every cache hit, uncached: output nodes put their
    # file where the user asked even when the result came from the cache.
    after: Callable[..., Awaitable[None]] | None = None
    # Extra load-time checks, e.g. an expression's syntax or "publish only after a gate":
    # check(graph, node, registry) -> list of nodes.errors.Problem.
    check: Callable[..., list[Any]] | None = None
    # Load-time checks that read files: check_files(graph, node, base_dir) -> problems
    # (base_dir resolves relative paths as the path params' own check does).
    check_files: Callable[..., list[Any]] | None = None
    # For nodes that read files: a cheap identity of what they read, part of the cache key
    # (e.g. size and mtime), so an unchanged file is a cache hit and a changed one is not.
    fingerprint: Callable[[Mapping[str, Any], Path | None], Any] | None = None
    # Early work: ``prepare(ctx, **inputs)`` runs as soon as the inputs named in
    # ``prepare_inputs`` are ready (before the others), beside the rest of the graph; ``run``
    # gets its value from ``await ctx.prepared()`` (None if it did not run or failed). A
    # value with ``close()`` is closed when the node is done, however it ends (cache hit,
    # failure, cancellation), so prepared work is cancelled and harmless when unused.
    prepare: Callable[..., Awaitable[Any]] | None = None
    prepare_inputs: tuple[str, ...] = ()

    def input(self, name: str) -> PortSpec | None:
        return next((p for p in self.inputs if p.name == name), None)

    def output_port(self, name: str) -> PortSpec | None:
        return next((p for p in self.outputs if p.name == name), None)

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)

    def key_params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The params that belong in the cache key."""
        return {k: v for k, v in params.items()
                if (p := self.param(k)) is None or p.cache}

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def describe(self) -> dict[str, Any]:
        """JSON description for ``mvstudio nodes --json`` (for people and AI agents)."""
        return {
            "type": self.type_id, "version": self.version, "title": self.title,
            "category": self.category, "description": self.description,
            "deterministic": self.deterministic, "paid": self.paid, "output": self.output,
            "inputs": [{"name": p.name, "type": str(p.type), "optional": p.optional,
                        "lazy": p.lazy, "help": p.help} for p in self.inputs],
            "outputs": [{"name": p.name, "type": str(p.type), "help": p.help}
                        for p in self.outputs],
            "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help,
                        "min": p.min, "max": p.max, "choices": list(p.choices),
                        "required": p.required} for p in self.params],
        }
