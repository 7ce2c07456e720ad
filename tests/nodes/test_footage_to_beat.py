"""Done test for issue 12's render core: a graph cuts your own footage to the beat.

Three videos of different fps, size and codec (one from ``input.video``, two from a folder),
two stills from the same folder, a generated still (Ken Burns recipe) and a generated video
are joined into one list and montaged on beat slots, with a manual override. Every coded
test clip carries its clip id and frame index as blocks; the test reads back which source
frame landed in every output frame. Stills and generated media are checked against their
independently computed expected frames.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from graphkit import make_graph

from nodes.executor import Executor
from nodes.provider_hub import ProviderHub
from nodes.registry import default_registry

sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
from media import make_coded_clip, make_coded_still, read_code  # noqa: E402

W, H, FPS = 320, 180, Fraction(30)
# coded videos: clip id -> (file, fps, frames); id 3 is shorter than a slot (hold)
VIDEOS = {1: ("v1.mp4", Fraction(24), 60, "libx264", (320, 180)),
          2: ("v2.webm", Fraction(25), 50, "libvpx-vp9", (480, 270)),
          3: ("v3.mp4", Fraction(30), 8, "mpeg4", (640, 360))}


def _media(tmp: Path) -> tuple[Path, Path]:
    folder = tmp / "footage"
    folder.mkdir()
    for cid, (name, fps, n, codec, (w, h)) in VIDEOS.items():
        make_coded_clip((tmp if cid == 1 else folder) / name, fps=fps, n_frames=n,
                        clip_id=cid, codec=codec, width=w, height=h)
    make_coded_still(folder / "a.png", clip_id=4)
    make_coded_still(folder / "b.jpg", clip_id=5, width=400, height=300)
    return tmp / "v1.mp4", folder


def _song(path: Path) -> Path:
    from audio_sync.testsongs import make_song, write_wav

    audio, _ = make_song(bpm=120, duration_s=6.0, seed=5, drumless_breakdown=False)
    return write_wav(path, audio)


def _graph(tmp: Path) -> Any:
    v1, folder = _media(tmp)
    nodes = {
        "song": ("input.audio", {"path": str(_song(tmp / "song.wav"))}),
        "beats": ("audio.analyze", {}),
        "cuts": ("audio.cut_plan", {"every": 1, "unit": "beat", "min_shot_s": 0.3,
                                    "max_shot_s": 2.0, "fps": "30"}),
        "v1": ("input.video", {"path": str(v1)}),
        "folder": ("input.folder", {"path": str(folder)}),
        "prompt": ("input.text", {"text": "a red door"}),
        "img": ("gen.image", {"model": "local:procedural", "width": 320, "height": 180}),
        "kb": ("comp.kenburns", {"duration_s": 0.4, "motion": "manual", "zoom_from": 1.0,
                                 "zoom_to": 1.3, "pan_x": 0.5, "pan_y": 0.0, "fps": "30"}),
        "gvid": ("gen.video", {"model": "local:motion", "width": 320, "height": 180,
                               "duration_s": 1.0}),
        "join": ("list.join", {}),
        "montage": ("comp.montage", {"order": "cycle", "policy": "hold", "overrides": "0:4"}),
        "render": ("out.render", {"path": str(tmp / "out.mp4"), "preset": "custom",
                                  "width": W, "height": H, "crf": 10,
                                  "x264_preset": "ultrafast", "fade_out_s": 0.0}),
    }
    links = ["song.audio->beats.audio", "beats.beats->cuts.beats", "prompt.text->img.prompt",
             "img.image->kb.image", "img.image->gvid.image", "v1.video->join.in1",
             "folder.media->join.in2", "kb.video->join.in3", "gvid.video->join.in4",
             "join.list->montage.clips", "cuts.plan->montage.plan",
             "montage.timeline->render.timeline", "song.audio->render.audio"]
    return make_graph(nodes, links)


def _run(tmp: Path, engine: Any) -> Any:
    hub = ProviderHub(runs=engine.runs, env={})
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                  runs=engine.runs, services={"providers": hub}, sink=engine.sink)
    return asyncio.run(ex.run(_graph(tmp)))


def _decode(path: Path) -> list[np.ndarray]:
    import av

    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _luma(rgb: np.ndarray) -> np.ndarray:
    return rgb.astype(float).mean(axis=2)


def _best(frame: np.ndarray, candidates: list[np.ndarray]) -> tuple[int, float]:
    diffs = [float(np.abs(_luma(frame) - c).mean()) for c in candidates]
    j = int(np.argmin(diffs))
    return j, diffs[j]


def _kb_frames(path: Path, n: int, move: tuple[float, float, float, float]) -> list[np.ndarray]:
    from render.kenburns import KenBurns, load_rgb

    kb = KenBurns(load_rgb(path), width=W, height=H, n_frames=n, zoom_from=move[0],
                  zoom_to=move[1], pan=(move[2], move[3]))
    return [_luma(kb.frame(j).to_ndarray(format="rgb24")) for j in range(n)]


def _video_frames(path: Path) -> tuple[list[Fraction], list[np.ndarray]]:
    import av

    from render.frames import Fitter

    fit = Fitter(fit="cover", width=W, height=H)
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        out = [(Fraction(f.pts - (s.start_time or 0)) * s.time_base,
                _luma(fit(f).to_ndarray(format="rgb24"))) for f in c.decode(s)]
    return [t for t, _ in out], [f for _, f in out]


def test_own_footage_cut_to_the_beat_frame_by_frame(tmp_path: Path, engine: Any) -> None:
    from nodes.builtin.montage import KENBURNS_MOVES, auto_move

    res = _run(tmp_path, engine)
    assert res.status == "succeeded", res.error
    out = res.outputs
    elements = out["join"]["list"]
    assert len(elements) == 7  # v1, a.png, b.jpg, v2.webm, v3.mp4, Ken Burns recipe, gen video
    assert isinstance(elements[5], dict) and elements[5]["clip"] == 1  # a recipe, not a file
    plan = out["cuts"]["plan"]
    slots = plan["slots"]
    assert len(slots) >= 8
    frames = _decode(tmp_path / "out.mp4")
    assert len(frames) == plan["total_frames"]
    stills = {1: tmp_path / "footage" / "a.png", 2: tmp_path / "footage" / "b.jpg"}
    gen_t, gen_frames = _video_frames(elements[6].path)
    checked = {e: 0 for e in range(7)}
    previous: tuple[float, float, float, float] | None = None  # the last shot's move
    for i, slot in enumerate(slots):
        e = 4 if i == 0 else i % 7  # override 0:4, then cycle
        n = slot["end_frame"] - slot["start_frame"]
        move = None
        if e in stills:  # chosen by content hash; never the previous shot's move
            move = auto_move(hashlib.sha256(stills[e].read_bytes()).hexdigest())
            if move == previous:
                move = KENBURNS_MOVES[(KENBURNS_MOVES.index(move) + 1) % len(KENBURNS_MOVES)]
            expect = _kb_frames(stills[e], n, move)
        elif e == 5:
            move = (1.0, 1.3, 0.5, 0.0)
            expect = _kb_frames(elements[5]["source"].path, 12, move)
        previous = move
        for r in range(n):
            got = frames[slot["start_frame"] + r]
            if e in (0, 3, 4):  # coded videos: read clip id and source frame index
                cid = {0: 1, 3: 2, 4: 3}[e]
                _, src_fps, count, _, _ = VIDEOS[cid]
                want = min(math.floor(Fraction(r) / FPS * src_fps), count - 1)  # then hold
                assert read_code(got) == (cid, want), (i, r)
            elif e == 6:
                t = Fraction(r) / FPS
                want = max(j for j, tj in enumerate(gen_t) if tj <= t + Fraction(1, 2000))
                j, diff = _best(got, gen_frames)
                assert diff < 4 and abs(float(gen_t[j] - gen_t[want])) < 1e-9 or \
                    float(np.abs(_luma(got) - gen_frames[want]).mean()) <= diff + 0.5, (i, r)
            else:  # stills and the recipe: the Ken Burns frame r (held at the recipe's end)
                want = min(r, len(expect) - 1)
                j, diff = _best(got, expect)
                assert diff < 4, (i, r, diff)
                assert abs(j - want) <= 1 or float(
                    np.abs(_luma(got) - expect[want]).mean()) <= diff + 0.5, (i, r, j, want)
            checked[e] += 1
    assert all(checked.values()), checked  # every element was on screen and checked
    moved = [frames[slots[1]["start_frame"]], frames[slots[1]["end_frame"] - 1]]
    assert np.abs(_luma(moved[0]) - _luma(moved[1])).mean() > 2  # the still moves
