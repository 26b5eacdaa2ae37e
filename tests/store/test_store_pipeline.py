"""Ingest end to end on real files: idempotence, skips, parallel extraction, summary."""

from __future__ import annotations

import shutil

import pytest
from store_helpers import dump, fts_ok

from saidwhat.pipeline import ingest
from saidwhat.settings import Settings
from saidwhat.store import Store

ARTICLE = """Stoltenberg urges more air defence for Ukraine

NATO Secretary General Jens Stoltenberg said on Thursday that allies must send more air defence systems.
"We must do more, and we must do it now," Stoltenberg told reporters in Brussels. "Ukraine needs it."

The alliance has given 40 billion euros a year, he said.
"""


@pytest.fixture
def corpus(tmp_path):
    """Three distinct articles, one copy of the first under another name, an empty file and a binary one."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(3):
        (folder / f"article-{n}.txt").write_text(ARTICLE.replace("Thursday", f"day {n}"), encoding="utf-8")
    shutil.copy(folder / "article-0.txt", folder / "copy-of-0.txt")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 64)
    return folder


def test_ingest_accounts_for_every_input_and_is_idempotent(corpus, tmp_path):
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        first = ingest([corpus], store=store, settings=Settings())
        assert first.read == 6
        assert first.new == 3
        assert first.already_stored == 1  # the copy, recognised by its text before extraction
        assert sum(first.skipped.values()) == 2 and len(first.skips) == 2
        assert first.read == first.new + first.already_stored + first.skipped_total
        assert first.quotes == store.counts()["quotes"]
        before = dump(db)

        second = ingest([corpus], store=store)
        assert (second.new, second.already_stored, second.quotes) == (0, 4, 0)
    assert dump(db) == before
    assert fts_ok(db)


def test_progress_is_called_with_the_running_summary(corpus, tmp_path):
    seen = []
    with Store.open(tmp_path / "q.db") as store:
        ingest([corpus], store=store, progress=lambda s: seen.append((s.read, s.new)))
    assert seen and seen[-1] == (6, 3)
    assert [r for r, _ in seen] == sorted(r for r, _ in seen)


def test_parallel_ingest_stores_what_a_serial_one_does(bbc_dir, tmp_path):
    files = sorted((bbc_dir / "politics").glob("*.txt"))[:12]
    with Store.open(tmp_path / "serial.db") as store:
        serial = ingest(files, store=store, jobs=1)
    with Store.open(tmp_path / "parallel.db") as store:
        parallel = ingest(files, store=store, jobs=2, chunk_size=3)
    assert serial.as_dict() | {"seconds": 0} == parallel.as_dict() | {"seconds": 0}
    assert dump(tmp_path / "serial.db") == dump(tmp_path / "parallel.db")
