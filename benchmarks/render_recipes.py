"""The demo render against the encoder's physical limit, and its memory (issue 12).

Claim: rendering the demo graph with a cold cache (song analysis excluded: it is cached by a
first run of just the analysis) takes <= 1.5x the time to encode the same output from raw
frames held in memory with the same encoder settings, measured in the same run; the
renderer's peak RSS stays under 600 MB and flat in length.

1. ``mvstudio render`` of a two-node graph (song + analysis) fills the cache with the beats.
2. ``mvstudio render assets/demo/demo.mvgraph`` in a fresh process on that cache: images,
   Ken Burns recipes, montage and the render all run cold. Wall time of the whole process
   (start-up included), and its peak RSS (``ru_maxrss`` of that child alone).
3. The reference: the rendered file is decoded back into raw yuv420p frames and PCM held in
   memory (in chunks of ``--chunk`` frames, decoding untimed), then encoded with the same
   codec, size, fps, crf, preset, threads and audio settings into an mp4; only encoding and
   muxing are timed.
4. Peak RSS of ``render_timeline`` on a demo-like recipe timeline (720p stills moving every
   2 s) at 30 s and at 120 s, each in its own process.

Steps 1-3 are repeated ``--reps`` times (each with a fresh cache), pairing each render with
its own reference; the medians are reported.

x264's threads may finish frames queued in its lookahead while the next chunk is decoded
(untimed); ``--chunk 0`` holds all frames at once (~1.7 GB for the demo) to rule that out.
Measured: 18.5 vs 18.6 CPU-s (chunks of 120 vs all 1200 frames, load 14), so the default
stays 120.

The project's bytecode is compiled first (untimed), as an install does.

Usage: python benchmarks/render_recipes.py [--chunk 120] [--reps 3]
Prints the median ratio (demo render wall / reference encode wall) as its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "assets" / "demo" / "demo.mvgraph"


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one child process.

    The peak is the child's own ``VmHWM`` (polled): ``ru_maxrss`` of a child also counts the
    parent's high-water mark inherited through fork/exec, so it grew with the reference's
    frame buffers held in this process."""
    with tempfile.TemporaryFile("w+") as log:  # a pipe could fill up while we poll
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=log, text=True)
        peak_kb = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak_kb = max(peak_kb, _hwm_kb(proc.pid))
            time.sleep(0.1)
        wall = time.perf_counter() - started
        log.seek(0)
        err = log.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
    return wall, peak_kb / 1024, usage.ru_utime + usage.ru_stime


def _hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmHWM")), 0)
    except OSError:
        return 0


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def analysis_graph(path: Path) -> Path:
    demo = json.loads(DEMO.read_text())
    song = next(n for n in demo["nodes"] if n["id"] == "song")
    beats = next(n for n in demo["nodes"] if n["id"] == "beats")
    song = {**song, "params": {**song["params"],
                               "path": str(DEMO.parent / song["params"]["path"])}}
    path.write_text(json.dumps({"format": "mvstudio.graph", "version": 1,
                                "nodes": [song, beats],
                                "links": [{"from": ["song", "audio"],
                                           "to": ["beats", "audio"]}]}))
    return path


def demo_settings() -> dict[str, object]:
    from render.timeline import PRESETS

    params = next(n for n in json.loads(DEMO.read_text())["nodes"]
                  if n["type"] == "out.render")["params"]
    size = PRESETS[params.get("preset", "720p")]
    return {"width": size.width, "height": size.height, "crf": int(params.get("crf", 20)),
            "preset": str(params.get("x264_preset", "veryfast")),
            "audio_rate": size.audio_rate_hz, "audio_bitrate": size.audio_bitrate,
            "threads": size.threads}


def reference_encode(src: Path, dst: Path, chunk: int) -> tuple[float, float]:
    """Wall and CPU seconds spent encoding ``src``'s frames and audio (held in memory) into
    ``dst`` (the untimed decoding is excluded from both)."""
    import av

    s = demo_settings()
    with av.open(str(src)) as c:
        fps = Fraction(c.streams.video[0].average_rate)
        audio = [f for f in c.decode(audio=0)]  # a few MB of PCM
    spent = cpu = 0.0
    with av.open(str(src)) as inp, av.open(str(dst), "w", format="mp4") as out:
        t0, c0 = time.perf_counter(), _cpu()
        vs = out.add_stream("libx264", rate=fps, options={"crf": str(s["crf"]),
                                                           "preset": str(s["preset"])})
        vs.width, vs.height, vs.pix_fmt = int(s["width"]), int(s["height"]), "yuv420p"  # type: ignore[call-overload]
        vs.codec_context.thread_type = "AUTO"
        vs.codec_context.thread_count = int(s["threads"])  # type: ignore[call-overload]
        aus = out.add_stream("aac", rate=int(s["audio_rate"]), layout="stereo")  # type: ignore[call-overload]
        aus.bit_rate = int(s["audio_bitrate"])  # type: ignore[call-overload]
        for f in audio:
            f.pts = None
            for p in aus.encode(f):
                out.mux(p)
        for p in aus.encode(None):
            out.mux(p)
        spent, cpu = spent + time.perf_counter() - t0, cpu + _cpu() - c0
        frames = inp.decode(video=0)
        k = 0
        while True:
            held = []
            for f in frames:  # decode a chunk into memory: not timed
                held.append(av.VideoFrame.from_ndarray(f.to_ndarray(format="yuv420p"),
                                                       format="yuv420p"))
                if len(held) >= chunk:
                    break
            t0, c0 = time.perf_counter(), _cpu()
            for f in held:
                f.pts, f.time_base = k, 1 / fps
                k += 1
                for p in vs.encode(f):
                    out.mux(p)
            if len(held) < chunk:
                for p in vs.encode(None):
                    out.mux(p)
            spent, cpu = spent + time.perf_counter() - t0, cpu + _cpu() - c0
            if len(held) < chunk:
                break
        t0, c0 = time.perf_counter(), _cpu()
    # container close (trailer) included
    return spent + time.perf_counter() - t0, cpu + _cpu() - c0


def _whole_chunk(src: Path) -> int:
    """All frames of ``src`` when they take at most half the available memory, else 120."""
    import av

    with av.open(str(src)) as c:
        v = c.streams.video[0]
        n = v.frames or int(float(c.duration or 0) / 1e6 * float(v.average_rate or 30)) + 1
        need = n * v.width * v.height * 3 // 2
    with open("/proc/meminfo") as f:
        avail = next(int(line.split()[1]) * 1024 for line in f
                     if line.startswith("MemAvailable"))
    return n if need <= avail // 2 else 120


RSS_CHILD = r'''
import sys, numpy as np
from fractions import Fraction
from pathlib import Path
from PIL import Image, ImageFilter
from render.encode import render_timeline
from render.timeline import Motion, OutputSettings, Timeline, VideoSegment
tmp, seconds = Path(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(0)
paths = []
for i in range(6):
    p = tmp / f"still{i}.png"
    if not p.exists():
        small = Image.fromarray((rng.random((72, 128, 3)) * 255).astype(np.uint8))
        small.resize((1280, 720), Image.Resampling.BICUBIC).filter(
            ImageFilter.GaussianBlur(4)).save(p)
    paths.append(str(p))
moves = [(1.0, 1.18, 0.6, 0.0), (1.18, 1.0, -0.6, 0.2), (1.0, 1.15, -0.5, -0.4)]
segs = tuple(VideoSegment(paths[i % 6], i * 60, 60, motion=Motion(*moves[i % 3], 66))
             for i in range(seconds // 2))
tl = Timeline(output=OutputSettings(width=1280, height=720, fps=Fraction(30), crf=21),
              total_frames=seconds * 30, segments=segs)
render_timeline(tl, tmp / f"rss{seconds}.mp4")
'''


PACKAGES = ("audio_sync", "nodes", "providers", "render", "studio", "timebase")


def compile_bytecode() -> None:
    """Compile the project's modules once, untimed, as ``pip install`` does: a source checkout
    run with PYTHONDONTWRITEBYTECODE=1 (as on the shared machine) would otherwise compile
    ~100 modules in every timed process (~0.35 CPU-s of start-up an installed mvstudio never
    pays). The reference encode has no such cost either."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", *PACKAGES], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    print("bytecode of the project's packages compiled (untimed), as by an install")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chunk", type=int, default=120, help="frames held in memory at once "
                    "(0: all of them if half the available memory holds them, else 120)")
    ap.add_argument("--reps", type=int, default=3, help="render/reference pairs (median)")
    args = ap.parse_args()
    pairs: list[tuple[float, float, float, float, float]] = []
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        cli = [sys.executable, "-m", "studio.cli", "render"]
        for rep in range(args.reps):  # a fresh cache each time: images and render run cold
            env = {**os.environ, "MVSTUDIO_HOME": str(tmp / f"home{rep}")}
            if rep == 0:
                warm_s, _, _ = run_child([*cli, str(analysis_graph(tmp / "a.mvgraph"))], env)
            else:
                run_child([*cli, str(tmp / "a.mvgraph")], env)
            out, report = tmp / f"demo{rep}.mp4", tmp / f"report{rep}.json"
            # the demo has a 16:9 and a 9:16 output: measure the 16:9 one (--target render)
            load = os.getloadavg()[0]
            render_s, render_mb, render_cpu = run_child(
                [*cli, str(DEMO), "--target", "render", "--set", f"render.path={out}",
                 "--report", str(report)], env)
            nodes = json.loads(report.read_text())["nodes"]
            assert nodes["beats"]["cache_hit"] and not nodes["render"]["cache_hit"], nodes
            chunk = args.chunk or _whole_chunk(out)
            ref_s, ref_cpu = reference_encode(out, tmp / "ref.mp4", chunk)
            pairs.append((render_s, ref_s, render_cpu, ref_cpu, render_mb))
            slow = sorted(nodes.items(), key=lambda kv: -kv[1]["seconds"])[:3]
            print(f"rep {rep + 1}: load {load:.2f}; reference from {chunk} frames at a time; demo render {render_s:.1f} s wall / "
                  f"{render_cpu:.1f} s CPU / {render_mb:.0f} MB (slowest nodes: "
                  + ", ".join(f"{n} {r['seconds']:.1f} s" for n, r in slow)
                  + f"); reference {ref_s:.1f} s wall / {ref_cpu:.1f} s CPU; ratio "
                  f"{render_s / ref_s:.2f}x wall, {render_cpu / ref_cpu:.2f}x CPU", flush=True)
            (tmp / "ref.mp4").unlink()
        rss = {}
        for seconds in (30, 120):
            _, rss[seconds], _ = run_child([sys.executable, "-c", RSS_CHILD, str(tmp),
                                            str(seconds)], env)
    render_s, ref_s, render_cpu, ref_cpu = (statistics.median(p[i] for p in pairs)
                                            for i in range(4))
    wall_ratio = statistics.median(p[0] / p[1] for p in pairs)
    cpu_ratio = statistics.median(p[2] / p[3] for p in pairs)
    print(f"analysis-only warm-up {warm_s:.1f} s")
    print(f"peak RSS: demo render process {max(p[4] for p in pairs):.0f} MB; recipe timeline "
          f"30 s {rss[30]:.0f} MB, 120 s {rss[120]:.0f} MB (claim < 600 MB, flat in length)")
    print(f"CPU seconds (median of {len(pairs)}): demo render process {render_cpu:.1f} s, "
          f"reference encode {ref_cpu:.1f} s (ratio {cpu_ratio:.2f}x); load average now "
          f"{os.getloadavg()[0]:.2f}")
    print(f"demo render cold (analysis cached) {render_s:.1f} s vs encoding the same output "
          f"from memory {ref_s:.1f} s (medians of {len(pairs)}): ratio {wall_ratio:.2f}x "
          f"(claim <= 1.5x)")


if __name__ == "__main__":
    main()
