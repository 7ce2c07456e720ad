"""One way to run a :class:`RunRequest`, wherever the work happens.

:class:`Engine` is what the CLI, the studio and batches call; :class:`InProcessEngine`
runs the executor in this interpreter, and the studio's engine process
(``studio.gui.engine_process.ProcessEngine``) runs it in a worker process. Cancel a
run by cancelling the task awaiting :meth:`Engine.run`: both cancel the remote
provider jobs and record them ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from nodes.events import EventSink
from nodes.executor import RunResult
from nodes.offload import Offloader
from nodes.registry import Registry
from nodes.run_request import ReviewWaiter, RunRequest
from nodes.workspace import Workspace


class Engine(Protocol):
    async def run(self, request: RunRequest, *, sink: EventSink | None = None
                  ) -> RunResult | None:
        """The run's result, or None when it ended without one (engine process died)."""
        ...


class InProcessEngine:
    """The executor in this interpreter, with services built by :meth:`Workspace.services`;
    heavy node work on ``offloader`` (a process pool, Ray) when given, else in threads."""

    def __init__(self, ws: Workspace, registry: Registry, *,
                 provider_settings: Mapping[str, str] | None = None,
                 env: Mapping[str, str] | None = None, http_client: Any = None,
                 review_waiter: ReviewWaiter | None = None,
                 offloader: Offloader | None = None) -> None:
        self.ws = ws
        self.registry = registry
        self.provider_settings = dict(provider_settings or {})
        self.env = env
        self.http_client = http_client
        self.review_waiter = review_waiter
        self.offloader = offloader

    async def run(self, request: RunRequest, *, sink: EventSink | None = None
                  ) -> RunResult | None:
        services = self.ws.services(provider_settings=self.provider_settings, env=self.env,
                                    http_client=self.http_client,
                                    review_waiter=self.review_waiter)
        extra = {"offload": self.offloader} if self.offloader is not None else None
        executor = self.ws.executor_for(services, registry=self.registry, sink=sink,
                                        request=request, extra=extra)
        try:
            return await executor.execute(request)
        finally:
            await services.aclose()
