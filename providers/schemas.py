"""Model input schemas: what each curated model accepts, and how node params map onto it.

A node speaks in width/height/duration_s; models speak in ``size`` enums (OpenAI),
``aspect_ratio`` names (Replicate FLUX, Stability), pixel ``ratio`` strings (Runway),
``image_size`` objects (fal FLUX) or duration enums (fal Kling "5"/"10").  A
:class:`ModelSchema` holds one model's documented inputs; :func:`build_input` turns a
request into the model's input JSON (nearest allowed size or aspect ratio: the render-time
fit does the rest; the shortest allowed duration that covers the request), and
:func:`check` validates node params and the node's ``extra`` JSON at graph load, so a
wrong request fails with exit 2 before anything is paid.

Unknown models (not curated here) get the generic mapping (``width``/``height``,
``duration``), with a warning from :func:`check`.  Sources are in ``docs/providers.md``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from providers.base import GenerationRequest
from providers.errors import ErrorKind, ProviderError

_TYPES: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float),
                                       "bool": (bool,), "object": (dict,), "list": (list,),
                                       "any": (object,)}


@dataclass(frozen=True, slots=True)
class Input:
    """One documented model input that ``extra`` may set."""

    name: str
    type: str = "any"  # str | int | float | bool | object | list | any
    choices: tuple[Any, ...] = ()
    min: float | None = None
    max: float | None = None

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not allowed for this input, or None."""
        kinds = _TYPES.get(self.type, (object,))
        if (isinstance(value, bool) and self.type in ("int", "float")) or not isinstance(
                value, kinds):
            return f"must be of type {self.type}, got {type(value).__name__}"
        if self.choices and value not in self.choices:
            return f"{value!r} is not allowed; allowed: {', '.join(map(repr, self.choices))}"
        if self.min is not None and value < self.min:
            return f"{value!r} is below the minimum {self.min:g}"
        if self.max is not None and value > self.max:
            return f"{value!r} is above the maximum {self.max:g}"
        return None


@dataclass(frozen=True, slots=True)
class ModelSchema:
    """A model's inputs and the mapping of node params onto them.

    ``size_mode``: ``size`` ("WxH" enum), ``aspect_ratio`` ("W:H" names), ``ratio``
    (Runway "1280:720" pixel strings), ``image_size`` (fal object, any WxH within
    ``max_side``), ``wxh`` (free "WxH" text), ``wh`` (width/height ints) or ``none``.
    """

    inputs: tuple[Input, ...] = ()
    size_mode: str = "wh"
    size_field: str = "size"
    sizes: tuple[str, ...] = ()
    duration_field: str | None = None
    durations: tuple[int, ...] = ()  # allowed seconds; empty = any
    duration_as_str: bool = False
    image_field: str | None = None  # where an input image (URL/data URI) goes
    prompt_field: str = "prompt"
    seed_field: str | None = "seed"
    data_uri_max_bytes: int | None = None  # None: the provider documents no data URIs
    connect_s: float = 10.0
    read_s: float = 60.0  # a synchronous answer (or one poll) may take this long
    fixed: Mapping[str, Any] = field(default_factory=dict)  # always sent (model name, n...)

    def input(self, name: str) -> Input | None:
        return next((i for i in self.inputs if i.name == name), None)

    @property
    def mapped(self) -> frozenset[str]:
        """Input names the node params fill (``extra`` may still override enums)."""
        names = {self.prompt_field, self.seed_field, self.duration_field, self.image_field}
        if self.size_mode in ("size", "aspect_ratio", "ratio", "image_size", "wxh"):
            names.add(self.size_field)
        elif self.size_mode == "wh":
            names.update(("width", "height"))
        return frozenset(n for n in names if n)


def _ratio_of(text: str) -> float | None:
    for sep in ("x", ":"):
        left, found, right = text.partition(sep)
        if found and left.isdigit() and right.isdigit() and int(right):
            return int(left) / int(right)
    return None


def nearest_size(choices: tuple[str, ...], width: int, height: int) -> str:
    """The allowed size/ratio closest in aspect to width x height, then in area."""
    target = math.log(width / height)

    def key(choice: str) -> tuple[float, float]:
        ratio = _ratio_of(choice)
        if ratio is None:
            return (math.inf, 0.0)
        parts = choice.replace(":", "x").split("x")
        return (round(abs(math.log(ratio) - target), 6),
                abs(math.log(int(parts[0]) * int(parts[1]) / (width * height))))

    return min(choices, key=key)


def covering_duration(durations: tuple[int, ...], seconds: float) -> int | None:
    """Shortest allowed duration >= ``seconds`` (the render trims), None if none covers."""
    fits = [d for d in sorted(durations) if d >= seconds - 1e-6]
    return fits[0] if fits else None


def _size_inputs(schema: ModelSchema, request: GenerationRequest) -> dict[str, Any]:
    width, height = request.width, request.height
    if not width or not height or schema.size_mode == "none":
        return {}
    if schema.size_mode == "wh":
        return {"width": width, "height": height}
    if schema.size_mode == "wxh":  # free "WxH" text (self-hosted OpenAI-compatible servers)
        return {schema.size_field: f"{width}x{height}"}
    if schema.size_mode == "image_size":
        return {schema.size_field: {"width": width, "height": height}}
    return {schema.size_field: nearest_size(schema.sizes, width, height)}


def _duration_inputs(schema: ModelSchema, request: GenerationRequest, *,
                     provider: str) -> dict[str, Any]:
    if not request.duration_s or not schema.duration_field:
        return {}
    seconds: float | int = round(request.duration_s)
    if schema.durations:
        covered = covering_duration(schema.durations, request.duration_s)
        if covered is None:
            raise ProviderError(
                ErrorKind.VALIDATION, provider=provider,
                message=f"duration_s {request.duration_s:g} is longer than {request.model} "
                        f"makes; allowed: {', '.join(map(str, schema.durations))} s")
        seconds = covered
    return {schema.duration_field: str(seconds) if schema.duration_as_str else seconds}


def build_input(schema: ModelSchema | None, request: GenerationRequest, *, provider: str,
                image_ref: str | None = None) -> dict[str, Any]:
    """The model's input JSON for ``request``; ``request.params`` (the node's ``extra``) last.

    ``image_ref`` is the already uploaded (or inlined) input image, if any."""
    schema = schema or GENERIC
    body: dict[str, Any] = dict(schema.fixed)
    if request.prompt or schema.prompt_field == "prompt":
        body[schema.prompt_field] = request.prompt
    if request.seed is not None and schema.seed_field:
        body[schema.seed_field] = request.seed
    body.update(_size_inputs(schema, request))
    body.update(_duration_inputs(schema, request, provider=provider))
    if image_ref and schema.image_field:
        body[schema.image_field] = image_ref
    body.update(request.params)
    return body


def billed_duration(schema: ModelSchema | None, request: GenerationRequest) -> float | None:
    """The duration the provider will make (and bill) for ``request``; an ``extra``
    override of the model's duration input wins, as it does on the wire."""
    if schema is not None and schema.duration_field in request.params:
        try:
            return float(request.params[schema.duration_field])
        except (TypeError, ValueError):
            return request.duration_s
    if request.duration_s is None or schema is None or not schema.durations:
        return request.duration_s
    return covering_duration(schema.durations, request.duration_s) or request.duration_s


def check_extra(schema: ModelSchema, extra: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(param, message) problems of the node's ``extra`` JSON against ``schema``."""
    problems: list[tuple[str, str]] = []
    names = sorted({i.name for i in schema.inputs} | schema.mapped)
    mapped_values: dict[str, tuple[Any, ...]] = {}
    if schema.sizes and schema.size_mode in ("size", "aspect_ratio", "ratio"):
        mapped_values[schema.size_field] = schema.sizes
    if schema.durations and schema.duration_field:
        mapped_values[schema.duration_field] = tuple(
            str(d) if schema.duration_as_str else d for d in schema.durations)
    for key, value in extra.items():
        spec = schema.input(key)
        if spec is None and key in mapped_values and value not in mapped_values[key]:
            problems.append((f"extra.{key}", f"{value!r} is not allowed; allowed: "
                                             f"{', '.join(map(repr, mapped_values[key]))}"))
        elif spec is None and key not in schema.mapped:
            problems.append((f"extra.{key}", f"is not an input of this model; it takes: "
                                             f"{', '.join(names)}"))
        elif spec is not None and (why := spec.problem(value)) is not None:
            problems.append((f"extra.{key}", why))
    return problems


def check_fields(schema: ModelSchema, fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(param, message) problems of the node params a model cannot honour."""
    duration = fields.get("duration_s")
    if duration and schema.durations and covering_duration(schema.durations,
                                                           float(duration)) is None:
        return [("duration_s", f"{float(duration):g} s is longer than the model makes; "
                               f"allowed: {', '.join(map(str, schema.durations))} s")]
    return []


def request_timeouts(schema: ModelSchema | None, *, settings: Mapping[str, str],
                     ref: str) -> tuple[float, float]:
    """(connect_s, read_s) for one request to ``ref``; settings ``read_timeout_s.<ref>``
    and ``connect_timeout_s.<ref>`` override the schema's."""
    base = schema or GENERIC
    connect = float(settings.get(f"connect_timeout_s.{ref}") or base.connect_s)
    read = float(settings.get(f"read_timeout_s.{ref}") or base.read_s)
    return connect, read


GENERIC = ModelSchema(duration_field="duration", image_field="image")
