"""The PySpark job: articles in (any kind ``saidwhat ingest`` reads), date-partitioned Parquet quote rows out.

    saidwhat spark-extract INPUT OUTPUT [--format warc] [--master local[2]]
    python -m saidwhat.spark.job INPUT OUTPUT [same options]
    spark-submit [spark options] .../saidwhat/spark/submit.py INPUT OUTPUT [same options]

All three are the one click command ``saidwhat spark-extract`` (``main`` here
hands its arguments to it). INPUT is any path or glob Spark can read
(``file:``, ``hdfs:``, ``s3a:``, ...).
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
a file) through the local pipeline's dispatch (``records.read_payload`` calls
``saidwhat.ingest.read_bytes``), article items are spread over ``partitions``
tasks, and ``records.extract_partition`` runs in ``mapPartitions``.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass

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
    batch_size: int | None = None,  # articles per extract_many call; by default as the ingest chunks them
    mode: str = "overwrite",
) -> JobStats:
    """Read ``input_path``, extract every article, write OUTPUT as the module docstring shows.

    ``format`` (one of ``saidwhat.ingest.KINDS``) forces the reader of every
    file; by default each file's name, else its first bytes, picks it."""
    from pyspark import StorageLevel

    from ..ingest import KINDS

    if format is not None and format not in KINDS:
        raise ConfigError(f"unknown input format {format!r}; choose one of {', '.join(KINDS)}")
    settings = settings or Settings()
    sc = spark.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism * 2)
    in_folder = not _is_one_file(spark, input_path)
    started = time.perf_counter()

    def read(pair):
        path, data = pair
        return records.read_payload(path, data, settings=settings, kind=format, in_folder=in_folder)

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
        article_cols = ["article_id", "given_id", "url", "outlet", "headline", "published", "published_date",
                        *(c for c in records.ARTICLE_COLUMNS)]
        (
            rows.where(kind == "article")
            .select(*article_cols)
            .write.mode(mode)
            .partitionBy("published_date")
            .parquet(_join(output, "_articles"))
        )
        errors = rows.where(kind == "error").select(*records.ERROR_COLUMNS)
        errors.write.mode(mode).json(_join(output, "_errors"))
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


def _is_one_file(spark, input_path: str) -> bool:
    """Whether INPUT names one file, not a folder or a glob: as with ``saidwhat ingest``, files found
    in a folder are skipped by name (README, images ...), a file named on its own is always read."""
    if any(c in input_path for c in "*?[{"):
        return False
    try:  # Hadoop's own file system answers for hdfs:, s3a:, gs: as well as local paths
        jvm = spark.sparkContext._jvm
        path = jvm.org.apache.hadoop.fs.Path(input_path)
        return bool(path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).isFile(path))
    except Exception:  # noqa: BLE001  (no answer: treat it as a folder, the safe side for a crawl)
        return False


def main(argv: list[str] | None = None) -> None:
    """``python -m saidwhat.spark.job`` and ``submit.py``: ``saidwhat spark-extract`` with these
    arguments (default: the command line's). Exits, with the command's exit code."""
    from ..cli import main as cli

    args = sys.argv[1:] if argv is None else argv
    # through the group, so that errors become messages and exit codes as for every command
    cli.main(["spark-extract", *args], prog_name="saidwhat")


if __name__ == "__main__":
    main()
