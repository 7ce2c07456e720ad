"""Model references and the price catalog.

A model ref is ``provider:model`` (``fal:fal-ai/flux/schnell``); ``a|b|c`` lists
fallbacks tried in order when the first fails with an outage-type error.

Prices are list prices for one unit: ``image`` (one output image; OpenAI and
Runway by size/quality via ``extra["price_table"]``), ``megapixel`` (started MP of
output, fal FLUX), ``second`` (of output video, as the model makes it), ``minute``
(avatar video), ``1k_chars`` (of input text), ``request`` (one call) or ``free``.  Each
entry records the date it was read and its source, because prices change:
treat every figure as an estimate and check the vendor page before big runs.
Models missing from the catalog are estimated with a conservative per-kind
default (:data:`DEFAULT_PRICES`) so a budget check never reads them as free.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from providers.base import GenerationRequest
from providers.errors import ProviderConfigError, ProviderError

PROVIDERS = ("fal", "replicate", "elevenlabs", "stability", "openai", "comfyui", "runway",
             "synthesia", "httpjob", "local")
FREE_PROVIDERS = frozenset({"local", "comfyui", "httpjob"})  # your own GPU
_REF_RE = re.compile(r"^(?P<provider>[a-z][a-z0-9_-]*):(?P<model>[^\s|]+)$")


@dataclass(frozen=True, slots=True)
class ModelRef:
    """One ``provider:model`` reference."""

    provider: str
    model: str

    def __str__(self) -> str:
        return f"{self.provider}:{self.model}"


def parse_model_ref(text: str) -> tuple[ModelRef, ...]:
    """Parse ``"fal:x|replicate:y"`` into refs in fallback order.

    Raises :class:`ProviderConfigError` (a ``ValueError``) on bad syntax or an
    unknown provider, naming the offending part.
    """
    if not isinstance(text, str) or not text.strip():
        raise ProviderConfigError("empty model ref; write provider:model, e.g. local:procedural")
    refs = []
    for part in (p.strip() for p in text.split("|")):
        match = _REF_RE.match(part)
        if not match:
            raise ProviderConfigError(
                f"bad model ref {part!r} in {text!r}; write provider:model, "
                "e.g. fal:fal-ai/flux/schnell (use | between fallbacks)")
        if match["provider"] not in PROVIDERS:
            raise ProviderConfigError(
                f"unknown provider {match['provider']!r} in {text!r}; "
                f"known providers: {', '.join(PROVIDERS)}")
        refs.append(ModelRef(match["provider"], match["model"]))
    return tuple(refs)


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Catalog entry: what a model makes, which inputs it takes and what it costs."""

    ref: ModelRef
    kind: str  # image | video | speech | text
    inputs: tuple[str, ...]
    price_usd: float
    price_unit: str  # image | second | 1k_chars | request | free
    price_date: str
    price_source: str
    default_duration_s: float | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def timeout_s(self) -> float:
        """Per-model job timeout (``extra["timeout_s"]`` or the kind's default)."""
        return float(self.extra.get("timeout_s", DEFAULT_TIMEOUTS_S.get(self.kind, 600.0)))


_CHECKED = "2026-11-30"
_FAL_MP = ("https://fal.ai/models/{m} (\"$%s per megapixel\", billed per started megapixel; "
           "read %s)")
_KLING = ("https://fal.ai/models/{m}: $0.28 per 5 s clip, $0.056 per further second "
          "(quoted in issue #16, checked " + _CHECKED + ")")
_EL = ("https://elevenlabs.io/pricing/api (per 1k characters; plan-dependent, Creator-tier "
       "overage shown; via developer.puter.com/tutorials/elevenlabs-api-pricing; read 2026-11-21)")
_STAB = ("https://platform.stability.ai/pricing (1 credit = $0.01; credits per image as listed "
         "by developer.puter.com/tutorials/stability-ai-api-pricing, Jun 2026; read 2026-11-21)")
_OAI = ("https://openai.com/api/pricing (per image, by quality and size: dall-e-3 standard "
        "1024x1024 $0.04, 1792 $0.08, hd $0.08/$0.12; gpt-image-1 low/medium/high 1024x1024 "
        "$0.011/$0.042/$0.167, 1536 $0.016/$0.063/$0.25; read 2026-11-21, unverified offline)")
_OAI_CHAT = ("https://openai.com/api/pricing (token-priced; an estimate for one short scene-"
             "writing request, not a listed price)")
_REP = "https://replicate.com/{m} (recalled, not re-verified offline)"
_SEEDANCE_LITE = ("ByteDance's rate of $1.8 per 1M video tokens = $0.18 per 720p 5 s clip "
                  "(eachlabs.ai seedance-v1-lite page, 2026-03; read 2026-11-21); "
                  "https://replicate.com/{m}")
_RUNWAY = ("https://docs.dev.runwayml.com/guides/pricing/ (1 credit = $0.01; gen4_turbo 5 "
           "credits/s, gen4_image 5 credits at 720p and 8 at 1080p; recalled, unverified "
           f"offline, read {_CHECKED})")
_SYNTHESIA = ("https://www.synthesia.io/pricing (plan-priced in video minutes; an estimate of "
              f"$3 per minute of video, not a list price; read {_CHECKED})")
_DATE = "2026-11-21"
_OAI_TABLE = {"dall-e-3": {"standard:1024x1024": 0.04, "standard:1792x1024": 0.08,
                           "standard:1024x1792": 0.08, "hd:1024x1024": 0.08,
                           "hd:1792x1024": 0.12, "hd:1024x1792": 0.12},
              "gpt-image-1": {"low:1024x1024": 0.011, "low:1536x1024": 0.016,
                              "low:1024x1536": 0.016, "medium:1024x1024": 0.042,
                              "medium:1536x1024": 0.063, "medium:1024x1536": 0.063,
                              "high:1024x1024": 0.167, "high:1536x1024": 0.25,
                              "high:1024x1536": 0.25}}
_RUNWAY_IMG = {r: (0.08 if max(int(x) for x in r.split(":")) >= 1440 else 0.05)
               for r in ("1920:1080", "1080:1920", "1024:1024", "1360:768", "1080:1080",
                         "1168:880", "1440:1080", "1080:1440", "1808:768", "2112:912",
                         "1280:720", "720:1280", "720:720", "960:720", "720:960", "1680:720")}


def _entry(ref: str, kind: str, inputs: tuple[str, ...], price: float, unit: str, source: str,
           default_duration_s: float | None = None, date: str = _DATE,
           **extra: Any) -> ModelInfo:
    provider, model = ref.split(":", 1)
    if "%s" in source:
        source = source % (f"{price:g}", _CHECKED)
    return ModelInfo(ref=ModelRef(provider, model), kind=kind, inputs=inputs, price_usd=price,
                     price_unit=unit, price_date=date, price_source=source.format(m=model),
                     default_duration_s=default_duration_s, extra=extra)


_IMG_IN = ("prompt", "seed", "width", "height")
_VID_IN = ("prompt", "seed", "image_path", "duration_s")
_TTS_IN = ("prompt", "voice", "seed")
CATALOG: dict[str, ModelInfo] = {str(i.ref): i for i in (
    _entry("fal:fal-ai/flux/schnell", "image", _IMG_IN, 0.003, "megapixel", _FAL_MP,
           date=_CHECKED),
    _entry("fal:fal-ai/flux/dev", "image", _IMG_IN, 0.025, "megapixel", _FAL_MP, date=_CHECKED),
    _entry("fal:fal-ai/flux-pro/v1.1", "image", _IMG_IN, 0.04, "megapixel", _FAL_MP,
           date=_CHECKED),
    _entry("fal:fal-ai/kling-video/v2.1/standard/image-to-video", "video", _VID_IN, 0.056,
           "second", _KLING, 5.0, date=_CHECKED),
    _entry("replicate:black-forest-labs/flux-schnell", "image", _IMG_IN, 0.003, "image",
           "https://replicate.com/{m} ($0.003 per output image; read 2026-11-21)"),
    _entry("replicate:bytedance/seedance-1-pro", "video", _VID_IN, 0.15, "second", _REP, 5.0),
    _entry("replicate:bytedance/seedance-1-lite", "video", _VID_IN, 0.036, "second",
           _SEEDANCE_LITE, 5.0),
    _entry("elevenlabs:eleven_turbo_v2_5", "speech", _TTS_IN, 0.05, "1k_chars", _EL),
    _entry("elevenlabs:eleven_flash_v2_5", "speech", _TTS_IN, 0.05, "1k_chars", _EL),
    _entry("elevenlabs:eleven_multilingual_v2", "speech", _TTS_IN, 0.10, "1k_chars", _EL),
    _entry("elevenlabs:eleven_v3", "speech", _TTS_IN, 0.10, "1k_chars", _EL),
    _entry("stability:core", "image", _IMG_IN, 0.03, "image", _STAB),
    _entry("stability:ultra", "image", _IMG_IN, 0.08, "image", _STAB),
    _entry("stability:sd3.5-large", "image", _IMG_IN, 0.065, "image", _STAB),
    _entry("stability:sd3.5-medium", "image", _IMG_IN, 0.035, "image", _STAB),
    _entry("stability:image-to-video", "video", ("image_path", "seed"), 0.20, "image",
           "https://platform.stability.ai/pricing (20 credits; recalled, not re-verified)"),
    _entry("openai:dall-e-3", "image", _IMG_IN, 0.04, "image", _OAI,
           price_table=_OAI_TABLE["dall-e-3"], default_quality="standard"),
    _entry("openai:gpt-image-1", "image", _IMG_IN, 0.042, "image", _OAI,
           price_table=_OAI_TABLE["gpt-image-1"], default_quality="medium"),
    _entry("openai:gpt-4o-mini", "text", ("prompt",), 0.001, "request", _OAI_CHAT),
    _entry("runway:gen4_turbo", "video", _VID_IN, 0.05, "second", _RUNWAY, 5.0, date=_CHECKED),
    _entry("runway:gen4_image", "image", _IMG_IN, 0.05, "image", _RUNWAY, date=_CHECKED,
           price_table=_RUNWAY_IMG),
    _entry("synthesia:anna_costume1_cameraA", "video", ("prompt", "width", "height"), 3.0,
           "minute", _SYNTHESIA, date=_CHECKED),
    _entry("local:procedural", "image", _IMG_IN, 0.0, "free", "offline, built in"),
    _entry("local:motion", "video", _VID_IN, 0.0, "free", "offline, built in", 4.0),
    _entry("local:espeak", "speech", ("prompt", "voice"), 0.0, "free", "offline, built in"),
    _entry("local:template", "text", ("prompt", "params.theme", "params.sections",
                                      "params.count"), 0.0, "free", "offline, built in"),
)}
# Conservative estimates for models not in the catalog (never assume free).
DEFAULT_PRICES: dict[str, tuple[float, str]] = {
    "image": (0.05, "image"), "video": (0.15, "second"), "speech": (0.30, "1k_chars"),
    "text": (0.01, "request"),
}
DEFAULT_VIDEO_DURATION_S = 5.0
# How long a job may take before run_job cancels it remotely (video models queue longest).
DEFAULT_TIMEOUTS_S: dict[str, float] = {"image": 300.0, "video": 1200.0, "speech": 180.0,
                                        "text": 180.0}


def timeout_for(ref: ModelRef, kind: str, *, settings: Mapping[str, str] | None = None
                ) -> float:
    """Timeout for ``ref``: setting ``timeout_s.<provider:model>``, catalog, or kind default."""
    override = (settings or {}).get(f"timeout_s.{ref}")
    if override:
        return float(override)
    info = lookup(ref)
    if info is not None and info.kind != "any":
        return info.timeout_s
    return DEFAULT_TIMEOUTS_S.get(kind, 600.0)


def lookup(ref: ModelRef) -> ModelInfo | None:
    """Catalog entry for ``ref`` (``comfyui:*`` is always free: your own GPU)."""
    info = CATALOG.get(str(ref))
    if info is None and ref.provider in FREE_PROVIDERS:
        return ModelInfo(ref=ref, kind="any", inputs=(), price_usd=0.0, price_unit="free",
                         price_date=_DATE, price_source="runs on your own machine")
    return info


def _count(request: GenerationRequest) -> int:
    for key in ("num_images", "num_outputs", "n"):
        value = request.params.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 1


def units_for(price_unit: str, request: GenerationRequest, *,
              default_duration_s: float | None = None) -> float:
    """How many billable units ``request`` uses under ``price_unit``.

    ``megapixel`` counts started megapixels per image (fal rounds up); ``minute`` is an
    avatar video's length, estimated from the script at 15 characters per second."""
    if price_unit == "image":
        return float(_count(request))
    if price_unit == "megapixel":
        pixels = (request.width or 1024) * (request.height or 1024)
        return float(math.ceil(pixels / 1_048_576 - 1e-9)) * _count(request)  # 1024² = 1 MP
    if price_unit == "second":
        duration = request.duration_s or default_duration_s or DEFAULT_VIDEO_DURATION_S
        return float(math.ceil(duration)) * _count(request)
    if price_unit == "minute":
        return math.ceil(max(len(request.prompt), 1) / 15.0) / 60.0
    if price_unit == "request":
        return 1.0
    if price_unit == "1k_chars":
        return len(request.prompt) / 1000.0
    return 0.0


def _unit_price(info: ModelInfo, ref: ModelRef, request: GenerationRequest) -> float:
    """The price of one unit; OpenAI and Runway images are priced by size and quality."""
    table = info.extra.get("price_table")
    if not table:
        return info.price_usd
    from providers.model_schemas import schema_for
    from providers.schemas import build_input

    body = build_input(schema_for(str(ref)), request, provider=ref.provider)
    size = str(body.get("size") or body.get("ratio") or "")
    quality = str(body.get("quality") or info.extra.get("default_quality") or "")
    return float(table.get(f"{quality}:{size}", table.get(size, info.price_usd)))


def estimate_cost(ref: ModelRef, request: GenerationRequest) -> float:
    """Estimated USD cost of running ``request`` on ``ref`` (catalog or default price).

    The same function prices finished jobs (adapters call it with the actual
    request), so a dry-run estimate equals the recorded cost of the real run.  Video
    durations are the ones the model makes (Kling: 5 or 10 s), see
    :func:`providers.schemas.billed_duration`.
    """
    from dataclasses import replace

    from providers.model_schemas import schema_for
    from providers.schemas import billed_duration

    info = lookup(ref)
    billed = replace(request, duration_s=billed_duration(schema_for(str(ref)), request))
    if info is not None:
        if info.price_unit == "free":
            return 0.0
        units = units_for(info.price_unit, billed, default_duration_s=info.default_duration_s)
        try:
            unit_price = _unit_price(info, ref, billed)
        except ProviderError:  # a duration the model cannot make: validation says so
            unit_price = info.price_usd
        return round(unit_price * units, 6)
    price, unit = DEFAULT_PRICES.get(request.kind, DEFAULT_PRICES["image"])
    return round(price * units_for(unit, billed), 6)
