"""Generation nodes on Runway, Synthesia and a self-hosted HTTP job endpoint (issue #16).

End to end in a graph against the strict loopback fakes, through the real provider hub:
dry-run cost equals the recorded cost.  And the load-time check: a model, a param, an
``extra`` input, a size or a duration the model cannot take stops the graph before
anything is paid, naming node, param, model and the allowed values.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graphkit import make_graph

from nodes.executor import Executor
from nodes.provider_hub import ProviderHub
from nodes.registry import default_registry
from nodes.validate import validate
from providers.fakes.routes_new import httpjob_spec
from providers.fakes.server import FakeServer
from providers.fakes.state import FakeState


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    server = FakeServer(FakeState(polls_to_complete=1)).start()
    try:
        yield server
    finally:
        server.stop()


def _graph() -> Any:
    return make_graph({
        "p": ("input.text", {"text": "a lighthouse at dusk, waves"}),
        "still": ("gen.image", {"model": "runway:gen4_image", "width": 1280, "height": 720}),
        "move": ("gen.video", {"model": "runway:gen4_turbo", "duration_s": 4.0,
                               "width": 1280, "height": 720}),
        "host": ("gen.video", {"model": "synthesia:anna_costume1_cameraA", "width": 1080,
                               "height": 1920, "extra": {"background": "green_screen"}}),
        "gpu": ("gen.image", {"model": "httpjob:modal", "width": 320, "height": 180}),
    }, ["p.text->still.prompt", "p.text->move.prompt", "still.image->move.image",
        "p.text->host.prompt", "p.text->gpu.prompt"])


def _run(tmp_path: Path, fake: FakeServer, **kwargs: Any) -> Any:
    from nodes.cache import ArtifactStore, ResultCache
    from nodes.runs import RunStore

    specs = tmp_path / "specs"
    specs.mkdir(exist_ok=True)
    (specs / "modal.json").write_text(httpjob_spec(fake.base))
    artifacts = ArtifactStore(tmp_path / "cache")
    runs = RunStore(tmp_path / "runs.sqlite")

    async def main() -> Any:
        hub = ProviderHub(runs=runs, env={**fake.env(), "MVSTUDIO_HTTPJOB_SPEC_DIR": str(specs)},
                          settings={"spool_dir": str(tmp_path / "spool")})
        ex = Executor(registry=default_registry(), artifacts=artifacts,
                      cache=ResultCache(tmp_path / "cache", artifacts), runs=runs,
                      services={"providers": hub}, limits={"provider": 4})
        try:
            return await ex.run(_graph(), **kwargs)
        finally:
            await hub.aclose()

    return asyncio.run(main())


def test_runway_synthesia_and_httpjob_run_in_a_graph_at_the_dry_run_cost(fake, tmp_path):
    assert validate(_graph(), default_registry()) == []
    dry = _run(tmp_path, fake, dry_run=True)
    # Nothing paid, nothing sent: no price depends on the free GPU endpoint, so a dry run
    # skips it (and says so).
    assert fake.state.created == {}
    assert "gpu" in dry.report["dry_run_skipped"]
    result = _run(tmp_path, fake)
    assert result.status == "succeeded", result.error
    assert fake.state.created == {"runway": 2, "synthesia": 1, "httpjob": 1}
    estimated = {n: r.estimated_cost_usd for n, r in dry.nodes.items()}
    recorded = {n: r.cost_usd for n, r in result.nodes.items()}
    assert recorded == pytest.approx(estimated)
    assert recorded["move"] == pytest.approx(0.25)  # 4 s asked, Runway makes (and bills) 5
    assert recorded["still"] == pytest.approx(0.05) and recorded["gpu"] == 0.0
    jobs = {j.model: j.input for j in fake.state.jobs.values()}
    assert jobs["gen4_image"]["ratio"] == "1280:720"
    assert jobs["gen4_turbo-video"]["duration"] == 5
    assert jobs["gen4_turbo-video"]["promptImage"].startswith("data:image/")
    assert jobs["avatar-video"]["aspectRatio"] == "9:16"
    assert jobs["avatar-video"]["input"][0]["background"] == "green_screen"


@pytest.mark.parametrize(("node", "params", "param", "says"), [
    ("gen.image", {"model": "openai:dall-e-3", "extra": {"quality": "ultra"}}, "extra.quality",
     "'standard', 'hd'"),
    ("gen.image", {"model": "replicate:black-forest-labs/flux-schnell",
                   "extra": {"steps": 4}}, "extra.steps", "num_inference_steps"),
    ("gen.video", {"model": "fal:fal-ai/kling-video/v2.1/standard/image-to-video",
                   "duration_s": 12.0}, "duration_s", "allowed: 5, 10 s"),
    ("gen.image", {"model": "stability:sd4-mega"}, "model", "core, ultra"),
    ("gen.image", {"model": "openai:gpt-image-1", "extra": ["hd"]}, "extra", "JSON object"),
    ("gen.video", {"model": "runway:gen4_image"}, "model", "makes image, not video"),
])
def test_what_a_model_cannot_take_fails_at_load(node, params, param, says):
    graph = make_graph({"p": ("input.text", {"text": "x"}), "n": (node, params)},
                       ["p.text->n.prompt"])
    problems = validate(graph, default_registry())
    assert [(p.node_id, p.param) for p in problems] == [("n", param)]
    message = str(problems[0])
    assert says in message and params["model"].split("|")[0] in message
