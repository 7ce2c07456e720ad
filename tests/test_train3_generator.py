"""real-train3's generator: band excerpts annotated on the written grid (the dotted quarter in
6/8 and 12/8), no swing anywhere, and real-heldout5's scores and titles refused."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_realbeats_train3 as train3  # noqa: E402


def test_beat_lines_follow_the_grid_from_a_downbeat() -> None:
    start, lines = train3.beat_lines(2, 3, 0.5, 20.0)
    rows = np.array([[float(v) for v in line.split()] for line in lines])
    assert start == pytest.approx(2 * 3 * 0.5 - 0.25)
    assert rows[0, 0] == pytest.approx(0.25) and rows[0, 1] == 1  # half a beat in, a downbeat
    assert np.allclose(np.diff(rows[:, 0]), 0.5)
    assert list(rows[:4, 1]) == [1, 2, 3, 1]
    assert rows[-1, 0] < 20.0


def test_specs_have_no_swing_and_compound_styles_count_dotted_quarters() -> None:
    rng = random.Random(1)
    specs: list[dict[str, Any]] = [train3._spec(rng, k) for k in range(60)]
    assert all("swing" not in p for p in specs)
    for name, style in train3.STYLES.items():
        lo, hi = style["bpm"]
        if name in ("six8", "shuffle128"):
            assert style["sub"] == 3 and hi <= 96  # dotted quarters a minute, not eighths
        assert all(lo <= p["bpm"] <= hi for p in specs if p["style"] == name)
    assert {p["soundfont"] for p in specs} <= set(train3.SOUNDFONTS)
    assert not any("csound" in sf.lower() for sf in train3.SOUNDFONTS)


def test_heldout5_list_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "heldout5-scores.txt"
    f.write_text("# comment\nessenFolksong/test0.abc\nbeethoven/opus59no2/movement4.mxl\n"
                 "inline:Oh! Susanna\ninline:Ode to Joy (Beethoven)\n")
    monkeypatch.setattr(train3, "HELDOUT5_LIST", f)
    paths, titles = train3.heldout5_excluded()
    assert paths == {"essenFolksong/test0", "beethoven/opus59no2/movement4"}
    assert titles == {"ohsusanna", "odetojoy"}
    assert train3._norm("OhSusanna") in titles
