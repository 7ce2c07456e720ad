"""Sections: the demo song's four parts, and verse/chorus labels by repetition on a generated
pop form (verses and choruses that differ only by subtle cues)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio_sync.analysis import analyze
from audio_sync.decode import decode_audio
from audio_sync.popsongs import make_pop_song

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo" / "song.flac"


def test_demo_song_four_sections():
    """assets/demo/make_song.py: intro 0-8 (drums enter at 4), verse 8-20, chorus 20-32 (busier
    hats and a lead over the same chords), outro 32-40. The old sections.py gave intro 0-4,
    'chorus' 4-36, outro."""
    bm = analyze(decode_audio(DEMO))
    got = [(s.label, round(s.start_s)) for s in bm.sections]
    assert got == [("intro", 0), ("verse", 8), ("chorus", 20), ("outro", 32)]


def test_pop_form_verses_and_choruses_by_repetition():
    audio, truth, bar_s = make_pop_song(2)  # intro-verse-chorus-verse-chorus-outro
    bm = analyze(audio)
    est = np.asarray([s.start_s for s in bm.sections[1:]])
    assert len(est) == len(truth) - 1
    assert all(np.min(np.abs(est - t.start_s)) <= 0.5 for t in truth[1:])
    assert [s.label for s in bm.sections] == [s.label for s in truth]


@pytest.mark.parametrize("seconds", [0.6, 3.0])
def test_short_audio_one_section(seconds):
    audio, _truth, _bar = make_pop_song(3)
    n = int(seconds * audio.rate_hz)
    from audio_sync.types import DecodedAudio

    bm = analyze(DecodedAudio(samples=audio.samples[:, :n], rate_hz=audio.rate_hz))
    assert len(bm.sections) == 1 and bm.sections[0].end_s == pytest.approx(seconds)


@pytest.mark.parametrize(("metres", "changes"), [
    ([4, 4, 4, 3, 4, 4, 4], []),           # one odd bar is a fill, not a new metre
    ([4, 4, 4, 3, 3, 3, 4, 4], [3, 6]),
    ([4, 4, 4, 4, 3], []),                 # nor is one odd bar at the end ...
    ([3, 4, 4, 4], []),                    # ... or at the start (a pickup)
    ([4, 4, 2, 3, 3, 3], [3]),
])
def test_metre_changes_need_two_bars(metres, changes):
    from audio_sync.sections import _metre_changes

    assert _metre_changes(np.array(metres)) == changes
