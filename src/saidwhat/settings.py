"""One settings object with documented defaults.

Values come, lowest priority first, from the defaults below, a TOML file
(``--config``, ``$SAIDWHAT_CONFIG`` or ``./saidwhat.toml``), ``SAIDWHAT_*``
environment variables (``SAIDWHAT_DB=/data/q.db``) and keyword arguments.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Settings", "load_settings"]


@dataclass(frozen=True)
class Settings:
    db: str = "saidwhat.db"  # the SQLite store
    jobs: int = 1  # extraction processes during ingest
    max_file_bytes: int = 50_000_000  # larger inputs are skipped as too-large
    max_decompressed_bytes: int = 200_000_000  # gzip bombs stop here
    # Longer article texts are skipped as too-large. The longest real articles in the
    # shared corpora are ~35k characters; extraction time grows faster than linearly
    # with quote density, and a 500k-character quote-dense text already takes minutes.
    max_article_chars: int = 500_000
    min_article_chars: int = 1  # shorter texts are skipped as empty
    languages: tuple[str, ...] = ("en",)  # other detected languages are skipped; () keeps all
    recycled_days: int = 30  # a statement first seen this long before an article is recycled
    user_agent: str = "saidwhat/0.1 (+news quote research; polite crawler)"
    fetch_timeout: float = 20.0  # seconds, for feed pages fetched over the network
    per_host_delay: float = 2.0  # seconds between requests to one host
    write_token: str | None = None  # enables POST /api/articles when set
    max_request_bytes: int = 2_000_000  # body limit of the JSON API
    # Host names the web server answers to besides this machine's names (localhost,
    # 127.0.0.1, ::1) and the address it is bound to. "*" allows any (behind a proxy that checks).
    allowed_hosts: tuple[str, ...] = ()
    header_timeout: float = 10.0  # seconds a connection may take to send a request's headers
    body_timeout: float = 30.0  # seconds a request body may pause before the request ends with 408
    web_cache_bytes: int = 64 * 1024 * 1024  # memory for cached answers (facets, totals, rankings)
    web_threads: int = 8  # requests the web server works on at once, each with its own connection

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, raw: Any) -> Any:
    kind = Settings.__dataclass_fields__[name].type
    try:
        if "int" in kind and not isinstance(raw, int):
            return int(raw)
        if "float" in kind and not isinstance(raw, float):
            return float(raw)
        if "tuple" in kind and isinstance(raw, str):
            return tuple(x.strip() for x in raw.split(",") if x.strip())
        if "tuple" in kind:
            return tuple(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {raw!r} as {kind}") from exc
    return raw


def load_settings(config: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {}
    path = config or os.environ.get("SAIDWHAT_CONFIG")
    if path is None and Path("saidwhat.toml").is_file():
        path = "saidwhat.toml"
    if path is not None:
        try:
            with open(path, "rb") as fh:
                values.update(tomllib.load(fh))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
    for name in Settings.__dataclass_fields__:
        env = os.environ.get(f"SAIDWHAT_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - set(Settings.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}")
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})
