"""Routers: only the chosen branch runs (and is paid for); conditions are checked at load."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from graphkit import make_graph

from nodes.builtin import route, route_cost
from nodes.errors import NodeFailed
from nodes.executor import Executor
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import NUMBER
from nodes.validate import validate


class FakeHub:
    """Stands in for the provider hub: records every generation it is asked for."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.calls: list[str] = []

    async def generate(self, ctx: Any, *, model_text: str, request_fields: dict) -> Any:
        from providers.base import JobResult, Output

        self.calls.append(model_text)
        ctx.count_provider_call()
        path = self.tmp / f"out-{len(self.calls)}.png"
        path.write_bytes(f"{model_text} {request_fields}".encode())
        provider, model = model_text.split(":", 1)
        return JobResult(outputs=(Output(path, "image/png"),), cost_usd=0.01,
                         provider=provider, model=model, job_id=str(len(self.calls)))


def _raise_node() -> NodeSpec:
    async def run(ctx: Any) -> dict[str, Any]:
        ctx.services["hits"][ctx.node_id] += 1
        raise NodeFailed(ctx.node_id, ctx.params["message"])
    return NodeSpec("t.raise", "Raise", "test", run, outputs=(PortSpec("value", NUMBER),),
                    params=(ParamSpec("message", "str", "fal: transient: 503"),))


@pytest.fixture
def setup(engine: Any, tmp_path: Path) -> Any:
    for spec in route.SPECS:
        engine.registry.register(spec)
    engine.registry.register(_raise_node())
    hub = FakeHub(tmp_path)
    engine.hub = hub
    engine.executor = Executor(registry=engine.registry, artifacts=engine.artifacts,
                               cache=engine.cache, runs=engine.runs, sink=engine.sink,
                               services={"providers": hub, "hits": Counter()})
    return engine


def _switch_graph(condition: str, prompt: str) -> Any:
    return make_graph({"p": ("t.text", {"value": prompt}),
                       "a": ("t.paid", {"price": 1.0}), "b": ("t.paid", {"price": 2.0}),
                       "sw": ("route.switch", {"condition": condition})},
                      ["p.value->sw.prompt", "a.value->sw.a", "b.value->sw.b"])


@pytest.mark.parametrize(("prompt", "chosen", "other"), [
    ("one two three four five", "a", "b"), ("short", "b", "a")])
def test_switch_runs_only_chosen_branch(setup: Any, prompt: str, chosen: str,
                                        other: str) -> None:
    graph = _switch_graph("words(prompt) > 3", prompt)
    assert validate(graph, setup.registry) == []
    result = setup.run(graph)
    assert result.status == "succeeded"
    assert result.outputs["sw"]["chosen"] == chosen
    assert setup.calls.by_node.get(chosen) == 1
    assert setup.calls.by_node.get(other) is None  # never ran, never paid
    assert result.nodes[other].provider_calls == 0 if other in result.nodes else True
    assert result.cost_usd == {"a": 1.0, "b": 2.0}[chosen]
    assert result.report["routes"]["sw"] == chosen


def test_switch_by_budget_and_section(setup: Any) -> None:
    graph = make_graph({"s": ("t.text", {"value": "chorus"}), "a": ("t.const", {"value": 1}),
                        "b": ("t.const", {"value": 2}),
                        "sw": ("route.switch",
                               {"condition": 'section == "chorus" and budget_remaining > 5'})},
                       ["s.value->sw.section", "a.value->sw.a", "b.value->sw.b"])
    assert setup.run(graph).outputs["sw"]["value"] == 1  # no budget service: unlimited
    setup.executor.services["budget"] = 0.25
    assert setup.run(graph).outputs["sw"]["value"] == 2
    setup.executor.services["budget"] = {"limit_usd": 5.5}  # what `render --budget` passes
    paid = make_graph({"p": ("t.paid", {"price": 1.0}), "a": ("t.const", {"value": 1}),
                       "b": ("t.const", {"value": 2}),
                       "sw": ("route.switch", {"condition": "budget_remaining > 5"})},
                      ["p.value->sw.value", "a.value->sw.a", "b.value->sw.b"])
    assert setup.run(paid).outputs["sw"]["value"] == 2  # 5.5 - 1.0 spent upstream = 4.5
    assert (setup.calls.by_node["a"], setup.calls.by_node["b"]) == (1, 1)


def test_switch_problems_at_load(setup: Any) -> None:
    bad = _switch_graph("words(prompt) >", "x")
    [problem] = validate(bad, setup.registry)
    assert (problem.node_id, problem.param) == ("sw", "condition")
    assert "expected a value" in problem.message
    unknown = _switch_graph("colour == 'red'", "x")
    assert "unknown name(s) colour" in str(validate(unknown, setup.registry)[0])
    unlinked = _switch_graph("value > 3", "x")
    assert "input 'value' is not connected" in str(validate(unlinked, setup.registry)[0])


def _by_cost_graph(**params: Any) -> Any:
    models = "fal:fal-ai/flux-pro/v1.1\nfal:fal-ai/flux/schnell\nstability:core"
    return make_graph({"p": ("t.text", {"value": params.pop("prompt", "a red door")}),
                       "g": ("route.by_cost", {"models": models, "width": 512, "height": 512,
                                               **params})},
                      ["p.value->g.prompt"])


def test_by_cost_uses_cheapest_fitting_model_only(setup: Any) -> None:
    result = setup.run(_by_cost_graph())
    assert result.status == "succeeded", result.error
    assert setup.hub.calls == ["fal:fal-ai/flux/schnell"]  # the others got zero calls
    assert result.outputs["g"]["model"] == "fal:fal-ai/flux/schnell"
    assert result.outputs["g"]["media"].meta["model"] == "fal:fal-ai/flux/schnell"
    again = setup.run(_by_cost_graph())
    assert again.nodes["g"].cache_hit and setup.hub.calls == ["fal:fal-ai/flux/schnell"]


def test_by_cost_premium_for_complex_prompt(setup: Any) -> None:
    prompt = "a crowd of dancers under neon rain on a rooftop at night, wide shot"
    graph = _by_cost_graph(prompt=prompt, premium_model="stability:ultra",
                           complex_when="words(prompt) > 8")
    result = setup.run(graph)
    assert setup.hub.calls == ["stability:ultra"]
    assert "complex prompt" in result.report["by_cost"]["g"]["reason"]


def test_by_cost_constraints_and_load_checks(setup: Any) -> None:
    choice = route_cost.choose_model({"kind": "image", "models": "fal:fal-ai/flux-pro/v1.1\n"
                                 "stability:core", "max_price_usd": 0.04, "seed": 0,
                                 "width": 512, "height": 512}, "x")
    assert choice.model == "stability:core"
    with pytest.raises(ValueError, match="over the max price"):
        route_cost.choose_model({"kind": "image", "models": "stability:ultra", "seed": 0,
                            "max_price_usd": 0.01, "width": 512, "height": 512}, "x")
    video = route_cost.choose_model({"kind": "video", "models": "local:procedural\n"
                                "replicate:bytedance/seedance-1-lite\n"
                                "replicate:bytedance/seedance-1-pro", "seed": 0, "width": 512,
                                "height": 512, "duration_s": 5.0}, "x")
    assert video.model == "replicate:bytedance/seedance-1-lite"
    assert any("makes image, not video" in r for r in video.rejected)
    problems = validate(_by_cost_graph(models="nope", complex_when="words(prompt) >"),
                        setup.registry)
    assert {(p.param, p.code) for p in problems} == {("models", "bad_model"),
                                                     ("complex_when", "bad_expression")}
    assert setup.hub.calls == []


def _ab_graph(key: str, shares: list[float]) -> Any:
    return make_graph({"a": ("t.const", {"value": 1}), "b": ("t.const", {"value": 2}),
                       "ab": ("route.ab_split", {"key": key, "percentages": shares})},
                      ["a.value->ab.a", "b.value->ab.b"])


def test_ab_split_is_deterministic_and_follows_percentages(setup: Any) -> None:
    arms = [route.split_arm(f"scene-{i}", [20, 80]) for i in range(2000)]
    assert 0.17 < arms.count(0) / len(arms) < 0.23
    assert route.split_arm("song-7", [50, 50]) == route.split_arm("song-7", [50, 50])
    result = setup.run(_ab_graph("song-7", [50, 50]))
    arm = result.outputs["ab"]["arm"]
    assert result.report["ab_arms"] == {"ab": arm}
    assert setup.calls.by_node == {arm: 1}
    assert setup.run(_ab_graph("song-7", [50, 50])).outputs["ab"]["arm"] == arm
    assert setup.run(_ab_graph("song-7", [0, 100])).outputs["ab"]["arm"] == "b"
    assert "one per arm" in str(validate(_ab_graph("k", [10, 20, 70]), setup.registry)[0])


def _fallback_graph(message: str, on: str) -> Any:
    return make_graph({"x": ("t.raise", {"message": message}), "b": ("t.const", {"value": 7}),
                       "fb": ("route.fallback", {"on": on})},
                      ["x.value->fb.a", "b.value->fb.b"])


@pytest.mark.parametrize(("message", "on"), [
    ("fal: transient: 503 Service Unavailable", "transient"),
    ("fal: moderation: flagged", "moderation"), ("anything at all", "any")])
def test_fallback_uses_next_input_on_matching_failure(setup: Any, message: str,
                                                      on: str) -> None:
    result = setup.run(_fallback_graph(message, on))
    assert result.outputs["fb"] == {"value": 7, "used": "b"}
    assert result.report["fallbacks"]["fb"]["used"] == "b"
    assert message in result.report["fallbacks"]["fb"]["failed"][0]


def test_fallback_does_not_mask_other_failures(setup: Any) -> None:
    result = setup.run(_fallback_graph("fal: moderation: flagged", "timeout"))
    assert result.status == "failed"
    assert "fb" not in result.outputs
    assert setup.calls.by_node.get("b") is None  # the fallback branch never ran


def test_fallback_does_not_run_b_when_a_works(setup: Any) -> None:
    graph = make_graph({"a": ("t.const", {"value": 3}), "b": ("t.paid", {"price": 1.0}),
                        "fb": ("route.fallback", {"on": "any"})},
                       ["a.value->fb.a", "b.value->fb.b"])
    result = setup.run(graph)
    assert result.outputs["fb"] == {"value": 3, "used": "a"}
    assert result.cost_usd == 0 and "b" not in setup.calls.by_node


def test_budget_names_accepts_several_service_shapes() -> None:
    class Budget:
        limit_usd = 2.0
        spent_usd = 0.5

        def remaining_usd(self) -> float:
            return 1.5

    assert route.budget_names({})["budget_remaining"] == float("inf")
    assert route.budget_names({"budget": 0.3})["budget_remaining"] == 0.3
    assert route.budget_names({"budget": lambda: 0.7})["budget_remaining"] == 0.7
    assert route.budget_names({"budget": Budget()}) == {
        "budget_remaining": 1.5, "budget_usd": 2.0, "budget_spent": 0.5}
    assert route.budget_names({"budget": {"limit_usd": 1.0}}, spent_usd=0.75) == {
        "budget_remaining": 0.25, "budget_usd": 1.0, "budget_spent": 0.75}
    assert asyncio  # keep import for event-loop based helpers


def test_switch_between_generators_pays_only_the_chosen_provider(setup: Any) -> None:
    from nodes.builtin import generate

    for spec in generate.SPECS:
        setup.registry.register(spec)
    graph = make_graph({"p": ("t.text", {"value": "a lighthouse in a storm at night"}),
                        "cheap": ("gen.image", {"model": "fal:fal-ai/flux/schnell"}),
                        "dear": ("gen.image", {"model": "stability:ultra"}),
                        "sw": ("route.switch", {"condition": "words(prompt) > 5"})},
                       ["p.value->cheap.prompt", "p.value->dear.prompt", "p.value->sw.prompt",
                        "dear.image->sw.a", "cheap.image->sw.b"])
    result = setup.run(graph)
    assert result.status == "succeeded", result.error
    assert setup.hub.calls == ["stability:ultra"]  # the fal branch: zero provider calls
    assert "cheap" not in result.nodes or result.nodes["cheap"].provider_calls == 0


def test_recovered_fallback_run_succeeds(setup: Any) -> None:
    result = setup.run(_fallback_graph("fal: transient: 503", "transient"))
    assert result.outputs["fb"]["used"] == "b"
    assert result.status == "succeeded"


@pytest.mark.timeout(20)
def test_parallel_routers_do_not_starve_their_branches_of_cpu_slots(setup: Any) -> None:
    nodes: dict[str, Any] = {}
    links = []
    for i in range(4):  # more routers than CPU slots (2), each waiting for a CPU branch
        nodes[f"a{i}"] = ("t.sleep", {"seconds": 0.01})
        nodes[f"b{i}"] = ("t.sleep", {"seconds": 0.01})
        nodes[f"sw{i}"] = ("route.switch", {"condition": "true"})
        links += [f"a{i}.value->sw{i}.a", f"b{i}.value->sw{i}.b"]
    result = setup.run(make_graph(nodes, links))
    assert result.status == "succeeded"
    assert sorted(k for k in setup.calls.by_node if k.startswith("b")) == []


def test_switch_picks_by_arm_number_or_name_and_reads_beatmaps(setup: Any) -> None:
    from nodes.spec import NodeSpec as Spec
    from nodes.types import BEATMAP

    async def beats(ctx: Any) -> dict[str, Any]:
        return {"beats": {"tempo_bpm": 128.0, "duration_s": 30.0,
                          "sections": [{"label": "intro"}, {"label": "drop"}]}}
    setup.registry.register(Spec("t.beats", "Beats", "test", beats,
                                 outputs=(PortSpec("beats", BEATMAP),)))
    arms = {arm: ("t.const", {"value": i}) for i, arm in enumerate("abcd")}
    links = [f"{arm}.value->sw.{arm}" for arm in "abcd"] + ["bm.beats->sw.beats"]
    for condition, want in (("sections", "c"), ('contains(section_labels, "drop") and '
                                                    'tempo_bpm > 120', "a"), ("'d'", "d")):
        graph = make_graph({**arms, "bm": ("t.beats", {}),
                            "sw": ("route.switch", {"condition": condition})}, links)
        assert validate(graph, setup.registry) == []
        assert setup.run(graph).outputs["sw"]["chosen"] == want
    bad = make_graph({**arms, "bm": ("t.beats", {}),
                      "sw": ("route.switch", {"condition": "7"})}, links)
    result = setup.run(bad)
    assert result.status == "failed" and "arm number 0-3" in str(result.error)


def test_ab_split_key_input(setup: Any) -> None:
    graph = make_graph({"k": ("t.text", {"value": "scene-42"}), "a": ("t.const", {"value": 1}),
                        "b": ("t.const", {"value": 2}),
                        "ab": ("route.ab_split", {"percentages": [50, 50], "salt": "v2"})},
                       ["k.value->ab.key", "a.value->ab.a", "b.value->ab.b"])
    arm = "ab"[route.split_arm("scene-42", [50, 50], salt="v2")]
    assert setup.run(graph).outputs["ab"]["arm"] == arm
