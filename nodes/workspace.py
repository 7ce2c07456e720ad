"""Where mvstudio keeps its state, and how to get a ready executor.

Cache, run store and settings all live under one root: ``$MVSTUDIO_HOME`` if
set, else the platform's user data dir (XDG on Linux).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nodes.cache import ArtifactStore, ResultCache
from nodes.events import EventSink
from nodes.executor import Executor
from nodes.provider_hub import ProviderHub
from nodes.registry import Registry
from nodes.runs import RunStore


def home_dir() -> Path:
    env = os.environ.get("MVSTUDIO_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("mvstudio", appauthor=False))


@dataclass(slots=True)
class Workspace:
    root: Path
    artifacts: ArtifactStore
    cache: ResultCache
    runs: RunStore
    settings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, root: Path | None = None) -> Workspace:
        root = Path(root) if root is not None else home_dir()
        artifacts = ArtifactStore(root / "cache")
        settings_path = root / "settings.json"
        try:
            settings = json.loads(settings_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            settings = {}
        return cls(root, artifacts, ResultCache(root / "cache", artifacts),
                   RunStore(root / "runs.sqlite"), settings if isinstance(settings, dict) else {})

    def close(self) -> None:
        self.runs.close()
        self.cache.close()

    def executor(self, *, registry: Registry, sink: EventSink | None = None,
                 limits: Mapping[str, int] | None = None,
                 provider_settings: Mapping[str, str] | None = None,
                 env: Mapping[str, str] | None = None, http_client: Any = None,
                 services: Mapping[str, Any] | None = None) -> tuple[Executor, ProviderHub]:
        """An executor wired to this workspace; close the hub when done."""
        hub = ProviderHub(runs=self.runs, settings=provider_settings or {}, env=env,
                          client=http_client)
        merged = {**{k: int(v) for k, v in self.settings.get("limits", {}).items()},
                  **(limits or {})}
        ex = Executor(registry=registry, artifacts=self.artifacts, cache=self.cache,
                      runs=self.runs, sink=sink, limits=merged,
                      services={"providers": hub, **(services or {})})
        return ex, hub
