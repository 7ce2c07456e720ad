"""Effects end to end through the CLI: procedural clips montaged on the cut plan, a zoom
punch on every beat, flashes on downbeats, per-section transitions; bad effect settings
exit 2 naming node and param before anything runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from studio.cli import main


def fx_graph(song: str) -> dict[str, Any]:
    nodes = [
        ("song", "input.audio", {"path": song}),
        ("beats", "audio.analyze", {}),
        ("cuts", "audio.cut_plan", {"every": 1, "unit": "bar", "fps": "30", "min_shot_s": 1.0,
                                    "max_shot_s": 6.0}),
        ("theme", "input.text", {"text": "a lighthouse at night"}),
        ("scenes", "text.scenes", {"mode": "per_shot", "seed": 1}),
        ("images", "gen.image", {"model": "local:procedural", "width": 160, "height": 90}),
        ("clips", "comp.kenburns", {"duration_s": 2.2, "width": 160, "height": 90, "fps": "30",
                                    "crf": 30}),
        ("montage", "comp.montage", {}),
        ("tr", "fx.transitions", {"kind": "crossfade", "length": 1, "unit": "beats"}),
        ("punch", "fx.effect", {"effect": "zoom_punch", "params": {"amount": 0.0},
                                "drive": "beat", "drive_amount": 0.2}),
        ("flash", "fx.effect", {"effect": "flash", "params": {"amount": 0.0},
                                "drive": "downbeat", "drive_amount": 0.9, "decay_beats": 0.5}),
        ("render", "out.render", {"path": "out.mp4", "preset": "custom", "width": 160,
                                  "height": 90, "crf": 30, "x264_preset": "ultrafast"}),
    ]
    links = [("song.audio", "beats.audio"), ("beats.beats", "cuts.beats"),
             ("theme.text", "scenes.theme"), ("beats.beats", "scenes.beats"),
             ("cuts.plan", "scenes.plan"), ("scenes.scenes", "images.prompt"),
             ("images.image", "clips.image"), ("clips.video", "montage.clips"),
             ("cuts.plan", "montage.plan"), ("montage.timeline", "tr.timeline"),
             ("beats.beats", "tr.beats"), ("tr.timeline", "punch.timeline"),
             ("beats.beats", "punch.beats"), ("punch.timeline", "flash.timeline"),
             ("beats.beats", "flash.beats"), ("flash.timeline", "render.timeline"),
             ("song.audio", "render.audio")]
    return {"format": "mvstudio.graph", "version": 1,
            "nodes": [{"id": i, "type": t, "type_version": 1, "params": p, "pinned": False}
                      for i, t, p in nodes],
            "links": [{"from": a.split("."), "to": b.split(".")} for a, b in links], "ui": {}}


def test_effects_render_end_to_end_and_flash_on_downbeats(tmp_path: Path,
                                                          short_song: Path) -> None:
    import av

    graph = tmp_path / "fx.mvgraph"
    graph.write_text(json.dumps(fx_graph(str(short_song))))
    report = tmp_path / "r.json"
    assert main(["render", str(graph), "--report", str(report)]) == 0
    with av.open(str(tmp_path / "out.mp4")) as c:
        luma = np.array([f.to_ndarray(format="gray").mean() for f in c.decode(video=0)])
    assert luma.size == 240
    peaks = [k for k in range(1, 239) if luma[k] > luma[k - 1] + 40 and luma[k] > 150]
    assert len(peaks) >= 3  # a white flash on each downbeat (every 2 s at 120 BPM)
    gaps = np.diff(peaks)
    assert np.all(np.abs(gaps - 60) <= 2)


@pytest.mark.parametrize(("params", "expected"), [
    ({"effect": "zoom_punch", "params": {"amount": 3.0}},
     "node 'punch', param 'params.amount': amount=3.0 is outside 0.0..1.0"),
    ({"effect": "zoom_punch", "params": {}, "drive": "beat", "drive_param": "speed"},
     "node 'punch', param 'drive_param'"),
    ({"effect": "wobble"}, "node 'punch', param 'effect'"),
    ({"effect": "speed_ramp", "params": {}}, "node 'punch', param 'effect': 'speed_ramp' "
                                             "changes which source frame"),
    ({"effect": "zoom_punch", "drive": "beat", "unlink": "beats"},
     "node 'punch', param 'drive': drive 'beat' needs a BeatMap"),
    ({"node": "tr", "kind": "crossfade", "by_section": {"chorus": {"transition": "spin"}}},
     "node 'tr', param 'by_section': section 'chorus': unknown transition 'spin'"),
])
def test_bad_effect_settings_exit_2(tmp_path: Path, short_song: Path, capsys: Any,
                                    params: dict[str, Any], expected: str) -> None:
    data = fx_graph(str(short_song))
    params = dict(params)
    target, unlink = params.pop("node", "punch"), params.pop("unlink", None)
    node = next(n for n in data["nodes"] if n["id"] == target)
    node["params"] = params
    if unlink:
        data["links"] = [lk for lk in data["links"] if lk["to"] != [target, unlink]]
    graph = tmp_path / "bad.mvgraph"
    graph.write_text(json.dumps(data))
    assert main(["validate", str(graph)]) == 2
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err
