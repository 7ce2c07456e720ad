"""audio.analyze's bpm_hint and beats_per_bar (#15): validated by name at load time, passed to
the analysis, part of the cache key (a hint change re-runs the analysis only)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from graphkit import make_graph

from nodes.executor import Executor
from nodes.registry import default_registry
from nodes.validate import validate

REEL = Path(__file__).parents[1] / "audio_sync" / "data" / "doubled_reel_steeplechase.mp3"


def _graph(tmp: Path, params: dict[str, Any]) -> Any:
    song = tmp / "reel.mp3"
    if not song.exists():
        shutil.copy(REEL, song)
    return make_graph({"song": ("input.audio", {"path": str(song)}),
                       "beats": ("audio.analyze", params),
                       "cuts": ("audio.cut_plan", {"every": 1, "unit": "beat", "fps": "30",
                                                    "min_shot_s": 0.2})},
                      ["song.audio->beats.audio", "beats.beats->cuts.beats"])


@pytest.mark.parametrize("params, param", [({"bpm_hint": 12.0}, "bpm_hint"),
                                           ({"bpm_hint": 400.0}, "bpm_hint"),
                                           ({"beats_per_bar": 1}, "beats_per_bar"),
                                           ({"beats_per_bar": 13}, "beats_per_bar")])
def test_bad_options_are_load_time_problems(tmp_path, params, param):
    problems = validate(_graph(tmp_path, params), default_registry(), base_dir=tmp_path)
    assert [(p.node_id, p.param, p.code) for p in problems] == [("beats", param, "bad_param")]
    assert f"node 'beats', param '{param}'" in str(problems[0]) and ("outside" in str(problems[0]) or "maximum" in str(problems[0]))


def test_hint_reaches_the_analysis_and_keys_the_cache(tmp_path, engine):
    def run(params: dict[str, Any]) -> Any:
        ex = Executor(registry=default_registry(), artifacts=engine.artifacts,
                      cache=engine.cache, runs=engine.runs, sink=engine.sink)
        res = asyncio.run(ex.run(_graph(tmp_path, params)))
        assert res.status == "succeeded", res.error
        return res

    auto = run({})  # the learned level reads the reel's half note
    assert abs(auto.outputs["beats"]["beats"]["tempo_bpm"] - 94) < 3
    hinted = run({"bpm_hint": 180.0, "beats_per_bar": 2})  # the creator counts quarters
    beats = hinted.outputs["beats"]["beats"]
    assert abs(beats["tempo_bpm"] - 188) < 6 and beats["bpm_hint"] == 180.0
    assert beats["beats_per_bar"] == 2 and abs(beats["alt_bpm"] - 94) < 3
    assert not hinted.nodes["beats"].cache_hit and not hinted.nodes["cuts"].cache_hit
    assert hinted.nodes["song"].cache_hit
    # twice as many beat cuts at the hinted level
    n_auto, n_hint = (len(r.outputs["cuts"]["plan"]["cuts_s"]) for r in (auto, hinted))
    assert 1.6 < n_hint / n_auto < 2.5, (n_auto, n_hint)
    assert run({"bpm_hint": 180.0, "beats_per_bar": 2}).nodes["beats"].cache_hit


def test_run_time_options_are_bad_node_input_naming_the_param():
    from nodes.builtin.audio import _hint_options
    from nodes.errors import BadNodeInput

    assert _hint_options("beats", {"bpm_hint": 90, "beats_per_bar": 3}) == (90.0, 3)
    assert _hint_options("beats", {}) == (0.0, 0)
    for params, name in (({"bpm_hint": 12.0}, "bpm_hint"), ({"beats_per_bar": 1}, "beats_per_bar")):
        with pytest.raises(BadNodeInput) as err:
            _hint_options("beats", params)
        assert err.value.param == name and err.value.exit_code == 2
        assert f"node 'beats', param '{name}'" in str(err.value)


def test_a_new_analysis_version_re_runs_the_node(tmp_path, engine):
    """The node's version is audio_sync's ANALYSIS_VERSION, so a tracker upgrade re-analyses a
    song whose node result is cached (the node cache used to keep serving the old beats)."""
    import dataclasses

    from audio_sync.analysis import ANALYSIS_VERSION

    def run(registry: Any) -> Any:
        ex = Executor(registry=registry, artifacts=engine.artifacts, cache=engine.cache,
                      runs=engine.runs, sink=engine.sink)
        res = asyncio.run(ex.run(_graph(tmp_path, {})))
        assert res.status == "succeeded", res.error
        return res

    shipped = default_registry()
    assert shipped.get("audio.analyze").version == ANALYSIS_VERSION
    run(shipped)
    assert run(shipped).nodes["beats"].cache_hit
    upgraded = default_registry()
    upgraded._specs["audio.analyze"] = dataclasses.replace(shipped.get("audio.analyze"),
                                                           version=ANALYSIS_VERSION + 1)
    again = run(upgraded)
    assert not again.nodes["beats"].cache_hit and again.nodes["song"].cache_hit


def test_the_half_beat_shift_reaches_the_analysis(tmp_path, engine):
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts,
                  cache=engine.cache, runs=engine.runs, sink=engine.sink)
    auto, moved = (asyncio.run(ex.run(_graph(tmp_path, params)))
                   for params in ({}, {"shift_half_beat": True}))
    a, m = (r.outputs["beats"]["beats"] for r in (auto, moved))
    assert m["shift_half_beat"] and not a["shift_half_beat"] and not moved.nodes["beats"].cache_hit
    mids = np.asarray(a["beats_s"][:-1]) + 0.5 * np.diff(a["beats_s"])
    assert np.allclose(m["beats_s"][:len(mids)], mids)


def test_the_bar_shift_reaches_the_analysis(tmp_path, engine):
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts,
                  cache=engine.cache, runs=engine.runs, sink=engine.sink)
    auto, moved = (asyncio.run(ex.run(_graph(tmp_path, params)))
                   for params in ({}, {"bar_shift": 2}))
    a, m = (r.outputs["beats"]["beats"] for r in (auto, moved))
    assert m["bar_shift"] == 2 and a["bar_shift"] == 0 and not moved.nodes["beats"].cache_hit
    assert m["beats_s"] == a["beats_s"] and m["downbeats_s"] != a["downbeats_s"]


def test_the_beat_shift_reaches_the_analysis_and_is_checked_by_name(tmp_path, engine):
    from nodes.builtin.audio import _beat_shift
    from nodes.errors import BadNodeInput

    ex = Executor(registry=default_registry(), artifacts=engine.artifacts,
                  cache=engine.cache, runs=engine.runs, sink=engine.sink)
    auto, moved = (asyncio.run(ex.run(_graph(tmp_path, params)))
                   for params in ({}, {"beat_shift": 1 / 3}))
    a, m = (r.outputs["beats"]["beats"] for r in (auto, moved))
    assert m["beat_shift"] == pytest.approx(1 / 3) and a["beat_shift"] == 0.0
    thirds = np.asarray(a["beats_s"][:-1]) + np.diff(a["beats_s"]) / 3
    assert np.allclose(m["beats_s"][:len(thirds)], thirds)
    assert not moved.nodes["beats"].cache_hit
    with pytest.raises(BadNodeInput) as err:  # both shifts at once: which one is meant?
        _beat_shift("beats", {"beat_shift": 0.25, "shift_half_beat": True})
    assert err.value.param == "beat_shift" and err.value.exit_code == 2
    for params in ({"beat_shift": 1.5}, {"beat_shift": 0.25, "shift_half_beat": True}):
        problems = validate(_graph(tmp_path, params), default_registry(), base_dir=tmp_path)
        assert [(p.node_id, p.param) for p in problems] == [("beats", "beat_shift")], params
