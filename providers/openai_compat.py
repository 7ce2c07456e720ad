"""OpenAI-compatible adapter (``openai:<model>``): images and chat text.

Works with api.openai.com and self-hosted servers (LocalAI, vLLM, SD.Next...)
via ``MVSTUDIO_OPENAI_BASE_URL``.  Both calls are synchronous; the paid answer
is spooled in ``submit``, and the POSTs go through the request spool
(:mod:`providers.spool`): the API has no way to read a lost answer back.

* ``kind="image"``: ``POST /v1/images/generations``; each ``data[i]`` has a
  ``url`` (downloaded at once, it expires) or ``b64_json``.
* ``kind="text"``: ``POST /v1/chat/completions``.  With ``params["count"]``
  (and optionally ``theme``/``sections``) it follows the ``local:template``
  contract: ``JobResult.text`` is a JSON list of exactly ``count`` prompt
  strings (``text.scenes`` can switch between the two freely).  Otherwise the
  reply text is returned as is.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from providers._http import HttpProvider, status_kind
from providers.base import (
    GenerationRequest,
    JobHandle,
    JobResult,
    JobState,
    JobStatus,
    request_to_dict,
)
from providers.download import save_bytes
from providers.errors import ErrorKind, ProviderError
from providers.model_schemas import schema_for
from providers.reconcile import NotCreated
from providers.retry import retry_after_s
from providers.schemas import ModelSchema, build_input

_CODE_KINDS = {"insufficient_quota": ErrorKind.QUOTA, "invalid_api_key": ErrorKind.AUTH,
               "content_policy_violation": ErrorKind.MODERATION,
               "moderation_blocked": ErrorKind.MODERATION,
               "rate_limit_exceeded": ErrorKind.RATE_LIMITED, "model_not_found": ErrorKind.NOT_FOUND}
_SELF_HOSTED = ModelSchema(size_mode="wxh", seed_field=None, image_field=None)
_SCENE_SYSTEM = ("You write prompts for an AI image generator, one per music-video scene. "
                 "Answer with only a JSON array of strings, no commentary.")


def scene_instruction(params: dict[str, Any], prompt: str) -> str:
    count = int(params["count"])
    theme = str(params.get("theme") or prompt or "a song")
    sections = [str(s) for s in params.get("sections") or []]
    labels = ", ".join(sections[i % len(sections)] for i in range(count)) if sections else ""
    return (f"Write {count} vivid, concrete, visually distinct image prompts for a music video "
            f"about: {theme}.\n" + (f"Scene i is for song section i: {labels}.\n" if labels else "")
            + f"Return a JSON array of exactly {count} strings.")


def parse_scene_list(text: str, count: int) -> list[str]:
    """Extract a list of ``count`` prompts from a chat reply (JSON array, or lines)."""
    match = re.search(r"\[.*\]", text, re.S)
    items: list[str] = []
    if match:
        try:
            items = [str(x).strip() for x in json.loads(match.group(0)) if str(x).strip()]
        except ValueError:
            items = []
    if not items:
        items = [re.sub(r"^\s*(?:[-*]|\d+[.)])\s*", "", line).strip().strip('"')
                 for line in text.splitlines() if line.strip()]
        items = [i for i in items if i]
    if not items:
        raise ProviderError(ErrorKind.MODEL_ERROR, provider="openai",
                            message="the chat model returned no usable scene prompts")
    return [items[i % len(items)] for i in range(count)]


class OpenAICompatProvider(HttpProvider):
    """OpenAI-compatible images + chat adapter."""

    name = "openai"

    def error_from_response(self, response: httpx.Response) -> ProviderError:
        try:
            body = response.json()
        except ValueError:
            body = {}
        err = body.get("error") if isinstance(body, dict) else None
        err = err if isinstance(err, dict) else {}
        message = str(err.get("message") or f"HTTP {response.status_code}")
        code = str(err.get("code") or err.get("type") or "")
        kind = _CODE_KINDS.get(code, status_kind(response.status_code))
        return ProviderError(kind, provider=self.name, message=message,
                             status_code=response.status_code,
                             retry_after_s=retry_after_s(response.headers))

    def _body(self, request: GenerationRequest) -> tuple[str, dict[str, Any]]:
        params = dict(request.params)
        if request.kind == "text":
            content = (scene_instruction(params, request.prompt) if "count" in params
                       else request.prompt)
            messages = [{"role": "user", "content": content}]
            if "count" in params:
                messages.insert(0, {"role": "system", "content": _SCENE_SYSTEM})
            body: dict[str, Any] = {"model": request.model, "messages": messages}
            if request.seed is not None:
                body["seed"] = request.seed
            body.update({k: v for k, v in params.items()
                         if k not in ("count", "theme", "sections", "style")})
            return "/v1/chat/completions", body
        # dall-e-3 and gpt-image-1 take a few fixed sizes: the nearest in aspect, never WxH.
        schema = schema_for(f"{self.name}:{request.model}") or _SELF_HOSTED
        body = {"model": request.model, "n": 1,
                **build_input(schema, replace(request, seed=None), provider=self.name)}
        return "/v1/images/generations", body

    async def submit(self, request: GenerationRequest) -> JobHandle:
        path, body = self._body(request)
        answer = await self.send_json("POST", self.url(path), json=body, submission=True,
                                      spool_key=request.job_key, timeout=self.timeout(request))
        return self._handle_from(request, answer)

    def _handle_from(self, request: GenerationRequest, answer: Any) -> JobHandle:
        if not isinstance(answer, dict):
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="answer is not a JSON object")
        job_id = str(answer.get("id") or uuid.uuid4().hex)
        extra = {"spool_key": request.job_key} if request.job_key else {}
        return JobHandle(provider=self.name, model=request.model, job_id=job_id,
                         data={"spool": self.spool_write(answer),
                               "request": request_to_dict(request), **extra})

    async def reconcile(self, request: GenerationRequest, *, since_unix: float,
                        claimed: frozenset[str] = frozenset()) -> JobHandle | NotCreated:
        """The API has no read endpoint; only the request spool can know."""
        found = await self.spool_reconcile(request)
        if isinstance(found, NotCreated):
            return found
        try:
            answer = found.json()
        except ValueError:
            raise ProviderError(ErrorKind.TRANSIENT, provider=self.name, outcome_unknown=True,
                                message="the spooled answer is malformed JSON") from None
        return self._handle_from(request, answer)

    async def poll(self, handle: JobHandle) -> JobStatus:
        return JobStatus(state=JobState.SUCCEEDED, progress=1.0)

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        answer = self.spool_read(handle)
        request = self.request_of(handle)
        common = {"cost_usd": self.cost(request), "provider": self.name, "model": handle.model,
                  "job_id": handle.job_id}
        if request.kind == "text":
            try:
                text = str(answer["choices"][0]["message"]["content"])
            except (KeyError, IndexError, TypeError):
                raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                    message="chat answer has no choices[0].message") from None
            if "count" in request.params:
                text = json.dumps(parse_scene_list(text, int(request.params["count"])),
                                  ensure_ascii=False)
            self.spool_forget(handle)
            return JobResult(outputs=(), text=text, **common)
        outputs = []
        for i, item in enumerate(answer.get("data") or []):
            stem = f"openai-{handle.job_id}-{i}"
            if isinstance(item, dict) and item.get("b64_json"):
                data = base64.b64decode(str(item["b64_json"]))
                outputs.append(await save_bytes(data, dest_dir, provider=self.name,
                                                what="image b64_json", stem=stem,
                                                max_bytes=self.max_output_bytes))
            elif isinstance(item, dict) and item.get("url"):
                outputs.append(await self.download(str(item["url"]), dest_dir, stem=stem))
        if not outputs:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider=self.name,
                                message="image answer has no data[].url or b64_json")
        self.spool_forget(handle)  # the handle (recorded before fetch) now holds the answer
        return JobResult(outputs=tuple(outputs), **common)

    async def cancel(self, handle: JobHandle) -> None:
        return None
