"""The module renderer's ground truth (benchmarks/make_realbeats_modules.py): row starts exact to the
sample through a tempo change, the composer's beat grid from them, and the audio on that grid.

A four-channel ProTracker module is written here byte by byte: one pattern, a click sample struck on
every 4th row, speed 6 at 125 BPM, and an F96 effect (150 BPM) at row 32."""

from __future__ import annotations

import ctypes.util
import struct
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import make_realbeats_modules as modules  # noqa: E402

CLICK_LEN = 400  # bytes of 8-bit sample (a decaying square burst)


def _cell(sample: int = 0, period: int = 0, effect: int = 0, param: int = 0) -> bytes:
    return bytes([(sample & 0xF0) | (period >> 8), period & 0xFF, ((sample & 0x0F) << 4) | effect, param])


def write_mod(path: Path) -> None:
    head = b"grid test".ljust(20, b"\0")
    sample_header = b"click".ljust(22, b"\0") + struct.pack(">HbBHH", CLICK_LEN // 2, 0, 64, 0, 1)
    samples = sample_header + (b"\0" * 22 + struct.pack(">HbBHH", 0, 0, 0, 0, 1)) * 30
    order = bytes([1, 127]) + bytes(128)
    pattern = bytearray()
    for row in range(64):
        first = _cell(1, 428) if row % 4 == 0 else _cell()
        if row == 32:
            first = first[:2] + bytes([(first[2] & 0xF0) | 0xF, 0x96])  # F96: 150 BPM
        pattern += first + _cell() * 3
    click = (np.where(np.arange(CLICK_LEN) % 8 < 4, 100, -100) * np.exp(-np.arange(CLICK_LEN) / 80)).astype(np.int8)
    path.write_bytes(head + samples + order + b"M.K." + bytes(pattern) + click.tobytes())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, list[tuple[int, int, int]]]:
    if ctypes.util.find_library("xmp") is None:
        pytest.skip("libxmp4 is not installed (.ci/run installs it)")
    path = tmp_path_factory.mktemp("mod") / "grid.mod"
    write_mod(path)
    return modules.render(path)


def test_row_starts_are_exact_through_a_tempo_change(rendered) -> None:
    _audio, rows = rendered
    assert [row for _s, _p, row in rows[:64]] == list(range(64))
    starts = np.array([s for s, _p, _r in rows[:64]])
    assert starts[0] == 0
    # A row lasts speed 6 x 2.5 / BPM s: 5292 samples at 125 BPM, 4410 at 150 (from row 32 on).
    assert np.all(np.diff(starts[:33]) == 5292)
    assert np.all(np.diff(starts[32:]) == 4410)


def test_the_beat_grid_counts_four_rows_a_beat(rendered) -> None:
    _audio, rows = rendered
    end = rows[63][0] + 1
    assert modules.choose_rows_per_beat(rows, 0, end, 4) == 4
    beats = modules.grid(rows, 4, 16, 0, end)
    assert [p for _s, p in beats] == [1, 2, 3, 4] * 4
    gaps = np.diff([s for s, _p in beats])
    assert set(gaps[:8]) == {4 * 5292} and set(gaps[8:]) == {4 * 4410}
    # Rows per beat double where 4 rows would be 200 BPM or more (speed 3 at 125 BPM).
    fast = [(i * 2646, 0, i % 64) for i in range(128)]
    assert modules.choose_rows_per_beat(fast, 0, fast[-1][0] + 1, 4) == 8


def test_the_clicks_sound_on_the_grid(rendered) -> None:
    audio, rows = rendered
    loud = np.abs(audio).max(axis=1)
    for start, _pattern, row in rows[:64]:
        window = loud[start:start + 200]
        if row % 4 == 0:
            assert window.max() > 0.05, f"row {row}: no click at its start"
            assert np.argmax(window > 0.05) < 64, f"row {row}: the click starts late"


def test_it_highlight_is_read_from_an_it_header(tmp_path: Path) -> None:
    it = tmp_path / "x.it"
    it.write_bytes(b"IMPM" + bytes(0x1A) + bytes([3, 12]) + bytes(64))
    assert modules.it_highlight(it) == (3, 12)
    mod = tmp_path / "x.mod"
    write_mod(mod)
    assert modules.it_highlight(mod) == (0, 0)


@pytest.fixture
def pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201 - yields the served folder
    """A loopback HTTP server standing in for Debian's pool (real HTTP, as the script uses)."""
    import http.server
    import threading

    served = tmp_path / "served"
    served.mkdir()
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(served), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(modules, "POOL", f"http://127.0.0.1:{server.server_port}/")
    yield served
    server.shutdown()


def test_a_pinned_package_is_checked_against_its_sha256(pool: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Packages apt cannot see here (trixie, contrib) come from their pool file, pinned by digest.
    import hashlib

    (pool / "pool").mkdir()
    deb = b"!<arch>\nnot really a deb"
    (pool / "pool" / "x_1_all.deb").write_bytes(deb)
    monkeypatch.setitem(modules.POOL_DEBS, "x", ("pool/x_1_all.deb", hashlib.sha256(deb).hexdigest()))
    (tmp_path / "ok").mkdir()
    assert modules._download_pinned("x", tmp_path / "ok").read_bytes() == deb
    monkeypatch.setitem(modules.POOL_DEBS, "x", ("pool/x_1_all.deb", "0" * 64))
    (tmp_path / "bad").mkdir()
    with pytest.raises(SystemExit, match="x_1_all.deb: SHA-256"):
        modules._download_pinned("x", tmp_path / "bad")


def test_source_modules_are_fetched_from_their_pinned_tarball(pool: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the listed modules are kept, and each must be the file the table names (SHA-1).
    import hashlib
    import io
    import tarfile

    song, other = b"Extended Module: a song" + bytes(64), b"not music"
    with tarfile.open(pool / "game_1.orig.tar.xz", "w:xz") as tar:
        for name, data in (("game-1/music/song.xm", song), ("game-1/src/main.c", other)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive_sha = hashlib.sha256((pool / "game_1.orig.tar.xz").read_bytes()).hexdigest()

    def table(module_sha1: str) -> Path:
        tsv = tmp_path / f"sources-{module_sha1[:4]}.tsv"
        tsv.write_text("# comment\npackage\tversion\tpool_path\tarchive_sha256\tpath_in_archive\tmodule_sha1\tsplit\tlicence\n"
                       f"game\t1-1\tgame_1.orig.tar.xz\t{archive_sha}\tgame-1/music/song.xm\t{module_sha1}\theldout4\tMIT\n")
        return tsv

    monkeypatch.setattr(modules, "SOURCES_TSV", table(hashlib.sha1(song).hexdigest()))
    found = modules.fetch_source_modules(tmp_path / "cache", ["heldout4"])
    assert [(package, path.read_bytes()) for package, path in found] == [("game", song)]
    assert not list((tmp_path / "cache").rglob("main.c"))
    assert modules.fetch_source_modules(tmp_path / "cache", ["heldout3"]) == []
    monkeypatch.setattr(modules, "SOURCES_TSV", table("0" * 40))
    with pytest.raises(SystemExit, match="song.xm: missing or not the module"):
        modules.fetch_source_modules(tmp_path / "cache", ["heldout4"])


def test_module_names_keep_their_stem() -> None:
    assert modules.module_stem(Path("ASPARTAME.MOD")) == "ASPARTAME"
    assert modules.module_stem(Path("music_game.zik")) == "music_game"
    assert modules.module_stem(Path("mod.twilight_dreams")) == "mod-twilight_dreams"


def test_registry_modules_are_fetched_from_their_pinned_archives(pool: Path, tmp_path: Path) -> None:
    # npm tarballs and wheels: only the listed modules, under their row's name; a .gz is gunzipped
    # and its SHA-1 is the module's own; a wrong SHA-1 stops the run.
    import gzip
    import hashlib
    import io
    import tarfile
    import zipfile

    song, other = b"Extended Module: a song" + bytes(64), b"IMPM an it" + bytes(64)
    with tarfile.open(pool / "pkg-1.0.0.tgz", "w:gz") as tar:
        for name, data in (("package/music/Song (1).xm", song), ("package/index.js", b"js"),
                           ("package/doc/b.xm.gz", gzip.compress(other))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with zipfile.ZipFile(pool / "w-1-py3-none-any.whl", "w") as zf:
        zf.writestr("w/data/tune.xm", song + b"!")
    url = f"{modules.POOL}pkg-1.0.0.tgz"
    sha = hashlib.sha256((pool / "pkg-1.0.0.tgz").read_bytes()).hexdigest()
    whl = f"{modules.POOL}w-1-py3-none-any.whl"
    whl_sha = hashlib.sha256((pool / "w-1-py3-none-any.whl").read_bytes()).hexdigest()

    def sha1(data: bytes) -> str:
        return hashlib.sha1(data).hexdigest()

    def table(song_sha1: str) -> Path:
        tsv = tmp_path / f"registry-{song_sha1[:4]}.tsv"
        tsv.write_text(
            "# comment\npackage\tregistry\tversion\tarchive_url\tarchive_sha256\tpath_in_archive\tmodule_name\t"
            "module_sha1\tsplit\tlicence\n"
            f"pkg\tnpm\t1.0.0\t{url}\t{sha}\tpackage/music/Song (1).xm\tsong_1.xm\t{song_sha1}\theldout5\tMIT\n"
            f"pkg\tnpm\t1.0.0\t{url}\t{sha}\tpackage/doc/b.xm.gz\tb.it\t{sha1(other)}\theldout5\tMIT\n"
            f"w\tPyPI\t1\t{whl}\t{whl_sha}\tw/data/tune.xm\ttune.xm\t{sha1(song + b'!')}\theldout5\tMIT\n")
        return tsv

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(modules, "REGISTRY_TSV", table(sha1(song)))
        found = modules.fetch_registry_modules(tmp_path / "cache", ["heldout5"])
        assert [(package, path.name, path.read_bytes()) for package, path in found] == [
            ("pkg", "song_1.xm", song), ("pkg", "b.it", other), ("w", "tune.xm", song + b"!")]
        assert not list((tmp_path / "cache").rglob("index.js"))
        assert modules.fetch_registry_modules(tmp_path / "cache", ["heldout4"]) == []
        patch.setattr(modules, "REGISTRY_TSV", table("0" * 40))
        with pytest.raises(SystemExit, match="song_1.xm: missing or not the module"):
            modules.fetch_registry_modules(tmp_path / "cache", ["heldout5"])


def test_every_pinned_package_is_in_a_split() -> None:
    assert set(modules.POOL_DEBS) <= set(modules.PACKAGES)
    registry = modules.registry_modules()
    assert set(modules.PACKAGES.values()) | {rows[0]["split"] for rows in modules.source_modules().values()} | {
        rows[0]["split"] for rows in registry.values()} | {
        row["split"] for rows in modules.github_modules().values() for row in rows} == set(modules.FOLDERS)
    assert not set(modules.source_modules()) & set(modules.PACKAGES)
    # real-modules-heldout5 takes packages no earlier part used, and no module of an earlier part
    assert {rows[0]["split"] for rows in registry.values()} == {"heldout5"}
    assert not set(registry) & (set(modules.PACKAGES) | set(modules.source_modules()))
    earlier = {row["module_sha1"] for rows in modules.source_modules().values() for row in rows}
    mine = [row["module_sha1"] for rows in registry.values() for row in rows]
    assert len(mine) == len(set(mine)) and not set(mine) & earlier
    assert len({row["module_name"] for rows in registry.values() for row in rows}) == len(mine)
    # real-modules-heldout6: Debian packages of no earlier part, each a pinned pool file (not in bookworm main)
    sixth = {package for package, split in modules.PACKAGES.items() if split == "heldout6"}
    assert sixth and sixth <= set(modules.POOL_DEBS)


def test_the_github_table_pins_every_module() -> None:
    # real-modules-heldout7 (session 39), -heldout8 (session 40), -heldout9 and -heldout10 (session 41), -heldout11 (session 42), -heldout12 (session 44): every row a repository at a 40-hex
    # commit, the module's SHA-1, the part and a licence; at most 6 modules of one repository (the rule
    # fixed before rendering); no module of an earlier part (SHA-1), no package name an earlier part
    # used; no repository in both parts.
    import re

    github = modules.github_modules()
    rows = [row for repo_rows in github.values() for row in repo_rows]
    for split in ("heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"):
        part = [row for row in rows if row["split"] == split]
        assert len(part) >= 25 and len({row["repo"] for row in part}) >= 5, split
    for row in rows:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+", row["repo"]), row
        assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]) and re.fullmatch(r"[0-9a-f]{40}", row["module_sha1"]), row
        assert row["split"] in ("heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12") and row["licence"].strip() and row["path"].strip(), row
        assert Path(row["module_name"]).suffix.lower() in modules.EXTENSIONS or row["module_name"].startswith("mod.")
    assert all(len(repo_rows) <= 6 for repo_rows in github.values())
    assert all(len({row["split"] for row in repo_rows}) == 1 for repo_rows in github.values())  # one part each
    assert all(len({row["commit"] for row in repo_rows}) == 1 for repo_rows in github.values())
    mine = [row["module_sha1"] for row in rows]
    assert len(mine) == len(set(mine))
    earlier = {row["module_sha1"] for table in (modules.source_modules(), modules.registry_modules())
               for package_rows in table.values() for row in package_rows}
    assert not set(mine) & earlier
    for repo, repo_rows in github.items():
        names = [row["module_name"] for row in repo_rows]
        assert len(names) == len(set(names)), repo
    packages = [modules.github_package(repo) for repo in github]
    assert len(packages) == len(set(packages))
    assert not set(packages) & (set(modules.PACKAGES) | set(modules.source_modules()) | set(modules.registry_modules()))
    assert modules.FOLDERS["heldout7"] == "realbeats-modules-heldout7"
    assert modules.FOLDERS["heldout8"] == "realbeats-modules-heldout8"
    assert modules.FOLDERS["heldout9"] == "realbeats-modules-heldout9"
    assert modules.FOLDERS["heldout10"] == "realbeats-modules-heldout10"
    assert modules.FOLDERS["heldout11"] == "realbeats-modules-heldout11"
    assert modules.FOLDERS["heldout12"] == "realbeats-modules-heldout12"
    from beat_sets import MODULES_HELDOUT, REAL_DIRS

    # The renderer's folders and the benchmarks' guarded parts are derived apart; they name the same parts.
    assert {f"real-{folder.removeprefix('realbeats-')}" for split, folder in modules.FOLDERS.items()
            if split != "dev"} == set(MODULES_HELDOUT)
    assert all(REAL_DIRS[name].name == modules.FOLDERS[name.removeprefix("real-modules-")]
               for name in MODULES_HELDOUT)


def test_heldout8_shares_nothing_with_the_train_candidates() -> None:
    # real-modules-heldout8 (session 40): no module (SHA-1) and no repository of
    # realbeats-modules-train-candidates.tsv, so a net trained on those is never scored on its own
    # repositories' music; 9 repositories, 25-40 modules before the click check.
    github = modules.github_modules()
    eighth = [row for repo_rows in github.values() for row in repo_rows if row["split"] == "heldout8"]
    train = _tsv_rows(TRAIN_CANDIDATES_TSV)
    assert not {row["module_sha1"] for row in eighth} & {row["module_sha1"] for row in train}
    assert not {row["repo"].lower() for row in eighth} & {row["repo_or_archive"].lower() for row in train}
    assert 25 <= len(eighth) <= 40 and len({row["repo"] for row in eighth}) == 9


def test_heldout9_is_pinned_spread_and_apart_from_every_earlier_source() -> None:
    # real-modules-heldout9 (session 41): 16 repositories no earlier part and no train candidate used,
    # at most 4 modules each (the rule fixed before rendering; the brief's bound is 6), 41 before the
    # click check (the aim, 25-40, is after it); no module (SHA-1) of the train candidates or of the sources, registry or earlier
    # GitHub rows; the two repositories whose name heldout8's chriskillpack/modplayer already has are
    # filed under owner-name, and no earlier part's package name changes.
    import re

    github = modules.github_modules()
    rows = [row for repo_rows in github.values() for row in repo_rows]
    ninth = [row for row in rows if row["split"] == "heldout9"]
    assert 25 <= len(ninth) <= 45 and len({row["repo"] for row in ninth}) == 16
    for row in ninth:
        assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]) and re.fullmatch(r"[0-9a-f]{40}", row["module_sha1"]), row
        assert row["licence"].strip(), row
    counts: dict[str, int] = {}
    for row in ninth:
        counts[row["repo"]] = counts.get(row["repo"], 0) + 1
    assert max(counts.values()) <= 4
    earlier = [row for row in rows if row["split"] != "heldout9"]
    train = _tsv_rows(TRAIN_CANDIDATES_TSV)
    others = ({row["module_sha1"] for row in earlier} | {row["module_sha1"] for row in train}
              | {row["module_sha1"] for table in (modules.source_modules(), modules.registry_modules())
                 for package_rows in table.values() for row in package_rows})
    assert not {row["module_sha1"] for row in ninth} & others
    repos = {row["repo"].lower() for row in ninth}
    assert not repos & ({row["repo"].lower() for row in earlier} | {row["repo_or_archive"].lower() for row in train})
    assert modules.github_package("chriskillpack/modplayer") == "modplayer"
    assert modules.github_package("m-alcu/modplayer") == "m-alcu-modplayer"
    assert modules.github_package("a740g/MODPlayer") == "a740g-modplayer"
    before = [row for row in earlier if row["split"] in ("heldout7", "heldout8")]  # later parts may be renamed
    assert all(modules.github_package(row["repo"]) == row["repo"].split("/")[1].lower() for row in before)


def test_heldout10_is_pinned_spread_and_apart_from_every_earlier_source() -> None:
    # real-modules-heldout10 (session 41, helper hm10): 10 repositories no earlier part and no train
    # candidate used, at most 4 modules each (heldout9's rule, fixed before rendering; the brief's bound is
    # 6), 28 before the click check; every row pinned (40-hex commit and SHA-1, a licence); no module
    # (SHA-1) of the train candidates, the sources, the registry or an earlier part's GitHub rows; the
    # repository named like heldout8's chriskillpack/modplayer is filed under owner-name, and no earlier
    # package name changes. ulasb/ModPlayer (public-domain modules, three of them train candidates) is
    # left to training, not evaluated.
    import re

    github = modules.github_modules()
    rows = [row for repo_rows in github.values() for row in repo_rows]
    tenth = [row for row in rows if row["split"] == "heldout10"]
    assert 25 <= len(tenth) <= 45 and len({row["repo"] for row in tenth}) == 10
    for row in tenth:
        assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]) and re.fullmatch(r"[0-9a-f]{40}", row["module_sha1"]), row
        assert row["licence"].strip(), row
    counts: dict[str, int] = {}
    for row in tenth:
        counts[row["repo"]] = counts.get(row["repo"], 0) + 1
    assert max(counts.values()) <= 4
    earlier = [row for row in rows if row["split"] != "heldout10"]
    train = _tsv_rows(TRAIN_CANDIDATES_TSV)
    others = ({row["module_sha1"] for row in earlier} | {row["module_sha1"] for row in train}
              | {row["module_sha1"] for table in (modules.source_modules(), modules.registry_modules())
                 for package_rows in table.values() for row in package_rows})
    mine = [row["module_sha1"] for row in tenth]
    assert len(mine) == len(set(mine)) and not set(mine) & others
    repos = {row["repo"].lower() for row in tenth}
    assert not repos & ({row["repo"].lower() for row in earlier} | {row["repo_or_archive"].lower() for row in train})
    assert "ulasb/modplayer" not in repos
    assert modules.github_package("ByPS128/ModPlayer") == "byps128-modplayer"
    assert modules.github_package("chriskillpack/modplayer") == "modplayer"
    before = [row for row in earlier if row["split"] in ("heldout7", "heldout8")]
    assert all(modules.github_package(row["repo"]) == row["repo"].split("/")[1].lower() for row in before)


def test_heldout11_is_pinned_spread_and_apart_from_every_earlier_source() -> None:
    # real-modules-heldout11 (session 42, helper hm11): 10 repositories no earlier part and no train
    # candidate used, at most 6 modules each (the brief's bound, fixed before rendering), 30 before the
    # click check.
    _assert_pinned_spread_and_apart("heldout11", excerpts=(25, 45), repos=(10, 10))


def test_heldout12_is_pinned_spread_and_apart_from_every_earlier_source() -> None:
    # real-modules-heldout12 (session 44, helper hm12): 11 repositories, 25 modules before the click check
    # (files equal to any module of a repository screened for an earlier part were dropped as well).
    _assert_pinned_spread_and_apart("heldout12", excerpts=(20, 45), repos=(8, 20))


def _assert_pinned_spread_and_apart(split: str, *, excerpts: tuple[int, int], repos: tuple[int, int]) -> None:
    """A GitHub part: every row pinned (40-hex commit and SHA-1, its split, a licence), at most 6 modules
    a repository; no module (SHA-1) of the train candidates, the sources, the registry or an earlier
    part's GitHub rows; no repository of an earlier part or a train candidate; every repository files
    under its own name (no collision), and no earlier package name changes. ulasb/ModPlayer
    (public-domain modules kept for training) is not evaluated."""
    import re

    github = modules.github_modules()
    rows = [row for repo_rows in github.values() for row in repo_rows]
    part = [row for row in rows if row["split"] == split]
    assert excerpts[0] <= len(part) <= excerpts[1] and repos[0] <= len({row["repo"] for row in part}) <= repos[1]
    for row in part:
        assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]) and re.fullmatch(r"[0-9a-f]{40}", row["module_sha1"]), row
        assert row["split"] == split and row["licence"].strip() and row["path"].strip(), row
    counts: dict[str, int] = {}
    for row in part:
        counts[row["repo"]] = counts.get(row["repo"], 0) + 1
    assert max(counts.values()) <= 6
    earlier = [row for row in rows if row["split"] != split]
    train = _tsv_rows(TRAIN_CANDIDATES_TSV)
    others = ({row["module_sha1"] for row in earlier} | {row["module_sha1"] for row in train}
              | {row["module_sha1"] for table in (modules.source_modules(), modules.registry_modules())
                 for package_rows in table.values() for row in package_rows})
    mine = [row["module_sha1"] for row in part]
    assert len(mine) == len(set(mine)) and not set(mine) & others
    names = {row["repo"].lower() for row in part}
    assert not names & ({row["repo"].lower() for row in earlier} | {row["repo_or_archive"].lower() for row in train})
    assert "ulasb/modplayer" not in names
    assert all(modules.github_package(repo) == repo.split("/")[1].lower() for repo in counts)
    assert modules.github_package("ByPS128/ModPlayer") == "byps128-modplayer"
    before = [row for row in earlier if row["split"] in ("heldout7", "heldout8")]
    assert all(modules.github_package(row["repo"]) == row["repo"].split("/")[1].lower() for row in before)


def test_github_modules_come_from_the_cache_a_mirror_or_github(pool: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # A bare mirror of the repository gives the module at its pinned commit (not the newest one);
    # a copy is kept under modules-src/github/ and read from there next time; without a mirror the
    # raw file is downloaded; a wrong SHA-1, or a module found nowhere, stops the run naming the
    # repository, commit and path.
    import hashlib
    import subprocess

    song, newer = b"Extended Module: a song" + bytes(64), b"Extended Module: changed" + bytes(64)
    work = tmp_path / "work"
    (work / "music").mkdir(parents=True)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    (work / "music" / "Song 1.xm").write_bytes(song)
    subprocess.run([*git, "-C", str(work), "add", "."], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "a"], check=True)
    commit = subprocess.run(["git", "-C", str(work), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    (work / "music" / "Song 1.xm").write_bytes(newer)
    subprocess.run([*git, "-C", str(work), "commit", "-qam", "b"], check=True)
    mirrors = tmp_path / "mirror"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirrors / "someone+Game" / "repo")], check=True)

    def table(sha1: str, commit: str = commit) -> Path:
        tsv = tmp_path / f"github-{sha1[:4]}-{commit[:4]}.tsv"
        tsv.write_text("# comment\nrepo\tcommit\tpath\tmodule_name\tmodule_sha1\tsplit\tlicence\n"
                       f"someone/Game\t{commit}\tmusic/Song 1.xm\tsong_1.xm\t{sha1}\theldout7\tMIT\n")
        return tsv

    good = hashlib.sha1(song).hexdigest()
    monkeypatch.setattr(modules, "GITHUB_RAW", modules.POOL)
    monkeypatch.setattr(modules, "GITHUB_TSV", table(good))
    monkeypatch.setattr(modules, "MIRRORS", (tmp_path / "nowhere", mirrors))
    cache = tmp_path / "cache"
    found = modules.fetch_github_modules(cache, ["heldout7"])
    assert [(package, path.name, path.read_bytes()) for package, path in found] == [("game", "song_1.xm", song)]
    assert (cache / "github" / "someone+Game" / "song_1.xm").read_bytes() == song
    assert modules.fetch_github_modules(cache, ["heldout5"]) == []
    monkeypatch.setattr(modules, "MIRRORS", (tmp_path / "nowhere",))
    assert modules.fetch_github_modules(cache, ["heldout7"])[0][1].read_bytes() == song  # the kept copy
    # no mirror, no copy: GitHub's raw file (here the loopback server) at the pinned commit
    (pool / "someone" / "Game" / commit / "music").mkdir(parents=True)
    (pool / "someone" / "Game" / commit / "music" / "Song 1.xm").write_bytes(song)
    fresh = tmp_path / "fresh"
    assert modules.fetch_github_modules(fresh, ["heldout7"])[0][1].read_bytes() == song
    # a wrong SHA-1 stops the run, from the mirror and from the kept copy alike
    monkeypatch.setattr(modules, "MIRRORS", (mirrors,))
    monkeypatch.setattr(modules, "GITHUB_TSV", table("0" * 40))
    with pytest.raises(SystemExit, match="SHA-1"):
        modules.fetch_github_modules(tmp_path / "other", ["heldout7"])
    with pytest.raises(SystemExit, match="not the module"):
        modules.fetch_github_modules(cache, ["heldout7"])
    # a commit no mirror has and GitHub does not serve: the message names what to fetch
    monkeypatch.setattr(modules, "GITHUB_TSV", table(good, "1" * 40))
    with pytest.raises(SystemExit, match=f"someone/Game@{'1' * 40}:music/Song 1.xm: not in"):
        modules.fetch_github_modules(tmp_path / "third", ["heldout7"])


TRAIN_CANDIDATES_TSV = Path(__file__).resolve().parents[1] / "benchmarks" / "realbeats-modules-train-candidates.tsv"
# Licences that let a net trained on the music ship under MIT (issue #15): public domain / CC0, CC BY
# (attribution recorded), MIT, BSD, zlib, or an author's "free to use for any purpose".
TRAIN_LICENCES = {"LicenseRef-PublicDomain", "CC0-1.0", "CC-BY-3.0", "CC-BY-4.0", "MIT", "BSD-2-Clause",
                  "BSD-3-Clause", "Zlib", "LicenseRef-FreeForAnyPurpose"}


def _tsv_rows(tsv: Path) -> list[dict[str, str]]:
    import csv

    lines = [line for line in tsv.read_text().splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_train_candidates_are_pinned_clean_and_apart_from_the_evaluation_sets() -> None:
    import re

    rows = _tsv_rows(TRAIN_CANDIDATES_TSV)
    assert rows
    for row in rows:
        pin = row["commit_or_sha256"]
        assert re.fullmatch(r"[0-9a-f]{40}", pin) or re.fullmatch(r"[0-9a-f]{64}", pin), row
        assert re.fullmatch(r"[0-9a-f]{40}", row["module_sha1"]), row
        assert row["licence"] in TRAIN_LICENCES, row
        assert row["licence_evidence"] and row["path"] and row["format"] in {"MOD", "S3M", "XM", "IT"}, row
        assert not row["seconds"] or float(row["seconds"]) >= 25, row
    sha1s = [row["module_sha1"] for row in rows]
    assert len(sha1s) == len(set(sha1s))  # one row per distinct module
    # make_modules_train keeps each under github-train/<owner+name>/<file name>: no two may share one
    kept = [(row["repo_or_archive"].lower(), Path(row["path"]).name.lower()) for row in rows]
    assert len(kept) == len(set(kept))
    # Nothing shared with the evaluation sets' tables: no SHA-1, no repository, no package or archive.
    held_sha1s: set[str] = set()
    held_sources: set[str] = set()
    for name, source_key in (("github", "repo"), ("sources", "package"), ("registry", "package")):
        held = _tsv_rows(TRAIN_CANDIDATES_TSV.with_name(f"realbeats-modules-{name}.tsv"))
        assert held
        held_sha1s |= {row["module_sha1"] for row in held}
        held_sources |= {row[source_key].lower() for row in held}
        held_sources |= {row[key].lower() for row in held for key in ("archive_url", "pool_path") if key in row}
    held_sources |= {package.lower() for package in modules.PACKAGES}
    held_sources |= {path.lower() for path, _sha in modules.POOL_DEBS.values()}
    assert not set(sha1s) & held_sha1s
    assert not {row["repo_or_archive"].lower() for row in rows} & held_sources
