"""Readers: one adapter per source kind, each yielding Articles and a Skip for what it cannot use.

    read_sources(paths)          files, folders, ``-`` (stdin): text, JSONL, HTML, WARC, RSS/Atom
    read_text_article(text)      one plain-text article (dateline, headline, paragraphs)
    bench_html(dir, truth)       score HTML main-text extraction against a gold standard

This package owns bytes-to-Article; it must not extract quotes or write to
the store.
"""

from __future__ import annotations

from .bench import BenchReport, PageScore, bench_html
from .html import html_to_article, main_text
from .sources import read_sources, sniff_kind
from .text import parse_dateline, read_text_article

__all__ = [
    "BenchReport",
    "PageScore",
    "bench_html",
    "html_to_article",
    "main_text",
    "parse_dateline",
    "read_sources",
    "read_text_article",
    "sniff_kind",
]
