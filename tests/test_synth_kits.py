"""benchmarks/synth_kits.py (the synthesized drum kits, real-heldout25 on) and its hook in
heldout6_kits' sampler: every family sounds every note, finite and bounded; a name gives the
same samples every time; kits differ across seeds and families; the Hydrogen kits play exactly
as before the hook (md5 of a fixed render, taken before synth_kits existed)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import synth_kits  # noqa: E402
from synth_kits import (  # noqa: E402
    CLAP,
    CONGA,
    COWBELL,
    CRASH,
    HAT,
    KICK,
    NOTES,
    OPEN,
    PEDAL,
    RIDE,
    RIM,
    SNARE,
)

SR = 44100
KITS = [f"synth:{f}-{s}" for f in synth_kits.FAMILIES for s in (1, 2)]


@pytest.mark.parametrize("kit", KITS)
def test_every_note_sounds(kit: str) -> None:
    synth_kits.assert_kit_sounds(kit, set(NOTES), SR)
    for n in NOTES:
        y = synth_kits.hit(kit, n, 127, SR)
        assert y.shape[1] == 2 and len(y) > 0.05 * SR
        assert np.isfinite(y).all() and 0.1 < np.abs(y).max() <= 1.0, (kit, n)


@pytest.mark.parametrize("kit", KITS[::2])
def test_velocity_scales_the_hit(kit: str) -> None:
    loud, soft = synth_kits.hit(kit, SNARE, 120, SR), synth_kits.hit(kit, SNARE, 60, SR)
    assert np.allclose(soft * 2, loud)


def test_deterministic() -> None:
    kit = "synth:acoustic-11"
    a = {n: synth_kits.one_shot(kit, n, SR).copy() for n in NOTES}
    synth_kits.one_shot.cache_clear()
    synth_kits.params.cache_clear()
    b = {n: synth_kits.one_shot(kit, n, SR) for n in NOTES}
    assert all(np.array_equal(a[n], b[n]) for n in NOTES)
    assert synth_kits.kit_md5(kit) == synth_kits.kit_md5(kit)


def test_kits_differ_across_seeds_and_families() -> None:
    md5s = {synth_kits.kit_md5(k) for k in KITS}
    assert len(md5s) == len(KITS)
    for n in NOTES:  # every voice differs, not only the kit as a whole
        a, b = synth_kits.hit("synth:analog-1", n, 100, SR), synth_kits.hit("synth:analog-2", n, 100, SR)
        assert a.shape != b.shape or not np.allclose(a, b)


def _centroid(y: np.ndarray) -> float:
    m = y.mean(axis=1)[: int(0.1 * SR)]
    spec = np.abs(np.fft.rfft(m)) ** 2  # power-weighted
    f = np.fft.rfftfreq(len(m), 1 / SR)
    return float((spec * f).sum() / spec.sum())


@pytest.mark.parametrize("kit", KITS)
def test_kicks_low_hats_bright_snares_between(kit: str) -> None:
    """What the spectrogram showed, as numbers: the kick's energy low, hats and cymbals high."""
    kick, snare, hat = (_centroid(synth_kits.hit(kit, n, 100, SR)) for n in (KICK, SNARE, HAT))
    assert kick < 900 < snare < hat and hat > 3000, (kick, snare, hat)  # lofi hats are the darkest
    for n in (OPEN, PEDAL, CRASH, RIDE):
        assert _centroid(synth_kits.hit(kit, n, 100, SR)) > 2500, n
    for n in (CONGA, COWBELL, CLAP, RIM):
        assert np.abs(synth_kits.hit(kit, n, 100, SR)).max() > 0.1


def test_names() -> None:
    assert synth_kits.parse("synth:fm-2501") == ("fm", 2501)
    for bad in ("synth:tr808-1", "synth:analog", "Audiophob", "synth:analog-x"):
        with pytest.raises(AssertionError):
            synth_kits.parse(bad)


# md5 of heldout6_kits.render(kit, HITS, 44100) (float64 bytes), taken before the synth hook existed
HITS = [(0.0, KICK, 100), (0.25, HAT, 64), (0.5, SNARE, 110), (0.75, OPEN, 80), (1.0, CLAP, 90),
        (1.1, RIM, 70), (1.2, PEDAL, 50), (1.3, CRASH, 100), (1.5, RIDE, 80), (1.7, COWBELL, 90),
        (1.9, CONGA, 100)]
BEFORE = {"ElectricEmpireKit": ("bf2b3bc22a885cc62b19d9d0209582d0", "f4706a65c589caaf8c58949e44c1a98e"),
          "Audiophob": ("e08df3f65541dc23ea7e03c80a9721a9", "de62d2c2826798fcf4ab6a782b9aa231"),
          "ForzeeStereo": ("ae19d004592a6f3887283b016ca6c088", "4b0016b1276575b6af76100ce6e2f49e"),
          "circAfrique v4": ("fea44f777412fd600e0d1b799cca982a", "7dbe15cabf2cdbb8713ecef02aaec1fa")}


@pytest.mark.parametrize("kit", sorted(BEFORE))
def test_hydrogen_kits_play_as_before(kit: str) -> None:
    kits = pytest.importorskip("heldout9_kits")  # the sampler with every earlier set's kits
    if not (kits.ROOT / kit / "drumkit.xml").exists():
        pytest.skip("apt hydrogen-drumkits not installed")
    y = kits.render(kit, HITS, SR)
    assert (hashlib.md5(np.ascontiguousarray(y).tobytes()).hexdigest(), kits.kit_md5(kit)) == BEFORE[kit]


def test_the_sampler_hands_synth_kits_over() -> None:
    kits = pytest.importorskip("heldout6_kits")
    kit = "synth:lofi-3"
    assert np.array_equal(kits.hit(kit, HAT, 90, SR), synth_kits.hit(kit, HAT, 90, SR))
    assert kits.kit_md5(kit) == synth_kits.kit_md5(kit)
    kits.assert_kit_sounds(kit, {KICK, SNARE, HAT})
    y = kits.render(kit, HITS, SR)
    assert np.isfinite(y).all() and np.abs(y).max() > 0.1
