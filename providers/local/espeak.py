"""``local:espeak``: offline speech with word timings, via the espeak-ng library.

Uses the ``espeakng-loader`` wheel's bundled ``libespeak-ng`` through ctypes in
synchronous mode: ``espeak_Synth`` calls our callback with PCM samples and
events; ``espeakEVENT_WORD`` events give each word's character position and
its audio position (ms), which become ``(word, start_s, end_s)`` timings (a
word ends where the next word or the end of speech begins, minus trailing
silence).  espeak-ng keeps global state, so all synthesis is serialised by a
lock and runs in a worker thread.

Request: ``prompt`` = text, ``voice`` = espeak voice name (default ``"en"``),
``params["rate_wpm"]`` (80..450, default 165), ``params["pitch"]`` (0..99).
Output: 16-bit mono WAV at espeak's native rate (22050 Hz).
"""

from __future__ import annotations

import ctypes
import io
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from providers.base import GenerationRequest, JobHandle, JobResult, JobStatus, Output
from providers.errors import ErrorKind, ProviderError
from providers.local._common import handle_request, in_thread, make_handle, succeeded, write_atomic

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_EVENT_WORD, _EVENT_END, _EVENT_MSG_TERMINATED = 1, 5, 6
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE, _PITCH = 1, 3
_LOCK = threading.Lock()
_LIB: ctypes.CDLL | None = None
_RATE_HZ = 0


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p),
                ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint),
                ("text_position", ctypes.c_int), ("length", ctypes.c_int),
                ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", _EventId)]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.POINTER(_Event))


@dataclass(slots=True)
class Speech:
    samples: bytearray
    rate_hz: int
    words: list[tuple[str, float, float]]


def _library() -> tuple[ctypes.CDLL, int]:
    """Load and initialise libespeak-ng once per process."""
    global _LIB, _RATE_HZ
    if _LIB is None:
        try:
            import espeakng_loader

            lib = ctypes.CDLL(espeakng_loader.get_library_path())
            data_parent = str(Path(espeakng_loader.get_data_path()).parent).encode()
        except (ImportError, OSError, RuntimeError) as exc:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider="local",
                                message=f"espeak-ng is unavailable ({exc}); install "
                                        "espeakng-loader") from None
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 500, data_parent,
                                     _INITIALIZE_DONT_EXIT)
        if rate <= 0:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider="local",
                                message=f"espeak_Initialize failed ({rate})")
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p]
        _LIB, _RATE_HZ = lib, rate
    return _LIB, _RATE_HZ


def synthesize(text: str, *, voice: str = "en", rate_wpm: int = 165, pitch: int | None = None
               ) -> Speech:
    """Speak ``text``; returns PCM16 samples and word timings (thread-safe, blocking)."""
    with _LOCK:
        lib, rate_hz = _library()
        samples = bytearray()
        marks: list[tuple[int, int, int]] = []  # (text_position, length, audio_ms)
        end_ms: list[int] = []

        def on_audio(wav, count, events):  # noqa: ANN001, ANN202 - ctypes callback
            if count > 0 and wav:
                samples.extend(ctypes.string_at(wav, count * 2))
            i = 0
            while events[i].type != 0:  # espeakEVENT_LIST_TERMINATED
                ev = events[i]
                if ev.type == _EVENT_WORD:
                    marks.append((ev.text_position, ev.length, ev.audio_position))
                elif ev.type in (_EVENT_END, _EVENT_MSG_TERMINATED):
                    end_ms.append(ev.audio_position)
                i += 1
            return 0

        callback = _CALLBACK(on_audio)
        lib.espeak_SetSynthCallback(callback)
        if lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise ProviderError(ErrorKind.VALIDATION, provider="local",
                                message=f"espeak has no voice {voice!r}; try 'en' or 'en-us'")
        lib.espeak_SetParameter(_RATE, max(80, min(rate_wpm, 450)), 0)
        if pitch is not None:
            lib.espeak_SetParameter(_PITCH, max(0, min(pitch, 99)), 0)
        data = text.encode("utf-8") + b"\0"
        status = lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if status != 0:
            raise ProviderError(ErrorKind.MODEL_ERROR, provider="local",
                                message=f"espeak_Synth failed with status {status}")
        lib.espeak_Synchronize()
    total_s = len(samples) / 2 / rate_hz
    return Speech(samples, rate_hz, _word_timings(text, marks, total_s, samples, rate_hz))


def _word_timings(text: str, marks: list[tuple[int, int, int]], total_s: float,
                  samples: bytearray, rate_hz: int) -> list[tuple[str, float, float]]:
    chars = list(text)
    words = []
    taken = 0  # characters already given to a word
    for i, (pos, length, ms) in enumerate(marks):
        # espeak's word span leaves out punctuation ("night." -> "night"): extend it to
        # the surrounding whitespace so captions keep "night." and "city,"
        a, b = max(pos - 1, taken), pos - 1 + length
        while a > taken and not chars[a - 1].isspace():
            a -= 1
        while b < len(chars) and not chars[b].isspace():
            b += 1
        taken = max(taken, b)
        word = "".join(chars[a:b]).strip()
        start = ms / 1000.0
        end = marks[i + 1][2] / 1000.0 if i + 1 < len(marks) else total_s
        if word:
            words.append((word, start, float(max(start, min(end, total_s)))))
    if words:  # the last word ends where the sound does, not at the padded end
        word, start, end = words[-1]
        words[-1] = (word, start, float(max(start, min(end, _last_sound_s(samples, rate_hz)))))
    return words


def _last_sound_s(samples: bytearray, rate_hz: int, threshold: int = 300) -> float:
    import numpy as np

    pcm = np.frombuffer(bytes(samples), dtype="<i2")
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > threshold)
    return (loud[-1] + 1) / rate_hz if loud.size else len(pcm) / rate_hz


def wav_bytes(speech: Speech) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(speech.rate_hz)
        wav.writeframes(bytes(speech.samples))
    return buf.getvalue()


class EspeakProvider:
    """Offline TTS (``local:espeak``); free; deterministic for the same text and voice."""

    name = "local"

    async def submit(self, request: GenerationRequest) -> JobHandle:
        if not request.prompt.strip():
            raise ProviderError(ErrorKind.VALIDATION, provider="local",
                                message="speech text (prompt) is empty")
        return make_handle(self.name, request)

    async def poll(self, handle: JobHandle) -> JobStatus:
        return succeeded()

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        request = handle_request(handle)
        pitch = request.params.get("pitch")
        speech = await in_thread(synthesize, request.prompt, voice=request.voice or "en",
                                 rate_wpm=int(request.params.get("rate_wpm", 165)),
                                 pitch=int(pitch) if pitch is not None else None)
        path = await in_thread(write_atomic, Path(dest_dir) / f"espeak-{handle.job_id}.wav",
                               wav_bytes(speech))
        return JobResult(outputs=(Output(path=path, media_type="audio/wav"),), cost_usd=0.0,
                         provider=self.name, model=handle.model, job_id=handle.job_id,
                         text=request.prompt, words=tuple(speech.words))
