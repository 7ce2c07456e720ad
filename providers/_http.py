"""Shared machinery of the hosted adapters: requests with retries, limits, downloads.

Adapters subclass :class:`HttpProvider` and implement the four protocol calls
plus :meth:`HttpProvider.error_from_response` (their error-body dialect).
Auth headers are only ever sent to the configured base URLs' origins, never to
output CDNs or to a URL on another host that a response points at.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from providers.base import GenerationRequest, JobHandle, Output, request_from_dict, request_to_dict
from providers.catalog import ModelRef, estimate_cost
from providers.download import MAX_OUTPUT_BYTES, FileSink
from providers.errors import ErrorKind, OutputError, ProviderError
from providers.limits import ProviderLimits
from providers.model_schemas import schema_for
from providers.polling import SUBMIT_HOOK
from providers.reconcile import NOT_CREATED, NotCreated, held
from providers.retry import RetryPolicy, retry_after_s
from providers.schemas import GENERIC, ModelSchema, build_input, request_timeouts
from providers.spool import IDLE_EXIT_S, SpoolClient, SpoolLost, SpoolNotSent, SpoolUnavailable
from providers.uploads import UploadCache, input_ref

_CONNECT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout)
SPOOL_MAX_AGE_S = 7 * 24 * 3600.0


def status_kind(status_code: int) -> ErrorKind:
    """Default HTTP status -> error kind mapping (adapters refine it from the body)."""
    if status_code in (401, 403):
        return ErrorKind.AUTH
    if status_code == 404 or status_code == 410:
        return ErrorKind.NOT_FOUND
    if status_code == 429:
        return ErrorKind.RATE_LIMITED
    if status_code in (400, 413, 415, 422):
        return ErrorKind.VALIDATION
    if status_code == 402:
        return ErrorKind.QUOTA
    return ErrorKind.TRANSIENT


def _wire_tracer(hook: Callable[[bool], Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    """httpcore trace callback: report "on the wire" when the first request byte is sent.

    Until then (waiting for the rate limiter, the pool or the connection) a killed
    run cannot have created a job, so no intent needs recording.
    """

    async def trace(event_name: str, _info: Mapping[str, Any]) -> None:
        if event_name.endswith("send_request_headers.started"):
            await hook(True)

    return trace


def default_spool_dir() -> Path:
    """``$MVSTUDIO_HOME/spool``, else the user data dir's (the workspace's home)."""
    home = os.environ.get("MVSTUDIO_HOME")
    if not home:
        from platformdirs import user_data_dir

        home = user_data_dir("mvstudio", appauthor=False)
    return Path(home).expanduser() / "spool"


def _plain_client(client: httpx.AsyncClient) -> bool:
    """The spool daemon can only reproduce a client with the default transport."""
    return (type(getattr(client, "_transport", None)) is httpx.AsyncHTTPTransport
            and not getattr(client, "_mounts", None))


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


def json_body(response: httpx.Response) -> dict[str, Any]:
    """The response's JSON object, or ``{}`` when it is not JSON or not an object (error
    bodies of gateways and proxies often are neither)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


class HttpProvider:
    """Base class: retries (``providers.retry``), limits, auth scoping, spool, downloads."""

    name = "http"

    def __init__(self, *, client: httpx.AsyncClient, api_key: str | None, base_url: str,
                 settings: Mapping[str, str] | None = None, limits: ProviderLimits | None = None,
                 policy: RetryPolicy | None = None,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 spool_dir: Path | None = None, max_output_bytes: int = MAX_OUTPUT_BYTES,
                 extra_base_urls: Mapping[str, str | None] | None = None) -> None:
        self.client = client
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        # Other hosts of the same provider (fal's platform API): None = not configured.
        self.extra_base_urls = {k: (v.rstrip("/") if v else None)
                                for k, v in (extra_base_urls or {}).items()}
        self._auth_origins = {_origin(u) for k, u in (("", self.base_url),
                                                      *self.extra_base_urls.items())
                              if u and k != "openapi"}  # public schemas: no key
        self.settings = dict(settings or {})
        self.limits = limits
        self.policy = policy or RetryPolicy()
        self.sleep = sleep
        self.spool_dir = Path(spool_dir or self.settings.get("spool_dir")
                              or default_spool_dir())
        self.max_output_bytes = max_output_bytes
        self._spool_pruned = False
        self._request_spool: SpoolClient | None = None

    def __repr__(self) -> str:  # never show the key
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- hooks -------------------------------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}

    def never_reached(self, response: httpx.Response) -> bool:
        """True when an error answer proves the request never reached the provider's app
        (so a POST may be re-sent).  Only adapters whose provider documents a sign say so."""
        return False

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        return ProviderError(status_kind(response.status_code), provider=self.name,
                             message=f"HTTP {response.status_code}: {response.text[:300]}",
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    # -- requests ----------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def _headers_for(self, url: str, extra: Mapping[str, str] | None) -> dict[str, str]:
        headers = dict(extra or {})
        if _origin(url) in self._auth_origins:
            headers.update(self.auth_headers())
        return headers

    async def send(self, method: str, url: str, *, submission: bool = False,
                   headers: Mapping[str, str] | None = None, ok: tuple[int, ...] = (),
                   spool_key: str | None = None, **kwargs: Any) -> httpx.Response:
        """One logical request with retries; raises ProviderError unless 2xx (or in ``ok``).

        A submission with a ``spool_key`` (the run store's job key) goes through the
        request spool (:mod:`providers.spool`) so its answer survives a killed run."""
        last_error: ProviderError | None = None
        for attempt in range(self.policy.max_attempts):
            if self.limits is not None:
                await self.limits.acquire_request()
            hook = SUBMIT_HOOK.get() if submission else None
            try:
                if submission and spool_key is not None:
                    response = await self._send_spooled(spool_key, method, url, headers, hook,
                                                        kwargs)
                else:
                    extensions = {"trace": _wire_tracer(hook)} if hook is not None else None
                    response = await self._request(method, url, headers, extensions, kwargs)
            except _CONNECT_ERRORS as exc:
                last_error = self._transport_error(exc, url, unknown=False)
                await self.sleep(self.policy.backoff_s(attempt))
                continue
            except httpx.TransportError as exc:
                if submission:
                    raise self._transport_error(exc, url, unknown=True) from None
                last_error = self._transport_error(exc, url, unknown=False)
                await self.sleep(self.policy.backoff_s(attempt))
                continue
            if response.is_success or response.status_code in ok:
                return response
            error = self.error_from_response(response)
            never_reached = submission and self.never_reached(response)
            if submission and response.status_code >= 500 and not never_reached:
                error.outcome_unknown = True  # a gateway error may hide an accepted job
            elif hook is not None and (response.status_code == 429 or never_reached):
                await hook(False)  # rejected before any job was created
            # The body can veto a status-based retry (OpenAI's 429 insufficient_quota, fal's
            # 504 request_timeout you asked for): only rate limits and outages are retried.
            retry = ((never_reached or self.policy.should_retry_status(
                response.status_code, submission=submission)) and error.retryable)
            if not retry or attempt + 1 >= self.policy.max_attempts:
                raise error
            last_error = error
            await self.sleep(self.policy.delay_s(attempt, response.headers))
        assert last_error is not None
        raise last_error

    # -- request spool (paid synchronous POSTs) ----------------------------------------------
    def request_spool(self) -> SpoolClient | None:
        """The spool for this provider's sync POSTs, or None where it cannot be used."""
        if self._request_spool is None:
            idle_s = float(self.settings.get("spool_idle_s", IDLE_EXIT_S))
            self._request_spool = SpoolClient(self.spool_dir, idle_s=idle_s)
        if not _plain_client(self.client) or not self._request_spool.usable():
            return None
        return self._request_spool

    async def _send_spooled(self, key: str, method: str, url: str,
                            headers: Mapping[str, str] | None,
                            hook: Callable[[bool], Awaitable[None]] | None,
                            kwargs: Mapping[str, Any]) -> httpx.Response:
        """One attempt through the spool daemon, mapped onto httpx's errors for ``send``."""
        spool = self.request_spool()
        if spool is not None:
            request = self.client.build_request(method, url,
                                                headers=self._headers_for(url, headers), **kwargs)
            if hook is not None:
                await hook(True)  # before the daemon may send it: the intent comes first
            try:
                timeout = kwargs.get("timeout")  # the model's own, else the client's
                timeout = timeout if isinstance(timeout, httpx.Timeout) else self.client.timeout
                return await spool.send(key, request, timeout=timeout.as_dict(),
                                        follow_redirects=self.client.follow_redirects)
            except SpoolNotSent:
                if hook is not None:
                    await hook(False)
                raise httpx.ConnectError("the request spool did not send it") from None
            except SpoolLost:
                raise httpx.ReadError("the request spool lost the answer") from None
            except SpoolUnavailable:
                try:  # sent directly below: its absence from the spool must not mean "never sent"
                    spool.mark_direct(key)
                except OSError:
                    raise httpx.ConnectError("cannot write to the request spool") from None
        extensions = {"trace": _wire_tracer(hook)} if hook is not None else None
        return await self._request(method, url, headers, extensions, kwargs)

    async def _request(self, method: str, url: str, headers: Mapping[str, str] | None,
                       extensions: dict[str, Any] | None, kwargs: Mapping[str, Any]
                       ) -> httpx.Response:
        """One HTTP exchange, following redirects ourselves: httpx strips only
        ``Authorization`` on a cross-origin redirect, so ``xi-api-key`` (or any auth
        header) would follow; here auth headers go to the configured origins only."""
        options = dict(kwargs)
        follow = bool(options.pop("follow_redirects", self.client.follow_redirects
                                  or method in ("GET", "HEAD")))
        response = await self.client.request(method, url, headers=self._headers_for(url, headers),
                                             extensions=extensions, follow_redirects=False,
                                             **options)
        for _ in range(self.MAX_REDIRECTS):
            nxt = response.next_request if follow else None
            if nxt is None:
                return response
            await response.aclose()
            if _origin(str(nxt.url)) not in self._auth_origins:
                for name in self.auth_headers():
                    nxt.headers.pop(name, None)
            response = await self.client.send(nxt, follow_redirects=False)
        return response

    MAX_REDIRECTS = 5

    async def spool_reconcile(self, request: GenerationRequest) -> httpx.Response | NotCreated:
        """What the spool knows of an interrupted submission of ``request``.

        The spooled answer (adopt it), ``NOT_CREATED`` (the daemon never sent it, or the
        provider rejected it), or raises ``held(...)`` (sent, answer unknown)."""
        spool = self.request_spool() if request.job_key else None
        if spool is None or request.job_key is None:
            raise held(self.name, request.model, "it was not sent through the local request "
                       f"spool, and {self.name} offers no documented way to look the job up")
        key = request.job_key
        if spool.state(key) == "inflight":  # sent by a daemon that may still be waiting
            await spool.wait(key, spool.inflight_timeout_s(key) or 600.0)
        state = spool.state(key)
        if state == "response":
            try:
                response = spool.read(key)
            except (OSError, ValueError, KeyError):
                raise held(self.name, request.model, "its spooled answer is unreadable"
                           ) from None
            if response.is_success:
                return response
            if response.status_code < 500:
                return NOT_CREATED  # rejected (4xx), so nothing was created or billed
            raise held(self.name, request.model, f"the provider answered HTTP "
                       f"{response.status_code}, which may hide a created job")
        if state == "inflight":
            lost = spool.lost_reason(key)
            raise held(self.name, request.model, "the local request spool sent it but has no "
                       + (f"answer: the exchange ended with {lost} (the provider may have "
                          "accepted it)" if lost else
                          "answer (its daemon stopped, or the request outlived its timeout)"))
        if state == "direct":
            raise held(self.name, request.model, "it was sent without the local request spool "
                       "(its daemon was unavailable)")
        return NOT_CREATED  # the daemon records every request before sending it

    def spool_forget(self, handle: JobHandle) -> None:
        """Drop the daemon's files of a job once its handle is recorded and fetched."""
        key = handle.data.get("spool_key")
        if isinstance(key, str):
            SpoolClient(self.spool_dir).drop(key)

    def _transport_error(self, exc: Exception, url: str, *, unknown: bool) -> ProviderError:
        where = urlsplit(url).path
        if unknown:
            return ProviderError(
                ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                message=f"submission to {where} got no answer ({type(exc).__name__}); the job "
                        "may or may not exist, so it was not re-sent. Check the provider's "
                        "dashboard before running again")
        return ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                             message=f"network error on {where}: {type(exc).__name__}")

    async def send_json(self, method: str, url: str, *, submission: bool = False,
                        **kwargs: Any) -> Any:
        """Like :meth:`send` and parse JSON; malformed JSON is retried unless a submission."""
        for attempt in range(self.policy.max_attempts):
            response = await self.send(method, url, submission=submission, **kwargs)
            try:
                return response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                error = ProviderError(
                    ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=submission,
                    message=f"malformed JSON from {urlsplit(url).path} "
                            f"(HTTP {response.status_code})")
                if submission or attempt + 1 >= self.policy.max_attempts:
                    raise error from None
                await self.sleep(self.policy.backoff_s(attempt))
        raise AssertionError("unreachable")

    async def submit_task(self, request: GenerationRequest, path: str, body: dict[str, Any],
                          *, noun: str, label: str) -> JobHandle:
        """POST a job whose answer carries its ``id``; no id means the job may exist, so it
        is never re-sent (``noun``: "task", "video"; ``label``: the provider's name)."""
        answer = await self.send_json("POST", self.url(path), json=body, submission=True,
                                      timeout=self.timeout(request))
        job_id = answer.get("id") if isinstance(answer, dict) else None
        if not job_id:
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message=f"{label} answered without a {noun} id; the {noun} "
                                        "may exist, it was not re-sent")
        return JobHandle(provider=self.name, model=request.model, job_id=str(job_id),
                         data={"request": request_to_dict(request)})

    async def get_object(self, path: str, *, noun: str, label: str) -> dict[str, Any]:
        """GET a JSON object (a task's or a video's state)."""
        found = await self.send_json("GET", self.url(path))
        if not isinstance(found, dict):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message=f"{label} returned a non-object {noun}")
        return found

    # -- outputs -----------------------------------------------------------------------------
    async def download(self, url: str, dest_dir: Path, *, stem: str) -> Output:
        """Stream ``url`` into ``dest_dir`` (retrying transient errors) with all checks."""
        if url.startswith("data:"):
            return await self._save_data_uri(url, dest_dir, stem=stem)
        for attempt in range(self.policy.max_attempts):
            try:
                return await self._download_once(url, dest_dir, stem=stem)
            except ProviderError as exc:
                if not exc.retryable or attempt + 1 >= self.policy.max_attempts:
                    raise
                await self.sleep(self.policy.delay_s(attempt) if exc.retry_after_s is None
                                 else exc.retry_after_s)
        raise AssertionError("unreachable")

    async def _download_once(self, url: str, dest_dir: Path, *, stem: str,
                             hops: int = 0) -> Output:
        if self.limits is not None:
            await self.limits.acquire_request()
        sink = FileSink(dest_dir, provider=self.name, what=f"output {urlsplit(url).path}",
                        max_bytes=self.max_output_bytes)
        try:
            # Redirects are followed here, each hop with the headers of its own origin: an
            # API-host file URL redirecting to a CDN must not carry the key along.
            async with self.client.stream("GET", url, headers=self._headers_for(url, None),
                                          follow_redirects=False) as resp:
                if resp.next_request is not None and hops < self.MAX_REDIRECTS:
                    sink.discard()
                    return await self._download_once(str(resp.next_request.url), dest_dir,
                                                     stem=stem, hops=hops + 1)
                if resp.status_code in (404, 410):
                    raise OutputError(ErrorKind.NOT_FOUND, provider=self.name,
                                      message=f"output {urlsplit(url).path} is gone (HTTP "
                                              f"{resp.status_code}); provider URLs expire, run "
                                              "the node again")
                if not resp.is_success:
                    await resp.aread()
                    raise self.error_from_response(resp)
                declared_len = resp.headers.get("content-length")
                if declared_len and declared_len.isdigit() and int(declared_len) > sink.max_bytes:
                    raise OutputError(ErrorKind.VALIDATION, provider=self.name,
                                      message=f"{sink.what} declares {declared_len} bytes, over "
                                              f"the {sink.max_bytes} byte limit")
                async for chunk in resp.aiter_bytes():
                    sink.write(chunk)
            return await asyncio.to_thread(sink.finish, resp.headers.get("content-type"),
                                           stem=stem)
        except httpx.TransportError as exc:
            sink.discard()
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message=f"download of {urlsplit(url).path} failed: "
                                        f"{type(exc).__name__}") from None
        except BaseException:
            sink.discard()
            raise

    async def _save_data_uri(self, uri: str, dest_dir: Path, *, stem: str) -> Output:
        import base64

        from providers.download import save_bytes

        header, _, payload = uri.partition(",")
        declared = header[5:].split(";", 1)[0] or None
        try:
            data = base64.b64decode(payload, validate=False) if ";base64" in header else \
                payload.encode()
        except ValueError as exc:
            raise OutputError(ErrorKind.MODEL_ERROR, provider=self.name,
                              message=f"output data URI is not valid base64: {exc}") from None
        return await save_bytes(data, dest_dir, provider=self.name, what="output data URI",
                                declared=declared, stem=stem, max_bytes=self.max_output_bytes)

    # -- helpers for sync providers and pricing ------------------------------------------------
    def spool_write(self, payload: Mapping[str, Any]) -> str:
        """Persist a synchronous provider's paid answer until fetch; returns its path.

        Kept after fetch (a crash between fetch and the engine's bookkeeping must not
        cost a second payment); files older than ``SPOOL_MAX_AGE_S`` are pruned."""
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        if not self._spool_pruned:
            self._spool_pruned = True
            cutoff = time.time() - SPOOL_MAX_AGE_S
            for old in self.spool_dir.glob(f"{self.name}-*.json"):
                with contextlib.suppress(OSError):
                    if old.stat().st_mtime < cutoff:
                        old.unlink()
        path = self.spool_dir / f"{self.name}-{uuid.uuid4().hex}.json"
        tmp = path.with_suffix(".part")
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        os.replace(tmp, path)
        return str(path)

    def spool_read(self, handle: JobHandle) -> Any:
        path = Path(str(handle.data.get("spool", "")))
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ProviderError(ErrorKind.NOT_FOUND, provider=self.name,
                                message=f"the saved answer of job {handle.job_id} is missing "
                                        f"({path.name}); run the node again") from None

    def spool_drop(self, handle: JobHandle) -> None:
        Path(str(handle.data.get("spool", ""))).unlink(missing_ok=True)

    def request_of(self, handle: JobHandle) -> GenerationRequest:
        raw = handle.data.get("request")
        if not isinstance(raw, Mapping):
            return GenerationRequest(kind="image", model=handle.model)
        return request_from_dict(raw)

    def cost(self, request: GenerationRequest) -> float:
        return estimate_cost(ModelRef(self.name, request.model), request)

    # -- per-model schemas, timeouts and input files ---------------------------------------
    def schema(self, request: GenerationRequest) -> ModelSchema | None:
        return schema_for(f"{self.name}:{request.model}")

    def timeout(self, request: GenerationRequest) -> httpx.Timeout:
        """The model's own connect/read timeouts (a slow paid answer must not be dropped)."""
        connect, read = request_timeouts(self.schema(request), settings=self.settings,
                                         ref=f"{self.name}:{request.model}")
        return httpx.Timeout(read, connect=connect)

    upload_file: Callable[[bytes, str], Awaitable[tuple[str, float]]] | None = None

    async def model_input(self, request: GenerationRequest) -> dict[str, Any]:
        """The model's input JSON, with a local image uploaded (once per content)."""
        schema = self.schema(request)
        image = await input_ref(request.image_path, provider=self.name,
                                cache=UploadCache(self.spool_dir / "uploads.json"),
                                data_uri_max=(schema or GENERIC).data_uri_max_bytes,
                                upload=self.upload_file, ref=f"{self.name}:{request.model}")
        return build_input(schema, request, provider=self.name, image_ref=image)
