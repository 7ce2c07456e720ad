"""``mvstudio serve`` end to end: submit, SSE progress, download, cancel, 400s, tokens."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from conftest import small_graph  # tests/studio/conftest.py
from serve_helpers import sse_events

TOKEN = "t0k3n-for-tests-0123456789abcdef"


def tiny_graph(song: Path) -> dict[str, Any]:
    return small_graph(str(song), size=(64, 64))


class Receiver:
    """A completion-webhook endpoint on loopback that records deliveries."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return None

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.deliveries.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()
                outer.arrived.set()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/done"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_submit_stream_download_and_signed_completion_webhook(start_server, short_song,
                                                              tmp_path):
    import av

    receiver = Receiver()
    try:
        server = start_server({"MVSTUDIO_WEBHOOK_SECRET": "hook-secret"}, token=TOKEN)
        job = server.submit({"graph": tiny_graph(short_song), "webhook_url": receiver.url,
                             "set": ["theme.text=\"rain on glass\""]})
        assert job["status"] == "queued" and job["id"].startswith("j")
        seen: list[dict[str, Any]] = []
        with server.http.stream("GET", f"/jobs/{job['id']}/events") as stream:
            assert stream.headers["content-type"] == "text/event-stream"
            for event in sse_events(stream):
                seen.append(event)
                if event["event"] == "end":
                    break
        kinds = [e["event"] for e in seen]
        assert kinds[0] == "job" and "RunStarted" in kinds and kinds[-1] == "end"
        assert {"render", "images"} <= {e["data"].get("node_id") for e in seen
                                        if e["event"] == "NodeFinished"}
        assert seen[-1]["data"]["status"] == "succeeded", seen[-1]
        ids = [e["id"] for e in seen if "id" in e]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
        # Resuming the stream after an id replays only what came later.
        with server.http.stream("GET", f"/jobs/{job['id']}/events",
                                headers={"Last-Event-ID": str(ids[-2])}) as stream:
            again = [e for e in sse_events(stream)]
        assert [e.get("id") for e in again] == [ids[-1], None]

        listing = server.http.get(f"/jobs/{job['id']}/outputs").json()["outputs"]
        assert "render.mp4" in [o["name"] for o in listing]
        video = tmp_path / "dl.mp4"
        video.write_bytes(server.http.get(f"/jobs/{job['id']}/outputs/render.mp4").content)
        with av.open(str(video)) as container:
            stream_v = container.streams.video[0]
            assert (stream_v.width, stream_v.height) == (64, 64)
            assert sum(1 for _ in container.decode(stream_v)) > 30
        for bad in ("../../serve/queue.sqlite", "..%2F..%2Fsettings.json", "%2e%2e",
                    "song.wav", "/etc/passwd"):
            answer = server.http.get(f"/jobs/{job['id']}/outputs/{bad}")
            assert answer.status_code == 404, (bad, answer.text)
            assert b"sqlite" not in answer.content and str(server.home).encode() \
                not in answer.content

        receiver.arrived.wait(10)
        ((headers, body),) = receiver.deliveries
        expected = "sha256=" + hmac.new(b"hook-secret", body, hashlib.sha256).hexdigest()
        assert headers["x-mvstudio-signature"] == expected
        delivered = json.loads(body)
        assert delivered["event"] == "mvstudio.job.finished"
        assert delivered["job"]["id"] == job["id"]
        assert delivered["job"]["status"] == "succeeded"
        assert headers["idempotency-key"] == f"{job['id']}:succeeded"
        assert server.job(job["id"])["webhook"] == "delivered (HTTP 200)"
    finally:
        receiver.close()


def test_bad_submissions_are_400_with_validate_messages(start_server, short_song, tmp_path,
                                                        capsys):
    from studio.cli import main

    graph = tiny_graph(short_song)
    graph["nodes"][5]["params"]["width"] = 3  # images.width below its minimum
    graph["links"].append({"from": ["song", "audio"], "to": ["nosuch", "x"]})
    path = tmp_path / "bad.mvgraph"
    path.write_text(json.dumps(graph))
    assert main(["validate", str(path)]) == 2
    validate_lines = capsys.readouterr().out.splitlines()
    assert len(validate_lines) >= 2

    server = start_server()
    answer = server.http.post("/jobs", json={"graph_path": "bad.mvgraph"})
    assert answer.status_code == 400
    assert answer.json()["problems"] == validate_lines  # the very lines `validate` prints
    inline = server.http.post("/jobs", json={"graph": graph}).json()["problems"]
    assert inline == [line.replace(str(path), "<request>") for line in validate_lines]
    for body, needle in ((b"{not json", "not valid JSON"), (b"[]", "JSON object"),
                         (json.dumps({"graph_path": "bad.mvgraph", "oops": 1}).encode(),
                          "unknown field"),
                         (json.dumps({"graph_path": "../outside.mvgraph"}).encode(),
                          "outside the server's root"),
                         (json.dumps({"graph_path": "missing.mvgraph"}).encode(),
                          "file not found"),
                         (json.dumps({"graph": {"format": "nope"}}).encode(),
                          "not an mvstudio graph"),
                         (json.dumps({"graph": graph, "set": ["nosuch.x=1"]}).encode(),
                          "no node 'nosuch'"),
                         (json.dumps({"graph": graph, "set": {"images.api_key": "sk-live-1"}}
                                     ).encode(), "secrets never go into graph files")):
        answer = server.http.post("/jobs", content=body,
                                  headers={"Content-Type": "application/json"})
        assert answer.status_code == 400, body
        assert needle in answer.json()["error"] + " ".join(answer.json().get("problems", []))
        assert "Traceback" not in answer.text and "sk-live-1" not in answer.text
    # Tokenless = loopback only: no cross-site form posts, no DNS-rebound host names.
    good = json.dumps({"graph": tiny_graph(short_song)})
    assert server.http.post("/jobs", content=good,
                            headers={"Content-Type": "text/plain"}).status_code == 415
    for host in ("evil.example.com", "evil.example.com:80", "10.0.0.5"):
        assert server.http.get("/jobs", headers={"Host": host}).status_code == 403
    assert server.http.get("/jobs").json()["jobs"] == []  # nothing was queued
    assert server.http.get("/jobs", headers={"Host": "localhost"}).status_code == 200


def test_token_is_required_and_compared(start_server):
    server = start_server(token=TOKEN)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                    {"Authorization": f"Basic {TOKEN}"}):
        for method, path in (("GET", "/health"), ("GET", "/jobs"), ("POST", "/jobs"),
                             ("GET", "/jobs/j0123456789abcdef0123/events")):
            answer = httpx.request(method, server.url + path, headers=headers, json={})
            assert answer.status_code == 401, (headers, path)
            assert TOKEN not in answer.text
    assert server.http.get("/health").status_code == 200
    # Provider webhooks authenticate by signature, not token: unconfigured, they are 404.
    for provider in ("replicate", "fal", "other"):
        assert httpx.post(f"{server.url}/webhooks/{provider}", content=b"{}").status_code == 404


def test_non_loopback_bind_without_token_refuses_to_start(monkeypatch, capsys):
    from studio.cli import main

    monkeypatch.delenv("MVSTUDIO_SERVE_TOKEN", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--port", "0"]) == 2
    assert "MVSTUDIO_SERVE_TOKEN" in capsys.readouterr().err


def test_cancel_queued_and_running_jobs(start_server, slow_fake, short_song):
    from test_crash_resume import paid_graph

    server = start_server(slow_fake.env())
    running = server.submit({"graph": paid_graph()})
    queued = server.submit({"graph": paid_graph(), "set": {"img_a.seed": 30, "img_b.seed": 40}})
    server.wait(running["id"], status=("running",))
    answer = server.http.post(f"/jobs/{queued['id']}/cancel")
    assert answer.status_code == 202 and answer.json()["status"] == "cancelled"
    with server.http.stream("GET", f"/jobs/{running['id']}/events") as stream:
        for event in sse_events(stream):  # cancel once a paid job is at the provider
            if event["event"] == "NodeProgress" and "fal" in event["data"]["message"]:
                break
    assert server.http.delete(f"/jobs/{running['id']}").status_code == 202
    ended = server.wait(running["id"])
    assert ended["status"] == "cancelled" and ended["exit_code"] == 130
    assert slow_fake.state.cancels["fal"] >= 1  # the remote job was cancelled too
    assert server.http.post(f"/jobs/{running['id']}/cancel").status_code == 409
    assert server.job(queued["id"])["run_ids"] == []  # it never ran
