"""audio_sync: decode songs, find beats/downbeats/tempo/sections, plan cuts, make envelopes.

A leaf library: importing it is cheap (no librosa/av at import time). Typical use::

    from audio_sync.decode import decode_audio
    from audio_sync.analysis import analyze
    from audio_sync.cuts import plan_cuts

    audio = decode_audio("song.mp3")
    beatmap = analyze(audio)
    plan = plan_cuts(beatmap, fps=Fraction(30), every=1, unit="bar")
"""

from audio_sync.errors import AnalysisError, AudioDecodeError, AudioSyncError, CutPlanError

__all__ = ["AudioSyncError", "AudioDecodeError", "AnalysisError", "CutPlanError"]
