"""A song with no clear beat is named in the run's report by the analysis and cut-plan nodes,
and the plan's shots are even (#15: every song with onsets is tracked, with a confidence)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import numpy as np
from graphkit import make_graph

from nodes.executor import Executor
from nodes.registry import default_registry


def test_noise_song_gets_notes_and_an_even_cut_plan(tmp_path: Path, engine: Any) -> None:
    from audio_sync.testsongs import write_wav
    from audio_sync.types import DecodedAudio

    y = 0.3 * np.random.default_rng(0).standard_normal(22050 * 20).astype(np.float32)
    wav = write_wav(tmp_path / "noise.wav", DecodedAudio(samples=y[None, :], rate_hz=22050))
    graph = make_graph({
        "song": ("input.audio", {"path": str(wav)}),
        "beats": ("audio.analyze", {}),
        "cuts": ("audio.cut_plan", {"every": 1, "unit": "bar", "fps": "30"}),
    }, ["song.audio->beats.audio", "beats.beats->cuts.beats"])
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                  runs=engine.runs, sink=engine.sink)
    res = asyncio.run(ex.run(graph))
    assert res.status == "succeeded", res.error
    notes = res.report["notes"]
    assert "no clear beat" in notes["beats"][0] and "even grid" in notes["cuts"][0]
    beats = res.outputs["beats"]["beats"]
    assert beats["beats_s"] and beats["pulse_confidence"] == 0.0
    shots = np.diff(res.outputs["cuts"]["plan"]["cut_frames"])
    # Even bars (58 frames at the guessed tempo); only the section starts break the grid.
    assert np.mean(np.abs(shots - np.median(shots)) <= 1) >= 0.6, shots
