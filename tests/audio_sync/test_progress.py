"""Analysis reports its stages, so a slow first run does not look stuck."""

from __future__ import annotations

from audio_sync.analysis import analyze_file
from audio_sync.testsongs import make_song, write_wav


def test_analyze_file_reports_each_stage(tmp_path):
    audio, _ = make_song(bpm=120, duration_s=6.0, seed=5)
    wav = write_wav(tmp_path / "s.wav", audio)
    stages: list[str] = []
    bm = analyze_file(wav, progress=stages.append)
    assert stages == ["decoding", "spectral features", "beats, tempo and metre", "sections"]
    assert len(bm.beats_s) >= 10
    stages.clear()
    analyze_file(wav, cache_dir=tmp_path / "cache")
    analyze_file(wav, cache_dir=tmp_path / "cache", progress=stages.append)
    assert stages == ["decoding"]  # a cache hit skips the analysis stages
