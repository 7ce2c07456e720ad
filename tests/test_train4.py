"""real-train4's generator: the style table's conventions (tempo ranges, the counted quarter,
snare on 3 in the half-time styles, audible beats without drums), the drum modes, and the
score disjointness code. No rendering (pretty_midi, fluidsynth and music21 are not needed)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_realbeats_train4 as train4  # noqa: E402
import train4_band as band  # noqa: E402

# The brief's tempo ranges of the annotated quarter (issue #15's real-train4).
BRIEF_BPM = {"trap": (130, 150), "drill": (130, 150), "dnb": (168, 178), "halftime": (136, 150),
             "rnb": (62, 80), "reggaeton": (88, 100), "cumbia": (85, 105), "bossa": (120, 140),
             "afrobeats": (98, 115), "punk": (160, 200), "ballad": (56, 76), "fastwaltz": (150, 200),
             "polonaise": (84, 100)}


def _bar(style: str, *, bar: int = 0, seed: int = 0) -> list[tuple[int, float, int]]:
    s = dict(band.STYLES[style], swing_amount=0.0)
    hits: list[tuple[int, float, int]] = []
    band.drum_bar(random.Random(seed), lambda pitch, t, _len, vel: hits.append((pitch, t, vel)), s, 0.0,
                  0.25, bar=bar)
    return hits


def test_style_tempi_metres_and_patterns_follow_the_table() -> None:
    assert set(BRIEF_BPM) < set(band.STYLES) and set(band.PROGRAMS) == set(band.STYLES)
    for name, (lo, hi) in BRIEF_BPM.items():
        blo, bhi = band.STYLES[name]["bpm"]
        assert lo <= blo < bhi <= hi, name
    for name, s in band.STYLES.items():
        steps = s["beats"] * s["sub"]
        for part in ("kick", "snare", "hat", "bass", "chord"):
            assert all(0 <= i < steps for i in s[part]), (name, part)
        assert s["level"], name
    assert {n: s["beats"] for n, s in band.STYLES.items() if s["beats"] != 4} == {
        "fastwaltz": 3, "polonaise": 3, "five4": 5}


@pytest.mark.parametrize("style", ["trap", "drill", "halftime"])
def test_half_time_styles_put_the_snare_on_3_of_a_quarter_grid(style: str) -> None:
    s = band.STYLES[style]
    assert s["sub"] == 4 and s["snare"] == [8]  # beat 3 of the DAW-tempo quarters, nothing on 2 or 4
    assert s["bpm"][0] >= 130  # annotated at the DAW tempo, not at the half-time feel


def test_dnb_is_two_step_and_332_styles_are_syncopated() -> None:
    assert band.STYLES["dnb"]["kick"] == [0, 10] and band.STYLES["dnb"]["snare"] == [4, 12]
    assert band.STYLES["pop332"]["kick"] == [0, 6, 12]  # 3+3+2 eighths
    assert band.STYLES["hiphop332"]["kick"] == [0, 3, 6, 8, 11, 14]  # 3+3+2 sixteenths per half bar
    assert band.STYLES["reggaeton"]["snare"] == [3, 6, 11, 14] and band.STYLES["reggaeton"]["kick"] == [0, 4, 8, 12]


def test_trap_rolls_include_triplets_and_32nds() -> None:
    step = 0.25  # a sixteenth
    gaps = set()
    for seed in range(40):
        ts = sorted(t for pitch, t, _v in _bar("trap", seed=seed) if pitch == band.HAT)
        gaps |= {round((b - a) / step, 3) for a, b in zip(ts, ts[1:], strict=False) if b - a < step * 1.01}
    assert {round(4 / 6, 3), 0.5, 1.0} <= gaps  # 16th triplets, 32nds, 16ths


def test_drumless_bars_keep_a_chord_on_every_beat() -> None:
    for name, s in band.STYLES.items():
        notes: list[tuple[str, float]] = []
        p = dict(style=name, lead=False)
        band.pitched_bar(random.Random(0), lambda part, _p, t, _l, _v, notes=notes: notes.append((part, t)),
                         dict(s, swing_amount=0.0), p, 0.0, 0.1, root=48, minor=False, drums=False)
        onsets = {round(t / 0.1) for part, t in notes if part == "chord"}
        assert set(range(0, s["beats"] * s["sub"], s["sub"])) <= onsets, name


def test_styles_are_drawn_in_balanced_rounds() -> None:
    order = train4.style_order(random.Random(7), 150)
    counts = {s: order.count(s) for s in band.STYLES}
    assert len(order) == 150 and set(counts.values()) == {9, 10}
    assert order[:16] != sorted(band.STYLES)  # drawn, not alphabetical


def test_drum_modes_leave_about_a_quarter_not_fully_drummed() -> None:
    rng = random.Random(3)
    specs: list[dict[str, Any]] = [train4._spec(rng, k) for k in range(800)]
    share = sum(p["drum_mode"] != "full" for p in specs) / len(specs)
    assert 0.18 < share < 0.4
    assert all(band.STYLES[p["style"]]["bpm"][0] <= p["bpm"] <= band.STYLES[p["style"]]["bpm"][1] for p in specs)
    assert {p["soundfont"] for p in specs} == set(train4.train3.SOUNDFONTS)
    assert all(p["swing16"] == 0.0 for p in specs if p["style"] != "rnb")
    assert any(p["swing16"] > 0 for p in specs) and any(p["swing16"] == 0 for p in specs if p["style"] == "rnb")
    assert [band.drums_on("late", b, 2) for b in range(2, 8)] == [False] * 4 + [True] * 2
    assert [band.drums_on("break", b, 1) for b in range(3, 11)] == [True, True, False, False, False, False,
                                                                     True, True]


def test_disjointness_refuses_used_scores_titles_and_reserved(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import make_realbeats_dev2 as dev2

    cache, dev = tmp_path / "cache", tmp_path / "dev"
    (cache / "realbeats-x").mkdir(parents=True)
    dev.mkdir()
    (cache / "realbeats-x" / "a.json").write_text(json.dumps({"music21_corpus_path": "ryansMammoth/Used.abc"}))
    (cache / "realbeats-x" / "b.json").write_text(json.dumps({"music21_corpus_path": "inline:harvest_home",
                                                              "title": "Harvest Home"}))
    (dev / "c.json").write_text(json.dumps({"music21_corpus_path": "essenFolksong/altdeu10.abc"}))
    (dev / "make_dev_set.py").write_text('dict(src="miscFolk/americanfifeopus.abc", number=29)\n')
    h5 = tmp_path / "h5.txt"
    h5.write_text("bach/bwv999.mxl\ninline:Soldier's Joy\n")
    monkeypatch.setattr(train4, "CACHE", cache)
    monkeypatch.setattr(dev2, "DEV_DIR", dev)
    monkeypatch.setattr(train4.train3, "HELDOUT5_LIST", h5)
    keys, titles = train4.used_scores()
    assert {"ryansMammoth/Used", "essenFolksong/altdeu10", "miscFolk/americanfifeopus", "bach/bwv999"} <= keys
    assert {"harvesthome", "soldiersjoy"} <= titles
    root = tmp_path / "corpus"
    (root / "ryansMammoth").mkdir(parents=True)
    (root / "ryansMammoth" / "HarvestHomeHornpipe.abc").write_text("X:1\nT:Harvest Home\nM:C|\n")
    (root / "ryansMammoth" / "Fresh.abc").write_text("X:1\nT:A Fresh Reel\nM:C|\n")
    assert train4.refused("ryansMammoth/Used.abc", keys, titles, root)
    assert train4.refused("ryansMammoth/HarvestHomeHornpipe.abc", keys, titles, root)  # by title
    assert train4.refused("oneills1850/0001-0050.abc", keys, titles, root)  # real-heldout2's collection
    assert not train4.refused("ryansMammoth/Fresh.abc", keys, titles, root)
    assert train4._abc_metre(root / "ryansMammoth" / "Fresh.abc") == "C|"
    own = cache / "realbeats-train4"
    own.mkdir()
    (own / "d.json").write_text(json.dumps({"music21_corpus_path": "ryansMammoth/Own.abc"}))
    assert "ryansMammoth/Own" not in train4.used_scores(skip=own)[0]
    assert "ryansMammoth/Own" in train4.used_scores()[0]


def test_the_generator_never_imports_a_held_out_script() -> None:
    import subprocess

    code = ("import sys; sys.path.insert(0, 'benchmarks'); import make_realbeats_train4 as t; t.used_scores(); "
            "print([m for m in sys.modules if 'heldout' in m])")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stdout + r.stderr


def test_a_looped_score_with_an_irregular_bar_is_removed(tmp_path: Path) -> None:
    good = [2, 3, 1, 2, 3, 1, 2, 3, 1, 2]
    bad = [1, 2, 3, 1, 2, 3, 3, 1, 2, 3, 1]  # the pickup after a full last bar: a 4-beat bar
    for name, pos in (("good", good), ("bad", bad)):
        (tmp_path / f"{name}.beats").write_text("".join(f"{0.5 * k:.6f} {p}\n" for k, p in enumerate(pos)))
        for suffix in (".json", ".mp3"):
            (tmp_path / f"{name}{suffix}").write_text("x")
    assert train4._whole_bars(tmp_path, "good") and (tmp_path / "good.mp3").exists()
    assert not train4._whole_bars(tmp_path, "bad")
    assert not any(tmp_path.glob("bad.*"))
