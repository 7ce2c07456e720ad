"""Output checks: size limit, magic bytes vs Content-Type, probing, atomic names."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from providers import ErrorKind, ProviderError
from providers.download import save_bytes, sniff
from providers.fakes import media
from providers.fal import FalProvider


def _fal(handler, **kw) -> FalProvider:
    async def nosleep(_s):
        return None

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return FalProvider(client=client, api_key="k", base_url="https://q.example", sleep=nosleep,
                       **kw)


@pytest.mark.parametrize("data,kind", [
    (media.png_bytes(), "image/png"), (media.mp4_bytes(), "video/mp4"),
    (media.mp3_bytes(0.2), "audio/mpeg"), (media.wav_bytes(0.05), "audio/wav"),
    (b"<html>nope</html>", None)])
def test_sniff(data, kind):
    assert sniff(data[:32]) == kind


def test_download_enforces_size_limit_while_streaming(tmp_path):
    big = media.png_bytes(256, 256)
    p = _fal(lambda r: httpx.Response(200, content=big), max_output_bytes=len(big) - 1)
    with pytest.raises(ProviderError) as info:
        asyncio.run(p.download("https://cdn.example/x.png", tmp_path, stem="x"))
    assert info.value.kind == ErrorKind.VALIDATION and "limit" in info.value.message
    assert list(tmp_path.iterdir()) == []  # no partial file left behind


def test_download_rejects_declared_type_mismatch_and_garbage(tmp_path):
    p = _fal(lambda r: httpx.Response(200, content=media.png_bytes(),
                                      headers={"content-type": "video/mp4"}))
    with pytest.raises(ProviderError, match="declared video/mp4"):
        asyncio.run(p.download("https://cdn.example/x", tmp_path, stem="x"))
    p = _fal(lambda r: httpx.Response(200, content=b"\x89PNG\r\n\x1a\n" + b"\0" * 40))
    with pytest.raises(ProviderError, match="probe"):
        asyncio.run(p.download("https://cdn.example/x", tmp_path, stem="x"))
    assert [f for f in tmp_path.iterdir()] == []


def test_download_retries_transient_then_names_file_by_stem(tmp_path):
    calls = []

    def handler(req):
        calls.append(1)
        if len(calls) < 3:
            return httpx.Response(503)
        return httpx.Response(200, content=media.png_bytes(), headers={
            "content-type": "image/png"})

    out = asyncio.run(_fal(handler).download("https://cdn.example/x", tmp_path, stem="job-1"))
    assert out.path.name == "job-1.png" and len(calls) == 3


def test_save_bytes_checks_payloads(tmp_path):
    out = asyncio.run(save_bytes(media.mp3_bytes(0.2), tmp_path, provider="t", what="audio"))
    assert out.media_type == "audio/mpeg"
    with pytest.raises(ProviderError):
        asyncio.run(save_bytes(b"", tmp_path, provider="t", what="empty"))
