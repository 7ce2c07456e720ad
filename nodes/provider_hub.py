"""Engine-side access to providers: model refs with fallbacks, recorded job ids, cost.

The hub is a service passed to nodes through their context. It records every
submitted job in the run store *before* polling, keyed by the node's cache key
and the model ref, so a crashed or cancelled run resumes the same remote job
instead of paying again.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nodes.cache import ArtifactStore
from nodes.context import NodeContext
from nodes.document import resolve_path
from nodes.errors import BadNodeInput, NodeFailed, Problem
from nodes.graph import Graph, Node
from nodes.ledger import JobLedger
from nodes.runs import RunStore
from nodes.states import JobState

log = logging.getLogger(__name__)


class ProviderHub:
    def __init__(self, *, runs: RunStore, settings: Mapping[str, str] | None = None,
                 env: Mapping[str, str] | None = None, client: Any = None) -> None:
        self.runs = runs
        self.ledger = JobLedger(runs)
        self.settings = dict(settings or {})
        self.env = env if env is not None else os.environ
        self._client = client
        self._own_client = client is None
        self._providers: dict[str, Any] = {}

    def _http(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=10.0),
                                             follow_redirects=True)
        return self._client

    async def aclose(self) -> None:
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    def provider(self, name: str) -> Any:
        if name not in self._providers:
            from providers.registry import make_provider

            client = None if name == "local" else self._http()
            self._providers[name] = make_provider(name, client=client, settings=self.settings,
                                                  env=self.env)
        return self._providers[name]

    @staticmethod
    def estimate(model_text: str, request_fields: Mapping[str, Any]) -> float:
        """Catalog price of the first model in ``model_text`` for one request."""
        from providers.base import GenerationRequest
        from providers.catalog import estimate_cost, parse_model_ref

        try:
            refs = parse_model_ref(model_text)
        except ValueError:
            return 0.0
        req = GenerationRequest(model=refs[0].model, **request_fields)
        return float(estimate_cost(refs[0], req))

    async def generate(self, ctx: NodeContext, *, model_text: str,
                       request_fields: Mapping[str, Any]) -> Any:
        """Run one generation with fallbacks; returns the providers' JobResult.

        Falls back to the next model only on outage-type errors, and never when a
        submission's outcome is unknown (the first provider may bill for it).
        """
        from providers.catalog import parse_model_ref
        from providers.errors import ProviderConfigError, ProviderError

        try:
            refs = parse_model_ref(model_text)
        except ValueError as exc:
            raise BadNodeInput(ctx.node_id, str(exc), param="model") from None
        last_error: Exception | None = None
        for ref in refs:
            try:
                result = await self._run_one(ctx, ref, request_fields)
            except ProviderConfigError as exc:  # unknown provider, missing key, bad base URL
                raise BadNodeInput(ctx.node_id, str(exc), param="model") from None
            except ProviderError as exc:
                last_error = exc
                if exc.outage and not exc.outcome_unknown and ref is not refs[-1]:
                    ctx.progress(None, f"{ref} failed ({exc.kind}); trying the next model")
                    continue
                raise NodeFailed(ctx.node_id, f"{ref}: {exc}", param="model") from None
            ctx.add_cost(result.cost_usd)
            ctx.report.setdefault("served_by", {})[_served_key(ctx)] = str(ref)
            notes = list(getattr(result, "notes", ()) or ())
            if notes:  # e.g. a recovered job that lacks word timings: say so, never hide it
                ctx.report.setdefault("notes", {})[_served_key(ctx)] = notes
                ctx.progress(None, "; ".join(notes))
            return result
        raise NodeFailed(ctx.node_id, f"every model failed; last error: {last_error}",
                         param="model")

    async def _run_one(self, ctx: NodeContext, ref: Any, request_fields: Mapping[str, Any]
                       ) -> Any:
        """One model: reuse a fetched job, resume a submitted one, recover an interrupted
        submission, or submit (and pay) afresh."""
        from providers.base import GenerationRequest, JobHandle
        from providers.catalog import timeout_for
        from providers.errors import ProviderError
        from providers.polling import run_job

        job_key = f"{ctx.cache_key}:{ref}"
        # The job key names the request-spool files of synchronous providers (recovery).
        request = GenerationRequest(model=ref.model, job_key=job_key, **request_fields)
        provider = self.provider(ref.provider)
        row = self.ledger.resumable(job_key)
        if row is not None and row.state is JobState.FETCHED and row.result is not None:
            kept = fetched_result(row.result, ctx.artifacts)
            if kept is not None:  # paid and downloaded by a run that died before caching
                return kept
            self.ledger.forget(job_key)  # its outputs were deleted since: fetch anew
            row = None
        resume = JobHandle(**row.handle) if row and row.state is JobState.SUBMITTED else None
        if row is not None and row.state in (JobState.INTENT, JobState.HELD):
            resume = await self._recover(ctx, job_key, ref, request, provider, row.created_at)

        async def on_submitting(_request: Any, started: bool) -> None:
            if started:
                self.ledger.intent(job_key, run_id=ctx.run_id, node_id=ctx.node_id,
                                   provider=ref.provider, model=ref.model)
            else:  # provably rejected before it was created: nothing to recover
                self.ledger.forget(job_key)

        async def on_submitted(handle: Any) -> None:
            await self._record(ctx, job_key, ref, handle)
            ctx.count_provider_call()

        def on_status(status: Any) -> None:
            ctx.progress(status.progress, f"{ref.provider}: {status.state}"
                         + (f" {status.message}" if status.message else ""))

        try:
            result = await run_job(
                provider, request, dest_dir=ctx.artifacts.tmp, on_submitted=on_submitted,
                on_submitting=on_submitting, resume=resume, on_status=on_status,
                timeout_s=timeout_for(ref, request.kind, settings=self.settings))
        except asyncio.CancelledError:
            self._settle_cancelled(job_key)
            raise
        except ProviderError as exc:
            if not exc.outcome_unknown:
                self._settle_failed(job_key)
            raise
        if self._tracked(job_key):  # hashing, copying and fsyncing off the event loop, which
            # meanwhile starts the next jobs (it stalled ~5 ms per output, one core idle)
            kept = await asyncio.to_thread(keep_result, result, ctx.artifacts)
            self.ledger.fetched(job_key, result=kept, cost_usd=result.cost_usd)
        return result

    async def _recover(self, ctx: NodeContext, job_key: str, ref: Any, request: Any,
                       provider: Any, since: float) -> Any:
        """An interrupted submission: adopt the job it created, or prove there is none."""
        from providers.errors import ProviderError
        from providers.polling import recover

        if ctx.node_id in ctx.services.get("resubmit", ()):
            self.ledger.forget(job_key)  # the user chose to submit again
            return None
        try:
            handle = await recover(provider, request, since_unix=since)
        except ProviderError as exc:
            row = self.ledger.get(job_key)
            if exc.outcome_unknown and row is not None and row.state is JobState.INTENT:
                self.ledger.held(job_key)  # resubmitting is the user's call (--resubmit)
            raise
        if handle is None:  # the provider's listing proved nothing was created
            self.ledger.forget(job_key)
        else:
            await self._record(ctx, job_key, ref, handle)
        return handle

    def _tracked(self, job_key: str) -> bool:
        """Whether this run submitted (or resumed) the job, so the ledger owns it."""
        row = self.ledger.get(job_key)
        return row is not None and row.state is JobState.SUBMITTED

    def _settle_cancelled(self, job_key: str) -> None:
        """The user cancelled: a submitted job was cancelled at the provider and is
        submitted afresh next time. An open intent stays: its outcome is unknown."""
        row = self.ledger.get(job_key)
        if row is not None and row.state is JobState.SUBMITTED:
            self.ledger.cancelled(job_key)

    def _settle_failed(self, job_key: str) -> None:
        row = self.ledger.get(job_key)
        if row is not None and row.state in (JobState.INTENT, JobState.SUBMITTED):
            self.ledger.failed(job_key)

    async def _record(self, ctx: NodeContext, job_key: str, ref: Any, handle: Any) -> None:
        self.ledger.submitted(job_key, run_id=ctx.run_id, node_id=ctx.node_id,
                              provider=ref.provider, model=ref.model, job_id=handle.job_id,
                              handle=_handle_json(handle))


def keep_result(result: Any, artifacts: ArtifactStore) -> dict[str, Any]:
    """Copy a fetched job's outputs into the artifact store; the JSON the ledger keeps.

    The node still gets the downloaded files (it moves them into the store itself)."""
    outputs = []
    for out in result.outputs:
        art = artifacts.add_file(out.path, kind="file", media_type=out.media_type)
        outputs.append({"key": art.key, "media_type": out.media_type,
                        "name": Path(out.path).name})
    return {"outputs": outputs, "cost_usd": result.cost_usd, "provider": result.provider,
            "model": result.model, "job_id": result.job_id, "text": result.text,
            "words": [list(w) for w in result.words], "notes": list(result.notes)}


def fetched_result(data: Mapping[str, Any], artifacts: ArtifactStore) -> Any:
    """A ``JobResult`` rebuilt from the ledger and the store (fresh temp copies), or None
    when an output is gone from the store (then the job is resumed or paid again)."""
    from providers.base import JobResult, Output

    outputs = []
    for out in data.get("outputs", ()):
        art = artifacts.get(str(out["key"]))
        if art is None:
            return None
        tmp = artifacts.new_temp_path(Path(str(out.get("name", ""))).suffix)
        shutil.copyfile(art.path, tmp)
        outputs.append(Output(tmp, str(out["media_type"])))
    return JobResult(outputs=tuple(outputs), cost_usd=float(data.get("cost_usd", 0.0)),
                     provider=str(data["provider"]), model=str(data["model"]),
                     job_id=str(data["job_id"]), text=data.get("text"),
                     words=tuple((str(w), float(s), float(e))
                                 for w, s, e in data.get("words", ())),
                     notes=tuple(str(n) for n in data.get("notes", ())))


def check_model_param(graph: Any, node: Any, registry: Any) -> list[Problem]:
    """Load-time check of a ``model`` param: syntax and known providers."""
    from providers.catalog import parse_model_ref

    text = node.params.get("model")
    if not isinstance(text, str) or not text.strip():
        return [Problem("is required, e.g. local:procedural or fal:fal-ai/flux/schnell",
                        node.id, "model", "bad_param")]
    try:
        refs = parse_model_ref(text)
    except ValueError as exc:
        return [Problem(str(exc), node.id, "model", "bad_param")]
    kind = _GEN_KINDS.get(str(getattr(node, "type_id", "")), "")
    return _check_model_schemas(node.id, refs, dict(node.params), kind)


_GEN_KINDS = {"gen.image": "image", "gen.video": "video", "gen.speech": "speech"}
_FILE_SOURCES = ("input.image", "input.video", "input.audio")


def check_input_files(graph: Graph, node: Node, base_dir: Path | None) -> list[Problem]:
    """Load-time size check of local files linked straight into a generation node: a file
    its provider cannot take fails here, before anything is paid (issue #16)."""
    from providers.catalog import parse_model_ref
    from providers.uploads import file_refusal

    try:
        refs = parse_model_ref(str(node.params.get("model", "")))
    except ValueError:
        return []  # check_model_param names the bad ref
    problems: list[Problem] = []
    for link in graph.links_into(node.id):
        source = graph.nodes.get(link.src_node)
        value = source.params.get("path") if source is not None else None
        if source is None or source.type_id not in _FILE_SOURCES or not isinstance(value, str):
            continue
        path = resolve_path(value, base_dir)
        try:
            size = path.stat().st_size
        except OSError:
            continue  # the input node's own check names a missing file
        for ref in refs:
            reason = file_refusal(str(ref), path.name, size)
            if reason:
                problems.append(Problem(reason, node.id, link.dst_port, "bad_param"))
    return problems


def _check_model_schemas(node_id: str, refs: tuple[Any, ...], params: dict[str, Any],
                         kind: str) -> list[Problem]:
    """Each model's kind and schema: sizes, durations, ``extra`` inputs (issue #16)."""
    from providers.model_schemas import check_node

    problems: list[Problem] = []
    for ref in refs:
        found, warnings = check_node(ref.model, ref.provider, params, kind=kind)
        problems += [Problem(message, node_id, param, "bad_param") for param, message in found]
        for warning in warnings:
            log.warning("node '%s': %s", node_id, warning)
    return problems


def _served_key(ctx: NodeContext) -> str:
    return ctx.node_id if ctx.element is None else f"{ctx.node_id}[{ctx.element}]"


def _handle_json(handle: Any) -> dict[str, Any]:
    return {"provider": handle.provider, "model": handle.model, "job_id": handle.job_id,
            "data": dict(handle.data)}
