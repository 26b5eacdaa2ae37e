from __future__ import annotations

import gzip
import io
import sys
import time
from collections import Counter

import pytest

from saidwhat.ingest import read_sources
from saidwhat.models import Article, Skip
from saidwhat.settings import Settings

STORY = (
    "Ad sales boost profit\n\n"
    "Quarterly profits at the media group rose 76% to $1.13bn, the company said on Wednesday.\n"
)


def _one(path, **kw):
    items = list(read_sources([path], **kw))
    assert len(items) == 1, items
    return items[0]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    article = _one("-")
    assert isinstance(article, Article)
    assert article.headline == "Ad sales boost profit" and article.source == "<stdin>"


def test_stdin_jsonl_sniffed(monkeypatch):
    data = b'{"id": "s1", "text": "The mayor said the road would reopen on Monday after repairs."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert _one("-").given_id == "s1"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n \n\t\n", "empty"),
        ("nul.txt", b"Headline\n\nBody\x00\x00\x00 with NUL bytes " * 10, "binary"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        ("bad.txt.gz", b"\x1f\x8b\x08\x00garbage that is not deflate", "malformed"),
    ],
)
def test_bad_inputs_give_the_right_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Skip) and item.reason == reason, item
    assert item.source == str(path)


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(STORY * 100)
    item = _one(path, settings=Settings(max_file_bytes=1000))
    assert isinstance(item, Skip) and item.reason == "too-large"


def test_too_long_article(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STORY * 20)
    item = _one(path, settings=Settings(max_article_chars=500))
    assert isinstance(item, Skip) and item.reason == "too-large"


def test_gzip_bomb_stops_at_the_cap(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"\n" * 50_000_000, compresslevel=9))  # 50 MB of newlines in ~50 kB
    assert path.stat().st_size < 200_000
    start = time.perf_counter()
    item = _one(path, settings=Settings(max_decompressed_bytes=1_000_000))
    assert isinstance(item, Skip) and item.reason == "too-large"
    assert time.perf_counter() - start < 2  # stopped early, did not inflate it all


def test_not_english(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text(
        "Brücke wird im Frühling eröffnet\n\nDie Ministerin sagte am Donnerstag, die neue Brücke werde nach "
        "einer zweijährigen Verzögerung durch Hochwasser im Frühjahr für den Verkehr freigegeben.\n",
        encoding="utf-8",
    )
    item = _one(path)
    assert isinstance(item, Skip) and item.reason == "not-english" and "de" in item.detail
    kept = _one(path, settings=Settings(languages=()))
    assert isinstance(kept, Article) and kept.language == "de"


def test_folder_order_is_sorted_and_recursive(tmp_path):
    for rel in ["b/2.txt", "b/10.txt", "a.txt", "c/d/e.txt", ".hidden/x.txt", "notes.md"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"Headline {rel}\n\nOfficials said on Monday that the plan for {rel} was agreed.\n")
    items = list(read_sources([tmp_path]))
    sources = [i.source.removeprefix(str(tmp_path) + "/") for i in items]
    assert sources == ["a.txt", "notes.md", "b/10.txt", "b/2.txt", "c/d/e.txt"]
    assert isinstance(items[1], Skip) and items[1].reason == "not-article"
    assert [i.source for i in read_sources([tmp_path])] == [i.source for i in items]  # deterministic


def test_missing_path_is_a_skip(tmp_path):
    item = _one(tmp_path / "nope.txt")
    assert isinstance(item, Skip) and item.reason == "error"


def test_one_bad_input_does_not_stop_the_batch(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "2.txt").write_text(STORY)
    items = list(read_sources([tmp_path / "1.txt", tmp_path / "missing", tmp_path / "2.txt"]))
    assert [type(i).__name__ for i in items] == ["Skip", "Skip", "Article"]


def _read_all(paths):
    counts: Counter[str] = Counter()
    for item in read_sources(paths):
        counts["article" if isinstance(item, Article) else item.reason] += 1
    return counts


def test_bbc_sample_and_benchmark_sample(bbc_dir, bench_pages):
    sample = sorted(bbc_dir.rglob("*.txt"))[::25] + bench_pages[::9]
    counts = _read_all(sample)
    assert sum(counts.values()) == len(sample)
    assert counts["error"] == 0 and counts["malformed"] == 0


@pytest.mark.slow
def test_whole_bbc_and_benchmark_corpora_read(bbc_dir, bench_pages):
    """Every one of the 2,225 BBC files and 181 pages is accounted for, with no exception."""
    start = time.perf_counter()
    bbc = _read_all(sorted(d for d in bbc_dir.iterdir() if d.is_dir()))  # the five topics, not README.TXT
    html = _read_all([bench_pages[0].parent])
    elapsed = time.perf_counter() - start
    assert bbc == Counter({"article": 2225})
    assert sum(html.values()) == 181 and html["error"] == 0 and html["malformed"] == 0
    assert html["article"] >= 150 and html["article"] + html["not-english"] == 181  # 20 pages are not English
    print(f"read 2,225 BBC files and 181 pages in {elapsed:.1f} s: {dict(html)}")
