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
    import importlib.util  # by path: "conftest" may name another folder's conftest

    spec = importlib.util.spec_from_file_location("studio_conftest",
                                                  Path(__file__).with_name("conftest.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    small_graph = module.small_graph
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
    extracted = json.loads(Path(opened[0]).read_text())
    embedded = json.loads(read_embedded_graph(out))
    assert embedded.pop("mvstudio_graph_dir") == str(out.parent)
    assert extracted == embedded  # every path in this graph was absolute already


def test_relative_paths_of_an_embedded_graph_become_absolute(tmp_path):
    from studio.cli_commands import _absolute_paths

    doc = {"format": "mvstudio.graph", "version": 1, "mvstudio_graph_dir": str(tmp_path),
           "nodes": [{"id": "song", "type": "input.audio", "params": {"path": "a/song.wav"}},
                     {"id": "t", "type": "input.text", "params": {"text": "a/song.wav"}}],
           "links": []}
    out = json.loads(_absolute_paths(json.dumps(doc)))
    assert out["nodes"][0]["params"]["path"] == str(tmp_path / "a" / "song.wav")
    assert out["nodes"][1]["params"]["text"] == "a/song.wav"  # not a path param
    assert "mvstudio_graph_dir" not in out


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


def _with_layers(graph_file: Path, tmp: Path, *, overlay_x: float) -> Path:
    """The small graph plus typed-in lyrics, a title card and a text overlay."""
    data = json.loads(graph_file.read_text())
    data["nodes"] += [
        {"id": "lyrics", "type": "input.lyrics", "type_version": 1, "pinned": False,
         "params": {"text": "[00:00.50]first line\n[00:02.00]second line\n[00:03.50]"}},
        {"id": "title", "type": "comp.title", "type_version": 1, "pinned": False,
         "params": {"text": "NIGHT", "end": "2"}},
        {"id": "logo", "type": "comp.overlay", "type_version": 1, "pinned": False,
         "params": {"text": "LIVE", "x": overlay_x, "y": 0.1, "anchor": "top-left",
                    "unit": "bars", "start": "1", "end": "3"}},
    ]
    data["links"] = [lk for lk in data["links"] if lk["to"] != ["render", "timeline"]] + [
        {"from": ["montage", "timeline"], "to": ["title", "timeline"]},
        {"from": ["title", "timeline"], "to": ["logo", "timeline"]},
        {"from": ["beats", "beats"], "to": ["logo", "beats"]},
        {"from": ["logo", "timeline"], "to": ["render", "timeline"]},
        {"from": ["lyrics", "captions"], "to": ["render", "captions"]}]
    path = tmp / f"layers-{overlay_x}.mvgraph"
    path.write_text(json.dumps(data))
    return path


def test_graph_with_lyrics_title_and_overlay_renders(graph_file, tmp_path):
    graph = _with_layers(graph_file, tmp_path, overlay_x=0.05)
    out = tmp_path / "layers.mp4"
    assert main(["render", str(graph), "-o", str(out)]) == 0
    import av

    with av.open(str(out)) as c:
        frames = {round(float(f.time) * 30): f.to_ndarray(format="gray")
                  for f in c.decode(video=0)}
    # title (centre) on early frames only; captions in the bottom band from 0.5 s
    centre = [float((frames[k][60:120, 100:220] > 235).mean()) for k in (30, 90)]
    assert centre[0] > 0.02 and centre[1] < centre[0]
    band = [float((frames[k][140:165] > 235).mean()) for k in (5, 75)]
    assert band[1] > band[0] + 0.001  # "second line" drawn at 2.5 s, nothing before 0.5 s
    assert (frames[75][10:30, 10:50] > 235).mean() > 0.02  # the LIVE overlay, top left


def test_overlay_outside_the_frame_exits_2(graph_file, tmp_path, capsys):
    graph = _with_layers(graph_file, tmp_path, overlay_x=1.5)
    out = tmp_path / "never.mp4"
    assert main(["render", str(graph), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "node 'logo'" in err and "param 'x'" in err and "outside" in err
    assert "Traceback" not in err
    assert not out.exists() and not out.with_suffix(".jpg").exists()


def test_a_render_of_a_graph_with_a_webhook_embeds_the_graph(graph_file, tmp_path):
    """publish.webhook's ``secret_env`` names an environment variable: the graph must still
    serialise, so the render carries it (it used to be refused as a secret, and the mp4
    carried no graph); a real secret value is still kept out."""
    doc = json.loads(graph_file.read_text())
    doc["nodes"] += [
        {"id": "qc", "type": "gate.qc", "type_version": 1, "params": {"on_fail": "stop"},
         "pinned": False},
        {"id": "hook", "type": "publish.webhook", "type_version": 1, "pinned": False,
         "params": {"url": "https://hooks.example/mv", "secret_env": "HOOK_SECRET"}}]
    doc["links"] += [{"from": ["render", "video"], "to": ["qc", "media"]},
                     {"from": ["qc", "media"], "to": ["hook", "media"]}]
    path = tmp_path / "hook.mvgraph"
    path.write_text(json.dumps(doc))
    out, report = tmp_path / "h.mp4", tmp_path / "r.json"
    assert main(["render", str(path), "--target", "render", "-o", str(out),
                 "--report", str(report)]) == 0
    embedded = read_embedded_graph(out)
    assert embedded is not None, "the render carries no graph"
    graph = json.loads(embedded)
    hook = next(n for n in graph["nodes"] if n["id"] == "hook")
    assert hook["params"]["secret_env"] == "HOOK_SECRET"
    assert "graph_embedded" not in json.dumps(json.loads(report.read_text()))


def test_missing_title_font_exits_2_naming_node_param_and_file(graph_file, tmp_path, capsys):
    data = json.loads(_with_layers(graph_file, tmp_path, overlay_x=0.05).read_text())
    title = next(n for n in data["nodes"] if n["id"] == "title")
    title["params"]["font"] = str(tmp_path / "no-such-font.ttf")
    graph = tmp_path / "font.mvgraph"
    graph.write_text(json.dumps(data))
    out = tmp_path / "never.mp4"
    assert main(["render", str(graph), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "node 'title'" in err and "param 'font'" in err and "no-such-font.ttf" in err, err
    assert "Traceback" not in err
    assert not out.exists() and not out.with_suffix(".jpg").exists()


@pytest.mark.parametrize("case", ["empty_folder", "overlapping_lyrics", "corrupt_file_fail"])
def test_bad_input_exits_2_naming_node_param_and_file(graph_file, tmp_path, capsys, case):
    """Bad input through ``mvstudio render``: exit 2, the node, param and file named, no
    traceback, no output written."""
    data = json.loads(graph_file.read_text())
    folder = tmp_path / "footage"
    folder.mkdir()
    if case == "corrupt_file_fail":
        (folder / "broken.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 not really a video")
    if case == "overlapping_lyrics":
        data["nodes"].append({"id": "words", "type": "input.lyrics", "type_version": 1,
                              "pinned": False, "params": {
                                  "text": "[00:01.00]one\n[00:03.00]two\n[00:03.00]three\n"}})
        data["links"].append({"from": ["words", "captions"], "to": ["render", "captions"]})
        node, param, named = "words", "text", "line 3"
    else:
        data["nodes"].append({"id": "shots", "type": "input.folder", "type_version": 1,
                              "pinned": False, "params": {"path": str(folder),
                                                          "on_bad_file": "fail"}})
        data["links"] = [lk for lk in data["links"] if lk["to"] != ["montage", "clips"]]
        data["links"].append({"from": ["shots", "media"], "to": ["montage", "clips"]})
        node, named = "shots", str(folder / "broken.mp4") if case == "corrupt_file_fail" \
            else str(folder)
        param = "on_bad_file" if case == "corrupt_file_fail" else "path"
    graph = tmp_path / "bad.mvgraph"
    graph.write_text(json.dumps(data))
    out = tmp_path / "never.mp4"
    assert main(["render", str(graph), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"node '{node}'" in err and f"param '{param}'" in err and named in err, err
    assert "Traceback" not in err
    assert not out.exists() and not out.with_suffix(".jpg").exists()
