import json
from fractions import Fraction

import numpy as np

from audio_sync.types import BeatMap, Curve, CutPlan, DecodedAudio, Section, Slot


def _roundtrip(obj):
    return type(obj).from_dict(json.loads(json.dumps(obj.to_dict())))


def test_decoded_audio_properties_and_roundtrip():
    samples = np.array([[0.0, 0.5, -0.5, 1.0], [1.0, -1.0, 0.0, 0.0]], dtype=np.float32)
    audio = DecodedAudio(samples=samples, rate_hz=4)
    assert (audio.channels, audio.n_samples, audio.duration_s) == (2, 4, 1.0)
    assert audio.mono().dtype == np.float32
    np.testing.assert_allclose(audio.mono(), [0.5, -0.25, -0.25, 0.5])
    back = _roundtrip(audio)
    np.testing.assert_array_equal(back.samples, samples)
    assert back.rate_hz == 4


def test_curve_at_frame_clamps_and_roundtrips_exact_fps():
    curve = Curve(fps=Fraction(30000, 1001), values=(0.0, 0.5, 1.0))
    assert curve.at_frame(1) == 0.5
    assert curve.at_frame(-3) == 0.0
    assert curve.at_frame(99) == 1.0
    back = _roundtrip(curve)
    assert back == curve and back.fps == Fraction(30000, 1001)


def test_beatmap_and_cutplan_roundtrip():
    bm = BeatMap(duration_s=2.0, n_samples=44100 * 2, rate_hz=44100, tempo_bpm=120.0,
                 tempo_curve=((0.0, 120.0),), beats_s=(0.0, 0.5, 1.0, 1.5),
                 beat_confidence=(1.0, 0.9, 0.8, 0.7), downbeats_s=(0.0,), beats_per_bar=4,
                 sections=(Section(0.0, 2.0, "verse", 0.5),), onsets_s=(0.0, 0.5),
                 pulse_confidence=0.125)
    assert _roundtrip(bm) == bm
    old = bm.to_dict()
    del old["pulse_confidence"]  # a cached result from before the field: trusted, as it was
    assert BeatMap.from_dict(old).pulse_confidence == 1.0
    plan = CutPlan(fps=Fraction(24), total_frames=48, duration_s=2.0, cuts_s=(0.0, 1.0),
                   cut_frames=(0, 24), slots=(Slot(0, 0.0, 1.0, 0, 24, "verse"),
                                              Slot(1, 1.0, 2.0, 24, 48, "verse")))
    assert _roundtrip(plan) == plan
    assert plan.slots[1].duration_frames == 24
