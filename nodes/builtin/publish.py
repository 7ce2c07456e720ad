"""Publishing: copy approved media into a folder, or deliver it to a webhook, exactly once.

Both nodes are cached like any other: the same media with the same QC/review
result and params has the same cache key, so a re-run finds "already
published" and delivers nothing again. Validation refuses a publish node whose
media did not pass through ``gate.qc`` or ``gate.review``.

The webhook body is signed with HMAC-SHA256 (``X-Mvstudio-Signature:
sha256=<hex>`` over the raw body) using a secret read from the environment
variable the ``secret_env`` param names; the secret never enters the graph.
Every delivery carries an ``Idempotency-Key`` derived from the content, so a
retried delivery (after a 5xx or a lost answer) is recognisable as the same.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import mimetypes
import os
import re
import time
from pathlib import Path
from typing import Any

from nodes.builtin.gate import gated_input
from nodes.cache import Artifact
from nodes.context import NodeContext
from nodes.errors import BadNodeInput, NodeFailed, Problem
from nodes.files import atomic_copy, atomic_write_bytes
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import ANY, MEDIA, TEXT

PROVENANCE = "AI-generated"
SIGNATURE_HEADER = "X-Mvstudio-Signature"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _extension(media: Artifact) -> str:
    if media.media_type == "video/mp4":
        return ".mp4"
    return mimetypes.guess_extension(media.media_type or "") or ""


def _graph_info(ctx: NodeContext) -> tuple[str, str | None]:
    row = ctx.services["runs"].run(ctx.run_id)
    graph = row.graph if row is not None else "<memory>"
    try:
        digest: str | None = hashlib.sha256(Path(graph).read_bytes()).hexdigest()
    except OSError:
        digest = None
    return graph, digest


def _models_and_costs(ctx: NodeContext, media: Artifact) -> tuple[list[str], dict[str, Any]]:
    """Models and generation costs behind this run's artifacts (cached ones included)."""
    runs = ctx.services["runs"]
    models = {str(media.meta["model"])} if media.meta.get("model") else set()
    generation_usd, seen = 0.0, set()
    by_node: dict[str, float] = {}
    for state in runs.node_states(ctx.run_id):
        if state["cost_usd"]:
            by_node[state["node_id"]] = round(float(state["cost_usd"]), 6)
        for key in state["artifacts"]:
            art = ctx.artifacts.get(key) if key not in seen else None
            seen.add(key)
            if art is not None and art.meta.get("model"):
                models.add(str(art.meta["model"]))
                generation_usd += float(art.meta.get("cost_usd") or 0.0)
    return sorted(models), {"generation_usd": round(generation_usd, 6),
                            "this_run_usd": round(sum(by_node.values()), 6),
                            "this_run_by_node": by_node}


def sidecar(ctx: NodeContext, media: Artifact, qc: Any, *, file_name: str) -> dict[str, Any]:
    """The provenance record written next to the file and sent to webhooks."""
    graph, graph_sha = _graph_info(ctx)
    models, costs = _models_and_costs(ctx, media)
    qc = qc if isinstance(qc, dict) else {}
    return {"provenance": PROVENANCE, "ai_generated": True, "file": file_name,
            "sha256": media.key, "media_type": media.media_type, "graph": graph,
            "graph_sha256": graph_sha, "run_id": ctx.run_id, "node": ctx.node_id,
            "published_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "models": models, "costs": costs,
            "qc": {k: v for k, v in qc.items() if k != "review"} or None,
            "review": qc.get("review"),
            "media": {k: v for k, v in media.meta.items() if k not in ("cuts_s", "cut_frames")}}


async def _run_folder(ctx: NodeContext, media: Artifact, qc: Any = None) -> dict[str, Any]:
    folder = ctx.resolve(str(ctx.params["folder"]), param="folder")
    try:
        name = str(ctx.params["name"]).format(sha8=media.key[:8], sha=media.key,
                                              node=ctx.node_id) + _extension(media)
    except (KeyError, IndexError, ValueError) as exc:
        raise BadNodeInput(ctx.node_id, f"bad name template: {exc}; use {{sha8}}, {{sha}}, "
                           "{node}", param="name") from None
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise BadNodeInput(ctx.node_id, f"bad file name {name!r}", param="name")
    dest = folder / name
    record = sidecar(ctx, media, qc, file_name=name)
    body = (json.dumps(record, indent=2, default=str) + "\n").encode()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        await ctx.to_thread(atomic_copy, media.path, dest)
        await ctx.to_thread(atomic_write_bytes, dest.with_name(dest.name + ".json"), body)
    except OSError as exc:
        raise BadNodeInput(ctx.node_id, f"cannot write {dest}: {exc.strerror or exc}",
                           param="folder") from None
    ctx.report.setdefault("published", []).append(str(dest))
    return {"path": str(dest), "record": record}


# -- webhook ----------------------------------------------------------------------------------
def sign(secret: str, body: bytes) -> str:
    """Header value: ``sha256=`` + hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def idempotency_key(url: str, media: Artifact) -> str:
    """Same media to the same endpoint = same key, whatever run or retry sends it."""
    return hashlib.sha256(f"{url}\0{media.key}".encode()).hexdigest()[:40]


def _secret(ctx: NodeContext) -> str:
    name = str(ctx.params["secret_env"])
    env = ctx.services.get("env") or os.environ
    secret = env.get(name) if _ENV_NAME.match(name) else None
    if not secret:
        raise BadNodeInput(ctx.node_id, f"environment variable {name} is not set; set it to "
                           "the webhook's shared secret (it is never stored in the graph)",
                           param="secret_env")
    return secret


def _retry_delay(ctx: NodeContext, attempt: int, response: Any) -> float:
    delay = float(ctx.params["backoff_s"]) * 2 ** attempt
    try:
        retry_after = float(response.headers.get("Retry-After", "")) if response else None
    except ValueError:
        retry_after = None
    return float(min(60.0, max(delay, retry_after or 0.0)))


async def _deliver(ctx: NodeContext, client: Any, body: bytes, headers: dict[str, str]
                   ) -> tuple[int, int]:
    """POST with retries on 5xx/408/429/network errors; returns (status, attempts)."""
    import httpx

    url, attempts = str(ctx.params["url"]), int(ctx.params["max_attempts"])
    last = ""
    for attempt in range(attempts):
        response = None
        try:
            response = await client.post(url, content=body, headers=headers,
                                         timeout=float(ctx.params["timeout_s"]))
            if response.status_code < 300:
                return response.status_code, attempt + 1
            last = f"HTTP {response.status_code}: {response.text[:200]}"
            if response.status_code < 500 and response.status_code not in (408, 425, 429):
                raise NodeFailed(ctx.node_id, f"{url} refused the delivery ({last}); not "
                                 "retrying", param="url")
        except httpx.HTTPError as exc:
            last = f"{type(exc).__name__}: {exc}"
        if attempt + 1 < attempts:
            ctx.progress(None, f"delivery failed ({last}); retry {attempt + 2}/{attempts}")
            await asyncio.sleep(_retry_delay(ctx, attempt, response))
    raise NodeFailed(ctx.node_id, f"{url}: {attempts} attempt(s) failed; last: {last}",
                     param="url")


async def _run_webhook(ctx: NodeContext, media: Artifact, qc: Any = None,
                       path: str | None = None) -> dict[str, Any]:
    import httpx

    secret = _secret(ctx)
    name = Path(path).name if path else media.key[:12] + _extension(media)
    template = str(ctx.params["file_url"])
    payload = {"event": "mvstudio.published", "record": sidecar(ctx, media, qc, file_name=name),
               "file": {"path": path or str(media.path), "sha256": media.key,
                        "url": template.format(name=name, sha=media.key) if template else None}}
    body = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()
    key = idempotency_key(str(ctx.params["url"]), media)
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body),
               "Idempotency-Key": key, "User-Agent": "mvstudio"}
    client = ctx.services.get("http_client")
    own = client is None
    client = client or httpx.AsyncClient(follow_redirects=False)
    try:
        status, attempts = await _deliver(ctx, client, body, headers)
    finally:
        if own:
            await client.aclose()
    receipt = {"url": str(ctx.params["url"]), "status": status, "attempts": attempts,
               "idempotency_key": key}
    ctx.report.setdefault("deliveries", {})[ctx.node_id] = receipt
    return {"receipt": receipt}


def _check_publish(graph: Any, node: Any, registry: Any) -> list[Problem]:
    problems = []
    if not gated_input(graph, node.id, "media"):
        problems.append(Problem("publishes media that did not pass a gate: feed 'media' from "
                                "a gate.qc or gate.review node (directly or further up)",
                                node.id, None, "ungated_publish", port="media"))
    env_name = node.params.get("secret_env")
    if node.type_id == "publish.webhook" and isinstance(env_name, str) and not _ENV_NAME.match(
            env_name):
        problems.append(Problem("must be the NAME of an environment variable holding the "
                                "secret, never the secret itself", node.id, "secret_env"))
    return problems


_INPUTS = (PortSpec("media", MEDIA, "approved media (from a gate)"),
           PortSpec("qc", ANY, "QC/review result for the record", optional=True))
SPECS = [
    NodeSpec("publish.folder", "Publish to folder", "publish", _run_folder, output=True,
             check=_check_publish, inputs=_INPUTS,
             outputs=(PortSpec("path", TEXT, "the published file"),
                      PortSpec("record", ANY, "the sidecar JSON")),
             params=(ParamSpec("folder", "path", "published", "destination folder (relative "
                               "to the graph file)", required=True),
                     ParamSpec("name", "str", "mv-{sha8}", "file name without extension; "
                               "{sha8}, {sha}, {node}")),
             description="Atomic copy plus a sidecar JSON (graph hash, run, models, costs, QC, "
                         "AI-generated label); once per approved content."),
    NodeSpec("publish.webhook", "Publish to webhook", "publish", _run_webhook, output=True,
             check=_check_publish, resource=lambda p: "network",
             inputs=(*_INPUTS, PortSpec("path", TEXT, "published file (from publish.folder)",
                                        optional=True)),
             outputs=(PortSpec("receipt", ANY, "status, attempts, idempotency key"),),
             params=(ParamSpec("url", "str", "", "where to POST", required=True),
                     ParamSpec("secret_env", "str", "MVSTUDIO_WEBHOOK_SECRET",
                               "NAME of the environment variable with the HMAC secret"),
                     ParamSpec("file_url", "str", "", "public URL template, e.g. "
                               "https://cdn.example.com/{name}; empty = send the path"),
                     ParamSpec("max_attempts", "int", 5, "deliveries tried", min=1, max=20),
                     ParamSpec("backoff_s", "float", 1.0, "first retry delay (doubles)",
                               min=0, max=300),
                     ParamSpec("timeout_s", "float", 30.0, "per attempt", min=0.1, max=600)),
             description="POSTs the record + file path/URL, HMAC-SHA256 signed, retried with "
                         "backoff, with an Idempotency-Key; once per approved content."),
]
