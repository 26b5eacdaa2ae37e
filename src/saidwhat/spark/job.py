"""The PySpark job: WARC / JSONL / Parquet in, quote rows as date-partitioned Parquet out.

    spark-submit --py-files saidwhat.whl -m saidwhat.spark.job INPUT OUTPUT   (or)
    python -m saidwhat.spark.job INPUT OUTPUT [--format warc] [--master local[2]]

INPUT is any path or glob Spark can read (``file:``, ``hdfs:``, ``s3a:``, ...).
Layout of OUTPUT:

    OUTPUT/published_date=YYYY-MM-DD/part-*.parquet   one row per quote, the columns of
                                                      ``saidwhat export`` (export.ARROW_SCHEMA)
    OUTPUT/published_date=unknown/...                 articles with no publication date
    OUTPUT/_articles/published_date=.../*.parquet     one row per article read, with its text
    OUTPUT/_errors/part-*.json                        one JSON line per input that failed:
                                                      source, stage (read|extract), reason, detail

Directories starting with ``_`` are hidden from Spark's, pyarrow's and
DuckDB's (``OUTPUT/*/*.parquet``) readers of OUTPUT, so the quote table reads
cleanly. The driver only plans: files are read with ``binaryFiles`` (one task
a file), article items are spread over ``partitions`` tasks, and
``records.extract_partition`` runs in ``mapPartitions``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..settings import Settings
from . import records

__all__ = ["JobStats", "main", "run_job", "spark_schema"]


@dataclass(frozen=True)
class JobStats:
    articles: int
    quotes: int
    errors: int
    seconds: float
    partitions: int
    output: str

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def spark_schema():
    """The Spark type of ``records.ROW_COLUMNS``: the export's Arrow schema, then our extra columns."""
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    from ..export import ARROW_SCHEMA

    # prefer_timestamp_ntz=False: `published` is a UTC instant (TimestampType), not a wall time
    export = {f.name: f for f in from_arrow_schema(ARROW_SCHEMA, prefer_timestamp_ntz=False).fields}
    fields = []
    for name in records.ROW_COLUMNS:
        if name in export:
            # nullable: one row type carries quotes, articles and errors, each filling its own columns
            fields.append(StructField(name, export[name].dataType, True))
        elif name == "quote_count":
            fields.append(StructField(name, IntegerType(), True))
        else:
            fields.append(StructField(name, StringType(), True))
    return StructType(fields)


def session(master: str | None = None, app_name: str = "saidwhat-extract"):
    """A SparkSession: the one spark-submit made, or a local one (``local[*]`` unless ``master`` says)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit: run here
        builder = builder.master("local[*]")
    # Local workers must run this interpreter, which has saidwhat and the spaCy model installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        builder.config("spark.sql.session.timeZone", "UTC")
        # Parquet's standard timestamp type, not Spark's legacy INT96, so every reader agrees
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )


def run_job(
    spark,
    input_path: str,
    output: str,
    *,
    format: str | None = None,
    partitions: int | None = None,
    settings: Settings | None = None,
    batch_size: int | None = None,  # articles per extract_many call; by default as the local ingest chunks them
    mode: str = "overwrite",
) -> JobStats:
    """Read ``input_path``, extract every article, write OUTPUT as the module docstring shows."""
    from pyspark import StorageLevel

    if format is not None and format not in records.INPUT_FORMATS:
        raise ConfigError(f"unknown input format {format!r}; choose one of {', '.join(records.INPUT_FORMATS)}")
    settings = settings or Settings()
    sc = spark.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism * 2)
    started = time.perf_counter()

    def read(pair):
        path, data = pair
        return records.read_payload(path, data, settings=settings, kind=format)

    def extract(items):
        return records.extract_partition(items, batch_size=batch_size)

    # One task a file for reading (cheap); then the articles are dealt out evenly so that a
    # single large WARC still keeps every core busy with extraction (the expensive part).
    items = sc.binaryFiles(input_path).flatMap(read).repartition(partitions)
    rows = spark.createDataFrame(items.mapPartitions(extract), spark_schema(), verifySchema=False)
    # Written three times (quotes, articles, errors): keep the rows so extraction runs once.
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        from ..export import EXPORT_COLUMNS

        kind = rows["record"]
        (
            rows.where(kind == "quote")
            .select(*EXPORT_COLUMNS, "published_date")
            .write.mode(mode)
            .partitionBy("published_date")
            .parquet(output)
        )
        article_cols = ["article_id", "url", "outlet", "headline", "published", "published_date",
                        *(c for c in records.ARTICLE_COLUMNS)]
        (
            rows.where(kind == "article")
            .select(*article_cols)
            .write.mode(mode)
            .partitionBy("published_date")
            .parquet(_join(output, "_articles"))
        )
        rows.where(kind == "error").select(*records.ERROR_COLUMNS).write.mode(mode).json(_join(output, "_errors"))
        counts = {r["record"]: r["count"] for r in rows.groupBy("record").count().collect()}
    finally:
        rows.unpersist()
    return JobStats(
        articles=counts.get("article", 0),
        quotes=counts.get("quote", 0),
        errors=counts.get("error", 0),
        seconds=round(time.perf_counter() - started, 3),
        partitions=partitions,
        output=output,
    )


def _join(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m saidwhat.spark.job", description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="WARC/WARC.gz, JSONL or Parquet files: a path, directory or glob Spark can read")
    p.add_argument("output", help="directory for the Parquet output (replaced if it exists)")
    p.add_argument("--format", choices=records.INPUT_FORMATS, default=None,
                   help="input format [default: from each file's name, else its first bytes]")
    p.add_argument("--master", default=None, help="Spark master [default: spark-submit's, else local[*]]")
    p.add_argument("--partitions", type=int, default=None,
                   help="extraction tasks [default: twice the default parallelism]")
    p.add_argument("--config", default=None, help="saidwhat settings file (TOML)")
    return p


def main(argv: list[str] | None = None) -> int:
    from ..settings import load_settings

    args = _parser().parse_args(argv)
    settings = load_settings(args.config)
    spark = session(args.master)
    try:
        stats = run_job(spark, args.input, args.output, format=args.format, partitions=args.partitions,
                        settings=settings)
    finally:
        spark.stop()
    print(_summary(stats))
    return 0


def _summary(stats: JobStats) -> str:
    d: dict[str, Any] = dataclasses.asdict(stats)
    d["articles_per_s"] = round(stats.articles_per_s, 2)
    return " ".join(f"{k}={v}" for k, v in d.items())


if __name__ == "__main__":
    sys.exit(main())
