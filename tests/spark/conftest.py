"""Fixtures for the Spark tests: a small WARC.gz of real pages (tests/archives.py), and a local[2] session.

The session is shared by the module's tests because starting a JVM costs
seconds; it is skipped, with the reason, when pyspark or Java is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.archives import quoted_pages, write_warc

# Pages with quotations in them, so the comparison covers quote rows and not only articles.
N_PAGES = 4


@pytest.fixture(scope="session")
def small_warc(tmp_path_factory) -> Path:
    return write_warc(tmp_path_factory.mktemp("warc") / "news.warc.gz", quoted_pages(N_PAGES))


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'saidwhat[spark]')")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on PATH: Spark needs one (bash scripts/ci_java.sh, or Debian: "
                    "apt-get install openjdk-17-jre-headless)")
    from saidwhat.spark.job import session

    spark = session("local[2]", app_name="saidwhat-tests")
    yield spark
    spark.stop()
