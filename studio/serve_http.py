"""A small asyncio HTTP/1.1 server for ``mvstudio serve`` (h11 parses; one request per
connection).

No web framework: the API is a dozen routes, the engine is asyncio already, and h11
(httpx's own HTTP/1.1 parser) is in every install. The handler never sees malformed
HTTP (400 here) or oversized bodies (413 here); an exception in a handler becomes a
500 whose body says nothing but "internal error" (the log names the exception type,
never a traceback or a header value).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import h11

log = logging.getLogger("mvstudio.serve")
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
READ_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    peer: str = ""

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)
    stream: AsyncIterator[bytes] | None = None  # sent as chunks (SSE, file downloads)


Handler = Callable[[Request], Awaitable[Response]]


def json_response(status: int, data: Any, *, headers: list[tuple[str, str]] | None = None
                  ) -> Response:
    return Response(status, (json.dumps(data, indent=1) + "\n").encode(),
                    headers=list(headers or []))


def error(status: int, message: str, **extra: Any) -> Response:
    return json_response(status, {"error": message, **extra})


async def _read_request(reader: asyncio.StreamReader, conn: h11.Connection, peer: str
                        ) -> Request | Response | None:
    """The next request; an error Response for bad HTTP; None when the peer hung up."""
    head: h11.Request | None = None
    body = bytearray()
    while True:
        try:
            event = conn.next_event()
        except h11.RemoteProtocolError as exc:
            return error(exc.error_status_hint, "malformed HTTP request")
        if event is h11.NEED_DATA:
            data = await asyncio.wait_for(reader.read(65536), READ_TIMEOUT_S)
            conn.receive_data(data)
            if not data and head is None:
                return None
            continue
        if isinstance(event, h11.Request):
            head = event
        elif isinstance(event, h11.Data):
            body += event.data
            if len(body) > MAX_BODY_BYTES:
                return error(413, f"request body over {MAX_BODY_BYTES // 2**20} MiB")
        elif isinstance(event, h11.EndOfMessage) and head is not None:
            target = urllib.parse.urlsplit(head.target.decode("latin-1"))
            return Request(method=head.method.decode("ascii"),
                           path=urllib.parse.unquote(target.path),
                           query=urllib.parse.parse_qs(target.query),
                           headers={k.decode("latin-1").lower(): v.decode("latin-1")
                                    for k, v in head.headers},
                           body=bytes(body), peer=peer)
        elif isinstance(event, h11.ConnectionClosed):
            return None


async def _send(writer: asyncio.StreamWriter, conn: h11.Connection, response: Response) -> None:
    headers = [("content-type", response.content_type), ("connection", "close"),
               ("cache-control", "no-store"), ("x-content-type-options", "nosniff"),
               *response.headers]
    if response.stream is None:
        headers.append(("content-length", str(len(response.body))))
    writer.write(conn.send(h11.Response(status_code=response.status, headers=headers,
                                        reason=_reason(response.status))))
    if response.stream is None:
        if response.body:
            writer.write(conn.send(h11.Data(data=response.body)))
    else:
        try:
            async for chunk in response.stream:
                writer.write(conn.send(h11.Data(data=chunk)))
                await writer.drain()
        finally:
            aclose = getattr(response.stream, "aclose", None)
            if aclose is not None:
                await aclose()
    writer.write(conn.send(h11.EndOfMessage()))
    await writer.drain()


def _reason(status: int) -> bytes:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b""


async def handle_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                            handler: Handler) -> None:
    peer = str(writer.get_extra_info("peername") or "")
    conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEADER_BYTES)
    try:
        got = await _read_request(reader, conn, peer)
        if got is None:
            return
        if isinstance(got, Response):
            response = got
        else:
            try:
                response = await handler(got)
            except Exception as exc:  # noqa: BLE001 - never a traceback to the client
                log.error("%s %s failed: %s", got.method, got.path, type(exc).__name__)
                log.debug("handler error", exc_info=True)
                response = error(500, "internal error")
        await _send(writer, conn, response)
    except (TimeoutError, ConnectionError, h11.LocalProtocolError, asyncio.IncompleteReadError):
        pass  # the client went away or stalled; nothing to tell it
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError, OSError):
            await writer.wait_closed()


async def start(handler: Handler, *, host: str, port: int) -> asyncio.Server:
    return await asyncio.start_server(lambda r, w: handle_connection(r, w, handler),
                                      host=host, port=port, reuse_address=True)
