"""comp.overlay / comp.title layers: blend modes, placement, fades, video layers, timing in
beats and bars, and the errors for layers that cannot be drawn."""

from __future__ import annotations

import asyncio
from fractions import Fraction
from types import SimpleNamespace

import numpy as np
import pytest
from media import make_clip
from PIL import Image

from nodes.builtin.layers import SPECS, _run_overlay, _run_title
from nodes.errors import BadNodeInput
from render.layer_pass import LayerPass
from render.layers import LayerError, LayerSpec
from render.text import TextStyle

W, H, FPS = 320, 180, Fraction(30)


def _grey_frame(level: int = 128):
    rgb = np.full((H, W, 3), level, np.uint8)
    import av

    return av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")


def _square(tmp_path, color=(200, 40, 40, 255), size=64):
    path = tmp_path / "sq.png"
    Image.new("RGBA", (size, size), color).save(path)
    return str(path)


def _draw(spec: LayerSpec, k: int = 0, level: int = 128) -> np.ndarray:
    return LayerPass(spec, width=W, height=H, fps=FPS)(k, _grey_frame(level)).to_ndarray(
        format="rgb24").astype(int)


@pytest.mark.parametrize(("blend", "expect"), [
    ("normal", (200, 40, 40)), ("add", (255, 168, 168)),
    ("screen", (228, 148, 148)), ("multiply", (100, 20, 20))])
def test_blend_modes_on_the_bounding_box_only(tmp_path, blend, expect):
    spec = LayerSpec(kind="image", source=_square(tmp_path), start_frame=0, duration_frames=10,
                     scale=0.5, blend=blend)
    out = _draw(spec)
    centre = out[H // 2 - 10:H // 2 + 10, W // 2 - 10:W // 2 + 10].reshape(-1, 3).mean(axis=0)
    assert np.allclose(centre, expect, atol=6), centre
    untouched = _grey_frame().to_ndarray(format="rgb24").astype(int)
    assert (out[:, :70] == untouched[:, :70]).all()  # left of the 160 px wide box: unchanged


def test_anchor_puts_the_corner_on_the_point_and_opacity_fades(tmp_path):
    spec = LayerSpec(kind="image", source=_square(tmp_path, color=(255, 255, 255, 255)),
                     start_frame=10, duration_frames=30, x=1.0, y=1.0, anchor="bottom-right",
                     scale=0.2, fade_in_frames=9, fade_out_frames=9)
    lit = [_draw(spec, k, level=0)[H - 4, W - 4, 0] for k in (9, 10, 14, 19, 25, 39, 40)]
    assert lit[0] < 10 and lit[-1] < 10  # outside its range
    assert lit[1] < lit[2] < lit[3] == lit[4]  # fades in, then full
    assert lit[5] < lit[4]  # fading out on its last frame
    full = _draw(spec, 25, level=0)[..., 0]
    rows, cols = np.nonzero(full > 128)
    assert rows.max() == H - 1 and cols.max() == W - 1
    assert cols.min() == W - 64


def test_slide_moves_the_layer_in(tmp_path):
    spec = LayerSpec(kind="image", source=_square(tmp_path, color=(255, 255, 255, 255)),
                     start_frame=0, duration_frames=30, scale=0.2, fade_in_frames=10,
                     motion="slide_up", slide=0.2)
    tops = []
    for k in (0, 5, 15):
        rows = np.nonzero(_draw(spec, k, level=0)[..., 0] > 60)[0]
        tops.append(rows.min())
    assert tops[0] > tops[1] > tops[2]


def test_text_title_is_centred_in_the_safe_area():
    spec = LayerSpec(kind="text", text="HELLO", start_frame=0, duration_frames=5,
                     style=TextStyle(font="display", size=160), safe_area=True)
    lit = _draw(spec, level=0)[..., 0] > 128
    rows, cols = np.nonzero(lit)
    assert abs((cols.min() + cols.max()) / 2 - W / 2) <= 3
    assert abs((rows.min() + rows.max()) / 2 - H / 2) <= 12


def test_video_layer_shows_the_clip(tmp_path):
    clip = make_clip(tmp_path / "v.mp4", fps=FPS, n_frames=20, width=64, height=64,
                     color=(40, 200, 40), marker=False)
    spec = LayerSpec(kind="video", source=str(clip), start_frame=0, duration_frames=20,
                     scale=0.3)
    out = _draw(spec, 5)
    assert np.allclose(out[H // 2, W // 2], (40, 200, 40), atol=12)


def test_layer_outside_the_frame_names_node_and_param(tmp_path):
    spec = LayerSpec(kind="image", source=_square(tmp_path), start_frame=0, duration_frames=5,
                     x=1.6, scale=0.2, node="logo")
    with pytest.raises(LayerError) as err:
        LayerPass(spec, width=W, height=H, fps=FPS)
    assert "node 'logo', param 'x'" in str(err.value) and "outside" in str(err.value)


def _ctx(spec_id: str, **params):
    spec = next(s for s in SPECS if s.type_id == spec_id)
    p = {ps.name: ps.default for ps in spec.params} | params
    return SimpleNamespace(params=p, node_id="n1")


TIMELINE = {"output": {"width": 1280, "height": 720, "fps": "30"}, "total_frames": 600,
            "segments": [], "cuts_s": [1.0]}
BEATS = {"beats_s": [0.5 + 0.5 * i for i in range(40)], "downbeats_s": [0.5 + 2.0 * i
                                                                        for i in range(10)],
         "beats_per_bar": 4}


def test_overlay_times_in_bars_and_beats_are_exact_frames():
    ctx = _ctx("comp.overlay", text="hi", unit="bars", start="2", end="3:3")
    tl = asyncio.run(_run_overlay(ctx, dict(TIMELINE), None, BEATS))["timeline"]
    layer = tl["layers"][0]
    assert layer["start_frame"] == 75  # bar 2 starts at 2.5 s
    assert layer["start_frame"] + layer["duration_frames"] == 165  # bar 3 beat 3 = 5.5 s
    assert tl["cuts_s"] == [1.0]  # the rest of the timeline passes through
    ctx = _ctx("comp.overlay", text="hi", unit="seconds", start="13.1", end="")
    layer = asyncio.run(_run_overlay(ctx, dict(TIMELINE), None, None))["timeline"]["layers"][0]
    assert layer["start_frame"] == 393 and layer["duration_frames"] == 207
    stacked = asyncio.run(_run_overlay(ctx, tl, None, None))["timeline"]
    assert len(stacked["layers"]) == 2


@pytest.mark.parametrize(("params", "param"), [
    ({"text": "hi", "x": 2.5, "anchor": "left"}, "x"),
    ({"text": "hi", "unit": "bars", "start": "1"}, "unit"),
    ({"text": "hi", "start": "30"}, "start"),
    ({"text": "hi", "font": "/no/such/font.ttf"}, "font"),
    ({"text": "hi", "color": "#12"}, "color"),
    ({"text": ""}, "text"),
])
def test_overlay_bad_input_names_the_param(params, param):
    with pytest.raises(BadNodeInput) as err:
        asyncio.run(_run_overlay(_ctx("comp.overlay", **params), dict(TIMELINE), None, None))
    assert err.value.param == param and err.value.node_id == "n1"


def test_title_card_and_lower_third_layers():
    card = asyncio.run(_run_title(_ctx("comp.title", text="NIGHT", subtitle="a film"),
                                  dict(TIMELINE), None))["timeline"]["layers"]
    assert [x["style"]["font"] for x in card] == ["display", "sans"]
    assert all(x["safe_area"] for x in card) and card[0]["duration_frames"] == 120
    low = asyncio.run(_run_title(_ctx("comp.title", text="Ada", kind="lower_third"),
                                 dict(TIMELINE), None))["timeline"]["layers"]
    assert low[0]["anchor"] == "bottom-left" and low[0]["style"]["box_color"][3] == 160
    with pytest.raises(BadNodeInput) as err:
        asyncio.run(_run_title(_ctx("comp.title", text="x", font="Nope"), dict(TIMELINE),
                               None))
    assert err.value.param == "font" and "Nope" in str(err.value)


def test_layers_survive_the_timeline_round_trip():
    from render.timeline import OutputSettings, Timeline

    spec = LayerSpec(kind="text", text="a", start_frame=1, duration_frames=2, blend="screen",
                     style=TextStyle(font="sans", size=30, box_color=(1, 2, 3, 4)))
    tl = Timeline(output=OutputSettings(), total_frames=5, segments=(), layers=(spec,))
    assert Timeline.from_dict(tl.to_dict()).layers == (spec,)


def test_overlay_render_draws_on_a_real_video(tmp_path):
    from render.encode import render_timeline
    from render.timeline import OutputSettings, Timeline, VideoSegment

    clip = make_clip(tmp_path / "c.mp4", fps=FPS, n_frames=10, width=W, height=H,
                     color=(20, 20, 20), marker=False)
    spec = LayerSpec(kind="image", source=_square(tmp_path, color=(250, 250, 250, 255)),
                     start_frame=5, duration_frames=10, scale=0.25)
    tl = Timeline(output=OutputSettings(width=W, height=H, preset="ultrafast"),
                  total_frames=20, segments=(VideoSegment(str(clip), 0, 20),), layers=(spec,))
    import av

    with av.open(str(render_timeline(tl, tmp_path / "o.mp4").path)) as c:
        centre = [f.to_ndarray(format="gray")[H // 2, W // 2] for f in c.decode(video=0)]
    assert max(centre[:5]) < 60 and min(centre[5:15]) > 200 and max(centre[15:]) < 60


def test_bar_times_follow_a_metre_change():
    """Two 4-beat bars then 3-beat bars: bar 4 starts at beat 12 (the old fixed 4 beats per bar
    put it at beat 13)."""
    beats = {"beats_s": [0.5 * i for i in range(40)],
             "downbeats_s": [0.0, 2.0, 4.0, 5.5, 7.0, 8.5], "beats_per_bar": 4}
    ctx = _ctx("comp.overlay", text="hi", unit="bars", start="4", end="4:3")
    layer = asyncio.run(_run_overlay(ctx, dict(TIMELINE), None, beats))["timeline"]["layers"][0]
    assert layer["start_frame"] == 165  # 5.5 s at 30 fps
    assert layer["start_frame"] + layer["duration_frames"] == 195  # bar 4 beat 3 = 6.5 s
