import subprocess
import sys

import numpy as np

from audio_sync.decode import decode_audio
from audio_sync.testsongs import click_track, corpus, make_song, write_wav


def test_truth_is_consistent():
    audio, truth = make_song(bpm=97, beats_per_bar=3, duration_s=8.0, drift=0.06, seed=4)
    assert audio.rate_hz == 22050 and audio.n_samples == 8 * 22050
    beats = np.asarray(truth.beats_s)
    assert np.all(np.diff(beats) > 0) and beats[-1] < 8.0
    assert set(truth.downbeats_s) <= set(truth.beats_s)
    assert truth.downbeats_s == truth.beats_s[::3]
    secs = truth.sections
    assert secs[0].start_s == 0.0 and secs[-1].end_s == 8.0
    assert all(a.end_s == b.start_s for a, b in zip(secs, secs[1:], strict=False))
    assert float(np.max(np.abs(audio.samples))) <= 0.9


def test_song_is_deterministic_and_corpus_is_complete():
    a, _ = make_song(bpm=120, duration_s=3.0, seed=9)
    b, _ = make_song(bpm=120, duration_s=3.0, seed=9)
    np.testing.assert_array_equal(a.samples, b.samples)
    specs = corpus()
    assert len(specs) >= 30 and len({s.name for s in specs}) == len(specs)
    assert all(s.kwargs["duration_s"] == 30.0 for s in specs)
    bpms = [s.kwargs["bpm"] for s in specs]
    assert min(bpms) <= 70 and max(bpms) >= 180


def test_write_wav_and_click_track(tmp_path):
    audio, clicks = click_track(bpm=150, duration_s=2.0, offset_s=0.1)
    assert clicks[0] == 0.1 and len(clicks) == 5
    path = write_wav(tmp_path / "click.wav", audio)
    assert not list(tmp_path.glob("*.tmp"))
    assert decode_audio(path).n_samples == audio.n_samples


def test_package_import_is_cheap():
    code = ("import sys, audio_sync, audio_sync.types, audio_sync.errors; "
            "heavy = [m for m in ('librosa', 'av', 'numba', 'scipy') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
