"""Built-in node types. ``register(registry)`` is also the entry point ``mvstudio.nodes:builtin``."""

from __future__ import annotations

from nodes.registry import Registry


def register(registry: Registry) -> None:
    from nodes.builtin import (
        audio,
        composite,
        folder,
        fx,
        gate,
        generate,
        io,
        layers,
        lists,
        output,
        publish,
        route,
        text,
        visual,
    )

    for module in (io, folder, lists, audio, text, generate, visual, route, composite, fx,
                   layers, output, gate, publish):
        for spec in module.SPECS:
            registry.register(spec)
