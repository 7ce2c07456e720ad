"""studio.cluster pieces that need no running Ray."""

from __future__ import annotations

from pathlib import Path


def test_files_in_the_object_store_are_put_once_and_the_oldest_dropped_past_the_limit(
        tmp_path: Path) -> None:
    from studio.cluster import FileRefs

    put: list[bytes] = []
    refs = FileRefs(lambda data: put.append(data) or len(put), limit_bytes=10)
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"aaaaaa")
    b.write_bytes(b"bbbbbb")
    assert refs.ref(a) == refs.ref(a) == 1  # one put per file
    assert refs.ref(b) == 2 and refs.bytes == 6  # 12 bytes > 10: a's ref was dropped
    assert refs.ref(a) == 3  # so a is put again, and b dropped
    assert put == [b"aaaaaa", b"bbbbbb", b"aaaaaa"]
