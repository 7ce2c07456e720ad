"""mvstudio's renderer vs the equivalent single ffmpeg CLI command, same inputs and settings.

Six clips of mixed fps, sizes and codecs (H.264, VP9, MPEG-4, a PNG still) are cut every 2 s
against a song into a 1920x1080 30 fps libx264 (same preset, crf, threads) + AAC file, by
``render.render_timeline`` and by one ``ffmpeg -filter_complex "fps,scale,crop|pad,concat"``
command (input ``-ss/-t`` seeking by default, or the ``trim`` filter with ``--baseline trim``),
alternating, several repetitions. Each render runs in a child process so that its wall time
and peak RSS (VmHWM) are measured the same way. Then peak RSS at 60 s vs 240 s songs.

Usage: python benchmarks/render_vs_ffmpeg.py [--reps 3] [--seconds 60] [--long 240]
       [--width 1920 --height 1080] [--keep DIR]
Prints the ratio (mvstudio wall / ffmpeg wall) as its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CLIPS = [  # name, codec args, size, fps, seconds
    ("c1.mp4", ["-c:v", "libx264", "-preset", "ultrafast"], "1280x720", "24000/1001", 12),
    ("c2.webm", ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "2M"],
     "960x540", "25", 12),
    ("c3.mp4", ["-c:v", "mpeg4", "-q:v", "5"], "640x480", "60", 12),
    ("c4.mp4", ["-c:v", "libx264", "-preset", "ultrafast"], "1080x1920", "30", 12),
    ("c5.mp4", ["-c:v", "libx264", "-preset", "ultrafast"], "1920x1080", "24", 12),
    ("c6.png", None, "1024x1024", None, 0),
]


def fit_of(j: int) -> str:
    """Even segments crop to cover the frame, odd ones are letterboxed (scale + pad)."""
    return "cover" if j % 2 == 0 else "contain"


def fit_filter(fit: str, w: int, h: int) -> str:
    """The same scale/crop/pad chain mvstudio builds (render.frames.fit_filter)."""
    sys.path.insert(0, str(ROOT))
    from render.frames import fit_filter as chain

    return chain(fit, w, h)


def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def make_inputs(d: Path, seconds: float) -> tuple[list[Path], Path]:
    ff = ffmpeg_exe()
    paths = []
    for name, codec, size, fps, dur in CLIPS:
        p = d / name
        paths.append(p)
        if p.exists():
            continue
        if codec is None:
            cmd = [ff, "-v", "error", "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=1",
                   "-frames:v", "1", str(p)]
        else:
            cmd = [ff, "-v", "error", "-f", "lavfi", "-i", f"testsrc2=size={size}:rate={fps}",
                   "-t", str(dur), "-pix_fmt", "yuv420p", *codec, str(p)]
        subprocess.run(cmd, check=True)
    song = d / f"song{int(seconds)}.wav"
    if not song.exists():
        rate = 48000
        t = np.arange(int(seconds * rate)) / rate
        y = 0.2 * np.sin(2 * np.pi * 220 * t) * (1 + np.sign(np.sin(2 * np.pi * 2 * t))) / 2
        with wave.open(str(song), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes((y * 32767).astype("<i2").tobytes())
    return paths, song


def plan(paths: list[Path], seconds: float, fps: int) -> list[tuple[int, Path, float, int]]:
    """(start_frame, clip, source_in_s, duration_frames): cuts every 2 s, cycling clips."""
    total = int(seconds * fps)
    cut = 2 * fps
    out = []
    for i, start in enumerate(range(0, total, cut)):
        clip = paths[i % len(paths)]
        src_in = 0.0 if clip.suffix == ".png" else float((i // len(paths)) % 4) * 2.0
        out.append((start, clip, src_in, min(cut, total - start)))
    return out


def timeline_json(segs: list, song: Path, seconds: float, w: int, h: int, fps: int) -> str:
    sys.path.insert(0, str(ROOT))
    from fractions import Fraction

    from render.timeline import AudioTrack, OutputSettings, Timeline, VideoSegment

    o = OutputSettings(width=w, height=h, fps=Fraction(fps), crf=20, preset="veryfast")
    tl = Timeline(output=o, total_frames=int(seconds * fps), audio=(AudioTrack(str(song)),),
                  segments=tuple(VideoSegment(str(c), s, n, source_in_s=i, fit=fit_of(j))
                                 for j, (s, c, i, n) in enumerate(segs)))
    return json.dumps(tl.to_dict())


def ffmpeg_cmd(segs: list, song: Path, seconds: float, w: int, h: int, fps: int,
               out: Path, *, baseline: str = "seek") -> list[str]:
    """``seek``: input ``-ss/-t`` (ffmpeg decodes only what it needs: the strong baseline);
    ``trim``: the ``trim`` filter (decodes each input from its start)."""
    args, chains = [], []
    for j, (_, clip, src_in, n) in enumerate(segs):
        dur = n / fps
        if clip.suffix == ".png":
            args += ["-loop", "1", "-framerate", str(fps), "-t", f"{dur}", "-i", str(clip)]
            trim = ""
        elif baseline == "seek":
            args += ["-ss", f"{src_in}", "-t", f"{dur}", "-i", str(clip)]
            trim = ""
        else:
            args += ["-i", str(clip)]
            trim = f"trim=start={src_in}:end={src_in + dur},setpts=PTS-STARTPTS,"
        chains.append(f"[{j}:v]{trim}fps={fps},{fit_filter(fit_of(j), w, h)}[v{j}]")
    graph = ";".join(chains) + ";" + "".join(f"[v{j}]" for j in range(len(segs))) + \
        f"concat=n={len(segs)}:v=1:a=0[v]"
    return [ffmpeg_exe(), "-v", "error", "-y", *args, "-i", str(song), "-filter_complex", graph,
            "-map", "[v]", "-map", f"{len(segs)}:a", "-c:v", "libx264", "-preset", "veryfast",
            "-crf", "20", "-threads", "0", "-c:a", "aac", "-b:a", "192k", "-ar", "48000",
            "-ac", "2", "-t", str(seconds), str(out)]


# The child renders and reports its own peak RSS, so both tools are measured alike.
CHILD = r'''
import json, sys, time
sys.path.insert(0, sys.argv[1])
t0 = time.perf_counter()
from render.encode import render_timeline
from render.timeline import Timeline
tl = Timeline.from_dict(json.load(open(sys.argv[2])))
render_timeline(tl, sys.argv[3])
'''


def run_timed(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user+sys, all threads) and peak RSS in MB (VmHWM) of one
    child process. CPU time is the figure least disturbed by other load on the machine."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_kb = 0
    status = Path(f"/proc/{proc.pid}/status")
    while True:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        pid, code, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(code)
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd[:4])} ...")
    peak_kb = max(peak_kb, usage.ru_maxrss)
    return wall, usage.ru_utime + usage.ru_stime, peak_kb / 1024


def mv_cmd(tl_path: Path, out: Path) -> list[str]:
    return [sys.executable, "-c", CHILD, str(ROOT), str(tl_path), str(out)]


def frame_count(path: Path) -> int:
    import av

    with av.open(str(path)) as c:
        return sum(1 for _ in c.demux(video=0) if _.size)


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--long", type=float, default=240, help="second song length for the "
                    "memory-flatness check (0: skip)")
    ap.add_argument("--width", type=int, default=1920)
    ap.add_argument("--height", type=int, default=1080)
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--keep", type=Path, default=None, help="work folder to keep/reuse")
    ap.add_argument("--baseline", choices=("seek", "trim"), default="seek")
    return ap.parse_args()


def long_song_peak_mb(a: argparse.Namespace, d: Path, paths: list[Path]) -> float | None:
    """Peak RSS of mvstudio rendering the same kind of timeline for a ``--long`` song."""
    if not a.long:
        return None
    _, song_l = make_inputs(d, a.long)
    tl_l = d / "timeline_long.json"
    tl_l.write_text(timeline_json(plan(paths, a.long, a.fps), song_l, a.long, a.width,
                                  a.height, a.fps))
    return run_timed(mv_cmd(tl_l, d / "mv_long.mp4"))[2]


def main() -> None:
    a = parse_args()
    d = a.keep or Path(tempfile.mkdtemp(prefix="mvbench-"))
    d.mkdir(parents=True, exist_ok=True)
    paths, song = make_inputs(d, a.seconds)
    segs = plan(paths, a.seconds, a.fps)
    tl = d / "timeline.json"
    tl.write_text(timeline_json(segs, song, a.seconds, a.width, a.height, a.fps))
    ff = ffmpeg_cmd(segs, song, a.seconds, a.width, a.height, a.fps, d / "ffmpeg.mp4",
                    baseline=a.baseline)
    print(f"{len(segs)} segments from {len(paths)} clips, {a.seconds:.0f} s song, "
          f"{a.width}x{a.height}@{a.fps}, libx264 veryfast crf 20 threads auto, AAC 192k; "
          f"ffmpeg baseline: {a.baseline}")
    mv: list[tuple[float, float, float]] = []
    ffr: list[tuple[float, float, float]] = []
    for rep in range(a.reps):  # alternate, so drifting machine load hits both alike
        mv.append(run_timed(mv_cmd(tl, d / "mv.mp4")))
        ffr.append(run_timed(ff))
        (w, c, m), (w2, c2, m2) = mv[-1], ffr[-1]
        print(f"rep {rep + 1}: mvstudio {w:.2f} s wall, {c:.1f} s CPU, {m:.0f} MB | "
              f"ffmpeg {w2:.2f} s wall, {c2:.1f} s CPU, {m2:.0f} MB | ratio {w / w2:.3f}",
              flush=True)
    n_mv, n_ff = frame_count(d / "mv.mp4"), frame_count(d / "ffmpeg.mp4")
    print(f"frames: mvstudio {n_mv}, ffmpeg {n_ff} (expected {int(a.seconds * a.fps)})")
    report(a, mv, ffr, long_song_peak_mb(a, d, paths))


def report(a: argparse.Namespace, mv: list[tuple[float, float, float]],
           ffr: list[tuple[float, float, float]], mem_long: float | None) -> None:
    med = statistics.median
    med_mv, med_ff = med(x[0] for x in mv), med(x[0] for x in ffr)
    cpu_mv, cpu_ff = med(x[1] for x in mv), med(x[1] for x in ffr)
    n = a.seconds * a.fps
    print(f"median wall: mvstudio {med_mv:.2f} s, ffmpeg {med_ff:.2f} s "
          f"({n / med_mv:.1f} vs {n / med_ff:.1f} fps)")
    print(f"median of paired (same-rep) wall ratios: "
          f"{med(x[0] / y[0] for x, y in zip(mv, ffr, strict=True)):.3f}")
    print(f"median CPU time: mvstudio {cpu_mv:.1f} s, ffmpeg {cpu_ff:.1f} s "
          f"(ratio {cpu_mv / cpu_ff:.3f})")
    print(f"peak RSS mvstudio: {max(x[2] for x in mv):.0f} MB at {a.seconds:.0f} s"
          + (f", {mem_long:.0f} MB at {a.long:.0f} s" if mem_long else "")
          + f" (ffmpeg {max(x[2] for x in ffr):.0f} MB)")
    print(f"ratio mvstudio/ffmpeg wall time: {med_mv / med_ff:.3f}")


if __name__ == "__main__":
    main()
