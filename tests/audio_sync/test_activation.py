"""The learned beat activation: numpy inference reproduces torch's, deterministically."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from audio_sync import activation

REFERENCE = Path(__file__).parent / "data" / "beat_tcn_reference.npz"


def test_numpy_inference_matches_torch_reference() -> None:
    # The reference was written by benchmarks/train_beat_tcn.py with torch from the shipped
    # weights: a wrong weight layout, dilation or input scaling changes these outputs.
    with np.load(REFERENCE) as z:
        mel_db, expected = z["mel_db"].astype(np.float32), z["expected"]
    beat, down = activation.beat_activation(mel_db)
    np.testing.assert_allclose(beat, expected[0], atol=2e-5)
    np.testing.assert_allclose(down, expected[1], atol=2e-5)
    assert expected[0].max() - expected[0].min() > 0.01  # the reference is not a constant


def test_inference_is_deterministic_and_chunking_is_exact() -> None:
    rng = np.random.default_rng(7)
    mel_db = np.cumsum(rng.normal(0, 5, (32, 3000)), axis=1).clip(-80, 0).astype(np.float32)
    whole = activation.beat_activation(mel_db, chunk=10_000)
    again = activation.beat_activation(mel_db, chunk=10_000)
    chunked = activation.beat_activation(mel_db, chunk=700)
    np.testing.assert_array_equal(whole[0], again[0])
    np.testing.assert_allclose(chunked[0], whole[0], atol=1e-5)
    np.testing.assert_allclose(chunked[1], whole[1], atol=1e-5)
    assert whole[0].shape == (3000,) and whole[0].dtype == np.float32


def test_activation_peaks_on_the_beats_of_a_synthetic_song() -> None:
    from audio_sync.features import compute_features
    from audio_sync.testsongs import make_song

    audio, truth = make_song(bpm=112, duration_s=12.0, seed=31337)
    feats = compute_features(audio)
    beat, _ = activation.beat_activation(feats.mel_db)
    fr = feats.frame_rate_hz
    on = np.round(np.asarray(truth.beats_s) * fr).astype(int)
    on = on[(on > 2) & (on < beat.size - 2)]
    at_beats = np.array([beat[i - 2:i + 3].max() for i in on])
    half = np.round((np.asarray(truth.beats_s[:-1]) + np.diff(truth.beats_s) / 2) * fr).astype(int)
    half = half[(half > 2) & (half < beat.size - 2)]
    at_offbeats = np.array([beat[i - 1:i + 2].max() for i in half])
    assert np.median(at_beats) > 0.5 > np.median(at_offbeats)


def test_an_ensemble_averages_its_members_probabilities(tmp_path: Path) -> None:
    # Session 7's net (a test fixture) and the shipped one as two members of one file, written
    # by the script that makes ensembles: the activation must be the mean of the two.
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    s7 = Path(__file__).parent / "data" / "beat_tcn_s7.npz"
    out = tmp_path / "pair.npz"
    subprocess.run([sys.executable, str(root / "benchmarks" / "combine_beat_nets.py"), str(out),
                    str(activation.WEIGHTS_PATH), str(s7)], check=True, capture_output=True)
    rng = np.random.default_rng(3)
    mel_db = np.cumsum(rng.normal(0, 5, (32, 900)), axis=1).clip(-80, 0).astype(np.float32)
    x = activation.model_input(mel_db)
    nets = [*activation.members(activation.load_weights()), activation.read_weights(s7)]
    each = [activation.forward(x, net) for net in nets]
    pair = activation.read_weights(out)
    assert len(activation.members(pair)) == len(nets)
    np.testing.assert_allclose(activation.forward(x, pair), np.mean(each, axis=0), atol=1e-6)
    assert np.abs(each[-1] - each[0]).max() > 0.05  # different nets: the mean is not either one


def test_members_of_an_ensemble_can_be_picked_to_replace_the_others(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    s7 = Path(__file__).parent / "data" / "beat_tcn_s7.npz"
    out = tmp_path / "picked.npz"
    script = str(root / "benchmarks" / "combine_beat_nets.py")
    subprocess.run([sys.executable, script, str(out), f"{activation.WEIGHTS_PATH}#0,2", str(s7)], check=True,
                   capture_output=True)
    shipped = activation.members(activation.load_weights())
    picked = activation.members(activation.read_weights(out))
    assert len(picked) == 3
    for got, want in zip(picked, [shipped[0], shipped[2], activation.read_weights(s7)], strict=True):
        np.testing.assert_array_equal(got["in.w"], want["in.w"])
    r = subprocess.run([sys.executable, script, str(tmp_path / "none.npz"), f"{activation.WEIGHTS_PATH}#0,9", str(s7)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "#0,9" in r.stderr and f"members 0 to {len(shipped) - 1}" in r.stderr
    assert not (tmp_path / "none.npz").exists()


def test_combining_a_file_that_is_not_a_net_says_which_and_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    junk = tmp_path / "notanet.npz"
    np.savez(junk, x=np.zeros(3))
    for bad in (junk, tmp_path / "missing.npz"):
        r = subprocess.run([sys.executable, str(root / "benchmarks" / "combine_beat_nets.py"), str(tmp_path / "out.npz"),
                            str(activation.WEIGHTS_PATH), str(bad)], capture_output=True, text=True)
        assert r.returncode == 2 and bad.name in r.stderr and "train_beat_tcn.py" in r.stderr
    assert not (tmp_path / "out.npz").exists()


def test_timing_a_file_that_is_not_a_net_says_which_and_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    junk = tmp_path / "notanet.npz"
    np.savez(junk, x=np.zeros(3))
    for spec in (f"junk={junk}", f"gone={tmp_path / 'missing.npz'}", f"={activation.WEIGHTS_PATH}"):
        r = subprocess.run([sys.executable, str(root / "benchmarks" / "beat_net_speed.py"), "--compare", spec],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 2 and spec in r.stderr and "train_beat_tcn.py" in r.stderr, r.stderr


def test_the_downbeat_row_can_come_from_one_member() -> None:
    # Session 13: the bar choice may read session 8's net's downbeat output (member 0) while the
    # beat output stays the members' mean.
    rng = np.random.default_rng(5)
    mel_db = np.cumsum(rng.normal(0, 5, (32, 600)), axis=1).clip(-80, 0).astype(np.float32)
    x = activation.model_input(mel_db)
    weights = activation.load_weights()
    nets = activation.members(weights)
    assert len(nets) > 1
    mean, first = activation.forward(x, weights), activation.forward(x, weights, down_member=0)
    np.testing.assert_array_equal(first[0], mean[0])
    np.testing.assert_allclose(first[1], activation.forward(x, nets[0])[1], atol=1e-6)
    assert np.abs(first[1] - mean[1]).max() > 0.01


def test_members_added_for_the_beat_row_leave_the_downbeat_row_as_it_was(tmp_path: Path,
                                                                         monkeypatch) -> None:  # noqa: ANN001
    # Session 44: nets added with --down-members N join the beat row only; the downbeat row the
    # bar and half-bar stages were fitted on stays the mean of the first N members.
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    s7 = Path(__file__).parent / "data" / "beat_tcn_s7.npz"
    shipped = activation.load_weights()
    n = activation.fitted_count(shipped)  # the shipped file's own members (a candidate may add more)
    fitted = f"{activation.WEIGHTS_PATH}#{','.join(map(str, range(n)))}"
    out = tmp_path / "beat-only.npz"
    script = str(root / "benchmarks" / "combine_beat_nets.py")
    subprocess.run([sys.executable, script, "--down-members", str(n), str(out), fitted,
                    str(s7)], check=True, capture_output=True)
    added = activation.read_weights(out)
    assert activation.down_count(added) == n and activation.down_count(shipped) == n
    rng = np.random.default_rng(7)
    mel_db = np.cumsum(rng.normal(0, 5, (32, 700)), axis=1).clip(-80, 0).astype(np.float32)
    x = activation.model_input(mel_db)
    each = [activation.forward(x, net) for net in [*activation.members(shipped)[:n], activation.read_weights(s7)]]
    got = activation.forward(x, added)
    np.testing.assert_allclose(got[0], np.mean([e[0] for e in each], axis=0), atol=1e-6)
    np.testing.assert_allclose(got[1], np.mean([e[1] for e in each[:n]], axis=0), atol=1e-6)
    assert np.abs(each[-1][1] - got[1]).max() > 0.05  # the added net's downbeat row differs and is left out
    # The song-level call (the tracker's) reads the key too.
    monkeypatch.setattr(activation, "_WEIGHTS", added)
    activation.forget_last_song()
    beat, down = activation.beat_activation(mel_db)
    activation.forget_last_song()
    np.testing.assert_allclose(down, got[1], atol=1e-5)
    np.testing.assert_allclose(beat, got[0], atol=1e-5)
    for bad in ("0", str(n + 2), "x"):
        r = subprocess.run([sys.executable, script, "--down-members", bad, str(tmp_path / "no.npz"),
                            fitted, str(s7)], capture_output=True, text=True)
        assert r.returncode == 2 and "--down-members" in r.stderr
    assert not (tmp_path / "no.npz").exists()


def test_members_beyond_the_fitted_ones_join_only_the_dp_envelope(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # Session 44 (M-NET-L7E): with --fitted-members N both rows the tracker's stages read stay the
    # first N members' mean; envelope_activation (the DP's envelope) averages every member.
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    s7 = Path(__file__).parent / "data" / "beat_tcn_s7.npz"
    n = activation.fitted_count(activation.load_weights())
    fitted_file = tmp_path / "fitted.npz"  # the shipped file's fitted members alone (a candidate may add more)
    np.savez(fitted_file, **activation.ensemble(activation.members(activation.load_weights())[:n]))
    shipped = activation.read_weights(fitted_file)
    out = tmp_path / "envelope-only.npz"
    subprocess.run([sys.executable, str(root / "benchmarks" / "combine_beat_nets.py"), "--fitted-members", str(n),
                    str(out), str(fitted_file), str(s7)], check=True, capture_output=True)
    added = activation.read_weights(out)
    assert activation.fitted_count(added) == activation.down_count(added) == n
    rng = np.random.default_rng(11)
    mel_db = np.cumsum(rng.normal(0, 5, (32, 800)), axis=1).clip(-80, 0).astype(np.float32)
    x = activation.model_input(mel_db)
    extra = activation.forward(x, activation.read_weights(s7))[0]
    monkeypatch.setattr(activation, "_WEIGHTS", shipped)
    activation.forget_last_song()
    fitted_beat, fitted_down = activation.beat_activation(mel_db)
    assert activation.envelope_activation(mel_db) is None  # the shipped file: the tracker's own row
    monkeypatch.setattr(activation, "_WEIGHTS", added)
    activation.forget_last_song()
    beat, down = activation.beat_activation(mel_db)
    every = activation.envelope_activation(mel_db)
    activation.forget_last_song()
    np.testing.assert_array_equal(beat, fitted_beat)
    np.testing.assert_array_equal(down, fitted_down)
    np.testing.assert_allclose(every, (n * fitted_beat + extra) / (n + 1), atol=1e-5)
    assert np.abs(every - beat).max() > 0.01
    # Without --every-stages only the envelope reads every member; with it, the stages it lists.
    monkeypatch.setattr(activation, "_WEIGHTS", added)
    assert activation.envelope_activation(mel_db, stage=activation.EVERY_ACT_CHECK) is None
    staged = tmp_path / "staged.npz"
    subprocess.run([sys.executable, str(root / "benchmarks" / "combine_beat_nets.py"), "--fitted-members", str(n),
                    "--every-stages", str(activation.EVERY_ENVELOPE + activation.EVERY_HARMONIC), str(staged),
                    str(fitted_file), str(s7)], check=True, capture_output=True)
    monkeypatch.setattr(activation, "_WEIGHTS", activation.read_weights(staged))
    np.testing.assert_allclose(activation.envelope_activation(mel_db, stage=activation.EVERY_HARMONIC), every,
                               atol=1e-6)
    assert activation.envelope_activation(mel_db, stage=activation.EVERY_FIX_PHASE) is None
    activation.forget_last_song()
    r = subprocess.run([sys.executable, str(root / "benchmarks" / "combine_beat_nets.py"), "--every-stages", "16",
                        str(tmp_path / "no.npz"), str(activation.WEIGHTS_PATH), str(s7)], capture_output=True, text=True)
    assert r.returncode == 2 and "--every-stages 16" in r.stderr and not (tmp_path / "no.npz").exists()


def test_the_speed_benchmark_times_the_nets_not_the_per_song_cache(monkeypatch) -> None:  # noqa: ANN001
    # Session 43: since session 40 the activation keeps the last song's member outputs, and
    # beat_net_speed.py timed that cache (0.0 ms) on every repeat.
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import beat_net_speed

    calls: list[int] = []
    run = activation._member_outputs
    monkeypatch.setattr(activation, "_member_outputs", lambda *a, **k: calls.append(1) or run(*a, **k))
    mel_db = np.cumsum(np.random.default_rng(3).normal(0, 5, (32, 400)), axis=1).clip(-80, 0)
    mel_db = mel_db.astype(np.float32)
    first = beat_net_speed.uncached_activation(mel_db)
    second = beat_net_speed.uncached_activation(mel_db)
    assert len(calls) == 2 and np.array_equal(first[0], second[0])
    activation.beat_activation(mel_db)  # the analysis's own repeat of a song stays cached
    assert len(calls) == 2


def test_the_dp_envelope_takes_every_members_row_and_nothing_else_does(monkeypatch) -> None:  # noqa: ANN001
    # Session 44 (M-NET-L7E): track_beats adds envelope_activation's row (when the file has
    # members beyond its fitted ones) to the envelope its DP places the beats on; its level
    # stages keep the tracker's row. An envelope row that peaks half a beat late pulls the beats
    # (on this drummed song only by a few ms: the onsets and the later phase checks hold them).
    from audio_sync import beats
    from audio_sync.features import compute_features
    from audio_sync.testsongs import make_song

    audio, truth = make_song(bpm=100.0, duration_s=20.0, seed=3)
    feats = compute_features(audio)
    asked: set[int] = set()

    def none_but_note(mel_db: np.ndarray, stage: int = activation.EVERY_ENVELOPE) -> None:
        asked.add(stage)

    monkeypatch.setattr(activation, "envelope_activation", none_but_note)  # every stage: the tracker's row
    shipped, _, tempo = beats.track_beats(feats)
    # The stages a file's every_stages can list do ask (the kick-phase veto's row is asked for once).
    assert {activation.EVERY_ENVELOPE, activation.EVERY_ACT_CHECK, activation.EVERY_HARMONIC,
            activation.EVERY_FIX_PHASE} <= asked
    frames = np.arange(feats.mel_db.shape[1]) / feats.frame_rate_hz + beats.DETECTOR_LEAD_S
    late = np.zeros(frames.size, dtype=np.float32)
    for t in np.asarray(truth.beats_s) + 0.3:  # half a beat at 100 BPM
        late[np.abs(frames - t) < 0.03] = 1.0
    monkeypatch.setattr(activation, "envelope_activation",
                        lambda mel_db, stage=activation.EVERY_ENVELOPE: late if stage == activation.EVERY_ENVELOPE else None)
    moved, _, tempo_moved = beats.track_beats(feats)
    assert abs(tempo_moved - tempo) / tempo < 0.02  # the level is the tracker's
    assert moved.size != shipped.size or np.abs(moved - shipped).max() > 0.001
