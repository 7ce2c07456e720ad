"""Song sections: boundaries on downbeats from bar-level novelty, labels by repetition and energy.

Each bar (downbeat to downbeat) gets a feature vector: loudness and three band levels, drum
activity per band, MFCC and chroma. A boundary is a peak of a two-block novelty (Foote's
checkerboard idea on bar features): for each bar line, the per-feature t statistic between the
few bars before and after it (two window sizes); the novelty is the RMS of the three largest,
because a section change moves a few features a lot (hats get busier, a lead enters) while the
chord changes inside a section move many features a little. A metre change (bars of another
length for two bars or more) always starts a section, and each section reports its metre. Sections are then grouped by the same contrast
(repetition), and labelled the way people describe pop structure: the most intense repeated
group is the chorus, other sections verses, a quiet unique middle part a breakdown, a unique
part after a chorus a bridge, and unique ends the intro and outro (an intro may build up in
short parts, e.g. drums entering half-way). ``energy`` is the section's loudness relative to
the loudest section (0..1).
"""

from __future__ import annotations

import numpy as np

from audio_sync.beats import Rhythm
from audio_sync.features import Features
from audio_sync.types import Section

MIN_SECTION_S = 2.5
BARS_PER_WIDTH = 6      # novelty window half-width: the song's bar count / 6 ...
MAX_WIDTH_BARS = 4      # ... at most 4 bars (sections are often only 4 bars long)
PEAK_RADIUS_S = 1.5     # a boundary is the strongest novelty within this distance
PEAK_OVER_MEDIAN = 1.0  # ... and above the song's median novelty
T_CAP = 8.0             # per-feature contrast cap (|t|)
TOP_K = 3               # features that count in the novelty
SAME_T = 3.5            # sections whose contrast is below this sound alike (one group)
BREAKDOWN_ENERGY = 0.6  # a middle section this much quieter than the chorus is a breakdown
SNAP_BEATS = 0.25       # a section start under a chosen tempo moves onto a chosen beat this near


def _bar_edges(feats: Features, rhythm: Rhythm) -> np.ndarray:
    """Bar start times (first forced to 0) plus the song end."""
    downs = np.asarray(rhythm.downbeats_s, dtype=np.float64)
    if downs.size >= 2 and downs[0] < 0.5 * (downs[1] - downs[0]):
        downs = downs[1:]  # a short pickup joins the first bar
    downs = downs[(downs > 0.05) & (downs < feats.duration_s - 0.05)]
    return np.concatenate([[0.0], downs, [feats.duration_s]])


def _bar_means(x: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Mean of the columns of ``x`` (d, n_frames) over each bar; shape (n_bars, d)."""
    starts = np.minimum(idx[:-1], x.shape[1] - 1)
    counts = np.maximum(idx[1:] - starts, 1)
    sums = np.add.reduceat(x, starts, axis=1)
    short = idx[1:] <= starts  # reduceat returns a single column for empty spans
    sums[:, short] = x[:, starts[short]]
    return (sums / np.where(short, 1, counts)).T


def _bar_features(feats: Features, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(features per bar (n_bars, d), linear RMS per bar). Features: level
    of the whole signal and of three bands (dB), drum activity per band, MFCC 0-12, chroma."""
    from audio_sync.beats import _norm

    idx = np.clip(np.round(edges * feats.frame_rate_hz).astype(np.int64), 0, feats.n_frames)
    levels = np.vstack([feats.rms.astype(np.float64) ** 2, feats.band_low, feats.band_mid,
                        feats.band_high])
    drums = np.vstack([_norm(feats.onset_low), _norm(feats.onset_mid), _norm(feats.onset_high)])
    chroma = _bar_means(feats.chroma.astype(np.float64), idx)
    chroma /= np.linalg.norm(chroma, axis=1, keepdims=True) + 1e-9
    x = np.hstack([10.0 * np.log10(_bar_means(levels, idx) + 1e-10), _bar_means(drums, idx),
                   _bar_means(feats.mfcc.astype(np.float64), idx), chroma])
    loud = _bar_means(feats.rms[None, :].astype(np.float64), idx)[:, 0]
    return x, loud


def _contrast(x: np.ndarray, width: int) -> np.ndarray:
    """Per bar line i and feature, |t| of the change between bars [i-width, i) and [i, i+width):
    the difference of the block means over their pooled spread (floored at the song's median
    spread, so a feature that is flat in both blocks cannot give an infinite t)."""
    n, d = x.shape
    diff, var = np.zeros((n + 1, d)), np.zeros((n + 1, d))
    for i in range(1, n):
        left, right = x[max(0, i - width):i], x[i:min(n, i + width)]
        diff[i] = right.mean(axis=0) - left.mean(axis=0)
        var[i] = (left.var(axis=0) * len(left) + right.var(axis=0) * len(right)) / (len(left) + len(right))
    floor = np.median(var[1:n], axis=0) + 1e-9 if n > 1 else np.ones(d)
    return np.minimum(np.abs(diff) / np.sqrt(np.maximum(var, floor) * 2.0 / width), T_CAP)


def _novelty(x: np.ndarray, width: int) -> np.ndarray:
    """Novelty per bar line: RMS of the TOP_K largest per-feature contrasts (a section change
    moves a few features a lot; the rest is noise), lowered where the window is cut by an end."""
    n = x.shape[0]
    t = np.sort(_contrast(x, width), axis=1)[:, -TOP_K:]
    nov: np.ndarray = np.sqrt(np.mean(t ** 2, axis=1))
    i = np.arange(n + 1)
    out: np.ndarray = nov * np.sqrt(np.clip(np.minimum(i, n - i) / width, 0.0, 1.0))
    return out


def _bar_metres(rhythm: Rhythm, edges: np.ndarray) -> np.ndarray:
    """Beats in each bar [edges[i], edges[i+1]) as the beat tracker's downbeats count them."""
    from audio_sync.meter import bar_metres

    downs = np.asarray(rhythm.downbeats_s, dtype=np.float64)
    if downs.size < 2:
        return np.full(edges.size - 1, rhythm.beats_per_bar)
    counts = bar_metres(np.asarray(rhythm.beats_s, dtype=np.float64), downs)
    k = np.searchsorted(downs, edges[:-1] + 1e-3, side="right") - 1
    return counts[np.clip(k, 0, counts.size - 1)]


def _metre_changes(metres: np.ndarray) -> list[int]:
    """Bars where the metre changes to one that holds for at least two bars (a single odd bar
    is a fill or a tracking slip, not a new section)."""
    runs: list[list[int]] = []  # [start bar, metre]
    for i, m in enumerate(metres.tolist()):
        if runs and runs[-1][1] == m:
            continue
        if runs and i - runs[-1][0] < 2 and len(runs) > 1:
            runs.pop()  # the previous run was too short: it belongs to the one before it
            if runs[-1][1] == m:
                continue
        runs.append([i, m])
    if len(runs) > 1 and len(metres) - runs[-1][0] < 2:
        runs.pop()
    if len(runs) > 1 and runs[1][0] < 2:
        runs.pop(0)  # one odd bar at the start (a pickup) joins the next stretch
    return [start for start, _m in runs[1:]]


def _boundaries(x: np.ndarray, edges: np.ndarray, forced: list[int]) -> list[int]:
    """Bar indices (> 0) where sections start: the ``forced`` ones (metre changes), then novelty
    peaks above the median, each the largest within PEAK_RADIUS_S, all at least MIN_SECTION_S
    apart."""
    n = x.shape[0]
    bar_s = float(np.median(np.diff(edges)))
    width = int(np.clip(round(n / BARS_PER_WIDTH), 1, MAX_WIDTH_BARS))
    radius = max(1, int(round(PEAK_RADIUS_S / max(bar_s, 1e-3))))
    nov = np.zeros(n + 1)  # two scales, each in units of its median
    for w in sorted({max(1, width - 1), width}):
        part = _novelty(x, w)
        nov += part / (float(np.median(part[1:n])) or 1.0) if n > 2 else part
    nov[0] = nov[n] = 0.0
    floor = float(np.median(nov[1:n])) if n > 2 else 0.0
    chosen: list[int] = []
    order = [*forced, *(int(i) for i in np.argsort(-nov[1:n]) + 1 if int(i) not in forced)]
    for i in order:
        lo, hi = max(1, i - radius), min(n, i + radius + 1)
        peak = nov[i] >= nov[lo:hi].max() and nov[i] >= PEAK_OVER_MEDIAN * floor
        if i not in forced and not peak:
            continue
        cand = sorted([0, *chosen, int(i), n])
        k = cand.index(int(i))
        if min(edges[i] - edges[cand[k - 1]], edges[cand[k + 1]] - edges[i]) >= MIN_SECTION_S:
            chosen.append(int(i))
    return sorted(chosen)


def _segment_contrast(x: np.ndarray, seg: list[tuple[int, int]]) -> np.ndarray:
    """Pairwise section contrast: RMS of the TOP_K largest per-feature |t| between their bars."""
    spread = np.median([x[a:b].var(axis=0) for a, b in seg if b - a > 1] or [x.var(axis=0)],
                       axis=0) + 1e-9
    means = np.array([x[a:b].mean(axis=0) for a, b in seg])
    sizes = np.array([b - a for a, b in seg], dtype=np.float64)
    n = len(seg)
    out = np.zeros((n, n))
    for i in range(n):
        for j in range(i):
            t = np.abs(means[i] - means[j]) / np.sqrt(spread * (1 / sizes[i] + 1 / sizes[j]))
            top = np.sort(np.minimum(t, T_CAP))[-TOP_K:]
            out[i, j] = out[j, i] = float(np.sqrt(np.mean(top ** 2)))
    return out


def _groups(contrast: np.ndarray) -> np.ndarray:
    """Group id per section (single linkage: sections whose contrast is below SAME_T)."""
    gid = np.arange(contrast.shape[0])
    for i in range(gid.size):
        for j in range(i):
            if contrast[i, j] < SAME_T:
                gid[gid == gid[i]] = gid[j]
    return gid


def _intensity(x: np.ndarray, seg: list[tuple[int, int]]) -> np.ndarray:
    """How full/loud each section is: mean z-score of loudness, mid/high band levels and drum
    activity (a chorus adds layers and hats even when it is not louder)."""
    cols = x[:, [0, 2, 3, 4, 5, 6]]
    z = (cols - cols.mean(axis=0)) / np.maximum(cols.std(axis=0), 1e-9)
    return np.array([z[a:b].mean() for a, b in seg])


def _alone(gid: np.ndarray, k: int, n: int) -> bool:
    """Section k is unique, or shares its group only with the other end of the song."""
    members = set(np.flatnonzero(gid == gid[k]).tolist())
    return len(members) == 1 or members == {0, n - 1}


def _labels(x: np.ndarray, loud: np.ndarray, bounds: list[int]) -> tuple[list[str], np.ndarray]:
    seg = list(zip([0, *bounds], [*bounds, loud.size], strict=True))
    energy = np.array([loud[a:b].mean() for a, b in seg])
    energy = energy / (energy.max() or 1.0)
    n = energy.size
    if n == 1:
        return ["verse"], energy
    gid = _groups(_segment_contrast(x, seg))
    size = np.array([np.sum(gid == g) for g in gid])
    inten = _intensity(x, seg)
    bars = np.array([b - a for a, b in seg])
    mid = list(range(1, n - 1)) if n >= 3 else list(range(n))
    # the chorus: the most intense repeated group (any middle section when nothing repeats)
    pool = [i for i in range(n) if size[i] > 1]
    if pool:
        chorus = gid[max(pool, key=lambda i: float(np.mean(inten[gid == gid[i]])))]
    else:  # nothing repeats: the most intense middle section
        chorus = gid[max(mid, key=lambda i: float(inten[i]))]
    top = max(energy[i] for i in range(n) if gid[i] == chorus)
    labels, seen_chorus = ["verse"] * n, False
    for i in range(n):
        if gid[i] == chorus:
            labels[i], seen_chorus = "chorus", True
        elif 0 < i < n - 1 and size[i] == 1 and energy[i] < BREAKDOWN_ENERGY * top:
            labels[i] = "breakdown"
        elif 0 < i < n - 1 and size[i] == 1 and seen_chorus:
            labels[i] = "bridge"
    if n >= 3:
        for k in _edge_parts(gid, inten, bars, chorus, 0, 1):
            labels[k] = "intro"
        for k in _edge_parts(gid, inten, bars, chorus, n - 1, -1):
            labels[k] = "outro"
    return labels, energy


def _edge_parts(gid: np.ndarray, inten: np.ndarray, sizes: np.ndarray, chorus: int, end: int,
                step: int) -> list[int]:
    """The sections at one end of the song that form its intro (outro): unique, not the chorus,
    and when there are several parts, each short (no longer than the first part) and quieter
    than the next one inwards (a build-up such as drums entering half-way into an intro)."""
    n = gid.size
    if gid[end] == chorus or not _alone(gid, end, n):
        return []
    parts, k = [end], end + step
    while 0 < k < n - 1 and 0 < k + step < n - 1 and gid[k] != chorus and _alone(gid, k, n) \
            and inten[k - step] < inten[k] < inten[k + step] and sizes[k] <= sizes[end]:
        parts.append(k)
        k += step
    return parts


def find_sections(feats: Features, rhythm: Rhythm, *, own: Rhythm | None = None) -> tuple[Section, ...]:
    """Sections covering [0, duration], each starting on a downbeat (the first at 0), with the
    metre of each (a metre change always starts a new section).

    ``own``: the tracker's automatic rhythm when ``rhythm`` is a creator's choice (another tempo,
    bar length or beat phase). The music's sections do not change with how it is counted -- found
    on the chosen beats, a pop song read at 189 BPM for 94 had 39 sections instead of 6 -- so they
    are found on ``own``'s bars and each start moves onto ``rhythm``'s nearest beat when that is
    within a quarter of a beat (else it stays on ``own``'s downbeat, where the music changes);
    each section's metre is that of ``rhythm``'s bars."""
    if own is not None and own is not rhythm:
        return _on_chosen_beats(feats, rhythm, find_sections(feats, own))
    duration_s = feats.duration_s
    edges = _bar_edges(feats, rhythm)
    if edges.size < 4 or feats.n_frames < 4:
        (bpb, name), = _run_metres(feats, rhythm, np.array([rhythm.beats_per_bar]),
                                   np.array([0.0, duration_s]), [])
        return (Section(start_s=0.0, end_s=duration_s, label="verse", energy=1.0,
                        beats_per_bar=bpb, metre=name),)
    x, loud = _bar_features(feats, edges)
    metres = _bar_metres(rhythm, edges)
    changes = _metre_changes(metres)
    bounds = _boundaries(x, edges, changes)
    labels, energy = _labels(x, loud, bounds)
    keep = [k for k, b in enumerate(bounds) if not (labels[k] == labels[k + 1] in ("intro", "outro"))
            or b in changes]
    bounds = [bounds[k] for k in keep]
    labels = [labels[0]] + [labels[k + 1] for k in keep]
    energy = np.array([energy[0]] + [energy[k + 1] for k in keep])
    starts = [0.0] + [float(edges[k]) for k in bounds]
    ends = starts[1:] + [duration_s]
    names = _run_metres(feats, rhythm, metres, edges, changes)
    return tuple(Section(start_s=s, end_s=e, label=lab, energy=float(en), beats_per_bar=bpb,
                         metre=name)
                 for s, e, lab, en, (bpb, name) in zip(
                     starts, ends, labels, energy,
                     [names[int(np.searchsorted(changes, b, side="right"))] for b in [0, *bounds]],
                     strict=True))


def _run_metres(feats: Features, rhythm: Rhythm, metres: np.ndarray, edges: np.ndarray,
                changes: list[int]) -> list[tuple[int, str]]:
    """(beats per bar, metre name) of each stretch between metre changes; whether beats split
    in three (6/8) is judged over the whole stretch, which is steadier than one section."""
    from audio_sync.meter import is_compound, metre_name

    beats = np.asarray(rhythm.beats_s, dtype=np.float64)
    out = []
    for a, b in zip([0, *changes], [*changes, metres.size], strict=True):
        counts = metres[a:b][metres[a:b] > 0]
        bpb = int(np.bincount(counts).argmax()) if counts.size else int(rhythm.beats_per_bar)
        inside = beats[(beats >= edges[a]) & (beats < edges[b])]
        out.append((bpb, metre_name(bpb, is_compound(feats, inside))))
    return out


def _on_chosen_beats(feats: Features, rhythm: Rhythm, shape: tuple[Section, ...]) -> tuple[Section, ...]:
    """``shape``'s sections with each start on ``rhythm``'s nearest beat when one is within
    SNAP_BEATS of a beat (two that meet there become one), and the metre of ``rhythm``'s bars
    inside each."""
    from audio_sync.meter import is_compound, metre_name

    beats = np.asarray(rhythm.beats_s, dtype=np.float64)
    reach = SNAP_BEATS * float(np.median(np.diff(beats))) if beats.size >= 2 else 0.0
    starts: list[float] = [0.0]
    kept: list[Section] = [shape[0]]
    for s in shape[1:]:
        t = s.start_s
        if beats.size:
            near = float(beats[np.abs(beats - t).argmin()])
            t = near if abs(near - t) <= reach else t
        if t > starts[-1] + 1e-6 and t < feats.duration_s:
            starts.append(t)
            kept.append(s)
    ends = [*starts[1:], feats.duration_s]
    edges = _bar_edges(feats, rhythm)
    metres = _bar_metres(rhythm, edges)
    out = []
    for a, b, s in zip(starts, ends, kept, strict=True):
        counts = metres[(edges[:-1] >= a - 1e-6) & (edges[:-1] < b - 1e-6)]
        counts = counts[counts > 0]
        bpb = int(np.bincount(counts).argmax()) if counts.size else int(rhythm.beats_per_bar)
        inside = beats[(beats >= a - 1e-6) & (beats < b - 1e-6)]
        out.append(Section(start_s=a, end_s=b, label=s.label, energy=s.energy, beats_per_bar=bpb,
                           metre=metre_name(bpb, is_compound(feats, inside))))
    return tuple(out)
