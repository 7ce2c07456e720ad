"""Half-time feels and drum and bass tracked at half (65-90 BPM) or, dnb, at a third (58 for 174).

A half-time groove puts its backbeat on beat 3, so kick and snare alone make a plain backbeat at
half the tempo, and the band onsets (which weigh hats at half, so loud hats cannot lead the
pulse) read the half. Two things still tell the tempo: a full-band reading, in which the hats
count, finds twice the tracked tempo; and the hats run at four or more pulses per tracked beat
(sixteenths at 140 are 32nds at 70; triplet hats are sixths). Slow one-drop, r&b and ballads that
a full-band reading also doubles keep eighth hats, two per beat, and stay. Undrummed chorales
whose high band is busy without any structure also fill the tatum positions; their strongest
high-band rises are narrow (a few harmonics), a hat's rise is broadband noise.

Drum and bass can also be read at a third (58 for 174): the band onsets find two thirds of the
tempo (kick and snare every two quarters) and the level rule halves that. There the hats fill the
beat's thirds, the kick and snare repeat at two thirds of the tracked beat at least as strongly as
at the beat itself, and the beat is a weak period of theirs; a slow 6/8 ballad at its dotted
quarter, whose eighths also fill the thirds, repeats strongly at the beat
(``breakbeat_triple``, beats.BREAKBEAT_THIRD).

Drum and bass at its half is mostly tracked on its snares (the backbeats 2 and 4 of 172 are the
beats of 86), and then its kicks fall between the tracked beats: the kick band is much stronger
between the beats than on them, which no groove tracked at its own tempo here shows
(``kicks_between``, beats.KICKS_BETWEEN_DOUBLE; the phase is known only at the end, so the
song is then tracked again at twice the tempo).

Half-time rock and trap whose full band does not read the double (H-T's first test) still show
the feel in their drums: tracked at half, the kick falls on every other tracked beat (1 of the
true bar; the backbeat on 3 takes the others) and never on the tracked beats' midpoints, while
the hats fill the quarter points of the tracked beat. A slow groove with sixteenth hats
syncopates its kick, and a four-on-the-floor kick does not alternate
(``plain_kick_half_time``, beats.HALF_TIME_PLAIN_KICK).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from audio_sync.features import Features

# librosa's tempogram: 384 frames at 22.05 kHz / hop 512 (8.9 s); a window every 16 frames is
# as good as every frame for the mean; librosa's tempo range.
TEMPOGRAM_WINDOW = 384
TEMPOGRAM_HOP = 16
TEMPOGRAM_BPM = (30.0, 320.0)
# The doubled tempo may reach this: drum and bass, the fastest half-time style, runs to ~178.
HALF_TIME_MAX_BPM = 180.0
# The full-band tempo must sit within this of twice the tracked one.
FULL_BAND_TOLERANCE = 0.06
# Mean high-band peak on the tatum positions inside the beat (thirds, or the quarter points that
# are not the midpoint), relative to its peak on the beats. Training and used sets: half-time
# renders >= 0.52 except where the hats play eighths of the true beat (0.12-0.43); one-drop, r&b
# and ballads doubled by the full band <= 0.23, an undrummed reel 0.42.
TATUM_FILL_MIN = 0.5
# Median share of the log-mel bands above 1.3 kHz that rise by more than BREADTH_RISE_DB at once
# in the frames of the strongest high rises (the top BREADTH_TOP of them): drummed renders 0.40-1.0,
# undrummed chorales and a Mozart movement that pass the other tests 0.10-0.20.
BREADTH_MIN = 0.3
BREADTH_RISE_DB = 3.0
BREADTH_TOP = 0.1
BREADTH_FIRST_BAND = 12  # of features.MEL_DB_BANDS (32): 1.3 kHz up
# Where the hats play eighths (or triplets) of the true beat, the tracked half's beats also carry
# kick and snare, so the fill above stays low (0.25-0.50); measured against the beat's midpoint
# (the true off-beat, hats alone) those tatums reach 0.30-0.89 for the half-time rock and drill
# the full band reads at twice the tempo, and at most 0.26 for grooves tracked right whose full
# band also doubles. Drummed jigs and reels of the training sources tracked right reach 0.36-0.37
# and take the floor up to 0.38 (drill at 0.30-0.32 is left). Two undrummed art songs reach
# 0.63-0.65 with narrow rises (breadth 0.30 and 0.35), so this path asks for broader ones (used
# sets and training sources, session 18; beats.HALF_TIME_MIDPOINT, off: even at 0.38 the training
# sources lose seven for three gains, slow r&b with sixteenth hats at its own tempo doubled).
MIDPOINT_FILL_MIN = 0.38
MIDPOINT_BREADTH_MIN = 0.45
# Autocorrelation of the low+mid onsets at the tracked beat: dnb read at a third 0.18-0.41, slow
# 6/8 and 12/8 at their dotted quarter (hats or eighths filling the thirds) 0.60-0.92, and at two
# thirds of the beat minus at the beat: dnb -0.12 .. +0.05, those ballads -0.15 and below (used
# sets and training sources, session 17).
BEAT_REPEAT_MAX = 0.45
CROSS_REPEAT_MIN = -0.135
# Kick band between the tracked beats over on them: dnb tracked at half on its snares 2.4-18.5
# (one 1.7), every drummed excerpt tracked right at 75-92 BPM <= 1.07, slow r&b with its kick on
# the "and" of 2 <= 1.8 (used sets and training sources, session 17); the tracked tempo must be a
# half of drum and bass's (150-180).
KICK_BETWEEN_MIN = 2.0
KICK_DOUBLE_BPM = (75.0, 90.0)
# Drum and bass tracked at half on its snares whose kick is not clearly between the tracked beats
# (K-D's 2.0), K-S (beats.KICKS_AROUND_SNARES): the mid band on the beats, not their midpoints
# (the snare on every tracked beat: dnb 0.26-0.65 between over on); the kick between them at least
# nearly as strongly as on them (dnb 0.86-2.00); and the kick not on every other beat, where rock,
# hip-hop and r&b at their own tempo put it (alternation: dnb 1.01-1.49, prosperity_dnb 2.20;
# every drummed excerpt tracked right at 74-96 BPM that passes the two band tests >= 1.95).
# Each bound is the middle of its gap over the used sets, productions and training sources
# tracked at 74-96 BPM (docs/beat-accuracy/2026-12-04-s34-ks-cues.jsonl): with the other two tests
# passed, the closest excerpts tracked right read kick 0.60, mid 0.98, alternation 1.95.
# Drum and bass tracked at half on its kicks (K-K, beats.SNARES_BETWEEN_DOUBLE): the snare band at
# least this many times stronger between the tracked beats than on them (dnb 1.9-2.1; a song at
# 75-90 BPM tracked at its own tempo has its snares on the beats; record 2026-12-05-s44, part 8).
SNARE_BETWEEN_MIN = 1.5
SNARE_KICK_BETWEEN_MIN = 0.73
SNARE_MID_BETWEEN_MAX = 0.8
SNARE_KICK_ALTERNATION_MAX = 1.7
# A half-time feel over a plain kick (H-K, beats.HALF_TIME_PLAIN_KICK): tracked at 60-80 (its
# double 120-160, the half-time styles' span), hats on the quarter points of the tracked beat as
# strong as on its midpoint (midpoint_fill: half-time rock and trap 0.65-1.62; below 3, where
# compound music at its dotted quarter leaves the midpoint empty: 4-260; the 0.6 floor is not asked
# since H-K-F, beats.PLAIN_KICK_NO_MIDPOINT_FLOOR: UK drill's accented triplet hats leave
# 0.30-0.54, and the kick tests alone keep every excerpt tracked right), the kick on the tracked
# beats and not on their midpoints (half-time 0.00-0.14; hip-hop, funk and r&b with sixteenth hats
# syncopate it: 0.23-1.79) and on every other one (kick on 1, backbeat on 3 of the true bar:
# 3.6-113; a four-on-the-floor kick ~1). Used renders and training sources, session 32.
PLAIN_KICK_BPM = (60.0, 80.0)
PLAIN_KICK_TATUM_MIN = 0.3
PLAIN_KICK_MIDPOINT = (0.6, 3.0)
PLAIN_KICK_BETWEEN_MAX = 0.2
KICK_ALTERNATION_MIN = 2.0
# H-K-A (beats.HALF_TIME_ALTERNATING_KICK): trap's 808 slides reach the tracked beats' midpoints
# (kick between over on 0.20-0.59 at half, over H-K's 0.2) while its kick falls on every other
# tracked beat and almost never on the others (alternation 20-45: the kick on 1, the clap on 3 of
# the true bar). Over the excerpts tracked at 58-82 BPM that pass H-K's other tests
# (docs/beat-accuracy/2026-12-04-s34-hkd44-cues.jsonl), r&b and hip-hop at their own tempo read
# 0.63 and up, alternation 2.2-11.2; each bound is the middle of its gap.
ALTERNATING_KICK_BETWEEN_MAX = 0.61
ALTERNATING_KICK_MIN = 15.0
# E-X2 (beats.EIGHTHS_TO_QUARTERS): a slow 4/4 (pop ballad, r&b, one-drop at 60-75) tracked at its
# eighths (120-148): nothing sounds between the tracked beats (tatum_fill at most 0.08 and the
# midpoint no stronger than the inner tatums, midpoint_fill 0.52-1.30), and the kick falls on one
# tracked beat in four and not on the one opposite it (kick_opposite at most 0.16). Over the 366
# drummed used renders tracked at 105-160 BPM (docs/beat-accuracy/2026-12-04-s36-record.md, part
# 3): half-time rock at its quarter has no subdivision either but its eighth hats fill the
# midpoints (midpoint_fill 0.02-0.16); trap and drill have rolls between the beats (tatum_fill
# 0.32 and up); waltzes and 5/4 with quarter hats have a kick opposite (0.78 and up). At the
# middles of those gaps (tatum 0.2, kick opposite 0.45) a game module at its 125 (uqm shofixt:
# 0.11, 0.21) was halved (record part 4); E-X2b keeps both bounds just above the class.
# midpoint_fill reads the noise floor between a recording's hits (alike at the midpoint and the
# inner tatums); between a drum machine's hits in digital silence it reads 0 and E-X2b keeps the
# tempo it has (tests/audio_sync/test_eighths_to_quarters.py).
EIGHTHS_BPM = (105.0, 160.0)
EIGHTHS_TATUM_MAX = 0.1
EIGHTHS_MIDPOINT_FILL_MIN = 0.35
EIGHTHS_KICK_OPPOSITE_MAX = 0.2


def _inner_tatum_peak(feats: Features, beats_s: np.ndarray) -> float:
    """The high band's mean peak on the beat's inner tatums: the thirds or the quarter points
    that are not the midpoint, the stronger (``beats_s`` has at least 8 beats)."""
    from audio_sync.beats import peaks_at

    inner, ibi = beats_s[1:-2], np.diff(beats_s)[1:-1]
    return max(float(peaks_at(feats.onset_high, np.concatenate(
        [inner + k / per_beat * ibi for k in range(1, per_beat) if 2 * k != per_beat]),
        feats.frame_rate_hz, radius=1).mean()) for per_beat in (3, 4))


def tatum_fill(feats: Features, beats_s: np.ndarray) -> float:
    """The high band's peak on the beat's inner tatums over its peak on the beats: near 1 when
    hats run in sixteenths or triplets of the beat."""
    from audio_sync.beats import peaks_at

    if beats_s.size < 8:
        return 0.0
    on = float(peaks_at(feats.onset_high, beats_s[1:-1], feats.frame_rate_hz).mean())
    return _inner_tatum_peak(feats, beats_s) / on if on > 0.0 else 0.0


def midpoint_fill(feats: Features, beats_s: np.ndarray) -> float:
    """The high band's peak on the beat's inner tatums over its peak on the beat's midpoint: near
    1 when hats run in eighths or triplets of a beat twice as fast as the tracked one."""
    from audio_sync.beats import peaks_at

    if beats_s.size < 8:
        return 0.0
    inner, ibi = beats_s[1:-2], np.diff(beats_s)[1:-1]
    mid = float(peaks_at(feats.onset_high, inner + 0.5 * ibi, feats.frame_rate_hz, radius=1).mean())
    return _inner_tatum_peak(feats, beats_s) / mid if mid > 0.0 else 0.0


def full_band_tempo(feats: Features) -> float:
    """The all-band onsets' tempo the way plain librosa reads it: the mean of 8.9 s windows'
    autocorrelations (each scaled to 1 at lag 0, the windows Hann-tapered, the mean kept: the
    beat's own comb is what counts here), weighted by the log-normal prior around 120 BPM. The
    whole-song autocorrelation of beats._global_tempo reads trap's kick and clap at the half."""
    from audio_sync.beats import tempo_prior

    env, fr = feats.onset_full, feats.frame_rate_hz
    win, hop = TEMPOGRAM_WINDOW, TEMPOGRAM_HOP
    if env.size < win:
        return 0.0
    taper = np.hanning(win)
    total = np.zeros(win)
    for start in range(0, env.size - win + 1, hop):
        spec = np.fft.rfft(env[start:start + win] * taper, 2 * win)
        acf = np.fft.irfft(spec * np.conj(spec))[:win]
        if acf[0] > 0.0:
            total += acf / acf[0]
    lags = np.arange(1, win)
    bpm = 60.0 * fr / lags
    score = np.where((bpm >= TEMPOGRAM_BPM[0]) & (bpm <= TEMPOGRAM_BPM[1]),
                     total[1:] * tempo_prior(bpm), -1.0)
    return float(bpm[int(np.argmax(score))])


def transient_breadth(feats: Features) -> float:
    """How broadband the strongest high rises are: near 1 for hats and snares (noise), low
    where the high band holds only a melody's upper harmonics."""
    rise = np.diff(feats.mel_db[BREADTH_FIRST_BAND:].astype(np.float64), axis=1)
    total = np.maximum(rise, 0.0).sum(axis=0)
    if total.size < 8 or not total.any():
        return 0.0
    strong = total >= np.quantile(total, 1.0 - BREADTH_TOP)
    return float(np.median((rise[:, strong] > BREADTH_RISE_DB).mean(axis=0)))


def half_time_double(feats: Features, bpm: float, grid_at: Callable[[float], np.ndarray], *,
                     midpoint: bool = False) -> float:
    """``2 * bpm`` for a half-time feel tracked at half (see the module docstring), else ``bpm``;
    ``grid_at(bpm)`` gives a beat grid at that tempo (asked for only when the cheap tests pass).
    ``midpoint`` also takes hats in eighths of the true beat (``midpoint_fill``)."""
    if 2.0 * bpm > HALF_TIME_MAX_BPM:
        return bpm
    if abs(full_band_tempo(feats) / (2.0 * bpm) - 1.0) > FULL_BAND_TOLERANCE:
        return bpm
    grid = grid_at(bpm)
    if tatum_fill(feats, grid) >= TATUM_FILL_MIN:
        return 2.0 * bpm if transient_breadth(feats) >= BREADTH_MIN else bpm
    if midpoint and midpoint_fill(feats, grid) >= MIDPOINT_FILL_MIN:
        return 2.0 * bpm if transient_breadth(feats) >= MIDPOINT_BREADTH_MIN else bpm
    return bpm


def breakbeat_triple(feats: Features, bpm: float, grid_at: Callable[[float], np.ndarray]) -> float:
    """``3 * bpm`` for drum and bass tracked at a third (see the module docstring), else ``bpm``."""
    from audio_sync.beats import low_mid_onsets
    from audio_sync.tempo_curve import autocorr

    if 3.0 * bpm > HALF_TIME_MAX_BPM:
        return bpm
    period = 60.0 * feats.frame_rate_hz / bpm
    acf = autocorr(low_mid_onsets(feats))
    if period >= acf.size - 1:
        return bpm
    at_beat, at_two_thirds = np.interp([period, 2.0 * period / 3.0], np.arange(acf.size), acf)
    if at_beat > BEAT_REPEAT_MAX or at_two_thirds - at_beat < CROSS_REPEAT_MIN:
        return bpm
    if transient_breadth(feats) < BREADTH_MIN or tatum_fill(feats, grid_at(bpm)) < TATUM_FILL_MIN:
        return bpm
    return 3.0 * bpm


def kicks_between(feats: Features, beats_s: np.ndarray, bpm: float) -> bool:
    """Whether ``beats_s`` (the final beats, at ``bpm``) look like drum and bass tracked at half
    on its snares (see the module docstring): the caller tracks the song again at twice the tempo."""
    from audio_sync.beats import on_off_peaks

    if not KICK_DOUBLE_BPM[0] <= bpm <= KICK_DOUBLE_BPM[1] or beats_s.size < 8:
        return False
    on, between = on_off_peaks(feats.onset_kick, beats_s[1:-1], feats.frame_rate_hz)
    if between <= 0.0:  # no kick band at all: nothing to read (0 >= 2 * 0 would pass)
        return False
    return between >= KICK_BETWEEN_MIN * on and transient_breadth(feats) >= BREADTH_MIN


def snares_between(feats: Features, beats_s: np.ndarray, bpm: float) -> bool:
    """Whether ``beats_s`` (the final beats, at ``bpm``) look like drum and bass tracked at half on
    its kicks (K-K, K-D's mirror): the kick on the beats (K-D's ratio the other way) and the snares
    between them; the caller tracks the song again at twice the tempo."""
    from audio_sync import beats

    if (not KICK_DOUBLE_BPM[0] <= bpm <= KICK_DOUBLE_BPM[1] or beats_s.size < 8
            or beats.drums_absent(feats)):
        return False
    inner = beats_s[1:-1]
    kick_on, kick_between = beats.on_off_peaks(feats.onset_kick, inner, feats.frame_rate_hz)
    mid_on, mid_between = beats.on_off_peaks(feats.onset_mid, inner, feats.frame_rate_hz)
    if kick_on <= 0.0 or mid_on <= 0.0:
        return False
    return (kick_on >= KICK_BETWEEN_MIN * kick_between and mid_between >= SNARE_BETWEEN_MIN * mid_on
            and transient_breadth(feats) >= BREADTH_MIN)


def kick_alternation(feats: Features, beats_s: np.ndarray) -> float:
    """Mean kick peak on the odd beats over the even ones, the larger over the smaller: ~1 for a
    kick on every beat, large for a kick on every other one."""
    from audio_sync.beats import even_odd_peaks

    if beats_s.size < 4:
        return 1.0
    odd, even = even_odd_peaks(feats.onset_kick, beats_s, feats.frame_rate_hz)
    low, high = min(odd, even), max(odd, even)
    return high / low if low > 0.0 else (np.inf if high > 0.0 else 1.0)


def plain_kick_half_time(feats: Features, beats_s: np.ndarray, bpm: float) -> bool:
    """Whether ``beats_s`` (the final beats, at ``bpm``) are a half-time feel tracked at half over
    a plain kick (H-K; see PLAIN_KICK_BPM): the caller tracks the song again at twice the tempo."""
    from audio_sync import beats

    if (not PLAIN_KICK_BPM[0] <= bpm <= PLAIN_KICK_BPM[1] or beats_s.size < 8
            or beats.drums_absent(feats)):
        return False
    if tatum_fill(feats, beats_s) < PLAIN_KICK_TATUM_MIN:
        return False
    floor = 0.0 if beats.PLAIN_KICK_NO_MIDPOINT_FLOOR else PLAIN_KICK_MIDPOINT[0]
    if not floor <= midpoint_fill(feats, beats_s) < PLAIN_KICK_MIDPOINT[1]:
        return False
    inner = beats_s[1:-1]
    on, between = beats.on_off_peaks(feats.onset_kick, inner, feats.frame_rate_hz)
    alternation = kick_alternation(feats, inner)
    limit = PLAIN_KICK_BETWEEN_MAX
    if beats.HALF_TIME_ALTERNATING_KICK and alternation >= ALTERNATING_KICK_MIN:
        limit = ALTERNATING_KICK_BETWEEN_MAX
    if on <= 0.0 or between >= limit * on:
        return False
    return alternation >= KICK_ALTERNATION_MIN and transient_breadth(feats) >= BREADTH_MIN


def kicks_around_snares(feats: Features, beats_s: np.ndarray, bpm: float) -> bool:
    """Whether ``beats_s`` (the final beats, at ``bpm``) look like drum and bass tracked at half
    on its snares with its kicks around them (K-S; see SNARE_KICK_BETWEEN_MIN): the caller tracks
    the song again at twice the tempo."""
    from audio_sync import beats

    if (not KICK_DOUBLE_BPM[0] <= bpm <= KICK_DOUBLE_BPM[1] or beats_s.size < 8
            or beats.drums_absent(feats)):
        return False
    inner = beats_s[1:-1]
    fr = feats.frame_rate_hz
    kick_on, kick_between = beats.on_off_peaks(feats.onset_kick, inner, fr)
    mid_on, mid_between = beats.on_off_peaks(feats.onset_mid, inner, fr)
    if kick_on <= 0.0 or mid_on <= 0.0:
        return False
    return (kick_between >= SNARE_KICK_BETWEEN_MIN * kick_on
            and mid_between <= SNARE_MID_BETWEEN_MAX * mid_on
            and kick_alternation(feats, inner) < SNARE_KICK_ALTERNATION_MAX
            and transient_breadth(feats) >= BREADTH_MIN)


def kick_opposite(feats: Features, beats_s: np.ndarray) -> float:
    """The kick's mean peak on the tracked beat two after its strongest of every four, over that
    strongest: ~1 for a kick on 1 and 3 (or every beat), ~0 for one kick in four beats."""
    from audio_sync.beats import peaks_at

    kick = peaks_at(feats.onset_kick, beats_s, feats.frame_rate_hz)
    n = kick.size // 4 * 4
    if n < 8:
        return 1.0
    by_position = kick[:n].reshape(-1, 4).mean(axis=0)
    strongest = int(np.argmax(by_position))
    top = float(by_position[strongest])
    return float(by_position[(strongest + 2) % 4]) / top if top > 0.0 else 1.0


def eighths_tracked(feats: Features, beats_s: np.ndarray, bpm: float) -> bool:
    """Whether ``beats_s`` (the final beats, at ``bpm``) look like a slow 4/4 tracked at its
    eighths (E-X2b; see EIGHTHS_BPM): the caller tracks the song again at half the tempo."""
    from audio_sync import beats

    if (not EIGHTHS_BPM[0] <= bpm <= EIGHTHS_BPM[1] or beats_s.size < 10
            or beats.drums_absent(feats)):
        return False
    return (tatum_fill(feats, beats_s) <= EIGHTHS_TATUM_MAX
            and midpoint_fill(feats, beats_s) >= EIGHTHS_MIDPOINT_FILL_MIN
            and kick_opposite(feats, beats_s[1:-1]) <= EIGHTHS_KICK_OPPOSITE_MAX)
