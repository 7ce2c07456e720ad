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
from nodes.run_request import ReviewWaiter, RunRequest, RunServices
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
        run_services = self.services(provider_settings=provider_settings, env=env,
                                     http_client=http_client)
        ex = self.executor_for(run_services, registry=registry, sink=sink, limits=limits,
                               extra=services)
        return ex, run_services.providers

    def services(self, *, provider_settings: Mapping[str, str] | None = None,
                 env: Mapping[str, str] | None = None, http_client: Any = None,
                 review_waiter: ReviewWaiter | None = None) -> RunServices:
        """The one way the CLI, the engine process and the studio get a run's services."""
        return RunServices.open(runs=self.runs, provider_settings=provider_settings, env=env,
                                http_client=http_client, review_waiter=review_waiter)

    def executor_for(self, services: RunServices, *, registry: Registry,
                     sink: EventSink | None = None, limits: Mapping[str, int] | None = None,
                     request: RunRequest | None = None,
                     extra: Mapping[str, Any] | None = None) -> Executor:
        """An executor over this workspace's stores using ``services`` (and the request's
        review policy, resubmit set and limits, when given)."""
        merged = {**{k: int(v) for k, v in self.settings.get("limits", {}).items()},
                  **(request.limits if request is not None else {}), **(limits or {})}
        node_services = services.for_nodes(request) if request is not None else {
            "providers": services.providers, "runs": services.runs, "ledger": services.ledger,
            **({"review_waiter": services.review_waiter} if services.review_waiter else {}),
            **({"http_client": services.http_client} if services.http_client else {}),
            **({"env": services.env} if services.env is not None else {})}
        return Executor(registry=registry, artifacts=self.artifacts, cache=self.cache,
                        runs=self.runs, sink=sink, limits=merged,
                        services={**node_services, **(extra or {})})
