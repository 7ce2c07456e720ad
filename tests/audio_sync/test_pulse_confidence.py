"""The pulse confidence (audio_sync.pulse_confidence) on envelopes with and without a period."""

from __future__ import annotations

import numpy as np

from audio_sync.pulse_confidence import (
    Z_CHANCE,
    Z_SURE,
    chunk_shuffle,
    confidence_of,
    pulse_confidence,
    pulse_z,
)

FR = 43.07  # frames per second of audio_sync.features


def _pulse(seconds: float, bpm: float, *, noise: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = int(seconds * FR)
    env = noise * np.abs(rng.standard_normal(n))
    env[np.round(np.arange(0, n / FR, 60.0 / bpm) * FR).astype(int)[:-1]] += 1.0
    return env


def test_a_pulse_is_sure_and_iid_onsets_are_chance():
    assert pulse_z(_pulse(30, 120, noise=0.3, seed=1), FR) >= Z_SURE
    zs = [pulse_z(np.abs(np.random.default_rng(s).standard_normal(int(30 * FR))), FR)
          for s in range(10)]
    assert max(zs) < Z_CHANCE, zs
    flat = np.zeros(int(30 * FR))
    assert pulse_confidence(_pulse(30, 120, noise=0.3, seed=1), flat, FR) == 1.0
    assert pulse_confidence(np.abs(np.random.default_rng(0).standard_normal(1300)), flat, FR) == 0.0


def test_shuffling_keeps_the_values_and_breaks_the_period():
    env = _pulse(30, 100, noise=0.1, seed=2)
    sh = chunk_shuffle(env, np.random.default_rng(0))
    assert np.array_equal(np.sort(sh), np.sort(env)) and not np.array_equal(sh, env)
    assert pulse_z(sh, FR) < Z_CHANCE


def test_confidence_scale_and_short_input():
    assert confidence_of(Z_CHANCE) == 0.0 and confidence_of(Z_SURE) == 1.0
    assert 0.0 < confidence_of((Z_CHANCE + Z_SURE) / 2) < 1.0
    assert pulse_z(np.ones(10), FR) == 0.0  # too short to say
    assert np.isfinite(pulse_z(_pulse(0.6, 120, noise=0.2, seed=3), FR))  # shorter than 1 s


def test_chunk_shuffle_is_the_chunks_in_the_generators_order() -> None:
    """The one-gather shuffle gives what cutting into chunks and concatenating them in the
    generator's permutation gives, for the same random draws."""
    from audio_sync.pulse_confidence import CHUNK_FRAMES

    for n in (16, 101, 7806):
        x = np.random.default_rng(n).normal(size=n)
        rng = np.random.default_rng(1)
        cuts = np.cumsum(rng.integers(CHUNK_FRAMES[0], CHUNK_FRAMES[1] + 1, size=n // 4 + 2))
        chunks = np.split(x, cuts[cuts < n])
        expected = np.concatenate([chunks[i] for i in rng.permutation(len(chunks))])
        got = chunk_shuffle(x, np.random.default_rng(1))
        assert np.array_equal(got, expected) and not np.array_equal(got, x)
