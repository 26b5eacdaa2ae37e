"""Readers: one adapter per source kind, each yielding Articles and a Skip for what it cannot use.

    read_sources(paths)          files, folders, ``-`` (stdin): text, JSONL, JSON, HTML, WARC/ARC,
                                 Parquet, RSS/Atom
    read_bytes(data, source)     one input held in memory, by the same dispatch (the Spark job's reader)
    read_text_article(text)      one plain-text article (dateline, headline, paragraphs)
    bench_html(dir, truth)       score HTML main-text extraction against a gold standard

This package owns bytes-to-Article; it must not extract quotes or write to
the store.
"""

from __future__ import annotations

from .bench import BenchReport, PageScore, bench_html
from .html import html_to_article, main_text
from .sources import KINDS, read_bytes, read_sources, sniff_kind
from .text import parse_dateline, read_text_article

__all__ = [
    "KINDS",
    "BenchReport",
    "PageScore",
    "bench_html",
    "html_to_article",
    "main_text",
    "parse_dateline",
    "read_bytes",
    "read_sources",
    "read_text_article",
    "sniff_kind",
]
