"""Stability, OpenAI-compatible and ComfyUI protocol handlers for the fake server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from providers.fakes.state import FakeState


def routes(state: FakeState) -> Iterator[tuple[str, str, str, str, Any]]:
    return iter(())
