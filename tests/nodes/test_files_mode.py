"""Atomic writes create files with the process umask, like open() would (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat

from nodes.files import atomic_copy, atomic_write_bytes


def test_atomic_writes_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "a.json", b"{}")
        atomic_copy(tmp_path / "a.json", tmp_path / "b.json")
        os.umask(0o027)
        atomic_write_bytes(tmp_path / "c.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "b.json").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "c.json").stat().st_mode) == 0o640
