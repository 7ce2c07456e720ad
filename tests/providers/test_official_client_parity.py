"""The official ``replicate`` client, pointed at our fake, agrees with our adapter.

This is the proof that the fake speaks Replicate's protocol: the vendor's own
client (base URL overridable) runs a prediction to completion against it and
gets the same output bytes our adapter downloads.
"""

from __future__ import annotations

import httpx
import pytest

from providers import GenerationRequest

replicate = pytest.importorskip("replicate")

MODEL = "black-forest-labs/flux-schnell"


def test_official_replicate_client_matches_adapter(run, fake, monkeypatch):
    monkeypatch.setenv("REPLICATE_POLL_INTERVAL", "0.01")
    client = replicate.Client(api_token=fake.state.api_key,
                              base_url=fake.base_url("replicate"))
    # flux-schnell takes aspect_ratio (not width/height): 40x24 is nearest to 16:9.
    output = client.run(MODEL, input={"prompt": "a lighthouse", "seed": 9,
                                      "aspect_ratio": "16:9"})
    urls = output if isinstance(output, list) else [output]
    official = [httpx.get(str(u)).content for u in urls]

    ours = run("replicate", GenerationRequest(kind="image", model=MODEL, prompt="a lighthouse",
                                              seed=9, width=40, height=24))
    assert [o.path.read_bytes() for o in ours.outputs] == official
    assert fake.state.created["replicate"] == 2  # one prediction each, no retried creates


def test_official_client_sees_model_failure_like_adapter(run, fake, monkeypatch):
    monkeypatch.setenv("REPLICATE_POLL_INTERVAL", "0.01")
    fake.state.add("fail", provider="replicate", op="job")
    client = replicate.Client(api_token=fake.state.api_key,
                              base_url=fake.base_url("replicate"))
    with pytest.raises(replicate.exceptions.ModelError) as info:
        client.run(MODEL, input={"prompt": "x"})
    assert "CUDA out of memory" in str(info.value)


def test_official_client_rejects_wrong_token_like_adapter(fake):
    client = replicate.Client(api_token="wrong", base_url=fake.base_url("replicate"))
    with pytest.raises(replicate.exceptions.ReplicateError) as info:
        client.run(MODEL, input={"prompt": "x"})
    assert info.value.status == 401
