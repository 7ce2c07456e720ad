"""real-heldout4's generator refuses a score or a title that another set uses, and a GM program
the freepats bank has no patch for (it would sound as another instrument under TiMidity++)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

held4: Any = pytest.importorskip("make_realbeats_heldout4")
if not (held4.dev2.DEV_DIR / "make_dev_set.py").exists():
    pytest.skip("the dev set's generator (shared data) is not on this machine", allow_module_level=True)


def _piece(**kw: Any) -> dict[str, Any]:
    base = dict(name="x", src="essenFolksong/ballad10.abc", title="Die Naehterin", programs=0)
    return {**base, **kw}


def test_own_pieces_are_disjoint() -> None:
    held4.assert_disjoint(held4.PIECES + held4.REJECTED)


@pytest.mark.parametrize("kw", [
    dict(src="essenFolksong/folkHaydn.abc"),          # real-heldout3's collection
    dict(src="ryansMammoth/SomeNewReel.abc"),         # real-train's random pool
    dict(src="bach/bwv999.mxl"),                      # Bach chorales: a random pool
    dict(title="Barbara Allen"),                      # real-heldout3's title, another file
    dict(title="Soldier's Joy"),                      # real-dev's title (from the script / JSON)
])
def test_reuse_refused(kw: dict[str, Any]) -> None:
    with pytest.raises(AssertionError):
        held4.assert_disjoint([_piece(**kw)])


@pytest.mark.skipif(not Path(held4.CFG).exists(), reason="apt freepats not installed")
def test_program_without_patch_refused() -> None:
    held4.assert_in_bank([_piece(programs=0)])
    with pytest.raises(AssertionError, match="110"):
        held4.assert_in_bank([_piece(programs=[0, 110])])  # fiddle: not in freepats
