"""Get the slow first-time work out of the way early, in a background thread.

Used by the studio once the window is up and by the engine process once it is
ready (without the HTTP client there: the worker builds its own).

* The engine imports providers, PyAV, librosa and friends lazily, at first use;
  on the GUI thread during the first run that is seconds of frozen UI.
* One ``httpx.AsyncClient`` (SSL context, CA bundle) is built here and shared by
  every run, instead of once per run on the GUI thread.
* Once everything is loaded, the heap is frozen (:func:`freeze_heap`).
* ``httpcore`` tries ``import sniffio`` for every lock it creates; when sniffio
  is not installed each attempt scans ``sys.path`` (thousands of ``stat`` calls
  in a 50-job run). Optional modules that are absent are recorded as absent in
  ``sys.modules`` (the documented way), so those imports fail at once.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.util
import sys
import threading
from typing import Any

MODULES = (
    "httpx", "httpcore", "anyio", "h11", "certifi", "numpy", "PIL.Image", "av",
    "scipy.signal", "providers.registry", "providers.base", "providers.catalog",
    "providers.polling", "providers.fal", "providers.replicate", "providers.elevenlabs",
    "providers.stability", "providers.openai_compat", "providers.comfyui", "providers.local",
    "audio_sync.decode", "audio_sync.cuts", "audio_sync.analysis", "audio_sync.envelopes",
    "audio_sync.features", "audio_sync.beats", "audio_sync.sections", "scipy.fft",
    "scipy.ndimage", "soxr",
    "render.probe", "render.kenburns", "render.encode", "render.timeline",
)
# What the studio's own process uses when runs execute in the engine process:
# thumbnails, waveforms and the preview (no providers, no librosa, no renderer).
GUI_MODULES = ("numpy", "PIL.Image", "av")
KEEPALIVE = 20  # idle connections kept; httpcore checks each one on every request
OPTIONAL_ABSENT = ("sniffio", "trio", "h2", "socksio")
# Packages used on the GUI thread by every provider request: import all their
# submodules (they load lazily, e.g. anyio's asyncio backend on the first request).
WHOLE_PACKAGES = ("anyio", "httpcore", "h11", "httpx")


class WarmUp:
    def __init__(self, *, http_client: bool = True,
                 modules: tuple[str, ...] | None = None) -> None:
        self.http_client: Any = None
        self.make_client = http_client
        self.modules = modules
        self.thread = threading.Thread(target=self._work, name="mvstudio-warmup", daemon=True)

    def _work(self) -> None:
        for name in OPTIONAL_ABSENT:
            if name not in sys.modules and importlib.util.find_spec(name) is None:
                sys.modules[name] = None  # type: ignore[assignment]
        names = self.modules if self.modules is not None else (
            MODULES + _submodules(WHOLE_PACKAGES))
        for name in names:
            with contextlib.suppress(Exception):  # a missing optional module is fine here
                importlib.import_module(name)
        if self.make_client:
            with contextlib.suppress(Exception):
                import httpx

                self.http_client = httpx.AsyncClient(
                    timeout=httpx.Timeout(60.0, connect=10.0), follow_redirects=True,
                    limits=httpx.Limits(max_connections=100,
                                        max_keepalive_connections=KEEPALIVE))
        freeze_heap()

    def start(self) -> WarmUp:
        self.thread.start()
        return self

    def join(self, timeout_s: float | None = None) -> WarmUp:
        self.thread.join(timeout_s)
        return self


def freeze_heap() -> None:
    """Exclude everything alive now (modules, the window) from future GC passes.

    A full (generation 2) collection walks every tracked object: with PySide6,
    NumPy, SciPy and PyAV loaded that is 150-350 ms with the GIL held, i.e. a
    frozen window at random moments during a run. Frozen objects are never
    collected, so this is only done once, after start-up.
    """
    gc.collect()
    gc.freeze()


def _submodules(packages: tuple[str, ...]) -> tuple[str, ...]:
    import pkgutil

    names: list[str] = []
    for pkg in packages:
        with contextlib.suppress(Exception):
            module = importlib.import_module(pkg)
            names += [info.name for info in pkgutil.walk_packages(module.__path__, pkg + ".")
                      if "trio" not in info.name and "_sync" not in info.name]
    return tuple(names)


def warm_up(*, http_client: bool = True, modules: tuple[str, ...] | None = None) -> WarmUp:
    """Start warming up in a daemon thread; ``.join()`` to wait (benchmarks). ``modules``
    replaces the engine's list (the studio with an engine process needs only a few)."""
    return WarmUp(http_client=http_client, modules=modules).start()
