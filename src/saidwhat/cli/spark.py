"""``saidwhat spark-extract``: the Spark job from the command line (wraps ``saidwhat.spark.job.run_job``)."""

from __future__ import annotations

import click

from ..errors import ConfigError
from . import main
from .common import config_option, settings_from


@main.command("spark-extract")
@click.argument("input_path", metavar="INPUT")
@click.argument("output")
@click.option("--master", default=None, help="Spark master URL, e.g. local[2] or yarn [default: local[*]].")
@click.option("--format", "input_format", type=click.Choice(["warc", "jsonl", "parquet"]), default=None,
              help="Input format [default: from each file's name, else its first bytes].")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Extraction tasks [default: twice Spark's default parallelism].")
@config_option
def spark_extract_command(input_path: str, output: str, master: str | None, input_format: str | None,
                          partitions: int | None, config: str | None) -> None:
    """Extract quotes from INPUT with Apache Spark into date-partitioned Parquet at OUTPUT.

    INPUT: WARC/WARC.gz, JSONL or Parquet; a path, directory or glob that Spark
    reads (file:, hdfs:, s3a:). OUTPUT gets one directory per publication day
    with the columns of `saidwhat export`, plus _articles/ and _errors/.
    OUTPUT is replaced if it exists. On a cluster, use spark-submit with
    `-m saidwhat.spark.job` instead (see docs/cluster.md).
    """
    try:
        import pyspark  # noqa: F401  (an optional extra: say how to get it)
    except ImportError as exc:
        raise ConfigError(f"pyspark is not installed ({exc}); install it with `pip install 'saidwhat[spark]'`") from exc
    from ..spark.job import run_job, session

    settings = settings_from(config)
    spark = session(master)
    try:
        stats = run_job(spark, input_path, output, format=input_format, partitions=partitions, settings=settings)
    finally:
        spark.stop()
    click.echo(
        f"{stats.articles} articles, {stats.quotes} quotes, {stats.errors} errors in {stats.seconds:.1f} s "
        f"({stats.articles_per_s:.1f} articles/s, {stats.partitions} partitions) -> {stats.output}"
    )
