"""Shared fixtures: an isolated MVSTUDIO_HOME for every test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("mvhome")
    monkeypatch.setenv("MVSTUDIO_HOME", str(home))
    return home
