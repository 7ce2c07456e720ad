"""``mvstudio models refresh [REF ...] [--graph GRAPH]``: fetch and cache live model schemas.

For Replicate and fal models that are not curated, the providers' published input schemas
(see :mod:`providers.model_refresh`) are fetched with your keys and cached, so the graph
check at load and the input mapping use them instead of the generic mapping.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def add_models_parser(subparsers: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "models", help="model schemas: `models refresh` fetches live ones (Replicate, fal)")
    p.add_argument("action", choices=["refresh"])
    p.add_argument("refs", nargs="*", metavar="PROVIDER:MODEL")
    p.add_argument("--graph", help="refresh every replicate:/fal: model this graph uses")
    return p


def _graph_refs(path: str) -> list[str]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [part.strip() for node in data.get("nodes", [])
            for part in str((node.get("params") or {}).get("model", "")).split("|")
            if part.strip().startswith(("replicate:", "fal:"))]


async def _refresh(refs: list[str]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    import httpx

    from providers.registry import make_provider

    found: dict[str, dict[str, Any]] = {}
    errors: list[str] = []
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0)) as client:
        for ref in refs:
            name, _, model = ref.partition(":")
            try:
                provider: Any = make_provider(name, client=client)
                found[ref] = await provider.live_inputs(model)
            except Exception as exc:  # noqa: BLE001 - one line per model, keep going
                errors.append(f"{ref}: {exc}")
    return found, errors


def cmd_models(args: argparse.Namespace) -> int:
    from providers.model_refresh import save, schema_from_inputs

    refs = list(dict.fromkeys([*args.refs, *(_graph_refs(args.graph) if args.graph else [])]))
    bad = [r for r in refs if not r.startswith(("replicate:", "fal:")) or ":" not in r]
    if bad or not refs:
        print("mvstudio: models refresh takes replicate:OWNER/NAME or fal:ENDPOINT refs "
              f"(or --graph); got {', '.join(bad) or 'none'}")
        return EXIT_BAD_INPUT
    found, errors = asyncio.run(_refresh(refs))
    if found:
        path = save(found)
        for ref, inputs in found.items():
            schema = schema_from_inputs(inputs)
            print(f"{ref}: {len(inputs)} inputs; size -> {schema.size_mode}"
                  + (f" {', '.join(schema.sizes)}" if schema.sizes else "")
                  + (f"; durations {', '.join(map(str, schema.durations))} s"
                     if schema.durations else ""))
        print(f"cached in {path}")
    for line in errors:
        print(f"mvstudio: {line}")
    return EXIT_FAILED if errors else EXIT_OK
