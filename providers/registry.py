"""Build providers by name, with keys and base URLs from env or settings.

Keys come from the providers' usual environment variables (``FAL_KEY``,
``REPLICATE_API_TOKEN``, ...) or the settings store (same names, or
``<provider>.api_key``).  Base URLs: ``MVSTUDIO_<PROVIDER>_BASE_URL`` or the
setting ``<provider>.base_url`` (fal's Platform API: ``MVSTUDIO_FAL_API_BASE_URL`` or
``fal.api_base_url``).  Plain ``http://`` is accepted only for
loopback hosts, so a key never travels unencrypted over a network.
"""

from __future__ import annotations

import importlib
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from providers.base import Provider
from providers.errors import ProviderConfigError, register_secret


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    module: str
    cls: str
    key_env: tuple[str, ...]  # first one set wins
    default_base_url: str
    needs_key: bool = True
    # More hosts of the same provider: (name, default URL), overridden by the setting
    # ``<provider>.<name>_base_url`` or ``MVSTUDIO_<PROVIDER>_<NAME>_BASE_URL``.
    extra_urls: tuple[tuple[str, str], ...] = ()


SPECS: dict[str, ProviderSpec] = {
    "fal": ProviderSpec("providers.fal", "FalProvider", ("FAL_KEY",), "https://queue.fal.run",
                        extra_urls=(("api", "https://api.fal.ai"),  # Platform API (reconcile)
                                    ("rest", "https://rest.fal.ai"),  # storage (fal-client)
                                    ("openapi", "https://fal.ai/api/openapi/queue/openapi.json"))),
    "replicate": ProviderSpec("providers.replicate", "ReplicateProvider",
                              ("REPLICATE_API_TOKEN",), "https://api.replicate.com"),
    "elevenlabs": ProviderSpec("providers.elevenlabs", "ElevenLabsProvider",
                               ("ELEVENLABS_API_KEY",), "https://api.elevenlabs.io"),
    "stability": ProviderSpec("providers.stability", "StabilityProvider",
                              ("STABILITY_API_KEY",), "https://api.stability.ai"),
    "openai": ProviderSpec("providers.openai_compat", "OpenAICompatProvider",
                           ("OPENAI_API_KEY",), "https://api.openai.com"),
    "comfyui": ProviderSpec("providers.comfyui", "ComfyUIProvider", ("COMFYUI_API_KEY",),
                            "http://127.0.0.1:8188", needs_key=False),
    "runway": ProviderSpec("providers.runway", "RunwayProvider", ("RUNWAYML_API_SECRET",),
                           "https://api.dev.runwayml.com"),
    "synthesia": ProviderSpec("providers.synthesia", "SynthesiaProvider",
                              ("SYNTHESIA_API_KEY",), "https://api.synthesia.io"),
    # URLs come from each model's JSON spec (providers.httpjob); the token is optional.
    "httpjob": ProviderSpec("providers.httpjob", "HttpJobProvider", ("HTTPJOB_TOKEN",),
                            "http://127.0.0.1:8000", needs_key=False),
}


def _is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(provider: str, url: str) -> str:
    """Validate a base URL: https anywhere, http only on loopback. Returns it without a trailing /."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProviderConfigError(f"{provider} base URL {url!r} is not an http(s) URL",
                                  provider=provider)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ProviderConfigError(
            f"{provider} base URL {url!r} uses plain http to a non-loopback host; use https "
            "(plain http is only allowed for 127.0.0.1/localhost)", provider=provider)
    return url.rstrip("/")


def resolve_key(name: str, *, settings: Mapping[str, str], env: Mapping[str, str]) -> str | None:
    """API key for provider ``name`` (settings first, then env); registered for scrubbing."""
    spec = SPECS[name]
    candidates = [settings.get(f"{name}.api_key")]
    candidates += [settings.get(var) for var in spec.key_env]
    candidates += [env.get(var) for var in spec.key_env]
    # A pasted key often ends in a newline: trimmed, never sent as is (httpx refuses it).
    key = next((c.strip() for c in candidates if c and c.strip()), None)
    register_secret(key)
    return key


def resolve_base_url(name: str, *, settings: Mapping[str, str], env: Mapping[str, str]) -> str:
    url = (settings.get(f"{name}.base_url") or env.get(f"MVSTUDIO_{name.upper()}_BASE_URL")
           or SPECS[name].default_base_url)
    opt_in = settings.get(f"{name}.allow_http") or env.get(f"MVSTUDIO_{name.upper()}_ALLOW_HTTP")
    if name == "comfyui" and str(opt_in).lower() in ("1", "true", "yes") \
            and url.startswith("http://"):
        return url.rstrip("/")  # a GPU box on the LAN, by the user's explicit choice
    return check_base_url(name, url)


def resolve_extra_urls(name: str, *, settings: Mapping[str, str], env: Mapping[str, str],
                       base_url: str) -> dict[str, str | None]:
    """The provider's other hosts.  A default is used only while the main base URL is the
    default too: pointing a provider at a proxy or a fake never sends its key to the real
    service's other hosts by surprise (the adapter then says what to configure)."""
    spec = SPECS[name]
    urls: dict[str, str | None] = {}
    for what, default in spec.extra_urls:
        url = (settings.get(f"{name}.{what}_base_url")
               or env.get(f"MVSTUDIO_{name.upper()}_{what.upper()}_BASE_URL"))
        if not url and base_url == spec.default_base_url:
            url = default
        urls[what] = check_base_url(name, url) if url else None
    return urls


def make_provider(name: str, *, client: object | None = None,
                  settings: Mapping[str, str] | None = None,
                  env: Mapping[str, str] = os.environ, **options: Any) -> Provider:
    """Instantiate provider ``name`` ("fal", "replicate", ..., "local").

    ``client`` is the shared ``httpx.AsyncClient`` (required for hosted
    providers; local providers need none).  Missing keys raise
    :class:`ProviderConfigError` naming the environment variable to set.
    ``options`` go to the adapter: ``limits`` (:class:`providers.limits.ProviderLimits`),
    ``sleep`` (injectable backoff sleep), ``policy`` (:class:`providers.retry.RetryPolicy`),
    ``spool_dir``, ``max_output_bytes``.
    """
    options = {k: v for k, v in options.items() if v is not None}
    from providers.limits import make_limits
    settings = settings or {}
    if name == "local":
        from providers.local import LocalProvider

        local = LocalProvider()
        local.limits = options.get("limits") or make_limits("local", settings=settings)
        return local
    if name not in SPECS:
        raise ProviderConfigError(
            f"unknown provider {name!r}; known: local, {', '.join(SPECS)}", provider=name)
    if client is None:
        raise ProviderConfigError(f"provider {name!r} needs an httpx.AsyncClient", provider=name)
    spec = SPECS[name]
    key = resolve_key(name, settings=settings, env=env)
    if spec.needs_key and not key:
        raise ProviderConfigError(
            f"no API key for {name}: set {spec.key_env[0]} in the environment or "
            f"'{name}.api_key' in settings", provider=name)
    base_url = resolve_base_url(name, settings=settings, env=env)
    options.setdefault("limits", make_limits(name, settings=settings))
    if spec.extra_urls:
        options.setdefault("extra_base_urls", resolve_extra_urls(
            name, settings=settings, env=env, base_url=base_url))
    if name in ("httpjob", "comfyui"):
        options["env"] = env  # where their spec/workflow folders may be configured
    cls = getattr(importlib.import_module(spec.module), spec.cls)
    return cls(client=client, api_key=key, base_url=base_url, settings=settings, **options)
