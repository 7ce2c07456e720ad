"""Candidate P-NET-F (beats.PLACEMENT_NET_FINAL, record s40 parts 5-7): the shipped tracking's
beats placed again at their own tempo on another ensemble's activation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audio_sync import activation, beats
from tests.audio_sync.drum_synth import groove

ROOT = Path(__file__).resolve().parents[2]


def _mel(seed: int, frames: int = 2000) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.cumsum(rng.normal(0, 5, (32, frames)), axis=1).clip(-80, 0).astype(np.float32)


def _placement_file(tmp_path: Path, shared: str, *own: Path) -> Path:
    out = tmp_path / "place.npz"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "combine_beat_nets.py"), "--shared", shared, str(out),
                    *map(str, own)], check=True, capture_output=True)
    return out


def test_the_placement_mean_is_its_shared_members_and_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s7 = Path(__file__).parent / "data" / "beat_tcn_s7.npz"
    monkeypatch.setattr(activation, "_PLACE", activation.read_weights(_placement_file(tmp_path, "0,2", s7)))
    mel = _mel(4)
    x = activation.model_input(mel)
    shipped = activation.members(activation.load_weights())
    nets = [shipped[0], shipped[2], activation.read_weights(s7)]
    want = np.mean([activation.forward(x, net)[0] for net in nets], axis=0)
    np.testing.assert_allclose(activation.placement_activation(mel), want, atol=1e-6)
    # chunked like the shipped activation: the same at the joins
    np.testing.assert_allclose(activation.placement_activation(mel.copy(), chunk=700), want, atol=1e-6)


def test_the_shipped_members_run_once_per_song_and_again_for_other_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = activation._member_outputs
    monkeypatch.setattr(activation, "_member_outputs", lambda *a: calls.append(1) or real(*a))
    mel = _mel(5, 600)
    first = activation.beat_activation(mel)
    again = activation.beat_activation(mel)
    assert len(calls) == 1 and all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    activation.beat_activation(mel.copy())  # another song (another array): computed
    assert len(calls) == 2
    monkeypatch.setattr(activation, "_WEIGHTS", activation.members(activation.load_weights())[0])
    activation.beat_activation(mel)  # other weights (a benchmark's column): computed
    assert len(calls) == 3


def test_p_net_f_ships_off() -> None:
    assert beats.PLACEMENT_NET_FINAL is False  # its rule's productions step missed (record s40 part 7)


def test_placed_again_on_the_shipped_nets_the_beats_stay_where_they_were(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Members 0-3 shared and member 4 as its own: the shipped mean, so placing the shipped beats
    # again moves none of them by more than a frame (the pass is the tracker's own second pass).
    member4 = tmp_path / "m4.npz"
    np.savez(member4, **activation.members(activation.load_weights())[4])
    monkeypatch.setattr(activation, "_PLACE", activation.read_weights(_placement_file(tmp_path, "0,1,2,3", member4)))
    feats, _ = groove(120.0, "funk")
    found, _, tempo = beats.track_beats(feats)
    again = beats._placed_again(feats, beats.beat_onset(feats), found, tempo)
    assert again.size == found.size and np.abs(again - found).max() <= 1.0 / feats.frame_rate_hz


def test_combining_a_placement_file_needs_one_own_net_and_records_the_shared_members(tmp_path: Path) -> None:
    s7 = Path(__file__).parent / "data" / "beat_tcn_s7.npz"
    with np.load(_placement_file(tmp_path, "0,1,2", s7)) as z:
        assert list(z["shared"]) == [0, 1, 2] and int(z["members"]) == 1
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "combine_beat_nets.py"), "--shared", "0",
                        str(tmp_path / "x.npz")], capture_output=True, text=True)
    assert r.returncode == 2 and not (tmp_path / "x.npz").exists()
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "combine_beat_nets.py"), "--shared",
                        str(tmp_path / "x.npz"), str(s7)], capture_output=True, text=True)
    assert r.returncode == 2 and "--shared 0,1,2" in r.stderr and not (tmp_path / "x.npz").exists()


def test_p_net_f_places_the_beats_again_and_never_moves_the_tempo(monkeypatch: pytest.MonkeyPatch) -> None:
    feats, quarters = groove(120.0, "funk")
    monkeypatch.setattr(beats, "PLACEMENT_NET_FINAL", False)
    off = beats.track(feats)
    placed = []
    real = beats._placed_again
    monkeypatch.setattr(beats, "_placed_again", lambda *a: placed.append(1) or real(*a))
    monkeypatch.setattr(beats, "PLACEMENT_NET_FINAL", True)
    on = beats.track(feats)
    assert placed == [1] and on.tempo_bpm == off.tempo_bpm
    import mir_eval

    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(np.asarray(on.beats_s))) >= 0.9
    # A chosen tempo's beats are not placed again (DIVISOR_PHASE off: it would track the song's
    # own automatic beats as well, and those are).
    monkeypatch.setattr(beats, "DIVISOR_PHASE", False)
    beats.track(feats, bpm_hint=60.0)
    assert placed == [1]


def test_beats_that_change_tempo_are_not_placed_again() -> None:
    feats, _ = groove(120.0, "funk")
    steps = np.concatenate([0.5 * np.arange(20), 9.5 + 0.4 * np.arange(1, 20)])  # 120 -> 150 BPM
    assert beats._placed_again(feats, beats.beat_onset(feats), steps, 120.0) is steps


def test_r_f_places_again_on_the_shipped_nets_and_ships_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert beats.REPLACE_FINAL is False  # its pristine step failed (record s40 part 12)
    feats, _ = groove(120.0, "funk")
    monkeypatch.setattr(beats, "PLACEMENT_NET_FINAL", False)
    monkeypatch.setattr(beats, "REPLACE_FINAL", True)
    seen = []
    real = beats._placed_again
    monkeypatch.setattr(beats, "_placed_again", lambda *a: seen.append(a[4]) or real(*a))
    monkeypatch.setattr(activation, "placement_activation", lambda *a, **k: pytest.fail("R-F reads no other nets"))
    on = beats.track(feats)
    shipped = activation.beat_activation(feats.mel_db)[0]
    assert len(seen) == 1 and np.array_equal(seen[0], shipped.astype(np.float64))
    assert on.tempo_bpm == pytest.approx(120.0, rel=0.02)


def test_r_f2_leaves_beats_that_divide_in_three_as_tracked(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 6/8 groove counted in dotted quarters: its eighths fill a third and two thirds of each beat,
    # so R-F2 does not place it again (in threes a fresh pass can land on another eighth).
    feats, dotted = groove(60.0, "six8")
    found = dotted + beats.DETECTOR_LEAD_S
    act = activation.beat_activation(feats.mel_db)[0].astype(np.float64)
    assert beats._placed_again(feats, beats.beat_onset(feats), found, 60.0, act) is found
    four, quarters = groove(120.0, "funk")  # in twos: placed again (a new array)
    act = activation.beat_activation(four.mel_db)[0].astype(np.float64)
    passed = quarters + beats.DETECTOR_LEAD_S
    assert beats._placed_again(four, beats.beat_onset(four), passed, 120.0, act) is not passed
