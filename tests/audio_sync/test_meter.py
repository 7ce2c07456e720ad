"""Metre and downbeats: a metre change inside a song is followed (4/4 -> 3/4 -> 4/4), and
2-beat bars are found where the music has them."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.analysis import analyze
from audio_sync.meter import bar_metres
from audio_sync.testsongs import make_song
from audio_sync.types import DecodedAudio


def _glued(parts: list[tuple[float, int, int]], seed: int) -> tuple[DecodedAudio, list[float],
                                                                     list[tuple[float, int]]]:
    """Synthetic songs cut at bar lines and glued: audio, true downbeats, (start_s, metre)."""
    ys, downs, spans, t0 = [], [], [], 0.0
    for j, (bpm, bars, bpb) in enumerate(parts):
        audio, truth = make_song(bpm=bpm, beats_per_bar=bpb, duration_s=(bars + 2) * bpb * 60 / bpm,
                                 seed=seed + j, drumless_breakdown=False)
        d = np.asarray(truth.downbeats_s)
        y = audio.samples[0, int(round(d[0] * 22050)):int(round(d[bars] * 22050))]
        downs += list(d[:bars] - d[0] + t0)
        spans.append((t0, bpb))
        t0 += y.size / 22050
        ys.append(y)
    return DecodedAudio(samples=np.concatenate(ys)[None, :], rate_hz=22050), downs, spans


def test_metre_change_followed():
    audio, downs, spans = _glued([(100.0, 8, 4), (100.0, 8, 3), (128.0, 8, 4)], seed=41)
    bm = analyze(audio)
    est = np.asarray(bm.downbeats_s)
    counts = bar_metres(np.asarray(bm.beats_s), est)
    for (start, bpb), (end, _next) in zip(spans, [*spans[1:], (audio.duration_s, 0)], strict=True):
        inner = (est > start + 2 * bpb * 0.6) & (est < end - 2 * bpb * 0.6)  # skip 2 bars each side
        assert np.mean(counts[inner] == bpb) >= 0.8, (start, bpb, counts[inner])
    hits = [np.min(np.abs(est - d)) < 0.07 for d in downs if d > 2.0]
    assert np.mean(hits) >= 0.9


@pytest.mark.parametrize("bpb", [3, 4])
def test_one_metre_song_keeps_it(bpb):
    audio, truth = make_song(bpm=118, beats_per_bar=bpb, duration_s=20.0, seed=7)
    bm = analyze(audio)
    assert bm.beats_per_bar == bpb
    counts = bar_metres(np.asarray(bm.beats_s), np.asarray(bm.downbeats_s))
    assert np.all(counts[:-1] == bpb)


def test_metre_per_section_and_json_round_trip():
    """A 4/4 -> 3/4 -> 4/4 song: each part's sections carry their own metre, a section starts
    at each change, and the BeatMap JSON keeps them (old JSON without them still loads)."""
    from audio_sync.types import BeatMap

    audio, _downs, spans = _glued([(100.0, 8, 4), (100.0, 8, 3), (128.0, 8, 4)], seed=41)
    bm = analyze(audio)
    starts = [s.start_s for s in bm.sections]
    for start, _bpb in spans[1:]:
        assert np.min(np.abs(np.asarray(starts) - start)) < 0.7  # a bar of 3/4 at 100 BPM is 1.8 s
    for s in bm.sections:
        mid = 0.5 * (s.start_s + s.end_s)
        truth = [bpb for start, bpb in spans if start <= mid][-1]
        assert (s.beats_per_bar, s.metre) == (truth, f"{truth}/4")
    again = BeatMap.from_dict(bm.to_dict())
    assert again == bm
    old = bm.to_dict()
    for s in old["sections"]:
        del s["beats_per_bar"], s["metre"]
    assert BeatMap.from_dict(old).sections[0].metre == ""


def test_five_four_found():
    audio, truth = make_song(bpm=132, beats_per_bar=5, duration_s=20.0, seed=2)
    bm = analyze(audio)
    assert bm.beats_per_bar == 5
    assert {s.metre for s in bm.sections} == {"5/4"}
    est = np.asarray(bm.downbeats_s)
    assert all(np.min(np.abs(est - d)) < 0.07 for d in truth.downbeats_s[1:])


@pytest.mark.parametrize("metre_by_model", [False, True])
def test_the_nets_downbeat_output_places_the_bar_where_nothing_else_does(monkeypatch, metre_by_model) -> None:
    """A plain click track: no chord changes, every click the same, so harmony and kick say
    nothing about the bar. The beat net's downbeat output (here a stand-in peaking on every
    third click from the second) decides metre and phase; without it nothing does. Its hand
    weight at 0 silences it in the hand Viterbi; the learned model reads it at trained weights
    (session 30 record part 1), so the control for the whole is the output removed."""
    from audio_sync import beats, meter
    from audio_sync.features import compute_features
    from audio_sync.types import DecodedAudio

    monkeypatch.setattr(beats, "DOWNBEAT_MODEL_METRE", metre_by_model)
    sr, period = 22050, 0.5
    y = np.zeros(int(16 * sr), np.float32)
    beats_s = np.arange(0.25, 15.5, period)
    for t in beats_s:
        i = int(t * sr)
        y[i:i + 400] += np.hanning(800)[400:] * np.sin(np.arange(400) * 0.3)
    feats = compute_features(DecodedAudio(samples=y[None], rate_hz=sr))
    down = np.zeros(feats.n_frames)
    for t in beats_s[1::3]:
        down[int(round(t * feats.frame_rate_hz))] = 1.0

    def on_the_peaks(bpb: int, downs: np.ndarray) -> bool:
        return bpb == 3 and downs.size == beats_s[1::3].size and np.allclose(downs, beats_s[1::3])

    monkeypatch.setitem(meter.CUE_WEIGHTS, "net", 1.0)
    assert on_the_peaks(*meter.find_downbeats(feats, beats_s, down=down))
    assert not on_the_peaks(*meter.find_downbeats(feats, beats_s, down=None))
    monkeypatch.setitem(meter.CUE_WEIGHTS, "net", 0.0)
    hand = meter.bar_path(meter._hand_score(feats, beats_s, meter._net_read(feats, beats_s, down)), None)
    hand_downs = beats_s[[i for i, (_m, p) in enumerate(hand) if p == 0]]
    assert not on_the_peaks(hand[0][0], hand_downs)


def test_a_short_first_bar_is_counted_back_from_the_second_downbeat():
    """The demo song's hats-only intro gave a 3-beat first bar starting on its second beat, so
    the timeline's "bar 1" began half a second in; the beats before a short first bar are a
    pickup, and the first downbeat is a whole bar before the second."""
    from pathlib import Path

    from audio_sync.analysis import analyze
    from audio_sync.decode import decode_audio
    from audio_sync.meter import _first_bar_whole

    assert _first_bar_whole(np.array([1, 4, 8, 12])).tolist() == [0, 4, 8, 12]
    assert _first_bar_whole(np.array([2, 4, 8, 12])).tolist() == [0, 4, 8, 12]
    assert _first_bar_whole(np.array([1, 3, 8, 13])).tolist() == [1, 3, 8, 13]  # no room before
    assert _first_bar_whole(np.array([1, 5, 9])).tolist() == [1, 5, 9]  # a whole first bar
    assert _first_bar_whole(np.array([1, 5])).tolist() == [1, 5]
    demo = Path(__file__).resolve().parents[2] / "assets" / "demo" / "song.flac"
    bm = analyze(decode_audio(demo))
    assert bm.downbeats_s[0] < 0.05 and np.allclose(np.diff(bm.downbeats_s[:6]), 2.0, atol=0.05)
