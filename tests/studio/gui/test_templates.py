"""File > New from template: every template validates, opens untitled in the studio, and
renders offline with no keys (each as a tiny variant: a 4 s cut of the song, 128x72)."""

from __future__ import annotations

import asyncio
import json
import wave
from pathlib import Path
from typing import Any

import pytest

from nodes.registry import Registry, default_registry
from nodes.validate import validate
from studio.gui import templates

NAMES = ["ai-slideshow", "footage-montage", "lyric-video", "narrated-short", "visualizer"]
SMALL = {"width": 128, "height": 72}


def test_every_template_is_listed_and_validates() -> None:
    found = {t.path.stem: t for t in templates.available()}
    assert sorted(found) == NAMES
    registry = default_registry()
    for name, tpl in found.items():
        assert tpl.title and tpl.description, name
        graph = templates.load_template(tpl.path, registry)
        problems = validate(graph, registry, base_dir=tpl.path.parent)
        assert not problems, (name, problems)
        assert "template" not in graph.extra
        for node in graph.nodes.values():  # offline: local models only
            assert str(node.params.get("model", "local:")).startswith("local:"), name


def test_a_template_whose_node_pack_is_missing_is_refused_by_name(tmp_path: Path) -> None:
    bare = Registry()
    for spec in default_registry():
        if spec.type_id != "gen.speech":
            bare.register(spec)
    path = templates.TEMPLATE_DIR / "narrated-short.mvgraph"
    with pytest.raises(templates.TemplateError, match=r"voice \(gen.speech\)"):
        templates.load_template(path, bare)


def test_new_from_template_menu_opens_an_untitled_copy(make_window: Any) -> None:
    win = make_window()
    acts = {a.text(): a for a in win.template_menu.actions()}
    assert set(acts) == {"AI slideshow", "Footage montage", "Lyric video", "Narrated short",
                         "Visualizer"}
    acts["Lyric video"].trigger()
    assert win.doc.path is None and "lyrics" in win.doc.graph.nodes
    song = Path(win.doc.graph.nodes["song"].params["path"])
    assert song.is_absolute() and song.exists()
    assert win.canvas.views.keys() == win.doc.graph.nodes.keys()


def _short_song(src: Path, dst: Path, seconds: float = 4.0) -> Path:
    """The first seconds of ``src`` as 16-bit stereo WAV (a tiny render)."""
    import av
    import numpy as np

    chunks = []
    with av.open(str(src)) as box:
        res = av.AudioResampler(format="s16", layout="stereo", rate=22050)
        for frame in box.decode(audio=0):
            for out in res.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1, 2))
            if sum(len(c) for c in chunks) >= seconds * 22050:
                break
    pcm = np.concatenate(chunks)[: int(seconds * 22050)]
    with wave.open(str(dst), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(pcm.astype("<i2").tobytes())
    return dst


def _tiny(graph: Any, song: Path, out: Path) -> None:
    for node in graph.nodes.values():
        if "width" in node.params:
            node.params.update(SMALL)
        if node.type_id == "input.audio":
            node.params["path"] = str(song)
        if node.type_id in ("comp.kenburns", "gen.video"):
            node.params["duration_s"] = 1.0
        if node.type_id == "out.render":
            node.params.update(path=str(out), preset="custom", x264_preset="ultrafast",
                               fade_out_s=0.0)


@pytest.mark.parametrize("name", NAMES)
def test_template_renders_offline_with_no_keys(name: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import av

    from nodes.workspace import Workspace

    for key in ("FAL_KEY", "REPLICATE_API_TOKEN", "ELEVENLABS_API_KEY", "OPENAI_API_KEY",
                "STABILITY_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    registry = default_registry()
    graph = templates.load_template(templates.TEMPLATE_DIR / f"{name}.mvgraph", registry)
    song = _short_song(templates.TEMPLATE_DIR.parent / "demo" / "song.flac",
                       tmp_path / "song.wav")
    out = tmp_path / f"{name}.mp4"
    _tiny(graph, song, out)
    ws = Workspace.open(tmp_path / "home")

    async def render() -> Any:
        ex, hub = ws.executor(registry=registry)
        try:
            return await ex.run(graph, graph_path=tmp_path / f"{name}.mvgraph")
        finally:
            await hub.aclose()

    result = asyncio.run(render())
    ws.close()
    assert result.status == "succeeded", (name, result.error)
    assert result.cost_usd == 0.0
    with av.open(str(out)) as box:
        assert box.streams.video and box.streams.audio
        assert abs(float(box.duration or 0) / 1e6 - 4.0) < 0.25
    assert json.loads((templates.TEMPLATE_DIR / f"{name}.mvgraph").read_text())["template"]
