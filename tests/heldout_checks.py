"""What every held-out set's generator test needs (tests/test_heldout6.py .. test_heldout10.py, test_heldout_sets.py):
the generator module, one bar's onsets of a band style, and a real-train4 score to refuse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

TRAIN4 = Path.home() / ".cache" / "mvstudio-eval" / "realbeats-train4"


def generator(module: str) -> Any:
    """``make_realbeats_heldoutN`` (its ``SET`` from real-heldout13 on: heldout_scan.HeldoutSet), or a
    skip where the dev set's generator (shared data) is absent."""
    held = pytest.importorskip(module)
    held = getattr(held, "SET", held)
    dev2 = held.held6.dev2 if hasattr(held, "held6") else held.dev2
    if not (dev2.DEV_DIR / "make_dev_set.py").exists():
        pytest.skip("the dev set's generator (shared data) is not on this machine")
    return held


def bar_onsets(band: Any, style: str, bq: float, per_bar: int) -> set[float]:
    """Onsets (in quarters, rounded) of one bar of ``style``'s drums, bass and chords."""
    parts = (band._drum_bar, band._bass_bar, band._chord_bar)
    return {round(o, 6) for part in parts for o, _, _ in part(style, bq, per_bar)}


def train4_score() -> str:
    """A music21 score real-train4 rendered (known from its JSONs only), or a skip."""
    for f in sorted(TRAIN4.glob("*.json")):
        src = str(json.loads(f.read_text()).get("music21_corpus_path"))
        if "ryansMammoth" in src:
            return src
    pytest.skip("real-train4 not rendered here")
