"""A short synthesized song and a small demo-like graph, for CLI and end-to-end tests."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))


def small_graph(song: str, *, size: tuple[int, int] = (320, 180)) -> dict[str, Any]:
    """The demo graph's shape at a small size: one image per bar, Ken Burns, montage, render."""
    w, h = size
    nodes = [
        ("song", "input.audio", {"path": song}),
        ("theme", "input.text", {"text": "neon city at night"}),
        ("beats", "audio.analyze", {}),
        ("cuts", "audio.cut_plan", {"every": 1, "unit": "bar", "min_shot_s": 1.0,
                                    "max_shot_s": 6.0, "fps": "30"}),
        ("scenes", "text.scenes", {"mode": "per_shot", "seed": 1}),
        ("images", "gen.image", {"model": "local:procedural", "width": w, "height": h}),
        ("clips", "comp.kenburns", {"duration_s": 2.2, "width": w, "height": h, "fps": "30",
                                    "crf": 30}),
        ("montage", "comp.montage", {}),
        ("render", "out.render", {"path": "out.mp4", "preset": "custom", "width": w,
                                  "height": h, "crf": 30, "x264_preset": "ultrafast"}),
    ]
    links = [("song.audio", "beats.audio"), ("beats.beats", "cuts.beats"),
             ("theme.text", "scenes.theme"), ("beats.beats", "scenes.beats"),
             ("cuts.plan", "scenes.plan"), ("scenes.scenes", "images.prompt"),
             ("images.image", "clips.image"), ("clips.video", "montage.clips"),
             ("cuts.plan", "montage.plan"), ("montage.timeline", "render.timeline"),
             ("song.audio", "render.audio")]
    return {"format": "mvstudio.graph", "version": 1,
            "nodes": [{"id": i, "type": t, "type_version": 1, "params": p, "pinned": False}
                      for i, t, p in nodes],
            "links": [{"from": a.split("."), "to": b.split(".")} for a, b in links], "ui": {}}


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The loopback provider fakes, with MVSTUDIO_*_BASE_URL and keys pointing at them."""
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    server = FakeServer(FakeState(polls_to_complete=1)).start()
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def short_song(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from audio_sync.testsongs import make_song, write_wav

    audio, _truth = make_song(bpm=120, duration_s=8.0, seed=5, drumless_breakdown=False)
    return write_wav(tmp_path_factory.mktemp("song") / "song.wav", audio)


@pytest.fixture
def graph_file(tmp_path: Path, short_song: Path) -> Path:
    path = tmp_path / "video.mvgraph"
    path.write_text(json.dumps(small_graph(str(short_song)), indent=2))
    return path
