"""Training data for the beat net (audio_sync/activation.py): features and targets in one .npz.

Sources (never an evaluation set): the training renders real-train, real-train2, real-compound,
real-train3 and real-train4 (benchmarks/make_realbeats_*.py, each asserted disjoint from the
evaluation sets)
and the project's synthetic songs at seed offsets 20000 and 21000 (the benchmark uses 0-1000
while tuning and 9000 for its report). Per excerpt: ``Features.mel_db`` (as the analysis
computes it) and frame targets for beats and downbeats at the annotated time minus the detector
lead the tracker adds back.

Two rules leave renders out (issue #15, the off-beat band arrangements):
- **kept out for judging**: every 4th band arrangement of real-train3 (arrangement seed % 4 == 0,
  each arrangement a whole song of its own) and of real-train4 (index % 4 == 0);
  benchmarks/offbeat_judge.py counts off-beat excerpts on exactly these, old net vs new.
- **nothing audible on the beat**: a render whose onset energy on the annotated beats is under
  half that between them (offbeat_scan.beat_energy_ratio < offbeat_scan.AUDIBLE; drum-less
  house whose bass and chords sound only on the "and") teaches the net to put beats where no
  listener hears one: a generator artefact, never trained on.

Productions (session 24): ``--modules-packages PKG,...`` adds the tracker-module excerpts of those
Debian packages (benchmarks/make_realbeats_modules.py; any of the real-modules folders). Each
package's excerpts then become training material, so the sets that hold them can no longer judge
the net; and the package's licence becomes the weights' question (record s24, part 12).
``--modules-train`` (session 40) adds real-modules-train instead: whole songs in 40-s windows from
sources whose licences let the weights ship (benchmarks/make_modules_train.py), never evaluated.
Production excerpts are named ``prod:...`` so that train_beat_tcn.py can fix their share of a batch.
``--chip`` (session 43) adds real-train-chip: band arrangements played with chip voices
(benchmarks/make_realbeats_chip.py), every 4th kept out like real-train3's.

Usage (project venv): python benchmarks/beat_tcn_dataset.py [OUT.npz] [--modules-packages PKG,...]
       [--modules-train] [--chip]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from beat_sets import EVAL_CACHE as CACHE  # noqa: E402
from beat_sets import EVAL_FOLDERS, Excerpt, real_set  # noqa: E402
from make_modules_train import FOLDER as MODULES_TRAIN  # noqa: E402

from audio_sync.testsongs import SongSpec, corpus  # noqa: E402

TRAIN_DIRS = tuple(CACHE / n for n in ("realbeats-train", "realbeats-train2", "realbeats-compound",
                                       "realbeats-train3", "realbeats-train4"))
SYNTH_OFFSETS = (20000, 21000)
EVAL_DIRS = EVAL_FOLDERS
KEEP_OUT_EVERY = 4
CHIP_DIR = CACHE / "realbeats-train-chip"  # benchmarks/make_realbeats_chip.py (record s43 part 2)


def kept_out(name: str) -> bool:
    """real-train3's, real-train4's and real-train-chip's band arrangements numbered 0 mod 4
    (train3: the seed, train4 and chip: the index): never trained on, judged on."""
    if not name.startswith(("train3_band_", "train4_band_", "trainchip_band_")):
        return False
    return int(name.rsplit("_", 1)[1]) % KEEP_OUT_EVERY == 0


def kept_out_set() -> Iterator[Excerpt]:
    """The kept-out renders of the training folders that are on this machine."""
    for folder in TRAIN_DIRS:
        if folder.is_dir():
            yield from (ex for ex in real_set(folder) if kept_out(ex.name))


def inaudible_beat(ex: Excerpt) -> bool:
    """Nothing sounds on the annotated beat (see the module docstring)."""
    from offbeat_scan import AUDIBLE, beat_energy_ratio

    ratio = beat_energy_ratio(ex)
    return bool(np.isfinite(ratio) and ratio < AUDIBLE)


def targets(times_s: np.ndarray, n: int, fr: float) -> np.ndarray:
    """1 at the frame of each time, 0.5 on its neighbours (the annotation is exact, the
    frame grid is 23 ms coarse)."""
    from audio_sync.beats import DETECTOR_LEAD_S

    y = np.zeros(n, dtype=np.float32)
    idx = np.round((np.asarray(times_s) - DETECTOR_LEAD_S) * fr).astype(int)
    idx = idx[(idx >= 0) & (idx < n)]
    for off in (-1, 1):
        j = np.clip(idx + off, 0, n - 1)
        y[j] = np.maximum(y[j], 0.5)
    y[idx] = 1.0
    return y


def _complete(mp3: Path | None) -> bool:
    """False for a render still being written (its JSON comes last and counts the beats)."""
    meta = mp3.with_suffix(".json") if mp3 else None
    if meta is None or not meta.exists():
        return False
    n = json.loads(meta.read_text())["n_beats"]
    return bool(np.loadtxt(mp3.with_suffix(".beats"), ndmin=2).shape[0] == n)


def main(argv: list[str]) -> int:
    import os
    from concurrent.futures import ProcessPoolExecutor

    assert not {d.name for d in TRAIN_DIRS} & set(EVAL_DIRS) and MODULES_TRAIN not in EVAL_DIRS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=CACHE / "beat-tcn-train.npz")
    parser.add_argument("--modules-packages", default="", metavar="PKG,...",
                        help="add the rendered tracker-module excerpts of these Debian packages")
    parser.add_argument("--modules-train", action="store_true",
                        help="add the windows of real-modules-train (benchmarks/make_modules_train.py)")
    parser.add_argument("--chip", action="store_true",
                        help="add real-train-chip's band arrangements (benchmarks/make_realbeats_chip.py)")
    parser.add_argument("--modules-train-below", type=float, default=None, metavar="BPM",
                        help="only its windows whose annotated median tempo is under BPM")
    args = parser.parse_args(argv[1:])
    packages = {p for p in args.modules_packages.split(",") if p}
    out = args.out
    arrays: dict[str, np.ndarray] = {}
    names: list[str] = []
    left_out = {"kept out for judging": 0, "nothing audible on the beat": 0}
    # One excerpt per task, results in the jobs' order: the same file as a serial run.
    with ProcessPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for item in pool.map(_item, _jobs(frozenset(packages), args.modules_train, args.modules_train_below, args.chip), chunksize=4):
            if isinstance(item, str):
                left_out[item] += 1
                continue
            name, x, y = item
            k = len(names)
            arrays[f"x{k}"], arrays[f"y{k}"] = x, y
            names.append(name)
    np.savez_compressed(out, names=np.array(names), **arrays)
    print(f"{len(names)} excerpts -> {out}; left out: {left_out}")
    return 0


def module_jobs(packages: frozenset[str]) -> list[tuple[Path | None, SongSpec | None, int]]:
    """(beats file, None, 0) per rendered module excerpt of ``packages``."""
    from beat_sets import MODULE_SETS

    jobs: list[tuple[Path | None, SongSpec | None, int]] = []
    found: set[str] = set()
    for folder in MODULE_SETS.values():
        for beats_file in sorted(folder.glob("*.beats")):
            package = json.loads(beats_file.with_suffix(".json").read_text())["package"]
            if package in packages:
                jobs.append((beats_file, None, 0))
                found.add(package)
    if missing := packages - found:
        print(f"--modules-packages: no rendered excerpt of {', '.join(sorted(missing))} in "
              f"{', '.join(str(f) for f in MODULE_SETS.values())}; render them with "
              "benchmarks/make_realbeats_modules.py, or check the package names", file=sys.stderr)
        raise SystemExit(2)
    return jobs


def _jobs(module_packages: frozenset[str] = frozenset(), modules_train: bool = False,
          below_bpm: float | None = None, chip: bool = False) -> list[tuple[Path | None, SongSpec | None, int]]:
    """(beats file, None, 0) per complete training render and module excerpt, (None, spec, offset) per
    song. ``below_bpm``: only the real-modules-train windows annotated slower (their four rows a beat
    at 160-200 BPM is a convention a listener may hear as eighths, record s40 part 3)."""
    jobs: list[tuple[Path | None, SongSpec | None, int]] = module_jobs(module_packages)
    if modules_train:
        windows = sorted((CACHE / MODULES_TRAIN).glob("*.beats"))
        if not windows:
            print(f"--modules-train: nothing in {CACHE / MODULES_TRAIN}; render it with "
                  "benchmarks/make_modules_train.py", file=sys.stderr)
            raise SystemExit(2)
        if below_bpm is not None:
            windows = [b for b in windows
                       if json.loads(b.with_suffix(".json").read_text())["beat_bpm_median"] < below_bpm]
        jobs += [(b, None, 0) for b in windows]
    if chip and not CHIP_DIR.is_dir():
        print(f"--chip: nothing in {CHIP_DIR}; render it with benchmarks/make_realbeats_chip.py",
              file=sys.stderr)
        raise SystemExit(2)
    for folder in (*TRAIN_DIRS, CHIP_DIR) if chip else TRAIN_DIRS:
        if folder.is_dir():
            jobs += [(b, None, 0) for b in sorted(folder.glob("*.beats"))
                     if b.with_suffix(".mp3").exists() and _complete(b.with_suffix(".mp3"))]
    return jobs + [(None, spec, off) for off in SYNTH_OFFSETS for spec in corpus()]


def _item(job: tuple[Path | None, SongSpec | None, int]) -> str | tuple[str, np.ndarray, np.ndarray]:
    """Features and targets of one excerpt, or why it is left out."""
    from beat_sets import real_excerpt, synthetic_excerpt

    from audio_sync.features import compute_features

    beats_file, spec, offset = job
    if beats_file is not None and kept_out(beats_file.stem):
        return "kept out for judging"
    if beats_file is not None:
        ex = real_excerpt(beats_file)
    else:
        assert spec is not None
        ex = synthetic_excerpt(spec, offset)
    if ex.path is not None and inaudible_beat(ex):
        return "nothing audible on the beat"
    f = compute_features(ex.audio)
    fr = f.frame_rate_hz
    y = np.stack([targets(ex.beats_s, f.n_frames, fr), targets(ex.downbeats_s, f.n_frames, fr)])
    return _kind(beats_file) + ex.name, f.mel_db.astype(np.float16), y


def _kind(beats_file: Path | None) -> str:
    """The name prefix: ``prod:`` for a production (a tracker module), ``real:`` for a render,
    ``synth:`` for a synthetic song."""
    if beats_file is None:
        return "synth:"
    return "prod:" if beats_file.parent.name.startswith("realbeats-modules") else "real:"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
