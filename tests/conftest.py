"""Shared fixtures: an isolated MVSTUDIO_HOME for every test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("mvhome")
    monkeypatch.setenv("MVSTUDIO_HOME", str(home))
    return home


@pytest.fixture
def tracker_between_the_beats(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tracker's first reading put half a beat late (between the song's beats): the premise of
    the tests of what moves the beats back onto the bar's strong half (P-Q, P-Q-L3, tempo choice).
    P-NET-F and R-F off: they place the beats again from scratch, before P-Q is asked."""
    from audio_sync import beats

    monkeypatch.setattr(beats, "PLACEMENT_NET_FINAL", False)
    monkeypatch.setattr(beats, "REPLACE_FINAL", False)

    real = beats.track_beats

    def off_the_beat(feats, **kw):  # noqa: ANN001, ANN202
        found, conf, tempo = real(feats, **kw)
        between = beats.half_beat_later(found, feats.duration_s)
        return between, conf[:between.size], tempo

    monkeypatch.setattr(beats, "track_beats", off_the_beat)
