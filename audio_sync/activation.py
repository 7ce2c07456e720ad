"""Learned beat and downbeat activation: a small temporal convolutional network in numpy.

The hand-written onset envelopes cannot tell a drum-less keyboard piece's beats from its
louder off-beats; a net trained on whole bars of music often can (as madmom's does). This one is a
TCN after Davies & Böck (2019), small enough to run in a few ms per minute of audio: the
32-band log-mel frames (``Features.mel_db``) and their rectified differences go through one
3-frame convolution and six residual blocks of dilated 5-frame convolutions (dilations 1-32,
+-127 frames = +-3 s of context) to two sigmoid outputs per frame, beat and downbeat. The
tracker (``beats.track_beats``) adds the beat output to the envelope its DP places beats on.

The weights (``beat_tcn.npz``, next to this file: five nets whose probabilities are averaged,
session 8's, two of session 12's and two of session 25's) were trained on this project's machine
by ``benchmarks/train_beat_tcn.py`` on audio we have the rights to (see ``beat_tcn.md``):
public-domain music21 scores and band arrangements written here (funk, reggae, house, pop, ...:
session 7's net, trained without them, put those on the off-beat), rendered with free
soundfonts, disjoint from every evaluation set, songs from the project's own synthetic
generator, and (session 25's two) 21 tracker-module productions under zlib and BSD-2-Clause
licences, whose notices ``beat_tcn.md`` keeps. They ship under the project's licence.
Inference is plain numpy: no torch at run time.
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path

import numpy as np

WEIGHTS_PATH = Path(__file__).with_name("beat_tcn.npz")
# The nets that place the beats again when beats.PLACEMENT_NET_FINAL is on (record s40): the members
# of the shipped file its key ``shared`` lists and its own members, averaged.
PLACE_PATH = Path(__file__).with_name("beat_tcn_place.npz")
DB_FLOOR = -80.0
_LOCK = threading.Lock()
_WEIGHTS: dict[str, np.ndarray] | None = None
_PLACE: dict[str, np.ndarray] | None = None
# The last song's per-member outputs of the shipped nets: (weak mel_db, weights, outputs), so
# that the placement mean reuses the members it shares instead of running them twice.
_LAST: tuple[weakref.ref, dict[str, np.ndarray], list[np.ndarray]] | None = None
_LAST_PLACE: tuple[weakref.ref, dict[str, np.ndarray], np.ndarray] | None = None


def model_input(mel_db: np.ndarray) -> np.ndarray:
    """(2 * bands, T) float32: log-mel scaled to 0..1 and its positive frame difference."""
    x = (np.asarray(mel_db, dtype=np.float32) - DB_FLOOR) / -DB_FLOOR
    diff = np.zeros_like(x)
    diff[:, 1:] = np.maximum(0.0, x[:, 1:] - x[:, :-1])
    return np.concatenate([x, 8.0 * diff], axis=0)


def read_weights(path: Path) -> dict[str, np.ndarray]:
    """A weights file (the shipped one, or another net's for a comparison) as float32 arrays."""
    with np.load(path) as z:
        return {k: z[k].astype(np.float32) for k in z.files}


def load_weights() -> dict[str, np.ndarray]:
    """The shipped weights, read once per process."""
    global _WEIGHTS
    with _LOCK:
        if _WEIGHTS is None:
            _WEIGHTS = read_weights(WEIGHTS_PATH)
        return _WEIGHTS


def load_place_weights() -> dict[str, np.ndarray]:
    """The placement nets' file, read once per process."""
    global _PLACE
    with _LOCK:
        if _PLACE is None:
            _PLACE = read_weights(PLACE_PATH)
        return _PLACE


def _matmul(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``w @ x`` in column blocks small enough that OpenBLAS stays on the calling thread:
    its worker threads spin between calls and cost 4-10x the CPU of the product itself on a
    loaded machine (measured: 1.2 ms vs 0.3 ms CPU for one 16x80 @ 80x7752 layer)."""
    out = np.empty((w.shape[0], x.shape[1]), dtype=np.float32)
    step = max(16, _BLAS_SINGLE_THREAD_MNK // (w.shape[0] * w.shape[1]))
    for lo in range(0, x.shape[1], step):
        np.matmul(w, x[:, lo:lo + step], out=out[:, lo:lo + step])
    return out


# OpenBLAS runs a GEMM on one thread when m * n * k is at most 65536 * 4.
_BLAS_SINGLE_THREAD_MNK = 65536 * 4


def _conv(x: np.ndarray, w: np.ndarray, b: np.ndarray, dilation: int) -> np.ndarray:
    """'same' 1-D convolution of (Cin, T) with torch-layout weights (Cout, Cin, K)."""
    cout, cin, k = w.shape
    if k == 1:
        return _matmul(w[:, :, 0], x) + b[:, None]
    pad = dilation * (k // 2)
    xp = np.pad(x, ((0, 0), (pad, pad)))
    t = x.shape[1]
    stack = np.concatenate([xp[:, j * dilation:j * dilation + t] for j in range(k)], axis=0)
    return _matmul(np.ascontiguousarray(w.transpose(0, 2, 1).reshape(cout, k * cin)), stack) + b[:, None]


def down_count(weights: dict[str, np.ndarray]) -> int:
    """How many leading members' downbeat outputs are averaged: all, unless the file's
    ``down_members`` (or ``fitted_members``) says fewer (nets added for the beat row only leave
    the downbeat row that the bar and half-bar stages were fitted on as it was; record
    2026-12-05-s44, part 1)."""
    n = len(members(weights))
    if "down_members" in weights:
        return min(n, int(weights["down_members"]))
    return fitted_count(weights)


def fitted_count(weights: dict[str, np.ndarray]) -> int:
    """How many leading members make the beat row that the tracker's stages read: all, unless the
    file's ``fitted_members`` says fewer; the members after them join only the stages its
    ``every_stages`` lists, the DP's envelope by default (``envelope_activation``; record
    2026-12-05-s44, parts 4-6)."""
    n = len(members(weights))
    return min(n, int(weights["fitted_members"])) if "fitted_members" in weights else n


def members(weights: dict[str, np.ndarray]) -> list[dict[str, np.ndarray]]:
    """The nets in a weights file: an ensemble holds its ``members`` under the prefixes
    ``m0.``, ``m1.``, ...; a file without that key is one net."""
    if "members" not in weights:
        return [weights]
    return [{k[len(p):]: v for k, v in weights.items() if k.startswith(p)}
            for p in (f"m{i}." for i in range(int(weights["members"])))]


def ensemble(nets: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """One weights dict (as ``np.savez`` writes it) holding ``nets`` as an ensemble."""
    out: dict[str, np.ndarray] = {"members": np.array(len(nets), dtype=np.int32)}
    for i, net in enumerate(nets):
        out.update({f"m{i}.{k}": v for k, v in net.items()})
    return out


def receptive_half(weights: dict[str, np.ndarray]) -> int:
    """Frames of context on each side that the widest member needs."""
    return max(int(m["receptive_half"]) for m in members(weights))


def forward(x: np.ndarray, weights: dict[str, np.ndarray], *, down_member: int | None = None) -> np.ndarray:
    """(2, T) sigmoid activations (beat, downbeat) for model input ``x`` (Cin, T); an
    ensemble's are the mean of its members' probabilities (several training runs average out
    one run's luck: session 11 found each run keeps other behaviours). ``down_member``: the
    downbeat row is that member's alone."""
    outs = [_forward_one(x, net) for net in members(weights)]
    mean = _mean_rows(outs, fitted_count(weights), down_count(weights))
    if down_member is not None:
        mean[1] = outs[down_member][1]
    return mean


def _forward_one(x: np.ndarray, weights: dict[str, np.ndarray]) -> np.ndarray:
    h = np.maximum(0.0, _conv(x, weights["in.w"], weights["in.b"], 1))
    for i, d in enumerate(weights["dilations"].astype(int).tolist()):
        h = h + np.maximum(0.0, _conv(h, weights[f"b{i}.w"], weights[f"b{i}.b"], d))
    z = _conv(h, weights["out.w"], weights["out.b"], 1)
    return (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).astype(np.float32)


def beat_activation(mel_db: np.ndarray, *, chunk: int = 4096,
                    down_member: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per-frame beat and downbeat probabilities for a song's ``Features.mel_db``
    (``down_member``: see ``forward``).

    Long songs run in overlapping chunks (the receptive field on each side is dropped at the
    joins, so the result is the same), and the net's input is built per chunk: memory stays
    bounded for a 2-hour file."""
    outs = _shipped_member_outputs(mel_db, chunk)
    weights = load_weights()
    mean = _mean_rows(outs, fitted_count(weights), down_count(weights))
    if down_member is not None:
        mean[1] = outs[down_member][1]
    return mean[0], mean[1]


# The tracker's stages that read every member's beat row where a file has members beyond its
# fitted ones (its key ``every_stages``, a sum of these; without the key the envelope only).
EVERY_ENVELOPE = 1  # the envelope the DP places beats on (beats.track_beats)
EVERY_ACT_CHECK = 2  # the half-beat check on the activation (act_phase.check in track_beats)
EVERY_FIX_PHASE = 4  # the activation's veto on the kick band's phase fix (beats._fix_phase)
EVERY_HARMONIC = 8  # the harmonic phase judge (beats._harmonic_phase)


def envelope_activation(mel_db: np.ndarray, *, chunk: int = 4096, stage: int = EVERY_ENVELOPE
                        ) -> np.ndarray | None:
    """The beat row of every member, for ``stage`` (one of the EVERY_ flags), where the file has
    members beyond its fitted ones (``fitted_count``) and lists that stage; else None: the stage
    takes the tracker's beat row."""
    weights = load_weights()
    if fitted_count(weights) == len(members(weights)):
        return None
    if not int(weights.get("every_stages", EVERY_ENVELOPE)) & stage:
        return None
    outs = _shipped_member_outputs(mel_db, chunk)
    return (sum(o[0] for o in outs) / len(outs)).astype(np.float32)


def _mean_rows(outs: list[np.ndarray], beat_members: int, down_members: int) -> np.ndarray:
    """(2, T): the beat row averaged over the first ``beat_members``, the downbeat row over the
    first ``down_members``."""
    mean = np.empty_like(outs[0])
    mean[0] = sum(o[0] for o in outs[:beat_members]) / beat_members
    mean[1] = sum(o[1] for o in outs[:down_members]) / down_members
    return mean


def forget_last_song() -> None:
    """Drop the per-song member outputs kept for a retrack, so that the next call runs the nets
    (a benchmark timing the nets must not time this cache)."""
    global _LAST, _LAST_PLACE
    _LAST = _LAST_PLACE = None


def placement_activation(mel_db: np.ndarray, *, chunk: int = 4096) -> np.ndarray:
    """The beat probabilities of the placement nets (``PLACE_PATH``): the mean of the shipped
    members it lists under ``shared`` and its own members."""
    global _LAST_PLACE
    place = load_place_weights()
    last = _LAST_PLACE
    if last is not None and last[0]() is mel_db and last[1] is place:  # a retrack of the same song
        return last[2]
    shared = _shipped_member_outputs(mel_db, chunk)
    outs = [shared[int(k)] for k in place["shared"]] + _member_outputs(mel_db, members(
        {k: v for k, v in place.items() if k != "shared"}), chunk)
    mean = (sum(o[0] for o in outs) / len(outs)).astype(np.float32)
    _LAST_PLACE = (weakref.ref(mel_db), place, mean)
    return mean


def _shipped_member_outputs(mel_db: np.ndarray, chunk: int) -> list[np.ndarray]:
    """Each shipped member's (2, T) output for ``mel_db``, kept for the last song."""
    global _LAST
    weights = load_weights()
    last = _LAST
    if last is not None and last[0]() is mel_db and last[1] is weights:
        return last[2]
    outs = _member_outputs(mel_db, members(weights), chunk)
    _LAST = (weakref.ref(mel_db), weights, outs)
    return outs


def _member_outputs(mel_db: np.ndarray, nets: list[dict[str, np.ndarray]], chunk: int) -> list[np.ndarray]:
    t = mel_db.shape[1]
    margin = max(int(net["receptive_half"]) for net in nets)
    res = [np.empty((2, t), dtype=np.float32) for _ in nets]
    for lo in range(0, t, chunk):
        hi = min(t, lo + chunk)
        a, b = max(0, lo - margin), min(t, hi + margin)
        x = model_input(mel_db[:, max(0, a - 1):b])  # one frame more: the difference at ``a``
        x = x[:, 1:] if a > 0 else x
        for out, net in zip(res, nets, strict=True):
            out[:, lo:hi] = _forward_one(x, net)[:, lo - a:lo - a + hi - lo]
    return res


CONTRAST_FRAMES = 17  # ~0.4 s at 43 fps


def learned_activation(mel_db: np.ndarray) -> np.ndarray:
    """The beat activation for the tracker (see ``contrast``). The downbeat output is not used:
    on the dev sets it is no higher on downbeats than on other beats."""
    return contrast(beat_activation(mel_db)[0].astype(np.float64))


def contrast(act: np.ndarray) -> np.ndarray:
    """The activation's excess over its local mean: in a drum-less pad the raw activation is
    a noisy plateau (0.2-0.3) that the DP would follow."""
    if CONTRAST_FRAMES < 2 or act.size < CONTRAST_FRAMES:
        return act
    kernel = np.ones(CONTRAST_FRAMES) / CONTRAST_FRAMES
    return np.maximum(0.0, act - np.convolve(act, kernel, mode="same"))
