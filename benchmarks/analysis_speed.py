"""Wall time of the full audio_sync analysis vs plain librosa load + beat_track, same file, same run.

Usage: python benchmarks/analysis_speed.py [--seconds 180] [--repeats 3] [--format wav|mp3]

Full analysis = decode (PyAV, in a child process) + beats/tempo/downbeats/sections (``analyze``,
no cache) + all five envelopes at 30 fps. The baseline is ``librosa.load(path)`` followed by
``librosa.beat.beat_track``. Both run once to warm up (numba JIT, file cache); the JIT first-call
cost is measured separately in a fresh child process. The ratio is printed last.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def ours(path: Path) -> None:
    from audio_sync.analysis import analyze
    from audio_sync.decode import decode_audio
    from audio_sync.envelopes import envelopes

    audio = decode_audio(path)
    analyze(audio)
    envelopes(audio, fps=Fraction(30))


def baseline(path: Path) -> None:
    import librosa

    y, sr = librosa.load(str(path))
    librosa.beat.beat_track(y=y, sr=sr)


def _time(fn, path: Path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_call_cost(path: Path, which: str) -> float:
    """Seconds for the first call in a fresh interpreter (imports + numba JIT + work)."""
    code = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); "
            f"from benchmarks.analysis_speed import {which}; from pathlib import Path; "
            f"t = time.perf_counter(); {which}(Path({str(path)!r})); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def make_file(folder: Path, seconds: float, fmt: str) -> Path:
    from audio_sync.testsongs import make_song, write_wav

    audio, _ = make_song(bpm=124, duration_s=seconds, offbeat_hats=True, stabs=True,
                         rate_hz=44100, seed=7)
    wav = write_wav(folder / "song.wav", audio)
    if fmt == "wav":
        return wav
    import imageio_ffmpeg

    mp3 = folder / "song.mp3"
    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-i", str(wav),
                    "-b:a", "192k", str(mp3)], check=True)
    return mp3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--format", choices=("wav", "mp3"), default="wav")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = make_file(Path(tmp), args.seconds, args.format)
        jit_ours = first_call_cost(path, "ours")
        jit_base = first_call_cost(path, "baseline")
        ours(path)
        baseline(path)  # warm-up
        t_base = _time(baseline, path, args.repeats)
        t_ours = _time(ours, path, args.repeats)
    print(f"song: {args.seconds:.0f} s synthetic, 44.1 kHz stereo-free mono {args.format}")
    print(f"first call in a fresh process (imports + numba JIT + work): ours {jit_ours:.2f} s, "
          f"librosa load+beat_track {jit_base:.2f} s")
    print(f"plain librosa load + beat_track (median of {args.repeats}): {t_base:.2f} s")
    print(f"audio_sync full analysis: decode + beats/downbeats/sections + 5 envelopes "
          f"(median of {args.repeats}): {t_ours:.2f} s")
    print(f"HEADLINE full analysis / plain librosa wall time = {t_ours / t_base:.2f}x "
          f"(target <= 1.5x)")


if __name__ == "__main__":
    main()
