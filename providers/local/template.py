"""``local:template``: offline scene-prompt writer (kind ``"text"``).

Contract (what ``text.scenes`` relies on)
-----------------------------------------
Request: ``GenerationRequest(kind="text", model="template", seed=..., params={...})`` with

* ``params["theme"]`` (str): what the video is about; falls back to ``request.prompt``,
  then to ``"a song"``.
* ``params["sections"]`` (list of str, optional): section labels such as
  ``["intro", "verse", "chorus"]``.  Prompt *i* is written for ``sections[i]``.
* ``params["count"]`` (int, optional): number of prompts; defaults to
  ``len(sections)`` or 4.  With fewer sections than ``count`` the labels repeat
  cyclically.  1..500.
* ``params["style"]`` (str, optional): appended style phrase (default chosen per seed).

Result: ``JobResult.text`` is a JSON array (``json.dumps``) of exactly ``count``
non-empty strings, one vivid image prompt per item, and ``outputs`` holds the
same JSON written to ``scenes-<job>.json`` (media type ``application/json``).
The output depends only on (theme, sections, count, style, seed): same inputs,
same text.  Labels are matched case-insensitively by keyword ("Chorus 2" ->
chorus); unknown labels get a neutral mood.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

from providers.base import GenerationRequest, JobHandle, JobResult, JobStatus, Output
from providers.errors import ErrorKind, ProviderError
from providers.local._common import (
    handle_request,
    in_thread,
    make_handle,
    stable_seed,
    succeeded,
    write_atomic,
)

_MAX_COUNT = 500
_MOODS: dict[str, tuple[str, ...]] = {
    "intro": ("a quiet establishing view", "first light slowly revealing", "a hushed, expectant stillness"),
    "verse": ("an intimate close moment", "a wandering figure telling a story",
              "small details in soft focus"),
    "pre": ("tension building at the edge of the frame", "clouds gathering, a held breath"),
    "chorus": ("an explosive wide panorama", "a crowd of lights surging upward",
               "everything in motion at full color"),
    "drop": ("kinetic shards of light bursting outward", "a shockwave rippling through the scene"),
    "bridge": ("a dreamlike surreal detour", "the world turned upside down and floating"),
    "solo": ("a lone spotlight cutting through haze", "a single figure lost in the moment"),
    "break": ("a pause: empty space and drifting particles", "silence made visible"),
    "outro": ("the scene fading into the distance", "last embers glowing as night falls"),
}
_NEUTRAL = ("a striking cinematic moment", "a vivid scene full of atmosphere")
_SHOTS = ("wide establishing shot of", "slow dolly toward", "low-angle shot of", "aerial view of",
          "close-up of", "silhouette framing of", "tracking shot alongside")
_LIGHT = ("golden hour light", "neon reflections on wet streets", "soft volumetric fog",
          "moonlit blue tones", "harsh backlight with lens flare", "candle-warm glow",
          "iridescent haze", "stormy dramatic sky")
_PALETTE = ("teal and orange palette", "pastel pink and lavender", "deep indigo and gold",
            "monochrome with a single red accent", "emerald and amber", "electric cyan and magenta")
_STYLES = ("cinematic, 35mm film grain, high detail", "dreamy painterly illustration",
           "moody analog photograph", "vibrant anime key visual", "surreal digital art")


def _mood(label: str, rng: random.Random) -> str:
    low = label.lower()
    for key, options in _MOODS.items():
        if key in low:
            return rng.choice(options)
    return rng.choice(_NEUTRAL)


def write_prompts(*, theme: str, sections: Sequence[str], count: int, seed: int,
                  style: str | None = None) -> list[str]:
    """One prompt per item; deterministic per (inputs, seed)."""
    rng = random.Random(stable_seed("template", theme, "\x1e".join(sections), count, seed))
    style_text = style or rng.choice(_STYLES)
    prompts = []
    for i in range(count):
        label = sections[i % len(sections)] if sections else ""
        parts = [f"{rng.choice(_SHOTS)} {theme}", _mood(label, rng), rng.choice(_LIGHT),
                 rng.choice(_PALETTE), style_text]
        prompts.append(", ".join(parts))
    return prompts


def _parse(request: GenerationRequest) -> tuple[str, list[str], int, str | None]:
    params = request.params
    theme = str(params.get("theme") or request.prompt or "a song").strip() or "a song"
    raw_sections = params.get("sections") or []
    if isinstance(raw_sections, str) or not isinstance(raw_sections, Sequence):
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message="template params['sections'] must be a list of labels")
    sections = [str(s) for s in raw_sections]
    count = params.get("count", len(sections) or 4)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= _MAX_COUNT:
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message=f"template params['count'] must be an int in 1..{_MAX_COUNT}, "
                                    f"got {count!r}")
    style = params.get("style")
    return theme, sections, count, (str(style) if style else None)


class TemplateProvider:
    """Offline scene-prompt writer (``local:template``); free, deterministic."""

    name = "local"

    async def submit(self, request: GenerationRequest) -> JobHandle:
        _parse(request)
        return make_handle(self.name, request)

    async def poll(self, handle: JobHandle) -> JobStatus:
        return succeeded()

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        request = handle_request(handle)
        theme, sections, count, style = _parse(request)
        prompts = write_prompts(theme=theme, sections=sections, count=count,
                                seed=request.seed or 0, style=style)
        text = json.dumps(prompts, ensure_ascii=False)
        path = await in_thread(write_atomic, Path(dest_dir) / f"scenes-{handle.job_id}.json",
                               text.encode("utf-8"))
        return JobResult(outputs=(Output(path=path, media_type="application/json"),),
                         cost_usd=0.0, provider=self.name, model=handle.model,
                         job_id=handle.job_id, text=text)

    async def cancel(self, handle: JobHandle) -> None:
        return None
