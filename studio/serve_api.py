"""The routes of ``mvstudio serve`` (docs/serve.md is the reference).

Every route but the provider webhooks needs ``Authorization: Bearer <token>`` when the
server has a token (compared in constant time); provider webhooks carry their own
signatures instead (:mod:`studio.serve_hooks`). Bodies and errors are JSON
``{"error": ...}``; no response carries a traceback or a secret (a failed node's message
may name a file, as ``mvstudio render`` does).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import mimetypes
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from studio.serve_graphs import SubmitError, check_spec, prepare
from studio.serve_hooks import ProviderHooks
from studio.serve_http import Request, Response, error, json_response
from studio.serve_jobs import JobRunner, public_job
from studio.serve_queue import JobQueue, new_job_id

_JOB_ID = re.compile(r"^j[0-9a-f]{20}$")
KEEPALIVE_S = 15.0
Route = Callable[[Request, str, str], Awaitable[Response]]


class Api:
    def __init__(self, queue: JobQueue, runner: JobRunner, *, token: str | None,
                 hooks: ProviderHooks | None = None) -> None:
        self.queue = queue
        self.runner = runner
        self._token = token.encode() if token else None
        self.hooks = hooks

    def authorized(self, request: Request) -> bool:
        if self._token is None:
            return True
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(),
                                                                  self._token)

    async def __call__(self, request: Request) -> Response:
        parts = [p for p in request.path.split("/") if p]
        if parts[:1] == ["webhooks"] and len(parts) == 2:
            if request.method != "POST":
                return error(405, "use POST")
            if self.hooks is None:
                return error(404, "provider webhooks are not configured on this server")
            return await self.hooks.handle(parts[1], request)
        if not self.authorized(request):
            return error(401, "missing or wrong token (Authorization: Bearer <token>)")
        if self._token is None and not _loopback_host(request.headers.get("host", "")):
            # Tokenless means loopback-only: a web page the user visits must not reach us
            # through a DNS name it controls (DNS rebinding).
            return error(403, "without a token this server only answers to 127.0.0.1 / "
                              "localhost; set a token to reach it under another name")
        return await self._route(request, parts)

    async def _route(self, request: Request, parts: list[str]) -> Response:
        method = request.method
        if parts == ["health"] and method == "GET":
            return json_response(200, {"ok": True, "running": self.runner.running})
        if parts == ["jobs"]:
            if method == "POST":
                return self.submit(request)
            if method == "GET":
                return json_response(200, {"jobs": [public_job(j)
                                                    for j in self.queue.jobs(limit=200)]})
            return error(405, "use GET or POST")
        if len(parts) < 2 or parts[0] != "jobs" or not _JOB_ID.match(parts[1]):
            return error(404, "no such endpoint")
        job_id, rest = parts[1], parts[2:]
        if self.queue.get(job_id) is None:
            return error(404, f"no job {job_id}")
        if rest == [] and method == "GET":
            return json_response(200, public_job(self._job(job_id)))
        if (rest == ["cancel"] and method == "POST") or (rest == [] and method == "DELETE"):
            return self.cancel(job_id)
        if rest == ["events"] and method == "GET":
            return self.events(request, job_id)
        if rest == ["outputs"] and method == "GET":
            return self.outputs(job_id)
        if len(rest) == 2 and rest[0] == "outputs" and method == "GET":
            return self.download(job_id, rest[1])
        return error(404 if method in ("GET", "POST", "DELETE") else 405, "no such endpoint")

    def _job(self, job_id: str) -> Any:
        job = self.queue.get(job_id)
        assert job is not None
        return job

    # -- submit / cancel -------------------------------------------------------------------
    def submit(self, request: Request) -> Response:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":  # a cross-site form post cannot send this
            return error(415, "send the job as Content-Type: application/json")
        try:
            spec = check_spec(json.loads(request.body or b"null"))
        except ValueError:
            return error(400, "the body is not valid JSON")
        except SubmitError as exc:
            return error(400, exc.message, problems=exc.problems)
        if spec.get("webhook_url") and self.runner.webhook is None:
            return error(400, "this server has no webhook secret: set the variable named by "
                              "--webhook-secret-env before starting it")
        job_id = new_job_id()
        try:  # checked now (400 with `mvstudio validate`'s lines), run later
            prepare(spec, registry=self.runner.registry, root=self.runner.root,
                    job_dir=self.runner.job_dir(job_id), job_id=job_id)
        except SubmitError as exc:
            return error(400, exc.message, problems=exc.problems)
        job = self.queue.submit(spec, job_id=job_id)
        self.runner.wake()
        return json_response(201, public_job(job), headers=[("location", f"/jobs/{job.id}")])

    def cancel(self, job_id: str) -> Response:
        before = self._job(job_id)
        if before.status.terminal:
            return error(409, f"job {job_id} already ended ({before.status})",
                         job=public_job(before))
        job = self.runner.cancel(job_id)
        return json_response(202, public_job(job if job is not None else before))

    # -- events (SSE) ----------------------------------------------------------------------
    def events(self, request: Request, job_id: str) -> Response:
        try:
            after = int(request.headers.get("last-event-id") or request.arg("after") or 0)
        except ValueError:
            return error(400, "Last-Event-ID / after must be an integer")
        return Response(200, content_type="text/event-stream",
                        headers=[("x-accel-buffering", "no")],
                        stream=self._event_stream(job_id, after))

    async def _event_stream(self, job_id: str, after: int) -> AsyncIterator[bytes]:
        notifier = self.runner.notifier
        yield b"retry: 2000\n\n"
        while True:
            version = notifier.version
            for event in self.queue.events(job_id, after=after):
                after = event.seq
                yield sse(event.kind, event.data, event_id=event.seq)
            job = self._job(job_id)
            if job.status.terminal and not self.queue.events(job_id, after=after):
                yield sse("end", public_job(job))
                return
            if not await notifier.wait(version, KEEPALIVE_S):
                yield b": keep-alive\n\n"

    # -- outputs ---------------------------------------------------------------------------
    def outputs(self, job_id: str) -> Response:
        job = self._job(job_id)
        files = []
        for name, path in sorted(job.outputs.items()):
            size = Path(path).stat().st_size if Path(path).is_file() else None
            files.append({"name": name, "bytes": size, "url": f"/jobs/{job_id}/outputs/{name}"})
        return json_response(200, {"job": job_id, "status": str(job.status), "outputs": files})

    def download(self, job_id: str, name: str) -> Response:
        path_text = self._job(job_id).outputs.get(name)  # only names the job recorded
        if path_text is None:
            return error(404, f"job {job_id} has no output {name!r}")
        path = Path(path_text)
        if not path.is_file():
            return error(410, f"output {name!r} no longer exists on the server")
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return Response(200, content_type=media_type, stream=_file_chunks(path),
                        headers=[("content-disposition", f'attachment; filename="{name}"')])


def _loopback_host(host: str) -> bool:
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    name = name.strip("[]").lower()
    return name in ("localhost", "::1") or name.startswith("127.")


def sse(kind: str, data: Any, *, event_id: int | None = None) -> bytes:
    lines = [f"event: {kind}"] + ([f"id: {event_id}"] if event_id is not None else [])
    lines.append("data: " + json.dumps(data, separators=(",", ":"), default=str))
    return ("\n".join(lines) + "\n\n").encode()


async def _file_chunks(path: Path, chunk_bytes: int = 256 * 1024) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        while True:
            chunk = await asyncio.to_thread(handle.read, chunk_bytes)
            if not chunk:
                return
            yield chunk
