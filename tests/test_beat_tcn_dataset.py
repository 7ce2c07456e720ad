"""The beat net's training data rules (issue #15): the kept-out band arrangements and the
renders with nothing audible on the annotated beat never reach the training set."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import beat_tcn_dataset as ds  # noqa: E402
from beat_sets import Excerpt  # noqa: E402

from audio_sync.types import DecodedAudio  # noqa: E402

SR = 22050


def test_every_fourth_train3_band_arrangement_is_kept_out() -> None:
    assert ds.kept_out("train3_band_funk_000") and ds.kept_out("train3_band_house_132")
    assert not ds.kept_out("train3_band_funk_005") and not ds.kept_out("train3_band_pop_135")
    assert not ds.kept_out("train3_andrewcareysslipjig")  # score excerpts are trained on
    assert not ds.kept_out("train2_band_funk_000")  # only real-train3 has a kept-out part
    assert not {d.name for d in ds.TRAIN_DIRS} & set(ds.EVAL_DIRS)


def _clicks(at_s: np.ndarray, seconds: float) -> np.ndarray:
    y = np.zeros(int(seconds * SR), np.float32)
    burst = np.random.default_rng(0).normal(0, 0.5, 400) * np.exp(-np.arange(400) / 80)
    for t in at_s:
        i = int(t * SR)
        y[i:i + 400] += burst[: y.size - i]
    return y


def test_a_render_sounding_only_between_the_beats_is_left_out() -> None:
    beats = 0.5 + 0.5 * np.arange(36)
    for sound_at, inaudible in ((beats + 0.25, True), (beats, False)):
        audio = DecodedAudio(samples=_clicks(sound_at, 19.0)[None], rate_hz=SR)
        ex = Excerpt(name="x", audio=audio, beats_s=beats[beats < 18.5], downbeats_s=beats[::4])
        assert ds.inaudible_beat(ex) is inaudible
