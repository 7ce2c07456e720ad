"""One real HTTP server on 127.0.0.1 speaking every provider's protocol.

Each provider lives under a path prefix on the same port (``/fal``, ``/fal-api``
for fal's Platform API, ``/replicate``, ``/elevenlabs``, ``/stability``, ``/openai``,
``/comfyui``);
output files are served from ``/files/<id>`` with expiry.  Auth headers are
checked exactly as the real services expect them.  Use :class:`FakeServer` as a
context manager in tests, or ``python -m providers.fakes`` by hand.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from providers.fakes.state import FakeState

PROVIDERS = ("fal", "replicate", "elevenlabs", "stability", "openai", "comfyui", "runway",
             "synthesia")


class Drop(Exception):  # noqa: N818 - control flow: close the connection, send nothing
    """Close the connection without an answer."""


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Any
    body: bytes
    base: str  # "http://127.0.0.1:port"
    match: re.Match[str] | None = None
    received: float = 0.0  # time.monotonic() when the request line was read

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_json(cls, status: int, obj: Any, headers: dict[str, str] | None = None) -> Response:
        return cls(status, json.dumps(obj).encode(),
                   {"Content-Type": "application/json", **(headers or {})})


Handler = Callable[[Request], Response]


@dataclass(slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    provider: str
    op: str
    handler: Handler


# -- provider dialects for injected HTTP errors ---------------------------------------------
def error_body(provider: str, status: int) -> tuple[Any, dict[str, str]]:
    """A realistic error body and headers for ``status`` in ``provider``'s dialect."""
    text = {429: "Too many requests", 500: "Internal server error", 502: "Bad gateway",
            503: "Service temporarily unavailable", 401: "Invalid API key"}.get(status, "error")
    if provider == "fal":
        if status >= 500:  # from fal's app: it carries the request id
            return ({"detail": "Runner disconnected", "error_type": "runner_disconnected"},
                    {"X-Fal-Error-Type": "runner_disconnected",
                     "x-fal-request-id": "req-" + str(status)})
        return {"detail": text}, {}
    if provider == "replicate":
        if status == 429:
            text = "Request was throttled. Expected available in 1 second."
        return {"title": text, "detail": text, "status": status}, {}
    if provider == "elevenlabs":
        code = {429: "too_many_concurrent_requests", 401: "invalid_api_key"}.get(
            status, "internal_server_error")
        return {"detail": {"status": code, "message": text}}, {}
    if provider == "stability":
        name = {429: "rate_limit_exceeded", 401: "unauthorized"}.get(status, "internal_error")
        return {"id": "f" * 32, "name": name, "errors": [text]}, {}
    if provider == "openai":
        kind = {429: "rate_limit_exceeded", 401: "invalid_api_key"}.get(status, "server_error")
        return {"error": {"message": text, "type": kind, "param": None, "code": kind}}, {}
    return {"error": {"type": "error", "message": text}}, {}


def fault_response(state: FakeState, provider: str, action: str) -> Response | None:
    """Turn a picked fault into a Response (None = handle normally)."""
    if action in ("429", "429_bare", "500", "502", "503"):
        status = int(action[:3])
        body, headers = error_body(provider, status)
        if action == "429":
            headers["Retry-After"] = str(state.retry_after_s)
        return Response.of_json(status, body, headers)
    if action == "503_ingress":  # the load balancer's own page: the app never saw it
        return Response(503, b"<html><head><title>503 Service Temporarily Unavailable</title>"
                        b"</head><body><center><h1>503 Service Temporarily Unavailable</h1>"
                        b"</center><hr><center>nginx</center></body></html>",
                        {"Content-Type": "text/html"})
    if action == "drop":
        raise Drop()
    return None


def _auth_ok(provider: str, headers: Any, key: str) -> bool:
    if provider == "fal":
        return headers.get("Authorization") == f"Key {key}"
    if provider == "elevenlabs":
        return headers.get("xi-api-key") == key
    if provider in ("comfyui", "public"):
        return True
    if provider == "synthesia":  # the raw key, no scheme
        return headers.get("Authorization") == key
    if provider == "httpjob":  # optional bearer token (a self-hosted endpoint)
        return headers.get("Authorization") in (None, f"Bearer {key}")
    return headers.get("Authorization") == f"Bearer {key}"


class FakeApp:
    """Routes requests to the provider handlers with auth checks and fault injection."""

    def __init__(self, state: FakeState) -> None:
        from providers.fakes import routes_hosted, routes_more, routes_new, routes_speech

        self.state = state
        self.routes: list[Route] = []
        for provider, op, method, pattern, handler in (
                [*routes_hosted.routes(state), *routes_more.routes(state),
                 *routes_new.routes(state), *routes_speech.routes(state)]):
            self.routes.append(Route(method, re.compile(pattern), provider, op, handler))

    def handle(self, req: Request) -> Response:
        if req.path.startswith("/files/"):
            return self._file(req)
        for route in self.routes:
            match = route.pattern.fullmatch(req.path)
            if match is None or route.method != req.method:
                continue
            req.match = match
            self.state.note_request(route.provider, at=req.received)
            if not _auth_ok(route.provider, req.headers, self.state.api_key):
                body, headers = error_body(route.provider, 401)
                return Response.of_json(401, body, headers)
            action = self.state.pick(route.provider, route.op)
            if action:
                faulted = fault_response(self.state, route.provider, action)
                if faulted is not None:
                    return faulted
            latency = self.state.submit_latency_s / 2 if route.op == "submit" else 0.0
            time.sleep(latency)  # a real submit takes time before and after the job exists
            response = route.handler(req)
            time.sleep(latency)
            if action == "timeout":  # the work is done, the answer is late
                time.sleep(self.state.hang_s)
            if action == "drop_after":
                raise Drop()
            if action == "malformed" and response.headers.get("Content-Type", "").startswith(
                    "application/json"):  # broken JSON; media answers are left alone
                return Response(200, b'{"status": "IN_PROG', {"Content-Type": "application/json"})
            return response
        return Response.of_json(404, {"detail": f"no such endpoint: {req.method} {req.path}"})

    def _file(self, req: Request) -> Response:
        file_id = req.path.rsplit("/", 1)[-1].split(".", 1)[0]
        self.state.note_request("files")
        action = self.state.pick("files", "file")
        if action and action not in ("expire", "mislabel"):
            faulted = fault_response(self.state, "files", action)
            if faulted is not None:
                return faulted
        with self.state.lock:
            item = self.state.files.get(file_id)
            expired = item is not None and item.expires_at is not None and \
                self.state.clock() > item.expires_at
            if item is not None and not expired and action != "expire":
                self.state.downloads[file_id] += 1
        if item is None or expired or action == "expire":
            return Response(410 if item else 404, b"gone", {"Content-Type": "text/plain"})
        if action == "mislabel":
            return Response(200, b"<html>error page</html>", {"Content-Type": "text/html"})
        return Response(200, item.data, {"Content-Type": item.content_type})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        return None

    def _serve(self) -> None:
        received = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        host, port = self.server.server_address[:2]
        req = Request(self.command, parts.path, parse_qs(parts.query), self.headers, body,
                      f"http://{host}:{port}", received=received)
        try:
            resp = self.server.app.handle(req)
        except Drop:
            self.close_connection = True
            return
        except Exception as exc:  # noqa: BLE001 - a fake must answer, not die
            resp = Response.of_json(500, {"detail": f"fake crashed: {exc!r}"})
        try:
            self.send_response(resp.status)
            for name, value in resp.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients connect at once (soak); 5 would reset some
    allow_reuse_address = True
    app: FakeApp

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client vanishes (killed runs, timeouts); report the rest."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeServer:
    """Run the fakes on ``127.0.0.1:port`` (0 = any free port) in a background thread."""

    def __init__(self, state: FakeState | None = None, *, port: int = 0) -> None:
        self.state = state or FakeState()
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.app = FakeApp(self.state)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True, name="mvstudio-fakes")

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def base_url(self, provider: str) -> str:
        return f"{self.base}/{provider}"

    def env(self) -> dict[str, str]:
        """``MVSTUDIO_*_BASE_URL`` and key variables pointing every provider at this fake."""
        key = self.state.api_key
        env = {f"MVSTUDIO_{p.upper()}_BASE_URL": self.base_url(p) for p in PROVIDERS}
        env["MVSTUDIO_FAL_API_BASE_URL"] = f"{self.base}/fal-api"  # fal's Platform API
        env["MVSTUDIO_FAL_REST_BASE_URL"] = f"{self.base}/fal-rest"  # fal storage uploads
        env["MVSTUDIO_FAL_OPENAPI_BASE_URL"] = f"{self.base}/fal-openapi/openapi.json"
        env.update({"FAL_KEY": key, "REPLICATE_API_TOKEN": key, "ELEVENLABS_API_KEY": key,
                    "STABILITY_API_KEY": key, "OPENAI_API_KEY": key,
                    "RUNWAYML_API_SECRET": key, "SYNTHESIA_API_KEY": key})
        return env

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
