"""Import the engine's heavy modules in a background thread once the window is up.

The engine imports providers, PyAV, librosa and friends lazily, at first use.
Done during the first run, on the GUI thread, that costs seconds of frozen UI;
done here, it costs nothing visible.
"""

from __future__ import annotations

import contextlib
import importlib
import threading

MODULES = (
    "httpx", "numpy", "PIL.Image", "av", "scipy.signal",
    "providers.registry", "providers.base", "providers.catalog", "providers.polling",
    "providers.fal", "providers.replicate", "providers.elevenlabs", "providers.stability",
    "providers.openai_compat", "providers.comfyui", "providers.local",
    "audio_sync.decode", "audio_sync.cuts", "audio_sync.analysis", "audio_sync.envelopes",
    "render.probe", "render.kenburns", "render.encode", "render.timeline",
)


def warm_up(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    """Start importing ``modules`` in a daemon thread; join it to wait (benchmarks)."""

    def work() -> None:
        for name in modules:
            with contextlib.suppress(Exception):  # a missing optional module is fine here
                importlib.import_module(name)

    thread = threading.Thread(target=work, name="mvstudio-warmup", daemon=True)
    thread.start()
    return thread
