"""Lists: input.folder, list.join, list.pick and the one-value-into-a-list rule."""

from __future__ import annotations

import asyncio
import os
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

from graphkit import make_graph

from nodes.errors import BadNodeInput
from nodes.executor import Executor
from nodes.registry import default_registry
from nodes.types import AUDIO, IMAGE, MEDIA, VIDEO, link_kind, list_of, refusal_reason
from nodes.validate import output_types, validate

sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
from media import make_clip, make_still  # noqa: E402


def _run(engine: Any, graph: Any) -> Any:
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                  runs=engine.runs, sink=engine.sink)
    return asyncio.run(ex.run(graph))


def test_a_single_value_feeds_a_list_input_as_one_element() -> None:
    assert link_kind(VIDEO, list_of(VIDEO)) == "wrap"
    assert link_kind(IMAGE, list_of(VIDEO)) == "wrap"  # the media family links
    assert link_kind(AUDIO, list_of(VIDEO)) is None
    assert "elements (Video)" in refusal_reason(AUDIO, list_of(VIDEO))


def test_input_video_into_montage_validates(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4", fps=Fraction(30), n_frames=5)
    g = make_graph({"v": ("input.video", {"path": str(clip)}),
                    "m": ("comp.montage", {})}, ["v.video->m.clips"])
    assert [p for p in validate(g, default_registry()) if p.code == "type_mismatch"] == []


def test_join_infers_element_type_and_refuses_mixed_kinds(tmp_path: Path) -> None:
    reg = default_registry()
    g = make_graph({"f": ("input.folder", {"path": str(tmp_path)}),
                    "v": ("input.video", {"path": "x.mp4"}),
                    "j": ("list.join", {}), "p": ("list.pick", {})},
                   ["v.video->j.in1", "f.media->j.in2", "j.list->p.list"])
    types = output_types(g, reg)
    assert types[("j", "list")] == list_of(MEDIA) and types[("p", "list")] == list_of(MEDIA)
    g2 = make_graph({"f": ("input.folder", {"path": str(tmp_path)}),
                     "v": ("input.video", {"path": "x.mp4"}), "j": ("list.join", {})},
                    ["v.video->j.in1", "f.audio->j.in2"])
    probs = [p for p in validate(g2, reg) if p.node_id == "j"]
    assert probs and "Audio" in probs[0].message and "Video" in probs[0].message


def test_join_and_pick_values(engine: Any) -> None:
    nodes: dict[str, Any] = {f"t{i}": ("input.text", {"text": w}) for i, w in
                             enumerate(["a", "b", "c", "d", "e"])}
    nodes["j"] = ("list.join", {})
    nodes["j2"] = ("list.join", {})
    links = ["t0.text->j.in1", "t1.text->j.in2", "t2.text->j.in3", "t3.text->j2.in2",
             "j.list->j2.in1", "t4.text->j2.in5"]
    picks = {"every": {"every": 2}, "slice": {"items": "1:4"}, "idx": {"items": "-1"},
             "rep": {"items": "0,2", "repeat_to": 5},
             "sh1": {"shuffle": True, "seed": 7}, "sh2": {"shuffle": True, "seed": 7}}
    for name, params in picks.items():
        nodes[name] = ("list.pick", params)
        links.append(f"j2.list->{name}.list")
    res = _run(engine, make_graph(nodes, links))
    assert res.status == "succeeded", res.error
    out = {n: res.outputs[n]["list"] for n in picks}
    assert res.outputs["j2"]["list"] == ["a", "b", "c", "d", "e"]
    assert out["every"] == ["a", "c", "e"] and out["slice"] == ["b", "c", "d"]
    assert out["idx"] == ["e"] and res.outputs["idx"]["first"] == "e"
    assert out["rep"] == ["a", "c", "a", "c", "a"]
    assert out["sh1"] == out["sh2"] and sorted(out["sh1"]) == list("abcde")
    assert out["sh1"] != list("abcde")


def test_pick_bad_index_names_the_param(engine: Any) -> None:
    g = make_graph({"t": ("input.text", {"text": "x"}), "p": ("list.pick", {"items": "3"})},
                   ["t.text->p.list"])  # one Text into List[Any]: a one-element list
    res = _run(engine, g)
    assert isinstance(res.error, BadNodeInput) and res.error.param == "items"
    assert "outside the list of 1" in str(res.error)


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "shots"
    (d / "sub").mkdir(parents=True)
    make_still(d / "shot10.png")
    make_still(d / "shot2.png", color=(200, 0, 0))
    make_clip(d / "Shot3.mp4", fps=Fraction(24), n_frames=4)
    make_still(d / "sub" / "shot1.png")
    (d / "notes.txt").write_text("not media")
    (d / "broken.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 garbage" * 8)
    return d


def test_folder_lists_media_in_natural_order_and_skips_bad_files(engine: Any,
                                                                 tmp_path: Path) -> None:
    d = _folder(tmp_path)
    g = make_graph({"f": ("input.folder", {"path": str(d)})}, [])
    res = _run(engine, g)
    assert res.status == "succeeded", res.error
    assert [a.meta["name"] for a in res.outputs["f"]["media"]] == [
        "shot2.png", "Shot3.mp4", "shot10.png"]
    assert [a.kind for a in res.outputs["f"]["media"]] == ["image", "video", "image"]
    warnings = res.report["warnings"]
    assert len(warnings) == 1 and "broken.mp4" in warnings[0]
    g = make_graph({"f": ("input.folder", {"path": str(d), "recursive": True})}, [])
    names = [a.meta["name"] for a in _run(engine, g).outputs["f"]["media"]]
    assert names == ["shot2.png", "Shot3.mp4", "shot10.png", "shot1.png"]  # sub/ sorts after


def test_folder_fail_mode_and_empty_folder_name_node_param_and_file(engine: Any,
                                                                     tmp_path: Path) -> None:
    d = _folder(tmp_path)
    res = _run(engine, make_graph({"f": ("input.folder", {"path": str(d),
                                                          "on_bad_file": "fail"})}, []))
    assert isinstance(res.error, BadNodeInput) and res.error.param == "on_bad_file"
    assert res.error.node_id == "f" and "broken.mp4" in str(res.error)
    empty = tmp_path / "empty"
    empty.mkdir()
    res = _run(engine, make_graph({"f": ("input.folder", {"path": str(empty)})}, []))
    assert isinstance(res.error, BadNodeInput) and res.error.param == "path"
    assert str(empty) in str(res.error)


def test_an_edited_file_changes_only_its_own_artifact(engine: Any, tmp_path: Path) -> None:
    d = _folder(tmp_path)
    (d / "broken.mp4").unlink()
    g = make_graph({"f": ("input.folder", {"path": str(d)})}, [])
    first = _run(engine, g).outputs["f"]["media"]
    assert _run(engine, g).nodes["f"].cache_hit
    make_still(d / "shot10.png", color=(1, 2, 3))
    st = (d / "shot10.png").stat()
    os.utime(d / "shot10.png", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    res = _run(engine, g)
    assert not res.nodes["f"].cache_hit
    second = res.outputs["f"]["media"]
    assert [a.key for a in first[:2]] == [a.key for a in second[:2]]
    assert first[2].key != second[2].key
