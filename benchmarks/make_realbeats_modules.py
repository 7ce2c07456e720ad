"""Render "real-modules": music other people composed, arranged, sampled and mixed, with exact beats.

Every other real set renders scores through our own arrangements and drum parts. Tracker modules
(MOD, S3M, XM, IT) from Debian's game-data packages are whole productions by their composers:
their own samples, drums, effects and mix. Their beat grid is exact by construction: the player
reports the row it is on at every tick, so each row's start is known to the sample, through every
tempo and speed change. Nothing here runs a beat tracker.

The beat is the composer's grid, fixed before any tracker ran (benchmarks/realbeats-modules.md):
- rows per beat: an IT file's own row highlight (its header's "PHiligt" minor value) when set,
  else 4 (the convention tracker BPM is defined by: 4 rows of speed 6);
- then halved or doubled while the excerpt's median beat tempo is at or above 200 or below 60
  (speed 3 puts 8 rows on a beat);
- rows per bar: an IT file's major highlight when it is a multiple of rows per beat, else 4 beats;
- beats and bars count from row 0 of each pattern (a pattern break restarts the count, as the
  composer's editor shows it);
- an excerpt whose beat gaps differ by more than 10 % is left out (IRREGULAR).

    apt-get download <packages>   (done by this script into the cache when a package is missing)
    python benchmarks/make_realbeats_modules.py [CACHE]   (default ~/.cache/mvstudio-eval: writes
        realbeats-modules/ and its held-out parts -heldout/ to -heldout12/, and keeps the .debs and
        the source modules in modules-src/; --split heldout3 renders one part only)

Needs Debian's libxmp4 (ctypes) and numpy/soundfile; ffmpeg writes the MP3s. Then, in the
project's environment (librosa), ``--prune`` moves the excerpts whose beat cannot be heard on its
grid into ``excluded/`` (check_beat_annotations' click test; no tracker):

    python benchmarks/make_realbeats_modules.py --prune [CACHE]
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

RATE = 44100
EXCERPT_S = 40.0
MIN_S = 25.0  # shorter modules are left out: mir_eval trims the first 5 s
LEAD_SILENCE = 1e-4
# Only steady grids: a pattern that breaks off between beats, or a speed change, leaves the row
# grid uneven, and the composer's beat there is a guess.
IRREGULAR = 1.1  # a module's silent start is skipped (full scale 1.0)
# Debian bookworm packages with tracker music (apt-file search, 2026-12-03), and the licence of
# their data as Debian's copyright file states it. Split fixed before any run: the held-out part
# is never looked at with our tracker except in a declared final run.
PACKAGES = {
    "pingus-data": "dev", "tecnoballz-data": "dev", "ironseed-data": "dev", "freedroid-data": "dev",
    "gl-117-data": "dev", "rafkill-data": "dev", "bomberclone-data": "dev",
    "pekka-kana-2-data": "heldout", "biniax2-data": "heldout", "pachi-data": "heldout",
    "madbomber-data": "heldout", "gemdropx": "heldout", "ri-li-data": "heldout",
    "penguin-command": "heldout", "njam-data": "heldout", "solarwolf": "heldout",
    "tuxmath-data": "heldout",
    # A second held-out part (session 24, after the first was declared), for the next candidate.
    "heroes-sound-tracks": "heldout2", "flobopuyo": "heldout2", "bb": "heldout2",
    "dodgindiamond2": "heldout2", "vodovod": "heldout2", "rockdodger": "heldout2",
    "open-invaders-data": "heldout2", "bugsquish": "heldout2", "gltron": "heldout2",
    "gweled": "heldout2", "monsterz-data": "heldout2", "pathogen": "heldout2",
    "redeclipse-data": "heldout2", "tomatoes-data": "heldout2", "vectoroids": "heldout2",
    "vor": "heldout2", "fb-music-high": "heldout2",
    # A third held-out part (session 25): every other package of bookworm (main, contrib) and sid
    # whose modules sit in a game's or an example's data (Contents indexes, grep of the four
    # extensions), for judging the candidates of session 24.
    "circuslinux-data": "heldout3", "tuxtype-data": "heldout3", "cuyo-data": "heldout3",
    "criticalmass-data": "heldout3", "ceferino-data": "heldout3", "black-box": "heldout3",
    "ballz-data": "heldout3", "clanlib-doc": "heldout3", "gambas3-examples": "heldout3",
    "cdogs-sdl-data": "heldout3", "cytadela-data": "heldout3",
    # A sixth held-out part (session 28): the same Contents grep over bullseye and trixie (main,
    # contrib, non-free) finds one package no earlier part used, bullseye non-free's uqm-content.
    "uqm-content": "heldout6",
}
# Packages outside bookworm main (the sources apt has here): their pool file and its SHA-256.
POOL = "http://deb.debian.org/debian/"
POOL_DEBS = {
    "cdogs-sdl-data": ("pool/main/c/cdogs-sdl/cdogs-sdl-data_2.1.0+dfsg-2_all.deb",  # trixie
                       "5fc1f554df72653b870cdf62dd4e9aefa88a996d8b13de7d5b1ad084245b2503"),
    "cytadela-data": ("pool/contrib/c/cytadela/cytadela-data_1.1.0-4_all.deb",  # bookworm contrib
                      "14d9f23cd388c62b3975b03cbb4c3ccdb975e92ff65fe510f58c01f952fce949"),
    "uqm-content": ("pool/non-free/u/uqm-content/uqm-content_0.6.0+deb1-6_all.deb",  # bullseye non-free
                    "0b1a34f8fbaf40d5f0b09ea8a94ed1c5bd5fb9387d14cfe606fe523d3a9f02ba"),
}
# Modules that only Debian's source packages keep (upstream tarballs), one row each, pinned by the
# tarball's SHA-256 and the module's SHA-1.
SOURCES_TSV = Path(__file__).with_name("realbeats-modules-sources.tsv")
# Modules that npm and PyPI packages (and a Debian .deb, gzipped) ship, one row each, pinned by the
# archive's URL and SHA-256 and the module's SHA-1 (session 27, real-modules-heldout5).
REGISTRY_TSV = Path(__file__).with_name("realbeats-modules-registry.tsv")
# Modules kept in public GitHub repositories, one row each, pinned by the commit and the module's
# SHA-1 (session 39, real-modules-heldout7; session 40, real-modules-heldout8; session 41,
# real-modules-heldout9 and real-modules-heldout10; session 42, real-modules-heldout11; session 44,
# real-modules-heldout12).
GITHUB_TSV = Path(__file__).with_name("realbeats-modules-github.tsv")
# Where bare git mirrors of those repositories may sit (<owner>+<name>/repo or <owner>+<name>), and
# the raw-file address a machine with internet takes a module from when no mirror has it.
MIRRORS = (Path("/work/.mirror"),)
GITHUB_RAW = "https://raw.githubusercontent.com/"
LAST_PART = 12  # real-modules-heldout12 (session 44); beat_sets.MODULES_HELDOUT is derived from it
FOLDERS = {"dev": "realbeats-modules", "heldout": "realbeats-modules-heldout",
           **{f"heldout{n}": f"realbeats-modules-heldout{n}" for n in range(2, LAST_PART + 1)}}
EXTENSIONS = (".mod", ".s3m", ".xm", ".it")


class FrameInfo(ctypes.Structure):
    # struct xmp_frame_info up to `sequence`; channel_info (64 x 24 bytes) is padding here
    _fields_ = [(name, ctypes.c_int) for name in
                ("pos", "pattern", "row", "num_rows", "frame", "speed", "bpm", "time", "total_time", "frame_time")] + [
        ("buffer", ctypes.c_void_p)] + [(name, ctypes.c_int) for name in
        ("buffer_size", "total_size", "volume", "loop_count", "virt_channels", "virt_used", "sequence")] + [
        ("channel_info", ctypes.c_byte * (64 * 24))]


def _xmp() -> ctypes.CDLL:
    try:
        lib = ctypes.CDLL("libxmp.so.4")
    except OSError as err:
        print(f"libxmp is missing ({err}): install it with 'apt-get install libxmp4'", file=sys.stderr)
        raise SystemExit(2) from err
    ctx = ctypes.c_void_p
    lib.xmp_create_context.restype = ctx
    lib.xmp_load_module.argtypes = [ctx, ctypes.c_char_p]
    lib.xmp_start_player.argtypes = [ctx, ctypes.c_int, ctypes.c_int]
    lib.xmp_get_frame_info.argtypes = [ctx, ctypes.POINTER(FrameInfo)]
    for name in ("xmp_play_frame", "xmp_end_player", "xmp_release_module", "xmp_free_context"):
        getattr(lib, name).argtypes = [ctx]
    return lib


def render(path: Path, max_s: float = 600.0) -> tuple[np.ndarray, list[tuple[int, int, int]]]:
    """Stereo float samples and (sample index, pattern, row) of every row start, until the song loops."""
    lib = _xmp()
    ctx = lib.xmp_create_context()
    if lib.xmp_load_module(ctx, str(path).encode()) != 0:
        lib.xmp_free_context(ctx)
        raise ValueError(f"{path}: libxmp cannot load it")
    lib.xmp_start_player(ctx, RATE, 0)
    info = FrameInfo()
    chunks: list[np.ndarray] = []
    rows: list[tuple[int, int, int]] = []
    done = 0
    last = None
    while done < max_s * RATE:
        if lib.xmp_play_frame(ctx) != 0:
            break
        lib.xmp_get_frame_info(ctx, ctypes.byref(info))
        if info.loop_count > 0:
            break
        key = (info.pos, info.row)
        if info.frame == 0 and key != last:
            rows.append((done, info.pattern, info.row))
        last = key
        buf = np.frombuffer(ctypes.string_at(info.buffer, info.buffer_size), dtype=np.int16).reshape(-1, 2)
        chunks.append(buf.astype(np.float32) / 32768.0)
        done += len(buf)
    lib.xmp_end_player(ctx)
    lib.xmp_release_module(ctx)
    lib.xmp_free_context(ctx)
    return (np.concatenate(chunks) if chunks else np.zeros((0, 2), np.float32)), rows


def it_highlight(path: Path) -> tuple[int, int]:
    """(rows per beat, rows per bar) from an IT header, (0, 0) for any other format."""
    head = path.read_bytes()[:0x20]
    if head[:4] != b"IMPM":
        return 0, 0
    return head[0x1E], head[0x1F]


def grid(rows: list[tuple[int, int, int]], rows_per_beat: int, rows_per_bar: int, start: int, end: int):
    """Beat sample indices in [start, end) and their positions in the bar (1 = downbeat)."""
    out = []
    for sample, _pattern, row in rows:
        if start <= sample < end and row % rows_per_beat == 0:
            out.append((sample, (row % rows_per_bar) // rows_per_beat + 1))
    return out


def choose_rows_per_beat(rows, start: int, end: int, base: int) -> int:
    rpb = base
    for _ in range(4):
        beats = [s for s, _ in grid(rows, rpb, rpb * 4, start, end)]
        if len(beats) < 3:
            return rpb
        bpm = 60.0 * RATE / float(np.median(np.diff(beats)))
        if bpm >= 200 and rpb * 2 <= 64:
            rpb *= 2
        elif bpm < 60 and rpb % 2 == 0:
            rpb //= 2
        else:
            return rpb
    return rpb


def _download_checked(pool_path: str, sha256: str, folder: Path) -> Path:
    """A file of Debian's pool, checked against its pinned SHA-256."""
    return _download_url(POOL + pool_path, sha256, folder)


def _download_url(url: str, sha256: str, folder: Path) -> Path:
    """A file at ``url``, checked against its pinned SHA-256."""
    import urllib.request

    path = folder / url.rsplit("/", 1)[1]
    digest_of = hashlib.sha256()
    # streamed: an upstream tarball can be hundreds of MB, hashed as it is written
    with urllib.request.urlopen(url, timeout=600) as response, path.open("wb") as out:
        while chunk := response.read(1 << 20):
            digest_of.update(chunk)
            out.write(chunk)
    digest = digest_of.hexdigest()
    if digest != sha256:
        raise SystemExit(f"{url}: SHA-256 {digest}, expected {sha256}")
    return path


def _download_pinned(package: str, folder: Path) -> Path:
    """The pinned .deb of a package apt cannot see here."""
    return _download_checked(*POOL_DEBS[package], folder)


def _rows_by_package(tsv: Path, key: str = "package") -> dict[str, list[dict[str, str]]]:
    """A pin table's rows (its "#" lines are comments) by its ``key`` column."""
    import csv

    lines = [line for line in tsv.read_text().splitlines() if not line.startswith("#")]
    by_key: dict[str, list[dict[str, str]]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        by_key.setdefault(row[key], []).append(row)
    return by_key


def source_modules() -> dict[str, list[dict[str, str]]]:
    """SOURCES_TSV's rows by source package."""
    return _rows_by_package(SOURCES_TSV)


def fetch_source_modules(cache: Path, splits: list[str]) -> list[tuple[str, Path]]:
    """(package, module path) of SOURCES_TSV's modules in ``splits``: each upstream tarball is
    downloaded once, checked, and only its listed modules kept; every module is checked too."""
    import tarfile

    out = []
    for package, rows in source_modules().items():
        if rows[0]["split"] not in splits:
            continue
        tree = cache / "sources" / package
        if not tree.exists():
            with tempfile.TemporaryDirectory() as tmp:
                archive = _download_checked(rows[0]["pool_path"], rows[0]["archive_sha256"], Path(tmp))
                wanted = {row["path_in_archive"] for row in rows}
                part = Path(str(tree) + ".part")
                with tarfile.open(archive) as tar:
                    for member in tar:
                        if member.name in wanted and member.isfile():
                            target = part / member.name
                            target.parent.mkdir(parents=True, exist_ok=True)
                            target.write_bytes(tar.extractfile(member).read())
                part.rename(tree)
        for row in rows:
            module = tree / row["path_in_archive"]
            if not module.is_file() or hashlib.sha1(module.read_bytes()).hexdigest() != row["module_sha1"]:
                raise SystemExit(f"{module}: missing or not the module {SOURCES_TSV.name} names (SHA-1 "
                                 f"{row['module_sha1']}); delete {tree} to fetch it again")
            out.append((package, module))
    return out


def registry_modules() -> dict[str, list[dict[str, str]]]:
    """REGISTRY_TSV's rows by package."""
    return _rows_by_package(REGISTRY_TSV)


def _archive_members(archive: Path):
    """(name, bytes) of every file in an npm/sdist tarball, a wheel or zip, or a .deb's data."""
    import io
    import tarfile
    import zipfile

    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                yield name, (lambda name=name: zf.read(name))
        return
    if archive.suffix == ".deb":
        data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(archive)], check=True, capture_output=True).stdout
        opened = {"fileobj": io.BytesIO(data)}
    else:
        opened = {"name": archive}
    with tarfile.open(**opened) as tar:
        for member in tar:
            if member.isfile():
                yield member.name, (lambda member=member: tar.extractfile(member).read())


def fetch_registry_modules(cache: Path, splits: list[str]) -> list[tuple[str, Path]]:
    """(package, module path) of REGISTRY_TSV's modules in ``splits``: each archive is downloaded
    once, checked, and only its listed modules kept, under the row's ``module_name`` (a path ending
    in .gz is gunzipped; the SHA-1 is the module's own); every module is checked too."""
    import gzip

    out = []
    for package, rows in registry_modules().items():
        if rows[0]["split"] not in splits:
            continue
        tree = cache / "registry" / package
        if not tree.exists():
            part = Path(str(tree) + ".part")
            part.mkdir(parents=True, exist_ok=True)
            for url in dict.fromkeys(row["archive_url"] for row in rows):
                mine = [row for row in rows if row["archive_url"] == url]
                wanted = {row["path_in_archive"]: row["module_name"] for row in mine}
                with tempfile.TemporaryDirectory() as tmp:
                    archive = _download_url(url, mine[0]["archive_sha256"], Path(tmp))
                    for name, read in _archive_members(archive):
                        if name in wanted:
                            data = read()
                            (part / wanted[name]).write_bytes(gzip.decompress(data) if name.endswith(".gz") else data)
            part.rename(tree)
        for row in rows:
            module = tree / row["module_name"]
            if not module.is_file() or hashlib.sha1(module.read_bytes()).hexdigest() != row["module_sha1"]:
                raise SystemExit(f"{module}: missing or not the module {REGISTRY_TSV.name} names (SHA-1 "
                                 f"{row['module_sha1']}); delete {tree} to fetch it again")
            out.append((package, module))
    return out


def github_modules() -> dict[str, list[dict[str, str]]]:
    """GITHUB_TSV's rows by repository ("owner/name")."""
    return _rows_by_package(GITHUB_TSV, key="repo")


def github_package(repo: str, table: dict[str, list[dict[str, str]]] | None = None) -> str:
    """The name a repository's excerpts are filed under: its name, lower case ("kq-fork"); owner-name
    ("m-alcu-modplayer") when a repository listed earlier in GITHUB_TSV already has that name (the
    earlier one keeps it, so no earlier part's excerpt is renamed). ``table``: github_modules(),
    when the caller has read it already."""
    name = repo.split("/", 1)[1].lower()
    repos = github_modules() if table is None else table
    first = next((other for other in repos if other.split("/", 1)[1].lower() == name), repo)
    return name if first == repo else repo.replace("/", "-").lower()


def _from_mirror(row: dict[str, str]) -> bytes | None:
    """The module at its pinned commit from a bare git mirror of its repository, if one is here."""
    for root in MIRRORS:
        base = root / row["repo"].replace("/", "+")
        for git_dir in (base / "repo", base):
            if (git_dir / "HEAD").is_file():
                shown = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{row['commit']}:{row['path']}"],
                                       capture_output=True)
                if shown.returncode == 0:
                    return shown.stdout
    return None


def _from_github(row: dict[str, str]) -> bytes | None:
    """The module at its pinned commit from GitHub's raw files (a machine with internet), or None."""
    import urllib.parse
    import urllib.request

    url = f"{GITHUB_RAW}{row['repo']}/{row['commit']}/{urllib.parse.quote(row['path'])}"
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.read()
    except OSError:
        return None


def fetch_github_modules(cache: Path, splits: list[str]) -> list[tuple[str, Path]]:
    """(package, module path) of GITHUB_TSV's modules in ``splits`` (``fetch_pinned``, kept under
    ``cache/github/<owner>+<name>/<module_name>``)."""
    out = []
    table = github_modules()
    for repo, rows in table.items():
        folder = cache / "github" / repo.replace("/", "+")
        for row in (row for row in rows if row["split"] in splits):
            out.append((github_package(repo, table), fetch_pinned(row, folder / row["module_name"], GITHUB_TSV.name)))
    return out


def fetch_pinned(row: dict[str, str], module: Path, table: str) -> Path:
    """``module``: the file ``row`` pins (repo, commit, path, module_sha1), taken from there if
    present, else from a git mirror of its repository (``git show COMMIT:path``), else from
    GitHub's raw files; checked against its SHA-1 and kept under that name. A module found
    nowhere, or not the one pinned, stops the run, naming the repository, commit and path."""
    repo = row["repo"]
    if not module.is_file():
        data = _from_mirror(row)
        if data is None:
            data = _from_github(row)
        if data is None:
            raise SystemExit(f"{repo}@{row['commit']}:{row['path']}: not in {module}, in no mirror under "
                             f"{', '.join(map(str, MIRRORS))} and not downloadable; fetch that repository "
                             f"(a bare git dir at <mirror>/{repo.replace('/', '+')}/repo) or put the file there")
        if hashlib.sha1(data).hexdigest() != row["module_sha1"]:
            raise SystemExit(f"{repo}@{row['commit']}:{row['path']}: SHA-1 {hashlib.sha1(data).hexdigest()}, "
                             f"expected {row['module_sha1']} ({table})")
        module.parent.mkdir(parents=True, exist_ok=True)
        part = Path(str(module) + ".part")
        part.write_bytes(data)
        part.rename(module)
    if hashlib.sha1(module.read_bytes()).hexdigest() != row["module_sha1"]:
        raise SystemExit(f"{module}: not the module {table} names ({repo}@{row['commit']}:"
                         f"{row['path']}, SHA-1 {row['module_sha1']}); delete it to fetch it again")
    return module


def licence_note(package: str, module_name: str, registry: dict[str, list[dict[str, str]]],
                 github: dict[str, list[dict[str, str]]]) -> str:
    """Where an excerpt's licence is stated: its pin table's row, or the Debian copyright file."""
    if package in github:
        row = next(r for r in github[package] if r["module_name"] == module_name)
        return f"GitHub {row['repo']}@{row['commit']}: {row['licence']}"
    if package in registry:
        row = next(r for r in registry[package] if r["module_name"] == module_name)
        return f"{row['registry']} package {package} {row['version']}: {row['licence']}"
    if package not in PACKAGES:
        return f"Debian source package {package}: see its debian/copyright"
    return f"Debian package {package}: see its /usr/share/doc/{package}/copyright"


def module_stem(path: Path) -> str:
    """The file name without a module extension; powermanga's .zik and mirrormagic's "mod.x"
    names kept readable."""
    name = path.name
    if "." in name and name.rsplit(".", 1)[1].lower() in ("mod", "s3m", "xm", "it", "stm", "zik"):
        name = name.rsplit(".", 1)[0]
    return name.replace(".", "-")


def excerpt_stem(package: str, path: Path) -> str:
    """An excerpt's name: its package (without "-data") and the module's stem, lower case."""
    name = f"{package.removesuffix('-data').replace('.', '-')}_{module_stem(path)}"
    return name.lower().replace(" ", "_").replace("'", "")


def first_sound(audio: np.ndarray) -> int | None:
    """The first sample above LEAD_SILENCE (a module's silent start is skipped), None if silent."""
    loud = np.flatnonzero(np.abs(audio).max(axis=1) > LEAD_SILENCE)
    return int(loud[0]) if len(loud) else None


def fetch_modules(cache: Path, packages: Iterable[str] = PACKAGES) -> list[tuple[str, Path]]:
    """(package, module path) of every module in ``packages`` (Debian's), downloading the .debs once."""
    debs = cache / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    out = []
    for package in packages:
        tree = debs / package
        if not tree.exists():
            with tempfile.TemporaryDirectory() as tmp:
                if package in POOL_DEBS:
                    deb = _download_pinned(package, Path(tmp))
                else:
                    if subprocess.run(["apt-get", "download", package], cwd=tmp, capture_output=True).returncode:
                        # a fresh machine has no package lists yet
                        subprocess.run(["apt-get", "update", "-qq"], check=True)
                        subprocess.run(["apt-get", "download", package], cwd=tmp, check=True, capture_output=True)
                    deb = next(Path(tmp).glob("*.deb"))
                subprocess.run(["dpkg-deb", "-x", str(deb), str(tree) + ".part"], check=True)
            Path(str(tree) + ".part").rename(tree)
        for f in sorted(tree.rglob("*")):
            if f.is_file() and f.suffix.lower() in EXTENSIONS:
                out.append((package, f))
    return out


def prune(cache: Path, splits: list[str]) -> int:
    """Move every excerpt whose beat cannot be heard on its grid into ``excluded/`` (tracker-free).

    check_beat_annotations' click-track test, with its own thresholds: the beat is caught at a lag
    in [-6, +50] ms, steady between the halves, sharply. Its fourth test (equal bars) is not asked:
    a pattern break makes a short bar the composer wrote, and the beats stay exact."""
    return prune_folders([cache / FOLDERS[split] for split in splits])


def prune_folders(folders: list[Path]) -> int:
    """``prune`` on these folders."""
    import argparse

    from check_beat_annotations import check, envelope

    limits = argparse.Namespace(min_lag_ms=-6.0, max_lag_ms=50.0, max_drift_ms=15.0, min_sharpness=1.15)
    for folder in folders:
        (folder / "excluded").mkdir(exist_ok=True)
        for beats_file in sorted(folder.glob("*.beats")):
            table = np.loadtxt(beats_file, ndmin=2)
            result = check(envelope(beats_file.with_suffix(".mp3")), table[:, 0], table[:, 1].astype(int))
            result.bars_ok = True
            if not result.ok(limits):
                print(f"excluded {folder.name}/{beats_file.stem}: lag {result.lag_ms:+.0f} ms, drift "
                      f"{result.halves_ms:+.0f} ms, sharpness {result.sharpness:.2f}")
                for suffix in (".beats", ".mp3", ".json"):
                    beats_file.with_suffix(suffix).rename(folder / "excluded" / (beats_file.stem + suffix))
    return 0


def write_excerpt(audio: np.ndarray, rows: list[tuple[int, int, int]], highlight: tuple[int, int], start: int,
                  end: int, outdir: Path, meta: dict) -> str:
    """Write ``audio[start:end]`` as ``outdir/NAME.mp3`` with its beat grid (.beats) and ``meta``
    completed (.json) by the set's fixed rules; '' when written, else why it is left out."""
    import soundfile as sf

    name = meta["name"]
    if (end - start) < MIN_S * RATE:
        return f"{(end - start) / RATE:.1f} s, shorter than {MIN_S:g} s"
    hl_beat, hl_bar = highlight
    base = hl_beat if hl_beat > 0 else 4
    rpb = choose_rows_per_beat(rows, start, end, base)
    rows_per_bar = hl_bar if (hl_bar and hl_beat == rpb and hl_bar % rpb == 0) else 4 * rpb
    beats = grid(rows, rpb, rows_per_bar, start, end)
    if len(beats) < 8:
        return f"{len(beats)} beats"
    gaps = np.diff([b for b, _ in beats])
    if gaps.max() > IRREGULAR * gaps.min():
        return (f"beat gaps {gaps.min() / RATE:.3f}-{gaps.max() / RATE:.3f} s (a pattern break off the beat grid, "
                "or a speed change)")
    excerpt = audio[start:end]
    peak = float(np.abs(excerpt).max())
    if peak <= LEAD_SILENCE:  # a window of a song's silent end
        return "silent"
    excerpt = excerpt * (10 ** (-1 / 20) / peak)
    fade = int(0.02 * RATE)
    ramp = np.linspace(0.0, 1.0, fade, dtype=np.float32)[:, None]
    excerpt[:fade] *= ramp
    excerpt[-fade:] *= ramp[::-1]
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "x.wav"
        sf.write(wav, excerpt, RATE, subtype="PCM_16")
        mp3 = outdir / f"{name}.mp3"
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(wav), "-c:a", "libmp3lame", "-b:a", "192k",
                        str(mp3) + ".part.mp3"], check=True)  # its LAME tag tells decoders the encoder delay
        Path(str(mp3) + ".part.mp3").rename(mp3)
    times = [(s - start) / RATE for s, _ in beats]
    (outdir / f"{name}.beats").write_text("".join(f"{t:.6f} {p}\n" for t, (_, p) in zip(times, beats, strict=True)))
    bpm = 60.0 / np.diff(times)
    meta.update({"rows_per_beat": rpb, "rows_per_bar": rows_per_bar, "it_highlight": [hl_beat, hl_bar],
                 "beats_per_bar": rows_per_bar // rpb, "excerpt_start_s": start / RATE,
                 "duration_s": (end - start) / RATE, "n_beats": len(times),
                 "beat_bpm_min": round(float(bpm.min()), 2), "beat_bpm_max": round(float(bpm.max()), 2),
                 "beat_bpm_median": round(float(np.median(bpm)), 2)})
    (outdir / f"{name}.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"{name:40s} rpb {rpb:2d} bar {rows_per_bar // rpb} beats {len(times):3d} "
          f"bpm {meta['beat_bpm_min']:.1f}-{meta['beat_bpm_max']:.1f} {meta['split']}", flush=True)
    return ""


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cache", nargs="?", type=Path, default=Path.home() / ".cache/mvstudio-eval")
    parser.add_argument("--prune", action="store_true", help="move inaudible grids into excluded/")
    parser.add_argument("--split", choices=sorted(FOLDERS), help="only this part (default: all)")
    args = parser.parse_args(argv[1:])
    splits = [args.split] if args.split else list(FOLDERS)
    if args.prune:
        return prune(args.cache, splits)
    cache = args.cache
    folders = {split: cache / FOLDERS[split] for split in splits}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    skipped = []
    seen: set[str] = set()
    modules = (fetch_modules(cache / "modules-src") + fetch_source_modules(cache / "modules-src", splits)
               + fetch_registry_modules(cache / "modules-src", splits)
               + fetch_github_modules(cache / "modules-src", splits))
    registry = registry_modules()
    table = github_modules()
    github = {github_package(repo, table): rows for repo, rows in table.items()}
    split_of = {**PACKAGES, **{package: rows[0]["split"] for package, rows in source_modules().items()},
                **{package: rows[0]["split"] for package, rows in registry.items()},
                **{package: rows[0]["split"] for package, rows in github.items()}}
    for package, path in modules:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        duplicate = digest in seen  # tuxmath and tuxtype share files
        seen.add(digest)
        split = split_of[package]
        if split not in folders:
            continue
        if duplicate:
            skipped.append(f"{package}/{path.name}: duplicate")
            continue
        name = excerpt_stem(package, path)
        try:
            audio, rows = render(path)
        except ValueError as err:
            skipped.append(str(err))
            continue
        start = first_sound(audio)
        if start is None:
            skipped.append(f"{name}: silent")
            continue
        end = min(len(audio), start + int(EXCERPT_S * RATE))
        meta = {"name": name, "package": package, "module": path.name, "split": split,
                "licence": licence_note(package, path.name, registry, github)}
        why = write_excerpt(audio, rows, it_highlight(path), start, end, folders[split], meta)
        if why:
            skipped.append(f"{name}: {why}")
    for line in skipped:
        print("skipped", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
