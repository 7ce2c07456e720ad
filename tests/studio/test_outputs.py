"""Outputs ready to share: faststart, umask file mode, the graph embedded in the mp4 and
opened back from it, a poster frame, refusals with exit 2."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from render.metadata import mp4_atom_order, read_embedded, read_embedded_graph
from studio.cli import main


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, short_song: Path) -> Path:
    from conftest import small_graph

    path = tmp_path_factory.mktemp("outputs") / "video.mvgraph"
    path.write_text(json.dumps(small_graph(str(short_song)), indent=2))
    return path


@pytest.fixture(scope="module")
def rendered(graph_file: Path) -> tuple[Path, Path]:
    """One render shared by the tests below (they only read it)."""
    tmp_path = graph_file.parent
    out = tmp_path / "v.mp4"
    old = os.umask(0o022)
    try:
        assert main(["render", str(graph_file), "-o", str(out), "--report",
                     str(tmp_path / "r.json")]) == 0
    finally:
        os.umask(old)
    return out, tmp_path / "r.json"


def test_render_is_faststart_0644_with_graph_run_id_and_poster(rendered, graph_file):
    out, report = rendered
    order = mp4_atom_order(out)
    assert order.index("moov") < order.index("mdat"), order
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    embedded = read_embedded(out)
    assert embedded["run_id"] == json.loads(report.read_text())["run_id"]
    graph = json.loads(embedded["graph"])
    ids = {n["id"] for n in graph["nodes"]}
    assert ids == {n["id"] for n in json.loads(graph_file.read_text())["nodes"]}
    poster = out.with_suffix(".jpg")
    from PIL import Image

    with Image.open(poster) as im:
        assert im.format == "JPEG" and im.size == (320, 180)
        assert max(im.convert("L").getextrema()) > 20  # a picture, not a black frame
    assert stat.S_IMODE(poster.stat().st_mode) == 0o644
    leftovers = [p.name for p in out.parent.iterdir() if ".part" in p.name]
    assert leftovers == []


def test_studio_opens_the_graph_embedded_in_a_render(rendered, monkeypatch):
    out, _ = rendered
    opened: list[str | None] = []
    import studio.gui.app as app

    monkeypatch.setattr(app, "run_studio", lambda g, screenshot=None: opened.append(g) or 0)
    assert main(["studio", str(out)]) == 0
    assert opened == [str(out.with_suffix(".mvgraph"))]
    assert json.loads(Path(opened[0]).read_text()) == json.loads(read_embedded_graph(out))


def test_render_refuses_a_video(rendered, capsys):
    out, _ = rendered
    assert main(["render", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is a video, not a graph" in err and "mvstudio studio" in err


def test_video_without_graph_exits_2(tmp_path, capsys):
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
    from fractions import Fraction

    from media import make_clip

    clip = make_clip(tmp_path / "plain.mp4", fps=Fraction(30), n_frames=10)
    assert read_embedded_graph(clip) is None
    assert main(["studio", str(clip)]) == 2
    err = capsys.readouterr().err
    assert "plain.mp4" in err and "no embedded mvstudio graph" in err
    assert not clip.with_suffix(".mvgraph").exists()
