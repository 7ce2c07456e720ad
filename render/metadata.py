"""Finishing a render for sharing: faststart mp4 with the graph that made it, a poster frame.

The graph JSON and run id go into the mp4's standard ``comment`` and ``description`` tags
(FFmpeg's mp4 muxer writes them as iTunes-style ``udta`` atoms that players and ffprobe
show); both are written by a stream-copy remux, so finishing never re-encodes.
"""

from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from render.errors import EncodeError, MediaProbeError

MARK = "mvstudio-graph/1 "  # prefix of the comment tag that holds our graph JSON
RUN_PREFIX = "mvstudio run "
MP4_OPTIONS = {"movflags": "+faststart"}
_UMASK_LOCK = threading.Lock()


def process_umask() -> int:
    """The process umask (read by setting and restoring it, under a lock)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _tmp_for(dest: Path) -> Path:
    return dest.with_name(f".{dest.stem}.{os.getpid()}.{threading.get_ident()}.part"
                          f"{dest.suffix}")


def finish_mp4(src: str | Path, dest: str | Path, *, graph_json: str | None,
               run_id: str | None, poster: bool = True) -> Path | None:
    """Copy ``src`` to ``dest`` as faststart mp4 tagged with the graph and run id, plus a
    poster jpg beside it (``dest`` with suffix ``.jpg``). Temp files then renames: on any
    error neither file is written. Returns the poster path."""
    dest = Path(dest)
    tmp = _tmp_for(dest)
    poster_path = dest.with_suffix(".jpg") if poster else None
    poster_tmp = _tmp_for(poster_path) if poster_path else None
    try:
        if poster_tmp is None:
            _remux(Path(src), tmp, graph_json=graph_json, run_id=run_id)
        else:  # the remux copies packets: the poster is decoded from ``src`` meanwhile
            with ThreadPoolExecutor(1) as pool:
                drawn = pool.submit(write_poster, src, poster_tmp)
                _remux(Path(src), tmp, graph_json=graph_json, run_id=run_id)
                drawn.result()
            os.chmod(poster_tmp, 0o666 & ~process_umask())
        os.chmod(tmp, 0o666 & ~process_umask())
        if poster_tmp is not None and poster_path is not None:
            os.replace(poster_tmp, poster_path)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        if poster_tmp is not None:
            poster_tmp.unlink(missing_ok=True)
        raise
    return poster_path


def _remux(src: Path, out: Path, *, graph_json: str | None, run_id: str | None) -> None:
    import av

    try:
        with av.open(str(src), "r") as inp, \
                av.open(str(out), "w", format="mp4", options=MP4_OPTIONS) as dst:
            dst.metadata.update(_tags(graph_json, run_id))
            mapping = {s.index: dst.add_stream_from_template(s) for s in inp.streams
                       if s.type in ("video", "audio")}
            for packet in inp.demux(*[s for s in inp.streams if s.index in mapping]):
                if packet.dts is None:
                    continue
                packet.stream = mapping[packet.stream.index]
                dst.mux(packet)
    except (av.FFmpegError, OSError) as e:
        raise EncodeError(out, f"cannot write the finished mp4 ({e})") from e


def _tags(graph_json: str | None, run_id: str | None) -> dict[str, str]:
    tags = {"encoder": "mvstudio"}
    if graph_json is not None:
        tags["comment"] = MARK + json.dumps(json.loads(graph_json), separators=(",", ":"),
                                            ensure_ascii=False)
    if run_id:
        tags["description"] = RUN_PREFIX + run_id
    return tags


def write_poster(video: str | Path, out: str | Path, *, at: float = 0.33) -> None:
    """A jpg of the frame ``at`` of the way through ``video`` (past a black intro)."""
    import av

    with av.open(str(video), "r") as c:
        vs = c.streams.video[0]
        vs.thread_type = "AUTO"
        dur = float(vs.duration * vs.time_base) if vs.duration else 0.0
        target = dur * at
        chosen = None
        if target > 0:
            c.seek(int(target / vs.time_base), stream=vs, backward=True)
        for fr in c.decode(vs):
            chosen = fr
            if fr.time is not None and fr.time >= target:
                break
        if chosen is None:
            raise EncodeError(out, "the video has no frames for a poster")
        chosen.to_image().save(str(out), format="JPEG", quality=88)


def read_embedded(path: str | Path) -> dict[str, Any]:
    """The mvstudio tags of an mp4: ``{"graph": str | None, "run_id": str | None}``."""
    import av

    try:
        with av.open(str(path), "r") as c:
            meta = dict(c.metadata)
    except (av.FFmpegError, OSError) as e:
        raise MediaProbeError(path, f"cannot read the video's metadata ({e})") from e
    comment = meta.get("comment", "")
    graph = comment[len(MARK):] if comment.startswith(MARK) else None
    desc = meta.get("description", "")
    run_id = desc[len(RUN_PREFIX):] if desc.startswith(RUN_PREFIX) else None
    return {"graph": graph, "run_id": run_id}


def read_embedded_graph(path: str | Path) -> str | None:
    """The graph JSON embedded in an mvstudio render, or None when it has none."""
    graph = read_embedded(path)["graph"]
    return graph if isinstance(graph, str) else None


def mp4_atom_order(path: str | Path) -> list[str]:
    """Top-level box types of an mp4 in file order (``moov`` before ``mdat`` = faststart)."""
    order: list[str] = []
    with open(path, "rb") as fh:
        size_total = os.fstat(fh.fileno()).st_size
        pos = 0
        while pos + 8 <= size_total:
            fh.seek(pos)
            head = fh.read(16)
            size = int.from_bytes(head[:4], "big")
            order.append(head[4:8].decode("latin-1"))
            if size == 1:
                size = int.from_bytes(head[8:16], "big")
            elif size == 0:
                break
            if size < 8:
                break
            pos += size
    return order
