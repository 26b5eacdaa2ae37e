"""Ingest: read sources, extract the articles not yet stored, store them.

    read_sources -> (already stored? skip) -> extract (N processes) -> Store.add (this process)

Idempotent and resumable by construction: an article's identity (canonical
URL, else its text's hash) is checked against the store *before* extraction,
so a rerun only pays for what is missing, and each chunk of articles commits in
one transaction (``Store.add_many``), so a killed run leaves whole articles or nothing of them.
Results are written in input order whatever ``jobs`` is, so the store's
contents do not depend on how many processes extracted them.

This module orchestrates; it reads no file format and runs no SQL itself.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, ModelError, SaidwhatError
from .models import Article, Extraction, Skip
from .settings import Settings
from .store import Store
from .store.identity import identify

if TYPE_CHECKING:
    from .ingest.metadata import SourceMetadata

__all__ = ["IngestSummary", "extract_chunk", "ingest"]

# Articles sent to a worker at a time: big enough that spaCy batches well and
# pickling overhead is small, small enough that progress moves and a killed
# run loses little work (about a second of it). Over 800 BBC articles, chunks
# of 16 took 13.5-14.8 s and chunks of 64 took 12.8 s.
CHUNK_SIZE = 64


@dataclass
class IngestSummary:
    """What an ingest did. ``read == new + already_stored + sum(skipped.values())``."""

    read: int = 0  # articles and skips the readers produced
    new: int = 0  # articles stored by this run
    already_stored: int = 0  # articles the store had, or that appeared twice in this run
    quotes: int = 0  # quotes of the new articles
    skipped: collections.Counter[str] = field(default_factory=collections.Counter)  # reason -> count
    skips: list[Skip] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def skip(self, item: Skip) -> None:
        self.skipped[item.reason] += 1
        self.skips.append(item)

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new": self.new,
            "already_stored": self.already_stored,
            "quotes": self.quotes,
            "skipped": dict(sorted(self.skipped.items())),
            "seconds": round(self.seconds, 3),
        }


def extract_chunk(articles: list[Article]) -> list[Extraction | Skip]:
    """Extract ``articles`` in one batch; an article the extractor fails on becomes a Skip.

    A missing or broken spaCy model is not one article's problem: ModelError
    propagates and stops the ingest.
    """
    from .extract import extract, extract_many

    try:
        return list(extract_many(articles, batch_size=len(articles) or 1))
    except ModelError:
        raise
    except Exception:  # find which article broke the batch, keep the others
        pass
    out: list[Extraction | Skip] = []
    for article in articles:
        try:
            out.append(extract(article))
        except ModelError:
            raise
        except Exception as exc:
            out.append(Skip(article.source or article.id, "error", f"extraction failed: {type(exc).__name__}: {exc}"))
    return out


def _warm_worker() -> None:
    """Process-pool initializer: load the spaCy pipeline once per worker, before any chunk.

    Extracting a tiny article makes the extractor load and cache exactly the
    pipeline it uses by default, whatever that is.
    """
    try:
        extract_chunk([Article(id="warm-up", text='"Ready," she said.')])
    except ModelError:
        # A failing initializer breaks the whole pool with a vague message;
        # let the first real chunk raise the ModelError, which says what to install.
        pass


def _pending(
    items: Iterable[Article | Skip], store: Store, summary: IngestSummary, tick: Callable[[], None]
) -> Iterator[Article]:
    """The articles worth extracting: not skipped, not stored, not seen earlier in this run."""
    seen: set[str] = set()
    for item in items:
        summary.read += 1
        if isinstance(item, Skip):
            summary.skip(item)
        else:
            key = identify(item).key
            if key in seen or store.has_article(item):
                summary.already_stored += 1
            else:
                seen.add(key)
                yield item
        tick()


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(
    sources: Iterable[str | os.PathLike[str]],
    *,
    store: Store,
    settings: Settings | None = None,
    jobs: int | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    fetch: bool = False,
    chunk_size: int = CHUNK_SIZE,
    metadata: SourceMetadata | None = None,
    on_stored: Callable[[list[Extraction]], None] | None = None,
) -> IngestSummary:
    """Read ``sources``, extract the new articles with ``jobs`` processes and store them.

    ``progress``, if given, is called with the running summary after each
    article read or stored. Returns the summary; every input shows up in it
    as new, already stored or skipped (with the reason). ``metadata`` gives the
    articles an outlet, a date, a URL or a headline their files do not carry.

    ``on_stored``, if given, is called after each chunk of articles is stored, with the
    extractions it stored (``across.link.Linking.link_pending``: ingest links as it goes,
    from the extractions in hand rather than read back from the store). Extraction then
    runs in worker processes even with ``jobs`` 1, so that the chunks after it are
    extracted while this process works on the one just stored.
    """
    from .ingest import read_sources

    settings = settings or Settings()
    jobs = max(1, int(jobs if jobs is not None else settings.jobs))
    summary = IngestSummary()
    started = time.monotonic()

    def tick() -> None:
        summary.seconds = time.monotonic() - started
        if progress is not None:
            progress(summary)

    def write(results: list[Extraction | Skip]) -> list[Extraction]:
        """Store ``results``; returns the extractions stored (new to the store)."""
        extractions = [r for r in results if not isinstance(r, Skip)]
        stored = iter(store.add_many(extractions) if extractions else ())
        new: list[Extraction] = []
        for result in results:
            if isinstance(result, Skip):
                summary.skip(result)
            elif next(stored):
                summary.new += 1
                summary.quotes += len(result.quotes)
                new.append(result)
            else:  # stored meanwhile by another process writing the same store
                summary.already_stored += 1
            tick()
        return new

    sources = list(sources)
    extracted = [src for src in sources if is_extracted_output(src)]
    if extracted:
        # results a cluster already extracted (the Spark job's Parquet): stored as they are
        _store_extracted(extracted, store, summary, tick)
        sources = [src for src in sources if src not in extracted]
    items = read_sources(sources, settings=settings, fetch=fetch, metadata=metadata) if sources else iter(())
    chunks = _chunks(_pending(items, store, summary, tick), chunk_size)
    if on_stored is not None:
        def write_then(results: list[Extraction | Skip]) -> None:
            on_stored(write(results))

        _run_parallel(chunks, jobs, write_then)
    elif jobs == 1:
        for chunk in chunks:
            write(extract_chunk(chunk))
    else:
        _run_parallel(chunks, jobs, write)
    summary.seconds = time.monotonic() - started
    return summary


def is_extracted_output(source: str | os.PathLike[str]) -> bool:
    """A Spark job OUTPUT folder: quote rows by day plus the ``_articles`` sidecar
    that keeps every article field (a bare export file lacks the article text)."""
    path = Path(source)
    return path.is_dir() and (path / "_articles").is_dir()


def _store_extracted(paths, store: Store, summary: IngestSummary, tick: Callable[[], None]) -> None:
    from .spark.parquet import read_extractions

    for path in paths:
        try:
            for extraction in read_extractions(path):
                summary.read += 1
                if store.has_article(extraction.article) or not store.add(extraction):
                    summary.already_stored += 1
                else:
                    summary.new += 1
                    summary.quotes += len(extraction.quotes)
                tick()
        except InputError as exc:
            summary.read += 1
            summary.skip(Skip(str(path), exc.reason, str(exc)))
            tick()


def _run_parallel(chunks: Iterator[list[Article]], jobs: int, write: Callable[[list], None]) -> None:
    """Extract chunks in ``jobs`` processes, writing results here, in input order.

    At most two chunks a worker are in flight, so reading stays just ahead of
    extraction and memory stays flat on any corpus size. Processes are
    spawned, not forked: the parent holds a SQLite connection and, with a
    progress bar, a refresh thread, neither of which survives a fork safely.
    """
    context = multiprocessing.get_context("spawn")
    in_flight: collections.deque[Future] = collections.deque()
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm_worker)
    try:
        for chunk in chunks:
            in_flight.append(executor.submit(extract_chunk, chunk))
            while len(in_flight) >= 2 * jobs:
                write(in_flight.popleft().result())
        while in_flight:
            write(in_flight.popleft().result())
    except BrokenProcessPool as exc:
        raise SaidwhatError(
            f"an extraction process died ({exc}); the articles stored so far are kept, rerun to resume"
        ) from exc
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
