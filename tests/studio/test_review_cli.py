"""End to end: render stops for review (exit 3), `mvstudio review` approves, the re-run
publishes exactly once (folder + signed webhook, retried after a 500), reusing the cache."""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

SECRET = "test-secret-123"


class Receiver:
    """A loopback webhook receiver: answers 500 to the first delivery, then 200."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.processed: dict[str, int] = {}  # idempotency key -> times processed
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers["Content-Length"]))
                expected = "sha256=" + hmac.new(SECRET.encode(), body,
                                                hashlib.sha256).hexdigest()
                ok = hmac.compare_digest(expected, self.headers.get("X-Mvstudio-Signature", ""))
                key = self.headers.get("Idempotency-Key", "")
                outer.requests.append({"key": key, "signature_ok": ok,
                                       "body": json.loads(body)})
                if len(outer.requests) == 1:
                    status = 500  # the first delivery fails: the sender must retry
                elif not ok:
                    status = 401
                else:
                    outer.processed[key] = outer.processed.get(key, 0) + (
                        0 if key in outer.processed else 1)
                    status = 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _graph(tmp: Path, url: str) -> Path:
    from audio_sync.testsongs import make_song, write_wav

    audio, _ = make_song(bpm=120, duration_s=6.0, seed=4)
    write_wav(tmp / "song.wav", audio)
    nodes = {
        "song": ("input.audio", {"path": "song.wav"}),
        "theme": ("input.text", {"text": "a lighthouse at dawn"}),
        "beats": ("audio.analyze", {}),
        "cuts": ("audio.cut_plan", {"every": 1, "unit": "bar", "min_shot_s": 1.0,
                                    "max_shot_s": 4.0, "fps": "10"}),
        "scenes": ("text.scenes", {"mode": "per_shot", "model": "local:template"}),
        "images": ("gen.image", {"model": "local:procedural", "seed": 1, "width": 160,
                                 "height": 96}),
        "clips": ("comp.kenburns", {"duration_s": 4.5, "width": 160, "height": 96,
                                    "fps": "10", "crf": 30}),
        "montage": ("comp.montage", {}),
        "render": ("out.render", {"path": "out/video.mp4", "crf": 35,
                                  "x264_preset": "ultrafast", "fade_out_s": 0.0}),
        "qc": ("gate.qc", {"on_fail": "review", "loudness_target_lufs": -16.0,
                           "loudness_tolerance_lu": 10.0, "sample_fps": 4.0}),
        "review": ("gate.review", {}),
        "folder": ("publish.folder", {"folder": "published"}),
        "hook": ("publish.webhook", {"url": url, "secret_env": "MVS_TEST_SECRET",
                                     "backoff_s": 0.01, "max_attempts": 3}),
    }
    links = ["song.audio->beats.audio", "beats.beats->cuts.beats", "theme.text->scenes.theme",
             "beats.beats->scenes.beats", "cuts.plan->scenes.plan",
             "scenes.scenes->images.prompt", "images.image->clips.image",
             "clips.video->montage.clips", "cuts.plan->montage.plan",
             "montage.timeline->render.timeline", "song.audio->render.audio",
             "render.video->qc.media", "cuts.plan->qc.plan", "qc.media->review.media",
             "qc.qc->review.qc", "review.media->folder.media", "review.qc->folder.qc",
             "review.media->hook.media", "review.qc->hook.qc", "folder.path->hook.path"]
    doc = {"format": "mvstudio.graph", "version": 1, "app_version": "0.1.0",
           "nodes": [{"id": k, "type": t, "type_version": 1, "params": p, "pinned": False}
                     for k, (t, p) in nodes.items()],
           "links": [{"from": a.split("."), "to": b.split(".")}
                     for a, b in (lk.split("->") for lk in links)], "ui": {}}
    path = tmp / "gated.mvgraph"
    path.write_text(json.dumps(doc, indent=1))
    return path


def _review(argv: list[str]) -> int:
    """`mvstudio review ...` through the main CLI once wired, else through our parser."""
    from studio import cli
    from studio.cli_review import add_review_parser, cmd_review

    if "review" in cli.COMMANDS:
        return cli.main(["review", *argv])
    parser = argparse.ArgumentParser(prog="mvstudio")
    add_review_parser(parser.add_subparsers(dest="command"))
    try:
        return cmd_review(parser.parse_args(["review", *argv]))
    except cli.CliError as exc:
        print(f"mvstudio: {exc}")
        return exc.code


@pytest.mark.timeout(120)
def test_render_review_publish_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    monkeypatch.setenv("MVSTUDIO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MVS_TEST_SECRET", SECRET)
    receiver = Receiver()
    try:
        graph = _graph(tmp_path, receiver.url)
        assert main(["render", str(graph), "--report", str(tmp_path / "r1.json")]) == 3
        err = capsys.readouterr().err
        assert "waits for review" in err and "mvstudio review" in err
        first = json.loads((tmp_path / "r1.json").read_text())
        assert first["status"] == "stopped"
        assert first["nodes"]["folder"]["status"] == "skipped"
        assert not (tmp_path / "published").exists() and receiver.requests == []

        assert _review([first["run_id"]]) == 0
        listing = capsys.readouterr().out
        assert "review" in listing and "pending" in listing and "QC 1.00" in listing
        assert _review([first["run_id"], "--approve", "review"]) == 0
        assert "approved" in capsys.readouterr().out

        assert main(["render", str(graph), "--report", str(tmp_path / "r2.json")]) == 0
        second = json.loads((tmp_path / "r2.json").read_text())
        cacheable = ["beats", "cuts", "scenes", "images", "clips", "montage", "render", "qc"]
        assert all(second["nodes"][n]["cache_hit"] for n in cacheable), second["nodes"]
        assert second["nodes"]["folder"]["status"] == "succeeded"
        files = sorted(p.name for p in (tmp_path / "published").iterdir())
        assert len(files) == 2 and files[0].endswith(".mp4") and files[1].endswith(".mp4.json")
        record = json.loads((tmp_path / "published" / files[1]).read_text())
        assert record["provenance"] == "AI-generated" and record["run_id"] == second["run_id"]
        assert record["graph_sha256"] == hashlib.sha256(graph.read_bytes()).hexdigest()
        assert "local:procedural" in record["models"] and record["qc"]["passed"] is True
        assert record["review"]["status"] == "approved"
        assert len(receiver.requests) == 2  # a 500, then the retry
        assert len({r["key"] for r in receiver.requests}) == 1
        assert all(r["signature_ok"] for r in receiver.requests)
        assert receiver.processed == {receiver.requests[0]["key"]: 1}
        assert receiver.requests[1]["body"]["file"]["path"].endswith(files[0])

        assert main(["render", str(graph), "--report", str(tmp_path / "r3.json")]) == 0
        third = json.loads((tmp_path / "r3.json").read_text())
        assert third["nodes"]["folder"]["cache_hit"] and third["nodes"]["hook"]["cache_hit"]
        assert len(receiver.requests) == 2  # nothing delivered again
        assert len(list((tmp_path / "published").iterdir())) == 2

        # new content (re-encoded) approved up front: published once more, with a new key
        assert main(["render", str(graph), "--set", "render.crf=36", "--approve", "all"]) == 0
        assert len(list((tmp_path / "published").iterdir())) == 4
        assert len(receiver.requests) == 3 and len({r["key"] for r in receiver.requests}) == 2
        assert receiver.requests[2]["body"]["record"]["review"]["note"] == "--approve all"
    finally:
        receiver.close()
