"""A node's early ``prepare`` step: it starts when its own inputs are ready (before the
others), ``run`` gets its value, and what it made is closed however the node ends; for
``out.render`` it is loudness pass 1, measured while the pictures are still made."""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from graphkit import make_graph

from nodes.executor import PREPARE_PROBE_S, Executor
from nodes.registry import Registry, default_registry
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import NUMBER, TIMELINE

sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
from media import make_still, tone  # noqa: E402


class Prepared:
    def __init__(self, log: list[tuple[str, float, Any]], value: float) -> None:
        self.log, self.value = log, value

    def close(self) -> None:
        self.log.append(("close", time.perf_counter(), self.value))


def _register(reg: Registry, log: list[tuple[str, float, Any]]) -> None:
    async def slow(ctx: Any) -> dict[str, Any]:
        await asyncio.sleep(ctx.params["seconds"])
        log.append((f"{ctx.node_id} done", time.perf_counter(), None))
        return {"value": ctx.params["value"]}

    async def slow_fail(ctx: Any) -> dict[str, Any]:
        await asyncio.sleep(0.3)
        raise RuntimeError("late failure")

    async def prepare(ctx: Any, a: float) -> Prepared:
        log.append(("prepare", time.perf_counter(), a))
        if a < 0:
            raise ValueError("no")
        return Prepared(log, a * 10)

    async def run(ctx: Any, a: float, b: float) -> dict[str, Any]:
        early = await ctx.prepared()
        log.append(("run", time.perf_counter(), early.value if early else None))
        return {"value": a + b}

    reg.register(NodeSpec("t.slownum", "Slow", "test", slow,
                          params=(ParamSpec("seconds", "float", 0.3, min=0, max=9),
                                  ParamSpec("value", "float", 1.0, min=-9, max=9)),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.slowfail", "Slow fail", "test", slow_fail,
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.prep", "Prep", "test", run, prepare=prepare,
                          prepare_inputs=("a",),
                          inputs=(PortSpec("a", NUMBER), PortSpec("b", NUMBER)),
                          outputs=(PortSpec("value", NUMBER),)))


def _names(log: list[tuple[str, float, Any]]) -> list[str]:
    return [name for name, _, _ in log]


def _graph(b: str, a: float = 2.0) -> Any:
    return make_graph({"a": ("t.const", {"value": a}), "b": b_node(b),
                       "p": ("t.prep", {})}, ["a.value->p.a", "b.value->p.b"])


def b_node(kind: str) -> tuple[str, dict[str, Any]]:
    if kind in ("fail", "slowfail"):
        return (f"t.{kind}", {})
    return ("t.slownum", {"seconds": 0.8, "value": 1.0})


def test_prepare_starts_before_the_slow_input_and_its_value_reaches_run(engine: Any) -> None:
    log: list[tuple[str, float, Any]] = []
    _register(engine.registry, log)
    result = engine.run(_graph("slow"))
    assert result.status == "succeeded" and result.outputs["p"] == {"value": 3.0}
    assert _names(log) == ["prepare", "b done", "run", "close"]
    assert log[2][2] == 20.0  # run got what prepare made
    # prepare did not wait for the slow input (only up to the engine's cache probe)
    assert log[1][1] - log[0][1] > 0.8 - PREPARE_PROBE_S - 0.2


def test_what_prepare_made_is_closed_on_a_cache_hit_a_failure_and_a_dry_run(
        engine: Any) -> None:
    log: list[tuple[str, float, Any]] = []
    _register(engine.registry, log)
    engine.run(_graph("slow"))
    log.clear()
    result = engine.run(_graph("slow"))  # a cache hit: neither prepare nor run is called
    assert result.nodes["p"].cache_hit
    assert _names(log) == []
    log.clear()
    result = engine.run(_graph("fail"))  # another input fails at once: the node is skipped
    assert result.nodes["p"].status == "skipped"  # before its early step began
    assert _names(log) == []
    log.clear()
    result = engine.run(_graph("slowfail"))  # it fails after the early step began
    assert result.nodes["p"].status == "skipped" and _names(log) == ["prepare", "close"]
    log.clear()
    result = engine.run(_graph("slow", a=5.0), dry_run=True)
    assert _names(log) == []
    log.clear()
    result = engine.run(_graph("slow", a=-1.0))  # prepare fails: run does without it
    assert result.status == "succeeded" and _names(log) == ["prepare", "run"]  # b: cached
    assert log[1][2] is None


def test_stopping_a_waiting_prepare_never_stops_its_input(engine: Any) -> None:
    """The node is skipped (b fails at once) while prepare still waits for the slow a: the
    slow a still runs to the end for its other consumer."""
    log: list[tuple[str, float, Any]] = []
    _register(engine.registry, log)
    g = make_graph({"a": ("t.slownum", {"seconds": 0.3, "value": 2.0}), "b": ("t.fail", {}),
                    "p": ("t.prep", {}), "other": ("t.add", {})},
                   ["a.value->p.a", "b.value->p.b", "a.value->other.a"])
    result = engine.run(g)
    assert result.nodes["p"].status == "skipped"
    assert result.nodes["a"].status == "succeeded" and result.outputs["other"] == {"value": 2.0}
    assert "prepare" not in _names(log)


def test_the_render_measures_loudness_while_its_timeline_is_still_being_made(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """out.render's prepare step: pass 1 starts before the timeline's last node is done,
    the render goes on from where it stopped, and the file is the same as without it."""
    from render import loudness, premix
    from render.timeline import OutputSettings, Timeline, VideoSegment

    log: list[tuple[str, float, Any]] = []
    song = tone(tmp_path / "song.wav", duration_s=3.0, freq_hz=330, amp=0.2)
    still = make_still(tmp_path / "still.png", width=160, height=90)
    timeline = Timeline(output=OutputSettings(fps=Fraction(30)), total_frames=90,
                        segments=(VideoSegment(str(still), 0, 90),)).to_dict()

    async def slow_timeline(ctx: Any) -> dict[str, Any]:
        await asyncio.sleep(0.5)  # the pictures being painted, for as long as the early
        for _ in range(3000 if expect_early else 0):  # pass needs (a busy test machine
            if started and started[-1]._out.stat().st_size:  # gives it little CPU)
                break
            await asyncio.sleep(0.02)
        log.append(("timeline done", time.perf_counter(), None))
        return {"timeline": timeline}

    start, measure = premix.EarlyMeasure.__init__, loudness.measure

    started: list[Any] = []
    expect_early = True

    def early_start(self: Any, *a: Any, **kw: Any) -> None:
        log.append(("early", time.perf_counter(), None))
        start(self, *a, **kw)
        started.append(self)

    def spy(*a: Any, **kw: Any) -> Any:
        log.append(("render pass 1 from", time.perf_counter(), kw.get("done", 0)))
        return measure(*a, **kw)

    monkeypatch.setattr(premix.EarlyMeasure, "__init__", early_start)
    monkeypatch.setattr(loudness, "measure", spy)
    monkeypatch.setattr(premix, "HAND_OVER_S", 30.0)  # a busy machine must not skip the hand-over
    reg = default_registry()
    reg.register(NodeSpec("t.timeline", "Timeline", "test", slow_timeline,
                          outputs=(PortSpec("timeline", TIMELINE),)))
    g = make_graph({"song": ("input.audio", {"path": str(song)}), "tl": ("t.timeline", {}),
                    "render": ("out.render", {"path": str(tmp_path / "out.mp4"),
                                              "preset": "custom", "width": 160, "height": 90,
                                              "x264_preset": "ultrafast", "poster": False})},
                   ["song.audio->render.audio", "tl.timeline->render.timeline"])

    def run(registry: Registry, out: str) -> Any:
        g.nodes["render"].params["path"] = str(tmp_path / out)
        ex = Executor(registry=registry, artifacts=engine.artifacts, cache=engine.cache,
                      runs=engine.runs)
        return asyncio.run(ex.run(g, no_cache=True))

    early = run(reg, "early.mp4")
    assert early.status == "succeeded", early.nodes
    assert _names(log) == ["early", "timeline done", "render pass 1 from"]
    assert log[1][1] > log[0][1]  # measured beside the timeline's making
    assert log[2][2] == 3 * loudness.MIX_BLOCK  # 3 s - 0.5 s fade-out - 0.25 s margin
    plain = Registry()
    for spec in reg:
        plain.register(dataclasses.replace(spec, prepare=None) if spec.type_id == "out.render"
                       else spec)
    log.clear()
    expect_early = False
    alone = run(plain, "alone.mp4")
    assert _names(log) == ["timeline done", "render pass 1 from"] and log[1][2] == 0
    assert early.report["loudness"] == alone.report["loudness"]
    assert _packets(tmp_path / "early.mp4") == _packets(tmp_path / "alone.mp4")


def _packets(path: Path) -> list[bytes]:
    import av

    with av.open(str(path)) as c:
        return [bytes(p) for p in c.demux() if p.size]
