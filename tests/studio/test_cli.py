"""The command-line contract: commands, exit codes, one line per problem, nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True,
                          text=True, timeout=120)


def edit(graph_file: Path, fn) -> bytes:
    data = json.loads(graph_file.read_text())
    fn(data)
    graph_file.write_text(json.dumps(data, indent=1))
    return graph_file.read_bytes()


def node(data, node_id):
    return next(n for n in data["nodes"] if n["id"] == node_id)


BAD_INPUTS = {
    "malformed_json": (lambda d: None, "not valid JSON"),
    "unknown_type": (lambda d: node(d, "montage").update(type="vendor.nope"),
                     "node 'montage': unknown node type 'vendor.nope'"),
    "cycle": (lambda d: d["links"].append({"from": ["montage", "timeline"],
                                           "to": ["montage", "plan"]}), "cycle"),
    "type_mismatch": (lambda d: d["links"].__setitem__(0, {"from": ["theme", "text"],
                                                           "to": ["beats", "audio"]}),
                      "node 'beats', port 'audio': type mismatch"),
    "missing_audio": (lambda d: node(d, "song")["params"].update(path="nowhere.wav"),
                      "node 'song', param 'path': file not found"),
    "out_of_range": (lambda d: node(d, "cuts")["params"].update(every=0),
                     "node 'cuts', param 'every': 0 is below the minimum 1"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_graphs_exit_2_name_node_and_param_and_leave_file_intact(graph_file, case):
    fn, expected = BAD_INPUTS[case]
    if case == "malformed_json":
        graph_file.write_text('{"format": "mvstudio.graph", "nodes": [')
        before = graph_file.read_bytes()
    else:
        before = edit(graph_file, fn)
    out = graph_file.parent / "out.mp4"
    proc = run_cli("render", str(graph_file), "-o", str(out))
    assert proc.returncode == 2, proc.stderr
    assert expected in proc.stderr
    assert "Traceback" not in proc.stderr
    assert graph_file.read_bytes() == before
    assert not out.exists()
    assert run_cli("validate", str(graph_file)).returncode == 2


def test_corrupt_audio_exits_2_without_traceback(graph_file, tmp_path):
    bad = tmp_path / "corrupt.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(256)) * 4)
    before = edit(graph_file, lambda d: node(d, "song")["params"].update(path=str(bad)))
    proc = run_cli("render", str(graph_file), "-o", str(tmp_path / "o.mp4"))
    assert proc.returncode == 2, proc.stderr
    assert "node 'song', param 'path'" in proc.stderr and "Traceback" not in proc.stderr
    assert graph_file.read_bytes() == before
    assert not (tmp_path / "o.mp4").exists()


def test_debug_shows_the_traceback(graph_file):
    edit(graph_file, lambda d: node(d, "montage").update(type="vendor.nope"))
    proc = run_cli("--debug", "render", str(graph_file))
    assert proc.returncode != 0 and "Traceback" in proc.stderr


def test_validate_ok(graph_file, capsys):
    assert main(["validate", str(graph_file)]) == 0
    assert "ok (9 nodes" in capsys.readouterr().out


def test_nodes_json_is_a_complete_catalog(capsys):
    assert main(["nodes", "--json"]) == 0
    catalog = json.loads(capsys.readouterr().out)["nodes"]
    by_type = {n["type"]: n for n in catalog}
    for type_id in ("input.audio", "audio.analyze", "audio.cut_plan", "text.scenes", "gen.image",
                    "comp.kenburns", "comp.montage", "out.render"):
        assert type_id in by_type
    assert by_type["input.audio"]["outputs"][0]["name"] == "audio"
    assert any(p["name"] == "path" for p in by_type["out.render"]["params"])


def test_analyze_json_shape(short_song, capsys):
    assert main(["analyze", str(short_song), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"duration_s", "tempo_bpm", "beats_s", "downbeats_s", "sections"}
    assert abs(data["tempo_bpm"] - 120) < 3
    assert data["sections"] and set(data["sections"][0]) >= {"start_s", "end_s", "label"}
    assert all(s["metre"] == "4/4" and s["beats_per_bar"] == 4 for s in data["sections"])
    assert data["pulse_confidence"] == 1.0  # a drum groove: the beat is clear
    assert main(["analyze", str(short_song), "--json", "--no-cache"]) == 0


def test_analyze_warns_when_there_is_no_clear_beat(tmp_path, capsys):
    """Noise is tracked (no gate), but the CLI says its beats are a guess (#15)."""
    import numpy as np

    from audio_sync.testsongs import write_wav
    from audio_sync.types import DecodedAudio

    y = 0.3 * np.random.default_rng(0).standard_normal(22050 * 20).astype(np.float32)
    wav = write_wav(tmp_path / "noise.wav", DecodedAudio(samples=y[None, :], rate_hz=22050))
    assert main(["analyze", str(wav)]) == 0
    out = capsys.readouterr()
    assert "pulse confidence 0.00" in out.out
    assert "warning: no clear beat" in out.err and "even grid" in out.err


def test_analyze_bad_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "x.mp3"
    bad.write_bytes(b"garbage" * 100)
    assert main(["analyze", str(bad)]) == 2
    assert "x.mp3" in capsys.readouterr().err


def test_help_is_fast_and_loads_no_heavy_modules():
    code = ("import sys, time; t=time.perf_counter(); import studio.cli; "
            "mods=[m for m in ('librosa','av','numpy','PySide6','httpx') if m in sys.modules]; "
            "print(mods, time.perf_counter()-t)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    mods, seconds = proc.stdout.rsplit(" ", 1)
    assert mods == "[]"
    assert float(seconds) < 0.5


def test_runs_lists_history_and_shows_one_run(graph_file, tmp_path, capsys):
    assert main(["render", str(graph_file), "-o", str(tmp_path / "v.mp4"), "--report",
                 str(tmp_path / "r.json")]) == 0
    run_id = json.loads((tmp_path / "r.json").read_text())["run_id"]
    capsys.readouterr()
    assert main(["runs"]) == 0
    assert run_id in capsys.readouterr().out
    assert main(["runs", run_id]) == 0
    detail = capsys.readouterr().out
    assert "succeeded" in detail and "images" in detail and "render" in detail
    assert main(["runs", "no-such-run"]) == 2


def _openblas_threads_after_main(env_value: str | None) -> int:
    """numpy's OpenBLAS thread count in a fresh process that ran the mvstudio command first."""
    import os

    code = ("import sys; from studio.cli import main; main(['validate', 'missing.mvgraph']); "
            "import numpy, threadpoolctl; "
            "print(next(i['num_threads'] for i in threadpoolctl.threadpool_info() "
            "if i['internal_api'] == 'openblas'))")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if env_value is not None:
        env["OPENBLAS_NUM_THREADS"] = env_value
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    return int(out.stdout.split()[-1])


def test_mvstudio_loads_numpy_with_one_blas_thread_unless_the_user_set_it():
    # numpy reads the setting once, at load: main must set it before anything imports numpy
    out = subprocess.run([sys.executable, "-c", "import sys; from studio.cli import _parser; "
                          "_parser(); print('numpy' in sys.modules)"],
                         capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"
    assert _openblas_threads_after_main(None) == 1
    assert _openblas_threads_after_main("2") == 2
