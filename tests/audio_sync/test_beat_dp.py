"""The DP beat tracker keeps its phase through passages where an off-beat note is louder."""

import numpy as np

from audio_sync.beat_dp import track_frames

FR = 22050 / 512
PERIOD = 20.0  # frames per beat (129 BPM)


def _envelope(*, pickup: float, n_beats: int = 60) -> np.ndarray:
    """A beat on every period; a pick-up 2/3 of a beat later, soft except in beats 20-35 where
    it is ``pickup`` times as loud as the beat (which still sounds)."""
    env = np.zeros(int(n_beats * PERIOD))
    for k in range(n_beats):
        i = int(k * PERIOD)
        env[i] += 1.0
        env[int(i + 2 * PERIOD / 3)] += pickup if 20 <= k < 36 else 0.4
    return env


def _share_on_beat(frames: np.ndarray) -> float:
    mid = frames[(frames > 22 * PERIOD) & (frames < 34 * PERIOD)]
    phase = (mid / PERIOD) % 1.0
    return float(np.mean((phase < 0.1) | (phase > 0.9)))


def test_louder_pickups_do_not_pull_the_grid_off_the_beat():
    bpm = 60.0 * FR / PERIOD
    assert _share_on_beat(track_frames(_envelope(pickup=1.4), bpm, FR)) == 1.0
    # librosa's tightness (100) slides onto the pick-ups here: the test measures the decision
    assert _share_on_beat(track_frames(_envelope(pickup=1.4), bpm, FR, tightness=100.0)) == 0.0


def test_pickups_that_replace_the_beat_are_followed():
    """Tightness is not rigidity: when the beat itself falls silent and only the off-beat
    note sounds for 16 beats, the DP follows the sound rather than an empty grid."""
    env = _envelope(pickup=1.5)
    for k in range(20, 36):
        env[int(k * PERIOD)] = 0.0
    frames = track_frames(env, 60.0 * FR / PERIOD, FR)
    assert _share_on_beat(frames) < 0.5


def _dp_frame_by_frame(local: np.ndarray, fpb: np.ndarray, tightness: float) -> tuple[np.ndarray, np.ndarray]:
    """The recursion the block DP vectorises, one frame at a time: the best predecessor between
    half and twice the frame's period back, scored minus the log-interval penalty."""
    cum, back = np.zeros(local.size), np.full(local.size, -1)
    thresh, started = 0.01 * local.max(), False
    for i in range(local.size):
        lo, hi = int(np.round(fpb[i] / 2)), int(np.round(2 * fpb[i]))
        d = np.arange(lo, min(hi, i) + 1)
        if d.size:
            score = cum[i - d] - tightness * (np.log(d) - np.log(fpb[i])) ** 2
            k = int(np.argmax(score))
            cum[i], back[i] = local[i] + score[k], i - d[k]
        else:
            cum[i] = local[i]
        started = started or local[i] >= thresh
        back[i] = back[i] if started else -1
    return back, cum


def test_the_block_dp_is_the_frame_by_frame_recursion_at_steady_and_changing_tempo() -> None:
    """The steady-period fast path (a sliding window of cum) and the general block path both
    give the frame-by-frame DP's links and scores."""
    from audio_sync.beat_dp import TIGHTNESS, _dp

    rng = np.random.default_rng(5)
    local = rng.random(900) ** 4
    local[:30] = 0.0  # a silent start: no chain begins there
    steady = np.full(local.size, 21.25)
    ramp = np.round(np.linspace(24.0, 17.0, local.size) * 4) / 4
    for fpb in (steady, ramp, np.concatenate([steady[:450], ramp[450:]])):
        back, cum = _dp(local, fpb, TIGHTNESS)
        ref_back, ref_cum = _dp_frame_by_frame(local, fpb, TIGHTNESS)
        assert np.array_equal(back, ref_back)
        assert np.allclose(cum, ref_cum, rtol=1e-12, atol=1e-12)
