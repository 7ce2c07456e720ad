"""The registry: built-ins, entry-point node packs, and broken packs that must not stop the app."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from nodes import registry as registry_module
from nodes.registry import Registry, default_registry
from nodes.spec import NodeSpec, PortSpec
from nodes.types import TEXT


async def _run(ctx):
    return {"text": "hi"}


def _pack(reg: Registry) -> None:
    reg.register(NodeSpec("vendor.hello", "Hello", "vendor", _run,
                          outputs=(PortSpec("text", TEXT),)))


def _broken(reg: Registry) -> None:
    raise RuntimeError("missing dependency")


def test_entry_point_packs_are_loaded_and_broken_ones_reported(monkeypatch):
    eps = [SimpleNamespace(name="builtin", value="nodes.builtin:register", load=lambda: None),
           SimpleNamespace(name="hello", value="vendor_pack:register", load=lambda: _pack),
           SimpleNamespace(name="bad", value="bad_pack:register", load=lambda: _broken)]
    monkeypatch.setattr(registry_module, "entry_points", lambda group: eps)
    reg = default_registry()
    assert reg.get("vendor.hello") is not None
    assert reg.get("out.render") is not None
    assert reg.load_errors == ["node pack 'bad' (bad_pack:register) failed: missing dependency"]


def test_the_installed_builtin_entry_point_is_declared():
    from importlib.metadata import entry_points

    names = {ep.value for ep in entry_points(group="mvstudio.nodes")}
    assert "nodes.builtin:register" in names


def test_duplicate_type_ids_are_refused():
    reg = Registry()
    _pack(reg)
    with pytest.raises(ValueError, match="registered twice"):
        _pack(reg)
