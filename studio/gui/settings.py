"""Studio settings: provider keys in the OS keyring (or a 0600 file), the rest in JSON.

Keys never go into graph files. Where the ``keyring`` package has no usable
backend (headless Linux), keys go to ``<workspace>/secrets.json`` with mode
0600. Non-secret settings (base URLs, concurrency, default budget) live in
``<workspace>/settings.json``, which the engine's Workspace also reads.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from nodes.files import atomic_write_bytes
from studio.gui.run_panel import RunOptions

PROVIDERS = ("fal", "replicate", "elevenlabs", "stability", "openai", "comfyui", "runway",
             "synthesia", "httpjob")
KEYRING_SERVICE = "mvstudio"


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


class SecretStore:
    """Provider API keys. ``use_keyring=None`` detects a backend."""

    def __init__(self, root: Path, *, use_keyring: bool | None = None) -> None:
        self.file = root / "secrets.json"
        self.use_keyring = _keyring_usable() if use_keyring is None else use_keyring

    @property
    def where(self) -> str:
        return "the OS keyring" if self.use_keyring else f"{self.file} (mode 0600)"

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)}

    def get(self, name: str) -> str | None:
        if self.use_keyring:
            import keyring

            try:
                return keyring.get_password(KEYRING_SERVICE, name)
            except Exception:
                return None
        return self._read_file().get(name)

    def set(self, name: str, value: str | None) -> None:
        if self.use_keyring:
            import keyring

            if value:
                keyring.set_password(KEYRING_SERVICE, name, value)
            else:
                with contextlib.suppress(Exception):  # nothing stored: nothing to delete
                    keyring.delete_password(KEYRING_SERVICE, name)
            return
        data = self._read_file()
        if value:
            data[name] = value
        else:
            data.pop(name, None)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.file.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.chmod(self.file.with_suffix(".tmp"), 0o600)
        os.replace(self.file.with_suffix(".tmp"), self.file)


class StudioSettings:
    """Non-secret settings in ``settings.json`` (shared with the engine's Workspace)."""

    def __init__(self, root: Path, secrets: SecretStore) -> None:
        self.root = root
        self.file = root / "settings.json"
        self.secrets = secrets
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value

    def save(self) -> None:
        atomic_write_bytes(self.file, json.dumps(self.data, indent=2).encode("utf-8"))

    @property
    def budget_usd(self) -> float:
        return float(self.data.get("default_budget_usd", 5.0))

    def run_options(self) -> RunOptions:
        provider_settings: dict[str, str] = {}
        for name in PROVIDERS:
            key = self.secrets.get(f"{name}.api_key")
            if key:
                provider_settings[f"{name}.api_key"] = key
            url = self.data.get("base_urls", {}).get(name)
            if url:
                provider_settings[f"{name}.base_url"] = url
            caps = self.data.get("provider_limits", {}).get(name, {})
            for key in ("max_concurrency", "rate_per_s", "burst"):
                if key in caps:  # the provider layer's own caps (jobs at once, requests/s)
                    provider_settings[f"{name}.{key}"] = str(caps[key])
        limits = {k: int(v) for k, v in self.data.get("limits", {}).items()}
        return RunOptions(provider_settings=provider_settings, limits=limits)
