"""Cost of effects and transitions per 1080p frame, and a whole render with three effects
active every frame against the same render without effects, measured in the same run.

Usage: python benchmarks/effects_cost.py [--frames 90] [--repeats 2]

Part 1 applies each effect (typical strength) to a real 1920x1080 yuv420p picture (the
procedural provider's lighthouse scene) 15 times and prints the median ms. Part 2 renders
a 1080p timeline (libx264 veryfast) per repeat on two kinds of footage: three stills moved
by Ken Burns recipes (as the demo's pictures are drawn) and three 1080p H.264 clips (decoded,
as provider videos are). Each plain, with the demo's effects (zoom punch on every beat on the
clips, as the demo graph has it: on a Ken Burns still it is drawn inside the move's warp;
flash on every 4th beat and vignette on the timeline), the same three all on the timeline,
and zoom punch, flash and vignette all active on every frame (timeline).
CPU time of the process (all threads) is the measure, since the machine is shared; the
ratios are printed last. Effects whose driven amount rests at 0 are skipped, so the "every
frame" case is the worst case; the extra x264 work on changed pictures is part of the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TYPICAL = {"zoom_punch": {"amount": 0.08}, "shake": {"amount": 0.5}, "flash": {"amount": 0.4},
           "exposure": {"ev": 0.5, "contrast": 1.2}, "hue_shift": {"degrees": 40.0},
           "rgb_split": {"amount": 0.006}, "blur": {"amount": 0.15}, "vignette": {"amount": 0.4},
           "glitch": {"amount": 0.6}, "strobe": {"amount": 1.0, "period_frames": 2},
           "grade": {"saturation": 1.2, "temperature": 0.2}}


def picture(w: int, h: int) -> object:
    import av

    from providers.local.procedural import render_array

    rgb = render_array("a lighthouse at night under the northern lights", 1, w, h)
    return av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")


def per_frame_costs() -> None:
    from render.effects import get_effect
    from render.effects.base import FrameCtx
    from render.frames import from_planes, to_planes
    from render.transitions import BUILTIN, get_transition

    frame = picture(1920, 1080)
    base = to_planes(frame)
    ctx = FrameCtx(width=1920, height=1080, fps=Fraction(30))
    t = [_time(lambda: from_planes(to_planes(frame))) for _ in range(15)]
    print(f"{'planes round trip':18s} {statistics.median(t):6.2f} ms (paid once per frame)")
    for name, params in TYPICAL.items():
        defn = get_effect(name)
        vals = defn.clamp({**defn.defaults(), **params})
        fn = defn.apply
        assert fn is not None
        times = []
        for k in range(15):
            ctx.k = k
            arr = base.copy()
            times.append(_time(lambda arr=arr, fn=fn, vals=vals: fn(arr, vals, ctx)))
        print(f"effect {name:11s} {statistics.median(times):6.2f} ms")
    other = base[:, ::-1].copy()
    for name in BUILTIN:
        tr = get_transition(name)
        times = [_time(lambda i=i, tr=tr: tr.blend(base, other, i, 10, 5, ctx))
                 for i in range(10)]
        print(f"transition {name:9s} {statistics.median(times):6.2f} ms")


def _time(fn: object) -> float:
    """CPU ms of one call, all threads (OpenCV may use several; the machine is shared, so
    wall time would measure the others)."""
    t0 = time.process_time()
    fn()  # type: ignore[operator]
    return (time.process_time() - t0) * 1000


def timeline(sources: list[Path], frames: int, effects: tuple[tuple, tuple], *,
             recipe: bool) -> object:
    """``effects`` = (on the whole timeline, on each clip)."""
    from render.timeline import Motion, OutputSettings, Timeline, VideoSegment

    n = frames // len(sources)
    move = Motion(zoom_from=1.0, zoom_to=1.2, pan_x=0.5) if recipe else None
    return Timeline(output=OutputSettings(width=1920, height=1080, fps=Fraction(30)),
                    total_frames=n * len(sources), effects=effects[0],
                    segments=tuple(VideoSegment(str(p), i * n, n, motion=move,
                                                effects=effects[1])
                                   for i, p in enumerate(sources)))


def variants(frames: int) -> dict[str, tuple]:
    from render.timeline import Effect

    trio = (Effect("zoom_punch", params={"amount": 0.06}), Effect("flash", params={"amount": 0.2}),
            Effect("vignette", params={"amount": 0.35, "softness": 0.6}))
    grid = [0.5 * i for i in range(int(frames / 15) + 2)]  # 120 BPM
    beat = {"param": "amount", "source": "events", "beats_s": grid, "decay_beats": 0.5,
            "events_beats": list(range(len(grid)))}
    demo = (Effect("zoom_punch", params={"amount": 0.0}, drivers=({**beat, "amount": 0.07},)),
            Effect("flash", params={"amount": 0.0},
                   drivers=({**beat, "amount": 0.55, "events_beats": list(range(0, len(grid),
                                                                               4))},)),
            Effect("vignette", params={"amount": 0.35, "softness": 0.6}))
    # the demo puts its punch on the clips: on a Ken Burns still it is drawn in the move's warp
    return {"plain": ((), ()), "as in the demo": (demo[1:], demo[:1]),
            "demo, all on timeline": (demo, ()), "three effects": (trio, ())}


def material(tmp: str, frames: int) -> dict[str, tuple[list[Path], bool]]:
    """Two kinds of footage: stills moved by Ken Burns recipes (drawn in the final encode, as
    the demo's pictures are) and 1080p H.264 clips (decoded, as provider videos are)."""
    from PIL import Image

    from providers.local.procedural import render_array
    from render.kenburns import make_kenburns_clip

    stills, clips = [], []
    for i, prompt in enumerate(("a lighthouse at night", "a city at night", "the sea")):
        Image.fromarray(render_array(prompt, i, 1920, 1080)).save(f"{tmp}/{i}.png")
        make_kenburns_clip(f"{tmp}/{i}.png", f"{tmp}/{i}.mp4", width=1920, height=1080,
                           fps=Fraction(30), duration_frames=frames // 3, zoom_to=1.2,
                           pan=(0.5, 0))
        stills.append(Path(f"{tmp}/{i}.png"))
        clips.append(Path(f"{tmp}/{i}.mp4"))
    return {"Ken Burns stills": (stills, True), "1080p H.264 clips": (clips, False)}


def render_ratio(frames: int, repeats: int) -> None:
    from render.encode import render_timeline

    fx = variants(frames)
    ratios: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, (sources, recipe) in material(tmp, frames).items():
            best = dict.fromkeys(fx, float("inf"))
            for _ in range(repeats):
                for label, effects in fx.items():
                    c0, w0 = time.process_time(), time.perf_counter()
                    render_timeline(timeline(sources, frames, effects, recipe=recipe),
                                    Path(tmp) / "o.mp4")
                    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
                    best[label] = min(best[label], cpu)
                    print(f"{kind}, 1080p {frames} frames, {label:21s}: CPU {cpu:6.2f} s, "
                          f"wall {wall:6.2f} s, {cpu / frames * 1000:6.1f} ms CPU per frame")
            ratios[kind] = (best["as in the demo"] / best["plain"],
                            best["three effects"] / best["plain"])
            print(f"{kind}: demo's effects all on the timeline / no effects: "
                  f"{best['demo, all on timeline'] / best['plain']:.2f}x")
    for kind, (demo, _trio) in ratios.items():
        print(f"{kind}: demo's three effects (punch on beats on the clips, flash on downbeats, "
              f"vignette) / no effects (CPU time): {demo:.2f}x")
    for kind, (_demo, trio) in ratios.items():
        print(f"{kind}: three effects active on every frame / no effects (CPU time): "
              f"{trio:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=90)
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}")
    per_frame_costs()
    render_ratio(args.frames, args.repeats)


if __name__ == "__main__":
    main()
