"""Batch specs: a graph, variant axes of ``--set`` overrides, and an output path template.

A spec (TOML)::

    graph = "video.mvgraph"              # relative to the spec file
    output = "out/{song}-{theme}.mp4"    # one file per variant; fields are axis names
    concurrency = 2                      # variants running at once (default 2)

    [axes.song]                          # an axis: value name -> overrides
    intro = ["song.path=intro.wav"]
    outro = "song.path=outro.wav"        # one override may be a plain string

    [axes.theme]
    neon = ["theme.text=neon city at night"]

Without ``rows`` the variants are the product of the axes (in file order). With
``[[rows]]`` (each a table naming one value per axis, and optional extra ``set``)
exactly those rows run. Spec mistakes raise :class:`SpecError` (exit 2) naming the
spec file and the variant; validation problems of one variant only fail that variant.
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nodes.graph import Graph
    from nodes.registry import Registry

SPEC_KEYS = frozenset({"graph", "output", "concurrency", "axes", "rows", "budget"})


class SpecError(Exception):
    """The spec itself is malformed (exit 2)."""


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    values: tuple[tuple[str, str], ...]  # (axis, value name)
    sets: tuple[str, ...]  # NODE.PARAM=VALUE, as `mvstudio render --set`
    output: Path


@dataclass(frozen=True, slots=True)
class BatchSpec:
    path: Path
    graph: Path
    output: str
    concurrency: int
    budget_usd: float | None
    variants: tuple[Variant, ...]


def _sets(spec_path: Path, where: str, raw: Any) -> tuple[str, ...]:
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise SpecError(f"{spec_path}: {where}: expected a NODE.PARAM=VALUE string or a list "
                        "of them")
    return tuple(items)


def _axes(spec_path: Path, raw: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    if not isinstance(raw, dict) or not raw:
        raise SpecError(f"{spec_path}: needs at least one axis: [axes.NAME] with "
                        "value = [\"NODE.PARAM=VALUE\", ...]")
    axes: dict[str, dict[str, tuple[str, ...]]] = {}
    for axis, values in raw.items():
        if not isinstance(values, dict) or not values:
            raise SpecError(f"{spec_path}: axis '{axis}': expected a table of "
                            "value name = overrides")
        axes[axis] = {name: _sets(spec_path, f"axis '{axis}' value '{name}'", sets)
                      for name, sets in values.items()}
    return axes


def _rows(spec_path: Path, axes: dict[str, dict[str, tuple[str, ...]]], raw: Any
          ) -> list[tuple[tuple[tuple[str, str], ...], tuple[str, ...]]]:
    if raw is None:
        combos = itertools.product(*([(axis, v) for v in values] for axis, values in
                                     axes.items()))
        return [(tuple(combo), ()) for combo in combos]
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        raise SpecError(f"{spec_path}: rows: expected [[rows]] tables")
    rows = []
    for i, row in enumerate(raw, 1):
        extra = _sets(spec_path, f"row {i} set", row.get("set", []))
        picked = []
        for axis, value in row.items():
            if axis == "set":
                continue
            if axis not in axes:
                raise SpecError(f"{spec_path}: row {i}: unknown axis '{axis}' (axes: "
                                f"{', '.join(axes)})")
            if value not in axes[axis]:
                raise SpecError(f"{spec_path}: row {i}: axis '{axis}' has no value "
                                f"'{value}' (values: {', '.join(axes[axis])})")
            picked.append((axis, str(value)))
        rows.append((tuple(picked), extra))
    return rows


def _output(spec_path: Path, template: str, name: str, values: dict[str, str]) -> Path:
    try:
        text = template.format(name=name, **values)
    except KeyError as exc:
        raise SpecError(f"{spec_path}: variant '{name}': output template '{template}' names "
                        f"{exc}, which is not an axis of this variant (axes: "
                        f"{', '.join(values)})") from None
    except (ValueError, IndexError) as exc:
        raise SpecError(f"{spec_path}: output template '{template}': {exc}") from None
    return (spec_path.parent / text).resolve()


def load_spec(path: Path) -> BatchSpec:
    """Parse and expand a spec; raise :class:`SpecError` for any mistake in it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the spec: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - SPEC_KEYS)
    if unknown:
        raise SpecError(f"{path}: unknown key(s) {', '.join(unknown)} (known: "
                        f"{', '.join(sorted(SPEC_KEYS))})")
    graph, template = data.get("graph"), data.get("output")
    if not isinstance(graph, str) or not isinstance(template, str):
        raise SpecError(f"{path}: 'graph' and 'output' (a path template) are required strings")
    concurrency = data.get("concurrency", 2)
    if not isinstance(concurrency, int) or concurrency < 1:
        raise SpecError(f"{path}: concurrency: expected a whole number >= 1")
    budget = data.get("budget")
    if budget is not None and not isinstance(budget, (int, float)):
        raise SpecError(f"{path}: budget: expected a number of USD")
    axes = _axes(path, data.get("axes"))
    variants, seen = [], set()
    for picked, extra in _rows(path, axes, data.get("rows")):
        values = dict(picked)
        name = "-".join(values.values())
        if name in seen:
            raise SpecError(f"{path}: variant '{name}' appears twice")
        seen.add(name)
        sets = tuple(s for axis, v in picked for s in axes[axis][v]) + extra
        variants.append(Variant(name, picked, sets, _output(path, template, name, values)))
    outputs = [v.output for v in variants]
    if len(set(outputs)) != len(outputs):
        raise SpecError(f"{path}: output template '{template}' gives several variants the "
                        "same file; name every axis in it")
    return BatchSpec(path, (path.parent / graph).resolve(), template, concurrency,
                     None if budget is None else float(budget), tuple(variants))


def check_sets(spec: BatchSpec, graph: Graph, registry: Registry) -> None:
    """Every override names a node and a param the graph's node type has (else exit 2)."""
    for variant in spec.variants:
        for item in variant.sets:
            target, sep, _value = item.partition("=")
            node_id, dot, param = target.partition(".")
            where = f"{spec.path}: variant '{variant.name}': set {item!r}"
            if not sep or not dot or not param:
                raise SpecError(f"{where}: expected NODE.PARAM=VALUE")
            node = graph.nodes.get(node_id)
            if node is None:
                raise SpecError(f"{where}: no node '{node_id}' in {spec.graph.name} (nodes: "
                                f"{', '.join(graph.nodes)})")
            node_spec = registry.get(node.type_id)
            if node_spec is not None and node_spec.param(param) is None:
                raise SpecError(f"{where}: node '{node_id}' ({node.type_id}) has no param "
                                f"'{param}' (params: "
                                f"{', '.join(p.name for p in node_spec.params)})")


def add_batch_parser(sub: Any) -> None:
    b = sub.add_parser("batch", help="render every variant of a TOML spec as one job "
                       "(shared work once, resumable; see docs/scale-out.md)")
    b.add_argument("spec")
    b.add_argument("--budget", type=float, metavar="USD",
                   help="refuse paid jobs beyond this, for the whole batch")
    b.add_argument("--dry-run", action="store_true",
                   help="estimate each variant's cost and the total; run nothing paid")
    b.add_argument("--concurrency", type=int, metavar="N",
                   help="variants running at once (default: the spec's, else 2)")
    b.add_argument("--report", help="write a JSON summary of every variant here")
    b.add_argument("--ray", nargs="?", const="local", metavar="ADDRESS",
                   help="run heavy node work as Ray tasks: alone, a local Ray instance; with "
                   "an ADDRESS (auto, host:6379, ray://host:10001) an existing cluster "
                   "(needs mvstudio[cluster])")
    b.add_argument("--ray-shared", action="store_true",
                   help="the cluster's nodes see this machine's cache folder at the same path "
                   "(e.g. NFS): tasks read and write it directly instead of through Ray's "
                   "object store")
    b.add_argument("--workers", type=int, metavar="N",
                   help="without --ray: processes for heavy node work (default: CPU count)")
