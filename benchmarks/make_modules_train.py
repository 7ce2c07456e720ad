"""Render "real-modules-train": productions a beat net may learn from, whole songs in 40-s windows.

Sources, each with a licence that lets weights trained on it ship under MIT:
- the modules of Debian's biniax2-data (zlib) and pekka-kana-2-data (BSD), which the shipped
  members 3 and 4 learned from by their first 40 s only (real-modules-heldout holds those);
- the rows of ``realbeats-modules-train-candidates.tsv`` (public domain, CC0, CC BY 4.0; pinned by
  commit and SHA-1, none shared with an evaluation part; see its .md).

Every module is rendered whole (until it loops, at most 10 minutes) and cut into consecutive
40-s windows from its first sound. Each window gets its beat grid and is kept or left out by
make_realbeats_modules' own rules (``write_excerpt``: rows per beat halved or doubled at 200 / 60
BPM, gaps within 10 %, at least 25 s); the click check then moves inaudible grids into
``excluded/``. Nothing here runs a beat tracker. No window of this folder is ever an evaluation
excerpt: ``beat_tcn_dataset.py --modules-train`` reads it for training only.

    python benchmarks/make_modules_train.py [CACHE]            (libxmp, numpy, soundfile, ffmpeg)
    python benchmarks/make_modules_train.py --prune [CACHE]    (project venv: the click check)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_realbeats_modules as modules  # noqa: E402

FOLDER = "realbeats-modules-train"
CANDIDATES_TSV = Path(__file__).with_name("realbeats-modules-train-candidates.tsv")
DEBIAN_PACKAGES = ("biniax2-data", "pekka-kana-2-data")
WHOLE_SONG_S = 600.0


def candidate_rows() -> list[dict[str, str]]:
    """The candidates table's rows, with the keys make_realbeats_modules' GitHub fetch reads."""
    rows = [row for rows in modules._rows_by_package(CANDIDATES_TSV, key="repo_or_archive").values() for row in rows]
    return [{**row, "repo": row["repo_or_archive"], "commit": row["commit_or_sha256"]} for row in rows]


def fetch_candidates(src: Path) -> list[tuple[str, Path, str]]:
    """(package, module path, licence) per candidate row (make_realbeats_modules.fetch_pinned,
    kept under ``src/github-train/``)."""
    out = []
    for row in candidate_rows():
        folder = src / "github-train" / row["repo"].replace("/", "+")
        module = modules.fetch_pinned(row, folder / Path(row["path"]).name, CANDIDATES_TSV.name)
        licence = f"{row['licence']} ({row['licence_evidence']}; {row['composer']})"
        out.append((modules.github_package(row["repo"]), module, licence))
    return out


def windows(n_samples: int, start: int) -> list[tuple[int, int]]:
    """Consecutive 40-s windows from ``start``; the last one as long as the song leaves (at least 25 s)."""
    step = int(modules.EXCERPT_S * modules.RATE)
    out = []
    for lo in range(start, n_samples, step):
        hi = min(n_samples, lo + step)
        if hi - lo >= modules.MIN_S * modules.RATE:
            out.append((lo, hi))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cache", nargs="?", type=Path, default=Path.home() / ".cache/mvstudio-eval")
    parser.add_argument("--prune", action="store_true", help="move inaudible grids into excluded/ (click check)")
    args = parser.parse_args(argv[1:])
    outdir = args.cache / FOLDER
    if args.prune:
        return modules.prune_folders([outdir])
    src = args.cache / "modules-src"
    debian = [(package, path, modules.licence_note(package, path.name, {}, {}))
              for package, path in modules.fetch_modules(src, DEBIAN_PACKAGES)]
    outdir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    skipped: list[str] = []
    written = 0
    for package, path, licence in debian + fetch_candidates(src):
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        if digest in seen:
            skipped.append(f"{package}/{path.name}: duplicate")
            continue
        seen.add(digest)
        stem = modules.excerpt_stem(package, path)
        try:
            audio, rows = modules.render(path, max_s=WHOLE_SONG_S)
        except ValueError as err:
            skipped.append(str(err))
            continue
        start = modules.first_sound(audio)
        if start is None:
            skipped.append(f"{stem}: silent")
            continue
        for k, (lo, hi) in enumerate(windows(len(audio), start)):
            name = f"{stem}_w{k}"
            meta = {"name": name, "package": package, "module": path.name, "split": "train", "window": k,
                    "module_sha1": digest, "licence": licence}
            why = modules.write_excerpt(audio, rows, modules.it_highlight(path), lo, hi, outdir, meta)
            if why:
                skipped.append(f"{name}: {why}")
            else:
                written += 1
    for line in skipped:
        print("skipped", line)
    print(f"{written} windows in {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
