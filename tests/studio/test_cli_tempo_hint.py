"""`mvstudio analyze --bpm-hint/--beats-per-bar` (#15): the other readings are printed, a bad hint
is a clear error with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

from studio.cli import main

REEL = Path(__file__).parents[1] / "audio_sync" / "data" / "doubled_reel_steeplechase.mp3"


def test_analyze_prints_the_other_reading_and_takes_a_hint(capsys):
    assert main(["analyze", str(REEL)]) == 0
    out = capsys.readouterr().out
    assert "94 BPM (or 188 or 125)" in out  # the learned level reads the reel's half note
    # a creator who counts the quarter notes, 4 % slow
    assert main(["analyze", str(REEL), "--bpm-hint", "180", "--beats-per-bar", "2"]) == 0
    out = capsys.readouterr().out
    assert "188 BPM (or 94 or " in out and ") (hint 180), 2/4" in out
    assert main(["analyze", str(REEL), "--bpm-hint", "180", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert abs(data["tempo_bpm"] - 188) < 6 and abs(data["alt_bpm"] - 94) < 3 and data["alt2_bpm"] > 0
    assert data["bpm_hint"] == 180.0


def test_a_bad_hint_exits_2_naming_the_option(capsys):
    assert main(["analyze", str(REEL), "--bpm-hint", "12"]) == 2
    assert "bpm_hint 12 is outside 30..300" in capsys.readouterr().err
    assert main(["analyze", str(REEL), "--beats-per-bar", "20"]) == 2
    assert "beats_per_bar 20 is outside 2..12" in capsys.readouterr().err


def test_analyze_shifts_the_beats_half_a_beat(capsys):
    assert main(["analyze", str(REEL), "--json"]) == 0
    auto = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(REEL), "--shift-half-beat", "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert moved["shift_half_beat"] is True and auto["shift_half_beat"] is False
    assert abs(moved["beats_s"][0] - (auto["beats_s"][0] + auto["beats_s"][1]) / 2) < 1e-6
    assert main(["analyze", str(REEL), "--shift-half-beat"]) == 0
    assert "(beats shifted half a beat)" in capsys.readouterr().out


def test_analyze_starts_the_bars_later(capsys):
    assert main(["analyze", str(REEL), "--json"]) == 0
    auto = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(REEL), "--bar-shift", "1", "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert moved["bar_shift"] == 1 and auto["bar_shift"] == 0 and moved["beats_s"] == auto["beats_s"]
    assert moved["downbeats_s"] != auto["downbeats_s"] and set(moved["downbeats_s"]) <= set(moved["beats_s"])
    assert main(["analyze", str(REEL), "--bar-shift", "1"]) == 0
    assert "(bars start 1 beat later)" in capsys.readouterr().out
    assert main(["analyze", str(REEL), "--bar-shift", "12"]) == 2
    assert "bar_shift 12 is outside 0..11" in capsys.readouterr().err


def test_analyze_moves_the_beats_a_fraction_of_a_beat(capsys):
    assert main(["analyze", str(REEL), "--json"]) == 0
    auto = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(REEL), "--beat-shift", "0.3333", "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert moved["beat_shift"] == 0.3333 and auto["beat_shift"] == 0.0
    b = auto["beats_s"]
    assert abs(moved["beats_s"][0] - (b[0] + 0.3333 * (b[1] - b[0]))) < 1e-6
    assert main(["analyze", str(REEL), "--beat-shift", "0.3333333"]) == 0
    assert "(beats a third of a beat later)" in capsys.readouterr().out
    assert main(["analyze", str(REEL), "--beat-shift", "1.5"]) == 2
    assert "beat_shift 1.5 is outside 0..1" in capsys.readouterr().err
    assert main(["analyze", str(REEL), "--beat-shift", "0.25", "--shift-half-beat"]) == 2
    assert "use one" in capsys.readouterr().err
