"""fal.ai queue API adapter (``fal:<model id>``).

Wire protocol (research/providers.md section 1): ``POST {queue}/{model_id}``
with ``Authorization: Key <FAL_KEY>`` returns ``request_id`` plus absolute
``status_url``/``response_url``/``cancel_url``, which we follow (never build).
Status ``IN_QUEUE``/``IN_PROGRESS``/``COMPLETED``; ``COMPLETED`` with ``error``
is a failure.  Output files are public CDN URLs, downloaded at once.

Recovery of a submission whose answer was lost uses the Platform API's request
history, ``GET {api}/v1/models/requests/by-endpoint`` (``endpoint_id``, ``start``,
``expand=payloads``, ``limit``/``cursor``; items carry ``request_id``, ``sent_at``,
``ended_at``, ``status_code``, ``json_input``/``json_output``; answer
``{items, next_cursor, has_more}``), documented at
https://fal.ai/docs/platform-apis/v1/models/requests/by-endpoint .  The page
documents finished requests only (statuses success/error/user_error, sorted by
end time) and payloads only when the account stores them, so a job still queued
or stored without payloads is invisible: the history can find our job but never
prove that none was created.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from providers._http import HttpProvider, json_body, status_kind
from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    request_to_dict,
)
from providers.errors import ErrorKind, ProviderError
from providers.reconcile import (
    Listing,
    NotCreated,
    classify,
    decide,
    held,
    iso_utc,
    parse_time,
    read_pages,
)
from providers.reconcile import window as reconcile_window
from providers.retry import retry_after_s
from providers.uploads import DEFAULT_TTL_S, sniff_mime
from providers.webhooks_inbox import webhook_url

_TIMEOUT_TYPES = frozenset({"request_timeout", "startup_timeout"})
_APP_NAMESPACES = ("workflows", "comfy")  # ids with one more leading segment (fal-client)
_HISTORY_PAGES = 20  # x 100 requests
_MAX_LISTED_OUTPUT = 256 * 1024  # bytes of a listed json_output kept in a recovered handle
_MODERATION_WORDS = ("content policy", "nsfw", "content_policy", "safety", "moderation")


def _detail_text(detail: Any) -> str:
    if isinstance(detail, list):  # FastAPI validation list
        return "; ".join(f"{'.'.join(str(p) for p in d.get('loc', []))}: {d.get('msg', d)}"
                         if isinstance(d, dict) else str(d) for d in detail)
    return str(detail)


def error_kind(status_code: int | None, error_type: str | None, message: str) -> ErrorKind:
    """fal error -> kind, using ``error_type``/``X-Fal-Error-Type`` first."""
    low = message.lower()
    if error_type in _TIMEOUT_TYPES:
        return ErrorKind.TIMEOUT
    if error_type and error_type.startswith("runner_"):
        return ErrorKind.TRANSIENT
    if any(w in low for w in _MODERATION_WORDS) or (error_type or "").startswith("content"):
        return ErrorKind.MODERATION
    if status_code is None:
        return ErrorKind.MODEL_ERROR
    return status_kind(status_code)


def iter_file_urls(payload: Any) -> Iterator[str]:
    """Every ``{"url": ...}`` file reference in a fal result, in document order."""
    if isinstance(payload, dict):
        url = payload.get("url")
        if isinstance(url, str) and (url.startswith(("http://", "https://", "data:"))):
            yield url
            return
        for value in payload.values():
            yield from iter_file_urls(value)
    elif isinstance(payload, list):
        for item in payload:
            yield from iter_file_urls(item)


def queue_urls(queue_base: str, model: str, request_id: str) -> dict[str, str]:
    """status/response/cancel URLs of a request, as fal-client's ``from_request_id``
    builds them: ``owner/app`` only, without the endpoint's sub-path."""
    parts = model.split("/")
    keep = 3 if parts[0] in _APP_NAMESPACES else 2
    root = f"{queue_base}/{'/'.join(parts[:keep])}/requests/{request_id}"
    return {"status_url": f"{root}/status", "response_url": root, "cancel_url": f"{root}/cancel"}


class FalProvider(HttpProvider):
    """fal queue adapter."""

    name = "fal"

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Key {self._api_key}"} if self._api_key else {}

    def never_reached(self, response: httpx.Response) -> bool:
        """An ingress error: 502/503/504 from nginx without ``x-fal-request-id``, which the
        official fal-client re-sends even for a submit (``_should_retry_response``): fal's
        gateway never handed the request on, so no job exists."""
        return (response.status_code in (502, 503, 504)
                and "x-fal-request-id" not in response.headers
                and "nginx" in response.text.lower())

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        body = json_body(response)
        message = _detail_text(body.get("detail") or body.get("error") or body.get("status")
                               or f"HTTP {response.status_code}")
        error_type = body.get("error_type") or response.headers.get("x-fal-error-type")
        return ProviderError(error_kind(response.status_code, error_type, message),
                             provider=self.name, message=message,
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    async def submit(self, request: GenerationRequest) -> JobHandle:
        hook = webhook_url(self.name)  # only when `mvstudio serve` can receive it
        body = await self.send_json("POST", self.url(request.model),
                                    json=await self.model_input(request), submission=True,
                                    timeout=self.timeout(request),
                                    **({"params": {"fal_webhook": hook}} if hook else {}))
        try:
            data = {k: str(body[k]) for k in ("status_url", "response_url", "cancel_url")}
            job_id = str(body["request_id"])
        except (KeyError, TypeError):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message="fal submit answer lacks request_id/status_url; the "
                                        "job may exist, it was not re-sent") from None
        stored = request_to_dict(request)
        stored["image_path"] = None if request.image_path is None else str(request.image_path)
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={**data, "request": stored})

    async def poll(self, handle: JobHandle) -> JobStatus:
        listed = handle.data.get("listed")
        if isinstance(listed, dict):  # recovered from the history: it has already ended
            code = int(listed["status_code"])
            if code == 200:
                return JobStatus(state=JobState.SUCCEEDED, progress=1.0)
            output = listed.get("output")
            detail = output.get("detail") if isinstance(output, dict) else output
            message = f"fal request {handle.job_id} ended with HTTP {code}" + (
                f": {_detail_text(detail)}" if detail else "")
            error = ProviderError(error_kind(code, None, message), provider=self.name,
                                  message=message, status_code=code)
            return JobStatus(state=JobState.FAILED, message=message, error=error)
        body = await self.send_json("GET", str(handle.data["status_url"]),
                                    params={"logs": "1"})
        status = body.get("status") if isinstance(body, dict) else None
        if status == "IN_QUEUE":
            position = body.get("queue_position")
            return JobStatus(state=JobState.QUEUED,
                             queue_position=position if isinstance(position, int) else None)
        if status == "IN_PROGRESS":
            logs = body.get("logs") or []
            last = logs[-1].get("message", "") if logs and isinstance(logs[-1], dict) else ""
            return JobStatus(state=JobState.RUNNING, message=str(last))
        if status == "COMPLETED":
            if body.get("error") or body.get("error_type"):
                message = str(body.get("error") or body.get("error_type"))
                kind = error_kind(None, body.get("error_type"), message)
                return JobStatus(state=JobState.FAILED, message=message,
                                 error=ProviderError(kind, provider=self.name, message=message))
            return JobStatus(state=JobState.SUCCEEDED, progress=1.0)
        # Unknown spelling (e.g. after a cancel): keep polling; the timeout bounds it.
        return JobStatus(state=JobState.RUNNING, message=f"unknown fal status {status!r}")

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        listed = handle.data.get("listed")
        try:
            body = await self.send_json("GET", str(handle.data["response_url"]))
        except ProviderError as exc:
            # fal keeps a result 1 h (6 min if >= 10 KB) after completion; the history's
            # stored json_output outlives it.
            if exc.kind is not ErrorKind.NOT_FOUND or not isinstance(listed, dict) \
                    or listed.get("output") is None:
                raise
            body = listed["output"]
        flagged = body.get("has_nsfw_concepts") if isinstance(body, dict) else None
        if isinstance(flagged, list) and any(flagged):  # the safety checker blacked them out
            raise ProviderError(ErrorKind.MODERATION, provider=self.name,
                                message=f"fal job {handle.job_id}: the safety checker flagged "
                                        f"{sum(map(bool, flagged))} of {len(flagged)} images "
                                        "(has_nsfw_concepts); they are blank, not used")
        urls = list(iter_file_urls(body))
        if not urls:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message=f"fal job {handle.job_id} finished without output files")
        outputs = tuple([await self.download(u, dest_dir, stem=f"fal-{handle.job_id}-{i}")
                         for i, u in enumerate(urls)])
        request = self.request_of(handle)
        return JobResult(outputs=outputs, cost_usd=self.cost(request), provider=self.name,
                         model=handle.model, job_id=handle.job_id)

    async def reconcile(self, request: GenerationRequest, *, since_unix: float,
                        claimed: frozenset[str] = frozenset()) -> JobHandle | NotCreated:
        """Find the request a killed run submitted, in the Platform API's history.

        Match: same endpoint, ``json_input`` holding every input we send, ``sent_at``
        no earlier than the intent minus the slack.  Never proves absence (see the
        module docstring), so "none found" holds the job as outcome-unknown.
        """
        api = self.extra_base_urls.get("api")
        if not api:
            raise held(self.name, request.model, "fal's Platform API URL is not configured "
                       "(set MVSTUDIO_FAL_API_BASE_URL or the setting fal.api_base_url), so "
                       "its request history could not be searched")
        slack_s, settle_s = reconcile_window(self.settings, self.name)
        sent = await self.model_input(request)
        earliest = since_unix - slack_s

        async def scan() -> Listing:
            return await read_pages(
                lambda params: self._history_page(api, params),
                {"endpoint_id": request.model, "start": iso_utc(earliest), "expand": "payloads",
                 "limit": "100"},
                items_key="items", cursor_key="next_cursor", cursor_param="cursor",
                max_pages=_HISTORY_PAGES,
                on_item=lambda item, listing: self._scan_item(item, request, sent, earliest,
                                                              claimed, listing),
                bad_page=held(self.name, request.model,
                              "fal's request history answered without an items list"))

        return await decide(scan, provider=self.name, model=request.model,
                            since_unix=since_unix, settle_s=settle_s, authoritative=False,
                            sleep=self.sleep,
                            not_listed="fal's request history documents finished requests "
                                       "only, so a request still queued or running would not "
                                       "show yet (re-run later to look again)")

    async def _history_page(self, api: str, params: dict[str, str]) -> Any:
        """One page of the request history.  ``/v1/models/requests/by-endpoint`` lists
        requests you made to model endpoints; ``/v1/serverless/requests/by-endpoint``
        (current docs) those to your own apps: tried when the first is gone (404)."""
        paths = ("/v1/models/requests/by-endpoint", "/v1/serverless/requests/by-endpoint")
        start = 1 if self._history_moved else 0
        for path in paths[start:]:
            try:
                return await self.send_json("GET", f"{api}{path}", params=params)
            except ProviderError as exc:
                if exc.kind is not ErrorKind.NOT_FOUND or path == paths[-1]:
                    raise
                self._history_moved = True
        raise AssertionError("unreachable")

    _history_moved = False

    async def live_inputs(self, model: str) -> dict[str, dict[str, Any]]:
        """The endpoint's OpenAPI input schema (public: sent without the key)."""
        from providers.model_refresh import FAL_OPENAPI_URL, fal_inputs

        url = self.extra_base_urls.get("openapi") or FAL_OPENAPI_URL
        response = await self.client.get(url, params={"endpoint_id": model})
        if not response.is_success:
            raise self.error_from_response(response)
        return fal_inputs(response.json(), model)

    async def upload_file(self, data: bytes, filename: str) -> tuple[str, float]:
        """fal storage: ``POST {rest}/storage/upload/initiate`` then ``PUT`` the bytes."""
        rest = self.extra_base_urls.get("rest")
        if not rest:
            raise ProviderError(ErrorKind.VALIDATION, provider=self.name,
                                message="fal's storage URL is not configured (set "
                                        "MVSTUDIO_FAL_REST_BASE_URL or fal.rest_base_url)")
        mime = sniff_mime(data, filename)
        answer = await self.send_json(
            "POST", f"{rest}/storage/upload/initiate",
            params={"storage_type": "fal-cdn-v3"},
            json={"content_type": mime, "file_name": filename})
        try:
            upload_url, file_url = str(answer["upload_url"]), str(answer["file_url"])
        except (KeyError, TypeError):
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name,
                                message="fal storage answer lacks upload_url/file_url") from None
        await self.send("PUT", upload_url, content=data, headers={"Content-Type": mime})
        return file_url, time.time() + DEFAULT_TTL_S

    def _scan_item(self, item: Any, request: GenerationRequest, sent: dict[str, Any],
                   earliest: float, claimed: frozenset[str], listing: Listing) -> None:
        if not isinstance(item, dict) or not item.get("request_id"):
            return
        if item.get("endpoint_id") not in (None, request.model):
            return
        when = parse_time(item.get("sent_at")) or parse_time(item.get("started_at"))
        if when is not None and when < earliest:
            return
        match = classify(sent, item.get("json_input"))
        request_id = str(item["request_id"])
        if match == "exact" and when is not None and request_id not in claimed:
            data: dict[str, Any] = {**queue_urls(self.base_url, request.model, request_id),
                                    "request": request_to_dict(request)}
            code = item.get("status_code")
            if isinstance(code, int):  # ended: keep its answer (small ones) for fetch
                output = item.get("json_output")
                small = len(json.dumps(output)) <= _MAX_LISTED_OUTPUT
                data["listed"] = {"status_code": code, "output": output if small else None}
            listing.exact.append(JobHandle(provider=self.name, model=request.model,
                                           job_id=request_id, data=data))
        elif match in ("similar", "unknown") or (match == "exact" and when is None):
            listing.doubtful += 1  # e.g. payload storage off: json_input is absent

    async def cancel(self, handle: JobHandle) -> None:
        # 400 ALREADY_COMPLETED and 404 NOT_FOUND mean there is nothing left to cancel.
        await self.send("PUT", str(handle.data["cancel_url"]), ok=(400, 404))
