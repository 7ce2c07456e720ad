"""``mvstudio models refresh``: live input schemas for models that are not curated.

Replicate publishes each model version's OpenAPI schema (``GET /v1/models/{owner}/{name}``
-> ``latest_version.openapi_schema``, ``components.schemas.Input``); fal publishes each
endpoint's (``GET https://fal.ai/api/openapi/queue/openapi.json?endpoint_id=<id>``, the
POST request body of the endpoint's path).  Both are turned into a
:class:`providers.schemas.ModelSchema` (enums, ranges, which input takes the size,
duration and image) and cached in ``<MVSTUDIO_HOME>/model_schemas.json``; curated schemas
(``providers.model_schemas``) always win, a cached one replaces the generic mapping.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from providers.schemas import Input, ModelSchema

_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool",
          "object": "object", "array": "list"}
_IMAGE_FIELDS = ("image", "image_url", "input_image", "start_image", "first_frame_image")
FAL_OPENAPI_URL = "https://fal.ai/api/openapi/queue/openapi.json"


def cache_path() -> Path:
    home = os.environ.get("MVSTUDIO_HOME")
    if not home:
        from platformdirs import user_data_dir

        home = user_data_dir("mvstudio", appauthor=False)
    return Path(home).expanduser() / "model_schemas.json"


def _resolve(node: Any, components: Mapping[str, Any]) -> dict[str, Any]:
    """One property with ``$ref``/``allOf``/``anyOf`` branches merged (enums joined)."""
    if not isinstance(node, dict):
        return {}
    merged = dict(node)
    ref = node.get("$ref")
    if isinstance(ref, str):
        merged = {**_resolve(components.get(ref.rsplit("/", 1)[-1]), components), **merged}
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(key) or ():
            part = _resolve(branch, components)
            if "enum" in part:
                merged["enum"] = [*merged.get("enum", []), *part["enum"]]
            merged.setdefault("type", part.get("type"))
            for bound in ("minimum", "maximum"):
                if bound in part:
                    merged.setdefault(bound, part[bound])
    return merged


def inputs_from_openapi(properties: Mapping[str, Any], components: Mapping[str, Any]
                        ) -> dict[str, dict[str, Any]]:
    """``{name: {type, enum, minimum, maximum}}`` of an OpenAPI ``properties`` object."""
    found: dict[str, dict[str, Any]] = {}
    for name, raw in properties.items():
        prop = _resolve(raw, components)
        entry: dict[str, Any] = {"type": _TYPES.get(str(prop.get("type")), "any")}
        if prop.get("enum"):
            entry["enum"] = list(dict.fromkeys(prop["enum"]))
            if entry["type"] == "any":
                entry["type"] = _TYPES.get(type(entry["enum"][0]).__name__.replace(
                    "str", "string").replace("int", "integer"), "any")
        for bound in ("minimum", "maximum"):
            if isinstance(prop.get(bound), int | float):
                entry[bound] = prop[bound]
        found[str(name)] = entry
    return found


def schema_from_inputs(inputs: Mapping[str, Mapping[str, Any]]) -> ModelSchema:
    """A ModelSchema for live inputs: where size, duration, image and seed go."""
    kw: dict[str, Any] = {"seed_field": "seed" if "seed" in inputs else None,
                          "image_field": next((f for f in _IMAGE_FIELDS if f in inputs), None),
                          "prompt_field": "prompt", "size_mode": "none"}
    for field, mode in (("aspect_ratio", "aspect_ratio"), ("size", "size")):
        if inputs.get(field, {}).get("enum"):
            kw.update(size_mode=mode, size_field=field,
                      sizes=tuple(str(v) for v in inputs[field]["enum"] if ":" in str(v)
                                  or "x" in str(v)))
            break
    else:
        if "image_size" in inputs:
            kw.update(size_mode="image_size", size_field="image_size")
        elif "width" in inputs and "height" in inputs:
            kw["size_mode"] = "wh"
    duration = inputs.get("duration")
    if duration:
        kw["duration_field"] = "duration"
        if duration.get("enum"):
            kw["durations"] = tuple(int(float(v)) for v in duration["enum"])
            kw["duration_as_str"] = isinstance(duration["enum"][0], str)
        elif isinstance(duration.get("minimum"), int) and isinstance(duration.get("maximum"),
                                                                       int):
            kw["durations"] = tuple(range(duration["minimum"], duration["maximum"] + 1))
    kw["inputs"] = tuple(Input(name, str(spec.get("type", "any")), tuple(spec.get("enum", ())),
                               spec.get("minimum"), spec.get("maximum"))
                         for name, spec in inputs.items())
    return ModelSchema(**kw)


def replicate_inputs(model_json: Any) -> dict[str, dict[str, Any]]:
    schema = ((model_json or {}).get("latest_version") or {}).get("openapi_schema") or {}
    components = (schema.get("components") or {}).get("schemas") or {}
    return inputs_from_openapi((components.get("Input") or {}).get("properties") or {},
                               components)


def fal_inputs(openapi: Any, endpoint: str) -> dict[str, dict[str, Any]]:
    components = ((openapi or {}).get("components") or {}).get("schemas") or {}
    post = (((openapi or {}).get("paths") or {}).get(f"/{endpoint}") or {}).get("post") or {}
    body = (((post.get("requestBody") or {}).get("content") or {})
            .get("application/json") or {}).get("schema") or {}
    return inputs_from_openapi(_resolve(body, components).get("properties") or {}, components)


def save(found: Mapping[str, Mapping[str, Any]], path: Path | None = None) -> Path:
    """Merge ``{ref: inputs}`` into the cache (written atomically)."""
    path = path or cache_path()
    cached = load(path)
    cached.update({ref: {"inputs": dict(v), "fetched_unix": time.time()}
                   for ref, v in found.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(cached, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load(path: Path | None = None) -> dict[str, Any]:
    try:
        raw = json.loads((path or cache_path()).read_text(encoding="utf-8"))
        return raw if isinstance(raw, dict) else {}
    except (OSError, ValueError):
        return {}


_MEMO: dict[str, tuple[float, dict[str, ModelSchema]]] = {}


def cached_schema(ref: str) -> ModelSchema | None:
    """The refreshed schema of ``ref``, if ``models refresh`` fetched one."""
    path = cache_path()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    memo = _MEMO.get(str(path))
    if memo is None or memo[0] != mtime:
        schemas = {k: schema_from_inputs(v.get("inputs") or {}) for k, v in load(path).items()
                   if isinstance(v, dict)}
        memo = _MEMO[str(path)] = (mtime, schemas)
    return memo[1].get(ref)
