"""The distributed job: the local pipeline's own reading and extraction, run by Apache Spark.

    records.py   executor side, no pyspark import: inputs -> Articles -> rows, with a
                 per-process pipeline cache; every failure becomes an error row
    job.py       driver side: reads INPUT with Spark, runs records.py in mapPartitions,
                 writes Parquet partitioned by publication date (``python -m saidwhat.spark.job``)
    parquet.py   reads the job's output back as ``Extraction`` records (for ``saidwhat ingest``)

This package calls ``saidwhat.ingest`` and ``saidwhat.extract``; it has no
extraction logic of its own, so a cluster finds exactly what one machine finds.
"""

from __future__ import annotations

__all__ = ["read_extractions", "run_job"]


def __getattr__(name: str):
    # pyspark is an optional extra: load it only when the job itself is asked for
    if name == "run_job":
        from .job import run_job

        return run_job
    if name == "read_extractions":
        from .parquet import read_extractions

        return read_extractions
    raise AttributeError(f"module 'saidwhat.spark' has no attribute {name!r}")
