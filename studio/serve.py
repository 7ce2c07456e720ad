"""``mvstudio serve``: an HTTP API with a persistent job queue, for automation tools.

Binds 127.0.0.1 by default. Any other address needs a token (the environment variable
``--token-env`` names; never a command-line argument, which ``ps`` shows): the server
refuses to start without one. Jobs run on the same engine as ``mvstudio render``
(``engine_for``); with ``--ray`` or ``--workers`` their heavy node work runs on the
offloader ``mvstudio batch`` uses (``studio.cli_batch.make_offloader``), while this
process keeps the cache, the run store, the queue and every provider call. Stopping the
server (Ctrl-C, SIGTERM) never cancels running jobs: like a crash, they stay ``running``
in the queue and resume, paid results reused, at the next start; a Ray instance the
server started stops with it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nodes.offload import Offloader
from studio.cli import CliError, resolve_cwd

if TYPE_CHECKING:
    from nodes.events import EventSink
    from nodes.executor import RunResult
    from nodes.registry import Registry
    from nodes.run_request import RunRequest
    from nodes.workspace import Workspace

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
log = logging.getLogger("mvstudio.serve")


def add_serve_parser(sub: Any) -> None:
    s = sub.add_parser("serve", help="HTTP API with a persistent job queue (docs/serve.md)")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; any other needs a token)")
    s.add_argument("--port", type=int, default=8765, help="port (0: any free port)")
    s.add_argument("--root", default=".", help="folder that graph_path and relative paths "
                   "in submitted graphs start from (default: the current folder)")
    s.add_argument("--jobs", type=int, metavar="N",
                   help="jobs run at once (default 1; with --ray the cluster's CPU count)")
    s.add_argument("--token-env", default="MVSTUDIO_SERVE_TOKEN", metavar="NAME",
                   help="environment variable holding the API token")
    s.add_argument("--webhook-secret-env", default="MVSTUDIO_WEBHOOK_SECRET", metavar="NAME",
                   help="environment variable holding the completion webhooks' HMAC secret")
    s.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                   help="run jobs' heavy node work as Ray tasks: alone, a local Ray instance "
                   "(stopped with the server); with an ADDRESS (auto, host:6379, "
                   "ray://host:10001) an existing cluster (needs mvstudio[cluster])")
    s.add_argument("--ray-shared", action="store_true",
                   help="the cluster's nodes see this machine's cache folder at the same path")
    s.add_argument("--workers", type=int, metavar="N",
                   help="without --ray: heavy node work on a local pool of N processes "
                   "(default: threads, as mvstudio render)")


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def offloader_for(args: argparse.Namespace) -> Offloader | None:
    """Where jobs' heavy node work runs: Ray (``--ray``), a local process pool
    (``--workers``), else threads as in ``mvstudio render``. Built exactly as ``mvstudio
    batch`` builds it (a missing Ray or a bad address: exit 2 before the server listens)."""
    if args.ray is None and args.workers is None:
        return None
    from studio.cli_batch import make_offloader

    return make_offloader(argparse.Namespace(dry_run=False, ray=args.ray,
                                             ray_shared=args.ray_shared, workers=args.workers))


class OffloadingEngine:
    """The in-process engine with an offloader; logs where the heavy work has run after
    each job (Ray task and node counts, CPU seconds), as ``mvstudio batch`` prints it."""

    def __init__(self, ws: Workspace, registry: Registry, offloader: Offloader) -> None:
        from nodes.engine import InProcessEngine

        self.offloader = offloader
        self.inner = InProcessEngine(ws, registry, offloader=offloader)

    async def run(self, request: RunRequest, *, sink: EventSink | None = None
                  ) -> RunResult | None:
        try:
            return await self.inner.run(request, sink=sink)
        finally:
            log.info("%s (since start)", self.offloader.describe())


def engine_for(args: argparse.Namespace, ws: Any, registry: Any,
               offloader: Offloader | None = None) -> Any:
    """The engine jobs run on: in-process, exactly as ``mvstudio render``; heavy node work
    on ``offloader`` when there is one."""
    if offloader is not None:
        return OffloadingEngine(ws, registry, offloader)
    from nodes.engine import InProcessEngine

    return InProcessEngine(ws, registry)


def _check_counts(args: argparse.Namespace) -> None:
    for name in ("jobs", "workers"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            raise CliError(f"--{name}: expected a whole number >= 1")
    if args.ray is not None and args.workers is not None:
        raise CliError("--workers is for the local process pool; with --ray the cluster's "
                       "CPUs run the heavy work")


def _jobs(args: argparse.Namespace, offloader: Offloader | None) -> int:
    """--jobs, else 1; on Ray at least one job per cluster CPU (as batch runs variants).
    The offloader sizes its tasks for that many jobs at once (nodes.offload)."""
    cpus = getattr(offloader, "cpus", None)
    jobs = int(args.jobs) if args.jobs is not None else max(
        1, int(cpus()) if callable(cpus) else 1)
    if offloader is not None:
        offloader.fit(jobs)
    return jobs


def cmd_serve(args: argparse.Namespace) -> int:
    token = os.environ.get(args.token_env) or None
    if not is_loopback(args.host) and not token:
        raise CliError(f"--host {args.host} is reachable from other machines: set a token "
                       f"in ${args.token_env} first (every request must then send "
                       "'Authorization: Bearer <token>')")
    _check_counts(args)
    root = resolve_cwd(args.root)
    if not root.is_dir():
        raise CliError(f"--root {root}: not a folder")
    from nodes.workspace import home_dir

    lock = _lock_home(home_dir() / "serve" / "server.lock")
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s mvstudio serve: %(message)s")
    from studio import serve_reaper

    # After the lock (a refused second server starts no Ray); the watcher first, so it
    # notes Ray's processes from the start and kills them if this process is killed.
    watcher = serve_reaper.start() if args.ray or args.workers else None
    try:
        offloader = offloader_for(args)
        try:
            return asyncio.run(_serve(args, token=token, root=root, offloader=offloader))
        finally:
            if offloader is not None:
                offloader.close()
    finally:
        serve_reaper.stop(watcher)
        lock.close()


def _lock_home(path: Path) -> Any:
    """One server per MVSTUDIO_HOME: a second one would re-queue the first one's running
    jobs as interrupted and run them twice. The lock dies with the process (crash too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock; one server per home is on the user
        return handle
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise CliError(f"another mvstudio serve ({holder}) uses {path.parent}; stop it, or "
                       "give this one its own MVSTUDIO_HOME") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}")
    handle.flush()
    return handle


def _build(args: argparse.Namespace, *, token: str | None, root: Path, ws: Any,
           replicate_secret: str | None, offloader: Offloader | None
           ) -> tuple[Any, Any, Any]:
    """(queue, runner, api) over the workspace; interrupted jobs are back in the queue."""
    from nodes.registry import default_registry
    from studio.serve_api import Api
    from studio.serve_hooks import ProviderHooks
    from studio.serve_jobs import JobRunner
    from studio.serve_notify import CompletionWebhook
    from studio.serve_queue import JobQueue

    registry = default_registry()
    engine = engine_for(args, ws, registry, offloader)
    queue = JobQueue(ws.root / "serve" / "queue.sqlite")
    resumed = queue.requeue_interrupted()
    if resumed:
        log.info("resuming %d job(s) interrupted by the last stop: %s", len(resumed),
                 ", ".join(resumed))
    secret = os.environ.get(args.webhook_secret_env) or None
    runner = JobRunner(queue, engine=engine, registry=registry, root=root,
                       jobs_dir=ws.root / "serve" / "jobs",
                       max_parallel=_jobs(args, offloader),
                       webhook=CompletionWebhook(secret) if secret else None)
    hooks = ProviderHooks.from_environment(os.environ, replicate_secret=replicate_secret)
    api = Api(queue, runner, token=token, hooks=hooks)
    return queue, runner, api


async def _serve(args: argparse.Namespace, *, token: str | None, root: Path,
                 offloader: Offloader | None) -> int:
    from nodes.workspace import Workspace
    from studio import serve_http
    from studio.serve_hooks import replicate_secret

    ws = Workspace.open()
    queue, runner, api = _build(args, token=token, root=root, ws=ws,
                                replicate_secret=await replicate_secret(os.environ),
                                offloader=offloader)
    server = await serve_http.start(api, host=args.host, port=args.port)
    port = server.sockets[0].getsockname()[1]
    print(f"mvstudio serve: listening on http://{args.host}:{port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows has no loop signal handlers: there Ctrl-C ends asyncio.run instead.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    runner_task = asyncio.create_task(runner.run_forever())
    await stop.wait()
    server.close()
    if runner.running:  # like a crash: they resume, paid results reused, at the next start
        log.info("stopping; %d running job(s) resume at the next start", len(runner.running))
        if offloader is not None:  # os._exit skips cmd_serve's finally: stop Ray here
            offloader.close()
        logging.shutdown()
        sys.stdout.flush()
        os._exit(0)
    runner_task.cancel()
    queue.close()
    ws.close()
    return 0
