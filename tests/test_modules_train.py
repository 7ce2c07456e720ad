"""The productions a beat net may learn from (benchmarks/make_modules_train.py, issue #15): whole
songs cut into 40-s windows by the evaluation parts' own rules, only pinned licence-clean modules,
and how the training and judging scripts keep them apart."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import beat_tcn_dataset as ds  # noqa: E402
import make_modules_train as train  # noqa: E402
import make_realbeats_modules as modules  # noqa: E402
import switch_judge  # noqa: E402

RATE = modules.RATE


def test_a_song_is_cut_into_forty_second_windows_and_a_short_tail_is_dropped() -> None:
    start = RATE  # the first sound at 1 s
    assert train.windows(100 * RATE, start) == [(RATE, 41 * RATE), (41 * RATE, 81 * RATE)]  # tail 19 s
    assert train.windows(110 * RATE, start)[-1] == (81 * RATE, 110 * RATE)  # tail 29 s: kept
    assert train.windows(20 * RATE, 0) == []


def _rows(seconds: float, row_s: float) -> list[tuple[int, int, int]]:
    n = int(seconds / row_s)
    return [(int(round(i * row_s * RATE)), 0, i % 64) for i in range(n)]


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg writes the MP3s")
def test_a_window_gets_the_beat_grid_of_its_rows_and_a_silent_one_is_left_out(tmp_path: Path) -> None:
    rows = _rows(90.0, 0.125)  # four rows a beat: 120 BPM
    audio = np.zeros((90 * RATE, 2), np.float32)
    audio[: 60 * RATE] = 0.1 * np.sin(np.arange(60 * RATE) * 0.05)[:, None]  # the last 30 s are silent
    meta = {"name": "song_w1", "package": "pkg", "module": "song.xm", "split": "train", "window": 1}
    assert modules.write_excerpt(audio, rows, (0, 0), 20 * RATE, 60 * RATE, tmp_path, meta) == ""
    beats = np.loadtxt(tmp_path / "song_w1.beats", ndmin=2)
    assert beats.shape == (80, 2) and beats[0, 0] == 0.0 and np.allclose(np.diff(beats[:, 0]), 0.5)
    assert list(beats[:8, 1]) == [1, 2, 3, 4, 1, 2, 3, 4]
    written = json.loads((tmp_path / "song_w1.json").read_text())
    assert written["window"] == 1 and written["beat_bpm_median"] == 120.0 and written["n_beats"] == 80
    assert (tmp_path / "song_w1.mp3").stat().st_size > 10_000
    silent = {**meta, "name": "song_w2"}
    assert modules.write_excerpt(audio, rows, (0, 0), 60 * RATE, 90 * RATE, tmp_path, silent) == "silent"
    assert not list(tmp_path.glob("song_w2*"))


def test_candidates_are_kept_by_name_and_checked_against_their_pinned_sha1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # make_realbeats_modules.fetch_pinned (tested with a mirror and a download in
    # test_realbeats_modules) does the fetching; here: where a candidate is kept, what it returns.
    song, commit = b"Extended Module: train me" + bytes(64), "1" * 40
    kept = tmp_path / "src" / "github-train" / "someone+Game" / "tune.xm"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(song)

    def table(sha1: str) -> Path:
        tsv = tmp_path / f"candidates-{sha1[:4]}.tsv"
        tsv.write_text("# comment\nrepo_or_archive\tcommit_or_sha256\tpath\tmodule_sha1\tlicence\tlicence_evidence\t"
                       "composer\ttitle\tseconds\tformat\n"
                       f"someone/Game\t{commit}\tmusic/tune.xm\t{sha1}\tCC0-1.0\tsomeone/Game@{commit[:12]}:README:3\t"
                       "A. Composer\tTune\t60.0\tXM\n")
        return tsv

    monkeypatch.setattr(modules, "MIRRORS", (tmp_path / "nowhere",))
    monkeypatch.setattr(modules, "GITHUB_RAW", "http://127.0.0.1:9/")  # nothing listens: no download
    monkeypatch.setattr(train, "CANDIDATES_TSV", table(hashlib.sha1(song).hexdigest()))
    [(package, path, licence)] = train.fetch_candidates(tmp_path / "src")
    assert (package, path, path.read_bytes()) == ("game", kept, song)
    assert licence.startswith("CC0-1.0 (someone/Game@") and "A. Composer" in licence
    monkeypatch.setattr(train, "CANDIDATES_TSV", table("0" * 40))
    with pytest.raises(SystemExit, match="SHA-1"):
        train.fetch_candidates(tmp_path / "src")  # the kept copy is checked too
    kept.unlink()
    with pytest.raises(SystemExit, match="someone/Game@1{40}:music/tune.xm: not in"):
        train.fetch_candidates(tmp_path / "src")  # found nowhere: the message names what to fetch


def test_the_shipped_candidates_table_reads_with_the_keys_the_fetch_needs() -> None:
    rows = train.candidate_rows()
    assert len(rows) == 19  # 14 (helper ht, session 39) and 5 (helper ht2, session 42)
    assert all(len(r["commit"]) == 40 and "/" in r["repo"] and r["module_sha1"] for r in rows)


def test_productions_are_named_apart_in_the_training_data_and_the_folder_is_never_evaluated() -> None:
    assert train.FOLDER not in ds.EVAL_DIRS  # beat_tcn_dataset reads it under this name (imported)
    cache = Path("/cache")
    assert ds._kind(cache / "realbeats-modules-train" / "x_w0.beats") == "prod:"
    assert ds._kind(cache / "realbeats-modules-heldout" / "biniax2_x.beats") == "prod:"
    assert ds._kind(cache / "realbeats-train3" / "train3_band_funk_001.beats") == "real:"
    assert ds._kind(None) == "synth:"


def test_the_dataset_without_rendered_windows_stops_with_a_clear_error(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ds, "CACHE", tmp_path)
    with pytest.raises(SystemExit) as stop:
        ds._jobs(frozenset(), modules_train=True)
    assert stop.value.code == 2 and "make_modules_train.py" in capsys.readouterr().err


def test_the_judge_files_the_productions_a_net_trained_on_apart(tmp_path: Path) -> None:
    for name, package in (("biniax2_song", "biniax2-data"), ("pingus_song", "pingus-data")):
        (tmp_path / f"{name}.json").write_text(json.dumps({"package": package}))
    assert switch_judge._group("productions", tmp_path / "biniax2_song.beats") == "productions-trained"
    assert switch_judge._group("productions", tmp_path / "pingus_song.beats") == "productions"
    assert switch_judge._group("renders", tmp_path / "biniax2_song.beats") == "renders"


def test_the_judge_refuses_a_net_file_that_is_not_one(tmp_path: Path) -> None:
    bad = tmp_path / "net.npz"
    bad.write_text("not weights")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "switch_judge.py"), "--net", str(bad)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and "--net" in run.stderr and str(bad) in run.stderr
    both = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "switch_judge.py"), "--net", str(bad),
                           "--census"], capture_output=True, text=True, cwd=ROOT)
    assert both.returncode == 2 and "--census" in both.stderr
    # A net with a switch is one setting (session 44's M-NET-PK); the switch must exist.
    from audio_sync import activation

    with_switch = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "switch_judge.py"), "--net",
                                  str(activation.WEIGHTS_PATH), "--switch", "NO_SUCH_SWITCH"],
                                 capture_output=True, text=True, cwd=ROOT)
    assert with_switch.returncode == 2 and "NO_SUCH_SWITCH" in with_switch.stderr


def test_the_judge_runs_a_valid_net_as_a_setting_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import activation

    net = tmp_path / "net.npz"
    np.savez(net, **activation.read_weights(activation.WEIGHTS_PATH))
    seen: dict[str, list[str]] = {}

    def measure(folders: list, settings: list[str]) -> dict[str, list]:
        seen["settings"] = settings
        return {s: [] for s in settings}

    monkeypatch.setattr(switch_judge, "measure", measure)
    monkeypatch.setattr(switch_judge, "compare", lambda off, on, label: seen.setdefault("label", label))
    monkeypatch.setattr(sys, "argv", ["switch_judge.py", "--net", str(net), "--groups", "renders"])
    switch_judge.main()
    digest = hashlib.sha256(net.read_bytes()).hexdigest()[:16]
    assert seen["settings"] == ["", f"net={net.resolve()}@{digest}"]  # the cache key changes with the bytes


def test_windows_at_the_fast_convention_can_be_left_out_of_the_training_data(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / ds.MODULES_TRAIN
    folder.mkdir()
    for name, bpm in (("slow_w0", 125.0), ("fast_w0", 187.5), ("edge_w0", 160.0)):
        (folder / f"{name}.beats").write_text("0.0 1\n")
        (folder / f"{name}.json").write_text(json.dumps({"beat_bpm_median": bpm}))
    monkeypatch.setattr(ds, "CACHE", tmp_path)
    monkeypatch.setattr(ds, "TRAIN_DIRS", ())
    monkeypatch.setattr(ds, "corpus", lambda: [])

    def kept(below: float | None) -> set[str]:
        return {b.stem for b, _, _ in ds._jobs(frozenset(), modules_train=True, below_bpm=below)}

    assert kept(None) == {"slow_w0", "fast_w0", "edge_w0"}
    assert kept(160.0) == {"slow_w0"}
