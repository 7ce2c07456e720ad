"""Effect, transition and section-style nodes: validation names node and param; drivers,
sections and transition lengths are built from the BeatMap."""

from __future__ import annotations

import asyncio
from fractions import Fraction
from types import SimpleNamespace
from typing import Any

import pytest
from graphkit import make_graph

from nodes.builtin import fx
from nodes.builtin import register as register_builtin
from nodes.errors import BadNodeInput
from nodes.registry import Registry
from nodes.validate import validate

BEATS: dict[str, Any] = {
    "beats_s": [0.5 * i for i in range(40)], "downbeats_s": [2.0 * i for i in range(10)],
    "onsets_s": [0.5, 1.25], "duration_s": 20.0, "beats_per_bar": 4,
    "sections": [{"start_s": 0.0, "end_s": 8.0, "label": "verse", "energy": 0.3},
                 {"start_s": 8.0, "end_s": 16.0, "label": "chorus", "energy": 0.9},
                 {"start_s": 16.0, "end_s": 20.0, "label": "outro", "energy": 0.2}]}
TIMELINE: dict[str, Any] = {
    "output": {"fps": "30", "width": 64, "height": 48}, "total_frames": 600,
    "segments": [{"source": "a", "start_frame": f, "duration_frames": 60}
                 for f in range(0, 600, 60)]}


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def registry() -> Registry:
    r = Registry()
    register_builtin(r)
    return r


def problems(params: dict[str, Any], links: list[str]) -> list[str]:
    g = make_graph({"tl": ("comp.montage", {}), "b": ("audio.analyze", {}),
                    "env": ("audio.envelope", {}), "fx": ("fx.effect", params)},
                   ["tl.timeline->fx.timeline", *links])
    return [str(p) for p in validate(g, registry()) if p.node_id == "fx"]


def test_validation_names_node_and_param() -> None:
    assert any(p.startswith("node 'fx', param 'effect'") and "unknown effect 'wobble'" in p
               for p in problems({"effect": "wobble"}, []))
    [p] = problems({"effect": "zoom_punch", "params": {"amount": 5}}, [])
    assert p.startswith("node 'fx', param 'params.amount'") and "0.0..1.0" in p
    [p] = problems({"drive": "downbeat"}, [])
    assert "param 'drive'" in p and "BeatMap" in p
    [p] = problems({"drive": "curve"}, ["b.beats->fx.beats"])
    assert "param 'drive'" in p and "Curve" in p
    [p] = problems({"drive": "beat", "drive_param": "size"}, ["b.beats->fx.beats"])
    assert "param 'drive_param'" in p and "no param 'size'" in p
    assert problems({"drive": "beat"}, ["b.beats->fx.beats"]) == []


def test_speed_ramp_goes_on_clips_and_is_not_driven() -> None:
    ramp = {"effect": "speed_ramp", "params": {"to_speed": 0.5}}
    [p] = problems(ramp, [])  # target defaults to the whole timeline
    assert p.startswith("node 'fx', param 'effect'") and "target 'clips'" in p
    assert problems({**ramp, "target": "clips"}, []) == []
    [p] = problems({**ramp, "target": "clips", "drive": "beat"}, ["b.beats->fx.beats"])
    assert p.startswith("node 'fx', param 'drive'") and "cannot be driven" in p
    out = run(fx._run_effect(ctx(**ramp, target="clips"), TIMELINE))["timeline"]
    assert out["segments"][0]["effects"][0]["kind"] == "speed_ramp"


def ctx(**params: Any) -> Any:
    spec = registry().get("fx.effect")
    assert spec is not None
    return SimpleNamespace(node_id="fx", params={**spec.defaults(), **params})


def test_effect_on_chorus_downbeats_with_section_gain() -> None:
    c = ctx(effect="flash", params={"amount": 0.0}, drive="downbeat", sections="chorus",
            decay_beats=1.0)
    out = run(fx._run_effect(c, TIMELINE, BEATS))["timeline"]
    [eff] = out["effects"]
    assert (eff["start_frame"], eff["end_frame"]) == (240, 480)
    [drv] = eff["drivers"]
    assert drv["events_beats"] == [16.0, 20.0, 24.0, 28.0]  # downbeats 8, 10, 12, 14 s
    c = ctx(effect="zoom_punch", drive="beat", every=2, target="clips",
            intensity={"verse": 0.5})
    out = run(fx._run_effect(c, TIMELINE, BEATS))["timeline"]
    seg_fx = out["segments"][3]["effects"][0]
    assert seg_fx["drivers"][0]["gains"] == [[0, 240, 0.5]]
    assert seg_fx["drivers"][0]["events_beats"][:3] == [0.0, 2.0, 4.0]


def test_curve_at_another_fps_is_bad_input() -> None:
    c = ctx(effect="zoom_punch", drive="curve")
    with pytest.raises(BadNodeInput, match="25 fps but the timeline is at 30 fps") as e:
        run(fx._run_effect(c, TIMELINE, None, {"fps": "25", "values": [0.0]}))
    assert e.value.exit_code == 2 and e.value.param == "curve"


def test_transitions_per_section_in_beats_and_frames() -> None:
    styles = {"verse": {"transition": "crossfade", "length": 1, "unit": "beats"},
              "chorus": {"transition": "flash", "length": 4, "unit": "frames"}}
    out = fx.set_transitions(TIMELINE, BEATS, styles, ("cut", 0, "frames"))
    tr = [s["transition_in"] for s in out["segments"]]
    assert tr[0] == {"kind": "cut", "duration_frames": 0}
    assert tr[1] == {"kind": "crossfade", "duration_frames": 15}  # one beat at 120 BPM, 30 fps
    assert tr[4] == {"kind": "flash", "duration_frames": 4}  # 8 s: chorus
    assert tr[9] == {"kind": "cut", "duration_frames": 0}  # outro: no style


def test_section_styles_grade_and_intensity() -> None:
    c = SimpleNamespace(node_id="st", params={"styles": {
        "chorus": {"transition": "whip", "length": 0.5, "intensity": 1.0,
                   "grade": {"saturation": 1.3, "temperature": 0.4}},
        "verse": {"transition": "crossfade", "length": 1, "intensity": 0.4}}})
    out = run(fx._run_section_styles(c, TIMELINE, BEATS))["timeline"]
    [grade] = out["effects"]
    assert grade["kind"] == "grade" and (grade["start_frame"], grade["end_frame"]) == (240, 480)
    assert out["section_intensity"] == {"chorus": 1.0, "verse": 0.4}
    assert out["segments"][5]["transition_in"] == {"kind": "whip", "duration_frames": 8}


def test_section_style_validation() -> None:
    g = make_graph({"st": ("style.sections", {"styles": {
        "chorus": {"transition": "spin"}, "verse": {"grade": {"saturation": 9}}}})}, [])
    msgs = [str(p) for p in validate(g, registry()) if p.node_id == "st"]
    assert any("param 'styles'" in m and "unknown transition 'spin'" in m for m in msgs)


def test_fps_fraction_sanity() -> None:
    assert fx.bg.frame_of(8.0, Fraction(30000, 1001)) == 240


def test_section_prompt_suffixes_follow_the_slots() -> None:
    plan = {"slots": [{"section": "verse"}, {"section": "verse"}, {"section": "chorus"},
                      {"section": "outro"}]}
    c = SimpleNamespace(node_id="sp", params={"suffixes": {"chorus": "vivid, fast motion"}})
    out = run(fx._run_section_prompts(c, ["a", "b", "c", "d"], plan))["scenes"]
    assert out == ["a", "b", "c, vivid, fast motion", "d"]
    two = run(fx._run_section_prompts(c, ["x", "y"], plan))["scenes"]  # one per half
    assert two == ["x", "y, vivid, fast motion"]


def test_section_scenes_replace_prompts_cycled_without_repeats() -> None:
    plan = {"slots": [{"section": s} for s in ["intro", "verse", "verse", "verse", "chorus"]]}
    c = SimpleNamespace(node_id="sp", params={
        "suffixes": {"chorus": "vivid"},
        "scenes": {"verse": ["the sea at night", "a lighthouse"], "chorus": "the aurora"}})
    out = run(fx._run_section_prompts(c, ["a", "b", "c", "d", "e"], plan))["scenes"]
    assert out == ["a", "the sea at night", "a lighthouse", "the sea at night, take 2",
                   "the aurora, vivid"]
    c.params["scenes"] = {"verse": []}
    with pytest.raises(BadNodeInput, match="non-empty list") as e:
        run(fx._run_section_prompts(c, ["a"], plan))
    assert e.value.param == "scenes.verse" and e.value.exit_code == 2


def test_a_cut_on_the_frame_holding_a_section_start_takes_the_new_sections_style() -> None:
    beats = {**BEATS, "sections": [{**s, "start_s": s["start_s"] + 0.012 if s["start_s"] else 0.0,
                                    "end_s": s["end_s"] + 0.012}
                                   for s in BEATS["sections"]]}  # chorus from 8.012 s
    styles = {"verse": {"transition": "crossfade", "length": 4, "unit": "frames"},
              "chorus": {"transition": "flash", "length": 3, "unit": "frames"}}
    out = fx.set_transitions(TIMELINE, beats, styles, ("cut", 1.0, "beats"))
    assert out["segments"][4]["transition_in"] == {"kind": "flash", "duration_frames": 3}
    assert out["segments"][3]["transition_in"] == {"kind": "crossfade", "duration_frames": 4}
