"""benchmarks/beat_accuracy.py's candidate columns: an unknown duple candidate is a usage error
(exit code 2, naming the option and the known candidates) before any excerpt is analysed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_unknown_duple_candidate_is_refused(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"),
                        "--sets", "real-dev", "--no-madmom", "--duple", "fixed,nope"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "--duple" in r.stderr and "nope" in r.stderr and "density-tempo" in r.stderr
    assert "###" not in r.stdout  # nothing was scored


def test_a_level_column_that_is_not_a_weights_file_is_refused(tmp_path: Path) -> None:
    not_weights = tmp_path / "notes.py"
    not_weights.write_text("MODEL = {'weights': (1.0, 2.0)}\n")
    for given in (tmp_path / "missing.py", not_weights):
        r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"),
                            "--sets", "real-dev", "--no-madmom", "--level-column", str(given)],
                           capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert r.returncode == 2, r.stderr
        assert "--level-column" in r.stderr and str(given) in r.stderr and "level_learn.py --write" in r.stderr
        assert "###" not in r.stdout


def test_comparison_columns_keep_their_order() -> None:
    """The later option's columns come first after "ours" (as the tables have always read)."""
    import argparse

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import beat_accuracy

    flags = dict(net_off=True, vote_off=False, vote_on=True, phase_on=False, dotted_on=False,
                 level_model_on=False, pre_s8=False, level_column=[], s9_level=True, duple="fixed",
                 tracker_column=[], switch_on=["ACT_TEMPO_THREE_HALVES"])
    names = list(beat_accuracy.comparison_columns(argparse.Namespace(**flags)))
    assert names == ["act-tempo-three-halves-on", "duple-fixed", "s9-level", "vote-on", "net-off"]


def test_a_switch_column_turns_its_switch_on_and_back_and_refuses_a_non_switch(tmp_path: Path,
                                                                               monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import beat_accuracy

    from audio_sync import analysis, beats

    seen = []
    monkeypatch.setattr(analysis, "_analyze_uncached", lambda audio: seen.append(
        (beats.ACT_TEMPO_THREE_HALVES, beats.KICK_PHASE)) or _Result())
    beat_accuracy.switch_column("ACT_TEMPO_THREE_HALVES")(_Ex())
    beat_accuracy.switch_column("ACT_TEMPO_THREE_HALVES+KICK_PHASE")(_Ex())  # a combination
    assert seen == [(True, False), (True, True)]
    assert beats.ACT_TEMPO_THREE_HALVES is False and beats.KICK_PHASE is False
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"), "--sets", "real-dev",
                        "--no-madmom", "--switch-on", "MIN_BPM"], capture_output=True, text=True, timeout=120,
                       cwd=tmp_path)
    assert r.returncode == 2 and "--switch-on MIN_BPM" in r.stderr and "###" not in r.stdout


class _Result:
    beats_s = downbeats_s = ()
    tempo_bpm = 0.0


class _Ex:
    audio = None


def test_a_tracker_column_without_its_net_file_is_refused(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"), "--sets", "real-dev",
                        "--no-madmom", "--tracker-column", f"cand={tmp_path / 'missing.npz'}"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "--tracker-column" in r.stderr and "missing.npz" in r.stderr
    assert "###" not in r.stdout


def test_a_tracker_column_runs_on_its_own_net_and_restores_the_shipped_one(tmp_path: Path, monkeypatch) -> None:
    import numpy as np

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import beat_accuracy

    from audio_sync import activation

    shipped = activation.load_weights()
    bias = next(k for k in shipped if k.endswith("in.b"))  # "in.b", or "m0.in.b" in an ensemble
    other = {k: (v + 1.0 if k == bias else v) for k, v in shipped.items()}
    np.savez(tmp_path / "other.npz", **other)
    seen = []
    monkeypatch.setattr(beat_accuracy, "_ours_with", lambda ex: seen.append(activation.load_weights()[bias].copy()))
    name, run = beat_accuracy.tracker_column(f"cand={tmp_path / 'other.npz'}")
    run(None)
    assert name == "cand"
    np.testing.assert_array_equal(seen[0], shipped[bias] + 1.0)
    np.testing.assert_array_equal(activation.load_weights()[bias], shipped[bias])


def test_the_pool_reads_every_excerpt_of_the_sets_with_an_interval_around_its_mean() -> None:
    """--pool: one line per column over all excerpts given, the bootstrap interval around the
    pooled mean; excerpts that all agree leave no spread."""
    import re

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import beat_accuracy

    def row(f: float, acc1: bool) -> beat_accuracy.Score:
        return beat_accuracy.Score(f=f, cmlt=f, amlt=f, down_f=float("nan"), acc1=acc1, acc2=True, bpm=120.0)

    mixed = [row(1.0, True)] * 30 + [row(0.0, False)] * 10  # mean F 0.75, acc1 75 %
    lines = beat_accuracy.pooled_lines({"ours": mixed, "librosa": [row(0.5, True)] * 8, "madmom": []})
    assert len(lines) == 2 and lines[0].split()[:3] == ["pooled", "ours", "n=40"]
    assert " F 0.750 " in lines[0] and "acc1 75%" in lines[0] and "(30/40)" in lines[0]
    lo, hi = map(float, re.search(r"interval F \[([\d.]+), ([\d.]+)\]", lines[0]).groups())
    assert 0.55 < lo < 0.75 < hi < 0.9
    assert "interval F [0.500, 0.500] acc1 [100%, 100%] (8/8)" in lines[1]


def test_a_tracker_column_can_turn_switches_on_with_its_net(tmp_path: Path, monkeypatch) -> None:
    # Session 44's M-NET-PK: a net with a switch of audio_sync.beats in one column: the tracker runs
    # on the column's weights with the switch asked for, and the shipped weights come back after.
    import numpy as np

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import beat_accuracy

    from audio_sync import activation

    shipped = activation.load_weights()
    bias = next(k for k in shipped if k.endswith("in.b"))
    np.savez(tmp_path / "other.npz", **{k: (v + 1.0 if k == bias else v) for k, v in shipped.items()})
    seen = []
    monkeypatch.setattr(beat_accuracy, "_ours_with",
                        lambda ex, **on: seen.append((on, activation.load_weights()[bias].copy())))
    name, run = beat_accuracy.tracker_column(f"pk={tmp_path / 'other.npz'}@SNARES_BETWEEN_DOUBLE")
    run(None)
    assert name == "pk" and len(seen) == 1 and seen[0][0] == {"SNARES_BETWEEN_DOUBLE": True}
    np.testing.assert_array_equal(seen[0][1], shipped[bias] + 1.0)
    np.testing.assert_array_equal(activation.load_weights()[bias], shipped[bias])
    with pytest.raises(ValueError, match="NO_SUCH"):
        beat_accuracy.tracker_column(f"pk={activation.WEIGHTS_PATH}@NO_SUCH")
