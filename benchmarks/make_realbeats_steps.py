"""Tempo-step development material from the real training renders ("real-steps").

The only real excerpts with a tempo step in the dev sets are butchers_march and
jeanie_brown_hair, too few to develop change recovery on, and the change songs are made by our
own generator. Here steady excerpts of real-train and real-train2 (rendered public-domain
scores, exact beat grids; never the dev or held-out sets) get a step: from a downbeat near the
middle on, the audio is played ``ratio`` times faster (tape speed: resampled, so pitch moves with
tempo, no phase-vocoder smearing), and the annotations are mapped exactly (t -> t0 + (t - t0) /
ratio). Ratios 0.8-1.25 (tempo steps of 10-25 %, both directions), cycled over the excerpts.
Second kind ("splice_*"): medley joins. The first 14+ s of one steady excerpt, cut at a
downbeat, followed by another excerpt from its first downbeat after 2 s, for pairs whose tempi
differ by 8-35 % (so the step is annotated) and, where the pool allows, whose metres differ: a
change of tempo, metre, key and instrument at once, with both grids exact.
Same file format as the real sets (NAME.mp3, NAME.beats, NAME.json); score with
``MVSTUDIO_REALBEATS_DEV2=<OUTDIR> python benchmarks/beat_accuracy.py --sets real-dev2``.

Usage: python benchmarks/make_realbeats_steps.py [OUTDIR] [N] [N_SPLICES]
       (default OUTDIR ~/.cache/mvstudio-eval/realbeats-steps, N = 24, N_SPLICES = 12;
       needs ffmpeg)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from beat_sets import step_changes  # noqa: E402

CACHE = Path.home() / ".cache" / "mvstudio-eval"
SOURCES = (CACHE / "realbeats-train", CACHE / "realbeats-train2")
RATIOS = ("1.15", "0.85", "1.25", "0.8", "1.1", "0.9")
SPLIT_S = 14.0
SR = 22050


def candidates() -> list[Path]:
    """Steady excerpts (no annotated step) of at least 25 s, in name order."""
    out = []
    for d in SOURCES:
        for f in sorted(d.glob("*.beats")):
            ann = np.loadtxt(f, ndmin=2)
            steady = not step_changes(ann[:, 0])
            if ann[-1, 0] >= 25.0 and steady and f.with_suffix(".mp3").exists():
                out.append(f)
    return out


def stepped(samples: np.ndarray, ann: np.ndarray,
            ratio: Fraction) -> tuple[np.ndarray, np.ndarray, float]:
    """(audio, annotations, step time): ``ratio`` x faster from the first downbeat after SPLIT_S."""
    from scipy.signal import resample_poly

    downs = ann[(ann[:, 1] == 1) & (ann[:, 0] >= SPLIT_S), 0]
    t0 = float(downs[0])
    cut = int(round(t0 * SR))
    tail = resample_poly(samples[cut:], ratio.denominator, ratio.numerator)
    out = ann.copy()
    after = out[:, 0] >= t0
    out[after, 0] = t0 + (out[after, 0] - t0) / float(ratio)
    return np.concatenate([samples[:cut], tail]).astype(np.float32), out, t0


def decode(mp3: Path) -> np.ndarray:
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3), "-ac", "1", "-ar", str(SR),
                          "-f", "f32le", "-"], check=True, capture_output=True).stdout
    return np.frombuffer(raw, dtype=np.float32)


def write_mp3(samples: np.ndarray, path: Path) -> None:
    with tempfile.NamedTemporaryFile(suffix=".mp3", dir=path.parent, delete=False) as tmp:
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "f32le", "-ar", str(SR), "-ac", "1",
                        "-i", "-", "-b:a", "128k", tmp.name], input=samples.tobytes(), check=True)
    Path(tmp.name).replace(path)


def _tempo(ann: np.ndarray) -> float:
    return 60.0 / float(np.median(np.diff(ann[:, 0])))


def splice_pairs(pool: list[Path], n: int) -> list[tuple[Path, Path]]:
    """Deterministic pairs (each excerpt once), tempi 8-35 % apart, unlike metres first."""
    meta = {f: (json.loads(f.with_suffix(".json").read_text()).get("metre", ""),
                _tempo(np.loadtxt(f, ndmin=2))) for f in pool}
    used: set[Path] = set()
    pairs: list[tuple[Path, Path]] = []
    for want_other_metre in (True, False):
        for a in pool:
            for b in pool:
                if len(pairs) >= n or a in used or b in used or a == b:
                    continue
                ratio = max(meta[a][1], meta[b][1]) / min(meta[a][1], meta[b][1])
                if 1.08 <= ratio <= 1.35 and (meta[a][0] != meta[b][0]) == want_other_metre:
                    pairs.append((a, b))
                    used |= {a, b}
    return pairs


def spliced(a: Path, b: Path) -> tuple[np.ndarray, np.ndarray, float]:
    """(audio, annotations, join time): ``a`` up to its first downbeat after SPLIT_S, then ``b``
    from its first downbeat after 2 s."""
    ann_a, ann_b = np.loadtxt(a, ndmin=2), np.loadtxt(b, ndmin=2)
    t0 = float(ann_a[(ann_a[:, 1] == 1) & (ann_a[:, 0] >= SPLIT_S), 0][0])
    s0 = float(ann_b[(ann_b[:, 1] == 1) & (ann_b[:, 0] >= 2.0), 0][0])
    ya, yb = decode(a.with_suffix(".mp3")), decode(b.with_suffix(".mp3"))
    audio = np.concatenate([ya[:int(round(t0 * SR))], yb[int(round(s0 * SR)):]])
    tail = ann_b[ann_b[:, 0] >= s0].copy()
    tail[:, 0] += t0 - s0
    return audio.astype(np.float32), np.concatenate([ann_a[ann_a[:, 0] < t0], tail]), t0


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else CACHE / "realbeats-steps"
    n = int(argv[2]) if len(argv) > 2 else 24
    out.mkdir(parents=True, exist_ok=True)
    pool = candidates()
    picks = [pool[int(k)] for k in np.linspace(0, len(pool) - 1, n)]
    for k, beats_file in enumerate(picks):
        ratio = Fraction(RATIOS[k % len(RATIOS)])
        ann = np.loadtxt(beats_file, ndmin=2)
        audio, new_ann, t0 = stepped(decode(beats_file.with_suffix(".mp3")), ann, ratio)
        meta = json.loads(beats_file.with_suffix(".json").read_text())
        name = f"step_{beats_file.stem}_x{RATIOS[k % len(RATIOS)]}"
        write_mp3(audio, out / f"{name}.mp3")
        np.savetxt(out / f"{name}.beats", new_ann, fmt=["%.6f", "%d"])
        (out / f"{name}.json").write_text(json.dumps({
            "name": name, "source": str(beats_file.relative_to(CACHE)),
            "metre": meta.get("metre", ""),
            "step_s": round(t0, 6), "speed_ratio": str(ratio), "licence": meta.get("licence", ""),
            "soundfont": meta.get("soundfont", "")}, indent=1))
        print(f"{name}: {meta.get('metre')} step at {t0:.2f} s x{ratio}", flush=True)
    n_splices = int(argv[3]) if len(argv) > 3 else 12
    for a, b in splice_pairs(pool, n_splices):
        audio, ann, t0 = spliced(a, b)
        ma, mb = (json.loads(f.with_suffix(".json").read_text()) for f in (a, b))
        name = f"splice_{a.stem}+{b.stem}"
        write_mp3(audio, out / f"{name}.mp3")
        np.savetxt(out / f"{name}.beats", ann, fmt=["%.6f", "%d"])
        (out / f"{name}.json").write_text(json.dumps({
            "name": name, "sources": [str(f.relative_to(CACHE)) for f in (a, b)],
            "metre": f"{ma.get('metre', '')}>{mb.get('metre', '')}", "step_s": round(t0, 6),
            "licence": ma.get("licence", ""), "soundfont": ma.get("soundfont", "")}, indent=1))
        ta, tb = (_tempo(np.loadtxt(f, ndmin=2)) for f in (a, b))
        print(f"{name}: {ma.get('metre')} -> {mb.get('metre')} at {t0:.2f} s "
              f"({ta:.0f} -> {tb:.0f} BPM)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
