"""A planted API key never shows up in exceptions, logs, handles or results."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle

import httpx
import pytest

from providers import GenerationRequest, JobHandle, ProviderError, make_provider, run_job

PLANTED = "sk-PLANTED-7f3a9c1e5b2d4f6a8c0e"
CASES = {
    "fal": ("FAL_KEY", GenerationRequest(kind="image", model="fal-ai/flux/schnell", prompt="x")),
    "replicate": ("REPLICATE_API_TOKEN",
                  GenerationRequest(kind="image", model="a/b", prompt="x")),
    "elevenlabs": ("ELEVENLABS_API_KEY",
                   GenerationRequest(kind="speech", model="eleven_turbo_v2_5", prompt="x")),
    "stability": ("STABILITY_API_KEY", GenerationRequest(kind="image", model="core", prompt="x")),
    "openai": ("OPENAI_API_KEY", GenerationRequest(kind="image", model="dall-e-3", prompt="x")),
    "runway": ("RUNWAYML_API_SECRET",
               GenerationRequest(kind="image", model="gen4_image", prompt="x")),
    "synthesia": ("SYNTHESIA_API_KEY",
                  GenerationRequest(kind="video", model="anna_costume1_cameraA", prompt="x")),
}


def _echo_transport(request: httpx.Request) -> httpx.Response:
    """A hostile server that echoes every header (including the key) in its error body."""
    echoed = "; ".join(f"{k}: {v}" for k, v in request.headers.items())
    body = {"detail": f"bad request, you sent {echoed}", "error": {"message": echoed},
            "errors": [echoed], "title": echoed}
    return httpx.Response(400, json=body)


@pytest.mark.parametrize("name", CASES)
def test_planted_key_never_leaks(name, caplog, tmp_path):
    var, request = CASES[name]
    env = {var: PLANTED}
    caplog.set_level(logging.DEBUG)
    seen: list[JobHandle] = []

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(_echo_transport)) as client:
            provider = make_provider(name, client=client, env=env)
            assert PLANTED not in repr(provider)

            async def record(handle: JobHandle) -> None:
                seen.append(handle)

            await run_job(provider, request, dest_dir=tmp_path, on_submitted=record)

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    exc = info.value
    texts = [str(exc), repr(exc), exc.message, *map(str, exc.args), caplog.text,
             str(pickle.loads(pickle.dumps(exc))), *(h.to_json() for h in seen)]
    assert all(PLANTED not in t for t in texts), f"{name} leaked the key"
    assert exc.message  # the provider's own text is still there, scrubbed


@pytest.mark.parametrize("name", ["fal", "replicate", "elevenlabs"])
def test_planted_key_never_leaks_from_recovery_lookups(name, caplog):
    """The history/listing endpoints used to recover a killed submission echo it back too."""
    import time

    from providers.polling import recover

    var, request = CASES[name]
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []

    def transport(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return _echo_transport(req)

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(transport)) as client:
            provider = make_provider(name, client=client, env={var: PLANTED})
            await recover(provider, request, since_unix=time.time())

    with pytest.raises(ProviderError) as info:
        asyncio.run(main())
    exc = info.value
    assert seen and exc.outcome_unknown  # the lookup was made, and failed
    assert "***" in exc.message  # the echoed key reached the message, masked
    texts = [str(exc), repr(exc), exc.message, caplog.text, str(pickle.loads(pickle.dumps(exc)))]
    assert all(PLANTED not in t for t in texts), f"{name} recovery leaked the key"


class _EchoHandler:
    """A hostile HTTP server: answers every POST with ``status`` and echoes the request's
    headers (the key) in the body and in a response header, with a cookie on top."""

    status = 200

    @classmethod
    def serve(cls):  # noqa: ANN206 - (server, thread)
        import base64
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from providers.fakes import media

        png = base64.b64encode(media.art_png("echo", 0, 8, 8)).decode()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
                return None

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                echoed = "; ".join(f"{k}: {v}" for k, v in self.headers.items())
                body = json.dumps({"echo": echoed, "image": png, "finish_reason": "SUCCESS",
                                   "audio_base64": png, "data": [{"b64_json": png}],
                                   "error": {"message": echoed}}).encode()
                self.send_response(cls.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Echo", echoed.replace("\n", " "))
                self.send_header("Set-Cookie", f"session={PLANTED}")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        return server


@pytest.fixture(scope="module")
def shared_spool(tmp_path_factory):  # one daemon for all cases (each start costs ~1 s)
    return tmp_path_factory.mktemp("hygiene") / "spool"


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("name", ["stability", "openai", "elevenlabs"])
def test_planted_key_never_reaches_the_request_spool(name, status, shared_spool, monkeypatch):
    """Paid sync POSTs go through the spool daemon; its files must not hold the key, even
    when the server echoes it back."""
    from providers.spool import SpoolClient

    var, request = CASES[name]
    request = GenerationRequest(kind=request.kind, model=request.model, prompt="x",
                                job_key=f"hygiene:{name}:{status}")
    monkeypatch.setattr(_EchoHandler, "status", status)
    server = _EchoHandler.serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    spool_dir = shared_spool

    async def main() -> None:
        async with httpx.AsyncClient(timeout=10.0) as client:
            provider = make_provider(name, client=client, spool_dir=spool_dir,
                                     env={var: PLANTED, f"MVSTUDIO_{name.upper()}_BASE_URL": base},
                                     settings={"spool_idle_s": "3"})
            await provider.submit(request)  # not fetched: the spooled answer stays on disk

    try:
        if status == 200:
            asyncio.run(main())
        else:
            with pytest.raises(ProviderError) as info:
                asyncio.run(main())
            assert PLANTED not in str(info.value)
    finally:
        server.shutdown()
        server.server_close()
    assert SpoolClient(spool_dir).state(request.job_key) == "response"  # the spool was used
    files = [p for p in spool_dir.rglob("*") if p.is_file()]
    assert files and all(PLANTED.encode() not in p.read_bytes() for p in files)
