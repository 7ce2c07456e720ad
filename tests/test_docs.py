"""Docs that are generated from code stay current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from nodes.registry import default_registry

ROOT = Path(__file__).resolve().parents[1]


def test_node_catalog_is_current():
    spec = importlib.util.spec_from_file_location("make_node_catalog",
                                                  ROOT / "docs" / "make_node_catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.render(default_registry())
    assert (ROOT / "docs" / "node-catalog.md").read_text(encoding="utf-8") == expected, (
        "docs/node-catalog.md is stale: run `python docs/make_node_catalog.py`")
