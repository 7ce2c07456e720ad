"""`mvstudio validate` refuses an impossible bypass with exit 2, naming the node (issue #14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main


def _bypass(graph_file: Path, node_id: str) -> bytes:
    data = json.loads(graph_file.read_text())
    next(n for n in data["nodes"] if n["id"] == node_id)["bypassed"] = True
    graph_file.write_text(json.dumps(data, indent=1))
    return graph_file.read_bytes()


def test_validate_refuses_bypass_without_compatible_input(graph_file: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    before = _bypass(graph_file, "beats")  # audio.analyze: Audio in, BeatMap out
    assert main(["validate", str(graph_file)]) == 2
    out = capsys.readouterr()
    text = out.out + out.err
    assert "node 'beats': is bypassed but output 'beats' (BeatMap) has no input of a " \
        "compatible type" in text, text
    assert graph_file.read_bytes() == before  # nothing changed on disk


def test_validate_accepts_a_sound_bypass(graph_file: Path) -> None:
    _bypass(graph_file, "scenes")  # text.scenes: Text theme in, List[Text] out (wrapped)
    assert main(["validate", str(graph_file)]) == 0


def test_validate_refuses_media_family_stand_in(graph_file: Path) -> None:
    _bypass(graph_file, "clips")  # comp.kenburns: an Image may not stand for its Video
    assert main(["validate", str(graph_file)]) == 2
