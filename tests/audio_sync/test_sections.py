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


def test_sections_hold_under_every_choice_of_count():
    """The creator's choice of tempo, bar length or beat phase does not move the music's
    sections. Found on the chosen beats, pop form 3 (94 BPM) read at its offered 189 BPM had 39
    sections, and at 63 BPM only two of its five boundaries were within 0.5 s (benchmarks/
    sections_accuracy.py --chosen)."""
    audio, truth, _bar = make_pop_song(3)
    auto = analyze(audio)
    starts = np.asarray([s.start_s for s in auto.sections])
    assert [s.label for s in auto.sections] == [s.label for s in truth]
    choices = [{"bpm_hint": round(b)} for b in (auto.alt_bpm, auto.alt2_bpm)]
    assert sorted(round(c["bpm_hint"] / auto.tempo_bpm, 1) for c in choices) == [0.7, 2.0]
    for choice in [*choices, {"shift_half_beat": True}, {"beats_per_bar": 3}]:
        bm = analyze(audio, **choice)
        assert [s.label for s in bm.sections] == [s.label for s in auto.sections], choice
        got = np.asarray([s.start_s for s in bm.sections])
        beat = 60.0 / bm.tempo_bpm
        assert np.all(np.abs(got - starts) <= 0.25 * beat + 1e-6), (choice, got, starts)
        # a start is on a chosen beat, or (none near) where the music changes
        on_beat = [np.min(np.abs(np.asarray(bm.beats_s) - t)) < 1e-9 for t in got[1:]]
        assert all(b or t == s for b, t, s in zip(on_beat, got[1:], starts[1:], strict=True)), choice
        assert any(on_beat) != ("shift_half_beat" in choice), choice
        # each section's metre is the chosen count's
        assert {s.beats_per_bar for s in bm.sections} == {bm.beats_per_bar}, choice
    assert analyze(audio, beats_per_bar=3).sections[1].metre == "3/4"


def test_chosen_count_start_stays_on_the_music_when_no_chosen_beat_is_near():
    """Beats moved half a beat later leave every section start half a beat from them: the start
    stays on the tracker's own downbeat, where the music changes."""
    from audio_sync.beats import track
    from audio_sync.features import compute_features
    from audio_sync.sections import find_sections

    audio, _truth, _bar = make_pop_song(3)
    feats = compute_features(audio)
    own = track(feats)
    shifted = track(feats, shift_half_beat=True)
    mine = find_sections(feats, own)
    theirs = find_sections(feats, shifted, own=own)
    assert [s.start_s for s in theirs] == [s.start_s for s in mine]
    assert find_sections(feats, own, own=own) == mine


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
