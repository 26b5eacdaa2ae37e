"""saidwhat: who said what, when, from news articles.

The public API, importable from the top level::

    import saidwhat
    for item in saidwhat.read_sources(["article.txt"]):
        print(saidwhat.extract(item).quotes)

Names are loaded lazily so that ``import saidwhat`` stays fast and does not
load spaCy until extraction is asked for.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    # records
    "Article": "models",
    "Quote": "models",
    "QuoteKind": "models",
    "Span": "models",
    "Cue": "models",
    "Speaker": "models",
    "Entity": "models",
    "Figure": "models",
    "Extraction": "models",
    "Skip": "models",
    "to_dict": "models",
    "ExtractOptions": "extract.options",
    # errors and settings
    "SaidwhatError": "errors",
    "InputError": "errors",
    "ModelError": "errors",
    "StoreError": "errors",
    "QueryError": "errors",
    "ConfigError": "errors",
    "Settings": "settings",
    "load_settings": "settings",
    # the store
    "Store": "store",
    "open_store": "store",
    "QuoteHit": "store",
    # across articles
    "link": "across.link",
    "check_quote": "across.check",
    "speaker_info": "across.queries",
    "statement_info": "across.queries",
    "list_statements": "across.queries",
    "list_flags": "across.queries",
    "resolve_spoken_date": "across.dates",
    "load_kb": "names.kb",
    "import_wikidata": "names.kb",
    # the web UI and JSON API
    "create_app": "web",
    "serve": "web",
    # readers
    "read_sources": "ingest",
    "read_text_article": "ingest",
}

# The extraction functions are bound eagerly: the subpackage ``saidwhat.extract``
# would otherwise shadow the function of the same name once imported. Importing
# it is cheap (spaCy loads on first use). The redundant aliases mark them as re-exports,
# since ruff cannot read the computed __all__ below.
from .extract import extract as extract  # noqa: E402
from .extract import extract_many as extract_many  # noqa: E402

__all__ = sorted([*_EXPORTS, "extract", "extract_many"]) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'saidwhat' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
