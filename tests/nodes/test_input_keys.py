"""Input nodes key the file they read, not the path as typed (#12)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from graphkit import make_graph

from nodes.executor import Executor
from nodes.registry import default_registry

sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
from media import make_still, tone  # noqa: E402


def _run(engine: Any, graph: Any, graph_path: Path) -> Any:
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                  runs=engine.runs, sink=engine.sink)
    return asyncio.run(ex.run(graph, graph_path=graph_path))


def test_a_file_named_relative_or_absolute_is_one_cache_entry(engine: Any,
                                                              tmp_path: Path) -> None:
    tone(tmp_path / "song.wav", duration_s=0.5)
    make_still(tmp_path / "still.png")
    (tmp_path / "words.lrc").write_text("[00:00.10] hello\n")
    graph_file = tmp_path / "g.mvgraph"

    def graph(names: dict[str, str]) -> Any:
        return make_graph({"a": ("input.audio", {"path": names["song.wav"]}),
                           "i": ("input.image", {"path": names["still.png"]}),
                           "l": ("input.lyrics", {"path": names["words.lrc"]})}, [])

    rel = {n: n for n in ("song.wav", "still.png", "words.lrc")}
    absolute = {n: str(tmp_path / n) for n in rel}
    first = _run(engine, graph(rel), graph_file)
    assert not any(r.cache_hit for r in first.nodes.values())
    second = _run(engine, graph(absolute), graph_file)
    assert all(second.nodes[n].cache_hit for n in "ail")  # was a miss: keyed "song.wav"
    assert second.outputs["a"]["audio"].key == first.outputs["a"]["audio"].key
    # decoded whole in a child: the renderer may probe it in-process
    assert first.outputs["a"]["audio"].meta["decode_checked"] is True


def test_another_file_or_an_edit_is_still_a_miss(engine: Any, tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        tone(tmp_path / d / "song.wav", duration_s=0.5, freq_hz=440.0 if d == "x" else 330.0)
    g = make_graph({"a": ("input.audio", {"path": "song.wav"})}, [])
    assert not _run(engine, g, tmp_path / "x" / "g.mvgraph").nodes["a"].cache_hit
    assert _run(engine, g, tmp_path / "x" / "g.mvgraph").nodes["a"].cache_hit
    # the same text beside another graph names another file
    assert not _run(engine, g, tmp_path / "y" / "g.mvgraph").nodes["a"].cache_hit
    song = tmp_path / "x" / "song.wav"
    tone(song, duration_s=0.5, freq_hz=550.0)
    st = song.stat()
    os.utime(song, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    res = _run(engine, g, tmp_path / "x" / "g.mvgraph")
    assert not res.nodes["a"].cache_hit
