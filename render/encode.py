"""``render_timeline``: one streaming pass from a :class:`Timeline` to a finished file.

A producer thread decodes, fits and composites frames (FFmpeg releases the GIL while it
decodes and scales) while the caller's thread encodes and muxes them, so decoding of the
upcoming segments overlaps encoding. One integer frame counter stamps every video pts, and
audio is cut from the same rational clock: ``round(k * rate / fps)`` samples after frame k.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from render.clipfile import encoder_threads, task_cpus, x264_options
from render.errors import EncodeError, RenderCancelled
from render.pipeline import Background, Either, InlineFrames, drain, produce
from render.probe import MediaInfo, probe_many
from render.timeline import OutputSettings, Timeline

if TYPE_CHECKING:
    import av

    from render.loudness import LoudnessTarget, MixReader
    from render.premix import EarlyMeasure, Measured
    from render.timeline import AudioTrack

QUEUE_FRAMES = 6
AUDIO_BLOCK = 1024
KEEP_MIX_BYTES = 64 << 20  # pass 1's mix is kept for pass 2 up to ~5.8 min (48 kHz stereo)
_FORMATS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".webm": "webm", ".mkv": "matroska"}


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The finished file, its frame count and exact duration."""

    path: Path
    frames: int
    duration_s: float
    loudness: dict[str, float | bool] | None = None  # measured and applied, when normalised


def render_timeline(timeline: Timeline, out_path: str | Path, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None,
                    loudness: LoudnessTarget | None = None,
                    early: EarlyMeasure | None = None) -> RenderResult:
    """Render ``timeline`` to ``out_path`` (mp4/mov/webm/mkv by suffix).

    With ``loudness`` the mix is measured first (BS.1770) and then encoded with the gain
    to the target and a true-peak limiter (see :mod:`render.loudness`); ``early`` is that
    measurement started before the timeline was known (:func:`early_measure`), used when
    the mix is the one it measures.

    The output has exactly ``timeline.total_frames`` frames and audio of exactly the same
    duration. It is written to a temp file in the same folder and renamed when complete;
    on error or cancellation no partial file remains. Raises :class:`RenderError` subclasses.
    """
    timeline.validate()
    out = Path(out_path)
    fmt = _FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise EncodeError(out, f"unsupported output suffix {out.suffix!r}; use one of "
                               f"{sorted(_FORMATS)}")
    if not out.parent.is_dir():
        raise EncodeError(out, "output folder does not exist")
    cancel = cancel or threading.Event()
    infos = _probe_inputs(timeline)  # the audio tracks are probed by the mixer's thread
    if cancel.is_set():
        raise RenderCancelled("render cancelled before the first frame; no file written")
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.part{out.suffix}")
    report: dict[str, float | bool] = {}
    try:
        _render(timeline, infos, tmp, fmt, progress=progress, cancel=cancel,
                loudness=loudness, report=report, early=early)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return RenderResult(path=out, frames=timeline.total_frames,
                        duration_s=float(timeline.duration_s), loudness=report or None)


def _probe_inputs(timeline: Timeline) -> dict[str, MediaInfo]:
    """What the frames are drawn from (segments and overlays), and the audio tracks too when
    a child process probes some of those anyway (else the mixer's thread probes them)."""
    from render.errors import ClipError, MediaProbeError
    from render.probe import sniffs_as_still

    frames = [s.source for s in timeline.segments] + [o.source for o in timeline.overlays]
    child = not all(sniffs_as_still(p) for p in frames)
    paths = list(dict.fromkeys(frames + ([a.source for a in timeline.audio] if child else [])))
    infos: dict[str, MediaInfo] = {}
    try:
        for p, info in zip(paths, probe_many(paths), strict=True):
            infos[p] = info
    except MediaProbeError as e:
        for i, s in enumerate(timeline.segments):
            if Path(s.source) == Path(e.path):
                raise ClipError(i, s.source, e.reason) from e
        raise
    for i, s in enumerate(timeline.segments):
        if not infos[s.source].has_video and s.visual is None:  # a visualizer draws audio
            raise ClipError(i, s.source, "has no video stream")
    return infos


def early_measure(tracks: tuple[AudioTrack, ...], *, rate_hz: int) -> EarlyMeasure:
    """Start loudness pass 1 of the mix of ``tracks`` now, in a child process, for a later
    :func:`render_timeline` whose timeline adds no audio of its own (render.premix)."""
    from render.premix import EarlyMeasure

    return EarlyMeasure(tracks, rate_hz=rate_hz, keep_bytes=KEEP_MIX_BYTES)


def _audio_durations(timeline: Timeline, infos: dict[str, MediaInfo]) -> list[float]:
    return _track_durations(timeline.audio, infos)


def _track_durations(tracks: tuple[AudioTrack, ...], infos: dict[str, MediaInfo]
                     ) -> list[float]:
    """Each audio track's duration; probes (in a child process, ~0.2-0.8 s of wall) what the
    frames did not, on the mixer's thread, so it runs beside the first frames. A track
    already decoded whole in a child (``checked``) is probed in-process."""
    from render.errors import MediaProbeError
    from render.probe import probe_checked

    todo = [p for p in dict.fromkeys(a.source for a in tracks) if p not in infos]
    checked = {a.source for a in tracks if a.checked}
    safe, rest = [p for p in todo if p in checked], [p for p in todo if p not in checked]
    found = {**infos, **dict(zip(rest, probe_many(rest), strict=True)),
             **dict(zip(safe, probe_checked(safe), strict=True))}
    for a in tracks:
        if not found[a.source].has_audio:
            raise MediaProbeError(a.source, "audio track has no audio stream")
    return [found[a.source].duration_s for a in tracks]


def _codecs_for(fmt: str, o: OutputSettings) -> OutputSettings:
    """WebM only carries VP8/VP9/AV1 + Opus/Vorbis: swap the mp4 defaults for those."""
    if fmt != "webm":
        return o
    video = o.video_codec if o.video_codec in ("libvpx", "libvpx-vp9", "libaom-av1",
                                               "libsvtav1") else "libvpx-vp9"
    audio = o.audio_codec if o.audio_codec in ("libopus", "libvorbis", "opus") else "libopus"
    return replace(o, video_codec=video, audio_codec=audio, crf=max(o.crf, 31)
                   if video != o.video_codec else o.crf)


def _open_output(tmp: Path, fmt: str, o: OutputSettings, *,
                 with_audio: bool) -> tuple[Any, Any, Any]:
    import av

    o = _codecs_for(fmt, o)
    container = None
    try:
        options = {"movflags": "+faststart"} if fmt in ("mp4", "mov") else {}
        container = av.open(str(tmp), "w", format=fmt, options=options)
        threads = encoder_threads(o.threads)
        vs = container.add_stream(o.video_codec, rate=o.fps, options=_video_options(o))
        vs.width, vs.height, vs.pix_fmt = o.width, o.height, o.pix_fmt
        vs.codec_context.thread_type = "AUTO"
        vs.codec_context.thread_count = threads
        aus = None
        if with_audio:
            aus = container.add_stream(o.audio_codec, rate=o.audio_rate_hz, layout="stereo")
            aus.bit_rate = o.audio_bitrate
    except (av.FFmpegError, ValueError, OSError) as e:
        if container is not None:
            _close_quietly(container)
        raise EncodeError(tmp, f"cannot set up the encoder {o.video_codec}/{o.audio_codec} "
                               f"({e})") from e
    return container, vs, aus


def _close_quietly(container: Any) -> None:
    """Close after a failure; a second error while writing the trailer must not mask it."""
    with contextlib.suppress(Exception):  # the original error is the one to report
        container.close()


def _video_options(o: OutputSettings) -> dict[str, str]:
    if o.video_codec == "libx264":  # reproducible in a sized task (render.clipfile)
        return x264_options(crf=o.crf, preset=o.preset)
    if o.video_codec == "libx265":
        return {"crf": str(o.crf), "preset": o.preset}
    if o.video_codec.startswith("libvpx"):
        return {"crf": str(o.crf), "b": "0", "deadline": "realtime", "cpu-used": "8"}
    return {}


def _render(timeline: Timeline, infos: dict[str, MediaInfo], tmp: Path, fmt: str, *,
            progress: Callable[[int, int], None] | None, cancel: threading.Event,
            loudness: LoudnessTarget | None, report: dict[str, float | bool],
            early: EarlyMeasure | None = None) -> None:
    import av

    o = timeline.output
    total = timeline.total_frames
    container, vs, aus = _open_output(tmp, fmt, o, with_audio=True)
    stop = threading.Event()
    inline = task_cpus() == 1  # one CPU: no helper threads (render.pipeline)
    # the loudness pass reads the whole mix: it runs beside the first frames, and audio
    # encoding catches up once it is done (the muxer interleaves)
    mixing = Background(lambda: _make_mixer(timeline, infos, loudness=loudness,
                                             report=report, cancel=Either(cancel, stop),
                                             early=early), inline=inline)
    source = None
    audio_done = 0
    mixer: MixReader | None = None
    ok = False
    try:
        source = InlineFrames(timeline, infos) if inline else \
            _Threaded(timeline, infos, cancel, stop)
        for k in range(total):
            if inline and cancel.is_set():
                raise RenderCancelled(f"render cancelled at frame {k} of {total}; "
                                      f"no file written")
            _encode_video(container, vs, source.frame(k)[1], k, o.fps)
            if mixer is None and mixing.done():
                mixer = mixing.result()
            if mixer is not None:
                audio_done = _encode_audio(container, aus, mixer, audio_done,
                                           _samples_at(k + 1, o))
            if progress is not None:
                progress(k + 1, total)
        mixer = mixer or mixing.result()
        _encode_audio(container, aus, mixer, audio_done, mixer.total_samples)
        _flush(container, vs, aus)
        ok = True
    except av.FFmpegError as e:
        raise EncodeError(tmp, str(e)) from e
    finally:
        stop.set()
        if source is not None:
            source.close()
        mixing.close()
        if ok:
            container.close()
        else:
            _close_quietly(container)


class _Threaded:
    """The compose pipeline on its producer thread; frames come through a bounded queue."""

    def __init__(self, timeline: Timeline, infos: dict[str, MediaInfo],
                 cancel: threading.Event, stop: threading.Event) -> None:
        self.total, self.cancel, self.stop = timeline.total_frames, cancel, stop
        self.frames: queue.Queue[tuple[int, Any] | BaseException] = queue.Queue(QUEUE_FRAMES)
        self.producer = threading.Thread(target=produce, name="render-producer", daemon=True,
                                         args=(timeline, infos, self.frames, cancel, stop))
        self.producer.start()

    def frame(self, k: int) -> tuple[int, Any]:
        item: tuple[int, Any] = _next_frame(self.frames, self.cancel, k, self.total)
        return item

    def close(self) -> None:
        self.stop.set()
        drain(self.frames)
        self.producer.join(timeout=10)


def _next_frame(frames: queue.Queue[Any], cancel: threading.Event, k: int, total: int) -> Any:
    """The producer's next frame; checks ``cancel`` at least every 0.1 s while waiting."""
    while True:
        if cancel.is_set():
            raise RenderCancelled(f"render cancelled at frame {k} of {total}; no file written")
        try:
            item = frames.get(timeout=0.1)
        except queue.Empty:
            continue
        if isinstance(item, BaseException):
            raise item
        return item


def _samples_at(k: int, o: OutputSettings) -> int:
    return round(Fraction(k) * o.audio_rate_hz / o.fps)


def _make_mixer(timeline: Timeline, infos: dict[str, MediaInfo], *,
                loudness: LoudnessTarget | None, report: dict[str, float | bool],
                cancel: threading.Event | Either, early: EarlyMeasure | None = None
                ) -> MixReader:
    """The mix the encoder reads; with ``loudness``, measured in a first pass (that
    ``early`` may have done most of) and then normalised and limited on the fly."""
    from render.audio import AudioMixer
    from render.loudness import MixReader, NormalisedSource, Recorded, measure, plan

    total = _samples_at(timeline.total_frames, timeline.output)
    rate = timeline.output.audio_rate_hz
    begun = early.take(timeline.audio, rate_hz=rate, total_samples=total,
                       cancelled=cancel.is_set) if early and loudness else None
    durations = begun.durations if begun else _audio_durations(timeline, infos)

    def new() -> AudioMixer:
        return AudioMixer(timeline.audio, durations_s=durations, rate_hz=rate,
                          total_samples=total)

    mixer = begun.mixer if begun else new()
    if loudness is None:
        return MixReader(mixer.read, rate_hz=rate, total_samples=total, close=mixer.close)
    kept = Recorded(mixer.read, total_samples=total, cap_bytes=KEEP_MIX_BYTES,
                    **_kept_so_far(begun))
    try:
        meter = measure(kept.read, rate_hz=rate, total_samples=total,
                        cancelled=cancel.is_set, meter=begun.meter if begun else None,
                        done=begun.done if begun else 0)
    finally:
        mixer.close()
    norm = plan(meter, target_lufs=loudness.lufs,
                ceiling_dbtp=loudness.ceiling_dbtp - loudness.codec_margin_db)
    report.update(measured_lufs=round(float(norm.measured_lufs), 2),
                  measured_true_peak_dbtp=round(float(norm.measured_tp_dbtp), 2),
                  gain_db=round(norm.gain_db, 2), limited=norm.limited,
                  target_lufs=loudness.lufs, ceiling_dbtp=loudness.ceiling_dbtp)
    if kept.complete:  # pass 2 reads what pass 1 measured
        return MixReader(NormalisedSource(kept.replay, norm).read, rate_hz=rate,
                         total_samples=total, close=lambda: None)
    mixer = new()
    return MixReader(NormalisedSource(mixer.read, norm).read, rate_hz=rate,
                     total_samples=total, close=mixer.close)


def _kept_so_far(begun: Measured | None) -> dict[str, Any]:
    return {"kept": begun.kept, "kept_samples": begun.done} if begun else {}


def _encode_video(container: Any, vs: Any, frame: av.VideoFrame, k: int, fps: Fraction) -> None:
    frame.pts = k
    frame.time_base = 1 / fps
    for packet in vs.encode(frame):
        container.mux(packet)


def _encode_audio(container: Any, aus: Any, mixer: MixReader, done: int, upto: int) -> int:
    """Encode mixed audio in AAC-sized blocks up to sample ``upto`` (interleaved with video)."""
    import av

    while done + AUDIO_BLOCK <= upto or (upto == mixer.total_samples and done < upto):
        n = min(AUDIO_BLOCK, upto - done)
        pcm = mixer.read(n)
        frame = av.AudioFrame.from_ndarray(pcm, format="fltp", layout="stereo")
        frame.sample_rate = mixer.rate_hz
        frame.pts = done
        frame.time_base = Fraction(1, mixer.rate_hz)
        for packet in aus.encode(frame):
            container.mux(packet)
        done += n
    return done


def _flush(container: Any, vs: Any, aus: Any) -> None:
    for packet in vs.encode(None):
        container.mux(packet)
    if aus is not None:
        for packet in aus.encode(None):
            container.mux(packet)
