"""Wall time of the full audio_sync analysis vs plain librosa load + beat_track, same file, same run.

Usage: python benchmarks/analysis_speed.py [--seconds 180] [--repeats 5] [--format wav|mp3]
                                          [--fresh 5] [--mp3-repeats 3] [--memory-seconds 600]

Full analysis = decode (a plain WAV read in-process, any other format by PyAV in a child
process) + beats/tempo/downbeats/sections (``analyze``, no cache) + all five envelopes at 30 fps.
The baseline is ``librosa.load(path)`` followed by ``librosa.beat.beat_track``. Both run once to
warm up (numba JIT, file cache), then in interleaved pairs (medians). The first-call cost is the
median of ``--fresh`` fresh processes, each with an empty numba cache and a new MVSTUDIO_HOME
(as right after a bare pip install), started as the ``mvstudio`` command starts and, alternated
with those, as a bare Python process; the same song as a mono and as a stereo MP3 (decoded by
the FFmpeg child) is compared too, and the peak memory of a 10-minute stereo song measured in
another process. A creator's click in the Tempo or Bars menu re-analyses with an option; a
chosen tempo tracks the song twice (its own bars keep the sections and the slow pulse's phase;
the two share the onsets and the learned activations), a bar or half-beat shift reuses the own
beats, and both are timed against the automatic analysis. The headline ratio (default format)
is printed last.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._analysis_calls import baseline, ours  # noqa: E402


def _cpu_s() -> float:
    """CPU s of this process, its ended children and its live children (the long-lived
    decoder child: os.times() counts a child only once it has ended)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system + _live_children_cpu_s()


def _live_children_cpu_s() -> float:
    total = 0
    for pid in _child_pids():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def _child_pids() -> list[str]:
    """This process' children, from /proc/self/task/*/children (cheap), else a /proc scan."""
    try:
        return [pid for task in Path("/proc/self/task").iterdir()
                for pid in (task / "children").read_text().split()]
    except OSError:
        me = str(os.getpid())
        pids = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and (entry / "stat").read_text().rsplit(
                        ")", 1)[1].split()[1] == me:
                    pids.append(entry.name)
            except OSError:
                continue
        return pids


def _run(fn, path: Path) -> tuple[float, float]:  # noqa: ANN001
    """(wall s, CPU s incl. child processes) of one call."""
    wall, cpu = time.perf_counter(), _cpu_s()
    fn(path)
    return time.perf_counter() - wall, _cpu_s() - cpu


def _interleaved(path: Path, repeats: int) -> dict[str, float]:
    """Alternate baseline and ours so load from other processes hits both alike; medians."""
    rows = []
    for _ in range(repeats):
        base_wall, base_cpu = _run(baseline, path)
        our_wall, our_cpu = _run(ours, path)
        rows.append((base_wall, our_wall, our_wall / base_wall, base_cpu, our_cpu))
    cols = list(zip(*rows, strict=True))
    keys = ("base_wall", "our_wall", "ratio", "base_cpu", "our_cpu")
    return {k: statistics.median(c) for k, c in zip(keys, cols, strict=True)}


def chosen_count_cost(path: Path, repeats: int) -> dict[str, float]:
    """Median wall s of ``analyze`` alone on the decoded song, automatic and after two of a
    creator's choices, interleaved: "Use N BPM (half as fast)" in the Tempo menu (tracks the song
    at the own and at the chosen tempo) and "Bars start 1 beat later" (reuses the own beats)."""
    from audio_sync.analysis import analyze
    from audio_sync.decode import decode_audio

    audio = decode_audio(path, mono=True)
    half = round(analyze(audio).tempo_bpm / 2)
    choices = {"auto_analyze": {}, "half_tempo_analyze": {"bpm_hint": half},
               "bar_shift_analyze": {"bar_shift": 1}}
    times: dict[str, list[float]] = {key: [] for key in choices}
    for _ in range(repeats):
        for key, choice in choices.items():
            t = time.perf_counter()
            analyze(audio, **choice)
            times[key].append(time.perf_counter() - t)
    return {key: statistics.median(ts) for key, ts in times.items()}


def first_call_cost(path: Path, which: str, *, empty_numba: bool = True,
                    as_mvstudio: bool = False) -> tuple[float, float]:
    """(wall s, CPU s) of the first call in a fresh interpreter (imports + any JIT + work), as
    right after a bare ``pip install``: a new, empty NUMBA_CACHE_DIR and a new MVSTUDIO_HOME.
    ``empty_numba=False`` keeps the venv's numba cache (librosa's kernels compiled by `make`).
    ``as_mvstudio`` starts the process as the ``mvstudio`` command does (``process_defaults``,
    timed: one OpenBLAS thread unless set); otherwise it is a bare Python process, as a script
    calling ``audio_sync`` itself. Neither inherits an OPENBLAS_NUM_THREADS from this process."""
    setup = "from studio.cli import process_defaults; process_defaults(); " if as_mvstudio else ""
    code = (f"import os, sys, time; sys.path.insert(0, {str(ROOT)!r}); "
            "t, c = time.perf_counter(), time.process_time(); "
            f"{setup}from benchmarks._analysis_calls import {which}; from pathlib import Path; "
            f"{which}(Path({str(path)!r})); w, ch = time.perf_counter() - t, os.times(); "
            "c = time.process_time() - c + ch.children_user + ch.children_system; "
            "from benchmarks.analysis_speed import _live_children_cpu_s; "
            "print(w, c + _live_children_cpu_s())")  # + a live decoder child's CPU
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
        env["MVSTUDIO_HOME"] = home
        if empty_numba:
            env["NUMBA_CACHE_DIR"] = cache
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=env)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def fresh_first_calls(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall s, CPU s) of ``runs`` first calls each, every one in its own fresh process,
    as the ``mvstudio`` command starts and as a bare Python process, alternated so that other
    load hits both alike: one process is too noisy a sample (1.45x and 2.18x in two quiet runs
    of session 2)."""
    costs: dict[str, list[tuple[float, float]]] = {"mvstudio": [], "bare": []}
    for _ in range(max(1, runs)):
        for kind in costs:
            costs[kind].append(first_call_cost(path, "ours", as_mvstudio=kind == "mvstudio"))
    return {kind: (statistics.median(c[0] for c in runs_), statistics.median(c[1] for c in runs_))
            for kind, runs_ in costs.items()}


def peak_memory_mb(path: Path) -> int:
    """Peak resident memory (VmHWM; ru_maxrss would include the forking parent's) of a fresh
    process that decodes and analyses ``path`` with a result cache, as ``mvstudio analyze``."""
    code = (f"import sys, tempfile; sys.path.insert(0, {str(ROOT)!r}); "
            "from pathlib import Path; from audio_sync.analysis import analyze_file; "
            "d = tempfile.TemporaryDirectory(); "
            f"analyze_file({str(path)!r}, cache_dir=Path(d.name)); "
            "print(next(x for x in open('/proc/self/status') if x.startswith('VmHWM')).split()[1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) // 1024


def make_file(folder: Path, seconds: float, fmt: str, *, stereo: bool = False, bpm: float = 124.0) -> Path:
    import numpy as np

    from audio_sync.testsongs import make_song, write_wav
    from audio_sync.types import DecodedAudio

    audio, _ = make_song(bpm=bpm, duration_s=seconds, offbeat_hats=True, stabs=True,
                         rate_hz=44100, seed=7)
    if stereo:
        audio = DecodedAudio(samples=np.vstack([audio.samples, audio.samples]), rate_hz=44100)
    wav = write_wav(folder / f"song{int(seconds)}.wav", audio)
    if fmt == "wav":
        return wav
    import imageio_ffmpeg

    mp3 = folder / f"song{int(seconds)}{'-stereo' if stereo else ''}.mp3"
    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-i", str(wav),
                    "-b:a", "192k", str(mp3)], check=True)
    return mp3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--format", choices=("wav", "mp3"), default="wav")
    parser.add_argument("--fresh", type=int, default=5, help="fresh processes for the first call")
    parser.add_argument("--mp3-repeats", type=int, default=3,
                        help="pairs on the MP3 of the same song (0: skip)")
    parser.add_argument("--memory-seconds", type=float, default=600.0)
    parser.add_argument("--bpm", type=float, default=124.0,
                        help="the song's tempo (under 119 BPM the tracker's 3/2 check decodes, beats.DBN_THREE_HALVES)")
    args = parser.parse_args()
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        long_song = make_file(Path(tmp), args.memory_seconds, "wav", stereo=True)
        peak_mb = peak_memory_mb(long_song)
        long_song.unlink()
        path = make_file(Path(tmp), args.seconds, args.format, bpm=args.bpm)
        firsts = fresh_first_calls(path, args.fresh)
        # librosa with an empty cache would JIT for minutes: its first call keeps the venv cache
        base_first_wall, _ = first_call_cost(path, "baseline", empty_numba=False)
        ours(path)
        baseline(path)  # warm-up
        m = _interleaved(path, args.repeats)
        m |= chosen_count_cost(path, args.repeats)
        other = stereo = None
        if args.mp3_repeats > 0 and args.format == "wav":
            mp3 = make_file(Path(tmp), args.seconds, "mp3", bpm=args.bpm)
            ours(mp3)
            baseline(mp3)
            other = _interleaved(mp3, args.mp3_repeats)
            # a creator's song is a stereo MP3: twice the samples through the decoder child
            stereo_mp3 = make_file(Path(tmp), args.seconds, "mp3", stereo=True, bpm=args.bpm)
            ours(stereo_mp3)
            baseline(stereo_mp3)
            stereo = _interleaved(stereo_mp3, args.mp3_repeats)
        load = os.getloadavg()[0]
    _report(args, m, other, stereo, firsts=firsts, base_first_wall=base_first_wall,
            peak_mb=peak_mb, loads=(load0, load))


def _report(args: argparse.Namespace, m: dict[str, float], other: dict[str, float] | None,
            stereo: dict[str, float] | None, *, firsts: dict[str, tuple[float, float]],
            base_first_wall: float, peak_mb: int, loads: tuple[float, float]) -> None:
    (first_wall, first_cpu), (bare_wall, bare_cpu) = firsts["mvstudio"], firsts["bare"]
    print(f"song: {args.seconds:.0f} s synthetic at {args.bpm:g} BPM, 44.1 kHz mono {args.format}; "
          f"{args.repeats} interleaved pairs")
    print(f"first call, median of {args.fresh} fresh processes each way, each with an empty "
          f"numba cache and a new MVSTUDIO_HOME (imports + any JIT + work): ours as the mvstudio "
          f"command starts (one OpenBLAS thread) {first_wall:.2f} s wall, {first_cpu:.2f} s CPU; "
          f"in a bare Python process {bare_wall:.2f} s wall, {bare_cpu:.2f} s CPU; librosa "
          f"load+beat_track (one process, numba cache as `make` leaves it) "
          f"{base_first_wall:.2f} s wall")
    print(f"plain librosa load + beat_track (median of {args.repeats}): {m['base_wall']:.2f} s "
          f"wall, {m['base_cpu']:.2f} s CPU")
    print(f"audio_sync full analysis: decode + beats/downbeats/sections + 5 envelopes "
          f"(median of {args.repeats}): {m['our_wall']:.2f} s wall, {m['our_cpu']:.2f} s CPU "
          f"(incl. any decode child process)")
    if other is not None:
        print(f"same song as a 192 kb/s MP3 (decoded by the FFmpeg child process; librosa "
              f"decodes in-process), median of {args.mp3_repeats} pairs: ours "
              f"{other['our_wall']:.2f} s wall, {other['our_cpu']:.2f} s CPU; librosa "
              f"{other['base_wall']:.2f} s wall, {other['base_cpu']:.2f} s CPU; "
              f"{other['ratio']:.2f}x wall, {other['our_cpu'] / other['base_cpu']:.2f}x CPU")
    if stereo is not None:
        print(f"same song as a stereo 192 kb/s MP3 (a creator's usual file), median of "
              f"{args.mp3_repeats} pairs: ours {stereo['our_wall']:.2f} s wall, "
              f"{stereo['our_cpu']:.2f} s CPU; librosa {stereo['base_wall']:.2f} s wall, "
              f"{stereo['base_cpu']:.2f} s CPU; {stereo['ratio']:.2f}x wall, "
              f"{stereo['our_cpu'] / stereo['base_cpu']:.2f}x CPU")
    print(f"analysis alone after a creator's choice, median of {args.repeats}: half the tempo "
          f"{m['half_tempo_analyze']:.2f} s ({m['half_tempo_analyze'] / m['auto_analyze']:.2f}x), "
          f"bars one beat later {m['bar_shift_analyze']:.2f} s "
          f"({m['bar_shift_analyze'] / m['auto_analyze']:.2f}x), against {m['auto_analyze']:.2f} s "
          f"automatic")
    print(f"first call / warm call, ours, as the mvstudio command starts: "
          f"{first_wall / m['our_wall']:.2f}x wall, {first_cpu / m['our_cpu']:.2f}x CPU; in a bare "
          f"Python process: {bare_wall / m['our_wall']:.2f}x wall, {bare_cpu / m['our_cpu']:.2f}x "
          f"CPU (target <= 2x)")
    print(f"peak memory, decode + analysis (with the result cache, as `mvstudio analyze`) of a "
          f"{args.memory_seconds / 60:.0f}-minute 44.1 kHz stereo song in a fresh process: "
          f"{peak_mb} MB (target < 500 MB)")
    print(f"CPU-time ratio (insensitive to other load): {m['our_cpu'] / m['base_cpu']:.2f}x; "
          f"1-min load average at the start / end: {loads[0]:.1f} / {loads[1]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"HEADLINE full analysis / plain librosa wall time = {m['ratio']:.2f}x "
          f"(median of per-pair ratios; target <= 1.5x)")


if __name__ == "__main__":
    main()
