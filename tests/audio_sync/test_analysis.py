import json

import mir_eval
import numpy as np
import pytest

from audio_sync.analysis import analyze, analyze_file, audio_hash
from audio_sync.errors import AnalysisError
from audio_sync.testsongs import write_wav
from audio_sync.types import SECTION_LABELS, BeatMap, DecodedAudio


def _beat_f(ref, est) -> float:
    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(np.asarray(ref)),
                                         mir_eval.beat.trim_beats(np.asarray(est))))


def test_analyze_offbeat_hats_song(song_120):
    audio, truth = song_120
    bm = analyze(audio)
    assert isinstance(bm, BeatMap)
    assert bm.n_samples == audio.n_samples and bm.rate_hz == audio.rate_hz
    assert abs(bm.tempo_bpm - 120.0) / 120.0 < 0.04
    assert _beat_f(truth.beats_s, bm.beats_s) >= 0.9
    assert len(bm.beat_confidence) == len(bm.beats_s)
    assert all(0.0 <= c <= 1.0 for c in bm.beat_confidence)
    assert set(bm.downbeats_s) <= set(bm.beats_s)
    assert bm.sections and bm.sections[0].start_s == 0.0
    assert bm.sections[-1].end_s == pytest.approx(audio.duration_s)
    assert all(s.label in SECTION_LABELS for s in bm.sections)


def test_cache_roundtrip_and_no_cache(tmp_path, song_120):
    audio, _ = song_120
    path = write_wav(tmp_path / "song.wav", audio)
    cache = tmp_path / "cache"
    first = analyze_file(path, cache_dir=cache)
    files = list(cache.glob("*.json"))
    assert len(files) == 1 and not list(cache.glob("*.tmp"))
    # Poison the cache entry: a cached read returns it, use_cache=False re-analyses.
    data = json.loads(files[0].read_text())
    data["tempo_bpm"] = 1.0
    files[0].write_text(json.dumps(data))
    assert analyze_file(path, cache_dir=cache).tempo_bpm == 1.0
    fresh = analyze_file(path, cache_dir=cache, use_cache=False)
    assert fresh.tempo_bpm == first.tempo_bpm
    assert json.loads(files[0].read_text())["tempo_bpm"] == first.tempo_bpm


def test_damaged_cache_is_ignored(tmp_path, song_120):
    audio, _ = song_120
    short = DecodedAudio(samples=audio.samples[:, : audio.rate_hz * 4], rate_hz=audio.rate_hz)
    (tmp_path / f"{audio_hash(short)}.json").write_text("{not json")
    assert analyze(short, cache_dir=tmp_path).duration_s == pytest.approx(4.0)


@pytest.mark.parametrize("samples", [np.zeros((1, 0), np.float32),
                                     np.full((1, 1000), np.nan, np.float32)])
def test_bad_audio_raises_analysis_error(samples):
    with pytest.raises(AnalysisError):
        analyze(DecodedAudio(samples=samples, rate_hz=22050))


def test_silence_and_tiny_inputs_do_not_crash():
    for n in (10, 22050 * 3):
        bm = analyze(DecodedAudio(samples=np.zeros((2, n), np.float32), rate_hz=22050))
        assert bm.duration_s == pytest.approx(n / 22050)
        assert bm.sections and bm.sections[-1].end_s == pytest.approx(n / 22050)


def test_real_excerpt_beats(real_dir):
    """2.8 s of real music with hand-annotated beats (time, position in bar; about 87 BPM).

    Every eighth note carries a hit and two off-beat eighths are the loudest onsets of the
    clip, which used to double the tempo (and call it 3/4). Untrimmed: mir_eval's 5 s trim
    would leave no beats.
    """
    ann = np.loadtxt(real_dir / "madmom-sample.beats")
    ref, position = ann[:, 0], ann[:, 1]
    bm = analyze_file(real_dir / "madmom-sample.wav")
    assert float(mir_eval.beat.f_measure(ref, np.asarray(bm.beats_s))) >= 0.95
    true_bpm = 60.0 / float(np.mean(np.diff(ref)))
    assert abs(bm.tempo_bpm - true_bpm) / true_bpm <= 0.04
    assert bm.beats_per_bar == int(position.max())
    downs = np.asarray(bm.downbeats_s)
    assert all(np.min(np.abs(downs - t)) <= 0.07 for t in ref[position == 1])


def test_real_808_tempo(real_dir):
    bm = analyze_file(real_dir / "808kick-120bpm.mp3")
    assert abs(bm.tempo_bpm - 120.0) / 120.0 < 0.04
