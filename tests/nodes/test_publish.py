"""publish.folder and publish.webhook: gated, atomic, signed, retried, once per content."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphkit import make_graph
from test_gate_nodes import _media_node

from nodes.builtin import gate, publish
from nodes.executor import Executor
from nodes.validate import validate


class Hook:
    """httpx MockTransport handler scripted with status codes."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses[min(len(self.requests), len(self.statuses)) - 1]
        return httpx.Response(status, headers={"Retry-After": "0"}, text="nope")


@pytest.fixture
def eng(engine: Any, tmp_path: Path) -> Any:
    for spec in (*gate.SPECS, *publish.SPECS, _media_node(tmp_path)):
        engine.registry.register(spec)
    return engine


def _use(eng: Any, hook: Hook | None = None, env: dict[str, str] | None = None) -> None:
    services: dict[str, Any] = {"takes": [], "env": env if env is not None else
                                {"HOOK_SECRET": "k3y-k3y"}}
    if hook is not None:
        services["http_client"] = httpx.AsyncClient(transport=httpx.MockTransport(hook))
    eng.executor = Executor(registry=eng.registry, artifacts=eng.artifacts, cache=eng.cache,
                            runs=eng.runs, sink=eng.sink, services=services)


def _graph(tmp: Path, *, gated: bool = True, **hook: Any) -> Any:
    src = "qc.media" if gated else "m.video"
    return make_graph(
        {"m": ("t.media", {"good_from": 0}),
         "qc": ("gate.qc", {"on_fail": "stop", "sample_fps": 4.0}),
         "pub": ("publish.folder", {"folder": str(tmp / "pub"), "name": "clip-{sha8}"}),
         "hook": ("publish.webhook", {"url": "https://hooks.example/mv", "backoff_s": 0,
                                      "secret_env": "HOOK_SECRET", **hook})},
        ["m.video->qc.media", f"{src}->pub.media", "qc.qc->pub.qc", f"{src}->hook.media",
         "qc.qc->hook.qc", "pub.path->hook.path"])


def test_publish_refused_unless_downstream_of_a_gate(eng: Any, tmp_path: Path) -> None:
    assert validate(_graph(tmp_path), eng.registry) == []
    problems = validate(_graph(tmp_path, gated=False), eng.registry)
    assert sorted(p.node_id for p in problems if p.code == "ungated_publish") == ["hook", "pub"]
    leaked = validate(_graph(tmp_path, secret_env="sk-live-abc123 secret"), eng.registry)
    assert [p.param for p in leaked] == ["secret_env"]


def test_folder_and_webhook_publish_once(eng: Any, tmp_path: Path) -> None:
    hook = Hook([503, 200])
    _use(eng, hook)
    result = eng.run(_graph(tmp_path))
    assert result.status == "succeeded", result.error
    files = sorted(p.name for p in (tmp_path / "pub").iterdir())
    assert len(files) == 2 and files[0].startswith("clip-") and files[0].endswith(".mp4")
    record = json.loads((tmp_path / "pub" / files[1]).read_text())
    assert record["provenance"] == "AI-generated" and record["models"] == ["local:test"]
    assert record["qc"]["passed"] and record["run_id"] == result.run_id
    media = result.outputs["qc"]["media"]
    assert (tmp_path / "pub" / files[0]).read_bytes() == media.path.read_bytes()
    assert len(hook.requests) == 2
    first, second = hook.requests
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    assert first.content == second.content
    expected = "sha256=" + hmac.new(b"k3y-k3y", second.content, hashlib.sha256).hexdigest()
    assert second.headers["X-Mvstudio-Signature"] == expected
    body = json.loads(second.content)
    assert body["file"]["path"].endswith(files[0]) and body["record"]["sha256"] == media.key
    assert result.report["deliveries"]["hook"]["attempts"] == 2

    again = eng.run(_graph(tmp_path))
    assert again.nodes["pub"].cache_hit and again.nodes["hook"].cache_hit
    assert len(hook.requests) == 2 and len(list((tmp_path / "pub").iterdir())) == 2


def test_webhook_does_not_retry_a_refusal(eng: Any, tmp_path: Path) -> None:
    hook = Hook([400])
    _use(eng, hook)
    result = eng.run(_graph(tmp_path))
    assert result.status == "failed" and "refused the delivery (HTTP 400" in str(result.error)
    assert len(hook.requests) == 1


def test_webhook_gives_up_after_max_attempts(eng: Any, tmp_path: Path) -> None:
    hook = Hook([500])
    _use(eng, hook)
    result = eng.run(_graph(tmp_path, max_attempts=3))
    assert result.status == "failed" and "3 attempt(s) failed" in str(result.error)
    assert len(hook.requests) == 3


def test_webhook_needs_its_secret(eng: Any, tmp_path: Path) -> None:
    hook = Hook([200])
    _use(eng, hook, env={})
    result = eng.run(_graph(tmp_path))
    assert result.status == "failed" and result.error.exit_code == 2
    assert "environment variable HOOK_SECRET is not set" in str(result.error)
    assert hook.requests == []


def test_sign_and_key_helpers() -> None:
    assert publish.sign("s", b"{}") == "sha256=" + hmac.new(b"s", b"{}",
                                                              hashlib.sha256).hexdigest()
