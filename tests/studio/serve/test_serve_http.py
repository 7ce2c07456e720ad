"""The HTTP layer alone: a handler's exception is a bare 500, bad HTTP a 400, big bodies 413."""

from __future__ import annotations

import asyncio
import socket

from studio import serve_http
from studio.serve_http import Request, Response, json_response


async def _with_server(handler, scenario):  # noqa: ANN001
    server = await serve_http.start(handler, host="127.0.0.1", port=0)
    port = server.sockets[0].getsockname()[1]
    try:
        return await asyncio.to_thread(scenario, port)
    finally:
        server.close()
        await server.wait_closed()


def _raw(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_handler_errors_are_a_bare_500_and_bad_http_a_400(monkeypatch):
    monkeypatch.setattr(serve_http, "MAX_BODY_BYTES", 1000)

    async def handler(request: Request) -> Response:
        if request.path == "/boom":
            raise RuntimeError("secret=hunter2 in /home/user/.config")
        return json_response(200, {"path": request.path, "body": len(request.body)})

    def scenario(port: int) -> list[bytes]:
        return [_raw(port, b"GET /boom HTTP/1.1\r\nHost: x\r\n\r\n"),
                _raw(port, b"GARBAGE\r\n\r\n"),
                _raw(port, b"POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n"
                     + b"x" * 5000),
                _raw(port, b"GET /a%20b?x=1 HTTP/1.1\r\nHost: x\r\n\r\n")]

    boom, garbage, big, ok = asyncio.run(_with_server(handler, scenario))
    assert boom.startswith(b"HTTP/1.1 500") and b'"internal error"' in boom
    assert b"hunter2" not in boom and b"Traceback" not in boom and b".config" not in boom
    assert garbage.startswith(b"HTTP/1.1 400")
    assert big.startswith(b"HTTP/1.1 413")
    assert ok.startswith(b"HTTP/1.1 200") and b'"/a b"' in ok


def test_the_server_modules_load_no_qt():
    import subprocess
    import sys

    code = ("import sys, studio.serve, studio.serve_api, studio.serve_jobs, studio.serve_hooks\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'PySide6', 'NodeGraphQt', 'Qt', 'qasync', 'shiboken6'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
