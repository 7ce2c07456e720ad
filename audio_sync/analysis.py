"""Full song analysis (beats, tempo curve, downbeats/metre, sections, onsets) with a disk cache.

``analyze`` is the single entry point the node graph and the CLI use. Results are cached as
``cache_dir/<sha256 of samples + rate>.json`` (written atomically), so re-opening a project
never re-analyses an unchanged song.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from audio_sync.errors import AnalysisError, AudioSyncError
from audio_sync.types import BeatMap, DecodedAudio

ANALYSIS_VERSION = 53  # 2: metre per section, new sections and downbeats; 3: learned beat activation; 4: learned level vote (#15); 5: the vote off, tempo-curve check on; 6: tempo = median of the beats; 7: half-beat phase from harmonic rhythm; 8: phase-fix veto, level on the curve; 9: the phase judge off; 10: activation clause in the no-pulse gate; 11: no gate, pulse confidence (every song with onsets is tracked); 12: tempo steps at the onsets' change point (#15); 13: beat net trained on band arrangements too, half-beat check on the activation (#15); 14: the learned level on, with the backbeat guard (#15); 15: the net's downbeat output in the bar choice (#15); 16: the learned level reaches x3/4 and x4/3, refitted with real-train4 (#15); 18: the beat net an ensemble of two (session 8 + session 12) (#15); 19: an ensemble of three (+ session 12's S16) (#15); 20: no skip guard at x3/4 (V7f) (#15); 21: a kick on every beat vetoes the half-beat check on the activation (#15); 22: the activation's tempo where the onsets' is in no level ratio to it (#15); 23: slow 6/8 and 12/8 to their dotted quarter (third_level) (#15); 24: the learned level without its backbeat guard (#15); 25: half-time feels tracked at half doubled (half_time, H-T) (#15); 26: dnb tracked at half on its snares doubled (K-D) (#15); 27: fast waltzes tracked at half doubled (W-D) (#15); 28: slow 6/8 and 12/8 tracked in quarters to their dotted quarter (C-T) (#15); 29: the net's downbeat cue left out where it follows the snares (N-S) (#15); 30: two other readings of the tempo, from every level the tracker weighs (#15); 31: under a chosen tempo, bar length or half-beat shift, sections found on the tracker's own bars; a chosen half or third of the tempo on the own bars' phase; the creator's bar shift; a short first bar counted back from the second downbeat (#15); 32: the beat net an ensemble of five, two trained on tracker-module productions too (M-NET-PR) (#15); 33: 3/2 of the tempo where a beat DBN on the net holds the pulse there (DBN-3/2) (#15); 34: 3/2 or 3/4 of the tempo where the DBN's beats there are more even (DBN-even); the DBN checks read the middle minute in one pass (#15); 35: the bars' phase from a learned downbeat score where the metre holds (DOWNBEAT-MODEL-D) (#15); 36: its metre too where its own bar path holds one (DOWNBEAT-MODEL-E) (#15); 37: a slow 6/8 or 12/8 that ends in eighths to its dotted quarter (F-T) (#15); 38: no halving of a folk waltz whose held note per phrase looked like a subdivision (PHRASE-GAP-N) (#15); 39: a half-time feel tracked at half over a plain kick doubled (H-K) (#15); 40: undrummed duple music whose beats' midpoints sound like bar starts moved half a beat (P-Q) (#15); 41: H-K without its midpoint floor, for UK drill's triplet hats (H-K-F) (#15); 42: K-D asked again after the DBN's level move (K-D-DBN) (#15); 43: every final level check asked again after it (L-DBN) (#15); 44: drum and bass at half with its kick around the snares doubled on settled beats (K-S) (#15); 45: trap at half whose 808 slides reach the beats' midpoints doubled (H-K-A) (#15); 46: a melody alone in twos or fours above ~170 BPM to its half (F-U3) (#15); 47: house and ska on their off-beats moved onto the kick over the net's veto, from 100 BPM (K-O-A2) (#15); 48: a 12/8 ballad in eighths to its dotted quarter where its backbeat falls on them (D-B) (#15); 49: a slow 4/4 tracked at its eighths with nothing between them and the kick on one in four to its quarter (E-X2b) (#15); 50: a 5/4 tracked at half, whose cymbals repeat at 2.5 tracked beats, to its quarter (Q-D2) (#15); 51: the harmonic half-beat judge on again (H-P50) (#15); 52: undrummed duple music a learned model of seven cues puts on the off half of the bar moved half a beat (P-Q-L3) (#15); 53: undrummed music in twos keeps the grid tracked from the DBN's level where its tempo holds the hint (A-H2) (#15)


def audio_hash(audio: DecodedAudio) -> str:
    """sha256 of the exact samples, rate and analysis version (the cache key)."""
    import hashlib  # here: loading OpenSSL costs ~6 ms, and only cached analyses need it

    h = hashlib.sha256()
    h.update(f"audio_sync-v{ANALYSIS_VERSION}:{audio.rate_hz}:{audio.samples.shape}".encode())
    # The buffer itself, not a .tobytes() copy (212 MB more for a 10-minute stereo song).
    h.update(memoryview(np.ascontiguousarray(audio.samples, dtype="<f4")).cast("B"))
    return h.hexdigest()


Progress = Callable[[str], None]
# Share of a (warm) file analysis done when each stage starts, measured on a 3-minute song
# (decode ~1/3 of the CPU time, features 1/4, beats and metre 1/3): for progress bars.
STAGE_SHARE = {"decoding": 0.0, "spectral features": 0.35, "beats, tempo and metre": 0.6,
               "sections": 0.95}


def analyze(audio: DecodedAudio, *, cache_dir: Path | None = None,
            progress: Progress | None = None, bpm_hint: float = 0.0,
            beats_per_bar: int = 0, shift_half_beat: bool = False, bar_shift: int = 0,
            beat_shift: float = 0.0) -> BeatMap:
    """Analyse ``audio``; read/write ``cache_dir/<sha256>.json`` when a cache dir is given.
    ``progress`` is called with the name of each stage as it starts (for a CLI or GUI).
    ``bpm_hint`` (the tempo the creator hears, 0 = auto) picks the metrical level nearest to
    it; ``beats_per_bar`` (0 = auto) fixes the bar length (audio_sync.tempo_hint);
    ``shift_half_beat`` moves the beats half a beat later (beats.half_beat_later);
    ``bar_shift`` starts every bar that many beats later (beats.bars_later); ``beat_shift``
    moves the beats that fraction of a beat later (beats.beats_later_by)."""
    _validate(audio, bpm_hint=bpm_hint, beats_per_bar=beats_per_bar,
              shift_half_beat=shift_half_beat, bar_shift=bar_shift, beat_shift=beat_shift)
    opts = {"bpm_hint": float(bpm_hint), "beats_per_bar": int(beats_per_bar),
            "shift_half_beat": bool(shift_half_beat), "bar_shift": int(bar_shift),
            "beat_shift": float(beat_shift)}
    path = cache_path(cache_dir, audio, **opts) if cache_dir is not None else None
    if path is not None:
        cached = _read_cache(path)
        if cached is not None:
            return cached
    beatmap = _analyze_uncached(audio, progress, **opts)
    if path is not None:
        _write_cache(path, beatmap.to_dict())
    return beatmap


def cache_path(cache_dir: Path, audio: DecodedAudio, *, bpm_hint: float = 0.0,
               beats_per_bar: int = 0, shift_half_beat: bool = False, bar_shift: int = 0,
               beat_shift: float = 0.0) -> Path:
    """``<sha256>.json``, with the options in the name when set: auto maps keep today's
    names (still valid), and a changed hint re-runs the analysis."""
    opts = f"-hint{float(bpm_hint):g}" if bpm_hint else ""
    opts += f"-bar{int(beats_per_bar)}" if beats_per_bar else ""
    opts += "-halfbeat" if shift_half_beat else ""
    opts += f"-barshift{int(bar_shift)}" if bar_shift else ""
    opts += f"-beatshift{float(beat_shift):g}" if beat_shift else ""
    return Path(cache_dir) / f"{audio_hash(audio)}{opts}.json"


def analyze_file(path: str | Path, *, cache_dir: Path | None = None,
                 use_cache: bool = True, progress: Progress | None = None,
                 bpm_hint: float = 0.0, beats_per_bar: int = 0,
                 shift_half_beat: bool = False, bar_shift: int = 0,
                 beat_shift: float = 0.0) -> BeatMap:
    """Decode ``path`` with PyAV and analyse it; ``use_cache=False`` forces re-analysis
    (the fresh result still refreshes the cache). The song is decoded straight to mono (the
    analysis' input; the same result as analysing the stereo decode, in half the memory)."""
    from audio_sync.decode import decode_audio

    if progress is not None:
        progress("decoding")
    opts: dict[str, Any] = {"bpm_hint": bpm_hint, "beats_per_bar": beats_per_bar,
                            "shift_half_beat": bool(shift_half_beat), "bar_shift": int(bar_shift),
                            "beat_shift": beat_shift}
    _validate(None, **opts)  # before decoding: a bad hint fails fast
    audio = decode_audio(path, mono=True)
    if use_cache or cache_dir is None:
        return analyze(audio, cache_dir=cache_dir, progress=progress, **opts)
    _validate(audio, **opts)
    beatmap = _analyze_uncached(audio, progress, **opts)
    _write_cache(cache_path(cache_dir, audio, **opts), beatmap.to_dict())
    return beatmap


def _validate(audio: DecodedAudio | None, *, bpm_hint: float = 0.0,
              beats_per_bar: int = 0, shift_half_beat: bool = False, bar_shift: int = 0,
              beat_shift: float = 0.0) -> None:
    from audio_sync.tempo_hint import check_bar_shift, check_beat_shift, check_hint

    problem = (check_hint(float(bpm_hint), int(beats_per_bar)) or check_bar_shift(bar_shift)
               or check_beat_shift(beat_shift, bool(shift_half_beat)))
    if problem:
        raise AnalysisError(problem)
    if audio is None:
        return
    if not isinstance(audio, DecodedAudio):
        raise AnalysisError(f"analyze() needs a DecodedAudio, got {type(audio).__name__}")
    if audio.samples.ndim != 2 or audio.n_samples == 0 or audio.rate_hz <= 0:
        raise AnalysisError("the audio is empty or malformed (need shape (channels, n) and rate > 0)")
    if not np.all(np.isfinite(audio.samples)):
        raise AnalysisError("the audio contains NaN or infinite samples; re-decode the file")


def _analyze_uncached(audio: DecodedAudio, progress: Progress | None = None, *,
                      bpm_hint: float = 0.0, beats_per_bar: int = 0,
                      shift_half_beat: bool = False, bar_shift: int = 0,
                      beat_shift: float = 0.0) -> BeatMap:
    from audio_sync.beats import evidence, track
    from audio_sync.features import compute_features
    from audio_sync.sections import find_sections

    def stage(name: str) -> None:
        if progress is not None:
            progress(name)

    try:
        stage("spectral features")
        feats = compute_features(audio)
        stage("beats, tempo and metre")
        # A chosen count does not move the music's sections: they are found on the tracker's own
        # bars, which also give a slower chosen tempo its phase.
        # Both trackings share the song's evidence; a choice at the own tempo reuses its beats.
        shared = evidence(feats)
        chosen = bpm_hint > 0 or beats_per_bar > 0 or shift_half_beat or bar_shift or beat_shift
        own = track(feats, shared=shared) if chosen else None
        rhythm = track(feats, bpm_hint=bpm_hint, beats_per_bar=beats_per_bar,
                       shift_half_beat=shift_half_beat, bar_shift=bar_shift, beat_shift=beat_shift,
                       own=own, shared=shared)
        stage("sections")
        sections = find_sections(feats, rhythm, own=own)
    except AudioSyncError:
        raise
    except Exception as exc:  # numeric corner cases must not crash the caller
        raise AnalysisError(f"beat analysis failed: {type(exc).__name__}: {exc}") from exc
    return BeatMap(
        duration_s=audio.duration_s, n_samples=audio.n_samples, rate_hz=audio.rate_hz,
        tempo_bpm=rhythm.tempo_bpm, tempo_curve=rhythm.tempo_curve, beats_s=rhythm.beats_s,
        beat_confidence=rhythm.confidence, downbeats_s=rhythm.downbeats_s,
        beats_per_bar=rhythm.beats_per_bar, sections=sections, onsets_s=rhythm.onsets_s,
        pulse_confidence=rhythm.pulse_confidence,
        alt_bpm=rhythm.alt_bpm, alt_score=rhythm.alt_score, bpm_hint=float(bpm_hint),
        alt2_bpm=rhythm.alt2_bpm, alt2_score=rhythm.alt2_score,
        hint_beats_per_bar=int(beats_per_bar), shift_half_beat=bool(shift_half_beat),
        bar_shift=int(bar_shift), beat_shift=float(beat_shift),
    )


def _read_cache(path: Path) -> BeatMap | None:
    try:
        with path.open(encoding="utf-8") as fh:
            data: Any = json.load(fh)
        return BeatMap.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged cache entry: just re-analyse


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    """Atomic write (temp file in the same folder + os.replace); failures only skip caching."""
    import tempfile

    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        return  # a read-only or full cache dir must not fail the analysis
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
