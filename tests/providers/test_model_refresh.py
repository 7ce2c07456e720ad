"""``mvstudio models refresh``: live schemas of uncurated models, cached, then used.

Against the fakes' published schemas (Replicate ``latest_version.openapi_schema`` with
``allOf``/``$ref`` enums; fal's per-endpoint OpenAPI with ``anyOf`` enums).
"""

from __future__ import annotations

import json

import pytest

from providers import GenerationRequest
from providers.fakes.rules import FAL_LIVE_ENDPOINT
from providers.model_schemas import check_node, schema_for
from studio.cli import main

WAN = f"fal:{FAL_LIVE_ENDPOINT}"


@pytest.fixture
def home(tmp_path, monkeypatch, fake):
    monkeypatch.setenv("MVSTUDIO_HOME", str(tmp_path / "home"))
    for key, value in fake.env().items():
        monkeypatch.setenv(key, value)
    return tmp_path / "home"


def test_refresh_caches_live_schemas_and_checks_use_them(home, fake, capsys):
    assert schema_for(WAN) is None
    _, warnings = check_node(FAL_LIVE_ENDPOINT, "fal", {"extra": {"resolution": "4k"}})
    assert warnings and "models refresh" in warnings[0]  # generic mapping, not checked
    assert main(["models", "refresh", WAN, "replicate:fofr/sdxl-emoji"]) == 0
    out = capsys.readouterr().out
    assert "durations 5, 8 s" in out and "cached in" in out
    cached = json.loads((home / "model_schemas.json").read_text())
    assert cached["replicate:fofr/sdxl-emoji"]["inputs"]["scheduler"]["enum"][0] == "DDIM"
    problems, _ = check_node(FAL_LIVE_ENDPOINT, "fal", {"extra": {"resolution": "4k"}})
    assert problems and "'480p', '580p', '720p'" in problems[0][1]
    problems, _ = check_node(FAL_LIVE_ENDPOINT, "fal", {"duration_s": 9.0})
    assert problems and "allowed: 5, 8 s" in problems[0][1]


def test_refreshed_schema_drives_the_request(home, fake, run, tmp_path):
    from providers.fakes import media

    assert main(["models", "refresh", WAN]) == 0
    still = tmp_path / "s.png"
    still.write_bytes(media.png_bytes(32, 18))
    run("fal", GenerationRequest(kind="video", model=FAL_LIVE_ENDPOINT, prompt="tide",
                                 width=1280, height=720, duration_s=6.0, image_path=str(still)))
    (job,) = fake.state.jobs.values()
    assert job.input["duration"] == "8" and job.input["aspect_ratio"] == "16:9"


def test_refresh_refuses_other_refs_with_exit_2(home, capsys):
    assert main(["models", "refresh", "openai:dall-e-3"]) == 2
    assert "replicate:OWNER/NAME" in capsys.readouterr().out
