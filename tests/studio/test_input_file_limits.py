"""A local file too large for the provider fails at load: exit 2, nothing sent (issue #16).

The load-time check (nodes) and the run-time one (providers.uploads.input_ref) share one
rule: providers with an upload API take files up to ``MAX_UPLOAD_BYTES``; the others take
data URIs up to the model schema's ``data_uri_max_bytes`` (Runway: 5 MB).
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from providers.errors import ProviderError
from providers.fakes.server import FakeServer
from providers.fakes.state import FakeState
from studio.cli import main


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    server = FakeServer(FakeState(polls_to_complete=1)).start()
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    try:
        yield server
    finally:
        server.stop()


def _still(path: Path, size: int) -> Path:
    """A real PNG padded to ``size`` bytes (sparse: cheap; its size is what counts)."""
    from PIL import Image

    Image.new("RGB", (128, 72), (40, 90, 160)).save(path, format="PNG")
    with path.open("r+b") as f:
        f.truncate(max(size, path.stat().st_size))
    return path


def _graph(path: Path, model: str, image: str) -> Path:
    data = {"format": "mvstudio.graph", "version": 1, "ui": {},
            "nodes": [{"id": "p", "type": "input.text", "params": {"text": "a boat"}},
                      {"id": "pic", "type": "input.image", "params": {"path": image}},
                      {"id": "move", "type": "gen.video",
                       "params": {"model": model, "duration_s": 5.0}}],
            "links": [{"from": ["p", "text"], "to": ["move", "prompt"]},
                      {"from": ["pic", "image"], "to": ["move", "image"]}]}
    path.write_text(json.dumps(data))
    return path


def test_too_large_inline_file_exits_2_at_validation_and_nothing_is_sent(
        fake: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _still(tmp_path / "still.png", int(7.2 * 1024 * 1024))
    graph = _graph(tmp_path / "g.mvgraph", "runway:gen4_turbo", "still.png")  # relative
    assert main(["validate", str(graph)]) == 2
    out = capsys.readouterr()
    text = out.out + out.err
    assert ("node 'move', param 'image': input file still.png is 7.2 MB; runway:gen4_turbo "
            "takes inline files up to 5.0 MB (no upload API)") in text
    assert main(["render", str(graph)]) == 2
    out = capsys.readouterr()
    assert "still.png is 7.2 MB" in out.out + out.err
    assert not fake.state.request_times and not fake.state.created  # nothing sent, nothing paid
    (tmp_path / "still.png").unlink()
    _still(tmp_path / "still.png", 1024 * 1024)  # the same graph with a file that fits runs
    assert main(["render", str(graph)]) == 0
    assert sum(fake.state.created.values()) == 1  # the fake counts what is sent


def test_a_file_within_the_limit_or_an_uploading_provider_passes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _still(tmp_path / "small.png", 4 * 1024 * 1024)
    _still(tmp_path / "big.png", int(7.2 * 1024 * 1024))
    assert main(["validate", str(_graph(tmp_path / "a.mvgraph", "runway:gen4_turbo",
                                        "small.png"))]) == 0
    # Replicate uploads files (POST /v1/files): 7.2 MB is fine there, and locally.
    assert main(["validate", str(_graph(tmp_path / "b.mvgraph",
                                        "replicate:bytedance/seedance-1-pro", "big.png"))]) == 0
    assert main(["validate", str(_graph(tmp_path / "c.mvgraph", "local:motion",
                                        str(tmp_path / "big.png")))]) == 0
    # A fallback that cannot take the file is named even when the first model can.
    assert main(["validate", str(_graph(tmp_path / "d.mvgraph",
                                        "local:motion|runway:gen4_turbo", "big.png"))]) == 2
    assert "runway:gen4_turbo takes inline files up to 5.0 MB" in capsys.readouterr().out


def test_run_time_refusal_uses_the_same_rule(tmp_path: Path) -> None:
    from providers.uploads import UploadCache, file_refusal, input_ref

    big = _still(tmp_path / "still.png", int(7.2 * 1024 * 1024))
    expected = file_refusal("runway:gen4_turbo", "still.png", os.path.getsize(big))
    assert expected is not None

    async def ref() -> str | None:
        return await input_ref(str(big), provider="runway", ref="runway:gen4_turbo",
                               cache=UploadCache(tmp_path / "uploads.json"),
                               data_uri_max=5 * 1024 * 1024, upload=None)

    with pytest.raises(ProviderError) as err:
        asyncio.run(ref())
    assert expected in str(err.value)


def test_sends_files_matches_the_providers_with_an_upload_path() -> None:
    from providers.comfyui import ComfyUIProvider
    from providers.fal import FalProvider
    from providers.replicate import ReplicateProvider
    from providers.runway import RunwayProvider
    from providers.synthesia import SynthesiaProvider
    from providers.uploads import SENDS_FILES

    assert FalProvider.upload_file is not None and ReplicateProvider.upload_file is not None
    assert hasattr(ComfyUIProvider, "_upload_image")
    assert RunwayProvider.upload_file is None and SynthesiaProvider.upload_file is None
    assert {"fal", "replicate", "comfyui"} <= SENDS_FILES
    assert not {"runway", "synthesia", "httpjob"} & SENDS_FILES
