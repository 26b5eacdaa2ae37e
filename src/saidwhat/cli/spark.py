"""``saidwhat spark-extract``: the Spark job from the command line (wraps ``saidwhat.spark.job.run_job``).

The one command line of the job: ``python -m saidwhat.spark.job`` and the
``submit.py`` script handed to spark-submit run this same command.
"""

from __future__ import annotations

import click

from ..errors import ConfigError
from . import main
from .common import config_option, settings_from

# saidwhat.ingest.KINDS, spelt out so that starting the CLI does not import the readers
# (tests/spark/test_records.py holds the two equal)
INPUT_KINDS = ("warc", "parquet", "jsonl", "json", "html", "feed", "text")


@main.command("spark-extract")
@click.argument("input_path", metavar="INPUT")
@click.argument("output")
@click.option("--master", default=None,
              help="Spark master URL, e.g. local[2] or yarn "
                   "[default: the one spark-submit gives, else local[*]].")
@click.option("--format", "input_format", type=click.Choice(INPUT_KINDS), default=None,
              help="Read every file as this kind [default: from each file's name, else its first bytes, "
                   "as saidwhat ingest reads it].")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Extraction tasks the articles are dealt out over "
                   "[default: twice Spark's default parallelism].")
@config_option
def spark_extract_command(input_path: str, output: str, master: str | None, input_format: str | None,
                          partitions: int | None, config: str | None) -> None:
    """Extract quotes from INPUT with Apache Spark into date-partitioned Parquet at OUTPUT.

    INPUT: a path, directory or glob that Spark reads (file:, hdfs:, s3a:),
    holding any kind saidwhat ingest reads: WARC/WARC.gz or ARC (CC-NEWS),
    JSONL, JSON, Parquet with a text column, HTML, RSS/Atom, plain text.
    Files are read by the same readers as saidwhat ingest, with the same skip
    reasons; in a directory or glob, README, images and the like are skipped
    by name. OUTPUT gets one directory per publication day with the columns
    of `saidwhat export`, plus _articles/ and _errors/ (each skipped input and
    its reason); it is replaced if it exists.

    On a cluster, hand src/saidwhat/spark/submit.py to spark-submit with the
    same arguments (see docs/cluster.md); `python -m saidwhat.spark.job` runs
    this command too.
    """
    try:
        import pyspark  # noqa: F401  (an optional extra: say how to get it)
    except ImportError as exc:
        raise ConfigError(
            f"pyspark is not installed ({exc}); install it with `pip install 'saidwhat[spark]'`"
        ) from exc
    from ..spark.job import run_job, session

    settings = settings_from(config)
    spark = session(master)
    try:
        stats = run_job(spark, input_path, output, format=input_format, partitions=partitions,
                        settings=settings)
    finally:
        spark.stop()
    click.echo(
        f"{stats.articles} articles, {stats.quotes} quotes, {stats.errors} errors in {stats.seconds:.1f} s "
        f"({stats.articles_per_s:.1f} articles/s, {stats.partitions} partitions) -> {stats.output}"
    )
